/* opv-party-view.c: every party with what it is responsible for, across
 * all dossiers, and the party's name, kind and merges
 *
 * An item counts for a party when the newest round that states who is
 * responsible for it names that party: the rule of the list's party chips
 * (opv_item_get_responsible_entry()). Schaduw dansen's 2024 update names no
 * parties, so its June 2023 parties count. The status and timeframe shown,
 * and so "overdue", come from the newest round that reports on the item.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-parties"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-item-filter.h"
#include "opv-party-view-private.h"
#include "opv-ui-util.h"
#include "opv-window.h"

G_DEFINE_FINAL_TYPE (OpvPartyView, opv_party_view, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const OpvPartyKind kinds[] = {
  OPV_PARTY_KIND_MINISTRY,
  OPV_PARTY_KIND_GOVERNMENT,
  OPV_PARTY_KIND_LOCAL_GOVERNMENT,
  OPV_PARTY_KIND_SECTOR,
  OPV_PARTY_KIND_OTHER,
};

static void show_party (OpvPartyView *self);

static void
party_item_free (OpvPartyItem *pi)
{
  g_clear_object (&pi->dossier);
  g_clear_object (&pi->item);
  g_free (pi);
}

static OpvParty *
find_party (OpvPartyView *self,
            gint64        party_id,
            guint        *position)
{
  for (guint i = 0; self->parties != NULL && i < g_list_model_get_n_items (self->parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (self->parties, i);

      if (opv_party_get_id (party) == party_id)
        {
          if (position != NULL)
            *position = i;
          return party;
        }
    }
  return NULL;
}

static char *
count_text (guint n_items,
            guint n_overdue)
{
  g_autofree char *count = opv_format_count (n_items);
  g_autofree char *items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s item", "%s items", n_items), count);
  g_autofree char *overdue = NULL;

  if (n_overdue == 0)
    return g_steal_pointer (&items);
  /* Translators: how many of a party's items are overdue */
  overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", n_overdue), n_overdue);
  /* Translators: a party's count of items and of overdue items, as in
   * "47 items, 3 overdue" */
  return g_strdup_printf (C_("party counts", "%1$s, %2$s"), items, overdue);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
