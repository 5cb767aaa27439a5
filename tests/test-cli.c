/* test-cli.c: the command-line verbs, run as a user runs them
 *
 * Each test runs $OPV_BINARY (the built opvolging executable) with
 * --database in a temporary folder of its own.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <grp.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "opv-test-util.h"

typedef struct
{
  char *dir;
  char *db;     /* <dir>/x.db, not created yet */
} Fixture;

typedef struct
{
  int   status;   /* exit status, or -1 when the process did not exit */
  char *out;
  char *err;
} Run;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
  f->db = g_build_filename (f->dir, "x.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Whether run_cli() runs the command as the user nobody, when the tests
 * run as root: to meet a write-protected file as a user does. */
static gboolean as_nobody;

static void
become_nobody (gpointer data)
{
  if (getuid () == 0 && (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0))
    _exit (125);
}

static void
run_clear (Run *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static const char *
binary (void)
{
  const char *path = g_getenv ("OPV_BINARY");

  if (path == NULL || path[0] == '\0')
    g_error ("OPV_BINARY is not set; run the tests with meson test");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE));
  return path;
}

/* Runs `opvolging --database DATABASE ARG…` (without --database when
 * @database is NULL) and collects what it prints. */
static void
run_cli (Run        *r,
         const char *database,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) shown = g_string_new ("opvolging");
  va_list args;

  g_ptr_array_add (argv, (gpointer) binary ());
  if (database != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--database");
      g_ptr_array_add (argv, (gpointer) database);
    }
  va_start (args, database);
  for (const char *arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    {
      g_ptr_array_add (argv, (gpointer) arg);
      g_string_append_printf (shown, " %s", arg);
    }
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* English messages and no debug output, whatever the caller's settings. */
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "G_MESSAGES_DEBUG");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);

  if (as_nobody)
    g_subprocess_launcher_set_child_setup (launcher, become_nobody, NULL, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);

  r->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  g_test_message ("%s → %d\n%s%s", shown->str, r->status, r->err, r->out);
}

static void
assert_success (const Run *r)
{
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpint (r->status, ==, 0);
}

/* A failure is told on exactly one line of stderr, "opvolging: …", with a
 * non-zero exit status and nothing on stdout. */
