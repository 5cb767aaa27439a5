/* test-window.c: the main window on a fresh default database, in a real
 * window under a virtual X server
 *
 * Run in English and, with LANGUAGE=nl, in Dutch: the expectations follow
 * the language, so the Dutch run also proves the translation is there.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "opv-core.h"
#include "opv-test-util.h"
#include "opv-changes-window.h"
#include "opv-item-view-private.h"
#include "opv-preferences-window.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

typedef struct
{
  char      *dir;
  OpvStore  *store;
  OpvWindow *window;
} Fixture;

static gboolean dutch;

#define TR(en, nl) (dutch ? (nl) : (en))

static void
iterate (void)
{
  /* Let layout, idles and list rebinding run, as a user's click would. */
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("opv-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);

  f->store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_is_new (f->store));
  opv_store_import_defaults (f->store, &error);
  g_assert_no_error (error);

  /* The memory settings backend lives as long as the process: forget what
   * the previous test's window remembered, so each test is a first start. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_reset (settings, "last-dossier");
    g_settings_reset (settings, "last-round");
  }

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

/* Collects the text of every visible label below @widget, in order: what
 * a user reads there. */
static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  /* A stack's hidden pages are visible widgets that are not shown. */
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
widget_text (gpointer widget)
{
  GString *out = g_string_new (NULL);

  collect_text (GTK_WIDGET (widget), out);
  return g_string_free (out, FALSE);
}

