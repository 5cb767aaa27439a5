/* opv-backup.c: copies of the database, made with sqlite's backup API
 *
 * Backups live in a "backups" folder beside the database, one file each,
 * named after the database, the time they were made (UTC) and why:
 * opvolging-20250305-140312-daily.db. A backup is written under a
 * temporary name, checked, and only then renamed, so a backup that is
 * listed is whole.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "opv-backup.h"
#include "opv-store-private.h"

#define BUSY_TIMEOUT_MS 5000

G_DEFINE_QUARK (opv-backup-error-quark, opv_backup_error)

static const struct
{
  const char *id;
  const char *description;
} reasons[] = {
  [OPV_BACKUP_DAILY] = { "daily", N_("Daily backup") },
  [OPV_BACKUP_BEFORE_UPGRADE] = { "upgrade", N_("Before an upgrade") },
  [OPV_BACKUP_BEFORE_IMPORT] = { "import", N_("Before an import") },
  [OPV_BACKUP_BEFORE_RESTORE] = { "restore", N_("Before a restore") },
};

void
opv_backup_free (OpvBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_clear_pointer (&backup->created, g_date_time_unref);
  g_free (backup);
}

/**
 * opv_backup_reason_to_id:
 *
 * Returns: the word that names @reason in file names and on the command
 *   line: daily, upgrade, import or restore
 */
const char *
opv_backup_reason_to_id (OpvBackupReason reason)
{
  g_return_val_if_fail (reason < G_N_ELEMENTS (reasons), NULL);
  return reasons[reason].id;
}

/**
 * opv_backup_reason_describe:
 *
 * Returns: why the backup was made, for the user: "Before an import"
 */
const char *
opv_backup_reason_describe (OpvBackupReason reason)
{
  g_return_val_if_fail (reason < G_N_ELEMENTS (reasons), NULL);
  return _(reasons[reason].description);
}

/**
 * opv_backup_get_folder:
 *
 * Returns: (transfer full): the folder that holds the backups of @db_path
 */
