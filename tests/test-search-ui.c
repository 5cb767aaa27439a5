/* test-search-ui.c: search, filters and the parties view on a fresh
 * default database, in a real window under a virtual X server
 *
 * Run in English and, with LANGUAGE=nl, in Dutch: the expectations follow
 * the language, so the Dutch run also proves the translation is there.
 *
 * "Today" is fixed at June 2024, so that what is overdue does not change
 * with the calendar. The expected numbers below were counted from the
 * sources (../shared/seeds) and the default dossiers made from them; the
 * tests also count them again from the loaded model, apart from the code
 * under test.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "opv-core.h"
#include "opv-test-util.h"
#include "opv-filter-bar-private.h"
#include "opv-filter-popover-private.h"
#include "opv-party-view-private.h"
#include "opv-search-panel-private.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

#define TODAY_YEAR  2024
#define TODAY_MONTH 6

typedef struct
{
  char      *dir;
  OpvStore  *store;
  OpvWindow *window;
} Fixture;

static gboolean dutch;

#define TR(en, nl) (dutch ? (nl) : (en))

/* The parties view counts in a worker thread: iterate() waits for it. */
static OpvPartyView *counting_view;

static void
iterate (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
  if (counting_view != NULL && opv_party_view_is_counting (counting_view))
    {
      while (opv_party_view_is_counting (counting_view))
        g_main_context_iteration (NULL, TRUE);
      iterate ();
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("opv-search-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);

  f->store = opv_test_open_with_defaults (path);

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_reset (settings, "last-dossier");
    g_settings_reset (settings, "last-round");
  }

  f->window = opv_window_new (NULL, f->store);
  opv_window_set_today (f->window, TODAY_YEAR, TODAY_MONTH);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  counting_view = f->window->party_view;
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  counting_view = NULL;
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_clear_object (&f->store);

  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Helpers */

static OpvDossier *
load_dossier (Fixture    *f,
              const char *slug)
{
  g_autoptr(GError) error = NULL;
  OpvDossier *dossier = opv_store_find_dossier (f->store, slug, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return dossier;
}

static char *
export_dossier (Fixture    *f,
                const char *slug)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, slug);

  return opv_exchange_write (dossier, NULL);
}

static gint64
party_id (Fixture    *f,
          const char *short_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) parties = opv_store_list_parties (f->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (parties, i);

      if (g_str_equal (opv_party_get_short_name (party), short_name))
        return opv_party_get_id (party);
    }
  return 0;
}

static void
select_round (Fixture    *f,
              const char *label)
{
  g_assert_true (opv_window_select_round (f->window, label));
  iterate ();
  g_assert_cmpstr (opv_round_get_label (opv_window_get_round (f->window)), ==, label);
}

static void
select_item (Fixture    *f,
             const char *code)
{
  g_assert_true (opv_window_select_item (f->window, code));
  iterate ();
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (f->window->item_view)), ==, code);
}

static char *
shown_codes (Fixture *f)
{
  GListModel *rows = G_LIST_MODEL (f->window->selection);
  GString *codes = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(OpvOutlineNode) node = g_list_model_get_item (rows, i);

      if (opv_outline_node_is_heading (node))
        continue;
      if (codes->len > 0)
        g_string_append_c (codes, ' ');
      g_string_append (codes, opv_outline_node_get_code (node));
    }
  return g_string_free (codes, FALSE);
}

static guint
n_shown (Fixture *f)
{
  g_autoptr(GArray) ids = opv_window_dup_shown_item_ids (f->window);

  return ids->len;
}

/* Every heading the filtered list shows must have an item under it. */
static void
assert_no_empty_headings (Fixture *f)
{
  GListModel *rows = G_LIST_MODEL (f->window->selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpvOutlineNode) row = g_list_model_get_item (rows, i);
      g_autoptr(OpvOutlineNode) next = i + 1 < n ? g_list_model_get_item (rows, i + 1) : NULL;

      if (!opv_outline_node_is_heading (row))
        continue;
      g_assert_nonnull (next);
      g_assert_false (opv_outline_node_is_heading (next));
      g_assert_cmpint (opv_outline_node_get_theme_id (next), ==, opv_outline_node_get_theme_id (row));
    }
}

static guint
choice_of (GArray *ids,
           gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  g_assert_not_reached ();
}

static GPtrArray *
chips (Fixture *f)
{
  return opv_filter_bar_dup_chips (f->window->filter_bar);
}

/* The search */

static void
type_words (Fixture    *f,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), text);
  /* The entry waits a moment after each key before it searches. */
  for (int i = 0; i < 300 && g_strcmp0 (opv_search_panel_get_text (f->window->search_panel), text) != 0; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  iterate ();
  g_assert_cmpstr (opv_search_panel_get_text (f->window->search_panel), ==, text);
}

static int
find_hit (Fixture    *f,
          const char *slug,
          const char *code,
          const char *round_label)
{
  GListModel *results = G_LIST_MODEL (f->window->search_panel->results);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(OpvSearchResult) result = g_list_model_get_item (results, i);
      const OpvSearchHit *hit = opv_search_result_get_hit (result);

      if (g_str_equal (hit->dossier_slug, slug) && g_str_equal (hit->code, code) &&
          g_str_equal (hit->round_label, round_label))
        return i;
    }
  return -1;
}

