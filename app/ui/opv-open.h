/* opv-open.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-window.h"

G_BEGIN_DECLS

void   opv_open_database         (OpvWindow         *window,
                                  const char        *path,
                                  OpvStoreOpenFlags  flags);
guint  opv_open_get_backup_count (void);

G_END_DECLS
