/* opv-search-panel.c: the hits of a search through every dossier, shown in
 * the list pane instead of the items while a search is active
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-search"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-search-panel-private.h"

/* One hit, as a list model item. */

struct _OpvSearchResult
{
  GObject       parent_instance;
  OpvSearchHit *hit;
};

G_DEFINE_FINAL_TYPE (OpvSearchResult, opv_search_result, G_TYPE_OBJECT)

static void
opv_search_result_finalize (GObject *object)
{
  OpvSearchResult *self = (OpvSearchResult *)object;

  g_clear_pointer (&self->hit, opv_search_hit_free);

  G_OBJECT_CLASS (opv_search_result_parent_class)->finalize (object);
}

static void
opv_search_result_class_init (OpvSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = opv_search_result_finalize;
}

static void
opv_search_result_init (OpvSearchResult *self)
{
}

static OpvSearchResult *
opv_search_result_new (OpvSearchHit *hit)
{
  OpvSearchResult *self = g_object_new (OPV_TYPE_SEARCH_RESULT, NULL);

  self->hit = hit;
  return self;
}

const OpvSearchHit *
opv_search_result_get_hit (OpvSearchResult *self)
{
  g_return_val_if_fail (OPV_IS_SEARCH_RESULT (self), NULL);
  return self->hit;
}

/* The panel */

G_DEFINE_FINAL_TYPE (OpvSearchPanel, opv_search_panel, GTK_TYPE_WIDGET)

enum {
  HIT_ACTIVATED,
  STOP_SEARCH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * opv_search_snippet_markup:
 * @snippet: text with each match between %OPV_SEARCH_MARK_START and
 *   %OPV_SEARCH_MARK_END
 *
 * Every piece of the text is escaped on its own, so that characters such
 * as "<" and "&" in the dossier stay text.
 *
 * Returns: (transfer full): Pango markup with the matches in bold
 */
char *
opv_search_snippet_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  gboolean bold = FALSE;
  const char *piece = snippet;

  for (const char *p = snippet; ; p++)
    {
      if (*p != '\0' && *p != OPV_SEARCH_MARK_START[0] && *p != OPV_SEARCH_MARK_END[0])
        continue;

      if (p > piece)
        {
          g_autofree char *escaped = g_markup_escape_text (piece, p - piece);

          /* A snippet is one line in the list; the text's own line
           * breaks become spaces. */
          g_strdelimit (escaped, "\n\r\t", ' ');
          if (bold)
            g_string_append_printf (markup, "<b>%s</b>", escaped);
          else
            g_string_append (markup, escaped);
        }

      if (*p == '\0')
        break;
      bold = *p == OPV_SEARCH_MARK_START[0];
      piece = p + 1;
    }

  return g_string_free (markup, FALSE);
}

static char *
snippet_plain (const char *snippet)
{
  char *plain = g_strdup (snippet);

  g_strdelimit (plain, OPV_SEARCH_MARK_START OPV_SEARCH_MARK_END "\n\r\t", ' ');
  return plain;
}

static const char *
where_label (OpvSearchWhere where)
{
  switch (where)
    {
    case OPV_SEARCH_IN_ITEM:
      /* Translators: where a search hit was found: the code, title or
       * text of a recommendation or activity */
      return _("Found in the title or text");
    case OPV_SEARCH_IN_FOLLOWUP:
      return _("Found in a follow-up");
    case OPV_SEARCH_IN_EXPLANATION:
      return _("Found in the explanation");
    case OPV_SEARCH_IN_PARTY:
      return _("Found in the responsible parties");
    default:
      g_return_val_if_reached ("");
    }
}

static char *
join_parts (const char *first,
            const char *second)
{
  if (second == NULL || second[0] == '\0')
    return g_strdup (first);
  /* Translators: two parts of a search hit's line, as in
   * "Schaduw dansen · 3.7" or "Found in a follow-up · Update 2024" */
  return g_strdup_printf (C_("search hit", "%1$s · %2$s"), first, second);
}

