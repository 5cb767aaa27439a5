/* test-backup.c: backups of the database, and restoring them
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "opv-backup.h"
#include "opv-exchange.h"
#include "opv-store.h"
#include "opv-store-schema.h"
#include "opv-test-util.h"

typedef struct
{
  char     *dir;
  char     *path;      /* <dir>/opvolging.db, with the default dossiers */
  char     *folder;    /* <dir>/backups */
  OpvStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "opvolging.db", NULL);
  f->folder = g_build_filename (f->dir, "backups", NULL);
  f->store = opv_test_open_with_defaults (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->folder);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The dossiers of @store, as their exchange files: what a backup must give
 * back exactly. */
static char *
export_all (OpvStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) dossiers = opv_store_list_dossiers (store, &error);
  GString *all = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (dossiers); i++)
    {
      g_autoptr(OpvDossier) listed = g_list_model_get_item (dossiers, i);
      g_autoptr(OpvDossier) dossier = opv_store_load_dossier (store, opv_dossier_get_id (listed), &error);
      g_autofree char *json = NULL;

      g_assert_no_error (error);
      json = opv_exchange_write (dossier, NULL);
      g_string_append (all, json);
    }
  return g_string_free (all, FALSE);
}

static char *
export_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = opv_store_open_full (path, OPV_STORE_OPEN_READ_ONLY, 1, &error);

  g_assert_no_error (error);
  return export_all (store);
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static OpvBackup *
create (Fixture         *f,
        OpvBackupReason  reason,
        guint            keep)
{
  g_autoptr(GError) error = NULL;
  OpvBackup *backup = opv_backup_create (f->store, reason, keep, &error);

  g_assert_no_error (error);
  g_assert_nonnull (backup);
  return backup;
}

static void
delete_dossier (Fixture    *f,
                const char *slug)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, slug, &error);

  g_assert_no_error (error);
  g_assert_true (opv_store_delete_dossier (f->store, opv_dossier_get_id (dossier), &error));
  g_assert_no_error (error);
}

/* A backup is one whole file in backups/, named after the database, the
 * time and the reason, that holds what the database holds. */
static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OpvBackup) backup = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autofree char *name = NULL;
  g_autofree char *expected = export_all (f->store);
  g_autofree char *copied = NULL;
  g_autofree char *folder = opv_backup_get_folder (f->path);
  GStatBuf st;

  g_assert_cmpstr (folder, ==, f->folder);
  g_assert_false (g_file_test (f->folder, G_FILE_TEST_EXISTS));

  backup = create (f, OPV_BACKUP_BEFORE_IMPORT, 10);
  after = g_date_time_new_now_utc ();

  name = g_path_get_basename (backup->path);
  g_test_message ("backup: %s", name);
  g_assert_true (g_str_has_prefix (backup->path, f->folder));
  g_assert_true (g_str_has_prefix (name, "opvolging-"));
  g_assert_true (g_str_has_suffix (name, "-import.db"));
  g_assert_cmpuint (strlen (name), ==, strlen ("opvolging-20250305-140312-import.db"));
  g_assert_cmpint (backup->reason, ==, OPV_BACKUP_BEFORE_IMPORT);
  g_assert_cmpint (g_date_time_to_unix (backup->created), >=, g_date_time_to_unix (before));
  g_assert_cmpint (g_date_time_to_unix (backup->created), <=, g_date_time_to_unix (after));
  g_assert_cmpint (g_stat (backup->path, &st), ==, 0);
  g_assert_cmpint (backup->size, ==, st.st_size);
  g_assert_cmpint (backup->size, >, 100000);

  /* One file, no journal beside it and no temporary left, in rollback
   * mode (header byte 18 is 1), checked whole. */
  g_assert_cmpuint (count_files (f->folder), ==, 1);
  g_assert_false (opv_test_has_sqlite_sidecar (backup->path));
  {
    g_autoptr(GBytes) bytes = opv_test_load_bytes (backup->path);
    const guint8 *header = g_bytes_get_data (bytes, NULL);

    g_assert_cmpmem (header, 16, "SQLite format 3", 16);
    g_assert_cmpint (header[18], ==, 1);
  }
  g_assert_cmpint (query_int (backup->path, "PRAGMA application_id"), ==, OPV_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int (backup->path, "PRAGMA user_version"), ==, OPV_STORE_SCHEMA_VERSION);

  copied = export_file (backup->path);
  g_assert_cmpstr (copied, ==, expected);
}