static void
assert_one_line_error (const Run *r)
{
  const char *newline = strchr (r->err, '\n');

  g_assert_cmpint (r->status, >, 0);
  g_assert_true (g_str_has_prefix (r->err, "opvolging: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  g_assert_cmpuint (strlen (r->err), >, strlen ("opvolging: \n"));
  g_assert_cmpstr (r->out, ==, "");
}

static gint64
dossier_rows (const char *db_path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM dossier", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static const char dossiers_output[] =
  "id\ttitle\tkind\titems\trounds\n"
  "schaduw-dansen\tOpvolging Verinorm rapport 'Schaduw dansen'\trecommendations\t33\t"
  "Update juni 2023=69;Update 2024=156\n"
  "nap\tNationaal actieprogramma seksueel grensoverschrijdend gedrag en seksueel geweld\tactivities\t83\t"
  "Voortgangsrapportage 2024=0\n"
  "inspectie\tSturen op blijvende sociale veiligheid in het hoger kunst- en mode-onderwijs\trecommendations\t21\t\n";

static void
test_dossiers (Fixture       *f,
               gconstpointer  data)
{
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };

  /* A new database starts with the three default dossiers. */
  run_cli (&first, f->db, "dossiers", NULL);
  assert_success (&first);
  g_assert_cmpstr (first.out, ==, dossiers_output);

  /* They are added once only. */
  run_cli (&again, f->db, "dossiers", NULL);
  assert_success (&again);
  g_assert_cmpstr (again.out, ==, dossiers_output);
  g_assert_cmpint (dossier_rows (f->db), ==, 3);
}

/* Splits TSV output into its lines (without the empty one after the last
 * newline). */
static GStrv
lines_of (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (lines[n - 1], ==, "");
  g_clear_pointer (&lines[n - 1], g_free);
  return g_steal_pointer (&lines);
}

static char **
line_with_code (GStrv       lines,
                const char *code)
{
  for (guint i = 1; lines[i] != NULL; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 9);
      if (strcmp (fields[2], code) == 0)
        return fields;
      g_strfreev (fields);
    }
  g_test_message ("no line for %s", code);
  g_assert_not_reached ();
  return NULL;
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Run) june = { 0 };
  g_auto(Run) newest = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) newest_lines = NULL;
  g_auto(GStrv) item_23 = NULL;
  g_auto(GStrv) item_22 = NULL;
  g_auto(GStrv) item_25 = NULL;
  g_auto(GStrv) item_11 = NULL;
  g_auto(GStrv) item_23_2024 = NULL;

  run_cli (&june, f->db, "list", "--dossier", "schaduw", "--round", "Update juni 2023", NULL);
  assert_success (&june);
  lines = lines_of (june.out);

  /* A header and the 33 recommendations. */
  g_assert_cmpuint (g_strv_length (lines), ==, 34);
  g_assert_cmpstr (lines[0], ==, "dossier\ttheme\tcode\ttitle\tparties\tnote\tstatus\ttimeframe\tfollowups");
  for (guint i = 1; lines[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (lines[i], "schaduw-dansen\t"));

  /* 001: "Alliantie, VWS, OCW", in that order; two bullets. */
  item_23 = line_with_code (lines, "2.3");
  g_assert_cmpstr (item_23[1], ==, "2");
  g_assert_cmpstr (item_23[4], ==, "Alliantie,VWS,OCW");
  g_assert_cmpstr (item_23[5], ==, "");
  g_assert_cmpstr (item_23[6], ==, "");
  g_assert_cmpstr (item_23[8], ==, "2");

  item_22 = line_with_code (lines, "2.2");
  g_assert_cmpstr (item_22[4], ==, "");
  g_assert_cmpstr (item_22[5], ==, "Gesprekken hierover lopen nog met betrokken partijen");
  g_assert_cmpstr (item_22[8], ==, "3");

  item_25 = line_with_code (lines, "2.5");
  g_assert_cmpstr (item_25[4], ==, "");
  g_assert_cmpstr (item_25[5], ==, "TBD");

  item_11 = line_with_code (lines, "1.1");
  g_assert_cmpstr (item_11[3], ==, "Geef slachtoffers erkenning voor het leed");
  g_assert_cmpstr (item_11[8], ==, "5");

  /* 5.10 follows 5.9. */
  g_assert_true (g_str_has_prefix (lines[29], "schaduw-dansen\t5\t5.9\t"));
  g_assert_true (g_str_has_prefix (lines[30], "schaduw-dansen\t5\t5.10\t"));

  /* Without --round: the newest round, where 000 names no parties. */
  run_cli (&newest, f->db, "list", "--dossier", "schaduw-dansen", NULL);
  assert_success (&newest);
  newest_lines = lines_of (newest.out);
  g_assert_cmpuint (g_strv_length (newest_lines), ==, 34);
  item_23_2024 = line_with_code (newest_lines, "2.3");
  g_assert_cmpstr (item_23_2024[4], ==, "");
  g_assert_cmpstr (item_23_2024[8], ==, "11");
}

static char *
export_json (const char *db,
             const char *dir,
             const char *slug,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_auto(Run) r = { 0 };

  run_cli (&r, db, "export", "--dossier", slug, "--format", "json", "-o", path, NULL);
  assert_success (&r);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return g_steal_pointer (&path);
}

