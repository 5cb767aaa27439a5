/* opv-followup-row.c: one follow-up in the detail pane, shown as text and
 * turned into an editor for its code, text, links and parliamentary papers
 * when activated
 *
 * The row does not save anything: it emits ::apply, ::delete and ::move,
 * and the item view talks to the store.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-followup-row"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-followup-row-private.h"
#include "opv-kamerstuk-editor.h"
#include "opv-text-card.h"
#include "opv-text-viewer.h"
#include "opv-ui-util.h"
#include "opv-wrap-bin.h"

G_DEFINE_FINAL_TYPE (OpvFollowupRow, opv_followup_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  EDIT,
  APPLY,
  CANCEL,
  DELETE,
  MOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_actions (OpvFollowupRow *self);

static void
opv_followup_row_dispose (GObject *object)
{
  /* The row's child is the template's stack: taking it off the row first
   * keeps the row and the template from both unparenting it. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), OPV_TYPE_FOLLOWUP_ROW);

  G_OBJECT_CLASS (opv_followup_row_parent_class)->dispose (object);
}

static void
opv_followup_row_finalize (GObject *object)
{
  OpvFollowupRow *self = OPV_FOLLOWUP_ROW (object);

  g_free (self->code);
  g_free (self->text);
  g_free (self->error);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->kamerstukken, g_ptr_array_unref);

  G_OBJECT_CLASS (opv_followup_row_parent_class)->finalize (object);
}

static void
row_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OpvFollowupRow *self = OPV_FOLLOWUP_ROW (widget);

  if (g_str_equal (action_name, "row.edit"))
    g_signal_emit (self, signals[EDIT], 0);
  else if (g_str_equal (action_name, "row.delete"))
    g_signal_emit (self, signals[DELETE], 0);
  else if (g_str_equal (action_name, "row.move-up"))
    g_signal_emit (self, signals[MOVE], 0, -1);
  else if (g_str_equal (action_name, "row.move-down"))
    g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
on_delete_clicked_cb (OpvFollowupRow *self)
{
  if (!self->read_only && self->id != 0)
    g_signal_emit (self, signals[DELETE], 0);
}

/* Alt+Up and Alt+Down move the row, when it can move that way. */
static gboolean
move_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  OpvFollowupRow *self = OPV_FOLLOWUP_ROW (widget);
  int delta = g_variant_get_int32 (args);

  if (self->editing || self->read_only || self->id == 0 ||
      (delta < 0 && !self->can_move_up) || (delta > 0 && !self->can_move_down))
    return FALSE;

  g_signal_emit (self, signals[MOVE], 0, delta);
  return TRUE;
}

static void
on_entry_activate_cb (OpvFollowupRow *self)
{
  g_signal_emit (self, signals[APPLY], 0);
}

static void
on_text_card_apply_cb (OpvFollowupRow *self)
{
  g_signal_emit (self, signals[APPLY], 0);
}

static void
on_apply_clicked_cb (OpvFollowupRow *self)
{
  g_signal_emit (self, signals[APPLY], 0);
}

static void
on_cancel_clicked_cb (OpvFollowupRow *self)
{
  g_signal_emit (self, signals[CANCEL], 0);
}

static char *
dup_name (OpvFollowupRow *self)
{
  /* Translators: the accessible name of a follow-up row, as in "Follow-up 2.3.1" */
  return self->code[0] ? g_strdup_printf (_("Follow-up %s"), self->code) : g_strdup (_("Follow-up"));
}

static void
on_whole_text_clicked_cb (OpvFollowupRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = dup_name (self);
  GtkWidget *viewer = opv_text_viewer_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, name, self->text);

  gtk_window_present (GTK_WINDOW (viewer));
}

static void
on_add_link_clicked_cb (OpvFollowupRow *self)
{
  GtkWidget *editor = opv_followup_row_add_link (self, "", NULL);
  LinkEditor *e = g_object_get_data (G_OBJECT (editor), "link-editor");

  gtk_widget_grab_focus (GTK_WIDGET (e->label));
}

static void
on_add_paper_clicked_cb (OpvFollowupRow *self)
{
  GtkWidget *editor = opv_followup_row_add_kamerstuk (self, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (opv_kamerstuk_editor_get_session (OPV_KAMERSTUK_EDITOR (editor))));
}

