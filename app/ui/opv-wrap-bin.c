/* opv-wrap-bin.c: holds a wrapping label whose width does not depend on
 * the height it is offered
 *
 * Asked for its width at a given height, GtkLabel searches for the
 * narrowest layout of that height, laying its text out a dozen times; a
 * box in a list row asks that of every label in it, more than once a
 * frame. In the detail pane a text's width comes from the pane, never
 * from its height, so this bin answers that question with the label's
 * width for any height, which GtkLabel lays out once and keeps.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-wrap-bin"

#include "config.h"

#include "opv-wrap-bin.h"

struct _OpvWrapBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
};

G_DEFINE_FINAL_TYPE (OpvWrapBin, opv_wrap_bin, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
opv_wrap_bin_dispose (GObject *object)
{
  OpvWrapBin *self = OPV_WRAP_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (opv_wrap_bin_parent_class)->dispose (object);
}

static void
opv_wrap_bin_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OpvWrapBin *self = OPV_WRAP_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_wrap_bin_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OpvWrapBin *self = OPV_WRAP_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      opv_wrap_bin_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_wrap_bin_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  OpvWrapBin *self = OPV_WRAP_BIN (widget);

  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;

  gtk_widget_measure (self->child, orientation,
                      orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
opv_wrap_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  OpvWrapBin *self = OPV_WRAP_BIN (widget);

  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static GtkSizeRequestMode
opv_wrap_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
opv_wrap_bin_class_init (OpvWrapBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_wrap_bin_dispose;
  object_class->get_property = opv_wrap_bin_get_property;
  object_class->set_property = opv_wrap_bin_set_property;
  widget_class->measure = opv_wrap_bin_measure;
  widget_class->size_allocate = opv_wrap_bin_size_allocate;
  widget_class->get_request_mode = opv_wrap_bin_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
opv_wrap_bin_init (OpvWrapBin *self)
{
}

GtkWidget *
opv_wrap_bin_new (void)
{
  return g_object_new (OPV_TYPE_WRAP_BIN, NULL);
}

void
opv_wrap_bin_set_child (OpvWrapBin *self,
                        GtkWidget  *child)
{
  g_return_if_fail (OPV_IS_WRAP_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
opv_wrap_bin_get_child (OpvWrapBin *self)
{
  g_return_val_if_fail (OPV_IS_WRAP_BIN (self), NULL);
  return self->child;
}