/* export, import into a new database, export again: the same bytes. */
static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const slugs[] = { "schaduw-dansen", "nap", "inspectie" };
  g_autofree char *second_db = g_build_filename (f->dir, "second.db", NULL);
  g_auto(Run) listed = { 0 };
  g_autoptr(GString) expected_list = g_string_new ("id\ttitle\tkind\titems\trounds\n");
  g_auto(GStrv) all_lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (slugs); i++)
    {
      g_autofree char *first_name = g_strconcat (slugs[i], "-1.json", NULL);
      g_autofree char *second_name = g_strconcat (slugs[i], "-2.json", NULL);
      g_autofree char *first = export_json (f->db, f->dir, slugs[i], first_name);
      g_autofree char *second = NULL;
      g_autofree char *imported = NULL;
      g_autoptr(GBytes) first_bytes = NULL;
      g_autoptr(GBytes) second_bytes = NULL;
      g_auto(Run) r = { 0 };

      /* The first command on the new database is an import: it adds no
       * default dossiers. */
      run_cli (&r, second_db, "import", first, NULL);
      assert_success (&r);
      imported = g_strdup_printf (" %s\n", slugs[i]);
      g_assert_true (g_str_has_suffix (r.out, imported));
      g_assert_cmpint (dossier_rows (second_db), ==, i + 1);

      second = export_json (second_db, f->dir, slugs[i], second_name);
      first_bytes = opv_test_load_bytes (first);
      second_bytes = opv_test_load_bytes (second);
      opv_test_assert_same_text (second,
                                 g_bytes_get_data (first_bytes, NULL), g_bytes_get_size (first_bytes),
                                 g_bytes_get_data (second_bytes, NULL), g_bytes_get_size (second_bytes));
    }

  /* The second database holds the three imports, and nothing else. */
  run_cli (&listed, second_db, "dossiers", NULL);
  assert_success (&listed);
  g_assert_cmpstr (listed.out, ==, dossiers_output);
  all_lines = lines_of (listed.out);
  g_assert_cmpuint (g_strv_length (all_lines), ==, 4);
}

/* An import into a new database that adds nothing else: the database lists
 * the one dossier. */
static void
test_import_first (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *fixture = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_auto(Run) imported = { 0 };
  g_auto(Run) listed = { 0 };
  g_auto(Run) again = { 0 };

  run_cli (&imported, f->db, "import", fixture, NULL);
  assert_success (&imported);
  g_assert_nonnull (strstr (imported.out, "Every member of the format"));
  g_assert_true (g_str_has_suffix (imported.out, " test-complete\n"));

  run_cli (&listed, f->db, "dossiers", NULL);
  assert_success (&listed);
  g_assert_cmpstr (listed.out, ==,
                   "id\ttitle\tkind\titems\trounds\n"
                   "test-complete\tEvery member of the format\tactivities\t3\tEerste ronde=1;Tweede ronde=2\n");

  /* The same file again: refused, and said so on one line. */
  run_cli (&again, f->db, "import", fixture, NULL);
  assert_one_line_error (&again);
  g_assert_nonnull (strstr (again.err, "test-complete"));
  g_assert_cmpint (dossier_rows (f->db), ==, 1);
}

/* TSV output escapes tabs, line breaks and backslashes, so that every
 * record stays one line of nine fields. */
