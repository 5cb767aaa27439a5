/* test-export-dialog.c: the export dialog writes the workbook in a worker
 * thread, reading the dossier there from the database
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "opv-core.h"
#include "opv-export-dialog-private.h"
#include "opv-test-util.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

typedef struct
{
  gboolean  done;
  char     *path;
  GError   *error;
} Finished;

static void
on_finished_cb (OpvExportDialog *dialog,
                const char      *path,
                const GError    *error,
                Finished        *finished)
{
  finished->done = TRUE;
  finished->path = g_strdup (path);
  finished->error = error ? g_error_copy (error) : NULL;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_export_in_worker (void)
{
  g_autofree char *dir = opv_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "dialog.db", NULL);
  g_autofree char *path = g_build_filename (dir, "dialog.xlsx", NULL);
  g_autofree char *reference = g_build_filename (dir, "reference.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  OpvExportDialog *dialog;
  OpvWindow *window;
  Finished finished = { 0 };
  OpvExportOptions options;
  g_autoptr(OpvDossier) listed = NULL;
  g_autoptr(OpvRound) round = NULL;
  gint64 deadline;

  store = opv_store_open (database, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_defaults (store, &error));
  g_assert_no_error (error);

  window = opv_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  dialog = opv_export_dialog_new (window);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();

  listed = g_object_ref (opv_export_dialog_get_dossier (dialog));
  round = opv_export_dialog_get_round (dialog);
  if (round != NULL)
    g_object_ref (round);
  /* What the dialog will export; on success it closes itself. */
  opv_export_dialog_get_options (dialog, &options);
  g_signal_connect (dialog, "finished", G_CALLBACK (on_finished_cb), &finished);

  g_assert_true (opv_export_dialog_export_to (dialog, path));
  g_assert_true (opv_export_dialog_get_busy (dialog));
  /* A second export waits for the first. */
  g_assert_false (opv_export_dialog_export_to (dialog, path));

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!finished.done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (finished.done);
  g_assert_no_error (finished.error);
  g_assert_cmpstr (finished.path, ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The dialog's options, written from the loaded dossier: the same
   * workbook, but for the time it was made, which is in the document's
   * properties; so the same size. */
  {
    g_autoptr(OpvDossier) dossier = opv_store_load_dossier (store, opv_dossier_get_id (listed), &error);
    g_autoptr(GFile) a = g_file_new_for_path (path);
    g_autoptr(GFile) b = g_file_new_for_path (reference);
    g_autoptr(GFileInfo) info_a = NULL;
    g_autoptr(GFileInfo) info_b = NULL;

    g_assert_no_error (error);
    g_assert_true (opv_export_xlsx (dossier, round ? opv_dossier_find_round (dossier, opv_round_get_label (round)) : NULL,
                                    &options, reference, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    info_a = g_file_query_info (a, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);
    info_b = g_file_query_info (b, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_file_info_get_size (info_a), ==, g_file_info_get_size (info_b));
    g_assert_cmpint (g_file_info_get_size (info_a), >, 5000);
  }
  opv_export_options_clear (&options);

  /* Done: the dialog closed itself and the window shows a toast. */
  iterate ();
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_free (finished.path);
  g_clear_object (&store);
  opv_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      /* meson's TAP reader counts exit code 77 as a failure. */
      g_print ("1..0 # SKIP no display; run under xvfb-run\n");
      return 0;
    }

  opv_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  opv_ui_init ();
  g_test_add_func ("/export-dialog/export-in-worker", test_export_in_worker);
  return g_test_run ();
}