static gboolean
on_editor_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          OpvFollowupRow        *self)
{
  state &= gtk_accelerator_get_default_mod_mask ();

  if (keyval == GDK_KEY_Escape && state == 0)
    {
      g_signal_emit (self, signals[CANCEL], 0);
      return GDK_EVENT_STOP;
    }

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && state == GDK_CONTROL_MASK)
    {
      g_signal_emit (self, signals[APPLY], 0);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
opv_followup_row_class_init (OpvFollowupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_followup_row_dispose;
  object_class->finalize = opv_followup_row_finalize;

  /**
   * OpvFollowupRow::edit:
   *
   * Emitted when the user asks to edit the follow-up.
   */
  signals[EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OpvFollowupRow::apply:
   *
   * Emitted on Apply, Enter in a field or Ctrl+Enter: the editor's values
   * are to be saved.
   */
  signals[APPLY] = g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OpvFollowupRow::cancel:
   *
   * Emitted on Cancel or Escape: the editor is to close without saving.
   */
  signals[CANCEL] = g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OpvFollowupRow::delete:
   *
   * Emitted when the user asks to delete the follow-up.
   */
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OpvFollowupRow::move:
   * @delta: -1 to move up, 1 to move down
   *
   * Emitted when the user asks to move the follow-up one place.
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (OPV_TYPE_TEXT_CARD);
  g_type_ensure (OPV_TYPE_WRAP_BIN);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-followup-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvFollowupRow, stack);
  gtk_widget_class_bind_template_child (widget_class, OpvFollowupRow, handle);
  gtk_widget_class_bind_template_child (widget_class, OpvFollowupRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, OpvFollowupRow, body);
  gtk_widget_class_bind_template_child (widget_class, OpvFollowupRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, OpvFollowupRow, whole_text_button);
  gtk_widget_class_bind_template_child (widget_class, OpvFollowupRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_whole_text_clicked_cb);

  gtk_widget_class_install_action (widget_class, "row.edit", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, row_action);

  /* The menu shows the accelerator bound last: plain Delete, not the
   * keypad one ("Num Delete" in Dutch). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "row.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "row.delete", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_shortcut_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, move_shortcut_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_shortcut_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, move_shortcut_cb, "i", 1);
}

/* The menu is made when it first opens: a page of rows makes no popovers. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) section = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  section = g_menu_new ();
  g_menu_append (menu, _("_Edit"), "row.edit");
  g_menu_append (section, _("Move _Up"), "row.move-up");
  g_menu_append (section, _("Move _Down"), "row.move-down");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_clear_object (&section);
  section = g_menu_new ();
  g_menu_append (section, _("_Delete"), "row.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* The editor is built when the row first opens it, from its own .ui: most
 * rows are never edited, and a round may have thousands. */
static void
ensure_editor (OpvFollowupRow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  GtkEventController *controller;

  if (self->editor != NULL)
    return;

  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback (scope, on_entry_activate_cb);
  gtk_builder_cscope_add_callback (scope, on_text_card_apply_cb);
  gtk_builder_cscope_add_callback (scope, on_apply_clicked_cb);
  gtk_builder_cscope_add_callback (scope, on_cancel_clicked_cb);
  gtk_builder_cscope_add_callback (scope, on_add_link_clicked_cb);
  gtk_builder_cscope_add_callback (scope, on_add_paper_clicked_cb);

  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, RESOURCE_PREFIX "/opv-followup-editor.ui", &error))
    g_error ("The follow-up editor's resource does not load: %s", error->message);

  self->editor = GTK_BOX (gtk_builder_get_object (builder, "editor"));
  self->code_entry = GTK_ENTRY (gtk_builder_get_object (builder, "code_entry"));
  self->text_caption = GTK_LABEL (gtk_builder_get_object (builder, "text_caption"));
  self->text_card = OPV_TEXT_CARD (gtk_builder_get_object (builder, "text_card"));
  self->links_box = GTK_BOX (gtk_builder_get_object (builder, "links_box"));
  self->papers_box = GTK_BOX (gtk_builder_get_object (builder, "papers_box"));
  self->error_label = GTK_LABEL (gtk_builder_get_object (builder, "error_label"));
  self->delete_button = GTK_BUTTON (gtk_builder_get_object (builder, "delete_button"));
  self->cancel_button = GTK_BUTTON (gtk_builder_get_object (builder, "cancel_button"));
  self->apply_button = GTK_BUTTON (gtk_builder_get_object (builder, "apply_button"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->editor), "edit");

  gtk_label_set_mnemonic_widget (self->text_caption, GTK_WIDGET (self->text_card));
  opv_text_card_set_label (self->text_card, _("Text"));
  opv_text_card_set_apply_on_leave (self->text_card, FALSE);
  opv_text_card_set_max_height (self->text_card, OPV_FOLLOWUP_EDITOR_MAX_HEIGHT);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_editor_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->editor), controller);

  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), self->id != 0);
  /* Not row.delete: that action, and the Delete key with it, is off while
   * the editor is open, so that the key on one of its buttons cannot
   * delete the follow-up and what was typed. */
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
}

