/* opv-filter-popover.c: the choices of the list's filters
 *
 * The popover edits an OpvItemFilter and follows it: a chip removed
 * below the header, or another dossier shown, is reflected here.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-filter-popover-private.h"
#include "opv-ui-util.h"

G_DEFINE_FINAL_TYPE (OpvFilterPopover, opv_filter_popover, GTK_TYPE_POPOVER)

#define MAX_CHOICE_CHARS 32

/* Completed first, then by how much attention the status asks for; "No
 * status" last, as the odd one out. */
static const OpvStatus status_order[] = {
  OPV_STATUS_DONE,
  OPV_STATUS_IN_PROGRESS,
  OPV_STATUS_ONGOING,
  OPV_STATUS_DELAYED,
  OPV_STATUS_NOT_STARTED,
  OPV_STATUS_UNSET,
};

G_STATIC_ASSERT (G_N_ELEMENTS (status_order) == OPV_N_STATUSES);

static void sync_from_filter (OpvFilterPopover *self);

/* Choices in the drop-downs can be long (NAP's action lines are
 * sentences), so they are ellipsized and carry the whole text as a
 * tooltip. */
static void
on_choice_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), MAX_CHOICE_CHARS);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_list_item_set_child (list_item, label);
}

static void
on_choice_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, g_utf8_strlen (text, -1) > MAX_CHOICE_CHARS ? text : NULL);
}

static void
set_choices (GtkDropDown *dropdown,
             GtkStringList *choices)
{
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (choices));
}

static int
compare_parties (gconstpointer a,
                 gconstpointer b)
{
  OpvParty *pa = *(OpvParty **) a;
  OpvParty *pb = *(OpvParty **) b;
  g_autofree char *ka = g_utf8_casefold (opv_party_get_short_name (pa), -1);
  g_autofree char *kb = g_utf8_casefold (opv_party_get_short_name (pb), -1);

  return g_utf8_collate (ka, kb);
}

static guint
position_of (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
rebuild_choices (OpvFilterPopover *self)
{
  OpvDossier *dossier = opv_item_filter_get_dossier (self->filter);
  OpvRound *shown = opv_item_filter_get_shown_round (self->filter);
  g_autoptr(GtkStringList) parties = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) themes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rounds = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_set_object (&self->built_for, dossier);
  g_set_object (&self->built_round, shown);
  g_array_set_size (self->party_ids, 0);
  g_array_set_size (self->theme_ids, 0);
  g_array_set_size (self->round_ids, 0);

  gtk_string_list_append (parties, _("Any party"));
  g_array_append_val (self->party_ids, none);
  gtk_string_list_append (themes, _("Any theme"));
  g_array_append_val (self->theme_ids, none);
  if (shown != NULL)
    {
      /* Translators: the first choice of the filters' round: the round
       * the window shows, as in "As shown (Update 2024)" */
      g_autofree char *label = g_strdup_printf (_("As shown (%s)"), opv_round_get_label (shown));
      gtk_string_list_append (rounds, label);
    }
  else
    gtk_string_list_append (rounds, _("As shown"));
  g_array_append_val (self->round_ids, none);

  if (dossier != NULL)
    {
      GListModel *list = opv_dossier_get_parties (dossier);
      g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (sorted, g_list_model_get_item (list, i));
      g_ptr_array_sort (sorted, compare_parties);
      for (guint i = 0; i < sorted->len; i++)
        {
          OpvParty *party = g_ptr_array_index (sorted, i);
          gint64 id = opv_party_get_id (party);

          gtk_string_list_append (parties, opv_party_get_short_name (party));
          g_array_append_val (self->party_ids, id);
        }

      list = opv_dossier_get_themes (dossier);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(OpvTheme) theme = g_list_model_get_item (list, i);
          g_autofree char *heading = opv_theme_dup_heading (theme, shown);
          gint64 id = opv_theme_get_id (theme);

          gtk_string_list_append (themes, heading);
          g_array_append_val (self->theme_ids, id);
        }

      /* Newest first, as in the window's round chooser. */
      list = opv_dossier_get_rounds (dossier);
      for (guint i = g_list_model_get_n_items (list); i > 0; i--)
        {
          g_autoptr(OpvRound) round = g_list_model_get_item (list, i - 1);
          gint64 id = opv_round_get_id (round);

          gtk_string_list_append (rounds, opv_round_get_label (round));
          g_array_append_val (self->round_ids, id);
        }
    }

  set_choices (self->party_dropdown, parties);
  set_choices (self->theme_dropdown, themes);
  set_choices (self->round_dropdown, rounds);

  /* A dossier without rounds (the Inspectie's report) has nothing to
   * choose there. */
  gtk_widget_set_visible (GTK_WIDGET (self->round_dropdown), self->round_ids->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->round_label), self->round_ids->len > 1);
}

