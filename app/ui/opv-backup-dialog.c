/* opv-backup-dialog.c: the backups of a database, to restore one
 *
 * Lists the backups with their date, why they were made and their size.
 * Restoring asks first; the database's contents are then kept as a
 * backup of their own, the backup is copied in, and the window opens the
 * database anew, so that nothing of the old store (its undo history, its
 * loaded dossiers) outlives what it described.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-backup-dialog-private.h"
#include "opv-open.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

G_DEFINE_FINAL_TYPE (OpvBackupDialog, opv_backup_dialog, ADW_TYPE_WINDOW)

/* "5 March 2025, 14:03", in local time and the UI language. */
static char *
describe_time (GDateTime *created)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (created);
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *date = opv_format_period (day);
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  /* Translators: when a backup was made: a date and a time, as in
   * "5 March 2025, 14:03" */
  return g_strdup_printf (C_("backup time", "%1$s, %2$s"), date, time);
}

static void
restore (OpvBackupDialog *self,
         OpvBackup       *backup)
{
  g_autoptr(OpvWindow) window = g_object_ref (self->window);
  g_autofree char *path = g_strdup (self->db_path);
  g_autofree char *when = describe_time (backup->created);
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;

  if (!opv_backup_restore (path, backup->path, opv_open_get_backup_count (), NULL, &error))
    {
      AdwMessageDialog *failed;

      failed = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Restore the Backup"),
                                                           error->message));
      adw_message_dialog_add_response (failed, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
      return;
    }

  self->restored = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));

  /* The window reads the restored file through a new store. */
  opv_open_database (window, path, OPV_STORE_OPEN_DEFAULT);
  done = g_strdup_printf (_("Restored the backup of %s"), when);
  adw_toast_overlay_add_toast (window->toast_overlay, adw_toast_new (done));
}

static gboolean
restore_idle_cb (gpointer data)
{
  OpvBackupDialog *self = data;

  if (self->window != NULL && self->pending > 0)
    restore (self, g_ptr_array_index (self->backups, self->pending - 1));
  return G_SOURCE_REMOVE;
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        OpvBackupDialog  *self)
{
  guint index = GPOINTER_TO_UINT (g_object_steal_data (G_OBJECT (dialog), "index"));

  /* A dialog can answer twice, from its button and from closing. */
  if (index == 0 || !g_str_equal (response, "restore"))
    return;

  /* Restoring closes this dialog, which must outlive the confirmation
   * that is still answering. */
  self->pending = index;
  g_idle_add_full (G_PRIORITY_DEFAULT, restore_idle_cb, g_object_ref (self), g_object_unref);
}

static void
on_restore_clicked_cb (GtkButton       *button,
                       OpvBackupDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  OpvBackup *backup = g_ptr_array_index (self->backups, index - 1);
  g_autofree char *when = describe_time (backup->created);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  body = g_strdup_printf (_("“%s” will be replaced by the backup of %s. What it holds now is kept as a backup first, so that you can go back to it."),
                          self->db_path, when);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "index", GUINT_TO_POINTER (index));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fill (OpvBackupDialog *self)
{
  g_autofree char *folder = opv_backup_get_folder (self->db_path);
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;

  self->backups = opv_backup_list (self->db_path, &error);
  if (self->backups == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Could Not Read the Backups"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (self->backups->len == 0)
    {
      description = g_strdup_printf (_("Opvolging backs up “%s” when it starts, once a day, and before every import, upgrade and restore. The backups are kept in “%s”."),
                                     self->db_path, folder);
      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  description = g_strdup_printf (_("Backups of “%s”, kept in “%s”. Restoring one keeps what the database holds now as a backup too."),
                                 self->db_path, folder);
  adw_preferences_group_set_description (self->group, description);

  for (guint i = 0; i < self->backups->len; i++)
    {
      OpvBackup *backup = g_ptr_array_index (self->backups, i);
      g_autofree char *when = describe_time (backup->created);
      g_autofree char *size = g_format_size (backup->size);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", opv_backup_reason_describe (backup->reason), size);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i + 1));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->list, row);
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static gboolean
opv_backup_dialog_close_request (GtkWindow *window)
{
  OpvBackupDialog *self = OPV_BACKUP_DIALOG (window);

  /* Offered because the database could not be opened: without a
   * restore, that question stands, so it is asked again. */
  if (!self->restored && opv_window_get_store (self->window) == NULL)
    {
      g_autoptr(OpvWindow) parent = g_object_ref (self->window);
      g_autofree char *path = g_strdup (self->db_path);

      self->restored = TRUE;
      gtk_window_destroy (window);
      opv_open_database (parent, path, OPV_STORE_OPEN_DEFAULT);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (opv_backup_dialog_parent_class)->close_request (window);
}

static void
opv_backup_dialog_dispose (GObject *object)
{
  OpvBackupDialog *self = OPV_BACKUP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_BACKUP_DIALOG);
  g_clear_object (&self->window);
  g_clear_pointer (&self->backups, g_ptr_array_unref);

  G_OBJECT_CLASS (opv_backup_dialog_parent_class)->dispose (object);
}

static void
opv_backup_dialog_finalize (GObject *object)
{
  OpvBackupDialog *self = OPV_BACKUP_DIALOG (object);

  g_free (self->db_path);

  G_OBJECT_CLASS (opv_backup_dialog_parent_class)->finalize (object);
}

static void
opv_backup_dialog_class_init (OpvBackupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = opv_backup_dialog_dispose;
  object_class->finalize = opv_backup_dialog_finalize;
  window_class->close_request = opv_backup_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-backup-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvBackupDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OpvBackupDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OpvBackupDialog, group);
  gtk_widget_class_bind_template_child (widget_class, OpvBackupDialog, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opv_backup_dialog_init (OpvBackupDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * opv_backup_dialog_new:
 * @db_path: the database whose backups to list
 *
 * Returns: (transfer none): the dialog, over @window
 */
OpvBackupDialog *
opv_backup_dialog_new (OpvWindow  *window,
                       const char *db_path)
{
  OpvBackupDialog *self;

  g_return_val_if_fail (OPV_IS_WINDOW (window), NULL);
  g_return_val_if_fail (db_path != NULL, NULL);

  self = g_object_new (OPV_TYPE_BACKUP_DIALOG, "transient-for", window, NULL);
  self->window = g_object_ref (window);
  self->db_path = g_strdup (db_path);
  fill (self);
  return self;
}
