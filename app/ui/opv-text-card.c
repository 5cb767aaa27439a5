/* opv-text-card.c: a multi-line text field in a card, as GNOME Calendar's
 * notes, that applies its change on Ctrl+Enter or when focus leaves it and
 * reverts on Escape
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-text-card"

#include "config.h"

#include "opv-text-card.h"

struct _OpvTextCard
{
  GtkWidget    parent_instance;

  GtkWidget   *card;
  GtkWidget   *scroller;
  GtkTextView *view;
  GtkLabel    *placeholder;
  char        *applied;
  gboolean     apply_on_leave;
  int          max_height;
  guint        resize_idle;
};

G_DEFINE_FINAL_TYPE (OpvTextCard, opv_text_card, GTK_TYPE_WIDGET)

enum {
  APPLY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
opv_text_card_dispose (GObject *object)
{
  OpvTextCard *self = OPV_TEXT_CARD (object);

  g_clear_handle_id (&self->resize_idle, g_source_remove);
  g_clear_pointer (&self->card, gtk_widget_unparent);

  G_OBJECT_CLASS (opv_text_card_parent_class)->dispose (object);
}

static void
opv_text_card_finalize (GObject *object)
{
  OpvTextCard *self = OPV_TEXT_CARD (object);

  g_free (self->applied);

  G_OBJECT_CLASS (opv_text_card_parent_class)->finalize (object);
}

static gboolean
opv_text_card_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (OPV_TEXT_CARD (widget)->view));
}

static void
opv_text_card_class_init (OpvTextCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_text_card_dispose;
  object_class->finalize = opv_text_card_finalize;
  widget_class->grab_focus = opv_text_card_grab_focus;

  /**
   * OpvTextCard::apply:
   *
   * Emitted on Ctrl+Enter, and when focus leaves the card with its text
   * changed (unless apply-on-leave was turned off). The handler reads the
   * text with opv_text_card_dup_text() and decides whether to save it.
   */
  signals[APPLY] = g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "opv-text-card");
}

static void
update_placeholder (OpvTextCard *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);

  gtk_widget_set_visible (GTK_WIDGET (self->placeholder),
                          gtk_text_buffer_get_char_count (buffer) == 0 &&
                          gtk_label_get_label (self->placeholder)[0] != '\0');
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   OpvTextCard           *self)
{
  state &= gtk_accelerator_get_default_mod_mask ();

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      state == GDK_CONTROL_MASK)
    {
      g_signal_emit (self, signals[APPLY], 0);
      return GDK_EVENT_STOP;
    }

  /* Escape undoes what was typed; with nothing typed it goes on to the
   * ancestors, where it may cancel an editor. */
  if (keyval == GDK_KEY_Escape && state == 0 && opv_text_card_is_changed (self))
    {
      opv_text_card_revert (self);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   OpvTextCard             *self)
{
  gtk_widget_remove_css_class (self->card, "focused");
  if (self->apply_on_leave && opv_text_card_is_changed (self))
    g_signal_emit (self, signals[APPLY], 0);
}

static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   OpvTextCard             *self)
{
  gtk_widget_add_css_class (self->card, "focused");
}

static gboolean
resize_idle_cb (gpointer user_data)
{
  OpvTextCard *self = user_data;

  self->resize_idle = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self->view));
  return G_SOURCE_REMOVE;
}

/* The text view lays its text out at idle, after it was measured (in a
 * page of a stack that was hidden, say); when the height of the text then
 * differs from the room it has, it asks again. */
static void
on_upper_changed_cb (GtkAdjustment *adjustment,
                     GParamSpec    *pspec,
                     OpvTextCard   *self)
{
  int upper = (int) gtk_adjustment_get_upper (adjustment);

  /* Past its greatest height the card scrolls, and its height stays. */
  if (self->max_height > 0 && upper > self->max_height &&
      gtk_widget_get_height (GTK_WIDGET (self->view)) >= self->max_height)
    return;

  if (self->resize_idle == 0 && upper != gtk_widget_get_height (GTK_WIDGET (self->view)))
    self->resize_idle = g_idle_add (resize_idle_cb, self);
}

static void
opv_text_card_init (OpvTextCard *self)
{
  GtkEventController *controller;
  GtkWidget *overlay;
  GtkWidget *scroller;

  self->applied = g_strdup ("");
  self->apply_on_leave = TRUE;

  self->card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->card, "card");
  gtk_widget_add_css_class (self->card, "text-card");
  gtk_widget_set_parent (self->card, GTK_WIDGET (self));

  overlay = gtk_overlay_new ();
  gtk_box_append (GTK_BOX (self->card), overlay);

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->view, 10);
  gtk_text_view_set_bottom_margin (self->view, 10);
  gtk_text_view_set_left_margin (self->view, 12);
  gtk_text_view_set_right_margin (self->view, 12);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->view), TRUE);

  /* A text view outside a scrolled window does not ask for more room when
   * its text wraps onto more lines; one that never scrolls does. */
  scroller = self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_overlay_set_child (GTK_OVERLAY (overlay), scroller);

  /* It never scrolls, so the wheel over the text scrolls the page. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (scroller);

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) scroll = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_SCROLL (scroll))
          gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_NONE);
      }
  }
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), "notify::upper",
                           G_CALLBACK (on_upper_changed_cb), self, 0);

  self->placeholder = GTK_LABEL (gtk_label_new (""));
  gtk_label_set_xalign (self->placeholder, 0);
  gtk_label_set_yalign (self->placeholder, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->placeholder), 10);
  gtk_widget_set_margin_start (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_can_target (GTK_WIDGET (self->placeholder), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->placeholder));

  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (update_placeholder), self, G_CONNECT_SWAPPED);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), controller);

  update_placeholder (self);
}

GtkWidget *
opv_text_card_new (void)
{
  return g_object_new (OPV_TYPE_TEXT_CARD, NULL);
}

/**
 * opv_text_card_set_text:
 *
 * Shows @text as the applied text, replacing whatever was typed. Setting
 * it is not a step the text view's own undo could take back.
 */
