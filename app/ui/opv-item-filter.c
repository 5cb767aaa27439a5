/* opv-item-filter.c: which rows of a dossier's outline the list shows
 *
 * The criteria that the filter popover and the filter bar edit: a status
 * among the chosen ones, a party, a theme, "overdue" and "no responsible
 * party", read in one round (the round the window shows, or another one
 * chosen in the filter). The list applies them in the store
 * (opv_outline_model_set_filter()), which knows their rules; this object
 * holds them, says when they change, and forgets what the next dossier
 * does not have.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-filter"

#include "config.h"

#include "opv-item-filter.h"

struct _OpvItemFilter
{
  GObject     parent_instance;

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

G_DEFINE_FINAL_TYPE (OpvItemFilter, opv_item_filter, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
  g_signal_emit (self, signals[CHANGED], 0);
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

  object_class->dispose = opv_item_filter_dispose;

  /**
   * OpvItemFilter::changed:
   *
   * A criterion, or what a criterion reads, changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
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
 * opv_item_filter_get_criteria:
 * @criteria: (out caller-allocates): the criteria, for
 *   opv_outline_model_set_filter()
 */
void
opv_item_filter_get_criteria (OpvItemFilter    *self,
                              OpvOutlineFilter *criteria)
{
  g_return_if_fail (OPV_IS_ITEM_FILTER (self));

  *criteria = (OpvOutlineFilter) {
    .statuses = self->statuses,
    .party_id = self->party_id,
    .theme_id = self->theme_id,
    .round_id = self->round_id,
    .overdue = self->overdue,
    .unassigned = self->unassigned,
    .year = self->year,
    .month = self->month,
  };
}
