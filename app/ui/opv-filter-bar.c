/* opv-filter-bar.c: the active filters as removable chips above the list,
 * with how many items they leave
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-filter-bar-private.h"
#include "opv-ui-util.h"

typedef enum
{
  CHIP_STATUS,
  CHIP_PARTY,
  CHIP_THEME,
  CHIP_ROUND,
  CHIP_OVERDUE,
  CHIP_UNASSIGNED,
} ChipKind;

G_DEFINE_FINAL_TYPE (OpvFilterBar, opv_filter_bar, GTK_TYPE_WIDGET)

static void
update_count (OpvFilterBar *self)
{
  GListModel *model = self->model ? gtk_single_selection_get_model (self->model) : NULL;
  OpvDossier *dossier = self->filter ? opv_item_filter_get_dossier (self->filter) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *shown_text = NULL;
  g_autofree char *total_text = NULL;
  guint n_shown = 0, n_total = 0;

  if (OPV_IS_OUTLINE_MODEL (model))
    {
      n_shown = opv_outline_model_get_n_items_shown (OPV_OUTLINE_MODEL (model));
      n_total = opv_outline_model_get_n_items_total (OPV_OUTLINE_MODEL (model));
    }

  self->n_shown = n_shown;
  self->n_total = n_total;
  shown_text = opv_format_count (n_shown);
  total_text = opv_format_count (n_total);

  /* Translators: how many items the filters leave, of how many the
   * dossier has; the plural follows the second number */
  if (dossier != NULL && opv_dossier_get_kind (dossier) == OPV_DOSSIER_KIND_ACTIVITIES)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s activity shown", "%s of %s activities shown", n_total),
                            shown_text, total_text);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s recommendation shown",
                                         "%s of %s recommendations shown", n_total),
                            shown_text, total_text);
  gtk_label_set_label (self->count_label, text);
}

static void
remove_criterion (OpvFilterBar *self,
                  ChipKind      kind,
                  guint         value)
{
  switch (kind)
    {
    case CHIP_STATUS:
      opv_item_filter_set_status (self->filter, value, FALSE);
      break;
    case CHIP_PARTY:
      opv_item_filter_set_party_id (self->filter, 0);
      break;
    case CHIP_THEME:
      opv_item_filter_set_theme_id (self->filter, 0);
      break;
    case CHIP_ROUND:
      opv_item_filter_set_round_id (self->filter, 0);
      break;
    case CHIP_OVERDUE:
      opv_item_filter_set_overdue (self->filter, FALSE);
      break;
    case CHIP_UNASSIGNED:
      opv_item_filter_set_unassigned (self->filter, FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
nth_chip (OpvFilterBar *self,
          guint         n)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->chips, n);

  return child ? gtk_flow_box_child_get_child (child) : NULL;
}

static void
on_chip_clicked_cb (GtkButton    *chip,
                    OpvFilterBar *self)
{
  ChipKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chip), "kind"));
  guint value = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chip), "value"));
  GtkFlowBoxChild *child = GTK_FLOW_BOX_CHILD (gtk_widget_get_parent (GTK_WIDGET (chip)));
  int index = gtk_flow_box_child_get_index (child);
  GtkWidget *next;

  if (self->filter == NULL)
    return;

  /* The chips are rebuilt at once; keep the keyboard where it was. */
  remove_criterion (self, kind, value);
  next = nth_chip (self, index);
  if (next == NULL && index > 0)
    next = nth_chip (self, index - 1);
  if (next != NULL)
    gtk_widget_grab_focus (next);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-list", NULL);
}

