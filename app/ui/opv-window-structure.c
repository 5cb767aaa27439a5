/* opv-window-structure.c: creating, renaming, deleting and reordering
 * dossiers, themes and items
 *
 * Every action works on what is selected: the shown dossier, the selected
 * item, and the theme of the selected item (or of the heading whose
 * context menu is open). Each is one store edit, so Ctrl+Z undoes it.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-form.h"
#include "opv-window-private.h"
#include "opv-window-structure.h"

static OpvItem *
current_item (OpvWindow *self)
{
  return self->item;
}

static OpvTheme *
current_theme (OpvWindow *self)
{
  OpvItem *item = current_item (self);

  if (self->context_theme != NULL)
    return self->context_theme;
  if (item != NULL)
    return opv_item_get_theme (item);
  if (self->dossier != NULL && g_list_model_get_n_items (opv_dossier_get_themes (self->dossier)) > 0)
    {
      GListModel *themes = opv_dossier_get_themes (self->dossier);
      g_autoptr(OpvTheme) last = g_list_model_get_item (themes, g_list_model_get_n_items (themes) - 1);
      return last;
    }
  return NULL;
}

static int
theme_position (OpvWindow *self,
                OpvTheme  *theme)
{
  GListModel *themes = opv_dossier_get_themes (self->dossier);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OpvTheme) t = g_list_model_get_item (themes, i);
      if (t == theme)
        return i;
    }
  return -1;
}

/* The window's dossier holds no items: their places are the outline's. */
static int
item_position (OpvWindow *self,
               OpvItem   *item)
{
  return self->outline ? opv_outline_model_get_index_in_theme (self->outline, opv_item_get_id (item)) : -1;
}

static guint
count_theme_items (OpvWindow *self,
                   OpvTheme  *theme)
{
  return self->outline ? opv_outline_model_count_theme_items (self->outline, opv_theme_get_id (theme)) : 0;
}

/* Dossiers */

static const char *
kind_choices[3];

static void
apply_new_dossier (OpvWindow *self,
                   GPtrArray *values,
                   gpointer   data)
{
  g_autoptr(GError) error = NULL;
  OpvDossierKind kind = g_str_equal (g_ptr_array_index (values, 1), "1")
                        ? OPV_DOSSIER_KIND_ACTIVITIES : OPV_DOSSIER_KIND_RECOMMENDATIONS;
  gint64 id = opv_store_create_dossier (self->store, g_ptr_array_index (values, 0), kind, &error);

  opv_form_report (self, id != 0, error);
}

static void
new_dossier_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvFormField fields[] = {
    { _("Title"), "", TRUE, NULL, 0 },
    { _("Kind"), NULL, FALSE, kind_choices, 0 },
  };

  kind_choices[0] = _("A report with recommendations");
  kind_choices[1] = _("A programme with activities");
  opv_form_run (self, _("New Dossier"), NULL, _("C_reate"), fields, G_N_ELEMENTS (fields), NULL, apply_new_dossier, NULL);
}

static void
apply_rename_dossier (OpvWindow *self,
                      GPtrArray *values,
                      gpointer   data)
{
  g_autoptr(GError) error = NULL;

  if (self->dossier == NULL)
    return;
  opv_form_report (self,
          opv_store_rename_dossier (self->store, opv_dossier_get_id (self->dossier),
                                    g_ptr_array_index (values, 0), g_ptr_array_index (values, 1), &error),
          error);
}

static void
rename_dossier_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvFormField fields[2] = { { 0 } };

  if (self->dossier == NULL)
    return;
  fields[0] = (OpvFormField) { _("Title"), opv_dossier_get_title (self->dossier), TRUE, NULL, 0 };
  fields[1] = (OpvFormField) { _("Short name"), opv_dossier_get_short_name (self->dossier), FALSE, NULL, 0 };
  opv_form_run (self, _("Rename Dossier"), NULL, _("_Rename"), fields, G_N_ELEMENTS (fields), NULL, apply_rename_dossier, NULL);
}

static void
delete_dossier_confirmed (OpvWindow *self,
                          gint64     id)
{
  g_autoptr(GError) error = NULL;

  if (opv_form_report (self, opv_store_delete_dossier (self->store, id, &error), error))
    opv_window_toast_undo (self, _("Dossier deleted"));
}

static void
delete_dossier_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autofree char *heading = NULL;

  if (self->dossier == NULL)
    return;
  heading = g_strdup_printf (_("Delete “%s”?"), opv_dossier_get_short_name (self->dossier));
  opv_form_confirm (self, heading,
                    _("The dossier, its themes, recommendations and all its reporting rounds are deleted. You can undo this with Ctrl+Z until you close Opvolging."),
                    _("_Delete"), TRUE, delete_dossier_confirmed, opv_dossier_get_id (self->dossier));
}

