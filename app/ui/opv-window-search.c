/* opv-window-search.c: the window's search through every dossier, the
 * filters of its list, and the parties view
 *
 * While the search entry holds words, the list pane shows their hits
 * instead of the items; choosing one opens its item in its dossier and
 * round. The filters narrow the list of the dossier shown: the outline
 * model applies them in the store.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-window-private.h"
#include "opv-window-search.h"

static gboolean
showing_parties (OpvWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "parties") == 0;
}

/* Search */

static gboolean
has_words (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
on_search_entry_search_changed_cb (OpvWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searching = has_words (text);

  opv_search_panel_set_store (self->search_panel, self->store);
  opv_search_panel_set_text (self->search_panel, searching ? text : NULL);
  gtk_stack_set_visible_child_name (self->list_stack, searching ? "search" : "items");
}

static void
on_search_entry_activate_cb (OpvWindow *self)
{
  opv_search_panel_activate_first (self->search_panel);
}

static gboolean
on_search_entry_key_pressed_cb (GtkEventControllerKey *controller,
                                guint                  keyval,
                                guint                  keycode,
                                GdkModifierType        state,
                                OpvWindow             *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "search") == 0)
    return opv_search_panel_focus_first (self->search_panel);
  return FALSE;
}

static void
stop_search (OpvWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_mode_changed_cb (OpvWindow *self)
{
  GtkWidget *focus;

  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* Closing the search returns to the list, and the keyboard with it
   * when it was in the search. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  opv_search_panel_set_text (self->search_panel, NULL);
  gtk_stack_set_visible_child_name (self->list_stack, "items");
  if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_panel)) ||
      !gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (GTK_WIDGET (self->item_list));
}

static void
on_search_panel_hit_activated_cb (OpvWindow *self,
                                  gint64     dossier_id,
                                  gint64     round_id,
                                  gint64     item_id)
{
  if (!opv_window_show_item_id (self, dossier_id, round_id, item_id))
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("The item no longer exists; it may have been deleted")));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  /* The search lives in the list pane, which a folded window may hide. */
  if (showing_parties (self) || !gtk_widget_get_visible (self->sidebar))
    gtk_widget_activate_action (widget, "win.show-list", NULL);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* Filters */

static void
update_no_match (OpvWindow *self)
{
  gboolean none = self->outline != NULL &&
                  opv_outline_filter_is_active (opv_outline_model_get_filter (self->outline)) &&
                  opv_outline_model_get_n_items_shown (self->outline) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->no_match_page), none);
  gtk_widget_set_visible (self->item_scroller, !none);
}

/* Whether the outline shows the rows the filter's criteria leave. */
static gboolean
outline_follows_filter (OpvWindow        *self,
                        OpvOutlineFilter *criteria)
{
  opv_item_filter_get_criteria (self->item_filter, criteria);
  return self->outline == NULL || opv_outline_filter_equal (criteria, opv_outline_model_get_filter (self->outline));
}

static void
give_outline_criteria (OpvWindow              *self,
                       const OpvOutlineFilter *criteria)
{
  g_autoptr(GError) error = NULL;

  if (!opv_outline_model_set_filter (self->outline, opv_outline_filter_is_active (criteria) ? criteria : NULL,
                                     &error))
    opv_window_report_error (self, error);
}

/* Gives the list's model the filter's criteria, when they differ from
 * what it has, keeping the selected item selected while it is shown. */
static void
apply_filter (OpvWindow *self)
{
  OpvOutlineFilter criteria;

  if (!outline_follows_filter (self, &criteria))
    {
      gint64 selected = opv_window_freeze_selection (self);

      give_outline_criteria (self, &criteria);
      opv_window_thaw_selection (self, selected);
    }
  update_no_match (self);
}

static void
update_filter_button (OpvWindow *self)
{
  if (opv_item_filter_is_active (self->item_filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
}

static void
on_filter_changed_cb (OpvWindow *self)
{
  update_filter_button (self);
  apply_filter (self);
}

static void
show_filters_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  if (showing_parties (self) || !gtk_widget_get_visible (self->sidebar))
    gtk_widget_activate_action (widget, "win.show-list", NULL);
  /* Filters narrow the list of items, not the hits of a search. */
  stop_search (self);
  gtk_menu_button_popup (self->filter_button);
}

/**
 * opv_window_search_clear_filters:
 *
 * Returns: whether there were filters to clear
 */
gboolean
opv_window_search_clear_filters (OpvWindow *self)
{
  if (!opv_item_filter_is_active (self->item_filter))
    return FALSE;
  opv_item_filter_clear (self->item_filter);
  return TRUE;
}

/* Parties */

static void
on_party_view_item_activated_cb (OpvWindow *self,
                                 gint64     dossier_id,
                                 gint64     round_id,
                                 gint64     item_id)
{
  stop_search (self);
  if (opv_window_show_item_id (self, dossier_id, round_id, item_id))
    gtk_widget_grab_focus (GTK_WIDGET (self->item_list));
}

static void
show_parties_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  if (self->store == NULL)
    return;
  opv_party_view_set_store (self->party_view, self->store);
  gtk_stack_set_visible_child_name (self->main_stack, "parties");
  opv_party_view_focus (self->party_view);
}

