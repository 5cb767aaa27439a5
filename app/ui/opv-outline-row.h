/* opv-outline-row.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_OUTLINE_ROW (opv_outline_row_get_type ())

G_DECLARE_FINAL_TYPE (OpvOutlineRow, opv_outline_row, OPV, OUTLINE_ROW, GObject)

OpvTheme   *opv_outline_row_get_theme (OpvOutlineRow *self);
OpvItem    *opv_outline_row_get_item  (OpvOutlineRow *self);
GListModel *opv_outline_new           (OpvDossier    *dossier);

G_END_DECLS