/* The status badge the status chooser shows for its current choice. */
static GtkLabel *
find_status_badge (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "status-badge") && gtk_widget_get_mapped (widget))
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = GTK_IS_NATIVE (child) ? NULL : find_status_badge (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child; child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

static void
select_round (Fixture    *f,
              const char *label)
{
  GListModel *model = gtk_drop_down_get_model (f->window->round_dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (model, i);

      if (g_str_equal (opv_round_get_label (round), label))
        {
          gtk_drop_down_set_selected (f->window->round_dropdown, i);
          iterate ();
          return;
        }
    }
  g_assert_not_reached ();
}

static void
select_item (Fixture    *f,
             const char *code)
{
  GtkSelectionModel *model = gtk_list_view_get_model (f->window->item_list);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(OpvOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (!opv_outline_node_is_heading (node) && g_str_equal (opv_outline_node_get_code (node), code))
        {
          g_assert_true (gtk_selection_model_select_item (model, i, TRUE));
          iterate ();
          g_assert_nonnull (opv_item_view_get_item (f->window->item_view));
          g_assert_cmpint (opv_item_get_id (opv_item_view_get_item (f->window->item_view)), ==,
                           opv_outline_node_get_item_id (node));
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_opens_on_default_dossiers (Fixture       *f,
                                gconstpointer  data)
{
  GListModel *dossiers = gtk_drop_down_get_model (f->window->dossier_dropdown);
  g_autoptr(OpvDossier) first = NULL;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 3);
  first = g_list_model_get_item (dossiers, 0);
  g_assert_cmpstr (opv_dossier_get_slug (first), ==, "schaduw-dansen");

  /* Schaduw dansen is shown: 6 theme headings and 33 recommendations. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (f->window->item_list))),
                    ==, 6 + 33);
  /* The round chooser lists the newest round first. */
  {
    g_autoptr(OpvRound) newest = g_list_model_get_item (gtk_drop_down_get_model (f->window->round_dropdown), 0);
    g_assert_cmpstr (opv_round_get_label (newest), ==, "Update 2024");
    g_assert_cmpuint (gtk_drop_down_get_selected (f->window->round_dropdown), ==, 0);
  }

  /* Nothing is selected yet, and a status page says what to do. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->detail_stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (f->window->empty_page), ==,
                   TR ("No Recommendation Selected", "Geen aanbeveling gekozen"));
}

static void
test_recommendation_in_both_rounds (Fixture       *f,
                                    gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autofree char *responsible = NULL;
  g_autofree char *followups = NULL;
  g_autofree char *responsible_2024 = NULL;
  g_autofree char *followups_2024 = NULL;

  select_round (f, "Update juni 2023");
  select_item (f, "2.3");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->detail_stack), ==, "item");
  {
    g_autofree char *text = opv_text_card_dup_text (view->text_card);

    g_assert_true (g_str_has_prefix (text, "Zorg voor betere vindbaarheid van meldpunt(en) en vertrouwenspersonen"));
    g_assert_true (g_str_has_suffix (text, "Kennis van de danswereld is voorwaardelijk."));
  }
  g_assert_cmpstr (gtk_label_get_label (view->title_label), ==, TR ("Recommendation 2.3", "Aanbeveling 2.3"));
  g_assert_cmpstr (gtk_label_get_label (view->breadcrumb_label), ==, "Schaduw dansen › 2. Meldingen en opvolging");

  /* Verantwoordelijk "Alliantie, VWS, OCW", all leads. */
  responsible = widget_text (view->responsible_list);
  g_assert_true (g_str_has_prefix (responsible,
                   dutch ? "Alliantie\nAlliantie Dans Veilig\nTrekker\n"
                           "VWS\nMinisterie van Volksgezondheid, Welzijn en Sport\nTrekker\n"
                           "OCW\nMinisterie van Onderwijs, Cultuur en Wetenschap\nTrekker\n"
                         : "Alliantie\nAlliantie Dans Veilig\nLead\n"
                           "VWS\nMinisterie van Volksgezondheid, Welzijn en Sport\nLead\n"
                           "OCW\nMinisterie van Onderwijs, Cultuur en Wetenschap\nLead\n"));

  /* Two bullets in June 2023, the first with its lost link. */
  g_assert_cmpuint (count_rows (view->followup_list), ==, 2);
  followups = widget_text (view->followup_list);
  g_assert_nonnull (strstr (followups, "De Alliantie Dans veilig heeft op haar website informatie geplaatst"));
  g_assert_nonnull (strstr (followups, TR ("website (address unknown)", "website (adres onbekend)")));
  g_assert_nonnull (strstr (followups, "Beide meldpunten gaan momenteel een ontwikkeling door"));
  g_assert_cmpstr (adw_preferences_group_get_title (view->followup_group), ==, TR ("Follow-up", "Opvolging"));
  g_assert_cmpstr (adw_preferences_group_get_description (view->followup_group), ==,
                   TR ("2 reported in Update juni 2023", "2 gemeld in Update juni 2023"));

  /* The 2024 update numbers eleven follow-ups and names no parties; the
   * pane says so and shows what June 2023 named. */
  select_round (f, "Update 2024");
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (view)), ==, "2.3");
  g_assert_cmpuint (count_rows (view->followup_list), ==, 11);
  followups_2024 = widget_text (view->followup_list);
  g_assert_true (g_str_has_prefix (followups_2024, "2.3.1\nDe Alliantie Dans veilig heeft op haar website"));
  g_assert_nonnull (strstr (followups_2024, "2.3.11\nVeel dansvakopleidingen introduceren"));
  g_assert_cmpstr (adw_preferences_group_get_description (view->followup_group), ==,
                   TR ("11 reported in Update 2024", "11 gemeld in Update 2024"));
  g_assert_cmpstr (gtk_label_get_label (view->breadcrumb_label), ==, "Schaduw dansen › 2. Melding en opvolging");

  responsible_2024 = widget_text (view->responsible_list);
  g_assert_true (g_str_has_prefix (responsible_2024,
                                   TR ("Not stated in this round\nUpdate juni 2023 named: Alliantie, VWS, OCW\n",
                                       "Niet vermeld in deze ronde\nUpdate juni 2023 noemde: Alliantie, VWS, OCW\n")));
  g_assert_cmpstr (adw_preferences_group_get_title (view->responsible_group), ==,
                   TR ("Responsible", "Verantwoordelijk"));
}

static void
test_to_be_determined_and_note (Fixture       *f,
                                gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autofree char *tbd = NULL;
  g_autofree char *note = NULL;

  select_round (f, "Update juni 2023");

  /* 2.5: "Nader te bepalen" is the flag, not a party. */
  select_item (f, "2.5");
  tbd = widget_text (view->responsible_list);
  g_assert_nonnull (strstr (tbd, TR ("To be determined\n", "Nader te bepalen\n")));
  g_assert_true (gtk_switch_get_active (view->tbd_switch));
  /* No party rows: the list starts with the row that adds one. */
  g_assert_true (gtk_list_box_get_row_at_index (view->responsible_list, 0) == GTK_LIST_BOX_ROW (view->party_picker));

  /* 2.2: a sentence in the Verantwoordelijk column is a note. */
  select_item (f, "2.2");
  note = widget_text (view->responsible_list);
  g_assert_nonnull (strstr (note, TR ("Note on responsibility\n", "Opmerking over verantwoordelijkheid\n")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->note_row)), ==,
                   "Gesprekken hierover lopen nog met betrokken partijen");
  g_assert_cmpuint (count_rows (view->followup_list), ==, 3);
}

