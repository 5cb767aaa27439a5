/* opv-item-view.c: what a round reports on one recommendation or activity,
 * edited in place
 *
 * Every change goes to the store at once, as one call, one transaction
 * and one step of undo; there is no Save button. Single lines apply on
 * Enter, texts on Ctrl+Enter or when focus leaves them, choices at once.
 * The store then says "changed", the window reloads the dossier and shows
 * the item again with fresh objects: the view keeps what the user was
 * doing (the field with focus, open follow-up editors, text not yet
 * applied, the scroll position) across that rebuild.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-item-view"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-history-format.h"
#include "opv-item-view-private.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

/* The History lists this many edits, the newest. */
#define MAX_HISTORY 100

#define FOCUS_KEY "opv-focus-key"

typedef enum
{
  FIELD_CODE,
  FIELD_TITLE,
  FIELD_TEXT,
  FIELD_TIMEFRAME,
  FIELD_EXPLANATION,
  FIELD_NOTE,
} ViewField;

/* A text applied when focus left it, saved once the focus change is over:
 * saving rebuilds the pane, which must not happen in the middle of it. */
typedef struct
{
  gint64     item_id;
  gint64     round_id;
  ViewField  field;
  char      *value;
  char      *old_value;
} PendingEdit;

/* What had focus before a change, to give it back after the rebuild. */
typedef struct
{
  GtkWidget *widget;
  char      *key;
  GArray    *path;       /* child indices from the keyed widget down to the focus */
  char      *fallback;
  int        cursor;
  double     scroll;
} FocusMemo;

G_DEFINE_FINAL_TYPE (OpvItemView, opv_item_view, GTK_TYPE_WIDGET)

static void load_followups (OpvItemView *self, gboolean keep_drafts);
static gboolean reveal_keyed (OpvItemView *self, const char *key);
static void show_more_followups (OpvItemView *self);
static void reload_memo_free (OpvItemView *self);
static void keep_typed_texts (OpvItemView *self);

static void
pending_edit_free (PendingEdit *edit)
{
  g_free (edit->value);
  g_free (edit->old_value);
  g_free (edit);
}

static void
opv_item_view_dispose (GObject *object)
{
  OpvItemView *self = (OpvItemView *)object;

  g_clear_handle_id (&self->pending_idle, g_source_remove);
  g_clear_handle_id (&self->restore_idle, g_source_remove);
  reload_memo_free (self);
  g_clear_weak_pointer (&self->focus_widget);
  g_clear_weak_pointer (&self->bounce_focus);
  g_clear_object (&self->item);
  g_clear_object (&self->round);
  g_clear_object (&self->store);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_clear_pointer (&self->timeline_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_ITEM_VIEW);

  G_OBJECT_CLASS (opv_item_view_parent_class)->dispose (object);
}

static void
opv_item_view_finalize (GObject *object)
{
  OpvItemView *self = (OpvItemView *)object;

  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->editing, g_hash_table_unref);

  G_OBJECT_CLASS (opv_item_view_parent_class)->finalize (object);
}

/* Helpers */

static OpvWindow *
get_window (OpvItemView *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), OPV_TYPE_WINDOW);

  return window ? OPV_WINDOW (window) : NULL;
}

static void
report_error (OpvItemView  *self,
              const GError *error)
{
  OpvWindow *window = get_window (self);

  if (window != NULL)
    opv_window_report_error (window, error);
  else
    g_debug ("Not saved: %s", error->message);
}

static OpvEntry *
current_entry (OpvItemView *self)
{
  if (self->item == NULL || self->round == NULL)
    return NULL;
  return opv_item_get_entry (self->item, self->round);
}

static gboolean
is_editable (OpvItemView *self)
{
  return self->store != NULL && !self->read_only && self->item != NULL;
}

static void
set_focus_key (gpointer    widget,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static void
set_focus_key (gpointer    widget,
               const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  g_object_set_data_full (G_OBJECT (widget), FOCUS_KEY, g_strdup_vprintf (format, args), g_free);
  va_end (args);
}

static GtkWidget *
find_keyed (GtkWidget  *widget,
            const char *key)
{
  const char *own = g_object_get_data (G_OBJECT (widget), FOCUS_KEY);

  if (own != NULL && g_str_equal (own, key))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_NATIVE (child))
        continue;
      found = find_keyed (child, key);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
focus_memo_take_from (OpvItemView *self,
                      FocusMemo   *memo,
                      GtkWidget   *focus)
{
  memset (memo, 0, sizeof *memo);
  memo->cursor = -1;
  memo->scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;

  /* A choice made in a popover, such as a combo row's list, closes it:
   * focus is to go back to what opened it, not into the closed popover. */
  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_POPOVER (w))
        {
          GtkWidget *owner = gtk_widget_get_parent (w);

          while (owner != NULL && owner != GTK_WIDGET (self) && !gtk_widget_get_focusable (owner))
            owner = gtk_widget_get_parent (owner);
          if (owner == NULL || owner == GTK_WIDGET (self))
            return;
          focus = w = owner;
        }
    }

  memo->widget = g_object_ref (focus);
  if (GTK_IS_EDITABLE (focus))
    memo->cursor = gtk_editable_get_position (GTK_EDITABLE (focus));

  memo->path = g_array_new (FALSE, FALSE, sizeof (int));
  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    {
      const char *key = g_object_get_data (G_OBJECT (w), FOCUS_KEY);
      int index = 0;

      if (key != NULL)
        {
          memo->key = g_strdup (key);
          break;
        }

      for (GtkWidget *sibling = gtk_widget_get_prev_sibling (w); sibling; sibling = gtk_widget_get_prev_sibling (sibling))
        index++;
      g_array_prepend_val (memo->path, index);
    }
}

static void
focus_memo_take (OpvItemView *self,
                 FocusMemo   *memo)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  focus_memo_take_from (self, memo, root ? gtk_root_get_focus (root) : NULL);
}

/* The widget at @path below @widget, in a rebuilt row of the same shape;
 * as deep as the path leads. */
static GtkWidget *
follow_path (GtkWidget *widget,
             GArray    *path)
{
  for (guint i = 0; widget != NULL && path != NULL && i < path->len; i++)
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);

      for (int n = g_array_index (path, int, i); child != NULL && n > 0; n--)
        child = gtk_widget_get_next_sibling (child);
      if (child == NULL)
        break;
      widget = child;
    }
  return widget;
}

static gboolean
can_take_focus (OpvItemView *self,
                GtkWidget   *widget)
{
  return widget != NULL &&
         gtk_widget_is_ancestor (widget, GTK_WIDGET (self)) &&
         gtk_widget_is_sensitive (widget) &&
         gtk_widget_is_visible (widget);
}

static void
grab_focus_quietly (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (widget));
  else
    gtk_widget_grab_focus (widget);
}

static void
focus_memo_restore (OpvItemView *self,
                    FocusMemo   *memo)
{
  GtkWidget *target = NULL;
  gboolean same = FALSE;

  if (can_take_focus (self, memo->widget))
    {
      target = memo->widget;
      same = TRUE;
    }
  if (target == NULL && memo->key != NULL)
    {
      GtkWidget *keyed = find_keyed (GTK_WIDGET (self), memo->key);
      GtkWidget *inner;

      if (keyed == NULL && reveal_keyed (self, memo->key))
        keyed = find_keyed (GTK_WIDGET (self), memo->key);
      /* A follow-up pages beyond those shown: the row that shows more,
       * whose count includes it. */
      if (keyed == NULL && self->more_row != NULL && g_str_has_prefix (memo->key, "followup:"))
        keyed = self->more_row;
      inner = keyed ? follow_path (keyed, memo->path) : NULL;

      /* Back to the same field in the rebuilt row, or else the row. */
      target = inner != NULL && gtk_widget_get_focusable (inner) && can_take_focus (self, inner) ? inner : keyed;
    }
  if ((target == NULL || !can_take_focus (self, target)) && memo->fallback != NULL)
    target = find_keyed (GTK_WIDGET (self), memo->fallback);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), memo->scroll);

  if (target != NULL && can_take_focus (self, target))
    {
      GtkRoot *root = gtk_widget_get_root (target);

      if (root == NULL || gtk_root_get_focus (root) != target)
        grab_focus_quietly (target);
      if (same && memo->cursor >= 0 && GTK_IS_EDITABLE (target))
        gtk_editable_set_position (GTK_EDITABLE (target), memo->cursor);
    }

  g_clear_object (&memo->widget);
  g_clear_pointer (&memo->key, g_free);
  g_clear_pointer (&memo->path, g_array_unref);
  g_clear_pointer (&memo->fallback, g_free);

  /* A change the view made itself puts focus where it belongs now. */
  if (memo != self->reload_memo)
    reload_memo_free (self);
}

/* Points @memo at the widget known by @key (taken), instead of the one
 * that had focus. */
static void
focus_memo_set_key (FocusMemo *memo,
                    char      *key)
{
  g_clear_object (&memo->widget);
  g_clear_pointer (&memo->path, g_array_unref);
  g_free (memo->key);
  memo->key = key;
}

/* An entry row's saved value is kept beside it, to tell typing from the
 * saved text and to revert to it. */
static const char *
entry_row_get_applied (AdwEntryRow *row)
{
  const char *applied = g_object_get_data (G_OBJECT (row), "opv-applied");
  return applied ? applied : "";
}

static void
entry_row_show (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    {
      /* Turning the apply button off for the moment keeps it from
       * appearing for a text the user did not type. */
      adw_entry_row_set_show_apply_button (row, FALSE);
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      adw_entry_row_set_show_apply_button (row, TRUE);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Shows @value as saved. With @keep_typing, text the user typed and did
 * not apply stays, as when the pane is rebuilt after another change. */
static void
entry_row_load (AdwEntryRow *row,
                const char  *value,
                gboolean     keep_typing)
{
  gboolean typing = !g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), entry_row_get_applied (row));

  g_object_set_data_full (G_OBJECT (row), "opv-applied", g_strdup (value ? value : ""), g_free);
  if (keep_typing && typing)
    return;
  entry_row_show (row, value ? value : "");
}

