/* test-item-view.c: editing in the detail pane, with the real widgets in a
 * real window under a virtual X server, checked against the database and
 * undone back to the exact starting state
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
#include "opv-history-format.h"
#include "opv-kamerstuk-editor.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

typedef struct
{
  char      *dir;
  OpvStore  *store;
  OpvWindow *window;
  char      *before;    /* the dossier's exchange text at the start */
  GPtrArray *dossiers;  /* read by stored_item(), kept alive for its items */
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

static char *
export_dossier (OpvStore   *store,
                const char *slug)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (store, slug, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return opv_exchange_write (dossier, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("opv-item-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);

  f->store = opv_test_open_with_defaults (path);
  f->before = export_dossier (f->store, "schaduw-dansen");

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
  g_free (f->before);
  g_clear_pointer (&f->dossiers, g_ptr_array_unref);
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Widgets */

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget) || GTK_IS_NATIVE (widget))
    return;

  if (GTK_IS_LABEL (widget) && gtk_label_get_label (GTK_LABEL (widget))[0] != '\0')
    {
      g_string_append (out, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

/* The text of every label a user can see below @widget, in order. */
static char *
widget_text (gpointer widget)
{
  GString *out = g_string_new (NULL);

  collect_text (GTK_WIDGET (widget), out);
  return g_string_free (out, FALSE);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if (GTK_IS_NATIVE (child))
        continue;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
keyed (Fixture    *f,
       const char *key)
{
  GtkWidget *widget = opv_item_view_find_keyed (f->window->item_view, key);

  g_assert_nonnull (widget);
  return widget;
}

/* Presses Enter in the text field of an entry, an entry row or a GtkText. */
static void
press_enter (gpointer editable)
{
  GtkWidget *inner = GTK_IS_TEXT (editable) ? GTK_WIDGET (editable)
                                            : find_descendant (GTK_WIDGET (editable), GTK_TYPE_TEXT);

  g_assert_nonnull (inner);
  g_signal_emit_by_name (inner, "activate");
  iterate ();
}

/* Types @text into an entry row or entry and presses Enter. */
static void
type_and_enter (gpointer    editable,
                const char *text)
{
  GtkWidget *inner = GTK_IS_TEXT (editable) ? GTK_WIDGET (editable)
                                            : find_descendant (GTK_WIDGET (editable), GTK_TYPE_TEXT);

  g_assert_nonnull (inner);
  gtk_widget_grab_focus (inner);
  iterate ();
  gtk_editable_set_text (GTK_EDITABLE (inner), text);
  iterate ();
  press_enter (inner);
}

/* Delivers a key press to the key controllers of @widget and its
 * ancestors, capture phase first, as GTK would. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  for (int phase = 0; phase < 2; phase++)
    for (guint i = 0; i < chain->len; i++)
      {
        GtkWidget *w = g_ptr_array_index (chain, phase == 0 ? i : chain->len - 1 - i);
        g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

        for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
          {
            g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);
            gboolean handled = FALSE;

            if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
                gtk_event_controller_get_propagation_phase (controller) !=
                (phase == 0 ? GTK_PHASE_CAPTURE : GTK_PHASE_BUBBLE))
              continue;
            g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
            if (handled)
              {
                iterate ();
                return TRUE;
              }
          }
      }
  return FALSE;
}

/* Lets frames pass, as after a focus change that scrolls the pane. */
static void
settle (void)
{
  for (int i = 0; i < 10; i++)
    {
      iterate ();
      g_usleep (20000);
    }
  iterate ();
}

static void
select_round (Fixture    *f,
              const char *label)
{
  g_assert_true (opv_window_select_round (f->window, label));
  iterate ();
}

static void
select_item (Fixture    *f,
             const char *code)
{
  g_assert_true (opv_window_select_item (f->window, code));
  iterate ();
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (f->window->item_view)), ==, code);
}

/* The database */

static OpvItem *
stored_item (Fixture    *f,
             const char *slug,
             const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, slug, &error);
  g_autoptr(GPtrArray) items = NULL;

  g_assert_no_error (error);
  items = opv_dossier_dup_items (dossier);
  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (opv_item_get_code (item), code))
        {
          /* An item keeps its dossier alive only while the dossier is
           * referenced, and the dossier holds the item: the fixture keeps
           * the dossier until the test ends, without a cycle of
           * references between the two. */
          if (f->dossiers == NULL)
            f->dossiers = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (f->dossiers, g_object_ref (dossier));
          g_object_set_data (G_OBJECT (item), "dossier", dossier);
          return g_object_ref (item);
        }
    }
  g_assert_not_reached ();
}

static OpvEntry *
stored_entry (OpvItem    *item,
              const char *round_label)
{
  OpvDossier *dossier = g_object_get_data (G_OBJECT (item), "dossier");
  OpvRound *round = opv_dossier_find_round (dossier, round_label);

  g_assert_nonnull (round);
  return opv_item_get_entry (item, round);
}

static OpvFollowup *
followup_at (OpvEntry *entry,
             guint     position)
{
  g_autoptr(OpvFollowup) followup = g_list_model_get_item (opv_entry_get_followups (entry), position);

  g_assert_nonnull (followup);
  return followup;   /* still owned by the entry */
}

static void
undo_all (Fixture *f)
{
  for (int i = 0; i < 200 && opv_store_can_undo (f->store); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
      iterate ();
    }
  g_assert_false (opv_store_can_undo (f->store));
}

static void
assert_back_at_start (Fixture *f)
{
  g_autofree char *after = export_dossier (f->store, "schaduw-dansen");

  g_assert_cmpstr (after, ==, f->before);
}