static void
opv_followup_row_init (OpvFollowupRow *self)
{
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_link_free);
  self->kamerstukken = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);
  self->code = g_strdup ("");
  self->text = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, NULL, NULL);

  gtk_widget_add_css_class (GTK_WIDGET (self), "followup-row");
  update_actions (self);
}

static void
update_actions (OpvFollowupRow *self)
{
  gboolean movable = !self->read_only && !self->editing && self->id != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.edit", !self->read_only && !self->editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up", movable && self->can_move_up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down", movable && self->can_move_down);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.delete", !self->read_only && !self->editing && self->id != 0);

  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), !self->read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->handle), !self->read_only);
  if (self->delete_button != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->delete_button), self->id != 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), !self->read_only && !self->editing);
  gtk_label_set_selectable (self->text_label, self->read_only);
}

static void
fill_display (OpvFollowupRow *self,
              OpvFollowup    *followup)
{
  GPtrArray *references = opv_followup_get_references (followup);

  if (self->code[0] != '\0')
    {
      gtk_label_set_label (self->code_label, self->code);
      gtk_label_set_width_chars (self->code_label, 6);
    }
  else
    {
      gtk_label_set_label (self->code_label, "•");
      gtk_label_set_width_chars (self->code_label, -1);
    }

  {
    gboolean cut = FALSE;
    g_autofree char *excerpt = opv_text_excerpt (self->text, OPV_FOLLOWUP_EXCERPT_CHARS, &cut);

    gtk_label_set_label (self->text_label, excerpt);
    gtk_widget_set_visible (GTK_WIDGET (self->whole_text_button), cut);
  }

  if (opv_followup_get_carried (followup))
    {
      GtkWidget *carried = gtk_label_new (_("Carried forward from the previous round"));

      gtk_label_set_xalign (GTK_LABEL (carried), 0);
      gtk_widget_add_css_class (carried, "caption");
      gtk_widget_add_css_class (carried, "dim-label");
      gtk_box_append (self->body, carried);
    }

  for (guint i = 0; i < self->links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (self->links, i);
      gtk_box_append (self->body, opv_link_widget_new (link->label, link->url));
    }

  for (guint i = 0; i < self->kamerstukken->len; i++)
    {
      OpvKamerstuk *k = g_ptr_array_index (self->kamerstukken, i);
      g_autofree char *citation = opv_kamerstuk_format (k);
      gtk_box_append (self->body, opv_link_widget_new (citation, k->url));
    }

  if (references->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *see = NULL;
      GtkWidget *label;

      g_ptr_array_add (references, NULL);
      joined = g_strjoinv (", ", (char **) references->pdata);
      g_ptr_array_remove_index (references, references->len - 1);
      /* Translators: a cross-reference to other follow-up, as in "See 6.1.4" */
      see = g_strdup_printf (_("See %s"), joined);
      label = gtk_label_new (see);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->body, label);
    }
}

static void
reset_editor (OpvFollowupRow *self)
{
  GtkWidget *child;

  ensure_editor (self);

  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), self->code);
  opv_text_card_set_text (self->text_card, self->text);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box))) != NULL)
    gtk_box_remove (self->links_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->papers_box))) != NULL)
    gtk_box_remove (self->papers_box, child);

  for (guint i = 0; i < self->links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (self->links, i);
      opv_followup_row_add_link (self, link->label, link->url);
    }
  for (guint i = 0; i < self->kamerstukken->len; i++)
    opv_followup_row_add_kamerstuk (self, g_ptr_array_index (self->kamerstukken, i));

  opv_followup_row_set_error (self, NULL);
}

/**
 * opv_followup_row_new:
 * @followup: (nullable): the follow-up, or %NULL for a new one, which
 *   starts in the editor
 */