char *
opv_backup_get_folder (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

/* The name that every backup of @db_path starts with: its file name
 * without ".db". */
static char *
backup_stem (const char *db_path)
{
  char *base = g_path_get_basename (db_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return base;
}

static GRegex *
name_regex (const char *db_path)
{
  g_autofree char *stem = backup_stem (db_path);
  g_autofree char *escaped = g_regex_escape_string (stem, -1);
  g_autofree char *pattern = g_strdup_printf ("^%s-([0-9]{4})([0-9]{2})([0-9]{2})-([0-9]{2})([0-9]{2})([0-9]{2})"
                                              "-(daily|upgrade|import|restore)(?:-([0-9]+))?\\.db$",
                                              escaped);

  return g_regex_new (pattern, 0, 0, NULL);
}

typedef struct
{
  OpvBackup *backup;
  guint      serial;   /* orders backups made in the same second */
} Listed;

static void
listed_free (Listed *listed)
{
  opv_backup_free (listed->backup);
  g_free (listed);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Listed *x = *(const Listed * const *) a;
  const Listed *y = *(const Listed * const *) b;
  int by_time = g_date_time_compare (y->backup->created, x->backup->created);

  if (by_time != 0)
    return by_time;
  return y->serial < x->serial ? -1 : y->serial > x->serial;
}

static GPtrArray *
list_backups (const char  *db_path,
              GError     **error)
{
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func ((GDestroyNotify) listed_free);
  g_autofree char *folder = opv_backup_get_folder (db_path);
  g_autoptr(GRegex) regex = name_regex (db_path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&listed);
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not read the backup folder “%s”: %s"), folder, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autoptr(GDateTime) created = NULL;
      int fields[6];
      g_autofree char *reason = NULL;
      g_autofree char *serial = NULL;
      g_autofree char *path = NULL;
      GStatBuf st;
      Listed *entry;

      if (!g_regex_match (regex, name, 0, &match))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *field = g_match_info_fetch (match, i + 1);
          fields[i] = (int) g_ascii_strtoll (field, NULL, 10);
        }
      created = g_date_time_new_utc (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
      path = g_build_filename (folder, name, NULL);
      if (created == NULL || g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      reason = g_match_info_fetch (match, 7);
      serial = g_match_info_fetch (match, 8);

      entry = g_new0 (Listed, 1);
      entry->backup = g_new0 (OpvBackup, 1);
      entry->backup->path = g_steal_pointer (&path);
      entry->backup->created = g_steal_pointer (&created);
      entry->backup->size = st.st_size;
      for (guint r = 0; r < G_N_ELEMENTS (reasons); r++)
        if (g_str_equal (reason, reasons[r].id))
          entry->backup->reason = r;
      entry->serial = serial != NULL && serial[0] != '\0' ? (guint) g_ascii_strtoull (serial, NULL, 10) : 1;
      g_ptr_array_add (listed, entry);
    }

  g_ptr_array_sort (listed, compare_newest_first);
  return g_steal_pointer (&listed);
}

/**
 * opv_backup_list:
 *
 * Returns: (transfer container) (element-type OpvBackup): the backups of
 *   @db_path, newest first; none when the folder does not exist
 */
GPtrArray *
opv_backup_list (const char  *db_path,
                 GError     **error)
{
  g_autoptr(GPtrArray) listed = list_backups (db_path, error);
  GPtrArray *backups;

  if (listed == NULL)
    return NULL;

  backups = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_backup_free);
  for (guint i = 0; i < listed->len; i++)
    {
      Listed *entry = g_ptr_array_index (listed, i);
      g_ptr_array_add (backups, g_steal_pointer (&entry->backup));
    }
  return backups;
}

/**
 * opv_backup_find:
 * @name_or_path: a backup's file name, as opv_backup_list() gives it, or
 *   the path of any file
 *
 * Returns: (transfer full) (nullable): the backup
 */
OpvBackup *
opv_backup_find (const char  *db_path,
                 const char  *name_or_path,
                 GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  GStatBuf st;

  if (strchr (name_or_path, G_DIR_SEPARATOR) == NULL)
    {
      backups = opv_backup_list (db_path, error);
      if (backups == NULL)
        return NULL;
      for (guint i = 0; i < backups->len; i++)
        {
          OpvBackup *backup = g_ptr_array_index (backups, i);
          g_autofree char *name = g_path_get_basename (backup->path);

          if (g_str_equal (name, name_or_path))
            return g_ptr_array_steal_index (backups, i);
        }
    }

  if (g_stat (name_or_path, &st) == 0 && S_ISREG (st.st_mode))
    {
      OpvBackup *backup = g_new0 (OpvBackup, 1);

      backup->path = g_strdup (name_or_path);
      backup->created = g_date_time_new_from_unix_utc (st.st_mtime);
      backup->size = st.st_size;
      /* Any file can be restored; why it was made is not known. */
      backup->reason = OPV_BACKUP_DAILY;
      return backup;
    }

  g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_NOT_FOUND,
               _("There is no backup “%s” of “%s”. Run “opvolging backups” to see them."),
               name_or_path, db_path);
  return NULL;
}

/* A rename is on disk once the folder that holds the name is. */
static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      g_fsync (fd);
      close (fd);
    }
}

/* A name for a new backup that no other backup has. */
static char *
new_backup_path (const char       *db_path,
                 OpvBackupReason   reason,
                 GDateTime        *now,
                 GError          **error)
{
  g_autoptr(GPtrArray) listed = list_backups (db_path, error);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) second = NULL;
  g_autofree char *folder = opv_backup_get_folder (db_path);
  g_autofree char *stem = backup_stem (db_path);
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  guint serial = 1;

  if (listed == NULL)
    return NULL;

  utc = g_date_time_to_utc (now);
  second = g_date_time_new_utc (g_date_time_get_year (utc), g_date_time_get_month (utc),
                                g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                                g_date_time_get_minute (utc), g_date_time_get_second (utc));
  for (guint i = 0; i < listed->len; i++)
    {
      Listed *entry = g_ptr_array_index (listed, i);

      if (g_date_time_equal (entry->backup->created, second))
        serial = MAX (serial, entry->serial + 1);
    }

  stamp = g_date_time_format (second, "%Y%m%d-%H%M%S");
  if (serial == 1)
    name = g_strdup_printf ("%s-%s-%s.db", stem, stamp, reasons[reason].id);
  else
    name = g_strdup_printf ("%s-%s-%s-%u.db", stem, stamp, reasons[reason].id, serial);
  return g_build_filename (folder, name, NULL);
}

