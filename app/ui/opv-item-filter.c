/* opv-item-filter.c: which rows of a dossier's outline the list shows
 *
 * The criteria combine with AND: a status among the chosen ones, a party,
 * a theme, "overdue" and "no responsible party". The status and the
 * timeframe are read in one round: the round the window shows, or another
 * one chosen in the filter. A theme's heading is shown while any of its
 * items is.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-filter"

#include "config.h"

#include "opv-item-filter.h"
#include "opv-outline-row.h"

struct _OpvItemFilter
{
  GtkFilter   parent_instance;

  OpvDossier *dossier;
  OpvRound   *shown_round;
  int         year;
  int         month;

  guint       statuses;
  gint64      party_id;
  gint64      theme_id;
  gint64      round_id;
  gboolean    overdue;
  gboolean    unassigned;
};

G_DEFINE_FINAL_TYPE (OpvItemFilter, opv_item_filter, GTK_TYPE_FILTER)

/* Shared rules */

void
opv_filter_today (int *year,
                  int *month)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  *year = g_date_time_get_year (now);
  *month = g_date_time_get_month (now);
}

/* The filter */

static void
changed (OpvItemFilter *self)
{
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
opv_item_filter_match (GtkFilter *filter,
                       gpointer   object)
{
  OpvItemFilter *self = OPV_ITEM_FILTER (filter);
  OpvOutlineRow *row = object;
  OpvItem *item = opv_outline_row_get_item (row);
  GListModel *items;

  if (item != NULL)
    return opv_item_filter_match_item (self, item);

  if (!opv_item_filter_is_active (self))
    return TRUE;

  items = opv_theme_get_items (opv_outline_row_get_theme (row));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpvItem) theme_item = g_list_model_get_item (items, i);

      if (opv_item_filter_match_item (self, theme_item))
        return TRUE;
    }
  return FALSE;
}

static GtkFilterMatch
opv_item_filter_get_strictness (GtkFilter *filter)
{
  OpvItemFilter *self = OPV_ITEM_FILTER (filter);

  return opv_item_filter_is_active (self) ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
opv_item_filter_dispose (GObject *object)
{
  OpvItemFilter *self = (OpvItemFilter *)object;

  g_clear_object (&self->dossier);
  g_clear_object (&self->shown_round);

  G_OBJECT_CLASS (opv_item_filter_parent_class)->dispose (object);
}

static void
opv_item_filter_class_init (OpvItemFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = opv_item_filter_dispose;
  filter_class->match = opv_item_filter_match;
  filter_class->get_strictness = opv_item_filter_get_strictness;
}

static void
opv_item_filter_init (OpvItemFilter *self)
{
  opv_filter_today (&self->year, &self->month);
}

OpvItemFilter *
opv_item_filter_new (void)
{
  return g_object_new (OPV_TYPE_ITEM_FILTER, NULL);
}

/**
 * opv_item_filter_set_context:
 * @dossier: (nullable): the dossier whose outline is filtered
 * @shown_round: (nullable): the round the window shows
 *
 * Call this whenever the window loads a dossier, also when it reloads the
 * same one after an edit. In another dossier the theme and the round are
 * forgotten, and the party too unless that dossier names it; status,
 * overdue and "no responsible party" stay.
 */
void
opv_item_filter_set_context (OpvItemFilter *self,
                             OpvDossier    *dossier,
                             OpvRound      *shown_round)
{
  gboolean same;

  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  same = self->dossier != NULL && dossier != NULL &&
         opv_dossier_get_id (self->dossier) == opv_dossier_get_id (dossier);
  g_set_object (&self->dossier, dossier);
  g_set_object (&self->shown_round, shown_round);

  if (!same || opv_dossier_find_theme_by_id (dossier, self->theme_id) == NULL)
    self->theme_id = 0;
  if (!same || opv_dossier_find_round_by_id (dossier, self->round_id) == NULL)
    self->round_id = 0;
  if (opv_dossier_find_party_by_id (dossier, self->party_id) == NULL)
    self->party_id = 0;

  changed (self);
}

void
opv_item_filter_set_shown_round (OpvItemFilter *self,
                                 OpvRound      *shown_round)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  if (!g_set_object (&self->shown_round, shown_round))
    return;
  if (self->round_id == 0 && opv_item_filter_is_active (self))
    changed (self);
}

/**
 * opv_item_filter_get_dossier:
 *
 * Returns: (transfer none) (nullable): the dossier filtered
 */
OpvDossier *
opv_item_filter_get_dossier (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), NULL);
  return self->dossier;
}

/**
 * opv_item_filter_get_round:
 *
 * Returns: (transfer none) (nullable): the round whose status, timeframe
 *   and parties the filter looks at
 */
OpvRound *
opv_item_filter_get_round (OpvItemFilter *self)
{
  OpvRound *round;

  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), NULL);

  round = opv_dossier_find_round_by_id (self->dossier, self->round_id);
  return round ? round : self->shown_round;
}

/**
 * opv_item_filter_get_shown_round:
 *
 * Returns: (transfer none) (nullable): the round the window shows
 */
OpvRound *
opv_item_filter_get_shown_round (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), NULL);
  return self->shown_round;
}

/**
 * opv_item_filter_set_today:
 * @month: 1 to 12
 *
 * Sets the month that "overdue" is measured against; tests fix it.
 */