static void
test_list_escapes (Fixture       *f,
                   gconstpointer  data)
{
  static const char json[] =
    "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{"
    "\"id\":\"tsv\",\"title\":\"Tab\\there\",\"kind\":\"recommendations\","
    "\"parties\":[{\"short_name\":\"OCW\"}],"
    "\"rounds\":[{\"label\":\"R\",\"period\":\"2024\"}],"
    "\"themes\":[{\"number\":\"1\",\"title\":\"T\",\"items\":[{\"code\":\"1.1\","
    "\"title\":\"a\\tb\\nc\\\\d\\re\","
    "\"rounds\":[{\"round\":\"R\",\"status\":\"done\",\"timeframe\":\"Q1\\t2024\","
    "\"responsibility_note\":\"twee\\nregels\",\"parties\":[{\"party\":\"OCW\"}],"
    "\"followups\":[{\"text\":\"F\"}]}]}]}]}}";
  g_autofree char *path = g_build_filename (f->dir, "tsv.json", NULL);
  g_auto(Run) imported = { 0 };
  g_auto(Run) listed = { 0 };
  g_auto(Run) dossiers = { 0 };

  opv_test_write_file (path, json, -1);
  run_cli (&imported, f->db, "import", path, NULL);
  assert_success (&imported);

  run_cli (&listed, f->db, "list", "--dossier", "tsv", NULL);
  assert_success (&listed);
  g_assert_cmpstr (listed.out, ==,
                   "dossier\ttheme\tcode\ttitle\tparties\tnote\tstatus\ttimeframe\tfollowups\n"
                   "tsv\t1\t1.1\ta\\tb\\nc\\\\d\\re\tOCW\ttwee\\nregels\tdone\tQ1\\t2024\t1\n");

  run_cli (&dossiers, f->db, "dossiers", NULL);
  assert_success (&dossiers);
  g_assert_cmpstr (dossiers.out, ==,
                   "id\ttitle\tkind\titems\trounds\n"
                   "tsv\tTab\\there\trecommendations\t1\tR=1\n");
}

static void
test_error_unknown_command (Fixture       *f,
                            gconstpointer  data)
{
  g_auto(Run) r = { 0 };

  run_cli (&r, f->db, "frobnicate", NULL);
  assert_one_line_error (&r);
  g_assert_nonnull (strstr (r.err, "frobnicate"));
}

static void
test_error_unknown_dossier (Fixture       *f,
                            gconstpointer  data)
{
  g_auto(Run) listing = { 0 };
  g_auto(Run) exporting = { 0 };
  g_auto(Run) ambiguous = { 0 };
  g_auto(Run) two_lines = { 0 };
  g_autofree char *out = g_build_filename (f->dir, "out.json", NULL);

  run_cli (&listing, f->db, "list", "--dossier", "begroting", NULL);
  assert_one_line_error (&listing);
  g_assert_nonnull (strstr (listing.err, "begroting"));

  run_cli (&exporting, f->db, "export", "--dossier", "begroting", "--format", "json", "-o", out, NULL);
  assert_one_line_error (&exporting);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* A line break in what the user typed does not split the message. */
  run_cli (&two_lines, f->db, "list", "--dossier", "twee\nregels", NULL);
  assert_one_line_error (&two_lines);
  g_assert_nonnull (strstr (two_lines.err, "twee regels"));

  /* "e" is in every title. */
  run_cli (&ambiguous, f->db, "list", "--dossier", "e", NULL);
  assert_one_line_error (&ambiguous);
  g_assert_nonnull (strstr (ambiguous.err, "schaduw-dansen, nap, inspectie"));
}

static void
test_error_malformed_import (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *status = opv_test_srcdir_file ("fixtures", "exchange", "unknown-status.json", NULL);
  g_autofree char *truncated = opv_test_srcdir_file ("fixtures", "exchange", "truncated.json", NULL);
  g_autofree char *where = g_strconcat (status, ": $.dossier.themes[0].items[1].rounds[0].status: ", NULL);
  g_auto(Run) r = { 0 };
  g_auto(Run) syntax = { 0 };

  run_cli (&r, f->db, "import", status, NULL);
  assert_one_line_error (&r);
  g_assert_nonnull (strstr (r.err, where));

  run_cli (&syntax, f->db, "import", truncated, NULL);
  assert_one_line_error (&syntax);
  g_assert_nonnull (strstr (syntax.err, truncated));

  /* Nothing was added: no database was made, or it holds no dossier. */
  if (g_file_test (f->db, G_FILE_TEST_EXISTS))
    g_assert_cmpint (dossier_rows (f->db), ==, 0);
}

