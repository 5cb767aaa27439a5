/* opv-item-view.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_ITEM_VIEW (opv_item_view_get_type ())

G_DECLARE_FINAL_TYPE (OpvItemView, opv_item_view, OPV, ITEM_VIEW, GtkWidget)

void      opv_item_view_set_store (OpvItemView *self,
                                   OpvStore    *store);
OpvStore *opv_item_view_get_store (OpvItemView *self);
void      opv_item_view_set_item (OpvItemView *self,
                                  OpvItem     *item,
                                  OpvRound    *round);
OpvItem  *opv_item_view_get_item (OpvItemView *self);

G_END_DECLS
