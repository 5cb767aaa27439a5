/* opv-entry.c: what one reporting round says about one item
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-entry"

#include "config.h"

#include "opv-entry.h"
#include "opv-timeframe.h"
#include "opv-util.h"

G_DEFINE_BOXED_TYPE (OpvResponsibility, opv_responsibility, opv_responsibility_copy, opv_responsibility_free)

OpvResponsibility *
opv_responsibility_new (OpvParty *party,
                        OpvRole   role)
{
  OpvResponsibility *self = g_new0 (OpvResponsibility, 1);

  self->party = g_object_ref (party);
  self->role = role;

  return self;
}

OpvResponsibility *
opv_responsibility_copy (const OpvResponsibility *self)
{
  return opv_responsibility_new (self->party, self->role);
}

void
opv_responsibility_free (OpvResponsibility *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->party);
  g_free (self);
}

struct _OpvEntry
{
  GObject     parent_instance;
  gint64      id;
  OpvRound   *round;
  OpvStatus   status;
  char       *timeframe;
  char       *explanation;
  gboolean    to_be_determined;
  char       *responsibility_note;
  char       *wording_title;   /* NULL: as the item words it */
  char       *wording_text;
  GPtrArray  *responsibilities;
  GPtrArray  *links;
  GPtrArray  *kamerstukken;
  GListStore *followups;
};

G_DEFINE_FINAL_TYPE (OpvEntry, opv_entry, G_TYPE_OBJECT)

static void
opv_entry_finalize (GObject *object)
{
  OpvEntry *self = (OpvEntry *)object;

  g_clear_object (&self->round);
  g_clear_pointer (&self->timeframe, g_free);
  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->responsibility_note, g_free);
  g_clear_pointer (&self->wording_title, g_free);
  g_clear_pointer (&self->wording_text, g_free);
  g_clear_pointer (&self->responsibilities, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->kamerstukken, g_ptr_array_unref);
  g_clear_object (&self->followups);

  G_OBJECT_CLASS (opv_entry_parent_class)->finalize (object);
}

static void
opv_entry_class_init (OpvEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = opv_entry_finalize;
}

static void
opv_entry_init (OpvEntry *self)
{
  self->timeframe = g_strdup ("");
  self->explanation = g_strdup ("");
  self->responsibility_note = g_strdup ("");
  self->responsibilities = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_responsibility_free);
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_link_free);
  self->kamerstukken = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);
  self->followups = g_list_store_new (OPV_TYPE_FOLLOWUP);
}

OpvEntry *
opv_entry_new (OpvRound *round)
{
  OpvEntry *self;

  g_return_val_if_fail (OPV_IS_ROUND (round), NULL);

  self = g_object_new (OPV_TYPE_ENTRY, NULL);
  self->round = g_object_ref (round);

  return self;
}

gint64
opv_entry_get_id (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), 0);
  return self->id;
}

void
opv_entry_set_id (OpvEntry *self,
                  gint64    id)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  self->id = id;
}

OpvRound *
opv_entry_get_round (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->round;
}

OpvStatus
opv_entry_get_status (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), OPV_STATUS_UNSET);
  return self->status;
}

void
opv_entry_set_status (OpvEntry  *self,
                      OpvStatus  status)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  g_return_if_fail ((guint) status < OPV_N_STATUSES);
  self->status = status;
}

const char *
opv_entry_get_timeframe (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->timeframe;
}

void
opv_entry_set_timeframe (OpvEntry   *self,
                         const char *timeframe)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  opv_set_str (&self->timeframe, timeframe ? timeframe : "");
}

const char *
opv_entry_get_explanation (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->explanation;
}

void
opv_entry_set_explanation (OpvEntry   *self,
                           const char *explanation)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  opv_set_str (&self->explanation, explanation ? explanation : "");
}

gboolean
opv_entry_get_to_be_determined (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), FALSE);
  return self->to_be_determined;
}

void
opv_entry_set_to_be_determined (OpvEntry *self,
                                gboolean  tbd)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  self->to_be_determined = !!tbd;
}

const char *
opv_entry_get_responsibility_note (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->responsibility_note;
}

void
opv_entry_set_responsibility_note (OpvEntry   *self,
                                   const char *note)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  opv_set_str (&self->responsibility_note, note ? note : "");
}

const char *
opv_entry_get_wording_title (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->wording_title;
}