static void
move_dossier_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  guint position = gtk_drop_down_get_selected (self->dossier_dropdown);
  int target;

  if (self->dossier == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  target = g_str_equal (action_name, "win.move-dossier-up") ? (int) position - 1 : (int) position + 1;
  if (target < 0 || target >= (int) g_list_model_get_n_items (self->dossiers))
    return;
  opv_form_report (self, opv_store_move_dossier (self->store, opv_dossier_get_id (self->dossier), target, &error), error);
}

/* Themes */

static void
apply_new_theme (OpvWindow *self,
                 GPtrArray *values,
                 gpointer   data)
{
  g_autoptr(GError) error = NULL;
  OpvTheme *theme = current_theme (self);
  int position = theme ? theme_position (self, theme) + 1 : -1;
  gint64 id;

  if (self->dossier == NULL)
    return;
  id = opv_store_create_theme (self->store, opv_dossier_get_id (self->dossier), position,
                               g_ptr_array_index (values, 0), g_ptr_array_index (values, 1), &error);
  opv_form_report (self, id != 0, error);
}

static void
new_theme_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvFormField fields[] = {
    /* Translators: a theme's number, as in "1" or "Actielijn 1" */
    { _("Number"), "", FALSE, NULL, 0 },
    { _("Title"), "", TRUE, NULL, 0 },
  };

  if (self->dossier == NULL)
    return;
  opv_form_run (self, _("New Theme"), NULL, _("C_reate"), fields, G_N_ELEMENTS (fields), NULL, apply_new_theme, NULL);
}

static void
apply_rename_theme (OpvWindow *self,
                    GPtrArray *values,
                    gpointer   data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) data;

  opv_form_report (self,
          opv_store_rename_theme (self->store, id, g_ptr_array_index (values, 0), g_ptr_array_index (values, 1), &error),
          error);
}

static void
rename_theme_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvTheme *theme = current_theme (self);
  OpvFormField fields[2] = { { 0 } };

  if (theme == NULL)
    return;
  fields[0] = (OpvFormField) { _("Number"), opv_theme_get_number (theme), FALSE, NULL, 0 };
  fields[1] = (OpvFormField) { _("Title"), opv_theme_get_title (theme), TRUE, NULL, 0 };
  opv_form_run (self, _("Rename Theme"), NULL, _("_Rename"), fields, G_N_ELEMENTS (fields), NULL, apply_rename_theme,
                g_memdup2 (&(gint64) { opv_theme_get_id (theme) }, sizeof (gint64)));
}

static void
delete_theme_confirmed (OpvWindow *self,
                        gint64     id)
{
  g_autoptr(GError) error = NULL;

  if (opv_form_report (self, opv_store_delete_theme (self->store, id, &error), error))
    opv_window_toast_undo (self, _("Theme deleted"));
}

static void
delete_theme_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvTheme *theme = current_theme (self);
  guint n_items;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (theme == NULL)
    return;

  n_items = count_theme_items (self, theme);
  if (n_items == 0)
    {
      delete_theme_confirmed (self, opv_theme_get_id (theme));
      return;
    }

  heading = g_strdup_printf (_("Delete the theme “%s”?"), opv_theme_get_title (theme));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u recommendation or activity is deleted too, with what every round reported on it. You can undo this with Ctrl+Z.",
                                       "Its %u recommendations or activities are deleted too, with what every round reported on them. You can undo this with Ctrl+Z.",
                                       n_items),
                          n_items);
  opv_form_confirm (self, heading, body, _("_Delete"), TRUE, delete_theme_confirmed, opv_theme_get_id (theme));
}

static void
move_theme_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  OpvTheme *theme = current_theme (self);
  int position, target;

  if (theme == NULL)
    return;
  position = theme_position (self, theme);
  target = g_str_equal (action_name, "win.move-theme-up") ? position - 1 : position + 1;
  if (target < 0 || target >= (int) g_list_model_get_n_items (opv_dossier_get_themes (self->dossier)))
    return;
  opv_form_report (self, opv_store_move_theme (self->store, opv_theme_get_id (theme), target, &error), error);
}

/* Items */

