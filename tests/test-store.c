/* test-store.c: the sqlite database behind Opvolging
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
#include "opv-exchange-private.h"
#include "opv-store.h"
#include "opv-store-private.h"
#include "opv-store-schema.h"
#include "opv-test-util.h"

/* The tables of the current schema (app/core/opv-store-schema.h): version
 * 1's, then version 2's audit trail and full-text index. */
static const char expected_tables[] =
  "audit,dossier,dossier_party,entry,followup,followup_reference,item,kamerstuk,"
  "link,party,responsibility,round,"
  "search,search_config,search_content,search_data,search_docsize,search_idx,search_key,"
  "theme,theme_wording";

typedef struct
{
  char *dir;
  char *path;   /* <dir>/opvolging.db, which does not exist yet */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "opvolging.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Direct sqlite access, to check the file without going through the code
 * under test. */

static sqlite3 *
open_raw (const char *path,
          int         flags)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc != SQLITE_OK)
    g_error ("sqlite3_open_v2 (%s): %s", path, sqlite3_errstr (rc));
  return db;
}

static void
exec_raw (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
query_int_at (const char *path,
              const char *sql)
{
  /* Read-write, so that closing removes the -wal and -shm files. */
  sqlite3 *db = open_raw (path, SQLITE_OPEN_READWRITE);
  gint64 value = query_int (db, sql);

  sqlite3_close (db);
  return value;
}

static gint64
file_pragma (const char *path,
             const char *pragma)
{
  sqlite3 *db = open_raw (path, SQLITE_OPEN_READONLY);
  g_autofree char *sql = g_strconcat ("PRAGMA ", pragma, NULL);
  gint64 value = query_int (db, sql);

  sqlite3_close (db);
  return value;
}

/* "name,name,…" of the tables (@type "table") or indexes in @path. */
static char *
schema_names (const char *path,
              const char *type)
{
  sqlite3 *db = open_raw (path, SQLITE_OPEN_READONLY);
  sqlite3_stmt *stmt = NULL;
  GString *names = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = ? "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, type, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (names, "%s%s", names->len ? "," : "", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (names, FALSE);
}

/* "table=rows …" for every table, to compare a database before and after. */
static char *
row_counts (const char *path)
{
  g_autofree char *tables = schema_names (path, "table");
  g_auto(GStrv) names = g_strsplit (tables, ",", -1);
  sqlite3 *db = open_raw (path, SQLITE_OPEN_READONLY);
  GString *counts = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL && names[i][0] != '\0'; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", names[i]);
      g_string_append_printf (counts, "%s%s=%" G_GINT64_FORMAT, i ? " " : "", names[i], query_int (db, sql));
    }
  sqlite3_close (db);

  return g_string_free (counts, FALSE);
}

static gint64
count_rows (const char *path,
            const char *table)
{
  sqlite3 *db = open_raw (path, SQLITE_OPEN_READONLY);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  gint64 n = query_int (db, sql);

  sqlite3_close (db);
  return n;
}

static OpvStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OpvStore *store = opv_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static OpvStore *
open_store_with_defaults (const char *path)
{
  g_autoptr(GError) error = NULL;
  OpvStore *store = open_store (path);

  g_assert_true (opv_store_import_defaults (store, &error));
  g_assert_no_error (error);
  return store;
}

static OpvDossier *
read_default (const char *basename)
{
  g_autofree char *path = opv_test_default_dossier (basename);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OpvDossier *dossier = opv_exchange_read_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return dossier;
}

