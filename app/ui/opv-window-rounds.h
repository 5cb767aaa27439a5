/* opv-window-rounds.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-window.h"

G_BEGIN_DECLS

void  opv_window_rounds_class_init (GtkWidgetClass *widget_class);
void  opv_window_rounds_update     (OpvWindow      *self);
char *opv_window_rounds_dup_sent   (OpvRound       *round);

G_END_DECLS