static void
apply_new_item (OpvWindow *self,
                GPtrArray *values,
                gpointer   data)
{
  g_autoptr(GError) error = NULL;
  gint64 theme_id = *(gint64 *) data;
  gint64 id = opv_store_create_item (self->store, theme_id, g_ptr_array_index (values, 0),
                                     g_ptr_array_index (values, 1), &error);

  if (opv_form_report (self, id != 0, error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-detail", NULL);
}

static void
new_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvTheme *theme = current_theme (self);
  gboolean activities;
  OpvFormField fields[] = {
    /* Translators: a recommendation's code, as in "5.10" */
    { _("Code"), "", FALSE, NULL, 0 },
    { _("Title"), "", TRUE, NULL, 0 },
  };

  if (theme == NULL)
    {
      GError error = { OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, (char *) _("Add a theme first") };
      opv_window_report_error (self, &error);
      return;
    }

  activities = opv_dossier_get_kind (self->dossier) == OPV_DOSSIER_KIND_ACTIVITIES;
  opv_form_run (self, activities ? _("New Activity") : _("New Recommendation"),
                opv_theme_get_title_for (theme, self->round), _("C_reate"), fields, G_N_ELEMENTS (fields), NULL,
                apply_new_item, g_memdup2 (&(gint64) { opv_theme_get_id (theme) }, sizeof (gint64)));
}

static void
delete_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  OpvItem *item = current_item (self);
  g_autofree char *title = NULL;

  if (item == NULL)
    return;

  /* One item is deleted at once: the toast's Undo brings it back. */
  if (opv_item_get_code (item)[0] != '\0')
    title = g_strdup_printf (_("Deleted %s"), opv_item_get_code (item));
  else
    title = g_strdup_printf (_("Deleted “%s”"), opv_item_get_title (item));
  if (opv_form_report (self, opv_store_delete_item (self->store, opv_item_get_id (item), &error), error))
    opv_window_toast_undo (self, title);
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  OpvItem *item = current_item (self);
  int position, target;

  if (item == NULL)
    return;
  position = item_position (self, item);
  target = g_str_equal (action_name, "win.move-item-up") ? position - 1 : position + 1;
  if (position < 0 || target < 0 || target >= (int) count_theme_items (self, opv_item_get_theme (item)))
    return;
  opv_form_report (self,
          opv_store_move_item (self->store, opv_item_get_id (item), opv_theme_get_id (opv_item_get_theme (item)),
                               target, &error),
          error);
}

static void
apply_move_to_theme (OpvWindow *self,
                     GPtrArray *values,
                     gpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvTheme) theme = NULL;
  gint64 item_id = *(gint64 *) data;
  guint index = (guint) g_ascii_strtoull (g_ptr_array_index (values, 0), NULL, 10);

  if (self->dossier == NULL)
    return;
  theme = g_list_model_get_item (opv_dossier_get_themes (self->dossier), index);
  if (theme != NULL)
    opv_form_report (self, opv_store_move_item (self->store, item_id, opv_theme_get_id (theme), -1, &error), error);
}

static void
move_item_to_theme_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvItem *item = current_item (self);
  GListModel *themes;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  OpvFormField field = { 0 };

  if (item == NULL)
    return;

  themes = opv_dossier_get_themes (self->dossier);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, i);

      g_ptr_array_add (names, opv_theme_dup_heading (theme, self->round));
      if (theme == opv_item_get_theme (item))
        field.selected = i;
    }
  g_ptr_array_add (names, NULL);

  field.title = _("Theme");
  field.choices = (const char **) names->pdata;
  opv_form_run (self, _("Move to Theme"), opv_item_get_title (item), _("_Move"), &field, 1, NULL, apply_move_to_theme,
                g_memdup2 (&(gint64) { opv_item_get_id (item) }, sizeof (gint64)));
}

static void
show_detail_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);

  if (current_item (self) != NULL)
    opv_window_show_detail (self);
}

/* The context menu of a list row, from the right mouse button, the Menu
 * key or Shift+F10. */

static GMenuModel *
row_menu (gboolean heading)
{
  GMenu *menu = g_menu_new ();
  GMenu *section = g_menu_new ();

  if (!heading)
    {
      g_menu_append (section, _("Move _Up"), "win.move-item-up");
      g_menu_append (section, _("Move _Down"), "win.move-item-down");
      g_menu_append (section, _("Move to _Theme…"), "win.move-item-to-theme");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      g_clear_object (&section);
      section = g_menu_new ();
      g_menu_append (section, _("_Delete"), "win.delete-item");
    }
  else
    {
      g_menu_append (section, _("_New Recommendation or Activity…"), "win.new-item");
      g_menu_append (section, _("_Rename Theme…"), "win.rename-theme");
      g_menu_append (section, _("Move Theme _Up"), "win.move-theme-up");
      g_menu_append (section, _("Move Theme _Down"), "win.move-theme-down");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      g_clear_object (&section);
      section = g_menu_new ();
      g_menu_append (section, _("_Delete Theme…"), "win.delete-theme");
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  return G_MENU_MODEL (menu);
}

static void
on_popover_closed_cb (GtkPopover *popover,
                      OpvWindow  *self)
{
  g_clear_object (&self->context_theme);
  gtk_widget_unparent (GTK_WIDGET (popover));
}

static void
popup_row_menu (OpvWindow   *self,
                GtkListItem *list_item,
                GtkWidget   *anchor,
                double       x,
                double       y)
{
  OpvOutlineNode *node = gtk_list_item_get_item (list_item);
  g_autoptr(GMenuModel) model = NULL;
  GtkWidget *popover;

  if (node == NULL)
    return;

  if (!opv_outline_node_is_heading (node))
    gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (list_item));
  else if (self->dossier != NULL)
    g_set_object (&self->context_theme, opv_dossier_find_theme_by_id (self->dossier, opv_outline_node_get_theme_id (node)));

  model = row_menu (opv_outline_node_is_heading (node));
  popover = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (popover, anchor);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  if (x >= 0)
    gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed_cb), self);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