static void
test_error_database_is_text (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *notes = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *fixture = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_auto(Run) listing = { 0 };
  g_auto(Run) importing = { 0 };

  opv_test_write_file (notes, "Boodschappen: brood, kaas, appels.\n", -1);
  before = opv_test_file_sha256 (notes);

  run_cli (&listing, notes, "dossiers", NULL);
  assert_one_line_error (&listing);
  g_assert_nonnull (strstr (listing.err, notes));

  run_cli (&importing, notes, "import", fixture, NULL);
  assert_one_line_error (&importing);

  after = opv_test_file_sha256 (notes);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (opv_test_has_sqlite_sidecar (notes));
}

static void
test_error_usage (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out.xlsx", NULL);
  g_auto(Run) no_file = { 0 };
  g_auto(Run) bad_format = { 0 };
  g_auto(Run) bad_option = { 0 };

  run_cli (&no_file, f->db, "import", NULL);
  assert_one_line_error (&no_file);

  run_cli (&bad_format, f->db, "export", "--dossier", "nap", "--format", "pdf", "-o", out, NULL);
  assert_one_line_error (&bad_format);
  g_assert_nonnull (strstr (bad_format.err, "pdf"));

  run_cli (&bad_option, f->db, "dossiers", "--no-such-option", NULL);
  assert_one_line_error (&bad_option);
}

/* An import into a database that holds something backs it up first;
 * "backups" lists it, and "restore" puts it back, keeping what was there. */
static void
test_backups_and_restore (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *fixture = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_auto(Run) made = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) imported = { 0 };
  g_auto(Run) listed = { 0 };
  g_auto(Run) restored = { 0 };
  g_auto(Run) listed_again = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) usage = { 0 };
  g_auto(GStrv) rows = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) rows_again = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *expected = NULL;
  GStatBuf st;

  run_cli (&made, f->db, "dossiers", NULL);
  assert_success (&made);
  run_cli (&none, f->db, "backups", NULL);
  assert_success (&none);
  g_assert_cmpstr (none.out, ==, "backup\tcreated\tsize\treason\n");

  run_cli (&imported, f->db, "import", fixture, NULL);
  assert_success (&imported);
  g_assert_cmpint (dossier_rows (f->db), ==, 4);

  run_cli (&listed, f->db, "backups", NULL);
  assert_success (&listed);
  rows = lines_of (listed.out);
  g_assert_cmpuint (g_strv_length (rows), ==, 2);
  g_assert_cmpstr (rows[0], ==, "backup\tcreated\tsize\treason");
  fields = g_strsplit (rows[1], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 4);
  g_assert_true (g_str_has_prefix (fields[0], "x-"));
  g_assert_true (g_str_has_suffix (fields[0], "-import.db"));
  g_assert_true (g_str_has_suffix (fields[1], "Z"));
  {
    g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (fields[1], NULL);
    g_assert_nonnull (created);
  }
  backup_path = g_build_filename (folder, fields[0], NULL);
  g_assert_cmpint (g_stat (backup_path, &st), ==, 0);
  {
    g_autofree char *size = g_strdup_printf ("%" G_GOFFSET_FORMAT, (goffset) st.st_size);
    g_assert_cmpstr (fields[2], ==, size);
  }
  g_assert_cmpstr (fields[3], ==, "import");

  run_cli (&restored, f->db, "restore", fields[0], NULL);
  assert_success (&restored);
  expected = g_strdup_printf ("Restored “%s” from the backup of ", f->db);
  g_assert_true (g_str_has_prefix (restored.out, expected));
  g_assert_nonnull (strstr (restored.out, "\nWhat it held before is kept as the backup x-"));
  g_assert_cmpint (dossier_rows (f->db), ==, 3);

  run_cli (&listed_again, f->db, "backups", NULL);
  assert_success (&listed_again);
  rows_again = lines_of (listed_again.out);
  g_assert_cmpuint (g_strv_length (rows_again), ==, 3);
  g_assert_true (g_str_has_suffix (rows_again[1], "\trestore"));
  g_assert_cmpstr (rows_again[2], ==, rows[1]);

  run_cli (&unknown, f->db, "restore", "x-19990101-000000-daily.db", NULL);
  assert_one_line_error (&unknown);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "opvolging backups"));

  run_cli (&usage, f->db, "restore", NULL);
  assert_one_line_error (&usage);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_cmpint (dossier_rows (f->db), ==, 3);
}