static gboolean
on_entry_row_key_pressed_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             AdwEntryRow           *row)
{
  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), entry_row_get_applied (row)))
    return GDK_EVENT_PROPAGATE;

  entry_row_show (row, entry_row_get_applied (row));
  gtk_editable_set_position (GTK_EDITABLE (row), -1);
  return GDK_EVENT_STOP;
}

static void
add_escape_reverts (AdwEntryRow *row)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_entry_row_key_pressed_cb), row);
  gtk_widget_add_controller (GTK_WIDGET (row), controller);
}

static void
set_escaped_description (AdwPreferencesGroup *group,
                         const char          *text)
{
  g_autofree char *escaped = text ? g_markup_escape_text (text, -1) : NULL;

  adw_preferences_group_set_description (group, escaped);
}

static GtkWidget *
info_row_new (const char *title,
              const char *subtitle,
              const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* Focusable, so that a screen reader reads it on the way, and because a
   * GTK 4.8 list box whose first row cannot take the focus is skipped by
   * Tab altogether, with every row after it. */
  gtk_widget_set_focusable (row, TRUE);

  return row;
}

/* The window reloads the dossier after every change, whoever made it, and
 * hides the view for a moment while it does: focus then leaves the view.
 * The view remembers what had focus in it, and gives focus back when the
 * same item returns, unless the user has put it elsewhere since. */

/* Whether every stack around the view shows the page the view is on. */
static gboolean
is_page_shown (OpvItemView *self)
{
  for (GtkWidget *w = GTK_WIDGET (self); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *parent = gtk_widget_get_parent (w);

      if (GTK_IS_STACK (parent) && gtk_stack_get_visible_child (GTK_STACK (parent)) != w)
        return FALSE;
    }
  return TRUE;
}

static void
on_focus_widget_changed_cb (GtkWindow   *window,
                            GParamSpec  *pspec,
                            OpvItemView *self)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  /* Hiding the view while the window reloads moves focus elsewhere: that
   * is no choice of the user's. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    g_set_weak_pointer (&self->focus_widget, focus);
  else if (focus != NULL && !is_page_shown (self))
    g_set_weak_pointer (&self->bounce_focus, focus);
  else if (focus != NULL)
    g_clear_weak_pointer (&self->focus_widget);
}

static gboolean
restore_idle_cb (gpointer user_data)
{
  OpvItemView *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  FocusMemo *memo = g_steal_pointer (&self->reload_memo);

  self->restore_idle = 0;

  /* The reload, not the user, moved focus: back to where it was. */
  if (memo != NULL && self->item != NULL && is_page_shown (self) &&
      (focus == NULL || focus == self->bounce_focus || gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    focus_memo_restore (self, memo);
  else if (memo != NULL)
    {
      self->reload_memo = memo;
      reload_memo_free (self);
      memo = NULL;
    }

  g_free (memo);
  g_clear_weak_pointer (&self->bounce_focus);
  return G_SOURCE_REMOVE;
}

static void
reload_memo_free (OpvItemView *self)
{
  FocusMemo *memo = self->reload_memo;

  if (memo == NULL)
    return;
  g_clear_object (&memo->widget);
  g_clear_pointer (&memo->key, g_free);
  g_clear_pointer (&memo->path, g_array_unref);
  g_clear_pointer (&memo->fallback, g_free);
  g_clear_pointer (&self->reload_memo, g_free);
}

/* Closing the window saves a text being typed, as leaving it would. */
static gboolean
on_close_request_cb (GtkWindow   *window,
                     OpvItemView *self)
{
  keep_typed_texts (self);
  opv_item_view_flush (self);
  return FALSE;
}

static void
opv_item_view_root (GtkWidget *widget)
{
  OpvItemView *self = OPV_ITEM_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (opv_item_view_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    {
      self->focus_handler = g_signal_connect_object (root, "notify::focus-widget",
                                                     G_CALLBACK (on_focus_widget_changed_cb), self, 0);
      self->close_handler = g_signal_connect_object (root, "close-request",
                                                     G_CALLBACK (on_close_request_cb), self, 0);
    }
}

static void
opv_item_view_unroot (GtkWidget *widget)
{
  OpvItemView *self = OPV_ITEM_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL && self->focus_handler != 0)
    g_signal_handler_disconnect (root, self->focus_handler);
  if (root != NULL && self->close_handler != 0)
    g_signal_handler_disconnect (root, self->close_handler);
  self->focus_handler = 0;
  self->close_handler = 0;
  g_clear_weak_pointer (&self->focus_widget);

  GTK_WIDGET_CLASS (opv_item_view_parent_class)->unroot (widget);
}

/* Saving */

static gboolean
save_field (OpvItemView  *self,
            gint64        item_id,
            gint64        round_id,
            ViewField     field,
            const char   *value,
            GError      **error)
{
  switch (field)
    {
    case FIELD_CODE:
      return opv_store_set_item_field (self->store, item_id, OPV_ITEM_FIELD_CODE, value, error);
    case FIELD_TITLE:
      return opv_store_set_item_field (self->store, item_id, OPV_ITEM_FIELD_TITLE, value, error);
    case FIELD_TEXT:
      return opv_store_set_item_field (self->store, item_id, OPV_ITEM_FIELD_TEXT, value, error);
    case FIELD_TIMEFRAME:
      return opv_store_set_entry_field (self->store, item_id, round_id, OPV_ENTRY_FIELD_TIMEFRAME, value, error);
    case FIELD_EXPLANATION:
      return opv_store_set_entry_field (self->store, item_id, round_id, OPV_ENTRY_FIELD_EXPLANATION, value, error);
    case FIELD_NOTE:
      return opv_store_set_entry_field (self->store, item_id, round_id, OPV_ENTRY_FIELD_RESPONSIBILITY_NOTE,
                                        value, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static OpvTextCard *
card_for_field (OpvItemView *self,
                ViewField    field)
{
  return field == FIELD_TEXT ? self->text_card : field == FIELD_EXPLANATION ? self->explanation_card : NULL;
}

static void
save_pending (OpvItemView *self,
              PendingEdit *edit)
{
  g_autoptr(GError) error = NULL;
  gint64 shown_item = self->item_id;
  gint64 shown_round = self->round_id;
  gint64 shown_dossier = 0;
  OpvWindow *window = get_window (self);
  FocusMemo memo;

  if (self->store == NULL)
    return;

  if (self->item != NULL)
    shown_dossier = opv_dossier_get_id (opv_theme_get_dossier (opv_item_get_theme (self->item)));

  focus_memo_take (self, &memo);
  if (!save_field (self, edit->item_id, edit->round_id, edit->field, edit->value, &error))
    {
      OpvTextCard *card = card_for_field (self, edit->field);

      /* The text stays as typed, and reads as not applied again. */
      if (card != NULL && self->item_id == edit->item_id && self->round_id == edit->round_id)
        opv_text_card_set_applied_text (card, edit->old_value);
      report_error (self, error);
    }
  /* A text left by choosing another item is saved to the item it was
   * typed for; the window then shows that item, and is taken back to the
   * one the user chose. */
  else if (window != NULL && shown_item != 0 && edit->item_id != shown_item && self->item_id != shown_item)
    opv_window_show_item_id (window, shown_dossier, shown_round, shown_item);
  focus_memo_restore (self, &memo);
}

/**
 * opv_item_view_flush:
 *
 * Saves the texts that were applied by leaving them and wait for the
 * next idle.
 *
 * Returns: whether there were any
 */
gboolean
opv_item_view_flush (OpvItemView *self)
{
  g_autoptr(GPtrArray) pending = NULL;

  g_return_val_if_fail (OPV_IS_ITEM_VIEW (self), FALSE);

  g_clear_handle_id (&self->pending_idle, g_source_remove);
  if (self->pending->len == 0)
    return FALSE;

  pending = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_edit_free);
  for (guint i = 0; i < pending->len; i++)
    save_pending (self, g_ptr_array_index (pending, i));
  return TRUE;
}

static gboolean
pending_idle_cb (gpointer user_data)
{
  OpvItemView *self = user_data;

  self->pending_idle = 0;
  opv_item_view_flush (self);
  return G_SOURCE_REMOVE;
}

static PendingEdit *
take_card_edit (OpvItemView *self,
                OpvTextCard *card,
                ViewField    field)
{
  PendingEdit *edit;

  if (!opv_text_card_is_changed (card) || self->item_id == 0)
    return NULL;

  edit = g_new0 (PendingEdit, 1);
  edit->item_id = self->item_id;
  edit->round_id = self->round_id;
  edit->field = field;
  edit->value = opv_text_card_dup_text (card);
  edit->old_value = g_strdup (opv_text_card_get_applied_text (card));
  opv_text_card_set_applied_text (card, edit->value);
  return edit;
}

static void
queue_pending (OpvItemView *self,
               PendingEdit *edit)
{
  g_ptr_array_add (self->pending, edit);
  if (self->pending_idle == 0)
    self->pending_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, pending_idle_cb, self, NULL);
}

/* Before another item or round is shown, what was typed into a text of
 * the one shown is saved to it. */
static void
keep_typed_texts (OpvItemView *self)
{
  PendingEdit *edit;

  if ((edit = take_card_edit (self, self->text_card, FIELD_TEXT)) != NULL)
    queue_pending (self, edit);
  if ((edit = take_card_edit (self, self->explanation_card, FIELD_EXPLANATION)) != NULL)
    queue_pending (self, edit);
}

/* Callbacks: item and entry fields */

static void
on_entry_row_apply_cb (OpvItemView *self,
                       AdwEntryRow *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  ViewField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "opv-field"));
  FocusMemo memo;

  if (!is_editable (self))
    return;

  value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  if (g_str_equal (value, entry_row_get_applied (row)))
    {
      entry_row_show (row, value);
      return;
    }

  focus_memo_take (self, &memo);
  if (!save_field (self, self->item_id, self->round_id, field, value, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      report_error (self, error);
    }
  focus_memo_restore (self, &memo);
}

static void
on_text_card_apply_cb (OpvItemView *self,
                       OpvTextCard *card)
{
  PendingEdit *edit;
  ViewField field = card == self->text_card ? FIELD_TEXT : FIELD_EXPLANATION;

  if (!is_editable (self) || self->loading)
    return;

  edit = take_card_edit (self, card, field);
  if (edit == NULL)
    return;

  /* Ctrl+Enter saves now; leaving the field saves once focus has moved. */
  if (gtk_widget_has_focus (GTK_WIDGET (opv_text_card_get_text_view (card))))
    {
      save_pending (self, edit);
      pending_edit_free (edit);
    }
  else
    queue_pending (self, edit);
}

static void
on_status_selected_cb (OpvItemView *self)
{
  g_autoptr(GError) error = NULL;
  OpvEntry *entry = current_entry (self);
  guint selected = adw_combo_row_get_selected (self->status_row);
  OpvStatus current = entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET;
  FocusMemo memo;

  if (self->loading || !is_editable (self) || selected >= OPV_N_STATUSES || selected == current)
    return;

  focus_memo_take (self, &memo);
  if (!opv_store_set_entry_field (self->store, self->item_id, self->round_id, OPV_ENTRY_FIELD_STATUS,
                                  opv_status_to_id ((OpvStatus) selected), &error))
    {
      self->loading = TRUE;
      adw_combo_row_set_selected (self->status_row, current);
      self->loading = FALSE;
      report_error (self, error);
    }
  focus_memo_restore (self, &memo);
}

static void
on_tbd_switch_active_cb (OpvItemView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->tbd_switch);
  FocusMemo memo;

  if (self->loading || !is_editable (self))
    return;

  focus_memo_take (self, &memo);
  if (!opv_store_set_entry_field (self->store, self->item_id, self->round_id, OPV_ENTRY_FIELD_TO_BE_DETERMINED,
                                  active ? "1" : "0", &error))
    {
      self->loading = TRUE;
      gtk_switch_set_active (self->tbd_switch, !active);
      self->loading = FALSE;
      report_error (self, error);
    }
  focus_memo_restore (self, &memo);
}

