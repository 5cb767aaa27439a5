/* opv-application.c
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-application"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "opv-application.h"
#include "opv-bench-driver.h"
#include "opv-preferences-window.h"
#include "opv-open.h"
#include "opv-ui-util.h"
#include "opv-window.h"

struct _OpvApplication
{
  AdwApplication  parent_instance;
  char           *database;
};

G_DEFINE_FINAL_TYPE (OpvApplication, opv_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use the database FILE"), N_("FILE") },
  { NULL }
};

static int
opv_application_handle_local_options (GApplication *app,
                                      GVariantDict *dict)
{
  OpvApplication *self = OPV_APPLICATION (app);

  g_clear_pointer (&self->database, g_free);
  g_variant_dict_lookup (dict, "database", "^ay", &self->database);

  return -1;
}

/* OPV_EXIT_AFTER_FIRST_FRAME=1, for build-aux/bench: print when the first
 * frame has been painted, on CLOCK_MONOTONIC as g_get_monotonic_time ()
 * reads it, and quit. */
static void
on_first_frame_painted_cb (GdkFrameClock *clock,
                           GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted_cb, app);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (app);
}

static void
exit_after_first_frame (GApplication *app,
                        GtkWindow    *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame_painted_cb), app, 0);
}

static void
opv_application_activate (GApplication *app)
{
  OpvApplication *self = OPV_APPLICATION (app);
  g_autofree char *path = self->database ? g_strdup (self->database) : opv_store_default_path ();
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* The window comes first, so that a database that cannot be opened is
   * explained over it. */
  window = GTK_WINDOW (opv_window_new (GTK_APPLICATION (app), NULL));
  gtk_window_present (window);
  opv_open_database (OPV_WINDOW (window), path, OPV_STORE_OPEN_DEFAULT);

  if (g_getenv ("OPV_EXIT_AFTER_FIRST_FRAME") != NULL)
    exit_after_first_frame (app, window);
  opv_bench_driver_start (app, OPV_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Opvolging developers"), NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  adw_about_window_set_application_name (about, _("Opvolging"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Opvolging developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about, _("Follow what is done with the recommendations of inquiry reports and action programmes, and produce the status tables for letters to parliament."));
  adw_about_window_set_license_type (about, GTK_LICENSE_CUSTOM);
  adw_about_window_set_license (about, _("Opvolging is published under the European Union Public Licence, version 1.2 (EUPL-1.2)."));
  adw_about_window_set_website (about, "https://github.com/opvolging/opvolging");
  adw_about_window_set_issue_url (about, "https://github.com/opvolging/opvolging/issues");
  adw_about_window_add_link (about, _("Source Code"), "https://github.com/opvolging/opvolging");
  /* Translators: put your names here, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;

  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed", APP_ID);
      return;
    }
  settings = g_settings_new (APP_ID);
  gtk_window_present (GTK_WINDOW (opv_preferences_window_new (gtk_application_get_active_window (app), settings)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing through close-request lets each window save its state. */
  for (GList *l = windows; l != NULL; )
    {
      GList *next = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
      l = next;
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
opv_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-list", { "<Alt>Left", NULL } },
    { "win.choose-dossier", { "<Control>d", NULL } },
    { "win.choose-round", { "<Control>r", NULL } },
    { "win.previous-round", { "<Control>Page_Up", NULL } },
    { "win.next-round", { "<Control>Page_Down", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.new-dossier", { "<Control><Shift>n", NULL } },
    { "win.rename-dossier", { "<Control>F2", NULL } },
    { "win.delete-dossier", { "<Control><Shift>Delete", NULL } },
    { "win.move-dossier-up", { "<Control><Shift>Page_Up", NULL } },
    { "win.move-dossier-down", { "<Control><Shift>Page_Down", NULL } },
    { "win.new-theme", { "<Control><Alt>n", NULL } },
    { "win.rename-theme", { "F2", NULL } },
    { "win.delete-theme", { "<Control>Delete", NULL } },
    { "win.move-theme-up", { "<Control><Alt>Up", NULL } },
    { "win.move-theme-down", { "<Control><Alt>Down", NULL } },
    { "win.new-item", { "<Control>n", NULL } },
    { "win.move-item-up", { "<Alt>Up", NULL } },
    { "win.move-item-down", { "<Alt>Down", NULL } },
    { "win.move-item-to-theme", { "<Control>m", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.new-round", { "<Control><Shift>r", NULL } },
    { "win.show-changes", { "<Control><Shift>c", NULL } },
    { "win.mark-round-sent", { "<Control><Shift>s", NULL } },
    { "win.reopen-round", { "<Control><Shift>o", NULL } },
    { "win.restore-backup", { "<Control><Shift>b", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.show-filters", { "<Control><Shift>f", NULL } },
    { "win.show-parties", { "<Control>p", NULL } },
  };

  G_APPLICATION_CLASS (opv_application_parent_class)->startup (app);

  opv_ui_init ();
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
opv_application_finalize (GObject *object)
{
  OpvApplication *self = (OpvApplication *)object;

  g_clear_pointer (&self->database, g_free);

  G_OBJECT_CLASS (opv_application_parent_class)->finalize (object);
}

static void
opv_application_class_init (OpvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = opv_application_finalize;
  app_class->activate = opv_application_activate;
  app_class->startup = opv_application_startup;
  app_class->handle_local_options = opv_application_handle_local_options;
}

static void
opv_application_init (OpvApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
}

OpvApplication *
opv_application_new (void)
{
  return g_object_new (OPV_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