static OpvDossier *
find (OpvStore   *store,
      const char *id_or_title)
{
  g_autoptr(GError) error = NULL;
  OpvDossier *dossier = opv_store_find_dossier (store, id_or_title, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return dossier;
}

static void
test_new_file (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tables = NULL;

  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  store = open_store (f->path);
  g_assert_true (opv_store_is_new (store));
  g_assert_cmpint (opv_store_get_schema_version (store), ==, OPV_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (opv_store_get_path (store), ==, f->path);
  g_assert_false (opv_store_has_dossiers (store, &error));
  g_assert_no_error (error);
  dossiers = opv_store_list_dossiers (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 0);
  g_clear_object (&store);

  /* Checked on the file itself, with sqlite directly. */
  g_assert_cmpint (file_pragma (f->path, "user_version"), ==, OPV_STORE_SCHEMA_VERSION);
  g_assert_cmpint (file_pragma (f->path, "application_id"), ==, OPV_STORE_APPLICATION_ID);
  g_assert_cmpint (file_pragma (f->path, "application_id"), ==, 0x4F70764C);
  tables = schema_names (f->path, "table");
  g_assert_cmpstr (tables, ==, expected_tables);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *tables = NULL;
  g_autofree char *indexes = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *tables_again = NULL;
  g_autofree char *indexes_again = NULL;
  g_autofree char *counts_again = NULL;
  gint64 version;

  g_assert_true (opv_store_is_new (store));
  g_clear_object (&store);

  version = file_pragma (f->path, "user_version");
  tables = schema_names (f->path, "table");
  indexes = schema_names (f->path, "index");
  counts = row_counts (f->path);
  g_assert_cmpstr (tables, ==, expected_tables);
  g_assert_cmpint (count_rows (f->path, "dossier"), ==, 3);

  /* WAL means the file's bytes may differ after a no-op open; what it
   * holds must not. */
  store = open_store (f->path);
  g_assert_false (opv_store_is_new (store));
  g_assert_cmpint (opv_store_get_schema_version (store), ==, OPV_STORE_SCHEMA_VERSION);
  g_assert_true (opv_store_has_dossiers (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  tables_again = schema_names (f->path, "table");
  indexes_again = schema_names (f->path, "index");
  counts_again = row_counts (f->path);
  g_assert_cmpint (file_pragma (f->path, "user_version"), ==, version);
  g_assert_cmpint (file_pragma (f->path, "application_id"), ==, OPV_STORE_APPLICATION_ID);
  g_assert_cmpstr (tables_again, ==, tables);
  g_assert_cmpstr (indexes_again, ==, indexes);
  g_assert_cmpstr (counts_again, ==, counts);
}

/* A database whose schema exists but that holds no dossier is not new:
 * opening it again must not offer to fill it (the CLI's "import" into a new
 * database relies on that). */
static void
test_reopen_empty_schema (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store (f->path);
  g_autoptr(GError) error = NULL;

  g_assert_true (opv_store_is_new (store));
  g_clear_object (&store);

  store = open_store (f->path);
  g_assert_false (opv_store_is_new (store));
  g_assert_false (opv_store_has_dossiers (store, &error));
  g_assert_no_error (error);
}

/* An empty file (0 bytes) is what sqlite itself creates for a new
 * database, so it is taken as a new database and filled; 8 KiB of zero
 * bytes, below, is refused. */
static void
test_empty_file_is_new (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(OpvStore) store = NULL;

  opv_test_write_file (f->path, "", 0);
  store = open_store (f->path);
  g_assert_true (opv_store_is_new (store));
  g_clear_object (&store);

  g_assert_cmpint (file_pragma (f->path, "user_version"), ==, OPV_STORE_SCHEMA_VERSION);
  g_assert_cmpint (file_pragma (f->path, "application_id"), ==, OPV_STORE_APPLICATION_ID);
}

/* Opening @path must fail with @code, name the file, and leave it exactly
 * as it was, without a journal beside it. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = opv_test_file_sha256 (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;

  g_assert_false (opv_test_has_sqlite_sidecar (path));

  store = opv_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, OPV_STORE_ERROR, code);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, path));

  after = opv_test_file_sha256 (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (opv_test_has_sqlite_sidecar (path));
}

static void
test_refuse_text_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "Dit is geen database, maar een tekstbestand.\n");
  opv_test_write_file (f->path, text->str, text->len);

  assert_refused (f->path, OPV_STORE_ERROR_NOT_DATABASE);
}

/* 8 KiB of zero bytes has no SQLite header: it is not a database, and it
 * is not an empty file either. */
static void
test_refuse_zero_filled (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *zeros = g_malloc0 (8192);

  opv_test_write_file (f->path, zeros, 8192);
  assert_refused (f->path, OPV_STORE_ERROR_NOT_DATABASE);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "truncated.db", NULL);
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(GBytes) whole = NULL;

  g_clear_object (&store);
  whole = opv_test_load_bytes (f->path);
  g_assert_cmpuint (g_bytes_get_size (whole), >, 100000);
  opv_test_write_file (copy, g_bytes_get_data (whole, NULL), 1000);

  assert_refused (copy, OPV_STORE_ERROR_CORRUPT);
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  sqlite3 *db = open_raw (f->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  exec_raw (db, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT);"
                "INSERT INTO recipes (name) VALUES ('stamppot');");
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, 0);
  sqlite3_close (db);

  assert_refused (f->path, OPV_STORE_ERROR_FOREIGN);
}

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                              OPV_STORE_APPLICATION_ID, OPV_STORE_SCHEMA_VERSION + 1);
  g_autofree char *schema = g_strdup_printf ("schema %d", OPV_STORE_SCHEMA_VERSION + 1);
  sqlite3 *db = open_raw (f->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;

  exec_raw (db, "CREATE TABLE dossier (id INTEGER PRIMARY KEY, future_column TEXT);");
  exec_raw (db, pragmas);
  sqlite3_close (db);

  assert_refused (f->path, OPV_STORE_ERROR_TOO_NEW);

  store = opv_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, schema));
}

static void
test_refuse_folder_is_a_file (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (f->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "opvolging.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;

  opv_test_write_file (blocker, "a file where a folder should be", -1);
  store = opv_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, blocker));
}

/* A page in the middle of the file garbled, as a failing disk leaves it:
 * the header is fine, so only the check at opening finds it. */
static void
test_refuse_damaged_page (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(GBytes) whole = NULL;
  g_autofree guchar *bytes = NULL;
  gsize size;
  gint64 page;

  g_clear_object (&store);
  page = query_int_at (f->path, "SELECT rootpage FROM sqlite_schema WHERE name = 'followup'");
  g_assert_cmpint (page, >, 1);

  whole = opv_test_load_bytes (f->path);
  size = g_bytes_get_size (whole);
  bytes = g_memdup2 (g_bytes_get_data (whole, NULL), size);
  g_assert_cmpuint (size, >=, page * 4096);
  for (gsize i = (page - 1) * 4096; i < (gsize) page * 4096; i++)
    bytes[i] = (guchar) (i * 7919 >> 3);
  opv_test_write_file (f->path, bytes, size);

  assert_refused (f->path, OPV_STORE_ERROR_CORRUPT);
}

/* Half a database, as a copy that stopped half-way leaves it. */
static void
test_refuse_truncated_half (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(GBytes) whole = NULL;

  g_clear_object (&store);
  whole = opv_test_load_bytes (f->path);
  opv_test_write_file (f->path, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole) / 2);

  assert_refused (f->path, OPV_STORE_ERROR_CORRUPT);
}