/* Reads one value from @db, or returns an sqlite error code. */
static int
query_text (sqlite3     *db,
            const char  *sql,
            char       **value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  *value = NULL;
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* Copies the database @src into the new file @path, page by page through
 * sqlite's locks, so that the copy is consistent even while another
 * connection writes. The copy is then made one self-contained file and
 * checked. */
static gboolean
copy_database (sqlite3     *src,
               const char  *src_path,
               const char  *path,
               GError     **error)
{
  g_autofree char *check = NULL;
  sqlite3 *dest = NULL;
  int rc;

  g_unlink (path);
  rc = sqlite3_open_v2 (path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_backup *backup;

      sqlite3_busy_timeout (dest, BUSY_TIMEOUT_MS);
      backup = sqlite3_backup_init (dest, "main", src, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }

  /* The pages carry the source's WAL mode; reopened, the copy gets the
   * journal mode that keeps it in one file. */
  if (rc == SQLITE_OK)
    {
      sqlite3_close_v2 (dest);
      dest = NULL;
      rc = sqlite3_open_v2 (path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = query_text (dest, "PRAGMA quick_check (1)", &check);
  sqlite3_close_v2 (dest);

  if (rc == SQLITE_OK && g_strcmp0 (check, "ok") == 0)
    return TRUE;

  g_unlink (path);
  if (rc == SQLITE_OK)
    g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                 _("Could not back up “%s”: the copy does not check out (%s)."), src_path, check);
  else
    g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                 _("Could not back up “%s”: %s"), src_path, sqlite3_errstr (rc));
  return FALSE;
}

static OpvBackup *
backup_new (const char      *path,
            GDateTime       *now,
            OpvBackupReason  reason)
{
  OpvBackup *backup = g_new0 (OpvBackup, 1);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  GStatBuf st;

  backup->path = g_strdup (path);
  backup->created = g_date_time_new_utc (g_date_time_get_year (utc), g_date_time_get_month (utc),
                                         g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                                         g_date_time_get_minute (utc), g_date_time_get_second (utc));
  backup->size = g_stat (path, &st) == 0 ? st.st_size : 0;
  backup->reason = reason;
  return backup;
}

/* Backs up the database open in @src, which is @db_path, without
 * removing older backups. */
static OpvBackup *
write_backup (sqlite3          *src,
              const char       *db_path,
              OpvBackupReason   reason,
              GDateTime        *now,
              GError          **error)
{
  g_autofree char *folder = opv_backup_get_folder (db_path);
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not create the backup folder “%s”: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }

  path = new_backup_path (db_path, reason, now, error);
  if (path == NULL)
    return NULL;
  partial = g_strconcat (path, ".partial", NULL);

  if (!copy_database (src, db_path, partial, error))
    return NULL;

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;
      g_unlink (partial);
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not back up “%s”: %s"), db_path, g_strerror (saved_errno));
      return NULL;
    }
  sync_folder (path);

  g_debug ("Backed up %s as %s", db_path, path);
  return backup_new (path, now, reason);
}

/**
 * opv_backup_create:
 * @reason: why the backup is made; it is part of its name
 * @keep: how many backups of the database to keep, this one included
 *
 * Backs up the database of @store into its backup folder, then removes
 * the oldest backups beyond @keep. The store must not be in the middle of
 * a change.
 *
 * Returns: (transfer full) (nullable): the new backup
 */
