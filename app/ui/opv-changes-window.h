/* opv-changes-window.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-window.h"

G_BEGIN_DECLS

#define OPV_TYPE_CHANGES_WINDOW (opv_changes_window_get_type ())

G_DECLARE_FINAL_TYPE (OpvChangesWindow, opv_changes_window, OPV, CHANGES_WINDOW, AdwWindow)

OpvChangesWindow *opv_changes_window_new        (OpvWindow        *window);
void              opv_changes_window_set_rounds (OpvChangesWindow *self,
                                                 OpvRound         *from,
                                                 OpvRound         *to);
guint             opv_changes_window_get_n_changed_items (OpvChangesWindow *self);

G_END_DECLS
