/* opv-window.c: the main window, a list of items beside what a round
 * reports on the selected one
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-backup-dialog.h"
#include "opv-a11y.h"
#include "opv-export-dialog.h"
#include "opv-ui-util.h"
#include "opv-window-keyboard.h"
#include "opv-window-private.h"
#include "opv-window-rounds.h"
#include "opv-window-search.h"
#include "opv-window-structure.h"

/* Below this width the window shows one pane at a time. */
#define FOLD_WIDTH 720

G_DEFINE_FINAL_TYPE (OpvWindow, opv_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_pane (OpvWindow *self, gboolean detail);
static void on_dossier_selected_cb (OpvWindow *self);

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; the window will not remember its state", APP_ID);
      return NULL;
    }
  return g_settings_new (APP_ID);
}

static OpvItem *
selected_item (OpvWindow *self)
{
  return self->item;
}

/* The selected row's item id, or 0. */
static gint64
selected_item_id (OpvWindow *self)
{
  OpvOutlineNode *node = gtk_single_selection_get_selected_item (self->selection);

  return node ? opv_outline_node_get_item_id (node) : 0;
}

/* The list holds rows, not items: the selected one is read alone, with
 * what every round reports on it. */
static void
load_selected_item (OpvWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 item_id = selected_item_id (self);

  if (item_id == 0 || self->dossier == NULL)
    {
      g_clear_object (&self->item);
      return;
    }
  if (self->item != NULL && opv_item_get_id (self->item) == item_id)
    return;

  g_clear_object (&self->item);
  self->item = opv_store_load_item (self->store, self->dossier, item_id, &error);
  if (self->item == NULL)
    opv_window_report_error (self, error);
}

static void
update_detail (OpvWindow *self)
{
  OpvItem *item = selected_item (self);

  opv_window_rounds_update (self);

  if (item == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      adw_status_page_set_title (self->empty_page,
                                 self->dossier != NULL && opv_dossier_get_kind (self->dossier) == OPV_DOSSIER_KIND_ACTIVITIES
                                 ? _("No Activity Selected") : _("No Recommendation Selected"));
      opv_item_view_set_item (self->item_view, NULL, NULL);
      adw_window_title_set_title (self->window_title, _("Opvolging"));
      if (self->dossier != NULL)
        adw_window_title_set_subtitle (self->window_title, opv_dossier_get_short_name (self->dossier));
      return;
    }

  opv_item_view_set_item (self->item_view, item, self->round);
  gtk_stack_set_visible_child_name (self->detail_stack, "item");

  adw_window_title_set_title (self->window_title,
                              opv_item_get_code (item)[0] ? opv_item_get_code (item)
                                                          : opv_dossier_get_short_name (self->dossier));
  adw_window_title_set_subtitle (self->window_title,
                                 opv_item_get_code (item)[0] ? opv_dossier_get_short_name (self->dossier) : NULL);
}

static void
on_selection_changed_cb (OpvWindow *self)
{
  if (self->selection_frozen)
    return;
  load_selected_item (self);
  update_detail (self);
  opv_window_structure_update (self);
}

/**
 * opv_window_freeze_selection:
 *
 * While the outline's rows are read again (another round, other
 * filters), its selection is lost; this and opv_window_thaw_selection()
 * keep the item selected, and the detail pane as it is, when the list
 * still shows it.
 *
 * Returns: the selected item's id, for opv_window_thaw_selection()
 */
