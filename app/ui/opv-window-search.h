/* opv-window-search.h: the window's search, filters and parties view
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-window.h"

G_BEGIN_DECLS

void     opv_window_search_class_init   (GtkWidgetClass *widget_class);
void     opv_window_search_init         (OpvWindow      *self);
void     opv_window_search_dispose      (OpvWindow      *self);
void     opv_window_search_set_outline  (OpvWindow      *self);
void     opv_window_search_round_changed (OpvWindow     *self);
gboolean opv_window_search_leave_parties (OpvWindow     *self);
gboolean opv_window_search_clear_filters (OpvWindow     *self);

G_END_DECLS