static char *
history_text (Fixture *f)
{
  OpvItemView *view = f->window->item_view;

  GString *text = g_string_new (NULL);

  for (guint i = 0; i < view->history_rows->len; i++)
    {
      g_autofree char *row = widget_text (g_ptr_array_index (view->history_rows, i));
      g_string_append (text, row);
    }
  return g_string_free (text, FALSE);
}

/* Tests */

static void
click (gpointer button)
{
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

static OpvFollowupRow *
new_followup_row (Fixture *f)
{
  OpvFollowupRow *row;

  click (f->window->item_view->add_followup_button);
  row = opv_item_view_find_followup_row (f->window->item_view, -1);
  g_assert_nonnull (row);
  g_assert_true (opv_followup_row_get_editing (row));
  return row;
}

static void
write_followup (OpvFollowupRow *row,
                const char     *code,
                const char     *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (opv_text_card_get_text_view (row->text_card));

  gtk_editable_set_text (GTK_EDITABLE (row->code_entry), code);
  gtk_text_buffer_set_text (buffer, text, -1);
  iterate ();
}


static gboolean
focus_is_in (Fixture  *f,
             gpointer  widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, GTK_WIDGET (widget)));
}

/* The journey of the brief: a status, two follow-ups added and reordered,
 * a party with a role, a link refused and then accepted; the History
 * tells it all, and undo takes it all back. */
