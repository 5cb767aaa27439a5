/* opv-backup-dialog-private.h: the backup dialog's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-backup-dialog.h"
#include "opv-core.h"

G_BEGIN_DECLS

struct _OpvBackupDialog
{
  AdwWindow             parent_instance;

  OpvWindow            *window;
  char                 *db_path;
  GPtrArray            *backups;      /* OpvBackup, newest first, one per row */
  guint                 pending;      /* the row whose restore was confirmed, from 1 */
  gboolean              restored;

  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  AdwPreferencesGroup  *group;
  GtkListBox           *list;
};

G_END_DECLS