/* Opens @path read-only, as the store decides, and checks what a user can
 * do then: read everything, change nothing; the file and its folder stay
 * exactly as they were. */
static void
assert_opens_read_only (const char        *path,
                        OpvStoreOpenFlags  flags,
                        OpvStoreAccess     access,
                        const char        *because)
{
  g_autofree char *before = opv_test_file_sha256 (path);
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(OpvDossier) dossier = read_default ("inspectie.json");

  g_assert_false (opv_test_has_sqlite_sidecar (path));

  store = opv_store_open_full (path, flags, OPV_BACKUP_DEFAULT_KEEP, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_is_read_only (store));
  g_assert_cmpint (opv_store_get_access (store), ==, access);
  message = opv_store_dup_access_message (store);
  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "“"));
  g_assert_nonnull (strstr (message, path));
  g_assert_nonnull (strstr (message, because));

  dossiers = opv_store_list_dossiers (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 3);

  /* Every way of writing is refused with the same clear error. */
  g_assert_cmpint (opv_store_create_dossier (store, "Nieuw", OPV_DOSSIER_KIND_RECOMMENDATIONS, &error), ==, 0);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_assert_false (opv_store_import_dossier (store, dossier, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (opv_store_can_undo (store));
  g_clear_object (&store);

  after = opv_test_file_sha256 (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (opv_test_has_sqlite_sidecar (path));
}

static void
make_default_database (Fixture *f)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);

  /* Closed, the store leaves one file: the WAL is written back. */
  g_clear_object (&store);
  g_assert_false (opv_test_has_sqlite_sidecar (f->path));
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  make_default_database (f);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  opv_test_become_nobody ();
  assert_opens_read_only (f->path, OPV_STORE_OPEN_DEFAULT, OPV_STORE_ACCESS_READ_ONLY_FILE, "write-protected");
  opv_test_become_self ();
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  make_default_database (f);
  /* The file could be written, but no -wal file could be made beside it. */
  g_assert_cmpint (g_chmod (f->path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);

  opv_test_become_nobody ();
  assert_opens_read_only (f->path, OPV_STORE_OPEN_DEFAULT, OPV_STORE_ACCESS_READ_ONLY_FOLDER, f->dir);
  opv_test_become_self ();
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
}

static void
test_read_only_asked (Fixture       *f,
                      gconstpointer  data)
{
  make_default_database (f);
  assert_opens_read_only (f->path, OPV_STORE_OPEN_READ_ONLY, OPV_STORE_ACCESS_READ_ONLY_ASKED, "as asked");
}

/* Read-only, neither an old schema can be upgraded nor an empty file be
 * made a database: both are refused, and left as they were. */
static void
test_read_only_refusals (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.db", NULL);
  sqlite3 *db = open_raw (f->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  exec_raw (db, MIGRATIONS[0]);
  sqlite3_close (db);
  before = opv_test_file_sha256 (f->path);

  store = opv_store_open_full (f->path, OPV_STORE_OPEN_READ_ONLY, OPV_BACKUP_DEFAULT_KEEP, &error);
  g_assert_null (store);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "older version"));
  g_clear_error (&error);
  after = opv_test_file_sha256 (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (opv_test_has_sqlite_sidecar (f->path));

  opv_test_write_file (empty, "", 0);
  store = opv_store_open_full (empty, OPV_STORE_OPEN_READ_ONLY, OPV_BACKUP_DEFAULT_KEEP, &error);
  g_assert_null (store);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (g_file_test (empty, G_FILE_TEST_EXISTS));
  g_assert_false (opv_test_has_sqlite_sidecar (empty));

  /* Read-only never creates the file it was asked to read. */
  store = opv_store_open_full (missing, OPV_STORE_OPEN_READ_ONLY, OPV_BACKUP_DEFAULT_KEEP, &error);
  g_assert_null (store);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Another program keeps the database locked, as sqlite's exclusive
 * locking mode does: opening waits, then says it is in use; read-only it
 * is read as last saved. */
static void
test_locked_by_another_program (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 started;
  sqlite3 *holder;

  make_default_database (f);
  /* Read before the lock is taken: closing any descriptor of the file
   * releases this process's POSIX locks on it. */
  before = opv_test_file_sha256 (f->path);
  holder = open_raw (f->path, SQLITE_OPEN_READWRITE);
  /* It has saved a change to its -wal file, and is making another. */
  exec_raw (holder, "PRAGMA locking_mode = EXCLUSIVE; "
                    "UPDATE dossier SET title = 'In de WAL' WHERE slug = 'inspectie'; "
                    "BEGIN EXCLUSIVE; UPDATE dossier SET title = 'Half bewerkt' WHERE slug = 'nap'");

  started = g_get_monotonic_time ();
  store = opv_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  /* It waited for the lock before giving up. */
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 4 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* Read-only, it shows the file as it was last saved. */
  store = opv_store_open_full (f->path, OPV_STORE_OPEN_IGNORE_LOCKS, OPV_BACKUP_DEFAULT_KEEP, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opv_store_get_access (store), ==, OPV_STORE_ACCESS_READ_ONLY_IN_USE);
  dossiers = opv_store_list_dossiers (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 3);
  {
    g_autoptr(OpvDossier) nap = g_list_model_get_item (dossiers, 1);
    g_assert_cmpstr (opv_dossier_get_slug (nap), ==, "nap");
    g_assert_cmpstr (opv_dossier_get_title (nap), !=, "Half bewerkt");
  }
  g_assert_cmpint (opv_store_create_dossier (store, "Nieuw", OPV_DOSSIER_KIND_RECOMMENDATIONS, &error), ==, 0);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&store);
  g_clear_object (&dossiers);

  /* Asked for read-only, the store falls back to the same after the wait. */
  store = opv_store_open_full (f->path, OPV_STORE_OPEN_READ_ONLY, OPV_BACKUP_DEFAULT_KEEP, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opv_store_get_access (store), ==, OPV_STORE_ACCESS_READ_ONLY_IN_USE);
  g_clear_object (&store);

  /* The lock is kept to the end: nothing here wrote to the file. The
   * holder's own saved change is written back when it closes. */
  after = opv_test_file_sha256 (f->path);
  g_assert_cmpstr (after, ==, before);

  exec_raw (holder, "ROLLBACK");
  sqlite3_close (holder);
}

/* The three default dossiers, in the order a new user meets them. */
static void
test_import_defaults (Fixture       *f,
                      gconstpointer  data)
{
  static const struct {
    const char     *slug;
    const char     *title;
    OpvDossierKind  kind;
    guint           n_items;
    const char     *rounds;
  } expected[] = {
    { "schaduw-dansen", "Opvolging Verinorm rapport 'Schaduw dansen'", OPV_DOSSIER_KIND_RECOMMENDATIONS, 33,
      "Update juni 2023|Update 2024" },
    { "nap", "Nationaal actieprogramma seksueel grensoverschrijdend gedrag en seksueel geweld",
      OPV_DOSSIER_KIND_ACTIVITIES, 83, "Voortgangsrapportage 2024" },
    { "inspectie", "Sturen op blijvende sociale veiligheid in het hoger kunst- en mode-onderwijs",
      OPV_DOSSIER_KIND_RECOMMENDATIONS, 21, "" },
  };
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) paths = opv_store_list_default_dossiers ();

  g_assert_cmpuint (g_strv_length (paths), ==, 3);
  g_assert_true (g_str_has_suffix (paths[0], "/schaduw-dansen.json"));
  g_assert_true (g_str_has_suffix (paths[1], "/nap.json"));
  g_assert_true (g_str_has_suffix (paths[2], "/inspectie.json"));

  g_assert_true (opv_store_has_dossiers (store, &error));
  dossiers = opv_store_list_dossiers (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(OpvDossier) dossier = g_list_model_get_item (dossiers, i);
      GListModel *rounds = opv_dossier_get_rounds (dossier);
      g_autoptr(GString) labels = g_string_new (NULL);

      g_assert_cmpstr (opv_dossier_get_slug (dossier), ==, expected[i].slug);
      g_assert_cmpstr (opv_dossier_get_title (dossier), ==, expected[i].title);
      g_assert_cmpint (opv_dossier_get_kind (dossier), ==, expected[i].kind);
      g_assert_cmpuint (opv_dossier_get_n_items (dossier), ==, expected[i].n_items);
      g_assert_cmpint (opv_dossier_get_id (dossier), >, 0);
      for (guint r = 0; r < g_list_model_get_n_items (rounds); r++)
        {
          g_autoptr(OpvRound) round = g_list_model_get_item (rounds, r);
          g_string_append_printf (labels, "%s%s", r ? "|" : "", opv_round_get_label (round));
        }
      g_assert_cmpstr (labels->str, ==, expected[i].rounds);
      /* The list holds no themes; loading does. */
      g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_themes (dossier)), ==, 0);
    }

  g_clear_object (&store);
  /* Parties are shared: Schaduw dansen declares 6, NAP 10, and OCW, VWS
   * and Regeringscommissaris are in both. Inspectie declares none. */
  g_assert_cmpint (count_rows (f->path, "party"), ==, 13);
  g_assert_cmpint (count_rows (f->path, "dossier_party"), ==, 16);
  g_assert_cmpint (count_rows (f->path, "item"), ==, 33 + 83 + 21);
  /* Schaduw dansen 33 × 2 rounds, NAP 83 × 1, Inspectie none. */
  g_assert_cmpint (count_rows (f->path, "entry"), ==, 66 + 83);
  /* 69 + 156 in Schaduw dansen; NAP and Inspectie have none. */
  g_assert_cmpint (count_rows (f->path, "followup"), ==, 225);
}