static void
test_edit_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autoptr(OpvItem) item = NULL;
  OpvEntry *entry;
  OpvFollowupRow *row;
  g_autofree char *history = NULL;
  g_autofree char *followups = NULL;
  gint64 first_id;

  select_round (f, "Update juni 2023");
  select_item (f, "2.3");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (view->status_row)));
  g_assert_false (gtk_widget_get_visible (view->sent_box));

  /* The status, through the combo row. */
  g_assert_cmpuint (adw_combo_row_get_selected (view->status_row), ==, OPV_STATUS_UNSET);
  adw_combo_row_set_selected (view->status_row, OPV_STATUS_DONE);
  iterate ();
  item = stored_item (f, "schaduw-dansen", "2.3");
  g_assert_cmpint (opv_entry_get_status (stored_entry (item, "Update juni 2023")), ==, OPV_STATUS_DONE);
  g_assert_cmpuint (adw_combo_row_get_selected (view->status_row), ==, OPV_STATUS_DONE);
  g_clear_object (&item);

  /* Two follow-ups added at the end, in their editor. */
  row = new_followup_row (f);
  write_followup (row, "2.3.3", "Eerste nieuwe opvolging");
  click (row->apply_button);
  row = new_followup_row (f);
  write_followup (row, "2.3.4", "Tweede nieuwe opvolging");
  /* Enter in a field applies too. */
  press_enter (row->code_entry);
  g_assert_null (opv_item_view_find_followup_row (view, -1));

  item = stored_item (f, "schaduw-dansen", "2.3");
  entry = stored_entry (item, "Update juni 2023");
  g_assert_cmpuint (g_list_model_get_n_items (opv_entry_get_followups (entry)), ==, 4);
  g_assert_cmpstr (opv_followup_get_text (followup_at (entry, 2)), ==, "Eerste nieuwe opvolging");
  g_assert_cmpstr (opv_followup_get_code (followup_at (entry, 2)), ==, "2.3.3");
  g_assert_cmpstr (opv_followup_get_text (followup_at (entry, 3)), ==, "Tweede nieuwe opvolging");
  first_id = opv_followup_get_id (followup_at (entry, 2));
  g_clear_object (&item);

  /* Moved down with the row's action, as its menu and Alt+Down do. */
  row = opv_item_view_find_followup_row (view, first_id);
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.move-down", NULL));
  iterate ();
  item = stored_item (f, "schaduw-dansen", "2.3");
  entry = stored_entry (item, "Update juni 2023");
  g_assert_cmpstr (opv_followup_get_text (followup_at (entry, 2)), ==, "Tweede nieuwe opvolging");
  g_assert_cmpstr (opv_followup_get_text (followup_at (entry, 3)), ==, "Eerste nieuwe opvolging");
  g_clear_object (&item);
  row = opv_item_view_find_followup_row (view, first_id);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, 3);
  /* The moved row keeps the focus, though the pane was rebuilt. */
  g_assert_true (focus_is_in (f, row));
  followups = widget_text (view->followup_list);
  g_assert_nonnull (strstr (followups, "2.3.4\nTweede nieuwe opvolging\n2.3.3\nEerste nieuwe opvolging\n"));

  /* A party with the role Involved: typed ahead, taken with Enter. */
  {
    GtkWidget *text = find_descendant (GTK_WIDGET (view->party_picker), GTK_TYPE_TEXT);
    g_autofree char *highlighted = NULL;
    GtkWidget *role;

    gtk_widget_grab_focus (text);
    settle ();
    gtk_editable_set_text (GTK_EDITABLE (text), "gemeen");
    iterate ();
    g_assert_true (opv_party_picker_get_popup_shown (view->party_picker));
    highlighted = opv_party_picker_dup_highlighted (view->party_picker);
    g_assert_cmpstr (highlighted, ==, "Gemeenten");
    press_enter (text);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->party_picker)), ==, "");
    g_assert_true (focus_is_in (f, view->party_picker));

    role = keyed (f, "role:Gemeenten");
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (role)), ==, OPV_ROLE_LEAD);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (role), OPV_ROLE_INVOLVED);
    iterate ();
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (keyed (f, "role:Gemeenten"))), ==,
                      OPV_ROLE_INVOLVED);
  }
  item = stored_item (f, "schaduw-dansen", "2.3");
  {
    g_autoptr(GPtrArray) parties = opv_entry_dup_parties_sorted (stored_entry (item, "Update juni 2023"));
    gboolean found = FALSE;

    g_assert_cmpuint (parties->len, ==, 4);
    for (guint i = 0; i < parties->len; i++)
      {
        OpvResponsibility *resp = g_ptr_array_index (parties, i);

        if (g_str_equal (opv_party_get_short_name (resp->party), "Gemeenten"))
          {
            g_assert_cmpint (resp->role, ==, OPV_ROLE_INVOLVED);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  g_clear_object (&item);

  /* A javascript: link is refused, with the store's reason under it; an
   * https: link is taken, with a parliamentary paper. */
  row = opv_item_view_find_followup_row (view, first_id);
  g_signal_emit_by_name (view->followup_list, "row-activated", row);
  iterate ();
  row = opv_item_view_find_followup_row (view, first_id);
  g_assert_true (opv_followup_row_get_editing (row));
  {
    GtkWidget *link = opv_followup_row_add_link (row, "Website", "javascript:alert(1)");
    LinkEditor *e = g_object_get_data (G_OBJECT (link), "link-editor");
    GtkWidget *paper = opv_followup_row_add_kamerstuk (row, NULL);
    OpvKamerstukEditor *k = OPV_KAMERSTUK_EDITOR (paper);

    opv_kamerstuk_editor_set_chamber (k, OPV_CHAMBER_SECOND);
    gtk_editable_set_text (opv_kamerstuk_editor_get_session (k), "2023/24");
    g_assert_cmpstr (opv_kamerstuk_editor_get_preview (k), ==, "Kamerstukken II 2023/24");
    gtk_editable_set_text (opv_kamerstuk_editor_get_dossier (k), "30420");
    gtk_editable_set_text (opv_kamerstuk_editor_get_number (k), "390");
    g_assert_cmpstr (opv_kamerstuk_editor_get_preview (k), ==, "Kamerstukken II 2023/24, 30420, nr. 390");

    click (row->apply_button);
    g_assert_true (opv_item_view_find_followup_row (view, first_id) == row);
    g_assert_true (opv_followup_row_get_editing (row));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (e->error)));
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (e->error)));
    g_assert_nonnull (strstr (gtk_label_get_label (e->error), "javascript:alert(1)"));
    g_assert_nonnull (strstr (gtk_label_get_label (e->error),
                              TR ("is not a web or mail address", "is geen web- of e-mailadres")));
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (e->url), "error"));

    item = stored_item (f, "schaduw-dansen", "2.3");
    entry = stored_entry (item, "Update juni 2023");
    g_assert_cmpuint (opv_followup_get_links (followup_at (entry, 3))->len, ==, 0);
    g_assert_cmpuint (opv_followup_get_kamerstukken (followup_at (entry, 3))->len, ==, 0);
    g_clear_object (&item);

    gtk_editable_set_text (e->url, "https://example.org/meldpunt");
    click (row->apply_button);
  }
  row = opv_item_view_find_followup_row (view, first_id);
  g_assert_false (opv_followup_row_get_editing (row));
  item = stored_item (f, "schaduw-dansen", "2.3");
  entry = stored_entry (item, "Update juni 2023");
  {
    OpvFollowup *followup = followup_at (entry, 3);
    OpvLink *link;
    OpvKamerstuk *k;

    g_assert_cmpuint (opv_followup_get_links (followup)->len, ==, 1);
    link = g_ptr_array_index (opv_followup_get_links (followup), 0);
    g_assert_cmpstr (link->label, ==, "Website");
    g_assert_cmpstr (link->url, ==, "https://example.org/meldpunt");
    g_assert_cmpuint (opv_followup_get_kamerstukken (followup)->len, ==, 1);
    k = g_ptr_array_index (opv_followup_get_kamerstukken (followup), 0);
    g_assert_cmpint (k->chamber, ==, OPV_CHAMBER_SECOND);
    g_assert_cmpstr (k->dossier, ==, "30420");
  }
  g_clear_object (&item);

  /* The History says what happened, newest first, in words. */
  history = history_text (f);
  g_assert_nonnull (strstr (history, TR ("Status: No status → Completed", "Status: Geen status → Afgerond")));
  g_assert_nonnull (strstr (history, TR ("Follow-up added: Eerste nieuwe opvolging",
                                         "Opvolging toegevoegd: Eerste nieuwe opvolging")));
  g_assert_nonnull (strstr (history, TR ("Follow-up added: Tweede nieuwe opvolging",
                                         "Opvolging toegevoegd: Tweede nieuwe opvolging")));
  g_assert_nonnull (strstr (history, TR ("Follow-up moved", "Opvolging verplaatst")));
  g_assert_nonnull (strstr (history, TR ("Responsible party added: Gemeenten",
                                         "Verantwoordelijke partij toegevoegd: Gemeenten")));
  g_assert_nonnull (strstr (history, TR ("Role: Lead → Involved", "Rol: Trekker → Betrokken")));
  g_assert_nonnull (strstr (history, TR ("Link added: Website", "Link toegevoegd: Website")));
  g_assert_true (strstr (history, TR ("Link added", "Link toegevoegd")) <
                 strstr (history, TR ("Status: No status", "Status: Geen status")));
  g_assert_cmpstr (adw_expander_row_get_subtitle (view->history_row), ==, TR ("7 changes", "7 wijzigingen"));

  /* Undo, with the window's action, takes every step back. */
  undo_all (f);
  assert_back_at_start (f);
  g_assert_cmpuint (adw_combo_row_get_selected (view->status_row), ==, OPV_STATUS_UNSET);
  g_assert_null (opv_item_view_find_followup_row (view, first_id));
  g_clear_pointer (&history, g_free);
  history = history_text (f);
  g_assert_nonnull (strstr (history, TR ("Undone: Change the status", "Ongedaan gemaakt: Status wijzigen")));
}