/* Widgets that the pane rebuilds (a party's row, a follow-up's row) must
 * not be destroyed while they are still emitting the signal that asked for
 * the change: such changes are made at the next idle, from what the
 * signal said. */

typedef enum
{
  JOB_SET_ROLE,
  JOB_REMOVE_PARTY,
  JOB_OPEN_EDITOR,
  JOB_CLOSE_EDITOR,
  JOB_APPLY_FOLLOWUP,
  JOB_DELETE_FOLLOWUP,
  JOB_MOVE_FOLLOWUP,
  JOB_COMMON_WORDING,
  JOB_SHOW_MORE,
} JobKind;

typedef struct
{
  OpvItemView *self;           /* weak */
  JobKind      kind;
  gint64       item_id;
  gint64       round_id;
  gint64       id;             /* a party or a follow-up; -1 for a new follow-up */
  int          number;         /* a role, or a position */
  char        *code;
  char        *text;
  GPtrArray   *links;
  GPtrArray   *kamerstukken;
  gboolean     text_changed;
  gboolean     sources_changed;
  char        *focus_key;
  OpvFollowupRow *row;         /* a new follow-up's editor, for its draft */
} Job;

static void run_job (OpvItemView *self, Job *job);

static void
job_free (Job *job)
{
  g_clear_weak_pointer (&job->self);
  g_free (job->code);
  g_free (job->text);
  g_clear_pointer (&job->links, g_ptr_array_unref);
  g_clear_pointer (&job->kamerstukken, g_ptr_array_unref);
  g_free (job->focus_key);
  g_clear_object (&job->row);
  g_free (job);
}

static gboolean
job_idle_cb (gpointer user_data)
{
  Job *job = user_data;

  if (job->self != NULL)
    run_job (job->self, job);
  return G_SOURCE_REMOVE;
}

static Job *
job_new (OpvItemView *self,
         JobKind      kind,
         gint64       id)
{
  Job *job = g_new0 (Job, 1);

  g_set_weak_pointer (&job->self, self);
  job->kind = kind;
  job->item_id = self->item_id;
  job->round_id = self->round_id;
  job->id = id;
  return job;
}

static void
defer_job (Job *job)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, job_idle_cb, job, (GDestroyNotify) job_free);
}

/* Callbacks: responsible parties */

static void
on_party_chosen_cb (OpvItemView *self,
                    const char  *name)
{
  g_autoptr(GError) error = NULL;
  FocusMemo memo;

  if (!is_editable (self))
    return;

  focus_memo_take (self, &memo);
  if (opv_store_add_responsibility (self->store, self->item_id, self->round_id, name, OPV_ROLE_LEAD, &error))
    gtk_editable_set_text (GTK_EDITABLE (self->party_picker), "");
  else
    report_error (self, error);
  focus_memo_restore (self, &memo);
}

static void
on_role_selected_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     OpvItemView *self)
{
  gint64 party_id = *(gint64 *) g_object_get_data (G_OBJECT (dropdown), "party-id");
  guint role = gtk_drop_down_get_selected (dropdown);
  Job *job;

  if (self->loading || !is_editable (self) || role > OPV_ROLE_INVOLVED)
    return;

  job = job_new (self, JOB_SET_ROLE, party_id);
  job->number = (int) role;
  defer_job (job);
}

static void
on_remove_party_clicked_cb (GtkButton   *button,
                            OpvItemView *self)
{
  gint64 party_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "party-id");

  if (is_editable (self))
    defer_job (job_new (self, JOB_REMOVE_PARTY, party_id));
}

static void
on_common_wording_clicked_cb (OpvItemView *self)
{
  if (is_editable (self))
    defer_job (job_new (self, JOB_COMMON_WORDING, 0));
}

/* Callbacks: follow-up */

static gboolean
is_editing (OpvItemView *self,
            gint64       id)
{
  return g_hash_table_contains (self->editing, &id);
}

static void
set_editing (OpvItemView *self,
             gint64       id,
             gboolean     editing)
{
  if (editing)
    {
      gint64 *key = g_new (gint64, 1);
      *key = id;
      g_hash_table_add (self->editing, key);
    }
  else
    g_hash_table_remove (self->editing, &id);
}

static char *
followup_key (gint64 id)
{
  return id > 0 ? g_strdup_printf ("followup:%" G_GINT64_FORMAT, id) : g_strdup ("followup:new");
}

static void
focus_keyed (OpvItemView *self,
             const char  *key)
{
  GtkWidget *widget = find_keyed (GTK_WIDGET (self), key);

  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

/* Scrolls the pane so that @widget is seen whole, or at least its top,
 * once it has been laid out: a frame after it was added. */
static gboolean
ensure_visible_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  OpvItemView *self = OPV_ITEM_VIEW (user_data);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  int ticks = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "opv-ticks")) + 1;
  graphene_rect_t bounds;
  double page, delta = 0;

  g_object_set_data (G_OBJECT (widget), "opv-ticks", GINT_TO_POINTER (ticks));
  if (ticks < 2)
    return G_SOURCE_CONTINUE;

  if (viewport == NULL || !gtk_widget_compute_bounds (widget, viewport, &bounds))
    return G_SOURCE_REMOVE;

  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < 0)
    delta = bounds.origin.y;
  else if (bounds.origin.y + bounds.size.height > page)
    delta = MIN (bounds.origin.y, bounds.origin.y + bounds.size.height - page);
  if (delta != 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + delta);

  g_object_set_data (G_OBJECT (widget), "opv-ticks", NULL);
  return G_SOURCE_REMOVE;
}

static void
ensure_visible (OpvItemView *self,
                GtkWidget   *widget)
{
  gtk_widget_add_tick_callback (widget, ensure_visible_tick_cb, g_object_ref (self), g_object_unref);
}

static void
open_editor (OpvItemView *self,
             gint64       id)
{
  OpvFollowupRow *row;

  if (!is_editable (self) || self->round == NULL)
    return;

  if (!is_editing (self, id))
    {
      set_editing (self, id, TRUE);
      load_followups (self, TRUE);
    }

  row = opv_item_view_find_followup_row (self, id);
  if (row != NULL)
    {
      opv_followup_row_focus_editor (row);
      ensure_visible (self, GTK_WIDGET (row));
    }
}

static void
close_editor (OpvItemView *self,
              gint64       id)
{
  g_autofree char *key = followup_key (id);

  set_editing (self, id, FALSE);
  load_followups (self, TRUE);
  if (id > 0)
    focus_keyed (self, key);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_followup_button));
}

static void
on_add_followup_clicked_cb (OpvItemView *self)
{
  open_editor (self, -1);
}

static void
on_followup_row_activated_cb (OpvItemView   *self,
                              GtkListBoxRow *row)
{
  if (GTK_WIDGET (row) == self->more_row)
    defer_job (job_new (self, JOB_SHOW_MORE, 0));
  else if (OPV_IS_FOLLOWUP_ROW (row) && !opv_followup_row_get_editing (OPV_FOLLOWUP_ROW (row)) && is_editable (self))
    defer_job (job_new (self, JOB_OPEN_EDITOR, opv_followup_row_get_id (OPV_FOLLOWUP_ROW (row))));
}

static void
on_followup_edit_cb (OpvFollowupRow *row,
                     OpvItemView    *self)
{
  if (is_editable (self))
    defer_job (job_new (self, JOB_OPEN_EDITOR, opv_followup_row_get_id (row)));
}

static void
on_followup_cancel_cb (OpvFollowupRow *row,
                       OpvItemView    *self)
{
  gint64 id = opv_followup_row_get_id (row);

  defer_job (job_new (self, JOB_CLOSE_EDITOR, id > 0 ? id : -1));
}

