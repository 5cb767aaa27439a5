/* opv-catalog.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OpvCatalog OpvCatalog;

OpvCatalog *opv_catalog_new      (const char  *language,
                                  GError     **error);
void        opv_catalog_free     (OpvCatalog  *self);
const char *opv_catalog_gettext  (OpvCatalog  *self,
                                  const char  *msgid);
const char *opv_catalog_pgettext (OpvCatalog  *self,
                                  const char  *context,
                                  const char  *msgid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvCatalog, opv_catalog_free)

G_END_DECLS
