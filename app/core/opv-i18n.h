/* opv-i18n.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        opv_i18n_init          (void);
const char *opv_i18n_get_localedir (void);
void        opv_i18n_set_language  (const char *language);

G_END_DECLS
