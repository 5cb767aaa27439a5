/* opv-filter-bar.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gtk/gtk.h>

#include "opv-item-filter.h"

G_BEGIN_DECLS

#define OPV_TYPE_FILTER_BAR (opv_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (OpvFilterBar, opv_filter_bar, OPV, FILTER_BAR, GtkWidget)

void opv_filter_bar_set_filter (OpvFilterBar       *self,
                                OpvItemFilter      *filter,
                                GtkSingleSelection *model);

G_END_DECLS