static void
add_chip (OpvFilterBar *self,
          ChipKind      kind,
          guint         value,
          const char   *category,
          const char   *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *icon = gtk_image_new_from_icon_name ("window-close-symbolic");
  g_autofree char *what = NULL;
  g_autofree char *description = NULL;

  if (category != NULL)
    /* Translators: a filter's kind and value, as in "Party: OCW" */
    what = g_strdup_printf (C_("filter chip", "%1$s: %2$s"), category, text);
  else
    what = g_strdup (text);
  /* Translators: what a filter chip does when it is clicked, as in
   * "Remove the filter Party: OCW" */
  description = g_strdup_printf (_("Remove the filter %s"), what);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "filter-chip");
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (button), "value", GUINT_TO_POINTER (value));
  g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked_cb), self);

  gtk_flow_box_append (self->chips, button);
  /* The button takes the focus; its wrapper need not take it too. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

static void
rebuild_chips (OpvFilterBar *self)
{
  OpvDossier *dossier;
  OpvParty *party;
  OpvTheme *theme;
  GtkFlowBoxChild *child;
  guint statuses;

  while ((child = gtk_flow_box_get_child_at_index (self->chips, 0)) != NULL)
    gtk_flow_box_remove (self->chips, GTK_WIDGET (child));

  if (self->filter == NULL || !opv_item_filter_is_active (self->filter))
    {
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }

  dossier = opv_item_filter_get_dossier (self->filter);
  statuses = opv_item_filter_get_statuses (self->filter);
  for (guint status = 0; status < OPV_N_STATUSES; status++)
    if (statuses & OPV_STATUS_BIT (status))
      add_chip (self, CHIP_STATUS, status, _("Status"), _(opv_status_msgid (status)));

  party = opv_dossier_find_party_by_id (dossier, opv_item_filter_get_party_id (self->filter));
  if (party != NULL)
    add_chip (self, CHIP_PARTY, 0, _("Party"), opv_party_get_short_name (party));

  theme = opv_dossier_find_theme_by_id (dossier, opv_item_filter_get_theme_id (self->filter));
  if (theme != NULL)
    {
      g_autofree char *heading = opv_theme_dup_heading (theme, opv_item_filter_get_round (self->filter));
      add_chip (self, CHIP_THEME, 0, _("Theme"), heading);
    }

  if (opv_item_filter_get_round_id (self->filter) != 0 && opv_item_filter_get_round (self->filter) != NULL)
    {
      /* Translators: a filter chip: the filters read this round */
      g_autofree char *text = g_strdup_printf (_("As of %s"), opv_round_get_label (opv_item_filter_get_round (self->filter)));
      add_chip (self, CHIP_ROUND, 0, NULL, text);
    }

  if (opv_item_filter_get_overdue (self->filter))
    add_chip (self, CHIP_OVERDUE, 0, NULL, _("Overdue"));
  if (opv_item_filter_get_unassigned (self->filter))
    add_chip (self, CHIP_UNASSIGNED, 0, NULL, _("No responsible party"));

  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

static void
on_filter_changed_cb (OpvFilterBar *self)
{
  rebuild_chips (self);
  update_count (self);
}

static void
on_clear_button_clicked_cb (OpvFilterBar *self)
{
  if (self->filter == NULL)
    return;
  opv_item_filter_clear (self->filter);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-list", NULL);
}

static void
opv_filter_bar_dispose (GObject *object)
{
  OpvFilterBar *self = (OpvFilterBar *)object;

  opv_filter_bar_set_filter (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_FILTER_BAR);

  G_OBJECT_CLASS (opv_filter_bar_parent_class)->dispose (object);
}

static void
opv_filter_bar_class_init (OpvFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_filter_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvFilterBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterBar, chips);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterBar, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_button_clicked_cb);
}

static void
opv_filter_bar_init (OpvFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * opv_filter_bar_set_filter:
 * @filter: (nullable): the list's filter
 * @model: (nullable): the list's selection, over the #OpvOutlineModel
 *   that the filter narrows, for the count
 */
void
opv_filter_bar_set_filter (OpvFilterBar       *self,
                           OpvItemFilter      *filter,
                           GtkSingleSelection *model)
{
  g_return_if_fail (OPV_IS_FILTER_BAR (self));

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->filter, filter);
  g_set_object (&self->model, model);

  if (filter != NULL)
    g_signal_connect_object (filter, "changed", G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  if (filter != NULL)
    on_filter_changed_cb (self);
}

/**
 * opv_filter_bar_dup_chips:
 *
 * Returns: (transfer container) (element-type GtkButton): the chips, in
 *   the order shown
 */
GPtrArray *
opv_filter_bar_dup_chips (OpvFilterBar *self)
{
  GPtrArray *chips = g_ptr_array_new ();
  GtkWidget *chip;

  for (guint i = 0; (chip = nth_chip (self, i)) != NULL; i++)
    g_ptr_array_add (chips, chip);
  return chips;
}