static void
on_followup_apply_cb (OpvFollowupRow *row,
                      OpvItemView    *self)
{
  gint64 id = opv_followup_row_get_id (row);
  Job *job;

  if (!is_editable (self))
    return;

  job = job_new (self, JOB_APPLY_FOLLOWUP, id > 0 ? id : -1);
  job->code = opv_followup_row_dup_code (row);
  job->text = opv_followup_row_dup_text (row);
  job->links = opv_followup_row_dup_links (row);
  job->kamerstukken = opv_followup_row_dup_kamerstukken (row);
  job->text_changed = opv_followup_row_get_text_changed (row);
  job->sources_changed = opv_followup_row_get_sources_changed (row);
  job->row = g_object_ref (row);
  defer_job (job);
}

static void
on_followup_delete_cb (OpvFollowupRow *row,
                       OpvItemView    *self)
{
  gint64 id = opv_followup_row_get_id (row);
  OpvEntry *entry = current_entry (self);
  GListModel *followups = entry ? opv_entry_get_followups (entry) : NULL;
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  g_autoptr(OpvFollowup) next = NULL;
  g_autoptr(OpvFollowup) previous = NULL;
  Job *job;

  if (id <= 0)
    {
      on_followup_cancel_cb (row, self);
      return;
    }
  if (!is_editable (self))
    return;

  /* Focus goes to the follow-up that takes the deleted one's place, which
   * may be the first of the next page. */
  job = job_new (self, JOB_DELETE_FOLLOWUP, id);
  if (followups != NULL && index >= 0)
    {
      next = g_list_model_get_item (followups, (guint) index + 1);
      previous = index > 0 ? g_list_model_get_item (followups, (guint) index - 1) : NULL;
    }
  if (next != NULL)
    job->focus_key = followup_key (opv_followup_get_id (next));
  else if (previous != NULL)
    job->focus_key = followup_key (opv_followup_get_id (previous));
  defer_job (job);
}

static void
on_followup_move_cb (OpvFollowupRow *row,
                     int             delta,
                     OpvItemView    *self)
{
  int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;
  Job *job;

  if (position < 0 || !is_editable (self))
    return;

  job = job_new (self, JOB_MOVE_FOLLOWUP, opv_followup_row_get_id (row));
  job->number = position;
  defer_job (job);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    OpvItemView   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  if (!is_editable (self) || opv_followup_row_get_editing (OPV_FOLLOWUP_ROW (row)) ||
      opv_followup_row_get_id (OPV_FOLLOWUP_ROW (row)) <= 0)
    return NULL;

  g_object_set_data (G_OBJECT (row), "drag-x", GINT_TO_POINTER ((int) x));
  g_object_set_data (G_OBJECT (row), "drag-y", GINT_TO_POINTER ((int) y));
  return gdk_content_provider_new_typed (OPV_TYPE_FOLLOWUP_ROW, row);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  OpvItemView   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable,
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "drag-x")),
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "drag-y")));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            OpvItemView   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  OpvFollowupRow *dragged;
  Job *job;

  if (!G_VALUE_HOLDS (value, OPV_TYPE_FOLLOWUP_ROW) || !is_editable (self))
    return FALSE;
  dragged = g_value_get_object (value);
  if (dragged == NULL || GTK_WIDGET (dragged) == row ||
      gtk_widget_get_parent (GTK_WIDGET (dragged)) != GTK_WIDGET (self->followup_list) ||
      opv_followup_row_get_id (dragged) <= 0 || opv_followup_row_get_id (OPV_FOLLOWUP_ROW (row)) <= 0)
    return FALSE;

  /* The dragged follow-up takes the place of the one it is dropped on. */
  job = job_new (self, JOB_MOVE_FOLLOWUP, opv_followup_row_get_id (dragged));
  job->number = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  defer_job (job);
  return TRUE;
}

/* Saves a follow-up's editor: the links and papers first (the store checks
 * them, and when it refuses them nothing has changed yet), then the code
 * and text. A new follow-up is added first, and gets its links after. */
static void
apply_followup (OpvItemView *self,
                Job         *job,
                FocusMemo   *memo)
{
  g_autoptr(GError) error = NULL;
  OpvFollowupRow *row = opv_item_view_find_followup_row (self, job->id);

  if (job->text[0] == '\0')
    {
      if (row != NULL)
        {
          opv_followup_row_set_error (row, _("A follow-up needs a text"));
          opv_followup_row_focus_editor (row);
        }
      focus_memo_set_key (memo, NULL);
      return;
    }

  if (!job->text_changed && !job->sources_changed && job->id > 0)
    {
      set_editing (self, job->id, FALSE);
      focus_memo_set_key (memo, followup_key (job->id));
      load_followups (self, TRUE);
      return;
    }

  /* Text and sources in one step: all of it is saved, or, when a part is
   * refused, nothing, and the editor stays open with the reason. */
  set_editing (self, job->id, FALSE);
  {
    gboolean sources = job->id < 0 || job->sources_changed;
    gint64 id = opv_store_save_followup (self->store, job->id > 0 ? job->id : 0, job->item_id, job->round_id, -1,
                                         job->id < 0 || job->text_changed ? job->code : NULL,
                                         job->id < 0 || job->text_changed ? job->text : NULL,
                                         sources ? job->links : NULL, sources ? job->kamerstukken : NULL, &error);

    if (id == 0)
      {
        set_editing (self, job->id, TRUE);
        if (row != NULL)
          {
            opv_followup_row_set_error (row, error->message);
            opv_followup_row_focus_editor (row);
          }
        focus_memo_set_key (memo, NULL);
        return;
      }
    focus_memo_set_key (memo, followup_key (id));
  }
}

static void
run_job (OpvItemView *self,
         Job         *job)
{
  g_autoptr(GError) error = NULL;
  gboolean shown = job->item_id == self->item_id && job->round_id == self->round_id && self->item != NULL;
  FocusMemo memo;
  gboolean ok = TRUE;

  if (self->store == NULL)
    return;

  switch (job->kind)
    {
    case JOB_OPEN_EDITOR:
      if (shown)
        open_editor (self, job->id);
      return;
    case JOB_CLOSE_EDITOR:
      if (shown)
        close_editor (self, job->id);
      return;
    case JOB_SHOW_MORE:
      if (shown)
        show_more_followups (self);
      return;
    default:
      break;
    }

  focus_memo_take (self, &memo);

  switch (job->kind)
    {
    case JOB_SET_ROLE:
      ok = opv_store_set_responsibility_role (self->store, job->item_id, job->round_id, job->id,
                                              (OpvRole) job->number, &error);
      break;

    case JOB_REMOVE_PARTY:
      memo.fallback = g_strdup ("party-picker");
      ok = opv_store_remove_responsibility (self->store, job->item_id, job->round_id, job->id, &error);
      break;

    case JOB_APPLY_FOLLOWUP:
      focus_memo_set_key (&memo, NULL);
      apply_followup (self, job, &memo);
      break;

    case JOB_DELETE_FOLLOWUP:
      focus_memo_set_key (&memo, g_steal_pointer (&job->focus_key));
      memo.fallback = g_strdup ("add-followup");
      set_editing (self, job->id, FALSE);
      ok = opv_store_delete_followup (self->store, job->id, &error);
      if (ok && get_window (self) != NULL)
        opv_window_toast_undo (get_window (self), _("Deleted follow-up"));
      break;

    case JOB_MOVE_FOLLOWUP:
      focus_memo_set_key (&memo, followup_key (job->id));
      ok = opv_store_move_followup (self->store, job->id, job->number, &error);
      break;

    case JOB_COMMON_WORDING:
      memo.fallback = g_strdup ("title");
      ok = opv_store_set_entry_wording (self->store, job->item_id, job->round_id, NULL, NULL, &error);
      break;

    case JOB_OPEN_EDITOR:
    case JOB_CLOSE_EDITOR:
    case JOB_SHOW_MORE:
    default:
      break;
    }

  if (!ok)
    report_error (self, error);
  focus_memo_restore (self, &memo);
}

static GtkWidget *
followup_row_new (OpvItemView *self,
                  OpvFollowup *followup)
{
  GtkWidget *row = opv_followup_row_new (followup);
  gint64 id = followup ? opv_followup_get_id (followup) : 0;
  g_autofree char *key = followup_key (id);
  GtkDragSource *source;
  GtkDropTarget *target;

  set_focus_key (row, "%s", key);
  opv_followup_row_set_read_only (OPV_FOLLOWUP_ROW (row), !is_editable (self));
  g_signal_connect_object (row, "edit", G_CALLBACK (on_followup_edit_cb), self, 0);
  g_signal_connect_object (row, "apply", G_CALLBACK (on_followup_apply_cb), self, 0);
  g_signal_connect_object (row, "cancel", G_CALLBACK (on_followup_cancel_cb), self, 0);
  g_signal_connect_object (row, "delete", G_CALLBACK (on_followup_delete_cb), self, 0);
  g_signal_connect_object (row, "move", G_CALLBACK (on_followup_move_cb), self, 0);

  if (id > 0 && is_editable (self))
    {
      source = gtk_drag_source_new ();
      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self, 0);
      g_signal_connect_object (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

      target = gtk_drop_target_new (OPV_TYPE_FOLLOWUP_ROW, GDK_ACTION_MOVE);
      g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
    }

  return row;
}

/* Loading */

