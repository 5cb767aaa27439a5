/* test-links.c: which addresses the window opens, and text from a dossier
 * that must never become markup
 *
 * Addresses reach the desktop through opv_ui_show_uri() only; these tests
 * replace the launcher with a recorder, so nothing is really opened.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "opv-core.h"
#include "opv-test-util.h"
#include "opv-export-dialog-private.h"
#include "opv-ui-util-private.h"
#include "opv-window-private.h"

/* A title, label or message as a hostile dossier could have it: markup
 * that would be a link, and an ampersand that is invalid markup. */
#define HOSTILE "Q&A <a href=\"file:///usr/bin/xterm\">open</a> <b>"

static GPtrArray *opened;

static void
record_launch (GtkWindow  *parent,
               const char *uri)
{
  g_ptr_array_add (opened, g_strdup (uri));
}

static void
iterate (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Every label below @widget whose text, as shown, contains @text. */
static guint
count_labels_showing (GtkWidget  *widget,
                      const char *text)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_labels_showing (child, text);
  return n;
}

static void
test_link_widget (void)
{
  static const char * const refused[] = {
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "javascript:alert(1)",
    "ssh://host/",
    "smb://share/x",
    "x-scheme-handler://a",
    "data:text/html,<b>x</b>",
    " https://example.org/",
    "https//example.org",
    "",
  };
  static const char * const openable[] = {
    "https://www.rijksoverheid.nl/",
    "http://example.org/a?b=c",
    "HTTPS://EXAMPLE.ORG/",
    "mailto:info@example.org",
  };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_child (GTK_WINDOW (window), box);

  for (guint i = 0; i < G_N_ELEMENTS (openable); i++)
    {
      GtkWidget *link = opv_link_widget_new ("Link", openable[i]);

      gtk_box_append (GTK_BOX (box), link);
      g_assert_true (GTK_IS_LINK_BUTTON (link));
      g_ptr_array_set_size (opened, 0);
      g_signal_emit_by_name (link, "clicked");
      g_assert_cmpuint (opened->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (opened, 0), ==, openable[i]);

      /* The same button, pointed elsewhere after it was made, opens
       * nothing: the check is made when the link is followed. */
      g_ptr_array_set_size (opened, 0);
      gtk_link_button_set_uri (GTK_LINK_BUTTON (link), "file:///etc/passwd");
      g_signal_emit_by_name (link, "clicked");
      g_assert_cmpuint (opened->len, ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      GtkWidget *shown = opv_link_widget_new ("Label", refused[i]);

      g_test_message ("“%s”", refused[i]);
      gtk_box_append (GTK_BOX (box), shown);
      /* Shown as plain text that says where it points, never as a link. */
      g_assert_false (GTK_IS_BUTTON (shown));
      g_assert_true (GTK_IS_LABEL (shown));
      g_assert_false (gtk_label_get_use_markup (GTK_LABEL (shown)));
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (shown)), refused[i]));

      g_ptr_array_set_size (opened, 0);
      g_assert_false (opv_ui_show_uri (shown, refused[i]));
      g_assert_cmpuint (opened->len, ==, 0);
    }

  g_assert_false (opv_ui_show_uri (NULL, NULL));

  /* The check can fail: an openable address does reach the launcher. */
  g_ptr_array_set_size (opened, 0);
  g_assert_true (opv_ui_show_uri (box, "mailto:a@example.org"));
  g_assert_cmpuint (opened->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Nothing but opv-ui-util.c hands an address to the desktop. */
static void
test_one_place_opens (void)
{
  static const char * const launchers[] = {
    "gtk_show_uri", "gtk_show_uri_full", "g_app_info_launch_default_for_uri",
    "g_app_info_launch_uris", "gtk_file_launcher", "gtk_uri_launcher", "g_spawn",
  };
  g_autofree char *ui = g_build_filename (g_getenv ("OPV_TEST_SRCDIR"), "..", "app", NULL);
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  guint files = 0;

  g_ptr_array_add (dirs, g_build_filename (ui, "ui", NULL));
  g_ptr_array_add (dirs, g_build_filename (ui, "core", NULL));
  g_ptr_array_add (dirs, g_build_filename (ui, "cli", NULL));

  for (guint d = 0; d < dirs->len; d++)
    {
      g_autoptr(GDir) dir = g_dir_open (g_ptr_array_index (dirs, d), 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (g_ptr_array_index (dirs, d), name, NULL);
          g_autofree char *text = NULL;

          if (!g_str_has_suffix (name, ".c"))
            continue;
          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          files++;
          for (guint l = 0; l < G_N_ELEMENTS (launchers); l++)
            {
              g_autofree char *call = g_strconcat (launchers[l], " (", NULL);

              if (strstr (text, call) != NULL && strcmp (name, "opv-ui-util.c") != 0)
                g_error ("%s calls %s; addresses go through opv_ui_show_uri()", path, launchers[l]);
            }
        }
    }
  g_assert_cmpuint (files, >, 20);
}

typedef struct
{
  char      *dir;
  OpvStore  *store;
  OpvWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("opv-links-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_defaults (f->store, &error));

  f->window = opv_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_clear_object (&f->store);

  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Toasts and the error page show a message as text. Under
 * G_DEBUG=fatal-warnings, markup that does not parse would abort here. */
static void
test_messages_are_text (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS, HOSTILE);
  g_autoptr(AdwToast) toast = g_object_ref_sink (opv_toast_new_text (HOSTILE));

  /* The toast's title is markup; the text comes back from it unchanged. */
  {
    g_autoptr(GError) parse_error = NULL;
    g_autofree char *shown = NULL;

    g_assert_true (pango_parse_markup (adw_toast_get_title (toast), -1, 0, NULL, &shown, NULL, &parse_error));
    g_assert_no_error (parse_error);
    g_assert_cmpstr (shown, ==, HOSTILE);
  }

  opv_window_report_error (f->window, error);
  iterate ();
  g_assert_cmpuint (count_labels_showing (GTK_WIDGET (f->window), "<a href="), >=, 1);

  opv_window_toast_undo (f->window, "Deleted “R&D <i>”");
  iterate ();
  g_assert_cmpuint (count_labels_showing (GTK_WIDGET (f->window), "R&D <i>"), ==, 1);

  opv_window_show_error (f->window, error);
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "error");
  g_assert_cmpuint (count_labels_showing (GTK_WIDGET (f->window->error_page), HOSTILE), ==, 1);
}

/* Rounds labelled with markup, in the export dialog's rows: the chosen
 * round is the round row's subtitle, and the round before it is quoted in
 * the changes rows. */
static void
test_export_dialog_rows_are_text (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OpvExportDialog *dialog;
  gint64 nap;

  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  iterate ();
  /* The window reloads its dossier after every change: keep the id only. */
  nap = opv_dossier_get_id (opv_window_get_dossier (f->window));
  g_assert_cmpint (opv_store_create_round (f->store, nap, HOSTILE, "2025", FALSE, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (opv_store_create_round (f->store, nap, "Later", "2026", FALSE, &error), >, 0);
  g_assert_no_error (error);
  iterate ();

  dialog = opv_export_dialog_new (f->window);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();

  /* Newest first: "Later", then the hostile one. */
  adw_combo_row_set_selected (dialog->round_row, 0);
  iterate ();
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (dialog->changes_row), HOSTILE));
  g_assert_cmpuint (count_labels_showing (GTK_WIDGET (dialog->changes_row), HOSTILE), ==, 1);
  g_assert_cmpuint (count_labels_showing (GTK_WIDGET (dialog->mark_new_row), HOSTILE), ==, 1);

  adw_combo_row_set_selected (dialog->round_row, 1);
  iterate ();
  g_assert_cmpuint (count_labels_showing (GTK_WIDGET (dialog->round_row), HOSTILE), >=, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display; run under xvfb-run\n");
      return 0;
    }

  opv_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  opv_ui_init ();

  opened = g_ptr_array_new_with_free_func (g_free);
  opv_ui_set_uri_launcher (record_launch);

  g_test_add_func ("/links/link-widget", test_link_widget);
  g_test_add_func ("/links/one-place-opens", test_one_place_opens);
  g_test_add ("/links/messages-are-text", Fixture, NULL,
              fixture_set_up, test_messages_are_text, fixture_tear_down);
  g_test_add ("/links/export-dialog-rows-are-text", Fixture, NULL,
              fixture_set_up, test_export_dialog_rows_are_text, fixture_tear_down);

  return g_test_run ();
}