static OpvItem *
select_titled (Fixture    *f,
               const char *slug,
               const char *title)
{
  GListModel *rows;

  g_assert_true (opv_window_select_dossier (f->window, slug));
  iterate ();
  rows = G_LIST_MODEL (gtk_list_view_get_model (f->window->item_list));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(OpvOutlineNode) node = g_list_model_get_item (rows, i);

      if (!opv_outline_node_is_heading (node) && g_str_equal (opv_outline_node_get_title (node), title))
        {
          OpvItem *item;

          gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), i, TRUE);
          iterate ();
          item = opv_item_view_get_item (f->window->item_view);
          g_assert_nonnull (item);
          g_assert_cmpint (opv_item_get_id (item), ==, opv_outline_node_get_item_id (node));
          return item;
        }
    }
  g_assert_not_reached ();
}

static const char *
info_title (OpvItemView *view)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->timeframe_info_row));
}

/* The entry's own fields on a NAP activity: the timeframe and how it was
 * understood, overdue or not, the explanation, the flag and the note. */
static void
test_entry_fields (Fixture       *f,
                   gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autofree char *nap_before = export_dossier (f->store, "nap");
  g_autofree char *nap_after = NULL;
  GtkTextView *text_view = opv_text_card_get_text_view (view->explanation_card);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkWidget *timeframe_text = find_descendant (GTK_WIDGET (view->timeframe_row), GTK_TYPE_TEXT);
  OpvItem *shown;
  gint64 item_id;

  shown = select_titled (f, "nap", "Wettelijke verplichting gedragscode en klachtenregeling");
  item_id = opv_item_get_id (shown);

  /* "Q3-Q4 2024", delayed: understood, and late. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->timeframe_row)), ==, "Q3-Q4 2024");
  g_assert_cmpstr (info_title (view), ==, TR ("From July 2024 to December 2024", "Van juli 2024 tot en met december 2024"));
  g_assert_true (gtk_widget_get_visible (view->overdue_badge));
  g_assert_cmpstr (gtk_label_get_label (view->overdue_label), ==, TR ("Overdue", "Te laat"));

  /* Completed work is not late. */
  adw_combo_row_set_selected (view->status_row, OPV_STATUS_DONE);
  iterate ();
  g_assert_false (gtk_widget_get_visible (view->overdue_badge));
  adw_combo_row_set_selected (view->status_row, OPV_STATUS_DELAYED);
  iterate ();
  g_assert_true (gtk_widget_get_visible (view->overdue_badge));

  /* Enter applies a timeframe; Escape takes back what was typed. */
  type_and_enter (view->timeframe_row, "Vanaf Q2 2023");
  g_assert_cmpstr (info_title (view), ==, TR ("From April 2023, open-ended", "Vanaf april 2023, zonder einddatum"));
  g_assert_false (gtk_widget_get_visible (view->overdue_badge));
  g_assert_true (focus_is_in (f, view->timeframe_row));

  type_and_enter (view->timeframe_row, "Q3 2022-Q3 2024");
  g_assert_cmpstr (info_title (view), ==,
                   TR ("From July 2022 to September 2024", "Van juli 2022 tot en met september 2024"));
  g_assert_true (gtk_widget_get_visible (view->overdue_badge));

  type_and_enter (view->timeframe_row, "zodra de wet er is");
  g_assert_cmpstr (info_title (view), ==, TR ("Not understood as a period", "Niet begrepen als periode"));
  g_assert_false (gtk_widget_get_visible (view->overdue_badge));
  g_assert_cmpstr (gtk_image_get_icon_name (view->timeframe_icon), ==, "dialog-warning-symbolic");

  gtk_editable_set_text (GTK_EDITABLE (timeframe_text), "Q1 2030");
  g_assert_true (press_key (timeframe_text, GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->timeframe_row)), ==, "zodra de wet er is");

  /* The wheel over a text scrolls the page: nothing in the card takes it. */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, view->explanation_card);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
        g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

        for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
          {
            g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
            g_assert_false (GTK_IS_EVENT_CONTROLLER_SCROLL (c) &&
                            gtk_event_controller_get_propagation_phase (c) != GTK_PHASE_NONE);
          }
        /* Hidden widgets, such as scroll bars that are never shown, get no events. */
        for (GtkWidget *child = gtk_widget_get_first_child (w); child; child = gtk_widget_get_next_sibling (child))
          if (gtk_widget_get_visible (child) && gtk_widget_get_child_visible (child))
            g_ptr_array_add (stack, child);
      }
  }

  /* The explanation applies on Ctrl+Enter ... */
  gtk_widget_grab_focus (GTK_WIDGET (text_view));
  gtk_text_buffer_set_text (buffer, "Eerste toelichting", -1);
  g_assert_true (press_key (GTK_WIDGET (text_view), GDK_KEY_Return, GDK_CONTROL_MASK));
  {
    g_autoptr(OpvItem) item = NULL;
    g_autoptr(GPtrArray) items = NULL;
    g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, "nap", NULL);

    items = opv_dossier_dup_items (dossier);
    for (guint i = 0; i < items->len; i++)
      if (opv_item_get_id (g_ptr_array_index (items, i)) == item_id)
        item = g_object_ref (g_ptr_array_index (items, i));
    g_assert_cmpstr (opv_entry_get_explanation (opv_item_get_entry (item, opv_dossier_get_newest_round (dossier))),
                     ==, "Eerste toelichting");
    g_assert_cmpstr (opv_entry_get_timeframe (opv_item_get_entry (item, opv_dossier_get_newest_round (dossier))),
                     ==, "zodra de wet er is");
  }
  g_assert_true (focus_is_in (f, text_view));

  /* ... reverts on Escape ... */
  gtk_text_buffer_set_text (buffer, "Weggegooid", -1);
  g_assert_true (press_key (GTK_WIDGET (text_view), GDK_KEY_Escape, 0));
  {
    g_autofree char *text = opv_text_card_dup_text (view->explanation_card);
    g_assert_cmpstr (text, ==, "Eerste toelichting");
  }

  /* ... and applies when focus leaves it, which stays where it went. */
  gtk_text_buffer_set_text (buffer, "Tweede toelichting", -1);
  gtk_widget_grab_focus (timeframe_text);
  iterate ();
  g_assert_false (opv_item_view_flush (view));
  g_assert_false (opv_text_card_is_changed (view->explanation_card));
  g_assert_true (focus_is_in (f, view->timeframe_row));
  {
    g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, "nap", NULL);
    g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);

    for (guint i = 0; i < items->len; i++)
      if (opv_item_get_id (g_ptr_array_index (items, i)) == item_id)
        g_assert_cmpstr (opv_entry_get_explanation (opv_item_get_entry (g_ptr_array_index (items, i),
                                                                        opv_dossier_get_newest_round (dossier))),
                         ==, "Tweede toelichting");
  }

  /* The flag and the note; a new party, created by its name. */
  gtk_switch_set_active (view->tbd_switch, TRUE);
  iterate ();
  type_and_enter (view->note_row, "Overleg met SZW loopt");
  {
    GtkWidget *text = find_descendant (GTK_WIDGET (view->party_picker), GTK_TYPE_TEXT);

    gtk_widget_grab_focus (text);
    settle ();
    gtk_editable_set_text (GTK_EDITABLE (text), "Nieuwe Partij");
    iterate ();
    g_assert_cmpuint (opv_party_picker_get_n_matches (view->party_picker), ==, 1);
    press_enter (text);
    g_assert_nonnull (keyed (f, "party:Nieuwe Partij"));
  }
  {
    g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, "nap", NULL);
    g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);

    for (guint i = 0; i < items->len; i++)
      if (opv_item_get_id (g_ptr_array_index (items, i)) == item_id)
        {
          OpvEntry *entry = opv_item_get_entry (g_ptr_array_index (items, i), opv_dossier_get_newest_round (dossier));
          g_assert_true (opv_entry_get_to_be_determined (entry));
          g_assert_cmpstr (opv_entry_get_responsibility_note (entry), ==, "Overleg met SZW loopt");
        }
  }
  g_assert_true (gtk_switch_get_active (view->tbd_switch));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->note_row)), ==, "Overleg met SZW loopt");

  /* The title may not be emptied: the row says so and keeps the text. */
  type_and_enter (view->title_row, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (view->title_row), "error"));
  g_assert_cmpstr (opv_item_get_title (opv_item_view_get_item (view)), ==,
                   "Wettelijke verplichting gedragscode en klachtenregeling");
  g_assert_true (press_key (find_descendant (GTK_WIDGET (view->title_row), GTK_TYPE_TEXT), GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->title_row)), ==,
                   "Wettelijke verplichting gedragscode en klachtenregeling");

  undo_all (f);
  nap_after = export_dossier (f->store, "nap");
  g_assert_cmpstr (nap_after, ==, nap_before);
  assert_back_at_start (f);
}

