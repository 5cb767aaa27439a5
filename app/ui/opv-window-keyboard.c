/* opv-window-keyboard.c: moving through the item list by keyboard
 *
 * GTK 4.8 moves the focus of a list view only onto rows that can be
 * selected, so the arrow keys stopped at the first theme heading and the
 * items after it could not be reached. And Tab moved from row to row, so
 * leaving a list of 80 items took 80 presses. Here the arrow, Home, End
 * and Page keys go from item to item over the headings, and Tab leaves the
 * list for the detail pane (Shift+Tab for the list's header bar).
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include "opv-window-keyboard.h"
#include "opv-window-private.h"

#define PAGE_ROWS 10

static gboolean
is_item (OpvWindow *self,
         guint      position)
{
  g_autoptr(OpvOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  return node != NULL && !opv_outline_node_is_heading (node);
}

/* The item nearest to @from in the direction @step (1 or -1), @from
 * itself included; or else the nearest the other way. */
static guint
nearest_item (OpvWindow *self,
              int        from,
              int        step)
{
  int n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  from = CLAMP (from, 0, n - 1);
  for (int i = from; i >= 0 && i < n; i += step)
    if (is_item (self, i))
      return i;
  for (int i = from - step; i >= 0 && i < n; i -= step)
    if (is_item (self, i))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* The row widget that shows @position, if the list has built it: each
 * row's child knows its GtkListItem (opv-window.c). */
static GtkWidget *
row_widget (OpvWindow *self,
            guint      position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->item_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      GtkListItem *list_item = child ? g_object_get_data (G_OBJECT (child), "list-item") : NULL;

      if (list_item != NULL && gtk_list_item_get_position (list_item) == position)
        return row;
    }
  return NULL;
}

static gboolean
focus_row_cb (GtkWidget     *list,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  OpvWindow *self = OPV_WINDOW (gtk_widget_get_root (list));
  guint position = GPOINTER_TO_UINT (user_data);
  GtkWidget *row = row_widget (self, position);

  if (row != NULL && gtk_single_selection_get_selected (self->selection) == position)
    gtk_widget_grab_focus (row);
  return G_SOURCE_REMOVE;
}

static void
focus_row (OpvWindow *self,
           guint      position)
{
  GtkWidget *list = GTK_WIDGET (self->item_list);
  GtkWidget *row;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);

  /* A row scrolled into view is built at the next layout. */
  row = row_widget (self, position);
  if (row != NULL)
    gtk_widget_grab_focus (row);
  else
    gtk_widget_add_tick_callback (list, focus_row_cb, GUINT_TO_POINTER (position), NULL);
}

static gboolean
on_item_list_key_pressed_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             OpvWindow             *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);
  int current = selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected;
  guint target;

  state &= gtk_accelerator_get_default_mod_mask ();

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab)
    {
      if (state == GDK_SHIFT_MASK || keyval == GDK_KEY_ISO_Left_Tab)
        return gtk_widget_child_focus (GTK_WIDGET (self->sidebar_header), GTK_DIR_TAB_BACKWARD);
      if (state != 0)
        return FALSE;
      if (gtk_widget_get_visible (self->content)
          && g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "item") == 0
          && gtk_widget_child_focus (GTK_WIDGET (self->item_view), GTK_DIR_TAB_FORWARD))
        return TRUE;
      return gtk_widget_get_visible (self->content)
             && gtk_widget_child_focus (self->content, GTK_DIR_TAB_FORWARD);
    }

  if (state != 0 || n == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = nearest_item (self, current + 1, 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = nearest_item (self, current < 0 ? 0 : current - 1, -1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = nearest_item (self, 0, 1);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = nearest_item (self, n - 1, -1);
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      target = nearest_item (self, current + PAGE_ROWS, 1);
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      target = nearest_item (self, current - PAGE_ROWS, -1);
      break;
    default:
      return FALSE;
    }

  if (target != GTK_INVALID_LIST_POSITION)
    focus_row (self, target);
  return TRUE;
}

/**
 * opv_window_keyboard_init:
 *
 * Lets the keyboard move through the item list over its headings, and
 * Tab leave it.
 */
void
opv_window_keyboard_init (OpvWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the list view's own bindings, which would stop at a heading. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_item_list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->item_list), keys);
}