static void
load_heading (OpvItemView *self)
{
  OpvItem *item = self->item;
  OpvRound *round = self->round;
  OpvTheme *theme = opv_item_get_theme (item);
  OpvDossier *dossier = opv_theme_get_dossier (theme);
  g_autofree char *heading = opv_theme_dup_heading (theme, round);
  g_autofree char *breadcrumb = NULL;
  g_autofree char *title = NULL;
  const char *text = opv_item_get_text_for (item, round);

  /* Translators: the dossier and the theme above an item, as in "Schaduw dansen › 2. Meldingen en opvolging" */
  breadcrumb = g_strdup_printf (_("%s › %s"), opv_dossier_get_short_name (dossier), heading);
  gtk_label_set_label (self->breadcrumb_label, breadcrumb);

  /* Where the full text begins with the title (the title is then its first
   * sentence, as for Schaduw dansen), the heading names the item and the
   * text follows below; otherwise the heading is the title itself. */
  if (text[0] != '\0' && opv_item_get_code (item)[0] != '\0' &&
      g_str_has_prefix (text, opv_item_get_title_for (item, round)))
    {
      if (opv_dossier_get_kind (dossier) == OPV_DOSSIER_KIND_ACTIVITIES)
        /* Translators: a heading, as in "Activity 2.3" */
        title = g_strdup_printf (_("Activity %s"), opv_item_get_code (item));
      else
        /* Translators: a heading, as in "Recommendation 2.3" */
        title = g_strdup_printf (_("Recommendation %s"), opv_item_get_code (item));
    }
  else if (opv_item_get_code (item)[0] != '\0')
    title = g_strdup_printf ("%s  %s", opv_item_get_code (item), opv_item_get_title_for (item, round));
  else
    title = g_strdup (opv_item_get_title_for (item, round));
  gtk_label_set_label (self->title_label, title);

  gtk_widget_set_visible (self->sent_box, self->read_only);
  if (self->read_only)
    {
      const char *sent_on = opv_round_get_sent_on (round);
      g_autofree char *date = opv_format_period (sent_on);
      g_autofree char *sent = NULL;

      /* Translators: said of a reporting round, as in "Sent on 15 June 2023" */
      sent = sent_on[0] ? g_strdup_printf (_("Sent on %s"), date) : g_strdup (_("Sent to parliament"));
      gtk_label_set_label (self->sent_label, sent);
    }
}

static void
load_wording (OpvItemView *self,
              gboolean     keep_typing)
{
  OpvItem *item = self->item;
  OpvEntry *entry = current_entry (self);
  OpvDossier *dossier = opv_theme_get_dossier (opv_item_get_theme (item));
  const char *own_title = entry ? opv_entry_get_wording_title (entry) : NULL;
  const char *own_text = entry ? opv_entry_get_wording_text (entry) : NULL;

  adw_preferences_group_set_title (self->wording_group,
                                   opv_dossier_get_kind (dossier) == OPV_DOSSIER_KIND_ACTIVITIES
                                   ? _("Activity") : _("Recommendation"));

  entry_row_load (self->code_row, opv_item_get_code (item), keep_typing);
  entry_row_load (self->title_row, opv_item_get_title (item), keep_typing);
  if (keep_typing && opv_text_card_is_changed (self->text_card))
    opv_text_card_set_applied_text (self->text_card, opv_item_get_text (item));
  else
    opv_text_card_set_text (self->text_card, opv_item_get_text (item));

  /* A round may word the item its own way. The fields edit the wording
   * the item has in every round without one; the round's own is shown. */
  gtk_widget_set_visible (GTK_WIDGET (self->round_wording_row), own_title != NULL || own_text != NULL);
  if (own_title != NULL || own_text != NULL)
    {
      g_autofree char *title = NULL;

      /* Translators: %s is a reporting round, as in "Worded differently in Update 2024" */
      title = g_strdup_printf (_("Worded differently in %s"), opv_round_get_label (self->round));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->round_wording_row), title);
      adw_action_row_set_subtitle (self->round_wording_row, own_text ? own_text : own_title);
      set_escaped_description (self->wording_group,
                               _("The fields below change the wording of the rounds that have none of their own."));
    }
  else
    set_escaped_description (self->wording_group, NULL);
}

static char *
month_text (int month)
{
  g_autofree char *period = g_strdup_printf ("%04d-%02d", month / 12, month % 12 + 1);
  return opv_format_period (period);
}

static void
load_timeframe_info (OpvItemView *self,
                     OpvEntry    *entry)
{
  const char *text = entry ? opv_entry_get_timeframe (entry) : "";
  OpvTimeframe timeframe;
  gboolean overdue = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->timeframe_info_row), text[0] != '\0');
  if (text[0] == '\0')
    return;

  if (opv_timeframe_parse (text, &timeframe))
    {
      g_autofree char *start = month_text (timeframe.start);
      g_autofree char *understood = NULL;

      if (timeframe.open_end)
        /* Translators: how a timeframe was understood, as in "From April 2023, open-ended" */
        understood = g_strdup_printf (_("From %s, open-ended"), start);
      else
        {
          g_autofree char *end = month_text (timeframe.end);

          /* Translators: how a timeframe was understood, as in "From July 2022 to September 2024" */
          understood = g_strdup_printf (_("From %s to %s"), start, end);
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->timeframe_info_row), understood);
      adw_action_row_set_subtitle (self->timeframe_info_row, NULL);
      gtk_image_set_from_icon_name (self->timeframe_icon, "x-office-calendar-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->timeframe_icon), "warning");

      {
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();
        overdue = opv_entry_is_overdue (entry, g_date_time_get_year (now), g_date_time_get_month (now));
      }
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->timeframe_info_row),
                                     _("Not understood as a period"));
      adw_action_row_set_subtitle (self->timeframe_info_row,
                                   /* Translators: the forms are not translated: they are what reports write */
                                   _("Understood are forms such as Q3 2024, Q2-Q4 2023, 2023-2025 and Vanaf 2022"));
      gtk_image_set_from_icon_name (self->timeframe_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->timeframe_icon), "warning");
    }

  gtk_widget_set_visible (self->overdue_badge, overdue);
}

static void
load_status (OpvItemView *self,
             gboolean     keep_typing)
{
  OpvEntry *entry = current_entry (self);

  adw_combo_row_set_selected (self->status_row, entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET);
  entry_row_load (self->timeframe_row, entry ? opv_entry_get_timeframe (entry) : "", keep_typing);
  load_timeframe_info (self, entry);

  if (keep_typing && opv_text_card_is_changed (self->explanation_card))
    opv_text_card_set_applied_text (self->explanation_card, entry ? opv_entry_get_explanation (entry) : "");
  else
    opv_text_card_set_text (self->explanation_card, entry ? opv_entry_get_explanation (entry) : "");
}

static void
remove_dynamic_rows (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (g_object_get_data (G_OBJECT (child), "opv-dynamic") != NULL)
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static void
insert_dynamic_row (OpvItemView *self,
                    GtkWidget   *row,
                    int         *position)
{
  g_object_set_data (G_OBJECT (row), "opv-dynamic", GINT_TO_POINTER (TRUE));
  gtk_list_box_insert (self->responsible_list, row, (*position)++);
}

static GtkWidget *
party_row_new (OpvItemView       *self,
               OpvResponsibility *resp)
{
  const char *short_name = opv_party_get_short_name (resp->party);
  const char *full_name = opv_party_get_full_name (resp->party);
  const char *roles[] = { _(opv_role_msgid (OPV_ROLE_LEAD)), _(opv_role_msgid (OPV_ROLE_INVOLVED)), NULL };
  GtkWidget *row = info_row_new (short_name, full_name[0] ? full_name : NULL, NULL);
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (roles);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gint64 *party_id = g_new (gint64, 1);
  g_autofree char *role_label = NULL;
  g_autofree char *remove_label = NULL;

  *party_id = opv_party_get_id (resp->party);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  set_focus_key (row, "party:%s", short_name);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), resp->role);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  /* In a row the choice reads as text with an arrow, as in Settings. */
  if (GTK_IS_BUTTON (gtk_widget_get_first_child (dropdown)))
    gtk_widget_add_css_class (gtk_widget_get_first_child (dropdown), "flat");
  /* Translators: the accessible name of a party's role chooser, as in "Role of OCW" */
  role_label = g_strdup_printf (_("Role of %s"), short_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, role_label, -1);
  gtk_widget_set_tooltip_text (dropdown, role_label);
  g_object_set_data_full (G_OBJECT (dropdown), "party-id", party_id, g_free);
  set_focus_key (dropdown, "role:%s", short_name);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_role_selected_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);

  /* Translators: a button that takes a party off an item, as in "Remove OCW" */
  remove_label = g_strdup_printf (_("Remove %s"), short_name);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  party_id = g_new (gint64, 1);
  *party_id = opv_party_get_id (resp->party);
  g_object_set_data_full (G_OBJECT (remove), "party-id", party_id, g_free);
  set_focus_key (remove, "remove:%s", short_name);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_party_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  gtk_widget_set_sensitive (dropdown, is_editable (self));
  gtk_widget_set_sensitive (remove, is_editable (self));
  return row;
}

/* A round that names no parties (the 2024 update of Schaduw dansen names
 * none) would otherwise look as if nobody were responsible: one line says
 * so, and what the last round that did name them said. */
static GtkWidget *
unstated_row_new (OpvItemView *self)
{
  OpvDossier *dossier = opv_theme_get_dossier (opv_item_get_theme (self->item));
  OpvRound *round = self->round;

  while ((round = opv_dossier_get_previous_round (dossier, round)) != NULL)
    {
      OpvEntry *earlier = opv_item_get_entry (self->item, round);

      if (earlier != NULL && opv_entry_states_responsibility (earlier))
        {
          g_autoptr(GPtrArray) sorted = opv_entry_dup_parties_sorted (earlier);
          g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *joined = NULL;
          g_autofree char *subtitle = NULL;

          for (guint i = 0; i < sorted->len; i++)
            {
              OpvResponsibility *resp = g_ptr_array_index (sorted, i);

              if (resp->role == OPV_ROLE_INVOLVED)
                /* Translators: a party named with its role, as in "OCW (involved)" */
                g_ptr_array_add (said, g_strdup_printf (_("%s (involved)"), opv_party_get_short_name (resp->party)));
              else
                g_ptr_array_add (said, g_strdup (opv_party_get_short_name (resp->party)));
            }
          if (opv_entry_get_to_be_determined (earlier))
            g_ptr_array_add (said, g_strdup (_("to be determined")));
          if (opv_entry_get_responsibility_note (earlier)[0] != '\0')
            g_ptr_array_add (said, g_strdup (opv_entry_get_responsibility_note (earlier)));
          g_ptr_array_add (said, NULL);
          joined = g_strjoinv (", ", (char **) said->pdata);

          /* Translators: under "Not stated in this round", as in "Update juni 2023 named: Alliantie, VWS, OCW" */
          subtitle = g_strdup_printf (_("%s named: %s"), opv_round_get_label (round), joined);
          return info_row_new (_("Not stated in this round"), subtitle, "dialog-information-symbolic");
        }
    }

  return info_row_new (_("Not stated in this round"), _("No earlier round names anyone either."),
                       "dialog-information-symbolic");
}