gint64
opv_window_freeze_selection (OpvWindow *self)
{
  self->selection_frozen = TRUE;
  /* GtkSingleSelection looks for its selected row among every row a
   * change brings, reading them all: with nothing selected it reads none. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return self->item ? opv_item_get_id (self->item) : 0;
}

void
opv_window_thaw_selection (OpvWindow *self,
                           gint64     item_id)
{
  opv_window_select_item_id (self, item_id);
  self->selection_frozen = FALSE;
  if (selected_item_id (self) != item_id)
    on_selection_changed_cb (self);
}

static void
on_item_list_activate_cb (OpvWindow *self,
                          guint      position)
{
  g_autoptr(OpvOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (node == NULL || opv_outline_node_is_heading (node))
    return;

  gtk_single_selection_set_selected (self->selection, position);
  show_pane (self, TRUE);
}

/* List rows: a theme's heading, or an item with its code, title, status
 * badge and parties. */

typedef struct
{
  GtkWidget *heading;
  GtkWidget *item_box;
  GtkWidget *code;
  GtkWidget *title;
  GtkWidget *badge;
  GtkWidget *chips;
} RowWidgets;

/* A chip's tooltip is asked for when the pointer rests on it: setting
 * one on every chip as rows are bound asks the X server where the pointer
 * is, each time. */
static void
set_chip_tooltip (GtkWidget  *chip,
                  const char *text)
{
  g_object_set_data_full (G_OBJECT (chip), "opv-tooltip", g_strdup (text), g_free);
}

static gboolean
on_chips_query_tooltip_cb (GtkWidget  *chips,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip,
                           gpointer    user_data)
{
  GtkWidget *chip = gtk_widget_pick (chips, x, y, GTK_PICK_DEFAULT);
  const char *text;

  while (chip != NULL && gtk_widget_get_parent (chip) != chips)
    chip = gtk_widget_get_parent (chip);
  text = chip ? g_object_get_data (G_OBJECT (chip), "opv-tooltip") : NULL;
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     OpvWindow                *self)
{
  RowWidgets *w = g_new0 (RowWidgets, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *meta_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  w->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (w->heading), 0);
  gtk_label_set_wrap (GTK_LABEL (w->heading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (w->heading), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (w->heading, "heading");
  gtk_widget_add_css_class (w->heading, "theme-header");
  gtk_box_append (GTK_BOX (box), w->heading);

  w->item_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_margin_top (w->item_box, 6);
  gtk_widget_set_margin_bottom (w->item_box, 6);

  w->code = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (w->code), 0);
  gtk_widget_set_valign (w->code, GTK_ALIGN_START);
  gtk_widget_add_css_class (w->code, "item-code");
  gtk_box_append (GTK_BOX (w->item_box), w->code);

  w->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (w->title), 0);
  gtk_label_set_wrap (GTK_LABEL (w->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (w->title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (w->title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (w->title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (w->title, TRUE);
  gtk_box_append (GTK_BOX (text_box), w->title);

  w->badge = opv_status_badge_new (OPV_STATUS_UNSET);
  gtk_box_append (GTK_BOX (meta_box), w->badge);
  w->chips = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_has_tooltip (w->chips, TRUE);
  g_signal_connect (w->chips, "query-tooltip", G_CALLBACK (on_chips_query_tooltip_cb), NULL);
  gtk_box_append (GTK_BOX (meta_box), w->chips);
  gtk_box_append (GTK_BOX (text_box), meta_box);

  gtk_box_append (GTK_BOX (w->item_box), text_box);
  gtk_box_append (GTK_BOX (box), w->item_box);

  g_object_set_data_full (G_OBJECT (box), "row-widgets", w, g_free);
  g_object_set_data (G_OBJECT (box), "list-item", list_item);
  gtk_list_item_set_child (list_item, box);
  opv_window_structure_setup_row (box, list_item);
}

/* The chips show who is responsible in the round; when the round names
 * nobody, they show, dimmed, what the last round that did said. */
static void
add_party_chips (OpvOutlineNode *node,
                 GtkWidget      *chips)
{
  GPtrArray *parties = opv_outline_node_get_parties (node);
  const char *stated_in = opv_outline_node_get_responsibility_round (node);
  const char *note = opv_outline_node_get_responsibility_note (node);
  g_autofree char *tooltip = NULL;

  if (stated_in != NULL)
    tooltip = g_strdup_printf (_("Not stated in this round; as stated in %s"), stated_in);

  for (guint i = 0; i < parties->len; i++)
    {
      OpvOutlineParty *party = g_ptr_array_index (parties, i);
      GtkWidget *chip = gtk_label_new (party->short_name);

      gtk_widget_add_css_class (chip, "party-chip");
      if (party->role == OPV_ROLE_INVOLVED)
        gtk_widget_add_css_class (chip, "involved");
      if (tooltip != NULL)
        gtk_widget_add_css_class (chip, "dim-label");
      set_chip_tooltip (chip, tooltip ? tooltip : party->full_name);
      gtk_box_append (GTK_BOX (chips), chip);
    }

  if (opv_outline_node_get_to_be_determined (node))
    {
      GtkWidget *chip = gtk_label_new (_("To be determined"));

      gtk_widget_add_css_class (chip, "party-chip");
      gtk_widget_add_css_class (chip, "involved");
      if (tooltip != NULL)
        {
          gtk_widget_add_css_class (chip, "dim-label");
          set_chip_tooltip (chip, tooltip);
        }
      gtk_box_append (GTK_BOX (chips), chip);
    }

  /* With no party named, a short note ("Allen") is the responsibility. */
  if (parties->len == 0 && note[0] != '\0')
    {
      GtkWidget *chip = gtk_label_new (note);

      gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (chip), 30);
      gtk_widget_add_css_class (chip, "party-chip");
      gtk_widget_add_css_class (chip, "involved");
      set_chip_tooltip (chip, note);
      gtk_box_append (GTK_BOX (chips), chip);
    }
}

/* A screen reader reads the row as its code and title, then the status
 * and the parties. */
static void
name_item_row (GtkWidget  *box,
               RowWidgets *w)
{
  g_autofree char *label = g_strjoin (" ", gtk_label_get_text (GTK_LABEL (w->code)),
                                      gtk_label_get_text (GTK_LABEL (w->title)), NULL);
  g_autoptr(GString) description = g_string_new (NULL);

  if (gtk_widget_get_visible (w->badge))
    g_string_append (description, gtk_label_get_text (GTK_LABEL (w->badge)));
  for (GtkWidget *chip = gtk_widget_get_first_child (w->chips); chip != NULL; chip = gtk_widget_get_next_sibling (chip))
    {
      if (description->len > 0)
        g_string_append (description, ", ");
      g_string_append (description, gtk_label_get_text (GTK_LABEL (chip)));
    }

  opv_a11y_set_row_label (box, g_strstrip (label));
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                    -1);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    OpvWindow                *self)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  RowWidgets *w = g_object_get_data (G_OBJECT (box), "row-widgets");
  OpvOutlineNode *node = gtk_list_item_get_item (list_item);
  gboolean heading = opv_outline_node_is_heading (node);
  GtkWidget *parent_row = gtk_widget_get_parent (box);
  const char *code = opv_outline_node_get_code (node);
  OpvStatus status = opv_outline_node_get_status (node);

  gtk_widget_set_visible (w->heading, heading);
  gtk_widget_set_visible (w->item_box, !heading);
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);

  if (parent_row != NULL)
    {
      if (heading)
        gtk_widget_add_css_class (parent_row, "theme-row");
      else
        gtk_widget_remove_css_class (parent_row, "theme-row");
    }

  if (heading)
    {
      gtk_label_set_label (GTK_LABEL (w->heading), opv_outline_node_get_title (node));
      opv_a11y_set_row_label (box, opv_outline_node_get_title (node));
      return;
    }

  gtk_label_set_label (GTK_LABEL (w->code), code);
  gtk_widget_set_visible (w->code, code[0] != '\0');
  gtk_label_set_label (GTK_LABEL (w->title), opv_outline_node_get_title (node));
  /* An unset status says nothing worth a badge in a list; the detail
   * pane spells it out. */
  gtk_widget_set_visible (w->badge, status != OPV_STATUS_UNSET);
  opv_status_badge_update (GTK_LABEL (w->badge), status);

  opv_remove_all_children (w->chips);
  add_party_chips (node, w->chips);
  name_item_row (box, w);
}

static void
set_round (OpvWindow *self,
           OpvRound  *round)
{
  if (!g_set_object (&self->round, round))
    return;

  if (self->settings != NULL && round != NULL)
    g_settings_set_string (self->settings, "last-round", opv_round_get_label (round));

  if (self->outline != NULL)
    {
      g_autoptr(GError) error = NULL;
      gint64 item_id = opv_window_freeze_selection (self);

      if (!opv_outline_model_set_round_id (self->outline, opv_round_get_id (round), &error))
        opv_window_report_error (self, error);
      opv_window_thaw_selection (self, item_id);
    }
  opv_window_search_round_changed (self);
  update_detail (self);
}

static void
on_round_selected_cb (OpvWindow *self)
{
  guint position = gtk_drop_down_get_selected (self->round_dropdown);
  g_autoptr(OpvRound) round = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  round = g_list_model_get_item (G_LIST_MODEL (self->rounds), position);
  set_round (self, round);
}

/**
 * opv_window_select_item_id:
 *
 * Selects @item_id's row, when the list shows it.
 *
 * Returns: whether it did
 */
gboolean
opv_window_select_item_id (OpvWindow *self,
                           gint64     item_id)
{
  guint position = self->outline && item_id != 0 ? opv_outline_model_find_item (self->outline, item_id)
                                                 : GTK_INVALID_LIST_POSITION;

  gtk_single_selection_set_selected (self->selection, position);
  return position != GTK_INVALID_LIST_POSITION;
}

/* Loads the dossier @dossier_id and shows it. @round_id and @item_id, when
 * not 0, are kept selected if they still exist, as after an edit; without
 * them the remembered round (or the newest) is chosen and nothing is
 * selected. */
static void
show_dossier_id (OpvWindow *self,
                 gint64     dossier_id,
                 gint64     round_id,
                 gint64     item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(OpvOutlineModel) outline = NULL;
  g_autofree char *last_round = NULL;
  GListModel *rounds;
  guint selected_round = 0;
  guint n_rounds;

  /* The dossier without its items: the list reads its rows a page at a
   * time, and the detail pane the selected item alone. */
  dossier = opv_store_load_dossier_without_items (self->store, dossier_id, &error);
  if (dossier == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, opv_toast_new_text (error->message));
      return;
    }

  g_set_object (&self->dossier, dossier);
  /* The detail pane waits for the item to come back, keeping its place
   * (opv_item_view_set_item()). */
  g_clear_object (&self->item);
  update_detail (self);
  g_clear_object (&self->round);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", TRUE);

  if (self->settings != NULL)
    {
      g_settings_set_string (self->settings, "last-dossier", opv_dossier_get_slug (dossier));
      last_round = g_settings_get_string (self->settings, "last-round");
    }

  /* Newest first: the round a user works on is nearly always the last. */
  rounds = opv_dossier_get_rounds (dossier);
  n_rounds = g_list_model_get_n_items (rounds);
  g_signal_handlers_block_by_func (self->round_dropdown, on_round_selected_cb, self);
  g_list_store_remove_all (self->rounds);
  for (guint i = n_rounds; i > 0; i--)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i - 1);

      g_list_store_append (self->rounds, round);
      if (round_id != 0 ? opv_round_get_id (round) == round_id
                        : (last_round != NULL && g_strcmp0 (opv_round_get_label (round), last_round) == 0))
        selected_round = n_rounds - i;
    }
  if (n_rounds > 0)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), selected_round);

      gtk_drop_down_set_selected (self->round_dropdown, selected_round);
      self->round = g_object_ref (round);
    }
  g_signal_handlers_unblock_by_func (self->round_dropdown, on_round_selected_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->round_dropdown), n_rounds > 0);

  opv_window_freeze_selection (self);
  if (self->outline != NULL && opv_outline_model_get_dossier_id (self->outline) == dossier_id)
    {
      /* The same dossier, after an edit: its rows are read again in
       * place, and the list stays where it was. */
      gint64 shown_round = self->round ? opv_round_get_id (self->round) : 0;

      if ((opv_outline_model_get_round_id (self->outline) != shown_round &&
           !opv_outline_model_set_round_id (self->outline, shown_round, &error)) ||
          !opv_outline_model_reload (self->outline, &error))
        opv_window_report_error (self, error);
      opv_window_search_set_outline (self);
    }
  else
    {
      outline = opv_outline_model_new (self->store, dossier_id, self->round ? opv_round_get_id (self->round) : 0,
                                       &error);
      if (outline == NULL)
        opv_window_report_error (self, error);
      g_set_object (&self->outline, outline);
      opv_window_search_set_outline (self);
      /* Emptied first: the list would otherwise look for the rows it
       * shows among all the new rows, reading each. */
      gtk_single_selection_set_model (self->selection, NULL);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->outline));
    }
  opv_window_select_item_id (self, item_id);
  self->selection_frozen = FALSE;
  load_selected_item (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-round", n_rounds > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-round", n_rounds > 1);

  update_detail (self);
  opv_window_structure_update (self);
}