/* A rebuild after an edit keeps an open editor with what was typed in it,
 * and the scroll position; a deleted follow-up comes back with undo. */
static void
test_rebuild_keeps_place (Fixture       *f,
                          gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (view->scroller);
  OpvFollowupRow *row;
  gint64 id;
  double scroll;

  select_round (f, "Update 2024");
  select_item (f, "2.3");
  g_assert_null (opv_item_view_find_followup_row (view, -1));

  row = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 4));
  id = opv_followup_row_get_id (row);
  g_signal_emit_by_name (view->followup_list, "row-activated", row);
  iterate ();
  row = opv_item_view_find_followup_row (view, id);
  write_followup (row, "2.3.5", "Nog niet toegepast");

  /* The status row in view, scrolled down a little, and focused. */
  settle ();
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view->status_row),
                                              gtk_scrolled_window_get_child (view->scroller), &bounds));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.y - 100);
  }
  settle ();
  scroll = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (scroll, >, 100);
  gtk_widget_grab_focus (GTK_WIDGET (view->status_row));

  adw_combo_row_set_selected (view->status_row, OPV_STATUS_IN_PROGRESS);
  settle ();
  g_assert_true (focus_is_in (f, view->status_row));

  /* Within a line: the field with focus may be scrolled fully into view. */
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (adjustment) - scroll), <, 24);
  row = opv_item_view_find_followup_row (view, id);
  g_assert_true (opv_followup_row_get_editing (row));
  {
    g_autofree char *text = opv_followup_row_dup_text (row);
    g_assert_cmpstr (text, ==, "Nog niet toegepast");
  }

  /* A change from elsewhere (another window, an undo) rebuilds the pane
   * while the editor's text has focus: it comes back to the same field. */
  gtk_widget_grab_focus (GTK_WIDGET (opv_text_card_get_text_view (row->text_card)));
  settle ();
  {
    g_autoptr(GError) error = NULL;
    OpvItem *shown = opv_item_view_get_item (view);

    g_assert_true (opv_store_set_entry_field (f->store, opv_item_get_id (shown),
                                              opv_round_get_id (opv_window_get_round (f->window)),
                                              OPV_ENTRY_FIELD_TIMEFRAME, "2025", &error));
    g_assert_no_error (error);
  }
  settle ();
  g_assert_false (opv_item_view_find_followup_row (view, id) == row);
  row = opv_item_view_find_followup_row (view, id);
  g_assert_true (focus_is_in (f, opv_text_card_get_text_view (row->text_card)));

  /* A new follow-up is offered the next number. */
  {
    OpvFollowupRow *added = new_followup_row (f);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (added->code_entry)), ==, "2.3.12");
    click (added->cancel_button);
    g_assert_null (opv_item_view_find_followup_row (view, -1));
    row = opv_item_view_find_followup_row (view, id);
  }

  /* While it is open, row.delete (the Delete key) is off: pressed on one
   * of the editor's buttons, it would take the follow-up and the draft. */
  gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL);
  iterate ();
  g_assert_true (opv_item_view_find_followup_row (view, id) == row);
  g_assert_true (opv_followup_row_get_editing (row));

  /* Cancel closes it without saving. */
  click (row->cancel_button);
  row = opv_item_view_find_followup_row (view, id);
  g_assert_false (opv_followup_row_get_editing (row));
  g_assert_cmpstr (gtk_label_get_label (row->text_label), !=, "Nog niet toegepast");

  /* Delete, from the row's menu action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL));
  iterate ();
  g_assert_null (opv_item_view_find_followup_row (view, id));
  g_assert_cmpstr (adw_preferences_group_get_description (view->followup_group), ==,
                   TR ("10 reported in Update 2024", "10 gemeld in Update 2024"));

  undo_all (f);
  g_assert_nonnull (opv_item_view_find_followup_row (view, id));
  assert_back_at_start (f);
}

/* Text typed into an item's explanation and left by choosing another item
 * in the list is saved to the first, and the list keeps the second. */