/* Collects the text of every visible label below @widget, in order. */
static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget))
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

static void
test_search_while_typing (Fixture       *f,
                          gconstpointer  data)
{
  OpvSearchPanel *panel = f->window->search_panel;
  GtkWidget *focus;
  GtkListBoxRow *row;
  g_autofree char *text = NULL;
  int hit;

  /* Ctrl+F opens the search bar with the keyboard in the entry. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  iterate ();
  g_assert_true (gtk_search_bar_get_search_mode (f->window->search_bar));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (f->window->search_entry) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (f->window->search_entry)));
  /* Nothing typed: the list still shows the items. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->list_stack), ==, "items");

  /* The hits follow the words as they are typed. "ori" already finds
   * 3.7; the whole word, without its diaeresis, still does. */
  type_words (f, "ori");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->list_stack), ==, "search");
  g_assert_cmpint (find_hit (f, "schaduw-dansen", "3.7", "Update juni 2023"), >=, 0);
  type_words (f, "orienterende");
  g_assert_cmpuint (opv_search_panel_get_n_hits (panel), ==, 1);
  hit = find_hit (f, "schaduw-dansen", "3.7", "Update juni 2023");
  g_assert_cmpint (hit, ==, 0);

  /* The row names the dossier and code, where and in which round it was
   * found, and shows the match in bold, with the text's diaeresis. */
  row = gtk_list_box_get_row_at_index (panel->results_list, hit);
  text = widget_text (row);
  g_assert_nonnull (strstr (text, "Schaduw dansen · 3.7\n"));
  g_assert_nonnull (strstr (text, "Creëer een platform"));
  g_assert_nonnull (strstr (text, "De alliantie voert <b>oriënterende</b> gesprekken"));
  g_assert_nonnull (strstr (text, TR ("Found in a follow-up · Update juni 2023",
                                      "Gevonden in de opvolging · Update juni 2023")));
  g_assert_cmpstr (gtk_label_get_label (panel->count_label), ==, TR ("1 result", "1 resultaat"));

  /* A prefix is enough: "meldpunt" finds "meldpunten". */
  type_words (f, "meldpunt");
  g_assert_cmpuint (opv_search_panel_get_n_hits (panel), >, 1);
  {
    g_autoptr(OpvSearchResult) first = g_list_model_get_item (G_LIST_MODEL (panel->results), 0);
    g_assert_nonnull (strstr (opv_search_result_get_hit (first)->snippet,
                              OPV_SEARCH_MARK_START "meldpunten" OPV_SEARCH_MARK_END));
  }

  /* Words that occur nowhere say so. */
  type_words (f, "xyzzyplugh");
  g_assert_cmpuint (opv_search_panel_get_n_hits (panel), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (panel->stack), ==, "empty");

  /* Down moves into the hits; Escape there ends the search and returns
   * to the list. */
  type_words (f, "orienterende");
  g_assert_true (opv_search_panel_focus_first (panel));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (panel->results_list)));
  g_signal_emit_by_name (panel, "stop-search");
  iterate ();
  g_assert_false (gtk_search_bar_get_search_mode (f->window->search_bar));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->window->search_entry)), ==, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->list_stack), ==, "items");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (f->window->item_list)) ||
                 gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (f->window->item_list));
}

static void
test_search_opens_hit (Fixture       *f,
                       gconstpointer  data)
{
  OpvSearchPanel *panel = f->window->search_panel;
  int hit;

  /* The window starts on Schaduw dansen in its newest round. */
  g_assert_cmpstr (opv_round_get_label (opv_window_get_round (f->window)), ==, "Update 2024");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  type_words (f, "orienterende");
  hit = find_hit (f, "schaduw-dansen", "3.7", "Update juni 2023");
  g_assert_cmpint (hit, >=, 0);
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (panel->results_list, hit)));
  iterate ();

  /* The item is shown in the round the words were found in, and stays
   * selected in the list; the hits stay, to go on to the next. */
  g_assert_cmpstr (opv_dossier_get_slug (opv_window_get_dossier (f->window)), ==, "schaduw-dansen");
  g_assert_cmpstr (opv_round_get_label (opv_window_get_round (f->window)), ==, "Update juni 2023");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->detail_stack), ==, "item");
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (f->window->item_view)), ==, "3.7");
  {
    OpvOutlineNode *row = gtk_single_selection_get_selected_item (f->window->selection);
    g_assert_nonnull (row);
    g_assert_cmpstr (opv_outline_node_get_code (row), ==, "3.7");
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->list_stack), ==, "search");

  /* A hit in another dossier switches the window to it; Enter in the
   * entry opens the first hit. */
  type_words (f, "klachtenregeling");
  {
    g_autoptr(OpvSearchResult) first = g_list_model_get_item (G_LIST_MODEL (panel->results), 0);
    g_assert_cmpstr (opv_search_result_get_hit (first)->dossier_slug, ==, "nap");
  }
  g_signal_emit_by_name (f->window->search_entry, "activate");
  iterate ();
  g_assert_cmpstr (opv_dossier_get_slug (opv_window_get_dossier (f->window)), ==, "nap");
  g_assert_cmpstr (opv_round_get_label (opv_window_get_round (f->window)), ==, "Voortgangsrapportage 2024");
  g_assert_cmpstr (opv_item_get_title (opv_item_view_get_item (f->window->item_view)), ==,
                   "Wettelijke verplichting gedragscode en klachtenregeling");
}