GtkWidget *
opv_followup_row_new (OpvFollowup *followup)
{
  OpvFollowupRow *self = g_object_new (OPV_TYPE_FOLLOWUP_ROW, NULL);
  g_autofree char *name = NULL;

  if (followup != NULL)
    {
      GPtrArray *links = opv_followup_get_links (followup);
      GPtrArray *kamerstukken = opv_followup_get_kamerstukken (followup);

      self->id = opv_followup_get_id (followup);
      g_free (self->code);
      self->code = g_strdup (opv_followup_get_code (followup));
      g_free (self->text);
      self->text = g_strdup (opv_followup_get_text (followup));
      for (guint i = 0; i < links->len; i++)
        g_ptr_array_add (self->links, opv_link_copy (g_ptr_array_index (links, i)));
      for (guint i = 0; i < kamerstukken->len; i++)
        g_ptr_array_add (self->kamerstukken, opv_kamerstuk_copy (g_ptr_array_index (kamerstukken, i)));
      fill_display (self, followup);
    }

  /* The editor is filled when it opens: a pane of rows that only show
   * their text holds no copy of it in a text buffer. */
  if (followup == NULL)
    {
      opv_followup_row_set_editing (self, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("New follow-up"),
                                      -1);
    }
  else
    {
      g_autofree char *excerpt = opv_text_excerpt (self->text, OPV_FOLLOWUP_EXCERPT_CHARS, NULL);

      name = dup_name (self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, excerpt,
                                      -1);
    }

  update_actions (self);
  return GTK_WIDGET (self);
}

/**
 * opv_followup_row_get_id:
 *
 * Returns: the follow-up's id, or 0 for a new one not yet saved
 */
gint64
opv_followup_row_get_id (OpvFollowupRow *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP_ROW (self), 0);
  return self->id;
}

void
opv_followup_row_set_editing (OpvFollowupRow *self,
                              gboolean        editing)
{
  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (self));

  editing = !!editing && !self->read_only;
  if (self->id == 0)
    editing = TRUE;
  if (editing && !self->editing)
    reset_editor (self);

  self->editing = editing;
  gtk_stack_set_visible_child_name (self->stack, editing ? "edit" : "display");
  if (editing)
    gtk_widget_add_css_class (GTK_WIDGET (self), "editing");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "editing");
  update_actions (self);
}

gboolean
opv_followup_row_get_editing (OpvFollowupRow *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP_ROW (self), FALSE);
  return self->editing;
}

void
opv_followup_row_set_read_only (OpvFollowupRow *self,
                                gboolean        read_only)
{
  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (self));

  self->read_only = !!read_only;
  if (self->read_only && self->editing)
    opv_followup_row_set_editing (self, FALSE);
  update_actions (self);
}

void
opv_followup_row_set_can_move (OpvFollowupRow *self,
                               gboolean        up,
                               gboolean        down)
{
  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (self));

  self->can_move_up = up;
  self->can_move_down = down;
  update_actions (self);
}

/**
 * opv_followup_row_set_code:
 *
 * Puts @code in the editor's code field, as a suggestion for a new
 * follow-up.
 */
void
opv_followup_row_set_code (OpvFollowupRow *self,
                           const char     *code)
{
  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (self));
  ensure_editor (self);
  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), code ? code : "");
}

char *
opv_followup_row_dup_code (OpvFollowupRow *self)
{
  ensure_editor (self);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_entry))));
}

char *
opv_followup_row_dup_text (OpvFollowupRow *self)
{
  char *text;

  ensure_editor (self);
  text = opv_text_card_dup_text (self->text_card);
  return g_strstrip (text);
}

/**
 * opv_followup_row_dup_links:
 *
 * Returns: (transfer container) (element-type OpvLink): the links as the
 *   editor gives them; a link with neither label nor address is left out
 */
GPtrArray *
opv_followup_row_dup_links (OpvFollowupRow *self)
{
  GPtrArray *links = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_link_free);

  ensure_editor (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      LinkEditor *e = g_object_get_data (G_OBJECT (child), "link-editor");
      g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (e->label)));
      g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (e->url)));

      if (label[0] == '\0' && url[0] == '\0')
        continue;
      g_ptr_array_add (links, opv_link_new (label, url[0] ? url : NULL));
    }

  return links;
}

/**
 * opv_followup_row_dup_kamerstukken:
 *
 * Returns: (transfer container) (element-type OpvKamerstuk): the papers
 *   as the editor gives them
 */
GPtrArray *
opv_followup_row_dup_kamerstukken (OpvFollowupRow *self)
{
  GPtrArray *kamerstukken = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);

  ensure_editor (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->papers_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (kamerstukken, opv_kamerstuk_editor_dup_kamerstuk (OPV_KAMERSTUK_EDITOR (child)));

  return kamerstukken;
}

