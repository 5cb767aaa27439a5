/* opv-enums.c
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "opv-enums.h"

static const char *dossier_kind_ids[] = { "recommendations", "activities" };
static const char *status_ids[] = { NULL, "done", "in-progress", "ongoing", "delayed", "not-started" };
static const char *role_ids[] = { "lead", "involved" };
static const char *round_state_ids[] = { "open", "sent" };
static const char *party_kind_ids[] = { "other", "ministry", "government", "local-government", "sector" };

static gboolean
lookup (const char * const *ids,
        guint               n_ids,
        const char         *id,
        int                *out)
{
  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      if (ids[i] != NULL && strcmp (ids[i], id) == 0)
        {
          *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_ENUM_IDS(prefix, Type, table)                              \
  const char *                                                            \
  prefix##_to_id (Type value)                                             \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);    \
    return table[value];                                                  \
  }                                                                       \
  gboolean                                                                \
  prefix##_from_id (const char *id,                                       \
                    Type       *value)                                    \
  {                                                                       \
    int found;                                                            \
    if (!lookup (table, G_N_ELEMENTS (table), id, &found))                \
      return FALSE;                                                       \
    *value = (Type) found;                                                \
    return TRUE;                                                          \
  }

DEFINE_ENUM_IDS (opv_dossier_kind, OpvDossierKind, dossier_kind_ids)
DEFINE_ENUM_IDS (opv_status, OpvStatus, status_ids)
DEFINE_ENUM_IDS (opv_role, OpvRole, role_ids)
DEFINE_ENUM_IDS (opv_round_state, OpvRoundState, round_state_ids)
DEFINE_ENUM_IDS (opv_party_kind, OpvPartyKind, party_kind_ids)

const char *
opv_status_msgid (OpvStatus status)
{
  switch (status)
    {
    case OPV_STATUS_UNSET:
      /* Translators: a status that a reporting round did not set */
      return N_("No status");
    case OPV_STATUS_DONE:
      return N_("Completed");
    case OPV_STATUS_IN_PROGRESS:
      return N_("In progress");
    case OPV_STATUS_ONGOING:
      /* Translators: the NAP legend's "Doorlopend gedurende uitvoering programma" */
      return N_("Ongoing throughout the programme");
    case OPV_STATUS_DELAYED:
      /* Translators: the NAP legend's "In uitvoering met vertraging" */
      return N_("In progress, delayed");
    case OPV_STATUS_NOT_STARTED:
      /* Translators: the NAP legend's "Nog niet begonnen of afgebroken" */
      return N_("Not started or discontinued");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opv_status_meaning_msgid (OpvStatus status)
{
  switch (status)
    {
    case OPV_STATUS_UNSET:
      return N_("The round does not report a status for this item.");
    case OPV_STATUS_DONE:
      return N_("The work has been finished.");
    case OPV_STATUS_IN_PROGRESS:
      return N_("The work has started and is on schedule.");
    case OPV_STATUS_ONGOING:
      return N_("The work continues for as long as the programme runs.");
    case OPV_STATUS_DELAYED:
      return N_("The work has started but runs behind its original planning.");
    case OPV_STATUS_NOT_STARTED:
      return N_("The work has not started yet, or has been stopped.");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opv_role_msgid (OpvRole role)
{
  switch (role)
    {
    case OPV_ROLE_LEAD:
      /* Translators: the role of a party that is responsible for an item */
      return N_("Lead");
    case OPV_ROLE_INVOLVED:
      /* Translators: the role of a party that takes part in an item */
      return N_("Involved");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opv_party_kind_msgid (OpvPartyKind kind)
{
  switch (kind)
    {
    case OPV_PARTY_KIND_OTHER:
      /* Translators: a kind of party */
      return N_("Other");
    case OPV_PARTY_KIND_MINISTRY:
      return N_("Ministry");
    case OPV_PARTY_KIND_GOVERNMENT:
      return N_("Public body");
    case OPV_PARTY_KIND_LOCAL_GOVERNMENT:
      return N_("Local government");
    case OPV_PARTY_KIND_SECTOR:
      return N_("Sector organisation");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opv_status_style_class (OpvStatus status)
{
  return status == OPV_STATUS_UNSET ? "unset" : status_ids[status];
}
