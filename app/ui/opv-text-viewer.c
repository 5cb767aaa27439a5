/* opv-text-viewer.c: a window that shows one long text whole, read-only
 *
 * A row in the detail pane shows a bounded excerpt of a text; this window
 * shows all of it. A GtkTextView in a scrolled window lays out only what
 * is in sight and the rest at idle, so a text of megabytes opens and
 * scrolls without a freeze, which a GtkLabel could not.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-text-viewer"

#include "config.h"


#include "opv-text-viewer.h"

struct _OpvTextViewer
{
  AdwWindow    parent_instance;

  GtkTextView *view;
};

G_DEFINE_FINAL_TYPE (OpvTextViewer, opv_text_viewer, ADW_TYPE_WINDOW)

static void
opv_text_viewer_class_init (OpvTextViewerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
opv_text_viewer_init (OpvTextViewer *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, FALSE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->view, 12);
  gtk_text_view_set_bottom_margin (self->view, 12);
  gtk_text_view_set_left_margin (self->view, 18);
  gtk_text_view_set_right_margin (self->view, 18);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "text-viewer");

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scroller, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * opv_text_viewer_new:
 * @parent: (nullable): the window it belongs to
 * @title: what the text is, as the window's title and the text's name
 * @text: the text, shown whole
 */
GtkWidget *
opv_text_viewer_new (GtkWindow  *parent,
                     const char *title,
                     const char *text)
{
  OpvTextViewer *self = g_object_new (OPV_TYPE_TEXT_VIEWER, NULL);

  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE,
                                  -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text ? text : "", -1);
  return GTK_WIDGET (self);
}

GtkTextView *
opv_text_viewer_get_view (OpvTextViewer *self)
{
  g_return_val_if_fail (OPV_IS_TEXT_VIEWER (self), NULL);
  return self->view;
}