gboolean
opv_followup_row_get_text_changed (OpvFollowupRow *self)
{
  g_autofree char *code = opv_followup_row_dup_code (self);
  g_autofree char *text = opv_followup_row_dup_text (self);

  return !g_str_equal (code, self->code) || !g_str_equal (text, self->text);
}

gboolean
opv_followup_row_get_sources_changed (OpvFollowupRow *self)
{
  g_autoptr(GPtrArray) links = opv_followup_row_dup_links (self);
  g_autoptr(GPtrArray) kamerstukken = opv_followup_row_dup_kamerstukken (self);

  if (links->len != self->links->len || kamerstukken->len != self->kamerstukken->len)
    return TRUE;
  for (guint i = 0; i < links->len; i++)
    if (!opv_link_equal (g_ptr_array_index (links, i), g_ptr_array_index (self->links, i)))
      return TRUE;
  for (guint i = 0; i < kamerstukken->len; i++)
    if (!opv_kamerstuk_equal (g_ptr_array_index (kamerstukken, i), g_ptr_array_index (self->kamerstukken, i)))
      return TRUE;
  return FALSE;
}

/**
 * opv_followup_row_copy_draft:
 * @from: a row of the same follow-up from before the pane was rebuilt
 *
 * Carries what was typed in @from's editor over to @self.
 */
void
opv_followup_row_copy_draft (OpvFollowupRow *self,
                             OpvFollowupRow *from)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) kamerstukken = NULL;
  GtkWidget *child;

  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (self));
  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (from));

  ensure_editor (self);
  ensure_editor (from);
  text = opv_text_card_dup_text (from->text_card);
  links = opv_followup_row_dup_links (from);
  kamerstukken = opv_followup_row_dup_kamerstukken (from);

  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), gtk_editable_get_text (GTK_EDITABLE (from->code_entry)));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (opv_text_card_get_text_view (self->text_card));
    gtk_text_buffer_set_text (buffer, text, -1);
  }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box))) != NULL)
    gtk_box_remove (self->links_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->papers_box))) != NULL)
    gtk_box_remove (self->papers_box, child);
  for (guint i = 0; i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      opv_followup_row_add_link (self, link->label, link->url);
    }
  for (guint i = 0; i < kamerstukken->len; i++)
    opv_followup_row_add_kamerstuk (self, g_ptr_array_index (kamerstukken, i));

  opv_followup_row_set_error (self, from->error);
}

static void
show_error_at (GtkLabel   *label,
               const char *message)
{
  gtk_label_set_label (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

/**
 * opv_followup_row_set_error:
 * @message: (nullable): why the store refused the editor's values, or
 *   %NULL to clear it
 *
 * Shows @message under the link or paper it concerns (the first one that
 * the store's checks would refuse), or under the editor.
 */
void
opv_followup_row_set_error (OpvFollowupRow *self,
                            const char     *message)
{
  gboolean placed = FALSE;

  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (self));

  g_free (self->error);
  self->error = g_strdup (message);
  ensure_editor (self);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      LinkEditor *e = g_object_get_data (G_OBJECT (child), "link-editor");
      g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (e->label)));
      g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (e->url)));
      gboolean refused = (label[0] == '\0' && url[0] != '\0') || (url[0] != '\0' && !opv_uri_is_openable (url));

      gtk_widget_set_visible (GTK_WIDGET (e->error), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (e->url), "error");
      if (message != NULL && !placed && refused)
        {
          show_error_at (e->error, message);
          if (url[0] != '\0' && !opv_uri_is_openable (url))
            gtk_widget_add_css_class (GTK_WIDGET (e->url), "error");
          placed = TRUE;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->papers_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OpvKamerstukEditor *editor = OPV_KAMERSTUK_EDITOR (child);
      g_autoptr(OpvKamerstuk) k = opv_kamerstuk_editor_dup_kamerstuk (editor);
      gboolean refused = k->session[0] == '\0' || k->dossier[0] == '\0' ||
                         (k->url != NULL && !opv_uri_is_openable (k->url));

      opv_kamerstuk_editor_set_error (editor, NULL);
      if (message != NULL && !placed && refused)
        {
          opv_kamerstuk_editor_set_error (editor, message);
          placed = TRUE;
        }
    }

  if (message != NULL && !placed)
    show_error_at (self->error_label, message);
}

/**
 * opv_followup_row_get_error:
 *
 * Returns: (nullable): the message shown in the editor
 */
const char *
opv_followup_row_get_error (OpvFollowupRow *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP_ROW (self), NULL);
  return self->error;
}