create_party_row_cb (gpointer object,
                     gpointer user_data)
{
  OpvPartyView *self = user_data;
  OpvParty *party = object;
  gint64 id = opv_party_get_id (party);
  guint n_items = opv_party_view_get_n_items (self, id);
  guint n_overdue = opv_party_view_get_n_overdue (self, id);
  const char *full_name = opv_party_get_full_name (party);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *counts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *n_items_text = g_strdup_printf ("%u", n_items);
  g_autofree char *summary = count_text (n_items, n_overdue);
  g_autofree char *accessible = NULL;
  GtkWidget *count;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_widget_set_hexpand (names, TRUE);
  gtk_box_append (GTK_BOX (names), label_new (opv_party_get_short_name (party), "heading"));
  gtk_box_append (GTK_BOX (names),
                  label_new (full_name[0] != '\0' ? full_name : _(opv_party_kind_msgid (opv_party_get_kind (party))),
                             "caption"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (names), "dim-label");
  gtk_box_append (GTK_BOX (box), names);

  gtk_widget_set_valign (counts, GTK_ALIGN_CENTER);
  count = gtk_label_new (n_items_text);
  gtk_widget_set_halign (count, GTK_ALIGN_END);
  gtk_widget_add_css_class (count, "party-count");
  gtk_box_append (GTK_BOX (counts), count);
  if (n_overdue > 0)
    {
      /* Translators: a party's number of overdue items, under its number
       * of items in the list of parties */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", n_overdue),
                                               n_overdue);
      GtkWidget *overdue = gtk_label_new (text);

      gtk_widget_set_halign (overdue, GTK_ALIGN_END);
      gtk_widget_add_css_class (overdue, "caption");
      gtk_widget_add_css_class (overdue, "overdue-count");
      gtk_box_append (GTK_BOX (counts), overdue);
    }
  gtk_box_append (GTK_BOX (box), counts);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, summary);
  accessible = g_strdup_printf ("%s, %s: %s", opv_party_get_short_name (party),
                                full_name[0] != '\0' ? full_name : _(opv_party_kind_msgid (opv_party_get_kind (party))),
                                summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (row), "party-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static gint64
row_party_id (GtkListBoxRow *row)
{
  gint64 *id = row ? g_object_get_data (G_OBJECT (row), "party-id") : NULL;

  return id ? *id : 0;
}

/* What the view shows, read in a worker thread through its own
 * read-only connection: on a large database this reads every dossier's
 * items and entries, which takes a second. */
typedef struct
{
  char       *path;
  int         year;
  int         month;
  GListModel *parties;    /* OpvParty, by short name */
  GPtrArray  *dossiers;   /* OpvDossier, without follow-ups */
  GHashTable *items;      /* party id → GPtrArray of OpvPartyItem */
} Counting;

static void
counting_free (Counting *c)
{
  g_free (c->path);
  g_clear_object (&c->parties);
  g_clear_pointer (&c->dossiers, g_ptr_array_unref);
  g_clear_pointer (&c->items, g_hash_table_unref);
  g_free (c);
}

static gboolean
count (Counting      *c,
       OpvStore      *store,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GListModel) listed = NULL;

  c->parties = opv_store_list_parties (store, error);
  listed = c->parties ? opv_store_list_dossiers (store, error) : NULL;
  if (listed == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(OpvDossier) entry = g_list_model_get_item (listed, i);
      g_autoptr(OpvDossier) dossier = NULL;
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GError) local_error = NULL;
      OpvRound *newest;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      /* Who is responsible and the status are all this view reads. */
      dossier = opv_store_load_dossier_without_followups (store, opv_dossier_get_id (entry), &local_error);
      if (dossier == NULL)
        {
          g_warning ("Could not count the items of %s: %s", opv_dossier_get_slug (entry), local_error->message);
          continue;
        }

      newest = opv_dossier_get_newest_round (dossier);
      items = opv_dossier_dup_items (dossier);
      for (guint j = 0; j < items->len; j++)
        {
          OpvItem *item = g_ptr_array_index (items, j);
          OpvEntry *responsible = opv_item_get_responsible_entry (item, newest);
          OpvEntry *latest = opv_item_get_latest_entry (item);
          GPtrArray *resps;

          if (responsible == NULL)
            continue;

          resps = opv_entry_get_responsibilities (responsible);
          for (guint k = 0; k < resps->len; k++)
            {
              OpvResponsibility *resp = g_ptr_array_index (resps, k);
              gint64 party_id = opv_party_get_id (resp->party);
              OpvPartyItem *pi = g_new0 (OpvPartyItem, 1);
              GPtrArray *list = g_hash_table_lookup (c->items, &party_id);

              if (list == NULL)
                {
                  list = g_ptr_array_new_with_free_func ((GDestroyNotify) party_item_free);
                  g_hash_table_insert (c->items, g_memdup2 (&party_id, sizeof party_id), list);
                }
              pi->dossier = g_object_ref (dossier);
              pi->item = g_object_ref (item);
              pi->latest = latest;
              pi->responsible = responsible;
              pi->role = resp->role;
              pi->overdue = opv_entry_is_overdue (latest, c->year, c->month);
              g_ptr_array_add (list, pi);
            }
        }
      g_ptr_array_add (c->dossiers, g_steal_pointer (&dossier));
    }
  return TRUE;
}

