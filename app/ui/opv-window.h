/* opv-window.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_WINDOW (opv_window_get_type ())

G_DECLARE_FINAL_TYPE (OpvWindow, opv_window, OPV, WINDOW, AdwApplicationWindow)

OpvWindow *opv_window_new             (GtkApplication *application,
                                       OpvStore       *store);
void       opv_window_set_store       (OpvWindow      *self,
                                       OpvStore       *store);
void       opv_window_show_error      (OpvWindow      *self,
                                       const GError   *error);
gboolean   opv_window_select_dossier  (OpvWindow      *self,
                                       const char     *slug);
gboolean   opv_window_select_round    (OpvWindow      *self,
                                       const char     *label);
gboolean   opv_window_select_item     (OpvWindow      *self,
                                       const char     *code);
OpvDossier *opv_window_get_dossier    (OpvWindow      *self);
gboolean   opv_window_show_item_id    (OpvWindow      *self,
                                       gint64          dossier_id,
                                       gint64          round_id,
                                       gint64          item_id);
OpvStore   *opv_window_get_store      (OpvWindow      *self);
void        opv_window_show_detail    (OpvWindow      *self);
void        opv_window_report_error   (OpvWindow      *self,
                                       const GError   *error);
void        opv_window_toast_undo     (OpvWindow      *self,
                                       const char     *title);
OpvRound   *opv_window_get_round      (OpvWindow      *self);

G_END_DECLS
