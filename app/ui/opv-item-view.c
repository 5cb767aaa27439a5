/* opv-item-view.c: what a round reports on one recommendation or activity
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-item-view"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-item-view-private.h"
#include "opv-ui-util.h"


G_DEFINE_FINAL_TYPE (OpvItemView, opv_item_view, GTK_TYPE_WIDGET)

static void
opv_item_view_dispose (GObject *object)
{
  OpvItemView *self = (OpvItemView *)object;

  g_clear_object (&self->item);
  g_clear_object (&self->round);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_ITEM_VIEW);

  G_OBJECT_CLASS (opv_item_view_parent_class)->dispose (object);
}

static void
opv_item_view_class_init (OpvItemViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_item_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-item-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, scroller);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, breadcrumb_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, title_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, text_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, status_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, status_badge);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, timeframe_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, explanation_row);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, responsible_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, responsible_list);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, followup_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, followup_list);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, sources_group);
  gtk_widget_class_bind_template_child (widget_class, OpvItemView, sources_list);
}

static void
opv_item_view_init (OpvItemView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
info_row_new (const char *title,
              const char *subtitle,
              const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
add_party_rows (OpvItemView *self,
                OpvEntry    *entry)
{
  g_autoptr(GPtrArray) sorted = opv_entry_dup_parties_sorted (entry);

  for (guint i = 0; i < sorted->len; i++)
    {
      OpvResponsibility *resp = g_ptr_array_index (sorted, i);
      const char *full_name = opv_party_get_full_name (resp->party);
      GtkWidget *row = info_row_new (opv_party_get_short_name (resp->party),
                                     full_name[0] ? full_name : NULL, NULL);
      GtkWidget *role = gtk_label_new (_(opv_role_msgid (resp->role)));

      gtk_widget_add_css_class (role, resp->role == OPV_ROLE_LEAD ? "heading" : "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), role);
      gtk_list_box_append (self->responsible_list, row);
    }

  if (opv_entry_get_to_be_determined (entry))
    gtk_list_box_append (self->responsible_list,
                         info_row_new (_("To be determined"),
                                       _("Who is responsible has not been decided yet."),
                                       "dialog-question-symbolic"));

  if (opv_entry_get_responsibility_note (entry)[0] != '\0')
    gtk_list_box_append (self->responsible_list,
                         info_row_new (opv_entry_get_responsibility_note (entry),
                                       _("Note on responsibility"), NULL));
}

/* A round that names no parties (the 2024 update of Schaduw dansen names
 * none) would otherwise look as if nobody were responsible. Say so, and
 * show what the last round that did name them said. */
static void
add_unstated_rows (OpvItemView *self)
{
  OpvDossier *dossier = opv_theme_get_dossier (opv_item_get_theme (self->item));
  OpvRound *round = self->round;

  while ((round = opv_dossier_get_previous_round (dossier, round)) != NULL)
    {
      OpvEntry *earlier = opv_item_get_entry (self->item, round);

      if (earlier != NULL && opv_entry_states_responsibility (earlier))
        {
          g_autofree char *subtitle = NULL;

          subtitle = g_strdup_printf (_("Below: as stated in %s"), opv_round_get_label (round));
          gtk_list_box_append (self->responsible_list,
                               info_row_new (_("Not stated in this round"), subtitle,
                                             "dialog-information-symbolic"));
          add_party_rows (self, earlier);
          return;
        }
    }

  gtk_list_box_append (self->responsible_list,
                       info_row_new (_("No responsible party recorded"), NULL, NULL));
}

static GtkWidget *
followup_row_new (OpvFollowup *followup)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *text;
  GPtrArray *links = opv_followup_get_links (followup);
  GPtrArray *references = opv_followup_get_references (followup);
  GPtrArray *kamerstukken = opv_followup_get_kamerstukken (followup);
  const char *code = opv_followup_get_code (followup);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  if (code[0] != '\0')
    {
      GtkWidget *code_label = gtk_label_new (code);

      gtk_widget_set_valign (code_label, GTK_ALIGN_START);
      gtk_label_set_xalign (GTK_LABEL (code_label), 0);
      gtk_label_set_width_chars (GTK_LABEL (code_label), 6);
      gtk_widget_add_css_class (code_label, "followup-code");
      gtk_widget_add_css_class (code_label, "dim-label");
      gtk_box_append (GTK_BOX (box), code_label);
    }
  else
    {
      GtkWidget *bullet = gtk_label_new ("•");

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_widget_add_css_class (bullet, "dim-label");
      gtk_box_append (GTK_BOX (box), bullet);
    }

  text = gtk_label_new (opv_followup_get_text (followup));
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (body), text);

  if (opv_followup_get_carried (followup))
    {
      GtkWidget *carried = gtk_label_new (_("Carried forward from the previous round"));

      gtk_label_set_xalign (GTK_LABEL (carried), 0);
      gtk_widget_add_css_class (carried, "caption");
      gtk_widget_add_css_class (carried, "dim-label");
      gtk_box_append (GTK_BOX (body), carried);
    }

  for (guint i = 0; i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      gtk_box_append (GTK_BOX (body), opv_link_widget_new (link->label, link->url));
    }

  for (guint i = 0; i < kamerstukken->len; i++)
    {
      OpvKamerstuk *k = g_ptr_array_index (kamerstukken, i);
      g_autofree char *citation = opv_kamerstuk_format (k);
      gtk_box_append (GTK_BOX (body), opv_link_widget_new (citation, k->url));
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
      gtk_box_append (GTK_BOX (body), label);
    }

  gtk_box_append (GTK_BOX (box), body);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