static void
test_import_exists (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(OpvDossier) again = read_default ("schaduw-dansen.json");
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = row_counts (f->path);
  g_autofree char *after = NULL;

  g_assert_false (opv_store_import_dossier (store, again, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "schaduw-dansen"));
  g_clear_error (&error);

  /* Importing all the defaults again fails the same way, for the first. */
  g_assert_false (opv_store_import_defaults (store, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  after = row_counts (f->path);
  g_assert_cmpstr (after, ==, before);

  dossiers = opv_store_list_dossiers (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 3);
}

/* Adds, to the last entry of the last item that has one, a responsibility
 * of a party the dossier does not declare: the store can only fail on it
 * once almost everything else has been inserted. */
static void
break_last_entry (OpvDossier *dossier)
{
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
  g_autoptr(OpvParty) stranger = opv_party_new ("Onbekend", "Een partij die het dossier niet noemt",
                                                OPV_PARTY_KIND_OTHER);
  GPtrArray *entries = NULL;

  g_assert_null (opv_dossier_find_party (dossier, "Onbekend"));
  for (guint i = items->len; i > 0 && (entries == NULL || entries->len == 0); i--)
    entries = opv_item_get_entries (g_ptr_array_index (items, i - 1));
  g_assert_nonnull (entries);
  g_assert_cmpuint (entries->len, >, 0);
  g_ptr_array_add (opv_entry_get_responsibilities (g_ptr_array_index (entries, entries->len - 1)),
                   opv_responsibility_new (stranger, OPV_ROLE_LEAD));
}

static void
assert_import_fails_cleanly (OpvStore   *store,
                             const char *path,
                             OpvDossier *broken)
{
  g_autofree char *before = row_counts (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) found = NULL;

  g_assert_false (opv_store_import_dossier (store, broken, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  after = row_counts (path);
  g_assert_cmpstr (after, ==, before);

  found = opv_store_find_dossier (store, opv_dossier_get_slug (broken), &error);
  g_assert_null (found);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
}

static void
test_import_atomic_empty (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store (f->path);
  g_autoptr(OpvDossier) broken = read_default ("schaduw-dansen.json");
  g_autoptr(OpvDossier) good = read_default ("schaduw-dansen.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;

  break_last_entry (broken);
  assert_import_fails_cleanly (store, f->path, broken);

  counts = row_counts (f->path);
  g_assert_cmpstr (counts, ==,
                   "audit=0 dossier=0 dossier_party=0 entry=0 followup=0 followup_reference=0 item=0 kamerstuk=0 "
                   "link=0 party=0 responsibility=0 round=0 "
                   /* FTS5 keeps its configuration and empty structure rows. */
                   "search=0 search_config=1 search_content=0 search_data=2 search_docsize=0 search_idx=0 search_key=0 "
                   "theme=0 theme_wording=0");

  /* The failed import left no transaction open: the same dossier, whole,
   * goes in afterwards. */
  g_assert_true (opv_store_import_dossier (store, good, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opv_dossier_get_id (good), >, 0);
  g_assert_cmpint (count_rows (f->path, "followup"), ==, 225);
}

static void
test_import_atomic_full (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autofree char *fixture = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) broken = opv_exchange_read_file (file, &error);

  g_assert_no_error (error);
  break_last_entry (broken);
  assert_import_fails_cleanly (store, f->path, broken);
}

static char *
write_loaded (OpvStore   *store,
              const char *slug,
              gsize      *length)
{
  g_autoptr(OpvDossier) dossier = find (store, slug);

  g_assert_cmpstr (opv_dossier_get_slug (dossier), ==, slug);
  return opv_exchange_write (dossier, length);
}

/* Export, import into a new database, export again: the two exports are
 * the same bytes. */
static void
test_export_import_export (Fixture       *f,
                           gconstpointer  data)
{
  const char *slug = data;
  g_autofree char *second_path = g_build_filename (f->dir, "second.db", NULL);
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(OpvStore) second = open_store (second_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(OpvDossier) read_back = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  gsize first_length, second_length;

  first_text = write_loaded (store, slug, &first_length);
  exported = g_bytes_new (first_text, first_length);
  read_back = opv_exchange_read_bytes (exported, "export.json", &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_dossier (second, read_back, &error));
  g_assert_no_error (error);

  second_text = write_loaded (second, slug, &second_length);
  opv_test_assert_same_text (slug, first_text, first_length, second_text, second_length);
}

/* What the store gives back is the seed file, byte for byte: import from
 * the source tree's file, load, write. */
static void
test_seed_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  const char *slug = data;
  g_autofree char *basename = g_strconcat (slug, ".json", NULL);
  g_autofree char *seed_path = opv_test_default_dossier (basename);
  g_autoptr(GBytes) seed = opv_test_load_bytes (seed_path);
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autofree char *text = NULL;
  gsize length;

  text = write_loaded (store, slug, &length);
  opv_test_assert_same_text (seed_path, g_bytes_get_data (seed, NULL), g_bytes_get_size (seed), text, length);
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autoptr(OpvDossier) by_id = find (store, "nap");
  g_autoptr(OpvDossier) by_title = find (store, "SCHADUW");
  g_autoptr(OpvDossier) by_words = find (store, "kunst- en MODE");
  g_autoptr(OpvDossier) by_short_name = find (store, "Inspectie");
  g_autoptr(OpvDossier) ambiguous = NULL;
  g_autoptr(OpvDossier) unknown = NULL;
  g_autoptr(OpvDossier) missing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (opv_dossier_get_slug (by_id), ==, "nap");
  g_assert_cmpstr (opv_dossier_get_slug (by_title), ==, "schaduw-dansen");
  g_assert_cmpstr (opv_dossier_get_slug (by_words), ==, "inspectie");
  g_assert_cmpstr (opv_dossier_get_slug (by_short_name), ==, "inspectie");

  /* Finding loads the whole dossier. */
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_themes (by_title)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_themes (by_id)), ==, 5);

  /* "e" is in every title. */
  ambiguous = opv_store_find_dossier (store, "e", &error);
  g_assert_null (ambiguous);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "schaduw-dansen, nap, inspectie"));
  g_clear_error (&error);

  unknown = opv_store_find_dossier (store, "begroting", &error);
  g_assert_null (unknown);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "begroting"));
  g_clear_error (&error);

  missing = opv_store_load_dossier (store, 9999, &error);
  g_assert_null (missing);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
}