static GtkWidget *
label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
create_row_cb (gpointer object,
               gpointer user_data)
{
  const OpvSearchHit *hit = opv_search_result_get_hit (object);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *location = label_new ("caption-heading");
  GtkWidget *title = label_new (NULL);
  GtkWidget *where = label_new ("caption");
  GtkWidget *snippet = label_new ("search-snippet");
  g_autofree char *location_text = join_parts (hit->dossier_name, hit->code);
  g_autofree char *where_text = join_parts (where_label (hit->where),
                                            hit->round_id != 0 ? hit->round_label : NULL);
  g_autofree char *markup = opv_search_snippet_markup (hit->snippet);
  g_autofree char *plain = snippet_plain (hit->snippet);
  g_autofree char *accessible = NULL;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_label_set_label (GTK_LABEL (location), location_text);
  gtk_widget_add_css_class (location, "accent");
  gtk_box_append (GTK_BOX (box), location);

  gtk_label_set_label (GTK_LABEL (title), hit->title);
  gtk_label_set_wrap (GTK_LABEL (title), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (title, hit->title);
  gtk_box_append (GTK_BOX (box), title);

  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), snippet);

  gtk_label_set_label (GTK_LABEL (where), where_text);
  gtk_widget_add_css_class (where, "dim-label");
  gtk_box_append (GTK_BOX (box), where);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* A screen reader reads the row as one sentence, not as four labels. */
  accessible = g_strdup_printf ("%s. %s. %s: %s", location_text, hit->title, where_text, plain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static void
show_error (OpvSearchPanel *self,
            const GError   *error)
{
  adw_status_page_set_title (self->empty_page, _("Could Not Search"));
  adw_status_page_set_description (self->empty_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
run_search (OpvSearchPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *count = NULL;
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->results_list);
  OpvSearchHit key = { 0 };
  gboolean keep = FALSE;

  /* After an edit the hits are read again; the one the user chose stays
   * chosen when it is still there. */
  if (selected != NULL)
    {
      g_autoptr(OpvSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->results),
                                                                 gtk_list_box_row_get_index (selected));
      if (result != NULL)
        {
          key = *opv_search_result_get_hit (result);
          keep = TRUE;
        }
    }

  if (self->store == NULL || self->text == NULL || self->text[0] == '\0')
    {
      g_list_store_remove_all (self->results);
      return;
    }

  hits = opv_store_search (self->store, self->text, 0, OPV_SEARCH_PANEL_LIMIT, &error);
  if (hits == NULL)
    {
      g_list_store_remove_all (self->results);
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (results, opv_search_result_new (g_ptr_array_index (hits, i)));
  g_ptr_array_set_free_func (hits, NULL);
  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       results->pdata, results->len);

  if (hits->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Results Found"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try other or fewer words. Every word must occur; the start of a word is enough."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (hits->len >= OPV_SEARCH_PANEL_LIMIT)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The first %u result", "The first %u results", hits->len),
                             hits->len);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", hits->len), hits->len);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, "results");

  for (guint i = 0; keep && i < results->len; i++)
    {
      const OpvSearchHit *hit = opv_search_result_get_hit (g_ptr_array_index (results, i));

      if (hit->item_id == key.item_id && hit->round_id == key.round_id && hit->where == key.where)
        {
          gtk_list_box_select_row (self->results_list, gtk_list_box_get_row_at_index (self->results_list, i));
          break;
        }
    }
}

static void
activate_row (OpvSearchPanel *self,
              GtkListBoxRow  *row)
{
  g_autoptr(OpvSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->results),
                                                             gtk_list_box_row_get_index (row));
  const OpvSearchHit *hit;

  if (result == NULL)
    return;
  hit = opv_search_result_get_hit (result);
  gtk_list_box_select_row (self->results_list, row);
  g_signal_emit (self, signals[HIT_ACTIVATED], 0, hit->dossier_id, hit->round_id, hit->item_id);
}

static void
on_results_list_row_activated_cb (OpvSearchPanel *self,
                                  GtkListBoxRow  *row)
{
  activate_row (self, row);
}

static gboolean
on_results_list_keynav_failed_cb (OpvSearchPanel   *self,
                                  GtkDirectionType  direction)
{
  /* Up from the first hit goes back to the words. */
  if (direction == GTK_DIR_UP && self->entry != NULL)
    {
      gtk_widget_grab_focus (self->entry);
      return TRUE;
    }
  return FALSE;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   OpvSearchPanel        *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (keyval == GDK_KEY_Escape)
    {
      g_signal_emit (self, signals[STOP_SEARCH], 0);
      return TRUE;
    }

  /* Typing in the hits goes on with the words, as in the entry. Space
   * stays with the list, where it opens a hit. */
  if (self->entry != NULL && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 &&
      ((c != 0 && g_unichar_isgraph (c)) || keyval == GDK_KEY_BackSpace))
    {
      GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (self->entry));

      gtk_widget_grab_focus (self->entry);
      gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
      return gtk_event_controller_key_forward (controller, delegate ? GTK_WIDGET (delegate) : self->entry);
    }
  return FALSE;
}