static void
load_responsible (OpvItemView *self,
                  gboolean     keep_typing)
{
  OpvEntry *entry = current_entry (self);
  g_autoptr(GPtrArray) excluded = g_ptr_array_new ();
  g_autoptr(GListModel) parties = NULL;
  int position = 0;

  remove_dynamic_rows (self->responsible_list);

  gtk_widget_set_visible (GTK_WIDGET (self->party_picker), self->round != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->tbd_row), self->round != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->note_row), self->round != NULL);

  if (self->round == NULL)
    {
      insert_dynamic_row (self,
                          info_row_new (_("This dossier has no reporting rounds yet"),
                                        _("Responsibility, status and follow-up are recorded per reporting round."),
                                        "dialog-information-symbolic"),
                          &position);
      return;
    }

  if (entry != NULL && opv_entry_states_responsibility (entry))
    {
      g_autoptr(GPtrArray) sorted = opv_entry_dup_parties_sorted (entry);

      for (guint i = 0; i < sorted->len; i++)
        {
          OpvResponsibility *resp = g_ptr_array_index (sorted, i);

          insert_dynamic_row (self, party_row_new (self, resp), &position);
          g_ptr_array_add (excluded, (gpointer) opv_party_get_short_name (resp->party));
        }
    }
  else
    insert_dynamic_row (self, unstated_row_new (self), &position);
  g_ptr_array_add (excluded, NULL);

  gtk_switch_set_active (self->tbd_switch, entry != NULL && opv_entry_get_to_be_determined (entry));
  entry_row_load (self->note_row, entry ? opv_entry_get_responsibility_note (entry) : "", keep_typing);

  if (self->store != NULL)
    parties = opv_store_list_parties (self->store, NULL);
  opv_party_picker_set_parties (self->party_picker, parties, (const char **) excluded->pdata);
}

/* The code a new follow-up most likely has: the next number after the
 * last one's, "2.3.12" after "2.3.11"; none where the round numbers none. */
static char *
next_followup_code (GListModel *followups)
{
  guint n = followups ? g_list_model_get_n_items (followups) : 0;
  g_autoptr(OpvFollowup) last = n > 0 ? g_list_model_get_item (followups, n - 1) : NULL;
  const char *code = last ? opv_followup_get_code (last) : "";
  const char *dot = strrchr (code, '.');
  const char *digits = dot ? dot + 1 : code;
  guint64 number;

  if (digits[0] == '\0' || !g_ascii_string_to_unsigned (digits, 10, 0, G_MAXUINT32, &number, NULL))
    return g_strdup ("");
  return g_strdup_printf ("%.*s%" G_GUINT64_FORMAT, (int) (digits - code), code, number + 1);
}

static GtkWidget *
more_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "go-down-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (row, "followup-more");
  set_focus_key (row, "followup-more");
  return row;
}

static void
update_more_row (OpvItemView *self,
                 guint        shown,
                 guint        n)
{
  guint next = MIN (OPV_FOLLOWUP_PAGE, n - shown);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *shown_text = NULL;
  g_autofree char *total_text = NULL;

  /* Translators: a row under a page of follow-up; activating it shows the next page */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More Follow-up", "Show %u More Follow-ups", next),
                           next);
  shown_text = opv_format_count (shown);
  total_text = opv_format_count (n);
  /* Translators: how many of a round's follow-up the pane shows, as in "50 of 10,000 shown" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s shown", "%s of %s shown", n), shown_text, total_text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->more_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->more_row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

/* Rows for follow-ups @from up to @to, before the "Show More" row. */
static void
add_followup_rows (OpvItemView *self,
                   GListModel  *followups,
                   guint        from,
                   guint        to,
                   GHashTable  *drafts)
{
  guint n = g_list_model_get_n_items (followups);

  for (guint i = from; i < to; i++)
    {
      g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);
      gint64 id = opv_followup_get_id (followup);
      GtkWidget *row = followup_row_new (self, followup);

      opv_followup_row_set_can_move (OPV_FOLLOWUP_ROW (row), i > 0, i + 1 < n);
      if (is_editing (self, id) && is_editable (self))
        {
          OpvFollowupRow *draft = drafts ? g_hash_table_lookup (drafts, &id) : NULL;

          opv_followup_row_set_editing (OPV_FOLLOWUP_ROW (row), TRUE);
          if (draft != NULL)
            opv_followup_row_copy_draft (OPV_FOLLOWUP_ROW (row), draft);
        }
      gtk_list_box_insert (self->followup_list, row, (int) i);
    }
}

static guint
round_up_to_page (guint n)
{
  return (n + OPV_FOLLOWUP_PAGE - 1) / OPV_FOLLOWUP_PAGE * OPV_FOLLOWUP_PAGE;
}

/* The position of follow-up @id in @followups, or -1. */
static int
followup_index (GListModel *followups,
                gint64      id)
{
  guint n = followups ? g_list_model_get_n_items (followups) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);

      if (opv_followup_get_id (followup) == id)
        return (int) i;
    }
  return -1;
}

static void
load_followups (OpvItemView *self,
                gboolean     keep_drafts)
{
  OpvEntry *entry = current_entry (self);
  GListModel *followups = entry ? opv_entry_get_followups (entry) : NULL;
  guint n = followups ? g_list_model_get_n_items (followups) : 0;
  g_autoptr(GHashTable) drafts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autofree char *description = NULL;
  GtkWidget *child;
  guint shown;

  /* Open editors keep what was typed in them. */
  self->more_row = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->followup_list))) != NULL)
    {
      if (keep_drafts && OPV_IS_FOLLOWUP_ROW (child) && opv_followup_row_get_editing (OPV_FOLLOWUP_ROW (child)))
        {
          gint64 *id = g_new (gint64, 1);

          *id = opv_followup_row_get_id (OPV_FOLLOWUP_ROW (child));
          if (*id == 0)
            *id = -1;
          g_hash_table_insert (drafts, id, g_object_ref (child));
        }
      gtk_list_box_remove (self->followup_list, child);
    }

  /* Editors of follow-ups that are gone (deleted, or undone) close; an
   * editor open beyond the pages shown brings its page in. */
  shown = MIN (n, MAX (self->n_followups_shown, OPV_FOLLOWUP_PAGE));
  {
    GHashTableIter iter;
    gint64 *id;

    g_hash_table_iter_init (&iter, self->editing);
    while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
      {
        int index = *id > 0 ? followup_index (followups, *id) : 0;

        if (index < 0)
          g_hash_table_iter_remove (&iter);
        else if ((guint) index >= shown)
          shown = MIN (n, round_up_to_page ((guint) index + 1));
      }
  }
  self->n_followups_shown = MAX (shown, OPV_FOLLOWUP_PAGE);

  /* Only the pages asked for have rows: a round may report thousands. */
  if (followups != NULL)
    add_followup_rows (self, followups, 0, shown, drafts);
  if (shown < n)
    {
      self->more_row = more_row_new ();
      gtk_list_box_append (self->followup_list, self->more_row);
      update_more_row (self, shown, n);
    }

  if (is_editing (self, -1) && is_editable (self))
    {
      gint64 new_id = -1;
      GtkWidget *row = followup_row_new (self, NULL);
      OpvFollowupRow *draft = g_hash_table_lookup (drafts, &new_id);

      if (draft != NULL)
        opv_followup_row_copy_draft (OPV_FOLLOWUP_ROW (row), draft);
      else
        {
          g_autofree char *code = next_followup_code (followups);
          opv_followup_row_set_code (OPV_FOLLOWUP_ROW (row), code);
        }
      gtk_list_box_append (self->followup_list, row);
    }
  else if (n == 0)
    gtk_list_box_append (self->followup_list, info_row_new (_("No follow-up reported in this round"), NULL, NULL));

  if (n == 0)
    description = g_strdup (opv_round_get_label (self->round));
  else
    /* Translators: the number of follow-up items and the round, as in "5 reported in Update juni 2023" */
    {
      g_autofree char *count = opv_format_count (n);

      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s reported in %s", "%s reported in %s", n),
                                     count, opv_round_get_label (self->round));
    }
  set_escaped_description (self->followup_group, description);
}

/* Adds the next page of follow-up rows, and puts focus on the first. */
static void
show_more_followups (OpvItemView *self)
{
  OpvEntry *entry = current_entry (self);
  GListModel *followups = entry ? opv_entry_get_followups (entry) : NULL;
  guint n = followups ? g_list_model_get_n_items (followups) : 0;
  guint from = self->n_followups_shown;
  guint to = MIN (n, from + OPV_FOLLOWUP_PAGE);
  GtkListBoxRow *first;

  if (followups == NULL || from >= n)
    return;

  add_followup_rows (self, followups, from, to, NULL);
  self->n_followups_shown = to;

  first = gtk_list_box_get_row_at_index (self->followup_list, (int) from);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));

  if (to < n)
    update_more_row (self, to, n);
  else if (self->more_row != NULL)
    {
      gtk_list_box_remove (self->followup_list, self->more_row);
      self->more_row = NULL;
    }
}

/* Gives the follow-up that @key names a row, when it is beyond the pages
 * shown, as after moving one down past the last row shown. */
static gboolean
reveal_keyed (OpvItemView *self,
              const char  *key)
{
  OpvEntry *entry = current_entry (self);
  GListModel *followups = entry ? opv_entry_get_followups (entry) : NULL;
  gint64 id;
  int index;

  if (key == NULL || !g_str_has_prefix (key, "followup:") ||
      !g_ascii_string_to_signed (key + strlen ("followup:"), 10, 1, G_MAXINT64, &id, NULL))
    return FALSE;

  index = followup_index (followups, id);
  if (index < 0 || (guint) index < self->n_followups_shown)
    return FALSE;
  /* Only the next page: one added at the end of a long round would
   * otherwise build a row for each of the thousands before it. */
  if ((guint) index >= self->n_followups_shown + OPV_FOLLOWUP_PAGE)
    return FALSE;

  self->n_followups_shown = round_up_to_page ((guint) index + 1);
  load_followups (self, TRUE);
  return TRUE;
}