/* FORMAT.md: "lists are JSON arrays in their display order (there are no
 * position numbers)". A file whose items are not in code order keeps its
 * order through import and export. */
static void
test_item_order_kept (Fixture       *f,
                      gconstpointer  data)
{
  static const char json[] =
    "{\n"
    "  \"format\" : \"opvolging-dossier\",\n"
    "  \"version\" : 1,\n"
    "  \"dossier\" : {\n"
    "    \"id\" : \"order\",\n"
    "    \"title\" : \"Order\",\n"
    "    \"short_name\" : \"Order\",\n"
    "    \"kind\" : \"recommendations\",\n"
    "    \"themes\" : [\n"
    "      {\n"
    "        \"title\" : \"T\",\n"
    "        \"items\" : [\n"
    "          {\n"
    "            \"code\" : \"2\",\n"
    "            \"title\" : \"Second by code, first in the source\"\n"
    "          },\n"
    "          {\n"
    "            \"code\" : \"1\",\n"
    "            \"title\" : \"First by code\"\n"
    "          },\n"
    "          {\n"
    "            \"title\" : \"No code, last in the source\"\n"
    "          }\n"
    "        ]\n"
    "      }\n"
    "    ]\n"
    "  }\n"
    "}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(OpvStore) store = open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, "order.json", &error);
  g_autofree char *text = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (opv_store_import_dossier (store, dossier, &error));
  g_assert_no_error (error);

  text = write_loaded (store, "order", &length);
  opv_test_assert_same_text ("order.json", json, strlen (json), text, length);
}