static void
test_search_clears_hiding_filters (Fixture       *f,
                                   gconstpointer  data)
{
  int hit;

  /* With a filter that hides 3.7, opening its hit clears the filters. */
  opv_item_filter_set_status (f->window->item_filter, OPV_STATUS_DONE, TRUE);
  iterate ();
  g_assert_cmpuint (n_shown (f), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  type_words (f, "orienterende");
  hit = find_hit (f, "schaduw-dansen", "3.7", "Update juni 2023");
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (f->window->search_panel->results_list, hit)));
  iterate ();
  g_assert_false (opv_item_filter_is_active (f->window->item_filter));
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (f->window->item_view)), ==, "3.7");
}

static void
test_snippet_markup (void)
{
  g_autofree char *plain = opv_search_snippet_markup ("a < b & " OPV_SEARCH_MARK_START "<c>" OPV_SEARCH_MARK_END " d\ne");
  g_autofree char *two = opv_search_snippet_markup (OPV_SEARCH_MARK_START "x" OPV_SEARCH_MARK_END " y "
                                                    OPV_SEARCH_MARK_START "z" OPV_SEARCH_MARK_END);

  g_assert_cmpstr (plain, ==, "a &lt; b &amp; <b>&lt;c&gt;</b> d e");
  g_assert_cmpstr (two, ==, "<b>x</b> y <b>z</b>");
  g_assert_true (pango_parse_markup (plain, -1, 0, NULL, NULL, NULL, NULL));
}

/* Filters */

static void
test_filter_status (Fixture       *f,
                    gconstpointer  data)
{
  OpvFilterPopover *popover = f->window->filter_popover;
  g_autoptr(GPtrArray) shown_chips = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(OpvDossier) nap = NULL;
  GtkButton *chip;
  guint expected = 0;

  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  iterate ();
  g_assert_cmpuint (n_shown (f), ==, 83);
  g_assert_false (gtk_revealer_get_reveal_child (f->window->filter_bar->revealer));

  /* NAP's progress table marks 9 activities "In uitvoering". */
  gtk_check_button_set_active (popover->status_checks[OPV_STATUS_IN_PROGRESS], TRUE);
  iterate ();
  nap = load_dossier (f, "nap");
  {
    g_autoptr(GPtrArray) items = opv_dossier_dup_items (nap);
    OpvRound *round = opv_dossier_get_newest_round (nap);

    for (guint i = 0; i < items->len; i++)
      {
        OpvEntry *entry = opv_item_get_entry (g_ptr_array_index (items, i), round);
        expected += entry != NULL && opv_entry_get_status (entry) == OPV_STATUS_IN_PROGRESS;
      }
  }
  g_assert_cmpuint (expected, ==, 9);
  g_assert_cmpuint (n_shown (f), ==, 9);
  assert_no_empty_headings (f);
  g_assert_true (gtk_revealer_get_reveal_child (f->window->filter_bar->revealer));
  g_assert_cmpstr (gtk_label_get_label (f->window->filter_bar->count_label), ==,
                   TR ("9 of 83 activities shown", "9 van 83 activiteiten getoond"));

  /* Statuses add up within the filter: with "Ongoing" too, 9 + 4. */
  gtk_check_button_set_active (popover->status_checks[OPV_STATUS_ONGOING], TRUE);
  iterate ();
  g_assert_cmpuint (n_shown (f), ==, 13);

  /* Each chip says what removing it does. */
  shown_chips = chips (f);
  g_assert_cmpuint (shown_chips->len, ==, 2);
  chip = g_ptr_array_index (shown_chips, 0);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (chip)), ==,
                   TR ("Remove the filter Status: In progress", "Filter Status: In uitvoering verwijderen"));

  /* Removing the chip removes the filter, and the popover follows. */
  g_signal_emit_by_name (chip, "clicked");
  iterate ();
  g_assert_false (gtk_check_button_get_active (popover->status_checks[OPV_STATUS_IN_PROGRESS]));
  g_assert_cmpuint (n_shown (f), ==, 4);
  after = chips (f);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (gtk_label_get_label (f->window->filter_bar->count_label), ==,
                   TR ("4 of 83 activities shown", "4 van 83 activiteiten getoond"));

  /* The last chip gone, every activity is back and the chips hide. */
  g_signal_emit_by_name (g_ptr_array_index (after, 0), "clicked");
  iterate ();
  g_assert_false (opv_item_filter_is_active (f->window->item_filter));
  g_assert_cmpuint (n_shown (f), ==, 83);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->window->selection)), ==, 5 + 83);
  g_assert_false (gtk_revealer_get_reveal_child (f->window->filter_bar->revealer));
}