static GtkWidget *
source_row_new (GtkWidget *widget)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (widget, 8);
  gtk_widget_set_margin_bottom (widget, 8);
  gtk_widget_set_margin_start (widget, 12);
  gtk_widget_set_margin_end (widget, 12);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), widget);
  return row;
}

static void
load_sources (OpvItemView *self)
{
  OpvEntry *entry = current_entry (self);
  GPtrArray *links = entry ? opv_entry_get_links (entry) : NULL;
  GPtrArray *kamerstukken = entry ? opv_entry_get_kamerstukken (entry) : NULL;
  guint n = 0;

  opv_remove_all_children (GTK_WIDGET (self->sources_list));

  for (guint i = 0; kamerstukken && i < kamerstukken->len; i++, n++)
    {
      OpvKamerstuk *k = g_ptr_array_index (kamerstukken, i);
      g_autofree char *citation = opv_kamerstuk_format (k);

      gtk_list_box_append (self->sources_list, source_row_new (opv_link_widget_new (citation, k->url)));
    }

  for (guint i = 0; links && i < links->len; i++, n++)
    {
      OpvLink *link = g_ptr_array_index (links, i);

      gtk_list_box_append (self->sources_list, source_row_new (opv_link_widget_new (link->label, link->url)));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sources_group), n > 0);
}

static void
load_history (OpvItemView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GHashTable) party_names = NULL;
  g_autoptr(GListModel) parties = NULL;
  g_autofree char *subtitle = NULL;
  gboolean expanded;

  for (guint i = 0; i < self->history_rows->len; i++)
    adw_expander_row_remove (self->history_row, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  gtk_widget_set_visible (GTK_WIDGET (self->history_group), self->store != NULL);
  if (self->store == NULL)
    return;

  audit = opv_store_list_history (self->store, self->item_id, &error);
  if (audit == NULL)
    {
      adw_expander_row_set_subtitle (self->history_row, error->message);
      adw_expander_row_set_enable_expansion (self->history_row, FALSE);
      return;
    }

  party_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  parties = opv_store_list_parties (self->store, NULL);
  for (guint i = 0; parties != NULL && i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (parties, i);

      g_hash_table_insert (party_names, g_strdup_printf ("%" G_GINT64_FORMAT, opv_party_get_id (party)),
                           g_strdup (opv_party_get_short_name (party)));
    }

  edits = opv_history_group (audit, party_names);
  if (edits->len == 0)
    subtitle = g_strdup (_("No changes recorded yet"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", edits->len),
                                edits->len);
  adw_expander_row_set_subtitle (self->history_row, subtitle);
  /* Enabling expansion expands the row; the History stays as the user
   * left it. */
  expanded = adw_expander_row_get_expanded (self->history_row);
  adw_expander_row_set_enable_expansion (self->history_row, edits->len > 0);
  adw_expander_row_set_expanded (self->history_row, expanded && edits->len > 0);

  for (guint i = 0; i < edits->len && i < MAX_HISTORY; i++)
    {
      OpvHistoryEdit *edit = g_ptr_array_index (edits, i);
      g_autofree char *text = opv_history_edit_dup_text (edit);
      g_autofree char *when = opv_history_format_time (edit->at);
      g_autofree char *byline = g_strdup_printf ("%s · %s", when, edit->user);
      GtkWidget *row = info_row_new (text, byline, NULL);

      if (g_str_equal (edit->action, "undo"))
        adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "edit-undo-symbolic");
      else if (g_str_equal (edit->action, "redo"))
        adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "edit-redo-symbolic");
      else
        adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "document-edit-symbolic");
      gtk_widget_add_css_class (row, "history-row");
      adw_expander_row_add_row (self->history_row, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

/* "OCW (lead), VWS": who a round names, with the lead marked. */
static char *
parties_text (OpvEntry *entry)
{
  g_autoptr(GPtrArray) sorted = opv_entry_dup_parties_sorted (entry);
  GString *s = g_string_new (NULL);
  gboolean mixed = FALSE;

  /* The lead is marked only where others are merely involved. */
  for (guint i = 1; i < sorted->len; i++)
    mixed |= ((OpvResponsibility *) g_ptr_array_index (sorted, i))->role
             != ((OpvResponsibility *) g_ptr_array_index (sorted, 0))->role;

  for (guint i = 0; i < sorted->len; i++)
    {
      OpvResponsibility *resp = g_ptr_array_index (sorted, i);

      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, opv_party_get_short_name (resp->party));
      if (resp->role == OPV_ROLE_LEAD && mixed)
        /* Translators: after the name of the party that leads, as in "OCW (lead)" */
        g_string_append (s, _(" (lead)"));
    }
  if (opv_entry_get_to_be_determined (entry))
    {
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, _("to be determined"));
    }
  return g_string_free (s, FALSE);
}

/* The item's status, timeframe and parties in every round that reports on
 * it, oldest first, each saying what changed since the round before. */
static void
load_timeline (OpvItemView *self)
{
  OpvDossier *dossier = opv_theme_get_dossier (opv_item_get_theme (self->item));
  GListModel *rounds = opv_dossier_get_rounds (dossier);
  OpvEntry *previous = NULL;
  OpvEntry *stated = NULL;        /* the last round that says who is responsible */
  guint n_reported = 0;
  gboolean expanded = adw_expander_row_get_expanded (self->timeline_row);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->timeline_rows->len; i++)
    adw_expander_row_remove (self->timeline_row, g_ptr_array_index (self->timeline_rows, i));
  g_ptr_array_set_size (self->timeline_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i);
      OpvEntry *entry = opv_item_get_entry (self->item, round);
      OpvStatus status;
      g_autofree char *parties = NULL;
      g_autoptr(GString) details = g_string_new (NULL);
      g_autoptr(GString) changed = g_string_new (NULL);
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (entry == NULL)
        continue;
      n_reported++;
      status = opv_entry_get_status (entry);
      parties = parties_text (entry);

      if (opv_entry_get_timeframe (entry)[0] != '\0')
        /* Translators: a round's timeframe of an item, in the list of rounds */
        g_string_append_printf (details, _("Timeframe: %s"), opv_entry_get_timeframe (entry));
      if (parties[0] != '\0')
        {
          if (details->len > 0)
            g_string_append (details, " · ");
          g_string_append (details, parties);
        }
      else if (!opv_entry_states_responsibility (entry))
        {
          if (details->len > 0)
            g_string_append (details, " · ");
          /* Translators: in an item's list of rounds: the round names no responsible party */
          g_string_append (details, _("Responsibility not stated"));
        }
      if (opv_entry_get_responsibility_note (entry)[0] != '\0')
        g_string_append_printf (details, " (%s)", opv_entry_get_responsibility_note (entry));

      if (previous != NULL)
        {
          g_autofree char *previous_parties = stated ? parties_text (stated) : g_strdup ("");
          const char *what[3] = { NULL };
          guint n = 0;

          if (opv_entry_get_status (previous) != status)
            what[n++] = _("status");
          if (g_strcmp0 (opv_entry_get_timeframe (previous), opv_entry_get_timeframe (entry)) != 0)
            what[n++] = _("timeframe");
          /* A round that does not say who is responsible changes nothing. */
          if (opv_entry_states_responsibility (entry) && g_strcmp0 (previous_parties, parties) != 0)
            what[n++] = _("responsible parties");
          for (guint w = 0; w < n; w++)
            g_string_append_printf (changed, "%s%s", w ? ", " : "", what[w]);
        }

      if (changed->len > 0)
        {
          if (details->len > 0)
            g_string_append (details, "\n");
          /* Translators: what changed in a round since the one before, as in "Changed: status, timeframe" */
          g_string_append_printf (details, _("Changed: %s"), changed->str);
        }

      if (opv_round_get_state (round) == OPV_ROUND_SENT)
        {
          g_autofree char *date = opv_format_period (opv_round_get_sent_on (round));
          /* Translators: a round and when it was sent, as in "Update juni 2023 · sent on 30 June 2023" */
          title = g_strdup_printf (_("%s · sent on %s"), opv_round_get_label (round), date);
        }
      else
        title = g_strdup (opv_round_get_label (round));

      row = info_row_new (title, details->len > 0 ? details->str : NULL, NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), opv_status_badge_new (status));
      if (round == self->round)
        gtk_widget_add_css_class (row, "current-round");
      adw_expander_row_add_row (self->timeline_row, row);
      g_ptr_array_add (self->timeline_rows, row);
      previous = entry;
      if (opv_entry_states_responsibility (entry))
        stated = entry;
    }

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Status, timeframe and parties in %u round",
                                           "Status, timeframe and parties in %u rounds", n_reported),
                              n_reported);
  adw_expander_row_set_subtitle (self->timeline_row, subtitle);
  adw_expander_row_set_enable_expansion (self->timeline_row, n_reported > 0);
  adw_expander_row_set_expanded (self->timeline_row, expanded && n_reported > 0);
}

static void
update_sensitivity (OpvItemView *self)
{
  gboolean editable = is_editable (self);
  GtkWidget *widgets[] = {
    GTK_WIDGET (self->code_row), GTK_WIDGET (self->title_row), GTK_WIDGET (self->text_card),
    GTK_WIDGET (self->status_row), GTK_WIDGET (self->timeframe_row), GTK_WIDGET (self->explanation_card),
    GTK_WIDGET (self->party_picker), GTK_WIDGET (self->tbd_row), GTK_WIDGET (self->note_row),
    GTK_WIDGET (self->add_followup_button), GTK_WIDGET (self->common_wording_button),
  };

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    gtk_widget_set_sensitive (widgets[i], editable);
}

/* The status chooser: each status as its badge. */