static void
sync_from_filter (OpvFilterPopover *self)
{
  guint statuses;

  if (self->filter == NULL)
    return;

  self->syncing = TRUE;

  if (self->built_for != opv_item_filter_get_dossier (self->filter) ||
      self->built_round != opv_item_filter_get_shown_round (self->filter))
    rebuild_choices (self);

  statuses = opv_item_filter_get_statuses (self->filter);
  for (guint i = 0; i < OPV_N_STATUSES; i++)
    gtk_check_button_set_active (self->status_checks[i], (statuses & OPV_STATUS_BIT (i)) != 0);

  gtk_drop_down_set_selected (self->party_dropdown,
                              position_of (self->party_ids, opv_item_filter_get_party_id (self->filter)));
  gtk_drop_down_set_selected (self->theme_dropdown,
                              position_of (self->theme_ids, opv_item_filter_get_theme_id (self->filter)));
  gtk_drop_down_set_selected (self->round_dropdown,
                              position_of (self->round_ids, opv_item_filter_get_round_id (self->filter)));
  gtk_check_button_set_active (self->overdue_check, opv_item_filter_get_overdue (self->filter));
  gtk_check_button_set_active (self->unassigned_check, opv_item_filter_get_unassigned (self->filter));
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), opv_item_filter_is_active (self->filter));

  self->syncing = FALSE;
}

static void
on_status_check_toggled_cb (GtkCheckButton   *check,
                            OpvFilterPopover *self)
{
  OpvStatus status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "status"));

  if (self->syncing || self->filter == NULL)
    return;
  opv_item_filter_set_status (self->filter, status, gtk_check_button_get_active (check));
}

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

static void
on_dropdown_selected_cb (GtkDropDown      *dropdown,
                         GParamSpec       *pspec,
                         OpvFilterPopover *self)
{
  if (self->syncing || self->filter == NULL)
    return;

  if (dropdown == self->party_dropdown)
    opv_item_filter_set_party_id (self->filter, selected_id (dropdown, self->party_ids));
  else if (dropdown == self->theme_dropdown)
    opv_item_filter_set_theme_id (self->filter, selected_id (dropdown, self->theme_ids));
  else
    opv_item_filter_set_round_id (self->filter, selected_id (dropdown, self->round_ids));
}

static void
on_overdue_check_toggled_cb (OpvFilterPopover *self)
{
  if (!self->syncing && self->filter != NULL)
    opv_item_filter_set_overdue (self->filter, gtk_check_button_get_active (self->overdue_check));
}

static void
on_unassigned_check_toggled_cb (OpvFilterPopover *self)
{
  if (!self->syncing && self->filter != NULL)
    opv_item_filter_set_unassigned (self->filter, gtk_check_button_get_active (self->unassigned_check));
}

static void
on_clear_button_clicked_cb (OpvFilterPopover *self)
{
  if (self->filter != NULL)
    opv_item_filter_clear (self->filter);
}

static void
opv_filter_popover_show (GtkWidget *widget)
{
  OpvFilterPopover *self = OPV_FILTER_POPOVER (widget);

  /* The round shown may have changed while the filters were idle. */
  if (self->filter != NULL && self->built_round != opv_item_filter_get_shown_round (self->filter))
    sync_from_filter (self);

  GTK_WIDGET_CLASS (opv_filter_popover_parent_class)->show (widget);
}

static void
opv_filter_popover_dispose (GObject *object)
{
  OpvFilterPopover *self = (OpvFilterPopover *)object;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->built_for);
  g_clear_object (&self->built_round);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_FILTER_POPOVER);

  G_OBJECT_CLASS (opv_filter_popover_parent_class)->dispose (object);
}

static void
opv_filter_popover_finalize (GObject *object)
{
  OpvFilterPopover *self = (OpvFilterPopover *)object;

  g_array_unref (self->party_ids);
  g_array_unref (self->theme_ids);
  g_array_unref (self->round_ids);

  G_OBJECT_CLASS (opv_filter_popover_parent_class)->finalize (object);
}

static void
opv_filter_popover_class_init (OpvFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_filter_popover_dispose;
  object_class->finalize = opv_filter_popover_finalize;
  widget_class->show = opv_filter_popover_show;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-filter-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, status_group);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, clear_button);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, round_label);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, OpvFilterPopover, unassigned_check);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_overdue_check_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unassigned_check_toggled_cb);
}

static void
opv_filter_popover_init (OpvFilterPopover *self)
{
  GtkDropDown *dropdowns[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->party_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Each status reads as the badge the list shows, so the choice and
   * the result look alike. */
  for (guint i = 0; i < G_N_ELEMENTS (status_order); i++)
    {
      OpvStatus status = status_order[i];
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *badge = opv_status_badge_new (status);

      gtk_widget_set_halign (badge, GTK_ALIGN_START);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), badge);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(opv_status_msgid (status)),
                                      -1);
      g_object_set_data (G_OBJECT (check), "status", GUINT_TO_POINTER (status));
      g_signal_connect (check, "toggled", G_CALLBACK (on_status_check_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->status_group), check);
      self->status_checks[status] = GTK_CHECK_BUTTON (check);
    }

  dropdowns[0] = self->party_dropdown;
  dropdowns[1] = self->theme_dropdown;
  dropdowns[2] = self->round_dropdown;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_choice_bind_cb), NULL);
      gtk_drop_down_set_factory (dropdowns[i], factory);
      g_signal_connect (dropdowns[i], "notify::selected", G_CALLBACK (on_dropdown_selected_cb), self);
    }
}

void
opv_filter_popover_set_filter (OpvFilterPopover *self,
                               OpvItemFilter    *filter)
{
  g_return_if_fail (OPV_IS_FILTER_POPOVER (self));
  g_return_if_fail (filter == NULL || OPV_IS_ITEM_FILTER (filter));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_object (filter, "changed", G_CALLBACK (sync_from_filter), self, G_CONNECT_SWAPPED);
  g_clear_object (&self->built_for);
  sync_from_filter (self);
}
