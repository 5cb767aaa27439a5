/* opv-export-dialog.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-window.h"

G_BEGIN_DECLS

#define OPV_TYPE_EXPORT_DIALOG (opv_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OpvExportDialog, opv_export_dialog, OPV, EXPORT_DIALOG, AdwWindow)

OpvExportDialog *opv_export_dialog_new       (OpvWindow       *window);
gboolean         opv_export_dialog_export_to (OpvExportDialog *self,
                                              const char      *path);
gboolean         opv_export_dialog_get_busy  (OpvExportDialog *self);

G_END_DECLS