static void
count_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Counting *c = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = opv_store_open_for_reading (c->path, &error);

  if (store == NULL || !count (c, store, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* The selected party's page */

static void
on_item_row_activated_cb (AdwActionRow *row,
                          OpvPartyView *self)
{
  OpvPartyItem *pi = g_object_get_data (G_OBJECT (row), "party-item");
  OpvRound *round = pi->latest ? opv_entry_get_round (pi->latest) : NULL;

  g_signal_emit (self, signals[ITEM_ACTIVATED], 0,
                 opv_dossier_get_id (pi->dossier),
                 round ? opv_round_get_id (round) : (gint64) 0,
                 opv_item_get_id (pi->item));
}

/* The round that named the party, when it is not the newest round that
 * reports on the item, as for all of Schaduw dansen in 2024. */
static OpvRound *
stated_in (OpvPartyItem *pi)
{
  OpvRound *latest_round = pi->latest ? opv_entry_get_round (pi->latest) : NULL;
  OpvRound *round = opv_entry_get_round (pi->responsible);

  return latest_round != NULL && round != latest_round ? round : NULL;
}

static GtkWidget *
item_row_new (OpvPartyView *self,
              OpvPartyItem *pi,
              gboolean      say_stated_in)
{
  GtkWidget *row = adw_action_row_new ();
  OpvRound *latest_round = pi->latest ? opv_entry_get_round (pi->latest) : NULL;
  OpvStatus status = pi->latest ? opv_entry_get_status (pi->latest) : OPV_STATUS_UNSET;
  const char *timeframe = pi->latest ? opv_entry_get_timeframe (pi->latest) : "";
  const char *code = opv_item_get_code (pi->item);
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autoptr(GString) description = g_string_new (_(opv_status_msgid (status)));

  if (code[0] != '\0')
    title = g_strdup_printf ("%s  %s", code, opv_item_get_title_for (pi->item, latest_round));
  else
    title = g_strdup (opv_item_get_title_for (pi->item, latest_round));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);

  if (timeframe[0] != '\0')
    /* Translators: an item's timeframe in the parties view */
    g_string_append_printf (subtitle, _("Timeframe: %s"), timeframe);
  if (pi->role == OPV_ROLE_INVOLVED)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, _(opv_role_msgid (OPV_ROLE_INVOLVED)));
    }
  if (say_stated_in && stated_in (pi) != NULL)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: the round that named the party, when the newest
       * round names none */
      g_string_append_printf (subtitle, _("Responsible as stated in %s"), opv_round_get_label (stated_in (pi)));
    }
  if (subtitle->len > 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  if (pi->overdue)
    {
      GtkWidget *marker = gtk_label_new (_("Overdue"));

      gtk_widget_set_valign (marker, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (marker, "overdue-badge");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), marker);
      g_string_append (description, ", ");
      g_string_append (description, _("Overdue"));
    }
  if (status != OPV_STATUS_UNSET)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), opv_status_badge_new (status));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  g_object_set_data (G_OBJECT (row), "party-item", pi);
  g_signal_connect (row, "activated", G_CALLBACK (on_item_row_activated_cb), self);
  return row;
}

static void
clear_item_groups (OpvPartyView *self)
{
  for (guint i = 0; i < self->item_groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->item_groups, i));
  g_ptr_array_set_size (self->item_groups, 0);
}