/* Counted apart from the filter: the timeframe read with the parser,
 * "overdue" worked out here. */
static guint
count_overdue (OpvDossier *dossier,
               OpvRound   *round,
               gint64      party)
{
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    {
      OpvEntry *entry = opv_item_get_entry (g_ptr_array_index (items, i), round);
      OpvTimeframe timeframe;
      gboolean named = party == 0;

      if (entry == NULL || opv_entry_get_status (entry) == OPV_STATUS_DONE ||
          !opv_timeframe_parse (opv_entry_get_timeframe (entry), &timeframe) || timeframe.open_end ||
          timeframe.end >= TODAY_YEAR * 12 + TODAY_MONTH - 1)
        continue;
      for (guint j = 0; j < opv_entry_get_responsibilities (entry)->len; j++)
        {
          OpvResponsibility *resp = g_ptr_array_index (opv_entry_get_responsibilities (entry), j);
          named |= opv_party_get_id (resp->party) == party;
        }
      n += named;
    }
  return n;
}

static void
test_filter_overdue (Fixture       *f,
                     gconstpointer  data)
{
  OpvFilterPopover *popover = f->window->filter_popover;
  g_autoptr(OpvDossier) nap = load_dossier (f, "nap");
  OpvRound *round = opv_dossier_get_newest_round (nap);
  gint64 ocw = party_id (f, "OCW");

  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  iterate ();

  /* As of June 2024, 20 NAP activities are overdue: their timeframes
   * ended before June and none is marked Afgerond. 2022-2023, 2023, Q1
   * 2023 (2), Q2 2023 (2), Q3 2023 (3), Q4 2023 (2), Q2-Q3 2023, Q2-Q4
   * 2023, Q3-Q4 2023, Q1 2024 (5) and "Q12023 en Q12024". Q2 2024 ends in
   * June itself and is not overdue yet; "Vanaf" has no end. */
  gtk_check_button_set_active (popover->overdue_check, TRUE);
  iterate ();
  g_assert_cmpuint (count_overdue (nap, round, 0), ==, 20);
  g_assert_cmpuint (n_shown (f), ==, 20);
  assert_no_empty_headings (f);
  g_assert_cmpstr (gtk_label_get_label (f->window->filter_bar->count_label), ==,
                   TR ("20 of 83 activities shown", "20 van 83 activiteiten getoond"));

  /* AND with a party: of those, OCW is named for 5. */
  gtk_drop_down_set_selected (popover->party_dropdown, choice_of (popover->party_ids, ocw));
  iterate ();
  g_assert_cmpuint (count_overdue (nap, round, ocw), ==, 5);
  g_assert_cmpuint (n_shown (f), ==, 5);

  /* In January 2025 the 2023-2024 activities are late too. */
  opv_window_set_today (f->window, 2025, 1);
  iterate ();
  g_assert_cmpuint (n_shown (f), >, 5);

  /* Before any timeframe ended nothing is overdue, and the list says
   * that no activity meets the filters. */
  opv_window_set_today (f->window, 2000, 1);
  iterate ();
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->no_match_page)));
  g_assert_false (gtk_widget_get_visible (f->window->item_scroller));
}

