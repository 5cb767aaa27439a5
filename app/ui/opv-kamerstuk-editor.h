/* opv-kamerstuk-editor.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_KAMERSTUK_EDITOR (opv_kamerstuk_editor_get_type ())

G_DECLARE_FINAL_TYPE (OpvKamerstukEditor, opv_kamerstuk_editor, OPV, KAMERSTUK_EDITOR, GtkWidget)

GtkWidget    *opv_kamerstuk_editor_new            (const OpvKamerstuk *kamerstuk);
OpvKamerstuk *opv_kamerstuk_editor_dup_kamerstuk  (OpvKamerstukEditor *self);
const char   *opv_kamerstuk_editor_get_preview    (OpvKamerstukEditor *self);
void          opv_kamerstuk_editor_set_chamber    (OpvKamerstukEditor *self,
                                                   OpvChamber          chamber);
GtkEditable  *opv_kamerstuk_editor_get_session    (OpvKamerstukEditor *self);
GtkEditable  *opv_kamerstuk_editor_get_dossier    (OpvKamerstukEditor *self);
GtkEditable  *opv_kamerstuk_editor_get_number     (OpvKamerstukEditor *self);
GtkEditable  *opv_kamerstuk_editor_get_url        (OpvKamerstukEditor *self);
void          opv_kamerstuk_editor_set_error      (OpvKamerstukEditor *self,
                                                   const char         *message);

G_END_DECLS