static void
show_party (OpvPartyView *self)
{
  OpvParty *party = find_party (self, self->selected_id, NULL);
  GPtrArray *items;
  AdwPreferencesGroup *group = NULL;
  OpvDossier *group_dossier = NULL;
  guint n_items = 0, n_overdue = 0;

  clear_item_groups (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->merge_button), party != NULL);

  if (party == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      /* The sidebar's header already says "Parties". */
      adw_window_title_set_title (self->party_title, NULL);
      adw_window_title_set_subtitle (self->party_title, NULL);
      return;
    }

  self->syncing = TRUE;
  adw_window_title_set_title (self->party_title, opv_party_get_short_name (party));
  adw_window_title_set_subtitle (self->party_title, opv_party_get_full_name (party));
  gtk_editable_set_text (GTK_EDITABLE (self->short_name_row), opv_party_get_short_name (party));
  gtk_editable_set_text (GTK_EDITABLE (self->full_name_row), opv_party_get_full_name (party));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == opv_party_get_kind (party))
      adw_combo_row_set_selected (self->kind_row, i);
  self->syncing = FALSE;

  items = opv_party_view_get_items (self, self->selected_id);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      OpvPartyItem *pi = g_ptr_array_index (items, i);
      g_autofree char *counts = NULL;
      g_autofree char *description = NULL;
      OpvRound *common = stated_in (pi);
      guint end;

      if (group != NULL && pi->dossier == group_dossier)
        continue;

      /* A group per dossier, described by its counts. When the same
       * earlier round named the party for all of them, the description
       * says so once, rather than every row. */
      group_dossier = pi->dossier;
      n_items = n_overdue = 0;
      for (end = i; end < items->len; end++)
        {
          OpvPartyItem *other = g_ptr_array_index (items, end);

          if (other->dossier != group_dossier)
            break;
          n_items++;
          n_overdue += other->overdue;
          if (stated_in (other) != common)
            common = NULL;
        }

      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (group, opv_dossier_get_short_name (group_dossier));
      counts = count_text (n_items, n_overdue);
      if (common != NULL)
        /* Translators: a party's items in a dossier, and the round that
         * named the party, as in "13 items · as stated in Update juni 2023" */
        description = g_strdup_printf (_("%1$s · as stated in %2$s"), counts, opv_round_get_label (common));
      adw_preferences_group_set_description (group, description ? description : counts);
      for (guint j = i; j < end; j++)
        adw_preferences_group_add (group, item_row_new (self, g_ptr_array_index (items, j), common == NULL));
      adw_preferences_page_add (self->page, group);
      g_ptr_array_add (self->item_groups, group);
    }

  if (self->item_groups->len == 0)
    {
      AdwPreferencesGroup *none = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      adw_preferences_group_set_title (none, _("Responsible For"));
      adw_preferences_group_set_description (none, _("No round names this party for any item."));
      adw_preferences_page_add (self->page, none);
      g_ptr_array_add (self->item_groups, none);
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "party");
}

static void
on_party_list_row_selected_cb (OpvPartyView  *self,
                               GtkListBoxRow *row)
{
  gint64 id = row_party_id (row);

  if (self->syncing || id == self->selected_id)
    return;
  self->selected_id = id;
  show_party (self);
}

static void
on_party_list_row_activated_cb (OpvPartyView  *self,
                                GtkListBoxRow *row)
{
  gtk_list_box_select_row (self->party_list, row);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_content_back_button_clicked_cb (OpvPartyView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Editing, always through the store, so that each change is one step of
 * undo. */

static OpvWindow *
get_window (OpvPartyView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return OPV_IS_WINDOW (root) ? OPV_WINDOW (root) : NULL;
}

static void
report (OpvPartyView *self,
        const GError *error)
{
  OpvWindow *window = get_window (self);

  if (window != NULL)
    opv_window_report_error (window, error);
  else
    g_warning ("%s", error->message);
}

static gboolean
update_party (OpvPartyView *self,
              const char   *short_name,
              const char   *full_name,
              OpvPartyKind  kind,
              GError      **error)
{
  return opv_store_update_party (self->store, self->selected_id, short_name, full_name, kind, error);
}

static OpvParty *
find_party_by_name (OpvPartyView *self,
                    const char   *short_name)
{
  g_autofree char *key = g_utf8_casefold (short_name, -1);

  for (guint i = 0; self->parties != NULL && i < g_list_model_get_n_items (self->parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (self->parties, i);
      g_autofree char *name = g_utf8_casefold (opv_party_get_short_name (party), -1);

      if (g_str_equal (key, name))
        return party;
    }
  return NULL;
}

static void
on_short_name_row_apply_cb (OpvPartyView *self)
{
  OpvParty *party = find_party (self, self->selected_id, NULL);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->short_name_row))));
  g_autoptr(GError) error = NULL;

  if (party == NULL || g_str_equal (name, opv_party_get_short_name (party)))
    return;

  if (!update_party (self, name, opv_party_get_full_name (party), opv_party_get_kind (party), &error))
    {
      OpvParty *other = find_party_by_name (self, name);

      gtk_editable_set_text (GTK_EDITABLE (self->short_name_row), opv_party_get_short_name (party));
      /* The name is taken: the two are the same party, so offer to merge
       * them, which is what the user is after. */
      if (g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS) && other != NULL &&
          opv_party_get_id (other) != self->selected_id)
        opv_party_view_show_merge (self, opv_party_get_id (other));
      else
        report (self, error);
    }
}

