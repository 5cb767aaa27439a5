/* opv-party-picker.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_PARTY_PICKER (opv_party_picker_get_type ())

G_DECLARE_FINAL_TYPE (OpvPartyPicker, opv_party_picker, OPV, PARTY_PICKER, AdwEntryRow)

GtkWidget *opv_party_picker_new              (void);
void       opv_party_picker_set_parties      (OpvPartyPicker *self,
                                              GListModel     *parties,
                                              const char    **excluded);
guint      opv_party_picker_get_n_matches    (OpvPartyPicker *self);
char      *opv_party_picker_dup_highlighted  (OpvPartyPicker *self);
gboolean   opv_party_picker_get_popup_shown  (OpvPartyPicker *self);

G_END_DECLS
