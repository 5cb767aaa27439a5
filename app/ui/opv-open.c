/* opv-open.c: opening a database in a window, and saying what is wrong
 * with one that cannot be opened
 *
 * A file that cannot be opened is left as it is (the store guarantees
 * that) and explained in a message dialog at start, which offers what
 * makes sense for it: another file, a backup, reading it read-only, or
 * quitting.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-backup-dialog.h"
#include "opv-open.h"
#include "opv-window-private.h"

typedef struct
{
  OpvWindow         *window;
  char              *path;
  OpvStoreOpenFlags  flags;
  GError            *error;
} Failure;

static void
failure_free (Failure *failure)
{
  g_clear_object (&failure->window);
  g_free (failure->path);
  g_clear_error (&failure->error);
  g_free (failure);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Failure, failure_free)

static void present_failure (Failure *failure);

/**
 * opv_open_get_backup_count:
 *
 * Returns: how many backups to keep: the "backup-count" setting, or its
 *   default when the schema is not installed
 */
guint
opv_open_get_backup_count (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "backup-count"))
    return OPV_BACKUP_DEFAULT_KEEP;

  settings = g_settings_new_full (schema, NULL, NULL);
  return (guint) MAX (1, g_settings_get_int (settings, "backup-count"));
}

static gboolean
has_backups (const char *path)
{
  g_autoptr(GPtrArray) backups = opv_backup_list (path, NULL);

  return backups != NULL && backups->len > 0;
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   Failure         *failure)
{
  g_autoptr(Failure) owned = failure;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  /* Without another file the question stands. */
  if (path == NULL)
    present_failure (g_steal_pointer (&owned));
  else
    opv_open_database (failure->window, path, OPV_STORE_OPEN_DEFAULT);
}

static void
choose_another_file (Failure *failure)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *dir = g_path_get_dirname (failure->path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  chooser = gtk_file_chooser_native_new (_("Open a Database"), GTK_WINDOW (failure->window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Opvolging databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), failure);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_failure_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Failure          *failure)
{
  g_autoptr(Failure) owned = g_object_steal_data (G_OBJECT (dialog), "failure");

  /* A dialog can answer twice, from its button and from closing. */
  if (owned == NULL)
    return;

  if (g_str_equal (response, "open-other"))
    choose_another_file (g_steal_pointer (&owned));
  else if (g_str_equal (response, "restore"))
    gtk_window_present (GTK_WINDOW (opv_backup_dialog_new (owned->window, owned->path)));
  else if (g_str_equal (response, "retry"))
    opv_open_database (owned->window, owned->path, owned->flags);
  else if (g_str_equal (response, "read-only"))
    opv_open_database (owned->window, owned->path, owned->flags | OPV_STORE_OPEN_IGNORE_LOCKS);
  else
    {
      /* Closing the window takes this dialog with it, which is still
       * answering. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (owned->window), g_object_unref);
    }
}

static void
present_failure (Failure *failure)
{
  const GError *error = failure->error;
  AdwMessageDialog *dialog;
  const char *heading;
  const char *advice;
  gboolean can_restore = FALSE;
  gboolean in_use = FALSE;
  g_autofree char *body = NULL;

  if (g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_DATABASE) ||
      g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FOREIGN))
    {
      heading = _("Not an Opvolging Database");
      advice = _("The file has been left as it is. Open another file, or quit.");
      can_restore = g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_DATABASE) &&
                    has_backups (failure->path);
    }
  else if (g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_CORRUPT))
    {
      heading = _("The Database Is Damaged");
      can_restore = has_backups (failure->path);
      advice = can_restore ? _("The file has been left as it is. Restore a backup, which keeps the damaged file as a backup too, or open another file.")
                           : _("The file has been left as it is, and there is no backup of it. Open another file, or quit.");
    }
  else if (g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_TOO_NEW))
    {
      heading = _("Made by a Newer Version");
      advice = _("The file has been left as it is. Open it with that newer version, or open another file.");
    }
  else if (g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_BUSY))
    {
      heading = _("The Database Is in Use");
      advice = _("Another program, perhaps Opvolging on a colleague’s computer, keeps it locked. Try again later, or open it read-only to see it as it was last saved.");
      in_use = TRUE;
    }
  else
    {
      heading = _("Could Not Open the Database");
      advice = _("Open another file, or quit.");
    }

  body = g_strdup_printf ("%s\n\n%s", error->message, advice);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (failure->window), heading, body));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  adw_message_dialog_add_response (dialog, "open-other", _("_Open Another File…"));
  adw_message_dialog_set_default_response (dialog, "open-other");
  if (can_restore)
    {
      adw_message_dialog_add_response (dialog, "restore", _("_Restore from Backup…"));
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
    }
  if (in_use)
    {
      adw_message_dialog_add_response (dialog, "retry", _("_Try Again"));
      adw_message_dialog_add_response (dialog, "read-only", _("Open _Read-Only"));
      adw_message_dialog_set_response_appearance (dialog, "read-only", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "read-only");
    }
  adw_message_dialog_set_close_response (dialog, "quit");

  g_object_set_data_full (G_OBJECT (dialog), "failure", failure, (GDestroyNotify) failure_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_failure_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
present_read_only (OpvWindow *window,
                   OpvStore  *store)
{
  g_autofree char *message = opv_store_dup_access_message (store);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("Opened Read-Only"), message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window shows no database, and a dialog says why. */
static void
fail (OpvWindow         *window,
      const char        *path,
      OpvStoreOpenFlags  flags,
      GError            *error)
{
  Failure *failure = g_new0 (Failure, 1);

  opv_window_set_store (window, NULL);
  opv_window_show_error (window, error);
  failure->window = g_object_ref (window);
  failure->path = g_strdup (path);
  failure->flags = flags;
  failure->error = error;
  present_failure (failure);
}

/* The first start of a day makes the day's backup. */
/* The day's backup failing is no reason to stop work; but say so. */
static void
report_backup_failure (OpvWindow    *window,
                       const GError *error)
{
  g_autofree char *title = g_strdup_printf (_("Could not make today’s backup: %s"), error->message);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (window->toast_overlay, toast);
}

static void
back_up_for_the_day (OpvWindow *window,
                     OpvStore  *store)
{
  g_autoptr(GError) backup_error = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (opv_store_is_new (store) || opv_store_is_read_only (store))
    return;

  now = g_date_time_new_now_utc ();
  if (!opv_backup_daily (store, now, opv_open_get_backup_count (), NULL, &backup_error))
    report_backup_failure (window, backup_error);
}

static void
on_backed_up_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Failure) pending = user_data;
  g_autoptr(GError) error = NULL;

  if (!opv_backup_daily_finish (result, NULL, &error) && opv_window_get_store (pending->window) != NULL &&
      g_strcmp0 (opv_store_get_path (opv_window_get_store (pending->window)), pending->path) == 0)
    report_backup_failure (pending->window, error);
}

