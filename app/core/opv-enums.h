/* opv-enums.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OPV_DOSSIER_KIND_RECOMMENDATIONS,
  OPV_DOSSIER_KIND_ACTIVITIES,
} OpvDossierKind;

/* The five statuses of the NAP legend, in legend order. */
typedef enum
{
  OPV_STATUS_UNSET,
  OPV_STATUS_DONE,
  OPV_STATUS_IN_PROGRESS,
  OPV_STATUS_ONGOING,
  OPV_STATUS_DELAYED,
  OPV_STATUS_NOT_STARTED,
} OpvStatus;

#define OPV_N_STATUSES (OPV_STATUS_NOT_STARTED + 1)

/* A set of statuses, one bit per OpvStatus; 0 lets every status through. */
#define OPV_STATUS_BIT(status) (1u << (status))

typedef enum
{
  OPV_ROLE_LEAD,
  OPV_ROLE_INVOLVED,
} OpvRole;

typedef enum
{
  OPV_ROUND_OPEN,
  OPV_ROUND_SENT,
} OpvRoundState;

typedef enum
{
  OPV_PARTY_KIND_OTHER,
  OPV_PARTY_KIND_MINISTRY,
  OPV_PARTY_KIND_GOVERNMENT,
  OPV_PARTY_KIND_LOCAL_GOVERNMENT,
  OPV_PARTY_KIND_SECTOR,
} OpvPartyKind;

/* Stable identifiers, as stored in the database and the exchange format. */
const char     *opv_dossier_kind_to_id   (OpvDossierKind  kind);
gboolean        opv_dossier_kind_from_id (const char     *id,
                                          OpvDossierKind *kind);
const char     *opv_status_to_id         (OpvStatus       status);
gboolean        opv_status_from_id       (const char     *id,
                                          OpvStatus      *status);
const char     *opv_role_to_id           (OpvRole         role);
gboolean        opv_role_from_id         (const char     *id,
                                          OpvRole        *role);
const char     *opv_round_state_to_id    (OpvRoundState   state);
gboolean        opv_round_state_from_id  (const char     *id,
                                          OpvRoundState  *state);
const char     *opv_party_kind_to_id     (OpvPartyKind    kind);
gboolean        opv_party_kind_from_id   (const char     *id,
                                          OpvPartyKind   *kind);

/* English source strings, marked for translation but not translated:
 * pass them to gettext (UI) or to an OpvCatalog (export language). */
const char     *opv_status_msgid         (OpvStatus       status);
const char     *opv_status_meaning_msgid (OpvStatus       status);
const char     *opv_role_msgid           (OpvRole         role);
const char     *opv_party_kind_msgid     (OpvPartyKind    kind);

/* A CSS-safe name for the status colour: "done", "in-progress", … */
const char     *opv_status_style_class   (OpvStatus       status);

G_END_DECLS