void
opv_item_filter_set_today (OpvItemFilter *self,
                           int            year,
                           int            month)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));
  g_return_if_fail (month >= 1 && month <= 12);

  if (self->year == year && self->month == month)
    return;
  self->year = year;
  self->month = month;
  if (self->overdue)
    changed (self);
}

void
opv_item_filter_get_today (OpvItemFilter *self,
                           int           *year,
                           int           *month)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  *year = self->year;
  *month = self->month;
}

guint
opv_item_filter_get_statuses (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), 0);
  return self->statuses;
}

void
opv_item_filter_set_statuses (OpvItemFilter *self,
                              guint          statuses)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  statuses &= (1u << OPV_N_STATUSES) - 1;
  if (self->statuses == statuses)
    return;
  self->statuses = statuses;
  changed (self);
}

void
opv_item_filter_set_status (OpvItemFilter *self,
                            OpvStatus      status,
                            gboolean       shown)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));
  g_return_if_fail (status < OPV_N_STATUSES);

  opv_item_filter_set_statuses (self, shown ? self->statuses | OPV_STATUS_BIT (status)
                                            : self->statuses & ~OPV_STATUS_BIT (status));
}

gint64
opv_item_filter_get_party_id (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), 0);
  return self->party_id;
}

void
opv_item_filter_set_party_id (OpvItemFilter *self,
                              gint64         party_id)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  if (self->party_id == party_id)
    return;
  self->party_id = party_id;
  changed (self);
}

gint64
opv_item_filter_get_theme_id (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), 0);
  return self->theme_id;
}

void
opv_item_filter_set_theme_id (OpvItemFilter *self,
                              gint64         theme_id)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  if (self->theme_id == theme_id)
    return;
  self->theme_id = theme_id;
  changed (self);
}

/**
 * opv_item_filter_get_round_id:
 *
 * Returns: the round chosen in the filter, or 0 when it follows the round
 *   the window shows
 */
gint64
opv_item_filter_get_round_id (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), 0);
  return self->round_id;
}

void
opv_item_filter_set_round_id (OpvItemFilter *self,
                              gint64         round_id)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  if (self->round_id == round_id)
    return;
  self->round_id = round_id;
  changed (self);
}

gboolean
opv_item_filter_get_overdue (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), FALSE);
  return self->overdue;
}

void
opv_item_filter_set_overdue (OpvItemFilter *self,
                             gboolean       overdue)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  overdue = !!overdue;
  if (self->overdue == overdue)
    return;
  self->overdue = overdue;
  changed (self);
}

gboolean
opv_item_filter_get_unassigned (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), FALSE);
  return self->unassigned;
}

void
opv_item_filter_set_unassigned (OpvItemFilter *self,
                                gboolean       unassigned)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  unassigned = !!unassigned;
  if (self->unassigned == unassigned)
    return;
  self->unassigned = unassigned;
  changed (self);
}

/**
 * opv_item_filter_is_active:
 *
 * Returns: whether any criterion hides items. Choosing another round is
 *   one, because it changes what the status and party criteria read.
 */
gboolean
opv_item_filter_is_active (OpvItemFilter *self)
{
  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), FALSE);

  return self->statuses != 0 || self->party_id != 0 || self->theme_id != 0 ||
         self->round_id != 0 || self->overdue || self->unassigned;
}

void
opv_item_filter_clear (OpvItemFilter *self)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  if (!opv_item_filter_is_active (self))
    return;
  self->statuses = 0;
  self->party_id = 0;
  self->theme_id = 0;
  self->round_id = 0;
  self->overdue = FALSE;
  self->unassigned = FALSE;
  changed (self);
}

/**
 * opv_item_filter_match_item:
 *
 * "No responsible party" matches an item whose responsibility, as of the
 * round looked at (see opv_item_get_responsible_entry()), carries the "to be
 * determined" flag, and an item for which no round up to then states any
 * responsibility at all. A note without a party ("Allen", "Gesprekken
 * hierover lopen nog …") states a responsibility and does not match.
 *
 * Returns: whether the list shows @item
 */
gboolean
opv_item_filter_match_item (OpvItemFilter *self,
                            OpvItem       *item)
{
  OpvRound *round;
  OpvEntry *entry;
  OpvEntry *responsible = NULL;

  g_return_val_if_fail (OPV_IS_ITEM_FILTER (self), FALSE);

  if (self->theme_id != 0 && opv_theme_get_id (opv_item_get_theme (item)) != self->theme_id)
    return FALSE;

  round = opv_item_filter_get_round (self);
  entry = opv_item_get_entry (item, round);

  if (self->statuses != 0 &&
      !(self->statuses & OPV_STATUS_BIT (entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET)))
    return FALSE;

  if (self->overdue && !opv_entry_is_overdue (entry, self->year, self->month))
    return FALSE;

  if ((self->party_id != 0 || self->unassigned) && self->dossier != NULL)
    responsible = opv_item_get_responsible_entry (item, round);

  if (self->party_id != 0 && !opv_entry_names_party (responsible, self->party_id, NULL))
    return FALSE;

  if (self->unassigned && responsible != NULL && !opv_entry_get_to_be_determined (responsible))
    return FALSE;

  return TRUE;
}