static void
test_filter_party_theme_round (Fixture       *f,
                               gconstpointer  data)
{
  OpvFilterPopover *popover = f->window->filter_popover;
  g_autoptr(OpvDossier) sd = load_dossier (f, "schaduw-dansen");
  g_autofree char *codes = NULL;
  g_autofree char *codes_theme = NULL;
  g_autofree char *codes_tbd = NULL;
  g_autoptr(GPtrArray) shown_chips = NULL;
  OpvRound *june = opv_dossier_find_round (sd, "Update juni 2023");
  gint64 ocw = party_id (f, "OCW");
  gint64 theme2 = 0;

  {
    g_autoptr(OpvTheme) theme = g_list_model_get_item (opv_dossier_get_themes (sd), 1);
    theme2 = opv_theme_get_id (theme);
  }

  /* The window shows Update 2024, which names no parties: the party
   * filter reads what June 2023 said, as the list's chips do. The June
   * 2023 table names OCW for these 13 recommendations. */
  g_assert_cmpstr (opv_round_get_label (opv_window_get_round (f->window)), ==, "Update 2024");
  select_item (f, "2.3");
  gtk_drop_down_set_selected (popover->party_dropdown, choice_of (popover->party_ids, ocw));
  iterate ();
  codes = shown_codes (f);
  g_assert_cmpstr (codes, ==, "2.1 2.3 2.4 2.6 3.1 3.2 3.6 4.4 5.3 5.5 5.6 5.7 5.9");
  assert_no_empty_headings (f);
  g_assert_cmpstr (gtk_label_get_label (f->window->filter_bar->count_label), ==,
                   TR ("13 of 33 recommendations shown", "13 van 33 aanbevelingen getoond"));

  /* The selection stays while its item stays in the list. */
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (f->window->item_view)), ==, "2.3");
  {
    OpvOutlineNode *row = gtk_single_selection_get_selected_item (f->window->selection);
    g_assert_nonnull (row);
    g_assert_cmpstr (opv_outline_node_get_code (row), ==, "2.3");
  }

  /* AND a theme: OCW in "2. Meldingen en opvolging". */
  gtk_drop_down_set_selected (popover->theme_dropdown, choice_of (popover->theme_ids, theme2));
  iterate ();
  codes_theme = shown_codes (f);
  g_assert_cmpstr (codes_theme, ==, "2.1 2.3 2.4 2.6");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->window->selection)), ==, 1 + 4);
  {
    OpvOutlineNode *row = gtk_single_selection_get_selected_item (f->window->selection);
    g_assert_nonnull (row);
    g_assert_cmpstr (opv_outline_node_get_code (row), ==, "2.3");
  }
  shown_chips = chips (f);
  g_assert_cmpuint (shown_chips->len, ==, 2);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (shown_chips, 0)), ==,
                   TR ("Remove the filter Party: OCW", "Filter Partij: OCW verwijderen"));

  /* A status nothing has empties the list, and the selection with it. */
  opv_item_filter_set_status (f->window->item_filter, OPV_STATUS_DONE, TRUE);
  iterate ();
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_null (gtk_single_selection_get_selected_item (f->window->selection));
  opv_item_filter_clear (f->window->item_filter);
  iterate ();
  g_assert_cmpuint (n_shown (f), ==, 33);

  /* "No responsible party": in June 2023, 2.5 and 5.10 read "Nader te
   * bepalen". 2.2's note ("Gesprekken hierover lopen nog …") states a
   * responsibility and does not count. */
  gtk_check_button_set_active (popover->unassigned_check, TRUE);
  iterate ();
  codes_tbd = shown_codes (f);
  g_assert_cmpstr (codes_tbd, ==, "2.5 5.10");

  /* Another round for the filters is a filter of its own, with a chip;
   * "No status" in June 2023 is every recommendation. */
  gtk_check_button_set_active (popover->unassigned_check, FALSE);
  gtk_drop_down_set_selected (popover->round_dropdown, choice_of (popover->round_ids, opv_round_get_id (june)));
  gtk_check_button_set_active (popover->status_checks[OPV_STATUS_UNSET], TRUE);
  iterate ();
  g_assert_cmpuint (n_shown (f), ==, 33);
  {
    g_autoptr(GPtrArray) round_chips = chips (f);
    g_autofree char *bar = widget_text (f->window->filter_bar);

    g_assert_cmpuint (round_chips->len, ==, 2);
    g_assert_nonnull (strstr (bar, TR ("As of Update juni 2023", "Volgens Update juni 2023")));
  }

  /* The window's round is not the filters' business: changing it keeps
   * the filters' own round. */
  select_round (f, "Update juni 2023");
  select_round (f, "Update 2024");
  g_assert_cmpint (opv_item_filter_get_round_id (f->window->item_filter), ==, opv_round_get_id (june));

  /* Another dossier forgets the theme and the round, keeps the status. */
  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  iterate ();
  g_assert_cmpint (opv_item_filter_get_round_id (f->window->item_filter), ==, 0);
  g_assert_cmpint (opv_item_filter_get_theme_id (f->window->item_filter), ==, 0);
  g_assert_cmpuint (opv_item_filter_get_statuses (f->window->item_filter), ==, OPV_STATUS_BIT (OPV_STATUS_UNSET));
  g_assert_cmpuint (n_shown (f), ==, 69);
}

/* The parties view */

/* Who is responsible for @item, counted here apart from the view: the
 * newest round that names a party, sets the "to be determined" flag or
 * has a note. */
static OpvEntry *
stated_responsibility (OpvDossier *dossier,
                       OpvItem    *item)
{
  GListModel *rounds = opv_dossier_get_rounds (dossier);

  for (guint i = g_list_model_get_n_items (rounds); i > 0; i--)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i - 1);
      OpvEntry *entry = opv_item_get_entry (item, round);

      if (entry != NULL && (opv_entry_get_responsibilities (entry)->len > 0 ||
                            opv_entry_get_to_be_determined (entry) ||
                            opv_entry_get_responsibility_note (entry)[0] != '\0'))
        return entry;
    }
  return NULL;
}

static void
count_for_party (Fixture    *f,
                 const char *short_name,
                 guint      *n_items,
                 guint      *n_overdue)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) dossiers = opv_store_list_dossiers (f->store, &error);
  gint64 id = party_id (f, short_name);

  *n_items = *n_overdue = 0;
  for (guint d = 0; d < g_list_model_get_n_items (dossiers); d++)
    {
      g_autoptr(OpvDossier) listed = g_list_model_get_item (dossiers, d);
      g_autoptr(OpvDossier) dossier = opv_store_load_dossier (f->store, opv_dossier_get_id (listed), &error);
      g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
      OpvRound *newest = opv_dossier_get_newest_round (dossier);

      for (guint i = 0; i < items->len; i++)
        {
          OpvItem *item = g_ptr_array_index (items, i);
          OpvEntry *stated = stated_responsibility (dossier, item);
          OpvEntry *latest = opv_item_get_entry (item, newest);
          gboolean named = FALSE;
          OpvTimeframe timeframe;

          for (guint j = 0; stated != NULL && j < opv_entry_get_responsibilities (stated)->len; j++)
            {
              OpvResponsibility *resp = g_ptr_array_index (opv_entry_get_responsibilities (stated), j);
              named |= opv_party_get_id (resp->party) == id;
            }
          if (!named)
            continue;
          (*n_items)++;
          if (latest != NULL && opv_entry_get_status (latest) != OPV_STATUS_DONE &&
              opv_timeframe_parse (opv_entry_get_timeframe (latest), &timeframe) && !timeframe.open_end &&
              timeframe.end < TODAY_YEAR * 12 + TODAY_MONTH - 1)
            (*n_overdue)++;
        }
    }
}

