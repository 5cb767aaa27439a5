/* opv-party-picker.c: an entry row that adds a responsible party, with a
 * list of the known parties filtered as one types
 *
 * Enter takes the highlighted party. When no known party has the typed
 * name, the list offers to add it as a new party, which the store creates.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-party-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-party-picker.h"

/* More suggestions than this are more than one reads; typing narrows. */
#define MAX_SUGGESTIONS 8

struct _OpvPartyPicker
{
  AdwEntryRow  parent_instance;

  GListModel  *parties;
  GHashTable  *excluded;    /* case-folded short names */
  GtkPopover  *popover;
  GtkListBox  *list;
  guint        n_matches;
  int          pointing_x;
  int          pointing_height;
};

G_DEFINE_FINAL_TYPE (OpvPartyPicker, opv_party_picker, ADW_TYPE_ENTRY_ROW)

enum {
  PARTY_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
opv_party_picker_dispose (GObject *object)
{
  OpvPartyPicker *self = OPV_PARTY_PICKER (object);

  g_clear_pointer ((GtkWidget **) &self->popover, gtk_widget_unparent);
  g_clear_object (&self->parties);
  g_clear_pointer (&self->excluded, g_hash_table_unref);

  G_OBJECT_CLASS (opv_party_picker_parent_class)->dispose (object);
}

static void
opv_party_picker_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  OpvPartyPicker *self = OPV_PARTY_PICKER (widget);

  GTK_WIDGET_CLASS (opv_party_picker_parent_class)->size_allocate (widget, width, height, baseline);

  /* The list opens under the typed text, aligned with its start. */
  if (self->pointing_x != 12 || self->pointing_height != height)
    {
      GdkRectangle rect = { 12, 0, MAX (width - 24, 1), height };

      self->pointing_x = 12;
      self->pointing_height = height;
      gtk_popover_set_pointing_to (self->popover, &rect);
    }
  gtk_popover_present (self->popover);
}

static void
opv_party_picker_class_init (OpvPartyPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_party_picker_dispose;
  widget_class->size_allocate = opv_party_picker_size_allocate;

  /**
   * OpvPartyPicker::party-chosen:
   * @name: the short name of a known party, or the name of a new one
   *
   * Emitted when the user takes a party from the list or presses Enter.
   */
  signals[PARTY_CHOSEN] = g_signal_new ("party-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normal ? normal : "", -1);
}

static char *
typed_name (OpvPartyPicker *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
}

static void
choose (OpvPartyPicker *self,
        const char     *name)
{
  gtk_popover_popdown (self->popover);
  if (name != NULL && name[0] != '\0')
    g_signal_emit (self, signals[PARTY_CHOSEN], 0, name);
}

static void
on_list_row_activated_cb (GtkListBox     *list,
                          GtkListBoxRow  *row,
                          OpvPartyPicker *self)
{
  const char *name = g_object_get_data (G_OBJECT (row), "party-name");
  g_autofree char *copy = g_strdup (name);

  choose (self, copy);
}

static GtkWidget *
suggestion_row_new (const char *title,
                    const char *subtitle,
                    const char *name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);

  if (subtitle != NULL && subtitle[0] != '\0')
    {
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (sub, "caption");
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_box_append (GTK_BOX (box), sub);
    }

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_focusable (row, FALSE);
  g_object_set_data_full (G_OBJECT (row), "party-name", g_strdup (name), g_free);
  return row;
}

typedef struct
{
  OpvParty *party;
  int       rank;
} Match;

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a, *mb = b;

  if (ma->rank != mb->rank)
    return ma->rank - mb->rank;
  return g_utf8_collate (opv_party_get_short_name (ma->party), opv_party_get_short_name (mb->party));
}

/* A list is opened only under a row the window shows: one that focus has
 * just scrolled to may not be there yet, and a popup placed off every
 * monitor cannot be positioned. */
static gboolean
is_in_view (OpvPartyPicker *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  graphene_rect_t bounds;

  if (root == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self), root, &bounds))
    return FALSE;

  return bounds.origin.y >= 0 && bounds.origin.x >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (root) &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (root);
}

static void
update_suggestions (OpvPartyPicker *self)
{
  g_autofree char *name = typed_name (self);
  g_autofree char *query = fold (name);
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  gboolean exact = FALSE;
  guint n = self->parties ? g_list_model_get_n_items (self->parties) : 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_matches = 0;

  if (query[0] == '\0')
    {
      gtk_popover_popdown (self->popover);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (self->parties, i);
      g_autofree char *short_name = fold (opv_party_get_short_name (party));
      g_autofree char *full_name = fold (opv_party_get_full_name (party));
      Match match = { party, -1 };

      if (g_str_equal (short_name, query))
        exact = TRUE;
      if (self->excluded && g_hash_table_contains (self->excluded, short_name))
        continue;

      if (g_str_has_prefix (short_name, query))
        match.rank = 0;
      else if (strstr (short_name, query) != NULL)
        match.rank = 1;
      else if (strstr (full_name, query) != NULL)
        match.rank = 2;

      if (match.rank >= 0)
        g_array_append_val (matches, match);
    }
  g_array_sort (matches, compare_matches);

  for (guint i = 0; i < matches->len && i < MAX_SUGGESTIONS; i++)
    {
      OpvParty *party = g_array_index (matches, Match, i).party;

      gtk_list_box_append (self->list,
                           suggestion_row_new (opv_party_get_short_name (party),
                                               opv_party_get_full_name (party),
                                               opv_party_get_short_name (party)));
      self->n_matches++;
    }

  if (!exact)
    {
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Translators: offered below the known parties while typing a name none has */
      title = g_strdup_printf (_("Add “%s” as a new party"), name);
      row = suggestion_row_new (title, NULL, name);
      gtk_widget_add_css_class (row, "new-party");
      gtk_list_box_append (self->list, row);
      self->n_matches++;
    }

  if (self->n_matches == 0)
    {
      gtk_popover_popdown (self->popover);
      return;
    }

  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  if ((gtk_widget_get_state_flags (GTK_WIDGET (self)) & GTK_STATE_FLAG_FOCUS_WITHIN) && is_in_view (self))
    gtk_popover_popup (self->popover);
}