/* Shows no dossier. */
static void
clear_dossier (OpvWindow *self)
{
  opv_window_freeze_selection (self);
  gtk_single_selection_set_model (self->selection, NULL);
  self->selection_frozen = FALSE;
  g_clear_object (&self->item);
  g_clear_object (&self->outline);
  g_clear_object (&self->dossier);
  g_clear_object (&self->round);
  opv_window_search_set_outline (self);
}

static void
show_dossier (OpvWindow  *self,
              OpvDossier *listed)
{
  show_dossier_id (self, opv_dossier_get_id (listed), 0, 0);
  show_pane (self, FALSE);
}

static void
update_undo_actions (OpvWindow *self)
{
  gboolean can_undo = self->store != NULL && opv_store_can_undo (self->store);
  gboolean can_redo = self->store != NULL && opv_store_can_redo (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
}

/* Reloads the dossier list and the shown dossier from the store, keeping
 * what the user looks at: the dossier, round and item, unless @dossier_id
 * and @item_id name what to show instead (after an undo, the item it
 * changed). */
static void
reload (OpvWindow *self,
        gint64     dossier_id,
        gint64     item_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *dossiers;
  OpvItem *selected = selected_item (self);
  gint64 shown = self->dossier ? opv_dossier_get_id (self->dossier) : 0;
  gint64 round_id = self->round ? opv_round_get_id (self->round) : 0;
  guint position = 0;
  gboolean found = FALSE;

  if (dossier_id == 0)
    dossier_id = shown;
  if (item_id == 0 && dossier_id == shown && selected != NULL)
    item_id = opv_item_get_id (selected);

  dossiers = opv_store_list_dossiers (self->store, &error);
  if (dossiers == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, opv_toast_new_text (error->message));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (dossiers); i++)
    {
      g_autoptr(OpvDossier) d = g_list_model_get_item (dossiers, i);

      if (opv_dossier_get_id (d) == dossier_id)
        {
          position = i;
          found = TRUE;
        }
    }

  g_clear_object (&self->dossiers);
  self->dossiers = dossiers;
  g_signal_handlers_block_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);
  gtk_drop_down_set_model (self->dossier_dropdown, dossiers);
  gtk_drop_down_set_selected (self->dossier_dropdown,
                              g_list_model_get_n_items (dossiers) > 0 ? position : GTK_INVALID_LIST_POSITION);
  g_signal_handlers_unblock_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);

  if (g_list_model_get_n_items (dossiers) == 0)
    {
      clear_dossier (self);
      update_detail (self);
      return;
    }

  if (!found)
    {
      g_autoptr(OpvDossier) first = g_list_model_get_item (dossiers, 0);
      dossier_id = opv_dossier_get_id (first);
      round_id = 0;
      item_id = 0;
    }
  else if (dossier_id != shown)
    round_id = 0;

  show_dossier_id (self, dossier_id, round_id, item_id);
}