on_row_pressed_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkListItem     *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  OpvWindow *self = OPV_WINDOW (gtk_widget_get_root (widget));

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_row_menu (self, list_item, widget, x, y);
}

static gboolean
on_list_menu_key_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  OpvWindow *self = OPV_WINDOW (gtk_widget_get_root (widget));
  guint position = gtk_single_selection_get_selected (self->selection);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  g_autoptr(GMenuModel) model = NULL;
  GtkWidget *popover;

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  model = row_menu (FALSE);
  popover = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (popover, focus != NULL && gtk_widget_is_ancestor (focus, widget) ? focus : widget);
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed_cb), self);
  gtk_popover_popup (GTK_POPOVER (popover));
  return TRUE;
}

/**
 * opv_window_structure_init:
 *
 * Keys of the list: Delete deletes the selected item, the Menu key and
 * Shift+F10 open its context menu. They belong to the list alone, so that
 * Delete in a text field still deletes text.
 */
void
opv_window_structure_init (OpvWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete-item")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (
                                                            gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                            gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK)),
                                                          gtk_callback_action_new (on_list_menu_key_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->item_list), keys);
}

/**
 * opv_window_structure_setup_row:
 * @row: the row's child widget
 *
 * Gives a list row its context menu, on the right mouse button.
 */
void
opv_window_structure_setup_row (GtkWidget   *row,
                                GtkListItem *list_item)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_row_pressed_cb), list_item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
}

/**
 * opv_window_structure_update:
 *
 * Enables the structure actions that make sense for what is shown.
 */
void
opv_window_structure_update (OpvWindow *self)
{
  gboolean dossier = self->store != NULL && self->dossier != NULL;
  gboolean item = dossier && current_item (self) != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.new-dossier", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.rename-dossier", dossier);
  gtk_widget_action_set_enabled (widget, "win.delete-dossier", dossier);
  gtk_widget_action_set_enabled (widget, "win.move-dossier-up", dossier);
  gtk_widget_action_set_enabled (widget, "win.move-dossier-down", dossier);
  gtk_widget_action_set_enabled (widget, "win.new-theme", dossier);
  gtk_widget_action_set_enabled (widget, "win.rename-theme", dossier && current_theme (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.delete-theme", dossier && current_theme (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.move-theme-up", dossier && current_theme (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.move-theme-down", dossier && current_theme (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.new-item", dossier);
  gtk_widget_action_set_enabled (widget, "win.delete-item", item);
  gtk_widget_action_set_enabled (widget, "win.move-item-up", item);
  gtk_widget_action_set_enabled (widget, "win.move-item-down", item);
  gtk_widget_action_set_enabled (widget, "win.move-item-to-theme", item);
}

void
opv_window_structure_class_init (GtkWidgetClass *widget_class)
{
  static const struct { const char *name; GtkWidgetActionActivateFunc activate; } actions[] = {
    { "win.new-dossier", new_dossier_action },
    { "win.rename-dossier", rename_dossier_action },
    { "win.delete-dossier", delete_dossier_action },
    { "win.move-dossier-up", move_dossier_action },
    { "win.move-dossier-down", move_dossier_action },
    { "win.new-theme", new_theme_action },
    { "win.rename-theme", rename_theme_action },
    { "win.delete-theme", delete_theme_action },
    { "win.move-theme-up", move_theme_action },
    { "win.move-theme-down", move_theme_action },
    { "win.new-item", new_item_action },
    { "win.delete-item", delete_item_action },
    { "win.move-item-up", move_item_action },
    { "win.move-item-down", move_item_action },
    { "win.move-item-to-theme", move_item_to_theme_action },
    { "win.show-detail", show_detail_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, NULL, actions[i].activate);
}