static void
test_nap_activity (Fixture       *f,
                   gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  GListModel *rows;
  g_autofree char *sources = NULL;
  gboolean found = FALSE;

  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  iterate ();
  g_assert_cmpstr (opv_dossier_get_slug (opv_window_get_dossier (f->window)), ==, "nap");

  /* NAP activities have no codes: find the delayed one by its title. */
  rows = G_LIST_MODEL (gtk_list_view_get_model (f->window->item_list));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5 + 83);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && !found; i++)
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), i, TRUE);
      iterate ();
      if (opv_item_view_get_item (view) != NULL &&
          g_str_equal (opv_item_get_title (opv_item_view_get_item (view)),
                       "Wettelijke verplichting gedragscode en klachtenregeling"))
        found = TRUE;
    }
  g_assert_true (found);

  g_assert_cmpuint (adw_combo_row_get_selected (view->status_row), ==, OPV_STATUS_DELAYED);
  {
    GtkLabel *badge = find_status_badge (GTK_WIDGET (view->status_row));
    g_autofree char *explanation = opv_text_card_dup_text (view->explanation_card);

    g_assert_nonnull (badge);
    g_assert_cmpstr (gtk_label_get_label (badge), ==, TR ("In progress, delayed", "In uitvoering met vertraging"));
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (badge), "delayed"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->timeframe_row)), ==, "Q3-Q4 2024");
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->explanation_group)));
    g_assert_true (g_str_has_prefix (explanation, "Op dit moment werkt het ministerie van SZW aan het wetsvoorstel"));
  }

  /* Another activity cites a parliamentary paper as its source. */
  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), i, TRUE);
      iterate ();
      if (opv_item_view_get_item (view) != NULL &&
          g_str_equal (opv_item_get_title (opv_item_view_get_item (view)), "Gendergelijkheid op de werkvloer"))
        break;
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->sources_group)));
  sources = widget_text (view->sources_list);
  g_assert_nonnull (strstr (sources, "Kamerstukken 2023/24, 30420, nr. 390"));
}

static void
test_inspectie_without_rounds (Fixture       *f,
                               gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;

  g_assert_true (opv_window_select_dossier (f->window, "inspectie"));
  iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->round_dropdown)));
  select_item (f, "13");
  g_assert_cmpstr (gtk_label_get_label (view->breadcrumb_label), ==,
                   "Inspectie › 9.1.3 CHECK EN ACT (monitoren, evalueren en bijstellen)");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->followup_group)));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (view->title_label), "13  Gebruik instrumenten of methoden"));
}

static void
test_folds_when_narrow (Fixture       *f,
                        gconstpointer  data)
{
  gtk_window_set_default_size (GTK_WINDOW (f->window), 500, 700);
  gtk_widget_queue_resize (GTK_WIDGET (f->window));
  /* Wait for the window manager-less X server to apply the size. */
  for (int i = 0; i < 40 && gtk_widget_get_width (GTK_WIDGET (f->window)) >= 720; i++)
    {
      iterate ();
      g_usleep (25000);
    }
  iterate ();

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <, 720);
  g_assert_true (gtk_widget_get_visible (f->window->sidebar));
  g_assert_false (gtk_widget_get_visible (f->window->content));

  select_item (f, "1.1");
  gtk_widget_activate_action (GTK_WIDGET (f->window->item_list), "list.activate-item", "u",
                              gtk_single_selection_get_selected (f->window->selection));
  iterate ();
  g_assert_false (gtk_widget_get_visible (f->window->sidebar));
  g_assert_true (gtk_widget_get_visible (f->window->content));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->back_button)));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-list", NULL);
  iterate ();
  g_assert_true (gtk_widget_get_visible (f->window->sidebar));
  g_assert_false (gtk_widget_get_visible (f->window->content));
}

/* The open message dialog of the window, as a user would see it. */
static AdwMessageDialog *
find_dialog (Fixture *f)
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

/* The first row of a form dialog: its rows are in a list, the first child
 * of the dialog's extra child. */
static GtkWidget *
first_form_row (AdwMessageDialog *dialog)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *list = extra && GTK_IS_BOX (extra) ? gtk_widget_get_first_child (extra) : extra;

  return list ? gtk_widget_get_first_child (list) : NULL;
}