/* A large database is copied and checked in a worker thread: seconds for
 * a gigabyte, which the window would otherwise stand still for. */
static void
back_up_for_the_day_in_background (Failure  *pending,
                                   OpvStore *store)
{
  g_autoptr(GDateTime) now = NULL;
  Failure *backing_up;

  if (opv_store_is_new (store) || opv_store_is_read_only (store))
    return;

  backing_up = g_new0 (Failure, 1);
  backing_up->window = g_object_ref (pending->window);
  backing_up->path = g_strdup (opv_store_get_path (store));
  now = g_date_time_new_now_utc ();
  opv_backup_daily_async (backing_up->path, now, opv_open_get_backup_count (), NULL,
                          on_backed_up_cb, backing_up);
}

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  OpvStore *store = OPV_STORE (source);
  g_autoptr(Failure) pending = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = opv_store_check_in_background_finish (store, result, &error);

  /* Another database may have been opened in the window meanwhile. */
  if (opv_window_get_store (pending->window) != store)
    return;

  if (ok)
    back_up_for_the_day_in_background (pending, store);
  else
    fail (pending->window, pending->path, pending->flags, g_steal_pointer (&error));
}

/**
 * opv_open_database:
 * @path: the database file; it is created, with the default dossiers,
 *   when it does not exist
 *
 * Opens @path and shows it in @window. The first start of a day makes
 * the day's backup. A database that cannot be opened is explained in a
 * dialog over the window, and is not changed.
 */
void
opv_open_database (OpvWindow         *window,
                   const char        *path,
                   OpvStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  guint keep = opv_open_get_backup_count ();

  g_return_if_fail (OPV_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  /* A large file's pages are checked in the background, so that the
   * window shows at once; edits wait for the check. */
  store = opv_store_open_full (path, flags | OPV_STORE_OPEN_CHECK_LATER, keep, &error);
  if (store != NULL && opv_store_is_new (store) && !opv_store_import_defaults (store, &error))
    g_clear_object (&store);

  if (store == NULL)
    {
      fail (window, path, flags, g_steal_pointer (&error));
      return;
    }

  opv_window_set_store (window, store);

  if (opv_store_get_check_pending (store))
    {
      Failure *pending = g_new0 (Failure, 1);

      /* The day's backup waits for the check: a damaged file is not
       * copied into it. */
      pending->window = g_object_ref (window);
      pending->path = g_strdup (path);
      pending->flags = flags;
      opv_store_check_in_background (store, NULL, on_checked_cb, pending);
    }
  else
    back_up_for_the_day (window, store);

  if (opv_store_is_read_only (store))
    present_read_only (window, store);
}