static void
test_text_left_for_another_item (Fixture       *f,
                                 gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (opv_text_card_get_text_view (view->explanation_card));
  g_autoptr(OpvItem) item = NULL;

  select_round (f, "Update juni 2023");
  select_item (f, "2.3");
  gtk_widget_grab_focus (GTK_WIDGET (opv_text_card_get_text_view (view->explanation_card)));
  gtk_text_buffer_set_text (buffer, "Getypt bij 2.3", -1);

  /* The list selects on press, before focus leaves the text. */
  g_assert_true (opv_window_select_item (f->window, "2.4"));
  settle ();

  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (view)), ==, "2.4");
  g_assert_cmpstr (opv_outline_node_get_code (gtk_single_selection_get_selected_item (f->window->selection)), ==, "2.4");
  {
    g_autofree char *text = opv_text_card_dup_text (view->explanation_card);
    g_assert_cmpstr (text, ==, "");
  }
  item = stored_item (f, "schaduw-dansen", "2.3");
  g_assert_cmpstr (opv_entry_get_explanation (stored_entry (item, "Update juni 2023")), ==, "Getypt bij 2.3");

  /* Closing the window saves a text still being typed. */
  gtk_widget_grab_focus (GTK_WIDGET (opv_text_card_get_text_view (view->explanation_card)));
  gtk_text_buffer_set_text (buffer, "Getypt bij 2.4", -1);
  {
    gboolean stop = TRUE;

    g_signal_emit_by_name (f->window, "close-request", &stop);
    g_assert_false (stop);
  }
  g_clear_object (&item);
  item = stored_item (f, "schaduw-dansen", "2.4");
  g_assert_cmpstr (opv_entry_get_explanation (stored_entry (item, "Update juni 2023")), ==, "Getypt bij 2.4");

  undo_all (f);
  assert_back_at_start (f);
}

/* Dropping a follow-up on another moves it to that one's place. */
static void
test_drag_and_drop (Fixture       *f,
                    gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  OpvFollowupRow *first, *third;
  GtkDropTarget *target = NULL;
  g_autoptr(GListModel) controllers = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 first_id;
  gboolean dropped = FALSE;

  select_round (f, "Update 2024");
  select_item (f, "2.3");
  first = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 0));
  third = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 2));
  first_id = opv_followup_row_get_id (first);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (third));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, OPV_TYPE_FOLLOWUP_ROW);
  g_value_set_object (&value, first);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  iterate ();
  g_assert_true (dropped);

  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (opv_item_view_find_followup_row (view, first_id))),
                   ==, 2);
  undo_all (f);
  assert_back_at_start (f);
}

/* A round that was sent is read only, and says since when. */
static void
test_sent_round_is_read_only (Fixture       *f,
                              gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autoptr(GError) error = NULL;
  OpvFollowupRow *row;
  gint64 round_id;

  select_round (f, "Update juni 2023");
  select_item (f, "2.3");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (view->status_row)));

  round_id = opv_round_get_id (opv_window_get_round (f->window));
  g_assert_true (opv_store_mark_round_sent (f->store, round_id, "2023-06-15", NULL, &error));
  g_assert_no_error (error);
  settle ();

  g_assert_cmpint (opv_round_get_state (opv_window_get_round (f->window)), ==, OPV_ROUND_SENT);
  g_assert_cmpstr (opv_item_get_code (opv_item_view_get_item (view)), ==, "2.3");
  g_assert_true (gtk_widget_get_visible (view->sent_box));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->sent_label)));
  g_assert_cmpstr (gtk_label_get_label (view->sent_label), ==, TR ("Sent on 15 June 2023", "Verzonden op 15 juni 2023"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->code_row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->title_row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->text_card)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->status_row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->timeframe_row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->explanation_card)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->party_picker)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->tbd_switch)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->note_row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (view->add_followup_button)));
  g_assert_false (gtk_widget_is_sensitive (keyed (f, "role:OCW")));
  g_assert_false (gtk_widget_is_sensitive (keyed (f, "remove:OCW")));
  row = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 0));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row->menu_button)));
  {
    gint64 id = opv_followup_row_get_id (row);

    /* The action is disabled: nothing is deleted. */
    gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL);
    settle ();
    g_assert_nonnull (opv_item_view_find_followup_row (view, id));
    row = opv_item_view_find_followup_row (view, id);
  }

  /* Activating a follow-up opens no editor. */
  g_signal_emit_by_name (view->followup_list, "row-activated", row);
  iterate ();
  row = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 0));
  g_assert_false (opv_followup_row_get_editing (row));

  /* The next round of the same item can be edited. */
  select_round (f, "Update 2024");
  g_assert_false (gtk_widget_get_visible (view->sent_box));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (view->status_row)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (view->add_followup_button)));

  g_assert_true (opv_store_reopen_round (f->store, round_id, &error));
  g_assert_no_error (error);
  undo_all (f);
  assert_back_at_start (f);
}