const char *
opv_entry_get_wording_text (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->wording_text;
}

/**
 * opv_entry_set_wording:
 * @title: (nullable): the item's title as this round words it, or %NULL
 * @text: (nullable): the item's text as this round words it, or %NULL
 */
void
opv_entry_set_wording (OpvEntry   *self,
                       const char *title,
                       const char *text)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  opv_set_str (&self->wording_title, title);
  opv_set_str (&self->wording_text, text);
}

GPtrArray *
opv_entry_get_responsibilities (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->responsibilities;
}

GPtrArray *
opv_entry_get_links (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->links;
}

GPtrArray *
opv_entry_get_kamerstukken (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return self->kamerstukken;
}

/**
 * opv_entry_get_followups:
 *
 * Returns: (transfer none): a #GListModel of #OpvFollowup in order.
 */
GListModel *
opv_entry_get_followups (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);
  return G_LIST_MODEL (self->followups);
}

void
opv_entry_add_followup (OpvEntry    *self,
                        OpvFollowup *followup)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  g_return_if_fail (OPV_IS_FOLLOWUP (followup));
  g_list_store_append (self->followups, followup);
}

/**
 * opv_entry_add_followups:
 * @followups: (array length=n_followups): follow-up to add, in order
 *
 * Adds several follow-ups at once, with one #GListModel::items-changed.
 */
void
opv_entry_add_followups (OpvEntry     *self,
                         OpvFollowup **followups,
                         guint         n_followups)
{
  g_return_if_fail (OPV_IS_ENTRY (self));
  g_list_store_splice (self->followups, g_list_model_get_n_items (G_LIST_MODEL (self->followups)), 0,
                       (gpointer *) followups, n_followups);
}

static int
compare_role (gconstpointer a,
              gconstpointer b)
{
  const OpvResponsibility *ra = *(OpvResponsibility * const *) a;
  const OpvResponsibility *rb = *(OpvResponsibility * const *) b;

  return (int) ra->role - (int) rb->role;
}

/**
 * opv_entry_dup_parties_sorted:
 *
 * Returns: (transfer container) (element-type OpvResponsibility): the
 * responsibilities with leads first, otherwise in the source's order.
 */
GPtrArray *
opv_entry_dup_parties_sorted (OpvEntry *self)
{
  GPtrArray *sorted;

  g_return_val_if_fail (OPV_IS_ENTRY (self), NULL);

  sorted = g_ptr_array_new ();
  for (guint i = 0; i < self->responsibilities->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (self->responsibilities, i));
  /* g_ptr_array_sort() is stable (g_qsort_with_data() has been since 2.32),
   * so parties of the same role keep the source's order. */
  g_ptr_array_sort (sorted, compare_role);

  return sorted;
}

/**
 * opv_entry_states_responsibility:
 *
 * Returns: whether this round says anything about who is responsible: a
 * party, the "to be determined" flag or a note. The 2024 update of Schaduw
 * dansen, for one, names no parties at all.
 */
gboolean
opv_entry_states_responsibility (OpvEntry *self)
{
  g_return_val_if_fail (OPV_IS_ENTRY (self), FALSE);
  return self->responsibilities->len > 0 || self->to_be_determined ||
         !opv_str_empty (self->responsibility_note);
}

/**
 * opv_entry_names_party:
 * @entry: (nullable): an entry
 * @role: (out) (optional): the party's role
 *
 * Returns: whether @entry names the party @party_id, in any role
 */
gboolean
opv_entry_names_party (OpvEntry *entry,
                       gint64    party_id,
                       OpvRole  *role)
{
  if (entry == NULL)
    return FALSE;

  for (guint i = 0; i < entry->responsibilities->len; i++)
    {
      OpvResponsibility *resp = g_ptr_array_index (entry->responsibilities, i);

      if (opv_party_get_id (resp->party) == party_id)
        {
          if (role != NULL)
            *role = resp->role;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * opv_entry_is_overdue:
 * @entry: (nullable): an entry
 * @year: today's year
 * @month: today's month, 1 to 12
 *
 * Whether the round reports the item overdue: see
 * opv_timeframe_text_is_overdue().
 */
gboolean
opv_entry_is_overdue (OpvEntry *entry,
                      int       year,
                      int       month)
{
  if (entry == NULL)
    return FALSE;
  return opv_timeframe_text_is_overdue (entry->status, entry->timeframe, year, month);
}