/* Newest first; backups of another database in the same folder, and files
 * that are not backups, are not listed. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->folder, "ander-20990101-000000-daily.db", NULL);
  g_autofree char *stray = g_build_filename (f->folder, "opvolging-notities.txt", NULL);
  g_autofree char *partial = g_build_filename (f->folder, "opvolging-20990101-000000-daily.db.partial", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  OpvBackup *made[3];

  backups = opv_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* Three in the same second, as a restore right after an import makes:
   * their names still differ, and they keep their order. */
  made[0] = create (f, OPV_BACKUP_DAILY, 10);
  made[1] = create (f, OPV_BACKUP_BEFORE_IMPORT, 10);
  made[2] = create (f, OPV_BACKUP_BEFORE_RESTORE, 10);
  opv_test_write_file (other, "x", 1);
  opv_test_write_file (stray, "x", 1);
  opv_test_write_file (partial, "x", 1);

  backups = opv_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      OpvBackup *listed = g_ptr_array_index (backups, i);
      OpvBackup *expected = made[2 - i];

      g_assert_cmpstr (listed->path, ==, expected->path);
      g_assert_cmpint (listed->reason, ==, expected->reason);
      g_assert_cmpint (listed->size, ==, expected->size);
      g_assert_true (g_date_time_equal (listed->created, expected->created));
    }
  g_assert_cmpstr (opv_backup_reason_to_id (((OpvBackup *) g_ptr_array_index (backups, 0))->reason), ==, "restore");

  /* opv_backup_find takes a listed name, or a path. */
  {
    g_autofree char *name = g_path_get_basename (made[1]->path);
    g_autoptr(OpvBackup) found = opv_backup_find (f->path, name, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (found->path, ==, made[1]->path);
    g_assert_null (opv_backup_find (f->path, "opvolging-notities.txt", &error));
    g_assert_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_NOT_FOUND);
  }

  for (guint i = 0; i < 3; i++)
    opv_backup_free (made[i]);
}

/* Only the newest N are kept: the setting passed in. */
static void
test_keep_the_newest (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_backup_free);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (all, create (f, OPV_BACKUP_BEFORE_IMPORT, 3));

  backups = opv_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (((OpvBackup *) g_ptr_array_index (backups, i))->path, ==,
                     ((OpvBackup *) g_ptr_array_index (all, 4 - i))->path);
  g_assert_false (g_file_test (((OpvBackup *) g_ptr_array_index (all, 0))->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (((OpvBackup *) g_ptr_array_index (all, 1))->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f->folder), ==, 3);

  g_assert_true (opv_backup_prune (f->path, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (f->folder), ==, 1);
  g_assert_true (g_file_test (((OpvBackup *) g_ptr_array_index (all, 4))->path, G_FILE_TEST_EXISTS));
}

/* At most one start-up backup a day: a second start the same day makes
 * none, the next day makes one. */
static void
test_daily (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) monday = g_date_time_new_local (2031, 3, 3, 9, 0, 0);
  g_autoptr(GDateTime) monday_evening = g_date_time_new_local (2031, 3, 3, 23, 30, 0);
  g_autoptr(GDateTime) tuesday = g_date_time_new_local (2031, 3, 4, 0, 30, 0);
  g_autoptr(OpvBackup) first = NULL;
  g_autoptr(OpvBackup) again = NULL;
  g_autoptr(OpvBackup) next_day = NULL;
  g_autoptr(OpvBackup) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  g_assert_true (opv_backup_daily (f->store, monday, 10, &first, &error));
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpint (first->reason, ==, OPV_BACKUP_DAILY);
  {
    g_autoptr(GDateTime) utc = g_date_time_to_utc (monday);
    g_autofree char *stamp = g_date_time_format (utc, "-%Y%m%d-%H%M%S-daily.db");
    g_assert_true (g_str_has_suffix (first->path, stamp));
  }

  /* Another kind of backup that day does not count as the day's. */
  other = create (f, OPV_BACKUP_BEFORE_IMPORT, 10);

  g_assert_true (opv_backup_daily (f->store, monday_evening, 10, &again, &error));
  g_assert_no_error (error);
  g_assert_null (again);

  g_assert_true (opv_backup_daily (f->store, tuesday, 10, &next_day, &error));
  g_assert_no_error (error);
  g_assert_nonnull (next_day);

  backups = opv_backup_list (f->path, &error);
  g_assert_cmpuint (backups->len, ==, 3);
}