/* The search index's rows, one per line, in the order of their rowids
 * (@by_rowid) or sorted. */
static char *
search_rows (sqlite3  *db,
             gboolean  by_rowid)
{
  sqlite3_stmt *stmt = NULL;
  GString *rows = g_string_new (NULL);
  /* With each row, its key: the key must name the row it belongs to. */
  const char *sql = by_rowid
    ? "SELECT s.text, s.kind, s.dossier_id, s.item_id, coalesce (s.round_id, 'none'), s.source_id, "
      "  k.kind = s.kind AND k.source_id = s.source_id AND k.item_id = s.item_id AND k.round_id IS s.round_id "
      "FROM search s LEFT JOIN search_key k ON k.id = s.rowid ORDER BY s.rowid"
    : "SELECT s.text, s.kind, s.dossier_id, s.item_id, coalesce (s.round_id, 'none'), s.source_id, "
      "  k.kind = s.kind AND k.source_id = s.source_id AND k.item_id = s.item_id AND k.round_id IS s.round_id "
      "FROM search s LEFT JOIN search_key k ON k.id = s.rowid ORDER BY 1, 2, 3, 4, 5, 6";

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (rows, "%s|%s|%s|%s|%s|%s|%s\n",
                            sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2), sqlite3_column_text (stmt, 3),
                            sqlite3_column_text (stmt, 4), sqlite3_column_text (stmt, 5),
                            sqlite3_column_int (stmt, 6) ? "key" : "NO KEY");
  sqlite3_finalize (stmt);
  return g_string_free (rows, FALSE);
}

/* An import writes the search index itself, with the triggers off
 * (opv_store_begin_bulk): it must hold what the triggers would have put
 * there. The copy below fills its index through the triggers. */
static void
test_import_index_as_triggers (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store_with_defaults (f->path);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *attach = g_strdup_printf ("ATTACH '%s' AS imported", f->path);
  g_autofree char *imported_rows = NULL;
  g_autofree char *triggered_rows = NULL;
  g_autofree char *imported_order = NULL;
  sqlite3 *db;

  g_clear_object (&store);

  db = open_raw (copy_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  for (guint v = 0; v < G_N_ELEMENTS (MIGRATIONS); v++)
    exec_raw (db, MIGRATIONS[v]);
  exec_raw (db, attach);
  exec_raw (db,
            "BEGIN;"
            "INSERT INTO party SELECT * FROM imported.party;"
            "INSERT INTO dossier SELECT * FROM imported.dossier;"
            "INSERT INTO dossier_party SELECT * FROM imported.dossier_party;"
            "INSERT INTO round SELECT * FROM imported.round;"
            "INSERT INTO theme SELECT * FROM imported.theme;"
            "INSERT INTO theme_wording SELECT * FROM imported.theme_wording;"
            "INSERT INTO item SELECT * FROM imported.item;"
            "INSERT INTO entry SELECT * FROM imported.entry;"
            "INSERT INTO responsibility SELECT * FROM imported.responsibility;"
            "INSERT INTO followup SELECT * FROM imported.followup;"
            "COMMIT;");
  exec_raw (db, "DETACH imported");
  triggered_rows = search_rows (db, FALSE);
  sqlite3_close (db);

  db = open_raw (f->path, SQLITE_OPEN_READONLY);
  imported_rows = search_rows (db, FALSE);
  imported_order = search_rows (db, TRUE);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM search WHERE kind = 'party'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM search WHERE kind = 'explanation'"), >, 0);
  sqlite3_close (db);

  g_assert_cmpuint (strlen (imported_rows), >, 0);
  opv_test_assert_same_text ("search index", triggered_rows, strlen (triggered_rows),
                             imported_rows, strlen (imported_rows));

  /* In the triggers' order too: an item, then per round its explanation,
   * its parties and its follow-up. The first item of Schaduw dansen has
   * no explanation in its first round. */
  g_assert_true (g_str_has_prefix (imported_order, "1.1 "));
  g_assert_nonnull (strstr (imported_order, "|item|1|1|none|1|key\n"));
  g_assert_null (strstr (imported_order, "NO KEY"));
  g_assert_null (strstr (triggered_rows, "NO KEY"));
}

/* A party the database knows without its full name gets it from a later
 * import; the dossiers that name the party then find it by that name, as
 * the search_party_update trigger would make them. */
static void
test_import_names_party (Fixture       *f,
                         gconstpointer  data)
{
  static const char template[] =
    "{ \"format\": \"opvolging-dossier\", \"version\": 1, \"dossier\": {"
    "  \"id\": \"%s\", \"title\": \"%s\", \"kind\": \"recommendations\","
    "  \"parties\": [ { \"short_name\": \"RVB\"%s } ],"
    "  \"rounds\": [ { \"label\": \"Update\", \"period\": \"2024\" } ],"
    "  \"themes\": [ { \"title\": \"Thema\", \"items\": [ { \"code\": \"1\", \"title\": \"Iets\","
    "    \"rounds\": [ { \"round\": \"Update\", \"parties\": [ { \"party\": \"RVB\" } ] } ] } ] } ]"
    "} }";
  g_autoptr(OpvStore) store = open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *json = g_strdup_printf (template, i ? "tweede" : "eerste", i ? "Tweede" : "Eerste",
                                               i ? ", \"full_name\": \"Rijksvastgoedbedrijf\"" : "");
      g_autoptr(GBytes) bytes = g_bytes_new_take (json, strlen (json));
      g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, "party.json", &error);

      g_steal_pointer (&json);
      g_assert_no_error (error);
      g_assert_true (opv_store_import_dossier (store, dossier, &error));
      g_assert_no_error (error);
    }

  hits = opv_store_search (store, "Rijksvastgoedbedrijf", 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);

  /* Later dossiers that name the party without a full name change
   * nothing of the others: each import writes as many rows as the one
   * before. (Rewriting the party's rows in the index at every import made
   * importing many dossiers slow in the square of their number.) */
  {
    static const char * const slugs[] = { "derde", "vierde", "vijfde" };
    int changes[3];

    for (guint i = 0; i < 3; i++)
      {
        g_autofree char *rvb = g_strdup_printf (template, slugs[i], slugs[i], "");
        g_autofree char *json = NULL;
        g_autoptr(GBytes) bytes = NULL;
        g_auto(GStrv) parts = g_strsplit (rvb, "RVB", -1);

        /* A party that never gets its full name */
        json = g_strjoinv ("Werkgroep", parts);
        bytes = g_bytes_new_take (json, strlen (json));
        g_autoptr(OpvDossier) dossier = NULL;
        int before = sqlite3_total_changes (store->db);

        g_steal_pointer (&json);
        dossier = opv_exchange_read_bytes (bytes, "party.json", &error);
        g_assert_no_error (error);
        g_assert_true (opv_store_import_dossier (store, dossier, &error));
        g_assert_no_error (error);
        changes[i] = sqlite3_total_changes (store->db) - before;
      }
    /* The first of them adds the party too. */
    g_assert_cmpint (changes[1], ==, changes[2]);
  }
  g_assert_cmpstr (((OpvSearchHit *) g_ptr_array_index (hits, 0))->dossier_slug, ==, "eerste");
  g_assert_cmpstr (((OpvSearchHit *) g_ptr_array_index (hits, 1))->dossier_slug, ==, "tweede");
}