static void
on_store_changed_cb (OpvWindow *self,
                     gint64     dossier_id,
                     gint64     item_id,
                     OpvStore  *store)
{
  reload (self, dossier_id, item_id);
  update_undo_actions (self);
  opv_window_structure_update (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");
  gboolean ok;

  /* The store's "changed" signal reloads the window and shows the item
   * the step changed, in whichever dossier it is. */
  ok = undo ? opv_store_undo (self->store, NULL, NULL, &error)
            : opv_store_redo (self->store, NULL, NULL, &error);
  if (!ok)
    adw_toast_overlay_add_toast (self->toast_overlay, opv_toast_new_text (error->message));
  else if (selected_item (self) != NULL)
    show_pane (self, TRUE);
  update_undo_actions (self);
}

/**
 * opv_window_report_error:
 *
 * Shows @error, from an edit that failed, in a toast. Nothing was changed.
 */
void
opv_window_report_error (OpvWindow    *self,
                         const GError *error)
{
  AdwToast *toast = opv_toast_new_text (error->message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * opv_window_toast_undo:
 * @title: what was done, as in "Deleted 2.3"
 *
 * Shows a toast with an Undo button, as after a deletion.
 */
void
opv_window_toast_undo (OpvWindow  *self,
                       const char *title)
{
  /* @title often quotes a title or label from the dossier. */
  AdwToast *toast = opv_toast_new_text (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_dossier_selected_cb (OpvWindow *self)
{
  guint position = gtk_drop_down_get_selected (self->dossier_dropdown);
  g_autoptr(OpvDossier) listed = NULL;

  if (position == GTK_INVALID_LIST_POSITION || self->dossiers == NULL)
    return;
  listed = g_list_model_get_item (self->dossiers, position);
  if (listed != NULL)
    show_dossier (self, listed);
}

/* Folding: one pane at a time on a narrow window. */

static void
show_pane (OpvWindow *self,
           gboolean   detail)
{
  if (!self->folded)
    {
      gtk_widget_set_visible (self->sidebar, TRUE);
      gtk_widget_set_visible (self->content, TRUE);
      return;
    }

  gtk_widget_set_visible (self->sidebar, !detail);
  gtk_widget_set_visible (self->content, detail);
  if (!detail)
    gtk_widget_grab_focus (GTK_WIDGET (self->item_list));
}

static void
apply_fold (OpvWindow *self,
            gboolean   folded)
{
  self->folded = folded;

  adw_header_bar_set_show_end_title_buttons (self->sidebar_header, folded);
  adw_header_bar_set_show_start_title_buttons (self->content_header, folded);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_menu_button), folded);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), folded);
  gtk_list_view_set_single_click_activate (self->item_list, folded);

  show_pane (self, folded && gtk_widget_get_visible (self->content) && !gtk_widget_get_visible (self->sidebar));
}

static gboolean
fold_idle_cb (gpointer user_data)
{
  OpvWindow *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  self->fold_idle = 0;
  if ((width < FOLD_WIDTH) != self->folded)
    apply_fold (self, width < FOLD_WIDTH);
  return G_SOURCE_REMOVE;
}

static void
opv_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  OpvWindow *self = OPV_WINDOW (widget);

  GTK_WIDGET_CLASS (opv_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Changing visibility during allocation would queue another resize
   * inside this one, so the change waits for the next idle. */
  if ((width < FOLD_WIDTH) != self->folded && self->fold_idle == 0)
    self->fold_idle = g_idle_add (fold_idle_cb, self);
}

/* Actions */

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  opv_window_search_leave_parties (self);
  show_pane (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->item_list));
}