/* Fills the dialog's entry rows in order with @texts and answers @response. */
static void
answer_dialog (Fixture            *f,
               const char         *response,
               const char * const *texts)
{
  AdwMessageDialog *dialog = find_dialog (f);
  guint i = 0;

  g_assert_nonnull (dialog);
  for (GtkWidget *row = first_form_row (dialog); row && texts && texts[i];
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ENTRY_ROW (row))
      gtk_editable_set_text (GTK_EDITABLE (row), texts[i++]);
  g_assert_true (texts == NULL || texts[i] == NULL);

  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  /* As a click on the response button does: respond, then go. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  g_assert_null (find_dialog (f));
}

static char *
export_dossier (Fixture    *f,
                const char *slug)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, slug, &error);

  g_assert_no_error (error);
  return opv_exchange_write (dossier, NULL);
}

/* Where @item is among its theme's items, as the store has them: -1 when
 * it is not there, and the theme must have 7 items. */
static int
index_in_theme (Fixture *f,
                OpvItem *item)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_load_dossier (f->store,
                                                          opv_dossier_get_id (opv_window_get_dossier (f->window)),
                                                          &error);
  OpvTheme *theme;
  GListModel *items;

  g_assert_no_error (error);
  theme = opv_dossier_find_theme_by_id (dossier, opv_theme_get_id (opv_item_get_theme (item)));
  g_assert_nonnull (theme);
  items = opv_theme_get_items (theme);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpvItem) it = g_list_model_get_item (items, i);
      if (opv_item_get_id (it) == opv_item_get_id (item))
        return i;
    }
  return -1;
}

static void
test_structure_editing (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *start = export_dossier (f, "schaduw-dansen");
  g_autofree char *now = NULL;
  const char *new_item[] = { "2.10", "Een nieuwe aanbeveling", NULL };
  const char *empty_title[] = { "2.11", "   ", NULL };
  OpvItem *item;

  /* A new recommendation, through the dialog, lands where its code sorts:
   * 2.10 after 2.6, and is selected. */
  select_item (f, "2.3");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-item", NULL);
  iterate ();
  answer_dialog (f, "apply", new_item);
  item = opv_item_view_get_item (f->window->item_view);
  g_assert_nonnull (item);
  g_assert_cmpstr (opv_item_get_code (item), ==, "2.10");
  g_assert_cmpint (index_in_theme (f, item), ==, 6);
  g_assert_cmpuint (opv_outline_model_count_theme_items (f->window->outline,
                                                         opv_theme_get_id (opv_item_get_theme (item))), ==, 7);
  g_assert_cmpint (opv_outline_model_get_index_in_theme (f->window->outline, opv_item_get_id (item)), ==, 6);

  /* A blank title cannot be applied. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-item", NULL);
  iterate ();
  {
    AdwMessageDialog *dialog = find_dialog (f);
    GtkWidget *row = first_form_row (dialog);

    gtk_editable_set_text (GTK_EDITABLE (row), empty_title[0]);
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (row)), empty_title[1]);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
    adw_message_dialog_response (dialog, "cancel");
    gtk_window_destroy (GTK_WINDOW (dialog));
    iterate ();
  }

  /* Move it up twice, then delete it with the list's Delete action. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.move-item-up", NULL);
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.move-item-up", NULL);
  iterate ();
  item = opv_item_view_get_item (f->window->item_view);
  g_assert_cmpstr (opv_item_get_code (item), ==, "2.10");
  g_assert_cmpint (index_in_theme (f, item), ==, 4);
  g_assert_cmpint (opv_outline_model_get_index_in_theme (f->window->outline, opv_item_get_id (item)), ==, 4);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-item", NULL);
  iterate ();
  g_assert_null (opv_item_view_get_item (f->window->item_view));

  /* Undo it all with the window's action: back to the exact start, and
   * each undo shows the item it changed. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  iterate ();
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (f->window->item_view)), ==, "2.10");
  for (int i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
      iterate ();
    }
  now = export_dossier (f, "schaduw-dansen");
  g_assert_cmpstr (now, ==, start);
  g_assert_false (opv_store_can_undo (f->store));
}

static void
test_delete_theme_asks_first (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *start = export_dossier (f, "schaduw-dansen");
  g_autofree char *now = NULL;

  /* Theme 1 holds three recommendations: deleting it asks, and Cancel
   * keeps it. */
  select_item (f, "1.2");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-theme", NULL);
  iterate ();
  g_assert_nonnull (find_dialog (f));
  answer_dialog (f, "cancel", NULL);
  now = export_dossier (f, "schaduw-dansen");
  g_assert_cmpstr (now, ==, start);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-theme", NULL);
  iterate ();
  answer_dialog (f, "confirm", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (f->window->item_list))),
                    ==, 5 + 30);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  iterate ();
  g_free (now);
  now = export_dossier (f, "schaduw-dansen");
  g_assert_cmpstr (now, ==, start);
}

