/* test-open.c: opening a database in the window: the dialogs for files
 * that cannot be opened, read-only files, and restoring a backup
 *
 * Run in English and, with LANGUAGE=nl, in Dutch, under a virtual X
 * server, as test-window.c is.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "opv-backup-dialog-private.h"
#include "opv-core.h"
#include "opv-open.h"
#include "opv-store-private.h"
#include "opv-test-util.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

typedef struct
{
  char      *dir;
  char      *path;     /* <dir>/opvolging.db, not made yet */
  OpvWindow *window;
} Fixture;

static gboolean dutch;

#define TR(en, nl) (dutch ? (nl) : (en))

static void
iterate (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "opvolging.db", NULL);

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_reset (settings, "last-dossier");
    g_settings_reset (settings, "last-round");
  }

  /* As the application does: the window first, the database after. */
  f->window = g_object_ref (opv_window_new (NULL, NULL));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  iterate ();
}

static void
destroy_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window) || OPV_IS_BACKUP_DIALOG (window))
        gtk_window_destroy (window);
    }
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  destroy_dialogs ();
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_clear_object (&f->window);
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The message dialog on screen, as a user would see it. */
static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static OpvBackupDialog *
find_backup_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (OPV_IS_BACKUP_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return OPV_BACKUP_DIALOG (window);
    }
  return NULL;
}

/* Activates a backup's row, as Enter or a click does. The row's button
 * shows itself pressed for a moment before it is clicked, so this waits
 * for the confirmation. */
static AdwMessageDialog *
activate_row (GtkWidget *row)
{
  adw_action_row_activate (ADW_ACTION_ROW (row));
  for (int i = 0; i < 100 && find_dialog () == NULL; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  return find_dialog ();
}

/* Answers the dialog on screen, as a click on the button does. */
static void
answer (const char *response)
{
  AdwMessageDialog *dialog = find_dialog ();

  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  /* As libadwaita's buttons do: close, then respond, holding a reference,
   * for the response may destroy the dialog's parent and so the dialog. */
  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  adw_message_dialog_response (dialog, response);
  g_object_unref (dialog);
  iterate ();
}

static void
make_database (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = opv_store_open (f->path, &error);

  g_assert_no_error (error);
  opv_store_import_defaults (store, &error);
  g_assert_no_error (error);
}

static guint
shown_dossiers (Fixture *f)
{
  GListModel *dossiers = gtk_drop_down_get_model (f->window->dossier_dropdown);

  return dossiers ? g_list_model_get_n_items (dossiers) : 0;
}

static guint
count_backups (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = opv_backup_list (path, &error);

  g_assert_no_error (error);
  return backups->len;
}

/* Another program's database: the dialog says what it is, offers another
 * file or quitting, and the file stays as it was. */
static void
test_foreign_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recept (naam TEXT); INSERT INTO recept VALUES ('stamppot')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = opv_test_file_sha256 (f->path);

  opv_open_database (f->window, f->path, OPV_STORE_OPEN_DEFAULT);
  iterate ();

  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   TR ("Not an Opvolging Database", "Geen Opvolging-database"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), f->path));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            TR ("SQLite database of another program", "SQLite-database van een ander programma")));
  g_assert_true (adw_message_dialog_has_response (dialog, "open-other"));
  g_assert_true (adw_message_dialog_has_response (dialog, "quit"));
  g_assert_false (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_null (opv_window_get_store (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "error");

  after = opv_test_file_sha256 (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (opv_test_has_sqlite_sidecar (f->path));

  /* Quit closes the window. */
  answer ("quit");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window)));
}

/* A large database is shown before every page of it is checked; a
 * damaged one is then explained as at once, nothing is written to it in
 * the meantime, and an edit tried before the check ends is refused. */
static void
test_large_file_checked_later (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *damaged_sum = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog = NULL;

  make_database (f);

  /* A whole file: shown, checked, and the day's backup made after. */
  opv_store_set_check_later_from (1);
  opv_open_database (f->window, f->path, OPV_STORE_OPEN_DEFAULT);
  g_assert_nonnull (opv_window_get_store (f->window));
  g_assert_cmpuint (shown_dossiers (f), ==, 3);
  for (int i = 0; i < 500 && count_backups (f->path) == 0; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  g_assert_cmpuint (count_backups (f->path), ==, 1);
  g_assert_null (find_dialog ());
  opv_window_set_store (f->window, NULL);

  /* A damaged one: a page in the middle overwritten, which only reading
   * every page finds. */
  {
    g_autoptr(GBytes) whole = opv_test_load_bytes (f->path);
    gsize size = g_bytes_get_size (whole);
    g_autofree guint8 *bytes = g_memdup2 (g_bytes_get_data (whole, NULL), size);
    gsize page = (size / 2) / 4096 * 4096;

    memset (bytes + page, 0xa5, 4096);
    opv_test_write_file (f->path, bytes, size);
  }
  damaged_sum = opv_test_file_sha256 (f->path);

  {
    g_autoptr(OpvStore) store = opv_store_open_full (f->path, OPV_STORE_OPEN_CHECK_LATER, 10, &error);

    /* Opened without the check; the first write runs it and is refused. */
    g_assert_no_error (error);
    g_assert_true (opv_store_get_check_pending (store));
    g_assert_false (opv_store_rename_dossier (store, 1, "Niet geschreven", NULL, &error));
    g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_CORRUPT);
    g_clear_error (&error);
  }

  opv_open_database (f->window, f->path, OPV_STORE_OPEN_DEFAULT);
  for (int i = 0; i < 500 && (dialog = find_dialog ()) == NULL; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  opv_store_set_check_later_from (0);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   TR ("The Database Is Damaged", "De database is beschadigd"));
  g_assert_null (opv_window_get_store (f->window));
  now = opv_test_file_sha256 (f->path);
  g_assert_cmpstr (now, ==, damaged_sum);
}