static void
move_highlight (OpvPartyPicker *self,
                int             delta)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  int index = row ? gtk_list_box_row_get_index (row) + delta : 0;

  index = CLAMP (index, 0, (int) self->n_matches - 1);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, index));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   OpvPartyPicker        *self)
{
  gboolean shown = gtk_widget_get_visible (GTK_WIDGET (self->popover));

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!shown)
        return GDK_EVENT_PROPAGATE;
      move_highlight (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!shown)
        return GDK_EVENT_PROPAGATE;
      move_highlight (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (shown)
        {
          gtk_popover_popdown (self->popover);
          return GDK_EVENT_STOP;
        }
      if (gtk_editable_get_text (GTK_EDITABLE (self))[0] != '\0')
        {
          gtk_editable_set_text (GTK_EDITABLE (self), "");
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_entry_activated_cb (OpvPartyPicker *self)
{
  g_autofree char *name = NULL;

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

      if (row != NULL)
        name = g_strdup (g_object_get_data (G_OBJECT (row), "party-name"));
    }

  if (name == NULL)
    name = typed_name (self);
  choose (self, name);
}

static void
on_focus_leave_cb (OpvPartyPicker *self)
{
  gtk_popover_popdown (self->popover);
}

static void
on_popover_visible_cb (OpvPartyPicker *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED,
                               gtk_widget_get_visible (GTK_WIDGET (self->popover)),
                               -1);
}

static void
opv_party_picker_init (OpvPartyPicker *self)
{
  GtkEventController *controller;
  GtkWidget *scroller;

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self->list), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_list_row_activated_cb), self, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Matching parties"),
                                  -1);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_autohide (self->popover, FALSE);
  gtk_popover_set_has_arrow (self->popover, FALSE);
  gtk_popover_set_position (self->popover, GTK_POS_BOTTOM);
  gtk_widget_set_halign (GTK_WIDGET (self->popover), GTK_ALIGN_START);
  gtk_widget_set_size_request (GTK_WIDGET (self->popover), 360, -1);
  gtk_popover_set_child (self->popover, scroller);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
  g_signal_connect_object (self->popover, "notify::visible", G_CALLBACK (on_popover_visible_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "changed", G_CALLBACK (update_suggestions), NULL);
  g_signal_connect (self, "entry-activated", G_CALLBACK (on_entry_activated_cb), NULL);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_AUTOCOMPLETE, GTK_ACCESSIBLE_AUTOCOMPLETE_LIST,
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE,
                                  -1);
}

GtkWidget *
opv_party_picker_new (void)
{
  return g_object_new (OPV_TYPE_PARTY_PICKER, NULL);
}

/**
 * opv_party_picker_set_parties:
 * @parties: (element-type OpvParty): every known party
 * @excluded: (nullable) (array zero-terminated=1): short names not to
 *   offer, such as those already responsible
 */
void
opv_party_picker_set_parties (OpvPartyPicker  *self,
                              GListModel      *parties,
                              const char     **excluded)
{
  g_return_if_fail (OPV_IS_PARTY_PICKER (self));

  g_set_object (&self->parties, parties);
  g_clear_pointer (&self->excluded, g_hash_table_unref);
  self->excluded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; excluded != NULL && excluded[i] != NULL; i++)
    g_hash_table_add (self->excluded, fold (excluded[i]));

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    update_suggestions (self);
}

/**
 * opv_party_picker_get_n_matches:
 *
 * Returns: how many choices the list offers for the typed text, the offer
 *   of a new party included
 */
guint
opv_party_picker_get_n_matches (OpvPartyPicker *self)
{
  g_return_val_if_fail (OPV_IS_PARTY_PICKER (self), 0);
  return self->n_matches;
}

/**
 * opv_party_picker_dup_highlighted:
 *
 * Returns: (transfer full) (nullable): the name Enter would take from the
 *   list
 */
char *
opv_party_picker_dup_highlighted (OpvPartyPicker *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (OPV_IS_PARTY_PICKER (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  return row ? g_strdup (g_object_get_data (G_OBJECT (row), "party-name")) : NULL;
}

gboolean
opv_party_picker_get_popup_shown (OpvPartyPicker *self)
{
  g_return_val_if_fail (OPV_IS_PARTY_PICKER (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->popover));
}