/* Each kind of file that is not a usable database is refused on one line,
 * and left exactly as it was. */
static void
test_error_unusable_databases (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *foreign = g_build_filename (f->dir, "recepten.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "nieuwer.db", NULL);
  g_autofree char *truncated = g_build_filename (f->dir, "afgebroken.db", NULL);
  const char *cases[] = { foreign, newer, truncated };
  const char *says[] = { "SQLite database of another program", "newer version of Opvolging", "is damaged" };
  g_auto(Run) made = { 0 };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recept (naam TEXT); INSERT INTO recept VALUES ('stamppot')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1332770380; PRAGMA user_version = 99; "
                                     "CREATE TABLE dossier (id INTEGER PRIMARY KEY)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  run_cli (&made, f->db, "dossiers", NULL);
  assert_success (&made);
  {
    g_autoptr(GBytes) whole = opv_test_load_bytes (f->db);
    opv_test_write_file (truncated, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole) / 2);
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *before = opv_test_file_sha256 (cases[i]);
      g_autofree char *after = NULL;
      g_autofree char *fixture = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
      g_auto(Run) listing = { 0 };
      g_auto(Run) importing = { 0 };
      g_auto(Run) read_only = { 0 };

      run_cli (&listing, cases[i], "dossiers", NULL);
      assert_one_line_error (&listing);
      g_assert_nonnull (strstr (listing.err, cases[i]));
      g_assert_nonnull (strstr (listing.err, says[i]));

      run_cli (&importing, cases[i], "import", fixture, NULL);
      assert_one_line_error (&importing);
      run_cli (&read_only, cases[i], "--read-only", "list", NULL);
      assert_one_line_error (&read_only);
      g_assert_nonnull (strstr (read_only.err, says[i]));

      after = opv_test_file_sha256 (cases[i]);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (opv_test_has_sqlite_sidecar (cases[i]));
    }
}

/* A write-protected database is read, with a line that says it is
 * read-only; what would change it is refused, and it stays as it was. */