static void
show_parties (Fixture *f)
{
  gboolean needs_count = f->window->party_view->dirty;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-parties", NULL);
  /* A count runs in a worker: the window is not held up meanwhile. */
  g_assert_cmpint (opv_party_view_is_counting (f->window->party_view), ==, needs_count);
  g_assert_cmpint (gtk_widget_get_visible (f->window->party_view->busy_spinner), ==, needs_count);
  iterate ();
  g_assert_false (opv_party_view_is_counting (f->window->party_view));
  g_assert_false (gtk_widget_get_visible (f->window->party_view->busy_spinner));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "parties");
}

static void
test_parties_counts (Fixture       *f,
                     gconstpointer  data)
{
  /* From the sources: June 2023 names OCW for 13 Schaduw dansen
   * recommendations and the NAP table for 34 activities; VWS 5 + 22;
   * Alliantie 19 (4.4's "alliantie" is the same party); the
   * Regeringscommissaris 1 + 18; SZW 11; JenV 6; Gemeenten 3. Overdue
   * as of June 2024, all in NAP (Schaduw dansen states no timeframes):
   * OCW 5, VWS 5, Regeringscommissaris 7, SZW 2, JenV 2. */
  static const struct { const char *party; guint n_items; guint n_overdue; } expected[] = {
    { "OCW", 47, 5 },
    { "VWS", 27, 5 },
    { "Alliantie", 19, 0 },
    { "Regeringscommissaris", 19, 7 },
    { "SZW", 11, 2 },
    { "JenV", 6, 2 },
    { "Gemeenten", 3, 0 },
    { "Danspartijen", 1, 0 },
  };
  OpvPartyView *view = f->window->party_view;
  GPtrArray *items;
  g_autoptr(GString) sd_codes = g_string_new (NULL);
  GtkListBoxRow *row;
  g_autofree char *tooltip = NULL;

  show_parties (f);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gint64 id = party_id (f, expected[i].party);
      guint n_items, n_overdue;

      g_test_message ("%s", expected[i].party);
      count_for_party (f, expected[i].party, &n_items, &n_overdue);
      g_assert_cmpuint (n_items, ==, expected[i].n_items);
      g_assert_cmpuint (n_overdue, ==, expected[i].n_overdue);
      g_assert_cmpuint (opv_party_view_get_n_items (view, id), ==, n_items);
      g_assert_cmpuint (opv_party_view_get_n_overdue (view, id), ==, n_overdue);
    }

  /* OCW's Schaduw dansen items are the June 2023 ones, though the view
   * reads the newest round, which names nobody. */
  items = opv_party_view_get_items (view, party_id (f, "OCW"));
  for (guint i = 0; i < items->len; i++)
    {
      OpvPartyItem *pi = g_ptr_array_index (items, i);

      if (!g_str_equal (opv_dossier_get_slug (pi->dossier), "schaduw-dansen"))
        continue;
      if (sd_codes->len > 0)
        g_string_append_c (sd_codes, ' ');
      g_string_append (sd_codes, opv_item_get_code (pi->item));
      g_assert_cmpstr (opv_round_get_label (opv_entry_get_round (pi->responsible)), ==, "Update juni 2023");
      g_assert_cmpstr (opv_round_get_label (opv_entry_get_round (pi->latest)), ==, "Update 2024");
    }
  g_assert_cmpstr (sd_codes->str, ==, "2.1 2.3 2.4 2.6 3.1 3.2 3.6 4.4 5.3 5.5 5.6 5.7 5.9");

  /* The list says it too. */
  g_assert_true (opv_party_view_select_party (view, "OCW"));
  iterate ();
  row = gtk_list_box_get_selected_row (view->party_list);
  g_assert_nonnull (row);
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (row)) ? g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (row))) : NULL;
  g_assert_cmpstr (tooltip, ==, TR ("47 items, 5 overdue", "47 onderdelen, 5 te laat"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->detail_stack), ==, "party");
  g_assert_cmpuint (view->item_groups->len, ==, 2);
  g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (view->item_groups, 0)), ==, "Schaduw dansen");
  g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (view->item_groups, 1)), ==, "NAP");
}