static void
on_full_name_row_apply_cb (OpvPartyView *self)
{
  OpvParty *party = find_party (self, self->selected_id, NULL);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->full_name_row))));
  g_autoptr(GError) error = NULL;

  if (party == NULL || g_str_equal (name, opv_party_get_full_name (party)))
    return;

  if (!update_party (self, opv_party_get_short_name (party), name, opv_party_get_kind (party), &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->full_name_row), opv_party_get_full_name (party));
      report (self, error);
    }
}

static void
on_kind_row_selected_cb (OpvPartyView *self)
{
  OpvParty *party = find_party (self, self->selected_id, NULL);
  guint position = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(GError) error = NULL;

  if (self->syncing || party == NULL || position >= G_N_ELEMENTS (kinds) ||
      kinds[position] == opv_party_get_kind (party))
    return;

  if (!update_party (self, opv_party_get_short_name (party), opv_party_get_full_name (party), kinds[position], &error))
    report (self, error);
}

/* Merging */

static gboolean
names_alike (OpvParty *a,
             OpvParty *b)
{
  const char *names_a[] = { opv_party_get_short_name (a), opv_party_get_full_name (a) };
  const char *names_b[] = { opv_party_get_short_name (b), opv_party_get_full_name (b) };

  for (guint i = 0; i < G_N_ELEMENTS (names_a); i++)
    for (guint j = 0; j < G_N_ELEMENTS (names_b); j++)
      {
        g_autofree char *x = g_utf8_casefold (names_a[i], -1);
        g_autofree char *y = g_utf8_casefold (names_b[j], -1);

        if (x[0] != '\0' && g_str_equal (x, y))
          return TRUE;
      }
  return FALSE;
}

static void
on_merge_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             OpvPartyView     *self)
{
  gint64 party_id = self->selected_id;
  guint position;
  gint64 into_id;
  OpvParty *party, *into;
  g_autofree char *from_name = NULL;
  g_autofree char *into_name = NULL;
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "merge") || self->merge_target == NULL)
    return;

  position = gtk_drop_down_get_selected (self->merge_target);
  if (position >= self->merge_ids->len)
    return;
  into_id = g_array_index (self->merge_ids, gint64, position);
  if (into_id == 0)
    return;
  party = find_party (self, party_id, NULL);
  into = find_party (self, into_id, NULL);
  if (party == NULL || into == NULL)
    return;
  from_name = g_strdup (opv_party_get_short_name (party));
  into_name = g_strdup (opv_party_get_short_name (into));

  /* The merged party disappears; the view then shows the one that took
   * over its items. */
  self->selected_id = into_id;
  if (!opv_store_merge_parties (self->store, party_id, into_id, &error))
    {
      self->selected_id = party_id;
      report (self, error);
      return;
    }

  /* Translators: a toast after merging two parties */
  done = g_strdup_printf (_("Merged “%s” into “%s”"), from_name, into_name);
  if (get_window (self) != NULL)
    opv_window_toast_undo (get_window (self), done);
}