OpvBackup *
opv_backup_create (OpvStore         *store,
                   OpvBackupReason   reason,
                   guint             keep,
                   GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(OpvBackup) backup = NULL;
  g_autoptr(GError) prune_error = NULL;

  g_return_val_if_fail (OPV_IS_STORE (store), NULL);
  g_return_val_if_fail (keep > 0, NULL);

  backup = write_backup (store->db, store->path, reason, now, error);
  if (backup == NULL)
    return NULL;

  /* The backup is made; old ones that stay are no reason to fail. */
  if (!opv_backup_prune (store->path, keep, &prune_error))
    g_warning ("%s", prune_error->message);

  return g_steal_pointer (&backup);
}

/* The day's backup of @db_path, open in @db, unless there is one. */
static gboolean
backup_daily (sqlite3     *db,
              const char  *db_path,
              GDateTime   *now,
              guint        keep,
              OpvBackup  **made,
              GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(OpvBackup) backup = NULL;
  g_autoptr(GError) prune_error = NULL;

  if (made != NULL)
    *made = NULL;

  backups = opv_backup_list (db_path, error);
  if (backups == NULL)
    return FALSE;

  local_now = g_date_time_to_local (now);
  for (guint i = 0; i < backups->len; i++)
    {
      OpvBackup *existing = g_ptr_array_index (backups, i);
      g_autoptr(GDateTime) local = NULL;

      if (existing->reason != OPV_BACKUP_DAILY)
        continue;
      local = g_date_time_to_local (existing->created);
      if (g_date_time_get_year (local) == g_date_time_get_year (local_now) &&
          g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (local_now))
        return TRUE;
    }

  backup = write_backup (db, db_path, OPV_BACKUP_DAILY, now, error);
  if (backup == NULL)
    return FALSE;
  if (!opv_backup_prune (db_path, keep, &prune_error))
    g_warning ("%s", prune_error->message);

  if (made != NULL)
    *made = g_steal_pointer (&backup);
  return TRUE;
}

/**
 * opv_backup_daily:
 * @now: the time; the local date decides what "today" is
 * @made: (out) (optional) (transfer full): the backup made, or %NULL
 *   when today's backup already existed
 *
 * Makes the day's backup at start-up, once a day.
 */