/* A database of schema 1 is backed up before it is upgraded, and the
 * backup holds schema 1 as it was. */
static void
test_before_upgrade (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "oud.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, MIGRATIONS[0], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO dossier VALUES (1, 'oud', 'Een oud dossier', 'Oud', 'recommendations', '', '', 0);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = opv_test_file_sha256 (path);

  store = opv_store_open_full (path, OPV_STORE_OPEN_DEFAULT, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opv_store_get_schema_version (store), ==, OPV_STORE_SCHEMA_VERSION);

  backups = opv_backup_list (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  {
    OpvBackup *backup = g_ptr_array_index (backups, 0);

    g_assert_cmpint (backup->reason, ==, OPV_BACKUP_BEFORE_UPGRADE);
    g_assert_true (g_str_has_suffix (backup->path, "-upgrade.db"));
    g_assert_true (strstr (backup->path, G_DIR_SEPARATOR_S "oud-") != NULL);
    g_assert_cmpint (query_int (backup->path, "PRAGMA user_version"), ==, 1);
    g_assert_cmpint (query_int (backup->path, "SELECT count(*) FROM dossier"), ==, 1);
    g_assert_cmpint (query_int (backup->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'audit'"), ==, 0);

    /* It is restorable, and opening the restored file upgrades it again. */
    g_clear_object (&store);
    g_assert_true (opv_backup_restore (path, backup->path, 4, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);
  }
  store = opv_store_open_full (path, OPV_STORE_OPEN_DEFAULT, 4, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_has_dossiers (store, &error));

  /* The newest backup, made before this second upgrade, is schema 1 too. */
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = opv_backup_list (path, &error);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_cmpint (((OpvBackup *) g_ptr_array_index (backups, 0))->reason, ==, OPV_BACKUP_BEFORE_UPGRADE);
  g_assert_cmpint (((OpvBackup *) g_ptr_array_index (backups, 1))->reason, ==, OPV_BACKUP_BEFORE_RESTORE);
  kept = g_strdup (((OpvBackup *) g_ptr_array_index (backups, 0))->path);
  g_assert_cmpint (query_int (kept, "PRAGMA user_version"), ==, 1);
}

/* Restoring gives back exactly what the backup holds, and keeps what the
 * database held as a backup of its own; the open store reads the restored
 * data at once, as another program that had the file open would. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(OpvBackup) backup = create (f, OPV_BACKUP_DAILY, 10);
  g_autoptr(OpvBackup) kept = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = export_all (f->store);
  g_autofree char *changed = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *in_kept = NULL;

  delete_dossier (f, "nap");
  changed = export_all (f->store);
  g_assert_cmpstr (changed, !=, saved);

  g_assert_true (opv_backup_restore (f->path, backup->path, 10, &kept, &error));
  g_assert_no_error (error);

  dossiers = opv_store_list_dossiers (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 3);
  restored = export_all (f->store);
  g_assert_cmpstr (restored, ==, saved);
  g_clear_object (&f->store);
  {
    g_autofree char *check = query_text (f->path, "PRAGMA integrity_check");
    g_assert_cmpstr (check, ==, "ok");
  }

  g_assert_nonnull (kept);
  g_assert_cmpint (kept->reason, ==, OPV_BACKUP_BEFORE_RESTORE);
  in_kept = export_file (kept->path);
  g_assert_cmpstr (in_kept, ==, changed);

  backups = opv_backup_list (f->path, &error);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpstr (((OpvBackup *) g_ptr_array_index (backups, 0))->path, ==, kept->path);
}

/* A database that sqlite cannot read, which is why one restores, is kept
 * byte for byte, and replaced. */
static void
test_restore_over_damaged (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(OpvBackup) backup = create (f, OPV_BACKUP_DAILY, 10);
  g_autoptr(OpvBackup) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  g_autofree char *saved = export_all (f->store);
  g_autofree char *restored = NULL;
  g_autofree char *garbage_sum = NULL;
  g_autofree char *kept_sum = NULL;
  const char garbage[] = "Dit bestand is overschreven door een ander programma.\n";

  g_clear_object (&f->store);
  opv_test_write_file (f->path, garbage, -1);
  garbage_sum = opv_test_file_sha256 (f->path);

  g_assert_true (opv_backup_restore (f->path, backup->path, 10, &kept, &error));
  g_assert_no_error (error);
  kept_sum = opv_test_file_sha256 (kept->path);
  g_assert_cmpstr (kept_sum, ==, garbage_sum);

  store = opv_store_open (f->path, &error);
  g_assert_no_error (error);
  restored = export_all (store);
  g_assert_cmpstr (restored, ==, saved);
}

/* A backup that is damaged, foreign or newer is refused before anything
 * is touched. */
static void
test_restore_refuses (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->dir, "tekst.db", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "ander.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "nieuwer.db", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "beschadigd.db", NULL);
  g_autofree char *before = NULL;
  const char *cases[] = { text, foreign, newer, damaged, f->path };
  const char *reasons[] = { "not an Opvolging database", "not an Opvolging database", "newer version",
                            "damaged", "over itself" };
  sqlite3 *db = NULL;

  g_clear_object (&f->store);
  opv_test_write_file (text, "geen database", -1);
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1332770380; PRAGMA user_version = 99; CREATE TABLE t (x)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_autoptr(GBytes) whole = opv_test_load_bytes (f->path);
    opv_test_write_file (damaged, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole) / 2);
  }
  before = opv_test_file_sha256 (f->path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (opv_backup_restore (f->path, cases[i], 10, NULL, &error));
      g_assert_error (error, OPV_BACKUP_ERROR, OPV_BACKUP_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i]));
      g_assert_nonnull (strstr (error->message, reasons[i]));
      after = opv_test_file_sha256 (f->path);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (g_file_test (f->folder, G_FILE_TEST_EXISTS));
    }
}