static void
choose_dossier_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  show_pane (self, FALSE);
  gtk_widget_activate (GTK_WIDGET (self->dossier_dropdown));
}

static void
choose_round_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->round_dropdown)))
    {
      show_pane (self, TRUE);
      gtk_widget_activate (GTK_WIDGET (self->round_dropdown));
    }
}

static void
step_round_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));
  guint position = gtk_drop_down_get_selected (self->round_dropdown);

  if (n == 0 || position == GTK_INVALID_LIST_POSITION)
    return;

  /* The list is newest first, so an earlier round is further down. */
  if (g_str_equal (action_name, "win.previous-round") && position + 1 < n)
    gtk_drop_down_set_selected (self->round_dropdown, position + 1);
  else if (g_str_equal (action_name, "win.next-round") && position > 0)
    gtk_drop_down_set_selected (self->round_dropdown, position - 1);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvExportDialog *dialog;

  if (self->export_dialog != NULL)
    {
      gtk_window_present (self->export_dialog);
      return;
    }

  dialog = opv_export_dialog_new (self);
  g_set_weak_pointer (&self->export_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
opv_window_close_request (GtkWindow *window)
{
  OpvWindow *self = OPV_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (opv_window_parent_class)->close_request (window);
}

static void
load_dossiers (OpvWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  GListModel *dossiers;
  guint selected = 0;

  dossiers = opv_store_list_dossiers (self->store, &error);
  if (dossiers == NULL)
    {
      opv_window_show_error (self, error);
      return;
    }

  g_clear_object (&self->dossiers);
  self->dossiers = dossiers;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-dossier");
  for (guint i = 0; last != NULL && i < g_list_model_get_n_items (dossiers); i++)
    {
      g_autoptr(OpvDossier) d = g_list_model_get_item (dossiers, i);
      if (g_strcmp0 (opv_dossier_get_slug (d), last) == 0)
        selected = i;
    }

  g_signal_handlers_block_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);
  gtk_drop_down_set_model (self->dossier_dropdown, dossiers);
  gtk_drop_down_set_selected (self->dossier_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);

  if (g_list_model_get_n_items (dossiers) > 0)
    on_dossier_selected_cb (self);
}

