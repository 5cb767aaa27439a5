/* opv-window-structure.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-window.h"

G_BEGIN_DECLS

void opv_window_structure_class_init (GtkWidgetClass *widget_class);
void opv_window_structure_init       (OpvWindow      *self);
void opv_window_structure_setup_row  (GtkWidget      *row,
                                      GtkListItem    *list_item);
void opv_window_structure_update     (OpvWindow      *self);

G_END_DECLS
