/* opv-party-view.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_PARTY_VIEW (opv_party_view_get_type ())

G_DECLARE_FINAL_TYPE (OpvPartyView, opv_party_view, OPV, PARTY_VIEW, GtkWidget)

void      opv_party_view_set_store     (OpvPartyView *self,
                                        OpvStore     *store);
void      opv_party_view_set_today     (OpvPartyView *self,
                                        int           year,
                                        int           month);
void      opv_party_view_reload        (OpvPartyView *self);
gboolean  opv_party_view_select_party  (OpvPartyView *self,
                                        const char   *short_name);
gboolean  opv_party_view_focus         (OpvPartyView *self);

G_END_DECLS
