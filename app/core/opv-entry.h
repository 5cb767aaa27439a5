/* opv-entry.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-enums.h"
#include "opv-followup.h"
#include "opv-kamerstuk.h"
#include "opv-party.h"
#include "opv-round.h"

G_BEGIN_DECLS

typedef struct
{
  OpvParty *party;
  OpvRole   role;
} OpvResponsibility;

#define OPV_TYPE_RESPONSIBILITY (opv_responsibility_get_type ())

GType              opv_responsibility_get_type (void) G_GNUC_CONST;
OpvResponsibility *opv_responsibility_new      (OpvParty                *party,
                                                OpvRole                  role);
OpvResponsibility *opv_responsibility_copy     (const OpvResponsibility *self);
void               opv_responsibility_free     (OpvResponsibility       *self);

#define OPV_TYPE_ENTRY (opv_entry_get_type ())

G_DECLARE_FINAL_TYPE (OpvEntry, opv_entry, OPV, ENTRY, GObject)

OpvEntry    *opv_entry_new                     (OpvRound   *round);
gint64       opv_entry_get_id                  (OpvEntry   *self);
void         opv_entry_set_id                  (OpvEntry   *self,
                                                gint64      id);
OpvRound    *opv_entry_get_round               (OpvEntry   *self);
OpvStatus    opv_entry_get_status              (OpvEntry   *self);
void         opv_entry_set_status              (OpvEntry   *self,
                                                OpvStatus   status);
const char  *opv_entry_get_timeframe           (OpvEntry   *self);
void         opv_entry_set_timeframe           (OpvEntry   *self,
                                                const char *timeframe);
const char  *opv_entry_get_explanation         (OpvEntry   *self);
void         opv_entry_set_explanation         (OpvEntry   *self,
                                                const char *explanation);
gboolean     opv_entry_get_to_be_determined    (OpvEntry   *self);
void         opv_entry_set_to_be_determined    (OpvEntry   *self,
                                                gboolean    tbd);
const char  *opv_entry_get_responsibility_note (OpvEntry   *self);
void         opv_entry_set_responsibility_note (OpvEntry   *self,
                                                const char *note);
const char  *opv_entry_get_wording_title       (OpvEntry   *self);
const char  *opv_entry_get_wording_text        (OpvEntry   *self);
void         opv_entry_set_wording             (OpvEntry   *self,
                                                const char *title,
                                                const char *text);
GPtrArray   *opv_entry_get_responsibilities    (OpvEntry   *self);
GPtrArray   *opv_entry_get_links               (OpvEntry   *self);
GPtrArray   *opv_entry_get_kamerstukken        (OpvEntry   *self);
GListModel  *opv_entry_get_followups           (OpvEntry   *self);
void         opv_entry_add_followup            (OpvEntry    *self,
                                                OpvFollowup *followup);
void         opv_entry_add_followups           (OpvEntry     *self,
                                                OpvFollowup **followups,
                                                guint         n_followups);
GPtrArray   *opv_entry_dup_parties_sorted      (OpvEntry   *self);
gboolean     opv_entry_states_responsibility   (OpvEntry   *self);
gboolean     opv_entry_names_party             (OpvEntry   *entry,
                                                gint64      party_id,
                                                OpvRole    *role);
gboolean     opv_entry_is_overdue              (OpvEntry   *entry,
                                                int         year,
                                                int         month);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvResponsibility, opv_responsibility_free)

G_END_DECLS