static void
on_store_changed_cb (OpvSearchPanel *self)
{
  run_search (self);
}

static void
opv_search_panel_dispose (GObject *object)
{
  OpvSearchPanel *self = (OpvSearchPanel *)object;

  g_clear_weak_pointer (&self->entry);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_SEARCH_PANEL);
  g_clear_object (&self->results);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (opv_search_panel_parent_class)->dispose (object);
}

static void
opv_search_panel_finalize (GObject *object)
{
  OpvSearchPanel *self = (OpvSearchPanel *)object;

  g_free (self->text);

  G_OBJECT_CLASS (opv_search_panel_parent_class)->finalize (object);
}

static void
opv_search_panel_class_init (OpvSearchPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_search_panel_dispose;
  object_class->finalize = opv_search_panel_finalize;

  /**
   * OpvSearchPanel::hit-activated:
   * @dossier_id: the dossier of the hit
   * @round_id: the round it was found in, or 0 for the item's own text
   * @item_id: the item
   *
   * The user chose a hit, to open its item.
   */
  signals[HIT_ACTIVATED] =
    g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);

  /**
   * OpvSearchPanel::stop-search:
   *
   * The user pressed Escape in the hits, to end the search.
   */
  signals[STOP_SEARCH] =
    g_signal_new ("stop-search", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-search-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvSearchPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, OpvSearchPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, OpvSearchPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, OpvSearchPanel, results_list);
  gtk_widget_class_bind_template_child (widget_class, OpvSearchPanel, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_results_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_results_list_keynav_failed_cb);
}

static void
opv_search_panel_init (OpvSearchPanel *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (OPV_TYPE_SEARCH_RESULT);
  gtk_list_box_bind_model (self->results_list, G_LIST_MODEL (self->results), create_row_cb, self, NULL);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->results_list), keys);
}

void
opv_search_panel_set_store (OpvSearchPanel *self,
                            OpvStore       *store)
{
  g_return_if_fail (OPV_IS_SEARCH_PANEL (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  run_search (self);
}

/**
 * opv_search_panel_set_entry:
 * @entry: (nullable): the search entry, which Up from the first hit
 *   returns to
 */
void
opv_search_panel_set_entry (OpvSearchPanel *self,
                            GtkWidget      *entry)
{
  g_return_if_fail (OPV_IS_SEARCH_PANEL (self));
  g_set_weak_pointer (&self->entry, entry);
}

/**
 * opv_search_panel_set_text:
 *
 * Searches every dossier for @text at once; the search entry's own delay
 * keeps this from running on every key press.
 */
void
opv_search_panel_set_text (OpvSearchPanel *self,
                           const char     *text)
{
  g_return_if_fail (OPV_IS_SEARCH_PANEL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  gtk_list_box_unselect_all (self->results_list);
  run_search (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

const char *
opv_search_panel_get_text (OpvSearchPanel *self)
{
  g_return_val_if_fail (OPV_IS_SEARCH_PANEL (self), NULL);
  return self->text ? self->text : "";
}

guint
opv_search_panel_get_n_hits (OpvSearchPanel *self)
{
  g_return_val_if_fail (OPV_IS_SEARCH_PANEL (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->results));
}

/**
 * opv_search_panel_focus_first:
 *
 * Moves the keyboard to the first hit, as Down in the search entry does.
 *
 * Returns: whether there was a hit to move to
 */
gboolean
opv_search_panel_focus_first (OpvSearchPanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (OPV_IS_SEARCH_PANEL (self), FALSE);

  row = gtk_list_box_get_selected_row (self->results_list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (row == NULL || !gtk_widget_get_mapped (GTK_WIDGET (row)))
    return FALSE;
  gtk_list_box_select_row (self->results_list, row);
  return gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * opv_search_panel_activate_first:
 *
 * Opens the first hit, as Enter in the search entry does.
 *
 * Returns: whether there was a hit to open
 */
gboolean
opv_search_panel_activate_first (OpvSearchPanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (OPV_IS_SEARCH_PANEL (self), FALSE);

  row = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (row == NULL)
    return FALSE;
  activate_row (self, row);
  return TRUE;
}