/* Every control a keyboard reaches has a name for assistive technologies,
 * and a button that shows only an icon has a tooltip too. */
static gboolean
has_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;

  /* A button is named by its label; GTK relates a button to its child even
   * when that is only an icon. */
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *label = find_descendant (widget, GTK_TYPE_LABEL);
      return label != NULL && gtk_label_get_label (GTK_LABEL (label))[0] != '\0';
    }

  return gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static GtkWidget *
named_owner (GtkWidget *widget)
{
  /* The text of an entry, and the button inside a drop-down or a menu
   * button, are named through the widget around them. */
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (ADW_IS_ENTRY_ROW (w) || GTK_IS_ENTRY (w) || GTK_IS_DROP_DOWN (w) || GTK_IS_MENU_BUTTON (w) ||
        ADW_IS_COMBO_ROW (w) || ADW_IS_EXPANDER_ROW (w))
      return w;
  return widget;
}

static void
check_names (GtkWidget *widget,
             GPtrArray *unnamed)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (gtk_widget_get_focusable (widget) && gtk_widget_is_sensitive (widget) &&
      (GTK_IS_BUTTON (widget) || GTK_IS_TEXT (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_SWITCH (widget) ||
       (GTK_IS_LIST_BOX_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)))))
    {
      GtkWidget *owner = named_owner (widget);

      if (!has_name (widget) && !has_name (owner))
        g_ptr_array_add (unnamed, g_strdup_printf ("%s in %s (%s)", G_OBJECT_TYPE_NAME (widget),
                                                   G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                                                   ADW_IS_PREFERENCES_ROW (widget)
                                                   ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))
                                                   : gtk_widget_get_tooltip_text (widget)));
      if (GTK_IS_BUTTON (widget) && owner == widget && find_descendant (widget, GTK_TYPE_LABEL) == NULL &&
          gtk_widget_get_tooltip_text (widget) == NULL)
        g_ptr_array_add (unnamed, g_strdup_printf ("%s without a tooltip", G_OBJECT_TYPE_NAME (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    check_names (child, unnamed);
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  OpvFollowupRow *row;

  select_round (f, "Update juni 2023");
  select_item (f, "2.3");

  /* An editor open, with a link and a paper, and the History shown. */
  row = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 0));
  g_signal_emit_by_name (view->followup_list, "row-activated", row);
  iterate ();
  row = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 0));
  opv_followup_row_add_link (row, "", NULL);
  opv_followup_row_add_kamerstuk (row, NULL);
  adw_combo_row_set_selected (view->status_row, OPV_STATUS_ONGOING);
  adw_expander_row_set_expanded (view->history_row, TRUE);
  settle ();

  check_names (GTK_WIDGET (view), unnamed);
  if (unnamed->len > 0)
    {
      for (guint i = 0; i < unnamed->len; i++)
        g_test_message ("Without a name: %s", (char *) g_ptr_array_index (unnamed, i));
    }
  g_assert_cmpuint (unnamed->len, ==, 0);

  /* The check can fail: an icon-only button with neither name nor tooltip
   * is found twice. */
  {
    GtkWidget *nameless = gtk_button_new_from_icon_name ("user-trash-symbolic");

    adw_action_row_add_suffix (view->tbd_row, nameless);
    iterate ();
    check_names (GTK_WIDGET (view), unnamed);
    g_assert_cmpuint (unnamed->len, ==, 2);
    adw_action_row_remove (view->tbd_row, nameless);
  }
}