void
opv_followup_row_focus_editor (OpvFollowupRow *self)
{
  g_return_if_fail (OPV_IS_FOLLOWUP_ROW (self));
  ensure_editor (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_card));
}

static void
on_remove_link_clicked_cb (GtkWidget *editor)
{
  GtkWidget *box = gtk_widget_get_parent (editor);

  gtk_box_remove (GTK_BOX (box), editor);
}

/**
 * opv_followup_row_add_link:
 *
 * Adds a link to the editor.
 *
 * Returns: (transfer none): the link's editor
 */
GtkWidget *
opv_followup_row_add_link (OpvFollowupRow *self,
                           const char     *label,
                           const char     *url)
{
  GtkWidget *editor = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  LinkEditor *e = g_new0 (LinkEditor, 1);

  g_return_val_if_fail (OPV_IS_FOLLOWUP_ROW (self), NULL);

  ensure_editor (self);
  e->label = GTK_EDITABLE (gtk_entry_new ());
  gtk_editable_set_text (e->label, label ? label : "");
  /* Translators: the placeholder of a link's label field */
  gtk_entry_set_placeholder_text (GTK_ENTRY (e->label), _("Label"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (e->label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Link label"),
                                  -1);
  gtk_widget_set_hexpand (GTK_WIDGET (e->label), TRUE);
  g_signal_connect_object (e->label, "activate", G_CALLBACK (on_entry_activate_cb), self, G_CONNECT_SWAPPED);

  e->url = GTK_EDITABLE (gtk_entry_new ());
  gtk_editable_set_text (e->url, url ? url : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (e->url), "https://…");
  gtk_entry_set_input_purpose (GTK_ENTRY (e->url), GTK_INPUT_PURPOSE_URL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (e->url),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Link address"),
                                  -1);
  gtk_widget_set_hexpand (GTK_WIDGET (e->url), TRUE);
  g_signal_connect_object (e->url, "activate", G_CALLBACK (on_entry_activate_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Link"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Link"),
                                  -1);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (on_remove_link_clicked_cb), editor);

  e->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (e->error, 0);
  gtk_label_set_wrap (e->error, TRUE);
  gtk_label_set_wrap_mode (e->error, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (e->error), "error");
  gtk_widget_add_css_class (GTK_WIDGET (e->error), "caption");
  gtk_widget_set_visible (GTK_WIDGET (e->error), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (e->url),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, e->error, NULL,
                                  -1);

  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (e->label));
  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (e->url));
  gtk_box_append (GTK_BOX (fields), remove);
  gtk_box_append (GTK_BOX (editor), fields);
  gtk_box_append (GTK_BOX (editor), GTK_WIDGET (e->error));
  g_object_set_data_full (G_OBJECT (editor), "link-editor", e, g_free);
  gtk_widget_add_css_class (editor, "link-editor");

  gtk_box_append (self->links_box, editor);
  return editor;
}

static void
on_remove_paper_cb (OpvKamerstukEditor *editor)
{
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (editor))), GTK_WIDGET (editor));
}

/**
 * opv_followup_row_add_kamerstuk:
 * @kamerstuk: (nullable): the paper, or %NULL for empty fields
 *
 * Returns: (transfer none): the paper's editor
 */
GtkWidget *
opv_followup_row_add_kamerstuk (OpvFollowupRow     *self,
                                const OpvKamerstuk *kamerstuk)
{
  GtkWidget *editor = opv_kamerstuk_editor_new (kamerstuk);

  g_return_val_if_fail (OPV_IS_FOLLOWUP_ROW (self), NULL);

  ensure_editor (self);
  g_signal_connect (editor, "remove", G_CALLBACK (on_remove_paper_cb), NULL);
  g_signal_connect_object (GTK_WIDGET (opv_kamerstuk_editor_get_session (OPV_KAMERSTUK_EDITOR (editor))),
                           "activate", G_CALLBACK (on_entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (GTK_WIDGET (opv_kamerstuk_editor_get_dossier (OPV_KAMERSTUK_EDITOR (editor))),
                           "activate", G_CALLBACK (on_entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (GTK_WIDGET (opv_kamerstuk_editor_get_number (OPV_KAMERSTUK_EDITOR (editor))),
                           "activate", G_CALLBACK (on_entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (GTK_WIDGET (opv_kamerstuk_editor_get_url (OPV_KAMERSTUK_EDITOR (editor))),
                           "activate", G_CALLBACK (on_entry_activate_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->papers_box, editor);
  return editor;
}