static void
test_read_only_database (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *fixture = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *note = NULL;
  g_auto(Run) made = { 0 };
  g_auto(Run) listed = { 0 };
  g_auto(Run) imported = { 0 };
  g_auto(Run) exported = { 0 };
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *workbook = g_build_filename (out_dir, "nap.xlsx", NULL);

  run_cli (&made, f->db, "dossiers", NULL);
  assert_success (&made);
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (f->db, 0444), ==, 0);
  before = opv_test_file_sha256 (f->db);

  g_assert_cmpint (g_mkdir (out_dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (out_dir, 0777), ==, 0);

  as_nobody = TRUE;
  run_cli (&listed, f->db, "dossiers", NULL);
  run_cli (&imported, f->db, "import", fixture, NULL);
  run_cli (&exported, f->db, "export", "--dossier", "nap", "--format", "xlsx", "-o", workbook, NULL);
  as_nobody = FALSE;

  /* The export reads with a connection of its own, which must read the
   * file as the store does, without a -shm file beside it. */
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_true (g_file_test (workbook, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (listed.status, ==, 0);
  g_assert_cmpstr (listed.out, ==, dossiers_output);
  note = g_strdup_printf ("opvolging: “%s” is open read-only, because the file is write-protected: "
                          "changes cannot be saved.\n", f->db);
  g_assert_cmpstr (listed.err, ==, note);

  g_assert_cmpint (imported.status, ==, 1);
  g_assert_true (g_str_has_suffix (imported.err, "cannot be changed: it is read-only.\n"));

  after = opv_test_file_sha256 (f->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (opv_test_has_sqlite_sidecar (f->db));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Another program keeps the database locked: after the busy timeout the
 * command says so on one line and suggests --read-only, which works. */
static void
test_locked_database (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) made = { 0 };
  g_auto(Run) locked = { 0 };
  g_auto(Run) read_only = { 0 };
  g_auto(Run) exported = { 0 };
  g_autofree char *workbook = g_build_filename (f->dir, "nap.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *holder = NULL;

  run_cli (&made, f->db, "dossiers", NULL);
  assert_success (&made);
  /* Read before the lock is taken: closing any descriptor of the file
   * would release this process's POSIX locks on it. */
  before = opv_test_file_sha256 (f->db);
  g_assert_cmpint (sqlite3_open (f->db, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                         "UPDATE dossier SET title = 'Half bewerkt'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  run_cli (&locked, f->db, "dossiers", NULL);
  assert_one_line_error (&locked);
  g_assert_nonnull (strstr (locked.err, "is in use by another program"));
  g_assert_nonnull (strstr (locked.err, "--read-only"));

  run_cli (&read_only, f->db, "--read-only", "dossiers", NULL);
  g_assert_cmpint (read_only.status, ==, 0);
  g_assert_cmpstr (read_only.out, ==, dossiers_output);
  g_assert_true (g_str_has_suffix (read_only.err, "changes cannot be saved.\n"));

  /* The export's own connection reads it as it was last saved too. */
  run_cli (&exported, f->db, "--read-only", "export", "--dossier", "nap", "--format", "xlsx", "-o", workbook, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_true (g_file_test (workbook, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
  after = opv_test_file_sha256 (f->db);
  g_assert_cmpstr (after, ==, before);
}

/* The acceptance example of issue 4: "orienterende" finds Schaduw dansen
 * 3.7 in the June 2023 round, with the word marked. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_auto(Run) nap = { 0 };
  g_auto(GStrv) lines = NULL;

  run_cli (&r, f->db, "search", "orienterende", NULL);
  assert_success (&r);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* header, one hit, the final "" */
  g_assert_cmpstr (lines[0], ==, "dossier\tcode\tround\twhere\tsnippet");
  g_assert_true (g_str_has_prefix (lines[1], "schaduw-dansen\t3.7\tUpdate juni 2023\tfollow-up\t"));
  g_assert_nonnull (strstr (lines[1], "**oriënterende**"));

  /* --dossier narrows the search; a word the dossier lacks finds nothing. */
  run_cli (&nap, f->db, "search", "orienterende", "--dossier", "nap", NULL);
  assert_success (&nap);
  g_assert_cmpstr (nap.out, ==, "dossier\tcode\tround\twhere\tsnippet\n");
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

  ADD ("/cli/dossiers", test_dossiers);
  ADD ("/cli/list", test_list);
  ADD ("/cli/list-escapes", test_list_escapes);
  ADD ("/cli/export-import", test_export_import);
  ADD ("/cli/import-first", test_import_first);
  ADD ("/cli/error/unknown-command", test_error_unknown_command);
  ADD ("/cli/error/unknown-dossier", test_error_unknown_dossier);
  ADD ("/cli/error/malformed-import", test_error_malformed_import);
  ADD ("/cli/error/database-is-text", test_error_database_is_text);
  ADD ("/cli/error/usage", test_error_usage);
  ADD ("/cli/search", test_search);
  ADD ("/cli/backups-and-restore", test_backups_and_restore);
  ADD ("/cli/error/unusable-databases", test_error_unusable_databases);
  ADD ("/cli/read-only-database", test_read_only_database);
  ADD ("/cli/locked-database", test_locked_database);

#undef ADD

  return g_test_run ();
}
