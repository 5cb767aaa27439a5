/* opv-backup-dialog.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-window.h"

G_BEGIN_DECLS

#define OPV_TYPE_BACKUP_DIALOG (opv_backup_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OpvBackupDialog, opv_backup_dialog, OPV, BACKUP_DIALOG, AdwWindow)

OpvBackupDialog *opv_backup_dialog_new (OpvWindow  *window,
                                        const char *db_path);

G_END_DECLS