/* The History's sentences, from audit rows as the store writes them. */
static void
test_history_sentences (void)
{
  OpvAuditEntry status = { "2024-06-15T12:03:00Z", "Jan", "edit", "Change the status", "entry", "update",
                           "status", "in-progress", "done" };
  OpvAuditEntry tbd = { "2024-06-15T12:03:00Z", "Jan", "edit", "x", "entry", "update",
                        "to_be_determined", "0", "1" };
  OpvAuditEntry added = { "2024-06-15T12:04:00Z", "Jan", "edit", "Add follow-up", "followup", "insert", "text",
                          NULL, "Een heel lange tekst over wat er allemaal gedaan is om de meldpunten beter vindbaar te maken" };
  OpvAuditEntry position = { "2024-06-15T12:04:00Z", "Jan", "edit", "Add follow-up", "followup", "update",
                             "position", "3", "2" };
  OpvAuditEntry party = { "2024-06-15T12:05:00Z", "Jan", "undo", "Add a responsible party", "responsibility",
                          "delete", "party_id", "7", NULL };
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) audit = g_ptr_array_new ();
  g_autoptr(GPtrArray) edits = NULL;
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  OpvHistoryEdit *edit;

  g_hash_table_insert (names, "7", "OCW");

  line = opv_history_describe (&status, names);
  g_assert_cmpstr (line, ==, TR ("Status: In progress → Completed", "Status: In uitvoering → Afgerond"));
  g_clear_pointer (&line, g_free);
  line = opv_history_describe (&tbd, names);
  g_assert_cmpstr (line, ==, TR ("To be determined: No → Yes", "Nader te bepalen: Nee → Ja"));
  g_clear_pointer (&line, g_free);
  line = opv_history_describe (&added, names);
  g_assert_true (g_str_has_suffix (line, "…"));
  g_assert_cmpuint (g_utf8_strlen (line, -1), <, 100);

  /* Newest first: an undo, then an edit of two rows, then another. What
   * an edit is called is recorded in English here, and shown translated. */
  g_ptr_array_add (audit, &party);
  g_ptr_array_add (audit, &position);
  g_ptr_array_add (audit, &added);
  g_ptr_array_add (audit, &status);
  edits = opv_history_group (audit, names);
  g_assert_cmpuint (edits->len, ==, 3);
  edit = g_ptr_array_index (edits, 0);
  text = opv_history_edit_dup_text (edit);
  g_assert_cmpstr (text, ==, TR ("Undone: Add a responsible party\nResponsible party removed: OCW",
                                 "Ongedaan gemaakt: Verantwoordelijke partij toevoegen\nVerantwoordelijke partij verwijderd: OCW"));
  edit = g_ptr_array_index (edits, 1);
  g_assert_cmpuint (edit->lines->len, ==, 1);   /* the renumbering is not told */
  g_clear_pointer (&text, g_free);
  text = opv_history_format_time ("2024-06-15T12:03:00Z");
  g_assert_nonnull (strstr (text, TR ("June 2024", "juni 2024")));
}

/* Update 2024 words 1.3 its own way; the pane says so, and one click
 * gives the round the common wording back, undone by Ctrl+Z. */
static void
test_round_wording (Fixture       *f,
                    gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autoptr(OpvItem) item = NULL;
  g_autofree char *own = NULL;

  select_round (f, "Update 2024");
  select_item (f, "1.3");
  item = stored_item (f, "schaduw-dansen", "1.3");
  own = g_strdup (opv_entry_get_wording_title (stored_entry (item, "Update 2024")));
  g_assert_nonnull (own);
  g_assert_cmpstr (own, !=, opv_item_get_title (item));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->round_wording_row)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (view->common_wording_button)));

  click (view->common_wording_button);
  settle ();
  g_clear_object (&item);
  item = stored_item (f, "schaduw-dansen", "1.3");
  g_assert_null (opv_entry_get_wording_title (stored_entry (item, "Update 2024")));
  g_assert_null (opv_entry_get_wording_text (stored_entry (item, "Update 2024")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->round_wording_row)));

  undo_all (f);
  assert_back_at_start (f);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->round_wording_row)));
}

/* The rounds side by side: what each said, and what changed since. */
static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvItem) item = NULL;
  AdwActionRow *first, *second;

  select_round (f, "Update 2024");
  select_item (f, "2.3");
  g_assert_cmpuint (view->timeline_rows->len, ==, 2);
  first = g_ptr_array_index (view->timeline_rows, 0);
  second = g_ptr_array_index (view->timeline_rows, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Update juni 2023");
  /* June 2023 names three parties; 2024 names none, which is no change. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (first), "Alliantie"));
  g_assert_null (strstr (adw_action_row_get_subtitle (second) ? adw_action_row_get_subtitle (second) : "",
                         dutch ? "Gewijzigd" : "Changed"));

  item = stored_item (f, "schaduw-dansen", "2.3");
  g_assert_true (opv_store_set_entry_field (f->store, opv_item_get_id (item),
                                            opv_round_get_id (opv_window_get_round (f->window)),
                                            OPV_ENTRY_FIELD_STATUS, "in-progress", &error));
  g_assert_no_error (error);
  settle ();
  g_assert_cmpuint (view->timeline_rows->len, ==, 2);
  second = g_ptr_array_index (view->timeline_rows, 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (second), ==, dutch ? "Verantwoordelijkheid niet vermeld\nGewijzigd: status"
                                                                   : "Responsibility not stated\nChanged: status");
  undo_all (f);
  assert_back_at_start (f);
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

  /* The History shows local times; the tests read them in UTC. */
  g_setenv ("TZ", "UTC", TRUE);

  opv_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  opv_ui_init ();

  g_test_add ("/item-view/timeline", Fixture, NULL, fixture_set_up, test_timeline, fixture_tear_down);
  g_test_add ("/item-view/round-wording", Fixture, NULL, fixture_set_up, test_round_wording, fixture_tear_down);
  g_test_add ("/item-view/edit-and-undo", Fixture, NULL, fixture_set_up, test_edit_and_undo, fixture_tear_down);
  g_test_add ("/item-view/entry-fields", Fixture, NULL, fixture_set_up, test_entry_fields, fixture_tear_down);
  g_test_add ("/item-view/rebuild-keeps-place", Fixture, NULL,
              fixture_set_up, test_rebuild_keeps_place, fixture_tear_down);
  g_test_add ("/item-view/text-left-for-another-item", Fixture, NULL,
              fixture_set_up, test_text_left_for_another_item, fixture_tear_down);
  g_test_add ("/item-view/drag-and-drop", Fixture, NULL, fixture_set_up, test_drag_and_drop, fixture_tear_down);
  g_test_add ("/item-view/accessible-names", Fixture, NULL,
              fixture_set_up, test_accessible_names, fixture_tear_down);
  g_test_add ("/item-view/sent-round-is-read-only", Fixture, NULL,
              fixture_set_up, test_sent_round_is_read_only, fixture_tear_down);
  g_test_add_func ("/item-view/history-sentences", test_history_sentences);

  return g_test_run ();
}