static void
on_merge_target_selected_cb (GtkDropDown      *dropdown,
                             GParamSpec       *pspec,
                             AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "merge", gtk_drop_down_get_selected (dropdown) > 0);
}

/**
 * opv_party_view_show_merge:
 * @into_party_id: the party to offer as the one to merge into, or 0 to
 *   offer one with a name alike
 *
 * Asks which party the selected one is to be merged into.
 */
void
opv_party_view_show_merge (OpvPartyView *self,
                           gint64        into_party_id)
{
  OpvParty *party = find_party (self, self->selected_id, NULL);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dropdown;
  GtkWidget *dialog;
  guint preselect = GTK_INVALID_LIST_POSITION;
  gint64 none = 0;

  g_return_if_fail (OPV_IS_PARTY_VIEW (self));

  if (party == NULL)
    return;

  /* Nothing is chosen for the user unless a name is alike: merging into
   * the wrong party would be easy to miss. */
  g_array_set_size (self->merge_ids, 0);
  gtk_string_list_append (choices, _("Choose a party…"));
  g_array_append_val (self->merge_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (self->parties); i++)
    {
      g_autoptr(OpvParty) other = g_list_model_get_item (self->parties, i);
      gint64 id = opv_party_get_id (other);

      if (id == self->selected_id)
        continue;
      if (into_party_id != 0 ? id == into_party_id
                             : (preselect == GTK_INVALID_LIST_POSITION && names_alike (party, other)))
        preselect = self->merge_ids->len;
      gtk_string_list_append (choices, opv_party_get_short_name (other));
      g_array_append_val (self->merge_ids, id);
    }
  if (self->merge_ids->len < 2)
    return;

  /* Translators: the heading of the dialog that merges two parties */
  heading = g_strdup_printf (_("Merge “%s” Into Another Party?"), opv_party_get_short_name (party));
  body = g_strdup_printf (_("Choose the party that takes over what “%s” is responsible for, in every dossier. "
                            "“%s” is then removed. Where both are named for the same item, the lead role is kept."),
                          opv_party_get_short_name (party), opv_party_get_short_name (party));
  dialog = adw_message_dialog_new (GTK_WINDOW (get_window (self)), heading, body);

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), preselect != GTK_INVALID_LIST_POSITION ? preselect : 0);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_merge_target_selected_cb), dialog, 0);
  gtk_widget_set_tooltip_text (dropdown, _("The party that remains"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Merge into"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge",
                                           preselect != GTK_INVALID_LIST_POSITION);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_dialog_response_cb), self, 0);

  g_set_weak_pointer (&self->merge_dialog, ADW_MESSAGE_DIALOG (dialog));
  g_set_weak_pointer (&self->merge_target, GTK_DROP_DOWN (dropdown));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_merge_button_clicked_cb (OpvPartyView *self)
{
  opv_party_view_show_merge (self, 0);
}

/* Loading */

static void start_counting (OpvPartyView *self);

/* Shows what the last count found. */
static void
show_counted (OpvPartyView *self)
{
  guint position = 0;

  if (find_party (self, self->selected_id, &position) == NULL)
    self->selected_id = 0;

  self->syncing = TRUE;
  gtk_list_box_bind_model (self->party_list, self->parties, create_party_row_cb, self, NULL);
  if (self->selected_id != 0)
    gtk_list_box_select_row (self->party_list, gtk_list_box_get_row_at_index (self->party_list, position));
  self->syncing = FALSE;

  show_party (self);
}

static void
on_counted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OpvPartyView) self = user_data;
  Counting *c = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_clear_object (&self->counting);
      if (OPV_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
        opv_window_report_error (OPV_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), error);
      return;
    }
  g_clear_object (&self->counting);

  g_set_object (&self->parties, c->parties);
  g_ptr_array_unref (self->dossiers);
  self->dossiers = g_ptr_array_ref (c->dossiers);
  g_hash_table_unref (self->items);
  self->items = g_hash_table_ref (c->items);
  gtk_widget_set_visible (self->busy_spinner, FALSE);
  gtk_spinner_stop (GTK_SPINNER (self->busy_spinner));
  gtk_list_box_set_placeholder (self->party_list, NULL);
  show_counted (self);

  if (self->focus_when_counted)
    {
      self->focus_when_counted = FALSE;
      opv_party_view_focus (self);
    }

  /* The store changed while it counted. */
  if (self->dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_counting (self);
}