update_status (OpvItemView *self,
               OpvEntry    *entry)
{
  const char *timeframe = entry ? opv_entry_get_timeframe (entry) : "";
  const char *explanation = entry ? opv_entry_get_explanation (entry) : "";

  opv_status_badge_update (self->status_badge, entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET);

  if (timeframe[0] != '\0')
    {
      gtk_label_set_label (self->timeframe_label, timeframe);
      gtk_widget_remove_css_class (GTK_WIDGET (self->timeframe_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->timeframe_label, _("Not stated"));
      gtk_widget_add_css_class (GTK_WIDGET (self->timeframe_label), "dim-label");
    }

  gtk_label_set_label (self->explanation_label, explanation);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_row), explanation[0] != '\0');
  adw_expander_row_set_expanded (self->explanation_row, explanation[0] != '\0');
}

static void
update_followups (OpvItemView *self,
                  OpvEntry    *entry)
{
  GListModel *followups = entry ? opv_entry_get_followups (entry) : NULL;
  guint n = followups ? g_list_model_get_n_items (followups) : 0;
  g_autofree char *description = NULL;

  opv_remove_all_children (GTK_WIDGET (self->followup_list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);
      gtk_list_box_append (self->followup_list, followup_row_new (followup));
    }

  if (n == 0)
    {
      gtk_list_box_append (self->followup_list,
                           info_row_new (_("No follow-up reported in this round"), NULL, NULL));
      description = g_strdup (opv_round_get_label (self->round));
    }
  else
    /* Translators: the number of follow-up items and the round, as in "5 reported in Update juni 2023" */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reported in %s", "%u reported in %s", n),
                                   n, opv_round_get_label (self->round));

  adw_preferences_group_set_description (self->followup_group, description);
}

static void
update_sources (OpvItemView *self,
                OpvEntry    *entry)
{
  GPtrArray *links = entry ? opv_entry_get_links (entry) : NULL;
  GPtrArray *kamerstukken = entry ? opv_entry_get_kamerstukken (entry) : NULL;
  guint n = 0;

  opv_remove_all_children (GTK_WIDGET (self->sources_list));

  for (guint i = 0; kamerstukken && i < kamerstukken->len; i++, n++)
    {
      OpvKamerstuk *k = g_ptr_array_index (kamerstukken, i);
      g_autofree char *citation = opv_kamerstuk_format (k);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *widget = opv_link_widget_new (citation, k->url);

      gtk_widget_set_margin_top (widget, 8);
      gtk_widget_set_margin_bottom (widget, 8);
      gtk_widget_set_margin_start (widget, 12);
      gtk_widget_set_margin_end (widget, 12);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), widget);
      gtk_list_box_append (self->sources_list, row);
    }

  for (guint i = 0; links && i < links->len; i++, n++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *widget = opv_link_widget_new (link->label, link->url);

      gtk_widget_set_margin_top (widget, 8);
      gtk_widget_set_margin_bottom (widget, 8);
      gtk_widget_set_margin_start (widget, 12);
      gtk_widget_set_margin_end (widget, 12);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), widget);
      gtk_list_box_append (self->sources_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sources_group), n > 0);
}

/**
 * opv_item_view_set_item:
 * @item: (nullable): the item to show
 * @round: (nullable): the round whose report to show; %NULL when the
 *   dossier has no rounds yet
 */
void
opv_item_view_set_item (OpvItemView *self,
                        OpvItem     *item,
                        OpvRound    *round)
{
  OpvTheme *theme;
  OpvDossier *dossier;
  OpvEntry *entry;
  g_autofree char *heading = NULL;
  g_autofree char *breadcrumb = NULL;
  g_autofree char *title = NULL;
  const char *text;

  g_return_if_fail (OPV_IS_ITEM_VIEW (self));

  if (item != self->item)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  g_set_object (&self->item, item);
  g_set_object (&self->round, round);

  opv_remove_all_children (GTK_WIDGET (self->responsible_list));
  if (item == NULL)
    return;

  theme = opv_item_get_theme (item);
  dossier = opv_theme_get_dossier (theme);
  entry = opv_item_get_entry (item, round);

  heading = opv_theme_dup_heading (theme, round);
  /* Translators: the dossier and the theme above an item, as in "Schaduw dansen › 2. Meldingen en opvolging" */
  breadcrumb = g_strdup_printf (_("%s › %s"), opv_dossier_get_short_name (dossier), heading);
  gtk_label_set_label (self->breadcrumb_label, breadcrumb);

  /* Where the full text begins with the title (the title is then its first
   * sentence, as for Schaduw dansen), the heading names the item and the
   * text follows once; otherwise the heading is the title itself. */
  text = opv_item_get_text_for (item, round);
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

  gtk_label_set_label (self->text_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->text_label),
                          text[0] != '\0' && strcmp (text, opv_item_get_title_for (item, round)) != 0);

  gtk_widget_set_visible (GTK_WIDGET (self->status_group), round != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->followup_group), round != NULL);

  if (round == NULL)
    {
      gtk_list_box_append (self->responsible_list,
                           info_row_new (_("This dossier has no reporting rounds yet"),
                                         _("Responsibility, status and follow-up are recorded per reporting round."),
                                         "dialog-information-symbolic"));
      update_sources (self, NULL);
      return;
    }

  if (entry != NULL && opv_entry_states_responsibility (entry))
    add_party_rows (self, entry);
  else
    add_unstated_rows (self);

  update_status (self, entry);
  update_followups (self, entry);
  update_sources (self, entry);
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
