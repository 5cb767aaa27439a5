/* opv-party.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib-object.h>

#include "opv-enums.h"

G_BEGIN_DECLS

#define OPV_TYPE_PARTY (opv_party_get_type ())

G_DECLARE_FINAL_TYPE (OpvParty, opv_party, OPV, PARTY, GObject)

OpvParty     *opv_party_new            (const char   *short_name,
                                        const char   *full_name,
                                        OpvPartyKind  kind);
gint64        opv_party_get_id         (OpvParty     *self);
void          opv_party_set_id         (OpvParty     *self,
                                        gint64        id);
const char   *opv_party_get_short_name (OpvParty     *self);
void          opv_party_set_short_name (OpvParty     *self,
                                        const char   *short_name);
const char   *opv_party_get_full_name  (OpvParty     *self);
void          opv_party_set_full_name  (OpvParty     *self,
                                        const char   *full_name);
OpvPartyKind  opv_party_get_kind       (OpvParty     *self);
void          opv_party_set_kind       (OpvParty     *self,
                                        OpvPartyKind  kind);

G_END_DECLS