static OpvChangesWindow *
find_changes_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (OPV_IS_CHANGES_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return OPV_CHANGES_WINDOW (window);
    }
  return NULL;
}

/* Whether the window's action @name is enabled, as a menu item bound to
 * it would show: through a button that proxies it. */
static gboolean
action_enabled (Fixture    *f,
                const char *name)
{
  GtkWidget *proxy = gtk_button_new ();
  g_autofree char *detailed = g_strconcat ("win.", name, NULL);
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (proxy), detailed);
  gtk_box_append (GTK_BOX (f->window->content), proxy);
  iterate ();
  enabled = gtk_widget_get_sensitive (proxy);
  gtk_box_remove (GTK_BOX (f->window->content), proxy);
  return enabled;
}

/* The changes view of Schaduw dansen: what the 2024 update changed since
 * June 2023, as tests/test-rounds.c counts it. */
/* The changes window's buttons that show an item in the main window. */
static void
collect_jump_buttons (GtkWidget *widget,
                      GPtrArray *jumps)
{
  if (GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "item-id") != NULL)
    g_ptr_array_add (jumps, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_jump_buttons (child, jumps);
}

static void
test_changes_view (Fixture       *f,
                   gconstpointer  data)
{
  OpvChangesWindow *changes;

  /* The window opens on Schaduw dansen's newest round. */
  g_assert_cmpstr (opv_dossier_get_slug (opv_window_get_dossier (f->window)), ==, "schaduw-dansen");
  g_assert_true (action_enabled (f, "show-changes"));
  g_assert_true (opv_window_select_dossier (f->window, "schaduw-dansen"));
  g_assert_true (opv_window_select_round (f->window, "Update 2024"));
  iterate ();
  g_assert_true (action_enabled (f, "show-changes"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-changes", NULL);
  iterate ();

  changes = find_changes_window ();
  g_assert_nonnull (changes);
  /* 33 recommendations changed: follow-up added, dropped or reworded, or
   * their own wording (1.3, 3.5, 3.6 and 5.3). */
  g_assert_cmpuint (opv_changes_window_get_n_changed_items (changes), ==, 33);

  /* An item's jump button shows it in the main window, by its id: the
   * last changed item, hidden by a theme filter, which is cleared. */
  {
    g_autoptr(GPtrArray) jumps = g_ptr_array_new ();
    GtkWidget *jump;
    gint64 item_id;
    g_autoptr(OpvTheme) first_theme = g_list_model_get_item (opv_dossier_get_themes (opv_window_get_dossier (f->window)), 0);

    collect_jump_buttons (GTK_WIDGET (changes), jumps);
    g_assert_cmpuint (jumps->len, ==, 33);
    jump = g_ptr_array_index (jumps, jumps->len - 1);
    item_id = *(gint64 *) g_object_get_data (G_OBJECT (jump), "item-id");
    opv_item_filter_set_theme_id (f->window->item_filter, opv_theme_get_id (first_theme));
    iterate ();
    g_assert_cmpuint (opv_outline_model_find_item (f->window->outline, item_id), ==, G_MAXUINT);
    g_signal_emit_by_name (jump, "clicked");
    iterate ();
    g_assert_false (opv_item_filter_is_active (f->window->item_filter));
    g_assert_nonnull (f->window->item);
    g_assert_cmpint (opv_item_get_id (f->window->item), ==, item_id);
    g_assert_cmpstr (opv_item_get_code (f->window->item), ==, "6.3");
    g_assert_cmpuint (gtk_single_selection_get_selected (f->window->selection), ==,
                      opv_outline_model_find_item (f->window->outline, item_id));
  }

  /* The window compares the round shown: the first round has no changes
   * against itself. */
  g_assert_true (opv_window_select_round (f->window, "Update juni 2023"));
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-changes", NULL);
  iterate ();
  g_assert_true (find_changes_window () == changes);
  g_assert_cmpuint (opv_changes_window_get_n_changed_items (changes), ==, 0);
  gtk_window_destroy (GTK_WINDOW (changes));
  iterate ();
  g_assert_null (find_changes_window ());

  /* NAP has one round: nothing to compare. */
  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  iterate ();
  g_assert_false (action_enabled (f, "show-changes"));
}

/* A round's life: start it from the last one, mark it sent, find it
 * frozen, reopen it. */
static void
test_round_lifecycle (Fixture       *f,
                      gconstpointer  data)
{
  const char *new_round[] = { "Update 2025", "2025-06", NULL };
  const char *bad_date[] = { "2025-02-30", "", NULL };
  const char *sent[] = { "2025-07-01", "Kamerstukken II 2024/25, 33 000 VIII, nr. 200", NULL };
  OpvRound *round;

  g_assert_true (opv_window_select_dossier (f->window, "schaduw-dansen"));
  iterate ();

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-round", NULL);
  iterate ();
  answer_dialog (f, "apply", new_round);
  iterate ();
  round = opv_window_get_round (f->window);
  g_assert_nonnull (round);
  g_assert_cmpstr (opv_round_get_label (round), ==, "Update 2025");
  g_assert_cmpint (opv_round_get_state (round), ==, OPV_ROUND_OPEN);
  g_assert_true (action_enabled (f, "mark-round-sent"));
  g_assert_false (action_enabled (f, "reopen-round"));

  /* The new round is open: the detail pane edits it. */
  select_item (f, "1.1");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->window->item_view->status_row)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->window->item_view->add_followup_button)));
  adw_combo_row_set_selected (f->window->item_view->status_row, OPV_STATUS_IN_PROGRESS);
  iterate ();
  {
    OpvItem *item = opv_item_view_get_item (f->window->item_view);
    OpvEntry *entry = opv_item_get_entry (item, opv_window_get_round (f->window));

    g_assert_cmpstr (opv_item_get_code (item), ==, "1.1");
    g_assert_cmpint (opv_entry_get_status (entry), ==, OPV_STATUS_IN_PROGRESS);
  }

  /* The same label twice cannot be applied. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-round", NULL);
  iterate ();
  {
    AdwMessageDialog *dialog = find_dialog (f);
    GtkWidget *row = first_form_row (dialog);

    gtk_editable_set_text (GTK_EDITABLE (row), "Update 2025");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
    adw_message_dialog_response (dialog, "cancel");
    gtk_window_destroy (GTK_WINDOW (dialog));
    iterate ();
  }

  /* Nor a date that does not exist. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-round-sent", NULL);
  iterate ();
  {
    AdwMessageDialog *dialog = find_dialog (f);
    GtkWidget *row = first_form_row (dialog);

    gtk_editable_set_text (GTK_EDITABLE (row), bad_date[0]);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
    adw_message_dialog_response (dialog, "cancel");
    gtk_window_destroy (GTK_WINDOW (dialog));
    iterate ();
  }

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-round-sent", NULL);
  iterate ();
  answer_dialog (f, "apply", sent);
  iterate ();
  round = opv_window_get_round (f->window);
  g_assert_cmpstr (opv_round_get_label (round), ==, "Update 2025");
  g_assert_cmpint (opv_round_get_state (round), ==, OPV_ROUND_SENT);
  g_assert_cmpstr (opv_round_get_sent_on (round), ==, "2025-07-01");
  {
    g_autofree char *citation = opv_kamerstuk_format (opv_round_get_sent_reference (round));
    g_assert_cmpstr (citation, ==, "Kamerstukken II 2024/25, 33 000 VIII, nr. 200");
  }
  g_assert_false (action_enabled (f, "mark-round-sent"));
  g_assert_true (action_enabled (f, "reopen-round"));

  /* Sent: every editing widget of the detail pane is greyed out. */
  select_item (f, "1.1");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->window->item_view->status_row)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->window->item_view->add_followup_button)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->window->item_view->title_row)));

  /* Frozen: the store refuses, whatever the window offers. */
  {
    g_autoptr(GError) error = NULL;
    select_item (f, "1.1");
    g_assert_false (opv_store_set_entry_field (f->store, opv_item_get_id (opv_item_view_get_item (f->window->item_view)),
                                               opv_round_get_id (round), OPV_ENTRY_FIELD_TIMEFRAME, "2026", &error));
    g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY);
  }

  /* Reopening asks first; Cancel leaves it sent. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reopen-round", NULL);
  iterate ();
  answer_dialog (f, "cancel", NULL);
  iterate ();
  g_assert_cmpint (opv_round_get_state (opv_window_get_round (f->window)), ==, OPV_ROUND_SENT);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reopen-round", NULL);
  iterate ();
  answer_dialog (f, "confirm", NULL);
  iterate ();
  round = opv_window_get_round (f->window);
  g_assert_cmpint (opv_round_get_state (round), ==, OPV_ROUND_OPEN);
  g_assert_cmpstr (opv_store_get_undo_description (f->store), ==, TR ("Reopen the round", "Ronde heropenen"));
  g_assert_true (action_enabled (f, "mark-round-sent"));
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/* The preferences write through to the settings at once, both ways. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  OpvPreferencesWindow *prefs;

  g_settings_reset (settings, "export-language");
  g_settings_reset (settings, "ui-language");
  g_settings_reset (settings, "export-author");
  prefs = opv_preferences_window_new (GTK_WINDOW (f->window), settings);
  gtk_window_present (GTK_WINDOW (prefs));
  iterate ();

  collect_widgets (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW, combos);
  collect_widgets (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW, entries);
  g_assert_cmpuint (combos->len, ==, 2);
  g_assert_cmpuint (entries->len, ==, 2);

  /* Interface language, then export language: Automatic, Nederlands, English. */
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (combos, 0)), ==, 0);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 1), 2);
  {
    g_autofree char *language = g_settings_get_string (settings, "export-language");
    g_assert_cmpstr (language, ==, "en");
  }
  g_settings_set_string (settings, "ui-language", "nl");
  iterate ();
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (combos, 0)), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "J. de Vries");
  {
    g_autofree char *author = g_settings_get_string (settings, "export-author");
    g_assert_cmpstr (author, ==, "J. de Vries");
  }

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings, "export-language");
  g_settings_reset (settings, "ui-language");
  g_settings_reset (settings, "export-author");
  iterate ();
}

