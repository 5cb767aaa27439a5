/* opv-test-util.c: temporary folders, source files and checksums for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-test"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "opv-test-util.h"

/* Every store test works in a folder of its own that is removed afterwards,
 * so that one test never sees another's database. */
char *
opv_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("opv-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

void
opv_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      opv_test_remove_tree (child);
    }
  g_rmdir (path);
}

static const char *
srcdir (void)
{
  const char *dir = g_getenv ("OPV_TEST_SRCDIR");

  /* Run by hand from the source tree, the tests still find their files. */
  return dir != NULL && dir[0] != '\0' ? dir : ".";
}

char *
opv_test_srcdir_file (const char *first_element,
                      ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) srcdir ());
  va_start (args, first_element);
  for (const char *p = first_element; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* The seed files as the source tree has them: data/dossiers/NAME. */
char *
opv_test_default_dossier (const char *basename)
{
  return opv_test_srcdir_file ("..", "data", "dossiers", basename, NULL);
}

GBytes *
opv_test_load_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

char *
opv_test_file_sha256 (const char *path)
{
  g_autoptr(GBytes) bytes = opv_test_load_bytes (path);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

void
opv_test_write_file (const char *path,
                     const void *data,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* Whether SQLite left a journal, WAL or shared-memory file beside the
 * database: a refused file must not get one. */
gboolean
opv_test_has_sqlite_sidecar (const char *db_path)
{
  static const char * const suffixes[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

/* Permissions mean nothing to root, who runs CI: to meet a write-protected
 * file or folder as a user does, a test run by root takes the effective
 * user and group of "nobody" (65534) for a while. Anyone else meets the
 * permissions as they are. */
#define NOBODY 65534

void
opv_test_become_nobody (void)
{
  if (geteuid () != 0)
    return;
  if (setegid (NOBODY) != 0 || seteuid (NOBODY) != 0)
    g_error ("Could not become the user nobody: %s", g_strerror (errno));
}

void
opv_test_become_self (void)
{
  if (getuid () != 0 || geteuid () == 0)
    return;
  if (seteuid (0) != 0 || setegid (0) != 0)
    g_error ("Could not become root again: %s", g_strerror (errno));
}

/* Compares two texts byte for byte; on a difference it reports the first
 * line that differs rather than two whole files. */
void
opv_test_assert_same_text (const char *what,
                           const char *expected,
                           gsize       expected_length,
                           const char *actual,
                           gsize       actual_length)
{
  gsize i = 0;
  gsize line_start = 0;
  guint line = 1;

  if (expected_length == actual_length && memcmp (expected, actual, actual_length) == 0)
    return;

  while (i < expected_length && i < actual_length && expected[i] == actual[i])
    {
      if (expected[i] == '\n')
        {
          line++;
          line_start = i + 1;
        }
      i++;
    }

  {
    const char *e_end = memchr (expected + line_start, '\n', expected_length - line_start);
    const char *a_end = memchr (actual + line_start, '\n', actual_length - line_start);
    gsize e_len = (e_end ? e_end : expected + expected_length) - (expected + line_start);
    gsize a_len = (a_end ? a_end : actual + actual_length) - (actual + line_start);
    g_autofree char *e_line = g_strndup (expected + line_start, MIN (e_len, 400));
    g_autofree char *a_line = g_strndup (actual + line_start, MIN (a_len, 400));

    g_test_message ("%s: the first difference is on line %u", what, line);
    g_assert_cmpstr (a_line, ==, e_line);
    g_assert_cmpuint (actual_length, ==, expected_length);
    g_assert_not_reached ();
  }
}

/* Checks the domain and code of @error, and that its message begins with
 * @prefix: the file and the place, which is what a user needs to fix it. */
void
opv_test_assert_error_at (const GError *error,
                          GQuark        domain,
                          int           code,
                          const char   *prefix)
{
  g_assert_nonnull (error);
  g_test_message ("error: %s", error->message);
  g_assert_cmpstr (g_quark_to_string (error->domain), ==, g_quark_to_string (domain));
  g_assert_cmpint (error->code, ==, code);
  if (!g_str_has_prefix (error->message, prefix))
    g_assert_cmpstr (error->message, ==, prefix);
  /* One line, so that the CLI can print it as one. */
  g_assert_null (strchr (error->message, '\n'));
}

/**
 * opv_test_open_with_defaults:
 *
 * Opens the database @path, new, with the default dossiers, as the first
 * start of the app does.
 */
OpvStore *
opv_test_open_with_defaults (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = opv_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (opv_store_import_defaults (store, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}