/* Shows what the store holds, or nothing without one. */
static void
show_store (OpvWindow *self)
{
  g_autofree char *read_only = self->store ? opv_store_dup_access_message (self->store) : NULL;

  opv_item_view_set_store (self->item_view, self->store);
  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
      load_dossiers (self);
    }

  gtk_label_set_text (self->read_only_label, read_only ? read_only : "");
  gtk_info_bar_set_revealed (self->read_only_bar, read_only != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", self->store != NULL);
  update_undo_actions (self);
  update_detail (self);
  opv_window_structure_update (self);
}

static void
opv_window_dispose (GObject *object)
{
  OpvWindow *self = (OpvWindow *)object;

  g_clear_handle_id (&self->fold_idle, g_source_remove);
  g_clear_weak_pointer (&self->export_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_WINDOW);
  opv_window_search_dispose (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->context_theme);
  g_clear_object (&self->dossiers);
  g_clear_object (&self->item);
  g_clear_object (&self->outline);
  g_clear_object (&self->dossier);
  g_clear_object (&self->rounds);
  g_clear_object (&self->round);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (opv_window_parent_class)->dispose (object);
}

static void
opv_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OpvWindow *self = OPV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      opv_window_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OpvWindow *self = OPV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (opv_backup_dialog_new (self, opv_store_get_path (self->store))));
}