/* The same, with both files in one import: the second file's own items
 * are indexed with the full name it gives, not the name the first left. */
static void
test_import_files_name_party (Fixture       *f,
                              gconstpointer  data)
{
  static const char template[] =
    "{ \"format\": \"opvolging-dossier\", \"version\": 1, \"dossier\": {"
    "  \"id\": \"%s\", \"title\": \"%s\", \"kind\": \"recommendations\","
    "  \"parties\": [ { \"short_name\": \"Qwerty\"%s } ],"
    "  \"rounds\": [ { \"label\": \"Update\", \"period\": \"2024\" } ],"
    "  \"themes\": [ { \"title\": \"Thema\", \"items\": [ { \"code\": \"1\", \"title\": \"Iets\","
    "    \"rounds\": [ { \"round\": \"Update\", \"parties\": [ { \"party\": \"Qwerty\" } ] } ] } ] } ]"
    "} }";
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  GFile *files[2];

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *json = g_strdup_printf (template, i ? "tweede" : "eerste", i ? "Tweede" : "Eerste",
                                               i ? ", \"full_name\": \"Xylofoonzaken\"" : "");
      g_autofree char *path = g_build_filename (f->dir, i ? "b.json" : "a.json", NULL);

      g_assert_true (g_file_set_contents (path, json, -1, NULL));
      files[i] = g_file_new_for_path (path);
    }

  /* Read whole, and item by item */
  for (guint stream_from = 0; stream_from < 2; stream_from++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u.db", f->dir, stream_from);
      g_autoptr(OpvStore) store = open_store (path);
      g_autoptr(GPtrArray) imported = g_ptr_array_new_with_free_func (g_object_unref);

      opv_exchange_set_stream_from (stream_from);
      g_assert_true (opv_store_import_files (store, files, 2, imported, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (imported->len, ==, 2);

      hits = opv_store_search (store, "Xylofoonzaken", 0, 10, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 2);
      g_clear_pointer (&hits, g_ptr_array_unref);
    }
  opv_exchange_set_stream_from (0);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

/* Files imported item by item (as large ones are) give the same dossiers,
 * and the same search index, as dossiers read whole and then imported. */
static void
test_import_files_streamed (Fixture       *f,
                            gconstpointer  data)
{
  static const char * const seeds[] = { "schaduw-dansen.json", "nap.json", "inspectie.json" };
  g_autofree char *whole_path = g_build_filename (f->dir, "whole.db", NULL);
  g_autoptr(OpvStore) streamed = open_store (f->path);
  g_autoptr(OpvStore) whole = open_store (whole_path);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) imported = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *complete = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  sqlite3 *db;
  g_autofree char *streamed_rows = NULL;
  g_autofree char *whole_rows = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = opv_test_default_dossier (seeds[i]);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  g_ptr_array_add (files, g_file_new_for_path (complete));

  opv_exchange_set_stream_from (1);
  g_assert_true (opv_store_import_files (streamed, (GFile **) files->pdata, files->len, imported, &error));
  opv_exchange_set_stream_from (0);
  g_assert_no_error (error);
  g_assert_cmpuint (imported->len, ==, 4);
  g_assert_cmpstr (opv_dossier_get_slug (g_ptr_array_index (imported, 3)), ==, "test-complete");

  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(OpvDossier) dossier = opv_exchange_read_file (g_ptr_array_index (files, i), &error);

      g_assert_no_error (error);
      g_assert_true (opv_store_import_dossier (whole, dossier, &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < imported->len; i++)
    {
      const char *slug = opv_dossier_get_slug (g_ptr_array_index (imported, i));
      gsize a_length, b_length;
      g_autofree char *a = write_loaded (whole, slug, &a_length);
      g_autofree char *b = write_loaded (streamed, slug, &b_length);

      opv_test_assert_same_text (slug, a, a_length, b, b_length);
    }

  g_clear_object (&streamed);
  g_clear_object (&whole);
  db = open_raw (f->path, SQLITE_OPEN_READONLY);
  streamed_rows = search_rows (db, TRUE);
  sqlite3_close (db);
  db = open_raw (whole_path, SQLITE_OPEN_READONLY);
  whole_rows = search_rows (db, TRUE);
  sqlite3_close (db);
  opv_test_assert_same_text ("search index", whole_rows, strlen (whole_rows), streamed_rows, strlen (streamed_rows));
}

/* Several files are one import: one bad file, and none is added. */
static void
test_import_files_atomic (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvStore) store = open_store (f->path);
  g_autofree char *good = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_autofree char *bad = opv_test_srcdir_file ("fixtures", "exchange", "unknown-status.json", NULL);
  g_autoptr(GPtrArray) imported = g_ptr_array_new_with_free_func (g_object_unref);
  GFile *files[2];
  g_autoptr(GError) error = NULL;

  files[0] = g_file_new_for_path (good);
  files[1] = g_file_new_for_path (bad);
  for (guint stream_from = 0; stream_from < 2; stream_from++)
    {
      opv_exchange_set_stream_from (stream_from);
      g_assert_false (opv_store_import_files (store, files, 2, imported, &error));
      g_assert_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "$.dossier.themes[0].items[1].rounds[0].status"));
      g_clear_error (&error);
      g_assert_cmpuint (imported->len, ==, 0);
      g_assert_false (opv_store_has_dossiers (store, &error));
      g_assert_no_error (error);
    }
  opv_exchange_set_stream_from (0);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, and untranslated whatever LANGUAGE says. */
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/open/new-file", test_new_file, NULL);
  ADD ("/store/open/reopen", test_reopen, NULL);
  ADD ("/store/open/reopen-empty-schema", test_reopen_empty_schema, NULL);
  ADD ("/store/open/empty-file-is-new", test_empty_file_is_new, NULL);
  ADD ("/store/refuse/text-file", test_refuse_text_file, NULL);
  ADD ("/store/refuse/zero-filled", test_refuse_zero_filled, NULL);
  ADD ("/store/refuse/truncated", test_refuse_truncated, NULL);
  ADD ("/store/refuse/foreign", test_refuse_foreign, NULL);
  ADD ("/store/refuse/too-new", test_refuse_too_new, NULL);
  ADD ("/store/refuse/folder-is-a-file", test_refuse_folder_is_a_file, NULL);
  ADD ("/store/refuse/damaged-page", test_refuse_damaged_page, NULL);
  ADD ("/store/refuse/truncated-half", test_refuse_truncated_half, NULL);
  ADD ("/store/read-only/file", test_read_only_file, NULL);
  ADD ("/store/read-only/folder", test_read_only_folder, NULL);
  ADD ("/store/read-only/asked", test_read_only_asked, NULL);
  ADD ("/store/read-only/refusals", test_read_only_refusals, NULL);
  ADD ("/store/locked-by-another-program", test_locked_by_another_program, NULL);
  ADD ("/store/import/defaults", test_import_defaults, NULL);
  ADD ("/store/import/exists", test_import_exists, NULL);
  ADD ("/store/import/atomic-empty", test_import_atomic_empty, NULL);
  ADD ("/store/import/atomic-full", test_import_atomic_full, NULL);
  ADD ("/store/import/index-as-triggers", test_import_index_as_triggers, NULL);
  ADD ("/store/import/names-party", test_import_names_party, NULL);
  ADD ("/store/import/files-streamed", test_import_files_streamed, NULL);
  ADD ("/store/import/files-name-party", test_import_files_name_party, NULL);
  ADD ("/store/import/files-atomic", test_import_files_atomic, NULL);
  ADD ("/store/find", test_find, NULL);
  ADD ("/store/export-import-export/schaduw-dansen", test_export_import_export, "schaduw-dansen");
  ADD ("/store/export-import-export/nap", test_export_import_export, "nap");
  ADD ("/store/export-import-export/inspectie", test_export_import_export, "inspectie");
  /* These two suites check against FORMAT.md and the seed files in data/;
   * they run last so that a failure there hides no other test. */
  ADD ("/store/order/items-as-in-file", test_item_order_kept, NULL);
  ADD ("/store/seed-round-trip/schaduw-dansen", test_seed_round_trip, "schaduw-dansen");
  ADD ("/store/seed-round-trip/inspectie", test_seed_round_trip, "inspectie");
  ADD ("/store/seed-round-trip/nap", test_seed_round_trip, "nap");

#undef ADD

  return g_test_run ();
}