/* Counts again in a worker thread; what was counted before stays shown
 * until then. */
static void
start_counting (OpvPartyView *self)
{
  g_autoptr(GTask) task = NULL;
  Counting *c;

  self->dirty = FALSE;
  if (self->counting != NULL)
    {
      g_cancellable_cancel (self->counting);
      g_clear_object (&self->counting);
    }
  if (self->store == NULL)
    {
      g_clear_object (&self->parties);
      g_ptr_array_set_size (self->dossiers, 0);
      g_hash_table_remove_all (self->items);
      show_counted (self);
      return;
    }

  c = g_new0 (Counting, 1);
  c->path = g_strdup (opv_store_get_path (self->store));
  c->year = self->year;
  c->month = self->month;
  c->dossiers = g_ptr_array_new_with_free_func (g_object_unref);
  c->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  self->counting = g_cancellable_new ();
  /* The first count shows an empty list until it ends: say why. */
  if (self->parties == NULL || g_list_model_get_n_items (self->parties) == 0)
    {
      GtkWidget *placeholder = gtk_label_new (_("Counting…"));

      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_widget_set_margin_top (placeholder, 24);
      gtk_list_box_set_placeholder (self->party_list, placeholder);
    }
  gtk_widget_set_visible (self->busy_spinner, TRUE);
  gtk_spinner_start (GTK_SPINNER (self->busy_spinner));
  task = g_task_new (NULL, self->counting, on_counted_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_counting);
  g_task_set_task_data (task, c, (GDestroyNotify) counting_free);
  g_task_run_in_thread (task, count_thread);
}

static void
rebuild (OpvPartyView *self)
{
  start_counting (self);
}

static void
on_store_changed_cb (OpvPartyView *self)
{
  /* Counted when shown, and once at a time. */
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->counting == NULL)
    start_counting (self);
}

static void
opv_party_view_map (GtkWidget *widget)
{
  OpvPartyView *self = OPV_PARTY_VIEW (widget);

  GTK_WIDGET_CLASS (opv_party_view_parent_class)->map (widget);

  if (self->dirty && self->counting == NULL)
    start_counting (self);
}

static void
opv_party_view_dispose (GObject *object)
{
  OpvPartyView *self = (OpvPartyView *)object;

  if (self->counting != NULL)
    g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  if (self->merge_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->merge_dialog));
  g_clear_weak_pointer (&self->merge_dialog);
  g_clear_weak_pointer (&self->merge_target);
  if (self->party_list != NULL)
    gtk_list_box_bind_model (self->party_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_PARTY_VIEW);
  g_clear_object (&self->parties);
  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->dossiers, g_ptr_array_unref);
  g_clear_pointer (&self->item_groups, g_ptr_array_unref);
  g_clear_pointer (&self->merge_ids, g_array_unref);

  G_OBJECT_CLASS (opv_party_view_parent_class)->dispose (object);
}

