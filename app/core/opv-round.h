/* opv-round.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib-object.h>

#include "opv-enums.h"
#include "opv-kamerstuk.h"

G_BEGIN_DECLS

#define OPV_TYPE_ROUND (opv_round_get_type ())

G_DECLARE_FINAL_TYPE (OpvRound, opv_round, OPV, ROUND, GObject)

OpvRound           *opv_round_new                (const char         *label,
                                                  const char         *period);
gint64              opv_round_get_id             (OpvRound           *self);
void                opv_round_set_id             (OpvRound           *self,
                                                  gint64              id);
const char         *opv_round_get_label          (OpvRound           *self);
void                opv_round_set_label          (OpvRound           *self,
                                                  const char         *label);
const char         *opv_round_get_period         (OpvRound           *self);
void                opv_round_set_period         (OpvRound           *self,
                                                  const char         *period);
OpvRoundState       opv_round_get_state          (OpvRound           *self);
void                opv_round_set_state          (OpvRound           *self,
                                                  OpvRoundState       state);
const char         *opv_round_get_sent_on        (OpvRound           *self);
void                opv_round_set_sent_on        (OpvRound           *self,
                                                  const char         *sent_on);
const OpvKamerstuk *opv_round_get_sent_reference (OpvRound           *self);
void                opv_round_set_sent_reference (OpvRound           *self,
                                                  const OpvKamerstuk *reference);

G_END_DECLS