/**
 * opv_window_search_leave_parties:
 *
 * Returns to the dossier's list and detail from the parties view.
 *
 * Returns: whether the parties view was shown
 */
gboolean
opv_window_search_leave_parties (OpvWindow *self)
{
  if (!showing_parties (self))
    return FALSE;
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  return TRUE;
}

/* Hooks for opv-window.c */

void
opv_window_search_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (OPV_TYPE_FILTER_BAR);
  g_type_ensure (OPV_TYPE_FILTER_POPOVER);
  g_type_ensure (OPV_TYPE_SEARCH_PANEL);

  gtk_widget_class_bind_template_child (widget_class, OpvWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, item_scroller);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, OpvWindow, search_panel);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-filters", NULL, show_filters_action);
  gtk_widget_class_install_action (widget_class, "win.show-parties", NULL, show_parties_action);
}

void
opv_window_search_init (OpvWindow *self)
{
  GtkIconTheme *icons = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_auto(GStrv) icon_paths = gtk_icon_theme_get_resource_path (icons);
  GtkEventController *keys;

  /* The application adds its icons itself; a window made without one, as
   * in the tests, finds them here. */
  if (icon_paths == NULL || !g_strv_contains ((const char * const *) icon_paths, RESOURCE_PREFIX "/icons"))
    gtk_icon_theme_add_resource_path (icons, RESOURCE_PREFIX "/icons");

  self->item_filter = opv_item_filter_new ();
  g_signal_connect_object (self->item_filter, "changed", G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  opv_filter_bar_set_filter (self->filter_bar, self->item_filter, self->selection);
  opv_filter_popover_set_filter (self->filter_popover, self->item_filter);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, self->sidebar);
  opv_search_panel_set_entry (self->search_panel, GTK_WIDGET (self->search_entry));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_entry_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (stop_search), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_panel, "hit-activated",
                           G_CALLBACK (on_search_panel_hit_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_panel, "stop-search",
                           G_CALLBACK (stop_search), self, G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->party_view = g_object_new (OPV_TYPE_PARTY_VIEW, NULL);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->party_view), "parties");
  g_signal_connect_object (self->party_view, "item-activated",
                           G_CALLBACK (on_party_view_item_activated_cb), self, G_CONNECT_SWAPPED);
}

void
opv_window_search_dispose (OpvWindow *self)
{
  g_clear_object (&self->item_filter);
}

/**
 * opv_window_search_set_outline:
 *
 * Tells the filters which dossier and round the window now shows, and
 * gives the outline (self->outline, which may be %NULL) the filters'
 * criteria when it has others.
 */
void
opv_window_search_set_outline (OpvWindow *self)
{
  OpvOutlineFilter criteria;

  /* The new outline is given the criteria once, below. */
  g_signal_handlers_block_by_func (self->item_filter, on_filter_changed_cb, self);
  opv_item_filter_set_context (self->item_filter, self->outline ? self->dossier : NULL, self->round);
  g_signal_handlers_unblock_by_func (self->item_filter, on_filter_changed_cb, self);
  update_filter_button (self);

  /* The dossier may no longer have a theme, party or round the criteria
   * named, which the filter then forgot: the outline follows. */
  if (!outline_follows_filter (self, &criteria))
    give_outline_criteria (self, &criteria);
  update_no_match (self);
}

void
opv_window_search_round_changed (OpvWindow *self)
{
  opv_item_filter_set_shown_round (self->item_filter, self->round);
}

/**
 * opv_window_set_today:
 * @month: 1 to 12
 *
 * Sets the month that "overdue" is measured against, in the filters and
 * the parties view. The window starts with the current month; tests fix
 * it, so that their counts do not change with the calendar.
 */
void
opv_window_set_today (OpvWindow *self,
                      int        year,
                      int        month)
{
  g_return_if_fail (OPV_IS_WINDOW (self));

  opv_item_filter_set_today (self->item_filter, year, month);
  opv_party_view_set_today (self->party_view, year, month);
}