void
opv_text_card_set_text (OpvTextCard *self,
                        const char  *text)
{
  GtkTextBuffer *buffer;
  g_autofree char *current = NULL;

  g_return_if_fail (OPV_IS_TEXT_CARD (self));

  if (text == NULL)
    text = "";
  opv_text_card_set_applied_text (self, text);

  current = opv_text_card_dup_text (self);
  if (g_str_equal (current, text))
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
}

/**
 * opv_text_card_dup_text:
 *
 * Returns: (transfer full): the text as typed
 */
char *
opv_text_card_dup_text (OpvTextCard *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (OPV_IS_TEXT_CARD (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

const char *
opv_text_card_get_applied_text (OpvTextCard *self)
{
  g_return_val_if_fail (OPV_IS_TEXT_CARD (self), NULL);
  return self->applied;
}

/**
 * opv_text_card_set_applied_text:
 *
 * Records @text as what is saved, without touching what was typed: after a
 * save, or when the saved text changed while the user was typing.
 */
void
opv_text_card_set_applied_text (OpvTextCard *self,
                                const char  *text)
{
  g_return_if_fail (OPV_IS_TEXT_CARD (self));

  if (g_strcmp0 (self->applied, text) == 0)
    return;
  g_free (self->applied);
  self->applied = g_strdup (text ? text : "");
}

gboolean
opv_text_card_is_changed (OpvTextCard *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (OPV_IS_TEXT_CARD (self), FALSE);

  text = opv_text_card_dup_text (self);
  return !g_str_equal (text, self->applied);
}

void
opv_text_card_revert (OpvTextCard *self)
{
  g_autofree char *applied = NULL;

  g_return_if_fail (OPV_IS_TEXT_CARD (self));

  applied = g_strdup (self->applied);
  opv_text_card_set_text (self, applied);
}

/**
 * opv_text_card_set_label:
 *
 * Names the text field for assistive technologies.
 */
void
opv_text_card_set_label (OpvTextCard *self,
                         const char  *label)
{
  g_return_if_fail (OPV_IS_TEXT_CARD (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
}

void
opv_text_card_set_placeholder (OpvTextCard *self,
                               const char  *placeholder)
{
  g_return_if_fail (OPV_IS_TEXT_CARD (self));

  gtk_label_set_label (self->placeholder, placeholder ? placeholder : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, placeholder ? placeholder : "",
                                  -1);
  update_placeholder (self);
}

/**
 * opv_text_card_set_apply_on_leave:
 *
 * Whether leaving the card with a change emits ::apply. An editor that
 * applies several fields at once turns this off.
 */
void
opv_text_card_set_apply_on_leave (OpvTextCard *self,
                                  gboolean     apply_on_leave)
{
  g_return_if_fail (OPV_IS_TEXT_CARD (self));
  self->apply_on_leave = !!apply_on_leave;
}

GtkTextView *
opv_text_card_get_text_view (OpvTextCard *self)
{
  g_return_val_if_fail (OPV_IS_TEXT_CARD (self), NULL);
  return self->view;
}

/**
 * opv_text_card_set_max_height:
 * @height: the greatest height of the text in pixels, or -1 for none
 *
 * A card grows with its text. With a greatest height, a longer text
 * scrolls inside the card: a text of a megabyte then lays out only what is
 * in sight, and typing in it stays quick.
 */
void
opv_text_card_set_max_height (OpvTextCard *self,
                              int          height)
{
  GtkScrolledWindow *scroller;
  g_autoptr(GListModel) controllers = NULL;

  g_return_if_fail (OPV_IS_TEXT_CARD (self));

  self->max_height = height;
  scroller = GTK_SCROLLED_WINDOW (self->scroller);
  gtk_scrolled_window_set_max_content_height (scroller, height);
  gtk_scrolled_window_set_policy (scroller, GTK_POLICY_NEVER, height > 0 ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);

  /* The wheel scrolls the text when it can scroll, the page when not. */
  controllers = gtk_widget_observe_controllers (self->scroller);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) scroll = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (scroll))
        gtk_event_controller_set_propagation_phase (scroll, height > 0 ? GTK_PHASE_BUBBLE : GTK_PHASE_NONE);
    }
}