/* Counts are written as the interface language writes numbers. */
static void
test_count_format (void)
{
  const guint numbers[] = { 0, 7, 999, 1000, 10000, 123456, 4000000000u };
  const char *english[] = { "0", "7", "999", "1,000", "10,000", "123,456", "4,000,000,000" };
  const char *nederlands[] = { "0", "7", "999", "1.000", "10.000", "123.456", "4.000.000.000" };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = opv_format_count (numbers[i]);

      g_assert_cmpstr (text, ==, dutch ? nederlands[i] : english[i]);
    }
}

/* A dossier of thousands of items is listed a page of rows at a time:
 * showing it, scrolling to its end, choosing a round and filtering read
 * the rows shown, not one object per item; the selected item alone is
 * loaded whole. */
static void
test_large_dossier_paged (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("opv-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "large.db", NULL);
  OpvGenerateOptions options = { .n_dossiers = 1, .n_items = 6000, .n_followups = 6000, .seed = 3 };
  g_autoptr(OpvStore) store = NULL;
  OpvWindow *window;
  OpvOutlineModel *outline;
  GListModel *rows;
  guint n_rows, n_before_filter, last_item = GTK_INVALID_LIST_POSITION;
  g_autoptr(GArray) ids = NULL;

  store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (opv_generate (store, &options, &error));
  g_assert_no_error (error);

  window = opv_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  outline = window->outline;
  g_assert_nonnull (outline);
  rows = G_LIST_MODEL (window->selection);
  n_rows = g_list_model_get_n_items (rows);
  g_assert_cmpuint (opv_outline_model_get_n_items_total (outline), ==, 6000);
  g_assert_cmpuint (n_rows, >, 6000);
  /* Shown: a page or two of rows, not 6,000 objects. */
  g_assert_cmpuint (opv_outline_model_get_n_loaded (outline), <=, 4 * OPV_OUTLINE_PAGE_SIZE);
  g_assert_cmpuint (opv_dossier_get_n_items (window->dossier), ==, 6000);
  for (guint i = 0; i < g_list_model_get_n_items (opv_dossier_get_themes (window->dossier)); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (opv_dossier_get_themes (window->dossier), i);
      g_assert_cmpuint (g_list_model_get_n_items (opv_theme_get_items (theme)), ==, 0);
    }

  /* The last item, at the end of the list, is shown and selected. */
  for (guint i = n_rows; i > 0 && last_item == GTK_INVALID_LIST_POSITION; i--)
    {
      g_autoptr(OpvOutlineNode) node = g_list_model_get_item (rows, i - 1);
      if (!opv_outline_node_is_heading (node))
        last_item = i - 1;
    }
  gtk_widget_activate_action (GTK_WIDGET (window->item_list), "list.scroll-to-item", "u", last_item);
  gtk_single_selection_set_selected (window->selection, last_item);
  iterate ();
  g_assert_nonnull (window->item);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->detail_stack), ==, "item");
  {
    g_autoptr(OpvOutlineNode) node = g_list_model_get_item (rows, last_item);
    g_assert_cmpint (opv_item_get_id (window->item), ==, opv_outline_node_get_item_id (node));
    g_assert_cmpstr (opv_item_get_code (window->item), ==, opv_outline_node_get_code (node));
  }
  g_assert_cmpuint (opv_outline_model_get_n_loaded (outline), <=, 8 * OPV_OUTLINE_PAGE_SIZE);

  /* An edit reads the rows again in place: the list stays where it was,
   * the item stays selected, and only the rows on screen are read. */
  {
    GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (window->item_list));
    double before = gtk_adjustment_get_value (scroll);
    guint loaded = opv_outline_model_get_n_loaded (outline);
    gint64 item_id = opv_item_get_id (window->item);
    OpvRound *round = opv_window_get_round (window);

    g_assert_cmpfloat (before, >, 1000);
    g_assert_true (opv_store_set_entry_field (store, item_id, opv_round_get_id (round),
                                              OPV_ENTRY_FIELD_TIMEFRAME, "Q3 2031", &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_true (window->outline == outline);
    g_assert_cmpfloat (fabs (gtk_adjustment_get_value (scroll) - before), <, 1);
    g_assert_cmpint (opv_item_get_id (window->item), ==, item_id);
    g_assert_cmpstr (opv_entry_get_timeframe (opv_item_get_entry (window->item, opv_window_get_round (window))), ==,
                     "Q3 2031");
    g_assert_cmpuint (gtk_single_selection_get_selected (window->selection), ==, last_item);
    g_assert_cmpuint (opv_outline_model_get_n_loaded (outline) - loaded, <=, 8 * OPV_OUTLINE_PAGE_SIZE);
  }

  /* A filter is applied in the store, and the selection stays while its
   * item is shown. */
  n_before_filter = opv_outline_model_get_n_loaded (outline);
  {
    g_autoptr(OpvOutlineNode) node = g_list_model_get_item (rows, last_item);
    opv_item_filter_set_status (window->item_filter, opv_outline_node_get_status (node), TRUE);
  }
  iterate ();
  g_assert_true (window->outline == outline);
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (outline), <, 6000);
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (outline), >, 0);
  ids = opv_window_dup_shown_item_ids (window);
  g_assert_cmpuint (ids->len, ==, opv_outline_model_get_n_items_shown (outline));
  g_assert_nonnull (window->item);
  g_assert_nonnull (gtk_single_selection_get_selected_item (window->selection));
  g_assert_cmpuint (opv_outline_model_get_n_loaded (outline) - n_before_filter, <=, 8 * OPV_OUTLINE_PAGE_SIZE);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_clear_object (&store);
  opv_test_remove_tree (dir);
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

  g_test_add_func ("/window/count-format", test_count_format);
  g_test_add_func ("/window/large-dossier-paged", test_large_dossier_paged);
  g_test_add ("/window/opens-on-default-dossiers", Fixture, NULL,
              fixture_set_up, test_opens_on_default_dossiers, fixture_tear_down);
  g_test_add ("/window/recommendation-in-both-rounds", Fixture, NULL,
              fixture_set_up, test_recommendation_in_both_rounds, fixture_tear_down);
  g_test_add ("/window/to-be-determined-and-note", Fixture, NULL,
              fixture_set_up, test_to_be_determined_and_note, fixture_tear_down);
  g_test_add ("/window/nap-activity", Fixture, NULL,
              fixture_set_up, test_nap_activity, fixture_tear_down);
  g_test_add ("/window/inspectie-without-rounds", Fixture, NULL,
              fixture_set_up, test_inspectie_without_rounds, fixture_tear_down);
  g_test_add ("/window/folds-when-narrow", Fixture, NULL,
              fixture_set_up, test_folds_when_narrow, fixture_tear_down);
  g_test_add ("/window/preferences", Fixture, NULL,
              fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/window/changes-view", Fixture, NULL,
              fixture_set_up, test_changes_view, fixture_tear_down);
  g_test_add ("/window/round-lifecycle", Fixture, NULL,
              fixture_set_up, test_round_lifecycle, fixture_tear_down);
  g_test_add ("/window/structure-editing", Fixture, NULL,
              fixture_set_up, test_structure_editing, fixture_tear_down);
  g_test_add ("/window/delete-theme-asks-first", Fixture, NULL,
              fixture_set_up, test_delete_theme_asks_first, fixture_tear_down);

  return g_test_run ();
}