static AdwActionRow *
find_item_row (GtkWidget  *widget,
               const char *code)
{
  if (ADW_IS_ACTION_ROW (widget) && g_object_get_data (G_OBJECT (widget), "party-item") != NULL)
    {
      OpvPartyItem *pi = g_object_get_data (G_OBJECT (widget), "party-item");
      if (g_str_equal (opv_item_get_code (pi->item), code))
        return ADW_ACTION_ROW (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *row = find_item_row (child, code);
      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
test_parties_open_item (Fixture       *f,
                        gconstpointer  data)
{
  OpvPartyView *view = f->window->party_view;
  AdwActionRow *row;

  g_assert_true (opv_window_select_dossier (f->window, "nap"));
  iterate ();
  show_parties (f);
  g_assert_true (opv_party_view_select_party (view, "Gemeenten"));
  iterate ();
  row = find_item_row (GTK_WIDGET (view->page), "3.3");
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  iterate ();

  /* Back in the main view, on the item, in its newest round. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "main");
  g_assert_cmpstr (opv_dossier_get_slug (opv_window_get_dossier (f->window)), ==, "schaduw-dansen");
  g_assert_cmpstr (opv_round_get_label (opv_window_get_round (f->window)), ==, "Update 2024");
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (f->window->item_view)), ==, "3.3");

  /* Back and forth with the actions. */
  show_parties (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-list", NULL);
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "main");
}

static void
test_parties_merge_and_undo (Fixture       *f,
                             gconstpointer  data)
{
  OpvPartyView *view = f->window->party_view;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) sd = load_dossier (f, "schaduw-dansen");
  g_autofree char *before = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *undone = NULL;
  gint64 item_id = 0;
  gint64 alliantie = party_id (f, "Alliantie");
  GtkStringObject *target;

  /* A duplicate, as a user might have typed it: the Alliantie under its
   * full name, named for 2.1 (OCW's alone in June 2023). */
  {
    g_autoptr(GPtrArray) items = opv_dossier_dup_items (sd);
    for (guint i = 0; i < items->len; i++)
      if (g_str_equal (opv_item_get_code (g_ptr_array_index (items, i)), "2.1"))
        item_id = opv_item_get_id (g_ptr_array_index (items, i));
  }
  opv_store_add_responsibility (f->store, item_id, opv_round_get_id (opv_dossier_find_round (sd, "Update juni 2023")),
                                "Alliantie Dans Veilig", OPV_ROLE_INVOLVED, &error);
  g_assert_no_error (error);
  iterate ();
  before = export_dossier (f, "schaduw-dansen");

  show_parties (f);
  g_assert_true (opv_party_view_select_party (view, "Alliantie Dans Veilig"));
  iterate ();
  g_assert_cmpuint (opv_party_view_get_n_items (view, party_id (f, "Alliantie Dans Veilig")), ==, 1);
  g_assert_cmpuint (opv_party_view_get_n_items (view, alliantie), ==, 19);

  /* The dialog offers the party whose name is alike. */
  g_signal_emit_by_name (view->merge_button, "clicked");
  iterate ();
  g_assert_nonnull (view->merge_dialog);
  target = gtk_drop_down_get_selected_item (view->merge_target);
  g_assert_cmpstr (gtk_string_object_get_string (target), ==, "Alliantie");
  adw_message_dialog_response (view->merge_dialog, "merge");
  iterate ();

  /* The duplicate is gone; the Alliantie now has 2.1 as well, and the
   * view shows it. */
  g_assert_cmpint (party_id (f, "Alliantie Dans Veilig"), ==, 0);
  g_assert_cmpuint (opv_party_view_get_n_items (view, alliantie), ==, 20);
  g_assert_cmpint (opv_party_view_get_selected (view), ==, alliantie);
  merged = export_dossier (f, "schaduw-dansen");
  g_assert_cmpstr (merged, !=, before);
  g_assert_nonnull (strstr (merged, "\"party\" : \"Alliantie\",\n                    \"role\" : \"involved\""));

  /* One undo brings back both parties exactly. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  iterate ();
  undone = export_dossier (f, "schaduw-dansen");
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpint (party_id (f, "Alliantie Dans Veilig"), !=, 0);
  g_assert_cmpuint (opv_party_view_get_n_items (view, alliantie), ==, 19);
}

static void
test_parties_edit (Fixture       *f,
                   gconstpointer  data)
{
  OpvPartyView *view = f->window->party_view;
  g_autofree char *before = export_dossier (f, "schaduw-dansen");
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  gint64 gemeenten = party_id (f, "Gemeenten");

  show_parties (f);
  g_assert_true (opv_party_view_select_party (view, "Gemeenten"));
  iterate ();

  /* Rename, full name and kind: each goes to the store at once. */
  gtk_editable_set_text (GTK_EDITABLE (view->short_name_row), "Gemeenten NL");
  g_signal_emit_by_name (view->short_name_row, "apply");
  iterate ();
  g_assert_cmpint (party_id (f, "Gemeenten NL"), ==, gemeenten);
  g_assert_cmpstr (adw_window_title_get_title (view->party_title), ==, "Gemeenten NL");

  gtk_editable_set_text (GTK_EDITABLE (view->full_name_row), "Nederlandse gemeenten");
  g_signal_emit_by_name (view->full_name_row, "apply");
  iterate ();
  adw_combo_row_set_selected (view->kind_row, 1);   /* a public body */
  iterate ();
  after = export_dossier (f, "schaduw-dansen");
  g_assert_nonnull (strstr (after, "\"short_name\" : \"Gemeenten NL\",\n"
                                   "        \"full_name\" : \"Nederlandse gemeenten\",\n"
                                   "        \"kind\" : \"government\""));

  /* A name that is taken is the same party: the view offers a merge. */
  gtk_editable_set_text (GTK_EDITABLE (view->short_name_row), "ocw");
  g_signal_emit_by_name (view->short_name_row, "apply");
  iterate ();
  g_assert_nonnull (view->merge_dialog);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (view->merge_target)), ==, "OCW");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->short_name_row)), ==, "Gemeenten NL");
  adw_message_dialog_response (view->merge_dialog, "cancel");
  iterate ();
  g_assert_cmpint (party_id (f, "Gemeenten NL"), ==, gemeenten);

  /* Three edits, three undos. */
  for (int i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
      iterate ();
    }
  undone = export_dossier (f, "schaduw-dansen");
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpstr (adw_window_title_get_title (view->party_title), ==, "Gemeenten");
}