/* A damaged database with backups: the dialog offers one; restoring it
 * keeps the damaged file and shows the restored dossiers. */
static void
test_damaged_file_offers_backup (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *damaged_sum = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  OpvBackupDialog *backup_dialog;
  GtkWidget *row;

  make_database (f);
  {
    g_autoptr(OpvStore) store = opv_store_open (f->path, &error);
    g_autoptr(OpvBackup) backup = opv_backup_create (store, OPV_BACKUP_DAILY, 10, &error);

    g_assert_no_error (error);
  }
  {
    g_autoptr(GBytes) whole = opv_test_load_bytes (f->path);
    opv_test_write_file (f->path, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole) / 2);
  }
  damaged_sum = opv_test_file_sha256 (f->path);

  opv_open_database (f->window, f->path, OPV_STORE_OPEN_DEFAULT);
  iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   TR ("The Database Is Damaged", "De database is beschadigd"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), f->path));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "restore");
  {
    g_autofree char *now = opv_test_file_sha256 (f->path);
    g_assert_cmpstr (now, ==, damaged_sum);
  }

  answer ("restore");
  backup_dialog = find_backup_dialog ();
  g_assert_nonnull (backup_dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (backup_dialog->stack), ==, "list");
  row = gtk_widget_get_first_child (GTK_WIDGET (backup_dialog->list));
  g_assert_nonnull (row);
  g_assert_null (gtk_widget_get_next_sibling (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            TR ("Daily backup", "Dagelijkse reservekopie")));

  /* Restoring asks first. */
  dialog = activate_row (row);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   TR ("Restore This Backup?", "Deze reservekopie terugzetten?"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  answer ("restore");

  g_assert_null (find_backup_dialog ());
  g_assert_null (find_dialog ());
  g_assert_nonnull (opv_window_get_store (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "main");
  g_assert_cmpuint (shown_dossiers (f), ==, 3);

  /* The damaged file is kept, byte for byte, as the newest backup. */
  backups = opv_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 2);
  {
    OpvBackup *kept = g_ptr_array_index (backups, 0);
    g_autofree char *kept_sum = opv_test_file_sha256 (kept->path);

    g_assert_cmpint (kept->reason, ==, OPV_BACKUP_BEFORE_RESTORE);
    g_assert_cmpstr (kept_sum, ==, damaged_sum);
  }
}

/* Read-only, the window says so in a dialog and in a bar that stays, and
 * the store refuses changes; the file stays as it was. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  OpvStore *store;

  make_database (f);
  before = opv_test_file_sha256 (f->path);

  opv_open_database (f->window, f->path, OPV_STORE_OPEN_READ_ONLY);
  iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   TR ("Opened Read-Only", "Alleen-lezen geopend"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), f->path));
  answer ("close");

  store = opv_window_get_store (f->window);
  g_assert_nonnull (store);
  g_assert_true (opv_store_is_read_only (store));
  g_assert_cmpuint (shown_dossiers (f), ==, 3);
  g_assert_true (gtk_info_bar_get_revealed (f->window->read_only_bar));
  g_assert_nonnull (strstr (gtk_label_get_label (f->window->read_only_label),
                            TR ("is open read-only", "is alleen-lezen geopend")));

  g_assert_cmpint (opv_store_create_dossier (store, "Nieuw", OPV_DOSSIER_KIND_RECOMMENDATIONS, &error), ==, 0);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY);
  g_assert_cmpuint (shown_dossiers (f), ==, 3);
  /* No day's backup of a file that cannot change. */
  g_assert_cmpuint (count_backups (f->path), ==, 0);

  opv_window_set_store (f->window, NULL);
  after = opv_test_file_sha256 (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (opv_test_has_sqlite_sidecar (f->path));
  g_assert_false (gtk_info_bar_get_revealed (f->window->read_only_bar));
}

/* Another program keeps the database locked: after the wait, the dialog
 * offers to open it read-only, which shows it at once. */