static void
on_status_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *badge = opv_status_badge_new (OPV_STATUS_UNSET);
  gboolean in_list = GPOINTER_TO_INT (user_data);

  gtk_label_set_ellipsize (GTK_LABEL (badge), PANGO_ELLIPSIZE_NONE);
  gtk_box_append (GTK_BOX (box), badge);
  if (in_list)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Current"), -1);
      gtk_box_append (GTK_BOX (box), check);
      g_object_set_data (G_OBJECT (box), "check", check);
    }
  g_object_set_data (G_OBJECT (box), "badge", badge);
  gtk_list_item_set_child (list_item, box);
}

/* The chooser's row shows its current status through a model of one: the
 * status is read from the item, not from its position. */
static guint
item_status (GtkListItem *list_item)
{
  GObject *item = gtk_list_item_get_item (list_item);

  return item ? GPOINTER_TO_UINT (g_object_get_data (item, "opv-status")) : OPV_STATUS_UNSET;
}

static void
update_check (GtkListItem *list_item,
              GParamSpec  *pspec,
              AdwComboRow *combo)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = g_object_get_data (G_OBJECT (box), "check");

  if (check != NULL)
    gtk_widget_set_opacity (check, adw_combo_row_get_selected (combo) == item_status (list_item));
}

static void
on_status_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   OpvItemView              *self)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkLabel *badge = g_object_get_data (G_OBJECT (box), "badge");
  guint status = item_status (list_item);

  opv_status_badge_update (badge, status < OPV_N_STATUSES ? (OpvStatus) status : OPV_STATUS_UNSET);
  if (g_object_get_data (G_OBJECT (box), "check") != NULL)
    {
      update_check (list_item, NULL, self->status_row);
      g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (update_check), list_item,
                               G_CONNECT_SWAPPED);
    }
}

static void
on_status_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     OpvItemView              *self)
{
  g_signal_handlers_disconnect_by_func (self->status_row, update_check, list_item);
}

static void
setup_status_row (OpvItemView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression;

  for (guint status = 0; status < OPV_N_STATUSES; status++)
    {
      g_autoptr(GObject) item = NULL;

      gtk_string_list_append (names, _(opv_status_msgid ((OpvStatus) status)));
      item = g_list_model_get_item (G_LIST_MODEL (names), status);
      g_object_set_data (item, "opv-status", GUINT_TO_POINTER (status));
    }

  g_signal_connect (factory, "setup", G_CALLBACK (on_status_setup_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (factory, "bind", G_CALLBACK (on_status_bind_cb), self);
  g_signal_connect (list_factory, "setup", G_CALLBACK (on_status_setup_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (list_factory, "bind", G_CALLBACK (on_status_bind_cb), self);
  g_signal_connect (list_factory, "unbind", G_CALLBACK (on_status_unbind_cb), self);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  adw_combo_row_set_expression (self->status_row, expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_factory (self->status_row, factory);
  adw_combo_row_set_list_factory (self->status_row, list_factory);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (names));
  g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (on_status_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
load_css (void)
{
  static gboolean done;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (done || gdk_display_get_default () == NULL)
    return;
  done = TRUE;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/opv-item-view.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
opv_item_view_class_init (OpvItemViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_item_view_dispose;
  object_class->finalize = opv_item_view_finalize;
  widget_class->root = opv_item_view_root;
  widget_class->unroot = opv_item_view_unroot;

  g_type_ensure (OPV_TYPE_TEXT_CARD);
  g_type_ensure (OPV_TYPE_PARTY_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-item-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, scroller);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, breadcrumb_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, title_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, sent_box);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, sent_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, wording_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, code_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, title_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, round_wording_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, common_wording_button);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, text_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, text_card);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, status_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, status_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, timeframe_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, timeframe_info_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, timeframe_icon);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, overdue_badge);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, explanation_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, explanation_card);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, responsible_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, responsible_list);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, party_picker);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, tbd_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, tbd_switch);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, note_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, followup_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, add_followup_button);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, followup_list);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, sources_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, sources_list);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, history_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, history_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, timeline_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_card_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tbd_switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_party_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_followup_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_common_wording_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_followup_row_activated_cb);
}

static void
opv_item_view_init (OpvItemView *self)
{
  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_edit_free);
  self->editing = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->history_rows = g_ptr_array_new ();
  self->timeline_rows = g_ptr_array_new ();

  g_object_set_data (G_OBJECT (self->code_row), "opv-field", GINT_TO_POINTER (FIELD_CODE));
  g_object_set_data (G_OBJECT (self->title_row), "opv-field", GINT_TO_POINTER (FIELD_TITLE));
  g_object_set_data (G_OBJECT (self->timeframe_row), "opv-field", GINT_TO_POINTER (FIELD_TIMEFRAME));
  g_object_set_data (G_OBJECT (self->note_row), "opv-field", GINT_TO_POINTER (FIELD_NOTE));
  add_escape_reverts (self->code_row);
  add_escape_reverts (self->title_row);
  add_escape_reverts (self->timeframe_row);
  add_escape_reverts (self->note_row);

  opv_text_card_set_label (self->text_card, _("Full text"));
  opv_text_card_set_placeholder (self->text_card, _("No full text"));
  opv_text_card_set_label (self->explanation_card, _("Explanation"));
  opv_text_card_set_placeholder (self->explanation_card, _("No explanation"));

  set_focus_key (self->party_picker, "party-picker");
  set_focus_key (self->title_row, "title");
  set_focus_key (self->add_followup_button, "add-followup");

  setup_status_row (self);
  update_sensitivity (self);
}

/**
 * opv_item_view_set_store:
 * @store: (nullable): where edits are saved; without one the view only shows
 */
void
opv_item_view_set_store (OpvItemView *self,
                         OpvStore    *store)
{
  g_return_if_fail (OPV_IS_ITEM_VIEW (self));

  if (g_set_object (&self->store, store))
    update_sensitivity (self);
}

OpvStore *
opv_item_view_get_store (OpvItemView *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_VIEW (self), NULL);
  return self->store;
}

/**
 * opv_item_view_set_item:
 * @item: (nullable): the item to show
 * @round: (nullable): the round whose report to show; %NULL when the
 *   dossier has no rounds yet
 *
 * Shows @item as @round reports it. Called again with fresh objects for
 * the same item and round (after every edit), it keeps focus, open
 * editors, unapplied typing and the scroll position.
 */
void
opv_item_view_set_item (OpvItemView *self,
                        OpvItem     *item,
                        OpvRound    *round)
{
  gboolean same;

  g_return_if_fail (OPV_IS_ITEM_VIEW (self));

  if (item == self->item && round == self->round)
    return;

  /* The window shows no item for a moment while it reloads: the view
   * waits for the item to come back rather than forget its state. */
  if (item == NULL)
    {
      if (self->item != NULL && self->focus_widget != NULL && self->reload_memo == NULL)
        {
          self->reload_memo = g_new0 (FocusMemo, 1);
          focus_memo_take_from (self, self->reload_memo, self->focus_widget);
        }
      g_clear_object (&self->item);
      g_clear_object (&self->round);
      return;
    }

  same = opv_item_get_id (item) == self->item_id &&
         (round ? opv_round_get_id (round) : 0) == self->round_id;
  if (!same)
    {
      keep_typed_texts (self);
      g_hash_table_remove_all (self->editing);
      self->n_followups_shown = OPV_FOLLOWUP_PAGE;
      adw_expander_row_set_expanded (self->history_row, FALSE);
      if (opv_item_get_id (item) != self->item_id)
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
    }

  /* Where focus is now, to come back to after the rebuild below. */
  if (same && self->reload_memo == NULL && self->focus_widget != NULL)
    {
      self->reload_memo = g_new0 (FocusMemo, 1);
      focus_memo_take_from (self, self->reload_memo, self->focus_widget);
    }

  g_set_object (&self->item, item);
  g_set_object (&self->round, round);
  self->item_id = opv_item_get_id (item);
  self->round_id = round ? opv_round_get_id (round) : 0;
  self->read_only = round != NULL && opv_round_get_state (round) == OPV_ROUND_SENT;

  self->loading = TRUE;
  load_heading (self);
  load_wording (self, same);
  gtk_widget_set_visible (GTK_WIDGET (self->status_group), round != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_group), round != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->followup_group), round != NULL);
  if (round != NULL)
    {
      load_status (self, same);
      load_followups (self, same);
    }
  load_responsible (self, same);
  load_sources (self);
  load_timeline (self);
  load_history (self);
  update_sensitivity (self);
  self->loading = FALSE;

  /* The window shows the view again once this returns. */
  if (self->reload_memo != NULL && !same)
    reload_memo_free (self);
  else if (self->reload_memo != NULL && self->restore_idle == 0)
    self->restore_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, restore_idle_cb, self, NULL);
}

/**
 * opv_item_view_get_item:
 *
 * Returns: (transfer none) (nullable): the item shown
 */
OpvItem *
opv_item_view_get_item (OpvItemView *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_VIEW (self), NULL);
  return self->item;
}

/**
 * opv_item_view_find_followup_row:
 * @followup_id: a follow-up's id, or -1 (or 0) for the new one
 *
 * Returns: (transfer none) (nullable): its row
 */
OpvFollowupRow *
opv_item_view_find_followup_row (OpvItemView *self,
                                 gint64       followup_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->followup_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gint64 id;

      if (!OPV_IS_FOLLOWUP_ROW (child))
        continue;
      id = opv_followup_row_get_id (OPV_FOLLOWUP_ROW (child));
      if (id == followup_id || (id == 0 && followup_id <= 0))
        return OPV_FOLLOWUP_ROW (child);
    }
  return NULL;
}

/**
 * opv_item_view_find_keyed:
 * @key: as "party:OCW", "role:OCW", "remove:OCW", "followup:12",
 *   "party-picker" or "add-followup"
 *
 * Returns: (transfer none) (nullable): the widget the view knows by @key
 */
GtkWidget *
opv_item_view_find_keyed (OpvItemView *self,
                          const char  *key)
{
  g_return_val_if_fail (OPV_IS_ITEM_VIEW (self), NULL);
  return find_keyed (GTK_WIDGET (self), key);
}