gboolean
opv_backup_daily (OpvStore   *store,
                  GDateTime  *now,
                  guint       keep,
                  OpvBackup **made,
                  GError    **error)
{
  g_return_val_if_fail (OPV_IS_STORE (store), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  return backup_daily (store->db, store->path, now, keep, made, error);
}

typedef struct
{
  char      *db_path;
  GDateTime *now;
  guint      keep;
  OpvBackup *made;
} DailyJob;

static void
daily_job_free (DailyJob *job)
{
  g_free (job->db_path);
  g_date_time_unref (job->now);
  g_clear_pointer (&job->made, opv_backup_free);
  g_free (job);
}

static void
daily_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DailyJob *job = task_data;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  int rc;

  /* A connection of its own: the backup reads one snapshot of the file
   * (WAL) while the window's store goes on writing. */
  rc = sqlite3_open_v2 (job->db_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    sqlite3_busy_timeout (db, 5000);
  if (rc != SQLITE_OK)
    g_set_error (&error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                 _("Could not back up “%s”: %s"), job->db_path, sqlite3_errstr (rc));
  else
    backup_daily (db, job->db_path, job->now, job->keep, &job->made, &error);
  sqlite3_close (db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * opv_backup_daily_async:
 * @db_path: a database that a store has open
 *
 * Makes the day's backup, as opv_backup_daily() does, in a worker thread
 * through a read-only connection of its own: a large database takes
 * seconds to copy and check.
 */
void
opv_backup_daily_async (const char          *db_path,
                        GDateTime           *now,
                        guint                keep,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DailyJob *job;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (now != NULL);
  g_return_if_fail (keep > 0);

  job = g_new0 (DailyJob, 1);
  job->db_path = g_strdup (db_path);
  job->now = g_date_time_ref (now);
  job->keep = keep;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, opv_backup_daily_async);
  g_task_set_task_data (task, job, (GDestroyNotify) daily_job_free);
  g_task_run_in_thread (task, daily_thread);
}

/**
 * opv_backup_daily_finish:
 * @made: (out) (optional) (transfer full): the backup made, or %NULL
 *   when today's backup already existed
 */
gboolean
opv_backup_daily_finish (GAsyncResult  *result,
                         OpvBackup    **made,
                         GError       **error)
{
  DailyJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (made != NULL)
    *made = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job = g_task_get_task_data (G_TASK (result));
  if (made != NULL)
    *made = g_steal_pointer (&job->made);
  return TRUE;
}

/**
 * opv_backup_prune:
 * @keep: how many of the newest backups to keep
 *
 * Removes the backups of @db_path beyond the newest @keep.
 */
gboolean
opv_backup_prune (const char  *db_path,
                  guint        keep,
                  GError     **error)
{
  g_autoptr(GPtrArray) backups = opv_backup_list (db_path, error);

  if (backups == NULL)
    return FALSE;

  for (guint i = keep; i < backups->len; i++)
    {
      OpvBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *wal = g_strconcat (backup->path, "-wal", NULL);

      if (g_unlink (backup->path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;
          g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                       _("Could not remove the old backup “%s”: %s"), backup->path, g_strerror (saved_errno));
          return FALSE;
        }
      g_unlink (wal);
      g_debug ("Removed the old backup %s", backup->path);
    }

  return TRUE;
}

/* Whether @backup_db is a whole Opvolging database that this version can
 * open (an older schema is upgraded when it is opened). */
static gboolean
check_backup (sqlite3     *backup_db,
              const char  *backup_path,
              GError     **error)
{
  g_autofree char *application_id = NULL;
  g_autofree char *version = NULL;
  g_autofree char *check = NULL;
  int rc;

  rc = query_text (backup_db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = query_text (backup_db, "PRAGMA user_version", &version);
  if (rc == SQLITE_OK)
    rc = query_text (backup_db, "PRAGMA quick_check (1)", &check);

  if ((rc & 0xff) == SQLITE_NOTADB || (rc == SQLITE_OK && g_ascii_strtoll (application_id, NULL, 10) != OPV_STORE_APPLICATION_ID))
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_INVALID,
                   _("“%s” cannot be restored: it is not an Opvolging database."), backup_path);
      return FALSE;
    }
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc == SQLITE_OK && !g_str_equal (check, "ok")))
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_INVALID,
                   _("“%s” cannot be restored: it is damaged (%s)."), backup_path,
                   check != NULL ? check : sqlite3_errstr (rc));
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not read the backup “%s”: %s"), backup_path, sqlite3_errmsg (backup_db));
      return FALSE;
    }
  if (g_ascii_strtoll (version, NULL, 10) > OPV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_INVALID,
                   _("“%s” cannot be restored: it was made by a newer version of Opvolging."), backup_path);
      return FALSE;
    }

  return TRUE;
}

/* Keeps the database as it is before a restore. A file that sqlite cannot
 * read, which is often why one restores, is kept byte for byte. */
static OpvBackup *
keep_current (const char  *db_path,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *check = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      rc = query_text (db, "PRAGMA quick_check (1)", &check);
    }

  if (rc == SQLITE_OK && g_strcmp0 (check, "ok") == 0)
    {
      OpvBackup *backup = write_backup (db, db_path, OPV_BACKUP_BEFORE_RESTORE, now, error);

      sqlite3_close_v2 (db);
      return backup;
    }
  sqlite3_close_v2 (db);

  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not restore “%s”: it is in use by another program."), db_path);
      return NULL;
    }
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_NOTADB && (rc & 0xff) != SQLITE_CORRUPT)
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not back up “%s”: %s"), db_path, sqlite3_errstr (rc));
      return NULL;
    }

  folder = opv_backup_get_folder (db_path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not create the backup folder “%s”: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }
  path = new_backup_path (db_path, OPV_BACKUP_BEFORE_RESTORE, now, error);
  if (path == NULL)
    return NULL;

  source = g_file_new_for_path (db_path);
  target = g_file_new_for_path (path);
  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not back up “%s”: %s"), db_path, local_error->message);
      return NULL;
    }
  sync_folder (path);
  return backup_new (path, now, OPV_BACKUP_BEFORE_RESTORE);
}

