/* opv-preferences-window.c: the interface and export languages, what goes
 * into exported files, and how many backups are kept
 *
 * Every row is bound to its GSettings key, so a change is saved at once
 * and other windows see it.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-preferences-window.h"
#include "opv-ui-util.h"

struct _OpvPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *chooser;

  AdwComboRow          *ui_language_row;
  AdwComboRow          *export_language_row;
  AdwEntryRow          *author_row;
  AdwEntryRow          *organisation_row;
  AdwActionRow         *folder_row;
  GtkButton            *folder_reset_button;
  GtkSpinButton        *backups_spin;
};

G_DEFINE_FINAL_TYPE (OpvPreferencesWindow, opv_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of both language choices, in order: "" follows the system (or
 * the interface), then the languages by their own names. */
static const char * const language_ids[] = { "", "nl", "en" };

static gboolean
language_to_row (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char *id = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (language_ids); i++)
    if (g_str_equal (id, language_ids[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
row_to_language (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (i < G_N_ELEMENTS (language_ids) ? language_ids[i] : "");
}

static void
on_ui_language_changed_cb (OpvPreferencesWindow *self)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Start Opvolging again to switch the interface language")));
}

static void
update_folder (OpvPreferencesWindow *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "export-folder");
  const char *shown = folder[0] != '\0' ? folder : g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (folder[0] == '\0' && shown != NULL)
    {
      /* Translators: the export folder when none is chosen; %s is the documents folder */
      g_autofree char *text = g_strdup_printf (_("The documents folder (%s)"), shown);
      adw_action_row_set_subtitle (self->folder_row, text);
    }
  else
    adw_action_row_set_subtitle (self->folder_row, shown ? shown : g_get_home_dir ());
  gtk_widget_set_visible (GTK_WIDGET (self->folder_reset_button), folder[0] != '\0');
}

static void
on_chooser_response_cb (GtkNativeDialog      *chooser,
                        int                   response,
                        OpvPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (folder != NULL && g_file_peek_path (folder) != NULL)
        g_settings_set_string (self->settings, "export-folder", g_file_peek_path (folder));
    }
  g_clear_object (&self->chooser);
}

static void
on_folder_clicked_cb (OpvPreferencesWindow *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "export-folder");

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Folder"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (folder[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), file, NULL);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_folder_reset_clicked_cb (OpvPreferencesWindow *self)
{
  g_settings_reset (self->settings, "export-folder");
}

static void
opv_preferences_window_dispose (GObject *object)
{
  OpvPreferencesWindow *self = OPV_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (opv_preferences_window_parent_class)->dispose (object);
}

static void
opv_preferences_window_class_init (OpvPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/opvolging/Opvolging/opv-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvPreferencesWindow, ui_language_row);
  gtk_widget_class_bind_template_child (widget_class, OpvPreferencesWindow, export_language_row);
  gtk_widget_class_bind_template_child (widget_class, OpvPreferencesWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, OpvPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, OpvPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, OpvPreferencesWindow, folder_reset_button);
  gtk_widget_class_bind_template_child (widget_class, OpvPreferencesWindow, backups_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_folder_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folder_reset_clicked_cb);
}

/* AdwPreferencesWindow keeps a search entry even with search turned
 * off, and a screen reader finds it; it has no name of its own. */
static void
name_search_entries (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search Preferences"),
                                        -1);
      else
        name_search_entries (child);
    }
}

static void
opv_preferences_window_init (OpvPreferencesWindow *self)
{
  /* Translators: the language choice that follows the system (for the
   * interface) or the interface (for exports); the languages themselves
   * are named in their own language */
  const char *languages[] = { _("Automatic"), "Nederlands", "English", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->ui_language_row, G_LIST_MODEL (gtk_string_list_new (languages)));
  adw_combo_row_set_model (self->export_language_row, G_LIST_MODEL (gtk_string_list_new (languages)));
  /* Beside a long subtitle, the row would otherwise cut its choice to “Aut…”. */
  opv_combo_row_show_whole_choices (self->ui_language_row);
  opv_combo_row_show_whole_choices (self->export_language_row);
  name_search_entries (GTK_WIDGET (self));
}

/**
 * opv_preferences_window_new:
 *
 * Returns: (transfer full): the preferences, bound to @settings
 */
OpvPreferencesWindow *
opv_preferences_window_new (GtkWindow *parent,
                            GSettings *settings)
{
  OpvPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (OPV_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, "ui-language", self->ui_language_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                language_to_row, row_to_language, NULL, NULL);
  g_settings_bind_with_mapping (settings, "export-language", self->export_language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_to_row, row_to_language, NULL, NULL);
  g_settings_bind (settings, "export-author", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "export-organisation", self->organisation_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "backup-count", self->backups_spin, "value", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (settings, "changed::export-folder", G_CALLBACK (update_folder), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::ui-language", G_CALLBACK (on_ui_language_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_folder (self);
  return self;
}