static void
opv_party_view_class_init (OpvPartyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_party_view_dispose;
  widget_class->map = opv_party_view_map;

  /**
   * OpvPartyView::item-activated:
   * @dossier_id: the item's dossier
   * @round_id: the newest round that reports on it, or 0
   * @item_id: the item
   *
   * The user chose one of a party's items, to open it in the main view.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-party-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, content);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, party_list);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, party_title);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, merge_button);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, page);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, details_group);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, full_name_row);
  gtk_widget_class_bind_template_child (widget_class, OpvPartyView, kind_row);
  gtk_widget_class_bind_template_callback (widget_class, on_party_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_party_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_content_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_short_name_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_full_name_row_apply_cb);
}

static void
opv_party_view_init (OpvPartyView *self)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->dossiers = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->item_groups = g_ptr_array_new ();
  self->merge_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->dirty = TRUE;
  opv_filter_today (&self->year, &self->month);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, _(opv_party_kind_msgid (kinds[i])));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_row_selected_cb), self);
}

void
opv_party_view_set_store (OpvPartyView *self,
                          OpvStore     *store)
{
  g_return_if_fail (OPV_IS_PARTY_VIEW (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  on_store_changed_cb (self);
}

/**
 * opv_party_view_set_today:
 * @month: 1 to 12
 *
 * Sets the month that "overdue" is measured against; tests fix it.
 */
void
opv_party_view_set_today (OpvPartyView *self,
                          int           year,
                          int           month)
{
  g_return_if_fail (OPV_IS_PARTY_VIEW (self));

  self->year = year;
  self->month = month;
  on_store_changed_cb (self);
}

void
opv_party_view_reload (OpvPartyView *self)
{
  g_return_if_fail (OPV_IS_PARTY_VIEW (self));
  rebuild (self);
}

gboolean
opv_party_view_select_party (OpvPartyView *self,
                             const char   *short_name)
{
  OpvParty *party;
  guint position;

  g_return_val_if_fail (OPV_IS_PARTY_VIEW (self), FALSE);

  party = find_party_by_name (self, short_name);
  if (party == NULL || find_party (self, opv_party_get_id (party), &position) == NULL)
    return FALSE;
  gtk_list_box_select_row (self->party_list, gtk_list_box_get_row_at_index (self->party_list, position));
  return TRUE;
}

/**
 * opv_party_view_focus:
 *
 * Puts the keyboard on the selected party, or on the first.
 */
gboolean
opv_party_view_focus (OpvPartyView *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (OPV_IS_PARTY_VIEW (self), FALSE);

  /* The list comes when counted. */
  self->focus_when_counted = self->counting != NULL;
  row = gtk_list_box_get_selected_row (self->party_list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->party_list, 0);
  return row != NULL ? gtk_widget_grab_focus (GTK_WIDGET (row)) : FALSE;
}

guint
opv_party_view_get_n_items (OpvPartyView *self,
                            gint64        party_id)
{
  GPtrArray *items = opv_party_view_get_items (self, party_id);

  return items ? items->len : 0;
}

guint
opv_party_view_get_n_overdue (OpvPartyView *self,
                              gint64        party_id)
{
  GPtrArray *items = opv_party_view_get_items (self, party_id);
  guint n = 0;

  for (guint i = 0; items != NULL && i < items->len; i++)
    n += ((OpvPartyItem *) g_ptr_array_index (items, i))->overdue;
  return n;
}

/**
 * opv_party_view_get_items:
 *
 * Returns: (transfer none) (nullable) (element-type OpvPartyItem): what
 *   the party is responsible for, by dossier and in the dossier's order
 */
GPtrArray *
opv_party_view_get_items (OpvPartyView *self,
                          gint64        party_id)
{
  g_return_val_if_fail (OPV_IS_PARTY_VIEW (self), NULL);
  return g_hash_table_lookup (self->items, &party_id);
}

gint64
opv_party_view_get_selected (OpvPartyView *self)
{
  g_return_val_if_fail (OPV_IS_PARTY_VIEW (self), 0);
  return self->selected_id;
}

/**
 * opv_party_view_is_counting:
 *
 * Returns: whether a worker is counting what the parties are responsible
 *   for; the view shows the last count meanwhile
 */
gboolean
opv_party_view_is_counting (OpvPartyView *self)
{
  g_return_val_if_fail (OPV_IS_PARTY_VIEW (self), FALSE);
  return self->counting != NULL;
}
