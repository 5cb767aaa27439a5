/* opv-backup.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-store.h"

G_BEGIN_DECLS

#define OPV_BACKUP_ERROR (opv_backup_error_quark ())

typedef enum
{
  OPV_BACKUP_ERROR_FAILED,      /* the backup could not be made or copied back */
  OPV_BACKUP_ERROR_NOT_FOUND,   /* there is no such backup */
  OPV_BACKUP_ERROR_INVALID,     /* the file is damaged, foreign or newer */
} OpvBackupError;

/* The default of the "backup-count" setting. */
#define OPV_BACKUP_DEFAULT_KEEP 10

typedef enum
{
  OPV_BACKUP_DAILY,             /* the first start of a day */
  OPV_BACKUP_BEFORE_UPGRADE,    /* before a migration to a newer schema */
  OPV_BACKUP_BEFORE_IMPORT,
  OPV_BACKUP_BEFORE_RESTORE,    /* what a restore replaced */
} OpvBackupReason;

typedef struct
{
  char            *path;
  GDateTime       *created;     /* UTC */
  goffset          size;        /* bytes */
  OpvBackupReason  reason;
} OpvBackup;

GQuark      opv_backup_error_quark     (void);
void        opv_backup_free            (OpvBackup        *backup);
const char *opv_backup_reason_to_id    (OpvBackupReason   reason);
const char *opv_backup_reason_describe (OpvBackupReason   reason);
char       *opv_backup_get_folder      (const char       *db_path);
GPtrArray  *opv_backup_list            (const char       *db_path,
                                        GError          **error);
OpvBackup  *opv_backup_find            (const char       *db_path,
                                        const char       *name_or_path,
                                        GError          **error);
OpvBackup  *opv_backup_create          (OpvStore         *store,
                                        OpvBackupReason   reason,
                                        guint             keep,
                                        GError          **error);
gboolean    opv_backup_daily           (OpvStore         *store,
                                        GDateTime        *now,
                                        guint             keep,
                                        OpvBackup       **made,
                                        GError          **error);
void        opv_backup_daily_async     (const char       *db_path,
                                        GDateTime        *now,
                                        guint             keep,
                                        GCancellable     *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer          user_data);
gboolean    opv_backup_daily_finish    (GAsyncResult     *result,
                                        OpvBackup       **made,
                                        GError          **error);
gboolean    opv_backup_prune           (const char       *db_path,
                                        guint             keep,
                                        GError          **error);
gboolean    opv_backup_restore         (const char       *db_path,
                                        const char       *backup_path,
                                        guint             keep,
                                        OpvBackup       **kept,
                                        GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvBackup, opv_backup_free)

G_END_DECLS