/* Puts a copy of @backup_db in place of a database file that sqlite
 * cannot write to because it is damaged. */
static gboolean
replace_file (sqlite3     *backup_db,
              const char  *backup_path,
              const char  *db_path,
              GError     **error)
{
  g_autofree char *restoring = g_strconcat (db_path, ".restoring", NULL);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

  if (!copy_database (backup_db, backup_path, restoring, error))
    return FALSE;

  /* The -wal and -shm files of the damaged file belong to it, and would
   * be read as part of the restored one. */
  g_unlink (wal);
  g_unlink (shm);
  if (g_rename (restoring, db_path) != 0)
    {
      int saved_errno = errno;
      g_unlink (restoring);
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not restore “%s”: %s"), db_path, g_strerror (saved_errno));
      return FALSE;
    }
  sync_folder (db_path);
  return TRUE;
}

/**
 * opv_backup_restore:
 * @backup_path: the backup to restore
 * @keep: how many backups to keep afterwards
 * @kept: (out) (optional) (transfer full): the backup of what @db_path
 *   held before, or %NULL when there was no such file
 *
 * Replaces the database @db_path with the backup. The backup is checked
 * first; then what the database holds is itself backed up; then the
 * backup is copied in through sqlite, in one transaction, so that a
 * program that has the database open reads the restored data. Nothing is
 * changed when any step fails.
 */
gboolean
opv_backup_restore (const char  *db_path,
                    const char  *backup_path,
                    guint        keep,
                    OpvBackup  **kept,
                    GError     **error)
{
  g_autoptr(OpvBackup) current = NULL;
  g_autoptr(GError) prune_error = NULL;
  g_autofree char *db_absolute = g_canonicalize_filename (db_path, NULL);
  g_autofree char *backup_absolute = g_canonicalize_filename (backup_path, NULL);
  sqlite3 *backup_db = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *copy;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  if (kept != NULL)
    *kept = NULL;

  if (g_str_equal (db_absolute, backup_absolute))
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_INVALID,
                   _("“%s” cannot be restored over itself."), backup_path);
      return FALSE;
    }
  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_NOT_FOUND,
                   _("There is no backup “%s”."), backup_path);
      return FALSE;
    }

  rc = opv_store_open_read_only_db (backup_path, FALSE, &backup_db);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not read the backup “%s”: %s"), backup_path, sqlite3_errstr (rc));
      goto out;
    }
  if (!check_backup (backup_db, backup_path, error))
    goto out;

  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      current = keep_current (db_path, error);
      if (current == NULL)
        goto out;
    }

  rc = sqlite3_open_v2 (db_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (dest, BUSY_TIMEOUT_MS);
      copy = sqlite3_backup_init (dest, "main", backup_db, "main");
      if (copy == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (copy, -1);
          sqlite3_backup_finish (copy);
        }
    }

  switch (rc & 0xff)
    {
    case SQLITE_DONE:
      ok = TRUE;
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      sqlite3_close_v2 (dest);
      dest = NULL;
      ok = replace_file (backup_db, backup_path, db_path, error);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not restore “%s”: it is in use by another program."), db_path);
      break;
    case SQLITE_READONLY:
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not restore “%s”: it is read-only."), db_path);
      break;
    default:
      g_set_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_FAILED,
                   _("Could not restore “%s”: %s"), db_path,
                   dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      break;
    }

  if (ok && !opv_backup_prune (db_path, keep, &prune_error))
    g_warning ("%s", prune_error->message);

out:
  sqlite3_close_v2 (dest);
  sqlite3_close_v2 (backup_db);
  if (ok && kept != NULL)
    *kept = g_steal_pointer (&current);
  return ok;
}