static void
on_daily_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static OpvBackup *
daily_in_background (Fixture   *f,
                     GDateTime *now,
                     gboolean   edit_meanwhile)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  OpvBackup *made = NULL;

  opv_backup_daily_async (f->path, now, 10, NULL, on_daily_done_cb, &result);
  /* The store goes on writing while the worker copies. */
  if (edit_meanwhile)
    {
      g_autoptr(OpvDossier) nap = opv_store_find_dossier (f->store, "nap", &error);

      g_assert_no_error (error);
      g_assert_true (opv_store_rename_dossier (f->store, opv_dossier_get_id (nap), "NAP, hernoemd",
                                               opv_dossier_get_short_name (nap), &error));
      g_assert_no_error (error);
    }
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (opv_backup_daily_finish (result, &made, &error));
  g_assert_no_error (error);
  return made;
}

/* The day's backup in a worker thread: made once a day, through a
 * connection of its own, a whole and checked copy while the store
 * writes. */
static void
test_daily_in_background (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) monday = g_date_time_new_local (2031, 3, 3, 9, 0, 0);
  g_autoptr(GDateTime) monday_evening = g_date_time_new_local (2031, 3, 3, 23, 30, 0);
  g_autoptr(OpvBackup) first = daily_in_background (f, monday, TRUE);
  g_autoptr(OpvBackup) again = daily_in_background (f, monday_evening, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) copy = NULL;
  g_autoptr(GListModel) dossiers = NULL;

  g_assert_nonnull (first);
  g_assert_cmpint (first->reason, ==, OPV_BACKUP_DAILY);
  g_assert_null (again);

  copy = opv_store_open_for_reading (first->path, &error);
  g_assert_no_error (error);
  dossiers = opv_store_list_dossiers (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, and untranslated whatever LANGUAGE says. */
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/create", test_create);
  ADD ("/backup/list", test_list);
  ADD ("/backup/keep-the-newest", test_keep_the_newest);
  ADD ("/backup/daily", test_daily);
  ADD ("/backup/daily-in-background", test_daily_in_background);
  ADD ("/backup/before-upgrade", test_before_upgrade);
  ADD ("/backup/restore", test_restore);
  ADD ("/backup/restore-over-damaged", test_restore_over_damaged);
  ADD ("/backup/restore-refuses", test_restore_refuses);

#undef ADD

  return g_test_run ();
}