/* Accessibility: what a screen reader or a keyboard user meets. */
static void
test_accessible_controls (Fixture       *f,
                          gconstpointer  data)
{
  /* Icon-only buttons say what they do. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->search_button)), ==,
                   TR ("Search All Dossiers", "Alle dossiers doorzoeken"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->filter_button)), ==,
                   TR ("Filter the List", "Lijst filteren"));

  /* The actions are reachable from the keyboard and enabled. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-filters", NULL));
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->filter_popover)));
  gtk_popover_popdown (GTK_POPOVER (f->window->filter_popover));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-parties", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "main");
  g_assert_true (gtk_search_bar_get_search_mode (f->window->search_bar));
}

/* A criterion whose theme is deleted is forgotten, and the list follows:
 * every remaining item is shown, not the deleted theme's none. Undo
 * brings the theme back, and the list shows all again. */
static void
test_filter_forgotten (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OpvOutlineModel *outline;
  OpvTheme *theme;

  g_assert_true (opv_window_select_dossier (f->window, "schaduw-dansen"));
  iterate ();
  outline = f->window->outline;
  theme = g_list_model_get_item (opv_dossier_get_themes (opv_window_get_dossier (f->window)), 1);
  opv_item_filter_set_theme_id (f->window->item_filter, opv_theme_get_id (theme));
  iterate ();
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (outline), ==, 6);

  g_assert_true (opv_store_delete_theme (f->store, opv_theme_get_id (theme), &error));
  g_assert_no_error (error);
  g_object_unref (theme);
  iterate ();
  g_assert_true (f->window->outline == outline);
  g_assert_false (opv_item_filter_is_active (f->window->item_filter));
  g_assert_false (opv_outline_filter_is_active (opv_outline_model_get_filter (outline)));
  g_assert_cmpuint (opv_outline_model_get_n_items_total (outline), ==, 27);
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (outline), ==, 27);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->no_match_page)));

  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (outline), ==, 33);
  g_assert_cmpuint (opv_outline_model_get_n_items_total (outline), ==, 33);
}

int
main (int    argc,
      char **argv)
{
  const char *language = g_getenv ("LANGUAGE");

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display; run under xvfb-run\n");
      return 0;
    }

  dutch = language != NULL && g_str_has_prefix (language, "nl");

  opv_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  opv_ui_init ();

  g_test_add_func ("/search/snippet-markup", test_snippet_markup);
  g_test_add ("/search/while-typing", Fixture, NULL, fixture_set_up, test_search_while_typing, fixture_tear_down);
  g_test_add ("/search/opens-hit", Fixture, NULL, fixture_set_up, test_search_opens_hit, fixture_tear_down);
  g_test_add ("/search/clears-hiding-filters", Fixture, NULL,
              fixture_set_up, test_search_clears_hiding_filters, fixture_tear_down);
  g_test_add ("/filters/status", Fixture, NULL, fixture_set_up, test_filter_status, fixture_tear_down);
  g_test_add ("/filters/forgotten", Fixture, NULL, fixture_set_up, test_filter_forgotten, fixture_tear_down);
  g_test_add ("/filters/overdue", Fixture, NULL, fixture_set_up, test_filter_overdue, fixture_tear_down);
  g_test_add ("/filters/party-theme-round", Fixture, NULL,
              fixture_set_up, test_filter_party_theme_round, fixture_tear_down);
  g_test_add ("/parties/counts", Fixture, NULL, fixture_set_up, test_parties_counts, fixture_tear_down);
  g_test_add ("/parties/open-item", Fixture, NULL, fixture_set_up, test_parties_open_item, fixture_tear_down);
  g_test_add ("/parties/merge-and-undo", Fixture, NULL,
              fixture_set_up, test_parties_merge_and_undo, fixture_tear_down);
  g_test_add ("/parties/edit", Fixture, NULL, fixture_set_up, test_parties_edit, fixture_tear_down);
  g_test_add ("/a11y/controls", Fixture, NULL, fixture_set_up, test_accessible_controls, fixture_tear_down);

  return g_test_run ();
}