static void
test_locked_offers_read_only (Fixture       *f,
                              gconstpointer  data)
{
  AdwMessageDialog *dialog;
  sqlite3 *holder = NULL;

  make_database (f);
  g_assert_cmpint (sqlite3_open (f->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                         "UPDATE dossier SET title = 'Half bewerkt'", NULL, NULL, NULL), ==, SQLITE_OK);

  opv_open_database (f->window, f->path, OPV_STORE_OPEN_DEFAULT);
  iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   TR ("The Database Is in Use", "De database is in gebruik"));
  g_assert_true (adw_message_dialog_has_response (dialog, "retry"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "read-only");

  answer ("read-only");
  g_assert_nonnull (opv_window_get_store (f->window));
  g_assert_cmpint (opv_store_get_access (opv_window_get_store (f->window)), ==, OPV_STORE_ACCESS_READ_ONLY_IN_USE);
  g_assert_cmpuint (shown_dossiers (f), ==, 3);
  g_assert_true (gtk_info_bar_get_revealed (f->window->read_only_bar));
  answer ("close");

  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
}

/* "Restore from Backup…" in a working window: it lists the backups with
 * date and size, restores after asking, and the window shows the restored
 * database through a new store. */
static void
test_restore_backup_action (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) old_store = NULL;
  g_autoptr(OpvBackup) daily = NULL;
  OpvBackupDialog *backup_dialog;
  GtkWidget *row;

  make_database (f);
  opv_open_database (f->window, f->path, OPV_STORE_OPEN_DEFAULT);
  iterate ();
  g_assert_null (find_dialog ());
  g_assert_cmpuint (shown_dossiers (f), ==, 3);
  g_assert_false (gtk_info_bar_get_revealed (f->window->read_only_bar));

  /* The first start of the day made the day's backup. */
  g_assert_cmpuint (count_backups (f->path), ==, 1);
  {
    g_autoptr(GPtrArray) backups = opv_backup_list (f->path, &error);
    daily = g_ptr_array_steal_index (backups, 0);
  }
  g_assert_cmpint (daily->reason, ==, OPV_BACKUP_DAILY);

  old_store = g_object_ref (opv_window_get_store (f->window));
  {
    g_autoptr(OpvDossier) nap = opv_store_find_dossier (old_store, "nap", &error);
    g_assert_true (opv_store_delete_dossier (old_store, opv_dossier_get_id (nap), &error));
    g_assert_no_error (error);
  }
  iterate ();
  g_assert_cmpuint (shown_dossiers (f), ==, 2);
  g_assert_true (opv_store_can_undo (old_store));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-backup", NULL));
  iterate ();
  backup_dialog = find_backup_dialog ();
  g_assert_nonnull (backup_dialog);
  row = gtk_widget_get_first_child (GTK_WIDGET (backup_dialog->list));
  g_assert_nonnull (row);
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (daily->created);
    g_autofree char *time = g_date_time_format (local, "%H:%M");
    g_autofree char *size = g_format_size (daily->size);
    g_autofree char *year = g_date_time_format (local, "%Y");
    const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
    const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    char day[32];

    g_test_message ("%s — %s", title, subtitle);
    g_assert_true (g_str_has_suffix (title, time));
    g_assert_nonnull (strstr (title, year));
    g_snprintf (day, sizeof day, "%d ", g_date_time_get_day_of_month (local));
    g_assert_true (g_str_has_prefix (title, day));
    g_assert_nonnull (strstr (subtitle, size));
  }

  /* Cancel keeps everything as it is. */
  g_assert_nonnull (activate_row (row));
  answer ("cancel");
  g_assert_true (opv_window_get_store (f->window) == old_store);
  g_assert_cmpuint (shown_dossiers (f), ==, 2);

  g_assert_nonnull (activate_row (row));
  answer ("restore");
  g_assert_null (find_backup_dialog ());

  /* A new store, without the old one's undo history. */
  g_assert_nonnull (opv_window_get_store (f->window));
  g_assert_true (opv_window_get_store (f->window) != old_store);
  g_assert_false (opv_store_can_undo (opv_window_get_store (f->window)));
  g_assert_cmpuint (shown_dossiers (f), ==, 3);
  g_assert_cmpuint (count_backups (f->path), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  const char *language = g_getenv ("LANGUAGE");

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      /* meson's TAP reader counts exit code 77 as a failure. */
      g_print ("1..0 # SKIP no display; run under xvfb-run\n");
      return 0;
    }

  dutch = language != NULL && g_str_has_prefix (language, "nl");

  opv_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  opv_ui_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/open/foreign-file", test_foreign_file);
  ADD ("/open/damaged-file-offers-backup", test_damaged_file_offers_backup);
  ADD ("/open/large-file-checked-later", test_large_file_checked_later);
  ADD ("/open/read-only", test_read_only);
  ADD ("/open/locked-offers-read-only", test_locked_offers_read_only);
  ADD ("/open/restore-backup-action", test_restore_backup_action);

#undef ADD

  return g_test_run ();
}