static void
opv_window_class_init (OpvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = opv_window_dispose;
  object_class->get_property = opv_window_get_property;
  object_class->set_property = opv_window_set_property;
  widget_class->size_allocate = opv_window_size_allocate;
  window_class->close_request = opv_window_close_request;

  /**
   * OpvWindow:store:
   *
   * The database the window shows, or %NULL when it could not be opened.
   * opv_window_set_store() replaces it, as after a restore.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OPV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, content);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, dossier_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, item_list);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, item_view);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, read_only_label);

  gtk_widget_class_install_action (widget_class, "win.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "win.choose-dossier", NULL, choose_dossier_action);
  gtk_widget_class_install_action (widget_class, "win.choose-round", NULL, choose_round_action);
  gtk_widget_class_install_action (widget_class, "win.previous-round", NULL, step_round_action);
  gtk_widget_class_install_action (widget_class, "win.next-round", NULL, step_round_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL, restore_backup_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  opv_window_structure_class_init (widget_class);
  opv_window_rounds_class_init (widget_class);
  opv_window_search_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
}

static void
opv_window_init (OpvWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Until a dossier is shown there is nothing to export. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);

  self->rounds = g_list_store_new (OPV_TYPE_ROUND);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  gtk_list_view_set_factory (self->item_list, factory);
  gtk_list_view_set_model (self->item_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->item_list, "activate",
                           G_CALLBACK (on_item_list_activate_cb), self, G_CONNECT_SWAPPED);
  opv_window_structure_init (self);
  opv_window_search_init (self);
  opv_window_keyboard_init (self);

  expression = gtk_property_expression_new (OPV_TYPE_DOSSIER, NULL, "short-name");
  gtk_drop_down_set_expression (self->dossier_dropdown, expression);
  gtk_expression_unref (expression);
  g_signal_connect_object (self->dossier_dropdown, "notify::selected",
                           G_CALLBACK (on_dossier_selected_cb), self, G_CONNECT_SWAPPED);

  expression = gtk_property_expression_new (OPV_TYPE_ROUND, NULL, "label");
  gtk_drop_down_set_expression (self->round_dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (self->rounds));
  g_signal_connect_object (self->round_dropdown, "notify::selected",
                           G_CALLBACK (on_round_selected_cb), self, G_CONNECT_SWAPPED);

  self->settings = settings_new ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_settings_bind (self->settings, "sidebar-width", self->paned, "position", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1200, 760);

  apply_fold (self, FALSE);
  show_store (self);
}

/**
 * opv_window_new:
 * @application: (nullable): the application
 * @store: (nullable): the open database, or %NULL when it could not be
 *   opened (then call opv_window_show_error())
 */
OpvWindow *
opv_window_new (GtkApplication *application,
                OpvStore       *store)
{
  return g_object_new (OPV_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * opv_window_set_store:
 * @store: (nullable): the database to show instead, or %NULL for none
 *
 * Shows another database, or the same file opened anew, as after a
 * restore: what was shown and the undo history go with the old store.
 */
void
opv_window_set_store (OpvWindow *self,
                      OpvStore  *store)
{
  g_return_if_fail (OPV_IS_WINDOW (self));
  g_return_if_fail (store == NULL || OPV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);

  clear_dossier (self);
  g_clear_object (&self->dossiers);
  g_list_store_remove_all (self->rounds);
  g_signal_handlers_block_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);
  gtk_drop_down_set_model (self->dossier_dropdown, NULL);
  g_signal_handlers_unblock_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "main");

  show_store (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
opv_window_show_error (OpvWindow    *self,
                       const GError *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (OPV_IS_WINDOW (self));

  /* The description is markup; the message may quote a file's name. */
  description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

gboolean
opv_window_select_dossier (OpvWindow  *self,
                           const char *slug)
{
  for (guint i = 0; self->dossiers && i < g_list_model_get_n_items (self->dossiers); i++)
    {
      g_autoptr(OpvDossier) dossier = g_list_model_get_item (self->dossiers, i);

      if (g_strcmp0 (opv_dossier_get_slug (dossier), slug) == 0)
        {
          if (gtk_drop_down_get_selected (self->dossier_dropdown) != i)
            gtk_drop_down_set_selected (self->dossier_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
opv_window_select_round (OpvWindow  *self,
                         const char *label)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rounds)); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);

      if (g_strcmp0 (opv_round_get_label (round), label) == 0)
        {
          gtk_drop_down_set_selected (self->round_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
opv_window_select_item (OpvWindow  *self,
                        const char *code)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpvOutlineNode) node = g_list_model_get_item (model, i);

      if (!opv_outline_node_is_heading (node) && g_strcmp0 (opv_outline_node_get_code (node), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          show_pane (self, TRUE);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * opv_window_dup_shown_item_ids:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the items
 *   the list shows, in its order
 */
GArray *
opv_window_dup_shown_item_ids (OpvWindow *self)
{
  g_return_val_if_fail (OPV_IS_WINDOW (self), NULL);

  if (self->outline == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return opv_outline_model_dup_item_ids (self->outline);
}

/**
 * opv_window_get_dossier:
 *
 * Returns: (transfer none) (nullable): the dossier shown
 */
OpvDossier *
opv_window_get_dossier (OpvWindow *self)
{
  g_return_val_if_fail (OPV_IS_WINDOW (self), NULL);
  return self->dossier;
}

/**
 * opv_window_get_round:
 *
 * Returns: (transfer none) (nullable): the round shown
 */
OpvRound *
opv_window_get_round (OpvWindow *self)
{
  g_return_val_if_fail (OPV_IS_WINDOW (self), NULL);
  return self->round;
}

/**
 * opv_window_get_store:
 *
 * Returns: (transfer none) (nullable): the open database
 */
OpvStore *
opv_window_get_store (OpvWindow *self)
{
  g_return_val_if_fail (OPV_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * opv_window_show_detail:
 *
 * Shows the detail pane, which matters when the window is folded.
 */
void
opv_window_show_detail (OpvWindow *self)
{
  g_return_if_fail (OPV_IS_WINDOW (self));
  show_pane (self, TRUE);
}

/**
 * opv_window_show_item_id:
 * @round_id: the round to show the item in, or 0 to keep the round shown
 *   (in another dossier: the remembered or the newest round)
 *
 * Shows an item of any dossier, selected in the list and in the detail
 * pane, as after choosing a search hit or an item in the parties view.
 * When the filters hide the item, they are cleared.
 *
 * Returns: whether the item was found
 */
gboolean
opv_window_show_item_id (OpvWindow *self,
                         gint64     dossier_id,
                         gint64     round_id,
                         gint64     item_id)
{
  g_return_val_if_fail (OPV_IS_WINDOW (self), FALSE);

  opv_window_search_leave_parties (self);

  if (self->dossier == NULL || opv_dossier_get_id (self->dossier) != dossier_id)
    {
      guint position = GTK_INVALID_LIST_POSITION;

      for (guint i = 0; self->dossiers != NULL && i < g_list_model_get_n_items (self->dossiers); i++)
        {
          g_autoptr(OpvDossier) d = g_list_model_get_item (self->dossiers, i);

          if (opv_dossier_get_id (d) == dossier_id)
            position = i;
        }
      if (position == GTK_INVALID_LIST_POSITION)
        return FALSE;

      g_signal_handlers_block_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);
      gtk_drop_down_set_selected (self->dossier_dropdown, position);
      g_signal_handlers_unblock_by_func (self->dossier_dropdown, on_dossier_selected_cb, self);
      show_dossier_id (self, dossier_id, round_id, 0);
    }
  else if (round_id != 0 && (self->round == NULL || opv_round_get_id (self->round) != round_id))
    {
      GListModel *rounds = G_LIST_MODEL (self->rounds);

      for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
        {
          g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i);

          if (opv_round_get_id (round) == round_id)
            gtk_drop_down_set_selected (self->round_dropdown, i);
        }
    }

  if (!opv_window_select_item_id (self, item_id))
    {
      if (!opv_window_search_clear_filters (self) || !opv_window_select_item_id (self, item_id))
        return FALSE;
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Filters cleared to show the item")));
    }

  gtk_widget_activate_action (GTK_WIDGET (self->item_list), "list.scroll-to-item", "u",
                              gtk_single_selection_get_selected (self->selection));
  show_pane (self, TRUE);
  return TRUE;
}
