/* opv-filter-popover.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gtk/gtk.h>

#include "opv-item-filter.h"

G_BEGIN_DECLS

#define OPV_TYPE_FILTER_POPOVER (opv_filter_popover_get_type ())

G_DECLARE_FINAL_TYPE (OpvFilterPopover, opv_filter_popover, OPV, FILTER_POPOVER, GtkPopover)

void opv_filter_popover_set_filter (OpvFilterPopover *self,
                                    OpvItemFilter    *filter);

G_END_DECLS
