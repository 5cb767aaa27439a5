/* opv-item-view-private.h: the item view's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-item-view.h"

G_BEGIN_DECLS

struct _OpvItemView
{
  GtkWidget  parent_instance;

  OpvItem   *item;
  OpvRound  *round;

  GtkScrolledWindow *scroller;
  GtkLabel          *breadcrumb_label;
  GtkLabel          *title_label;
  GtkLabel          *text_label;
  AdwPreferencesGroup *status_group;
  GtkLabel          *status_badge;
  GtkLabel          *timeframe_label;
  AdwExpanderRow    *explanation_row;
  GtkLabel          *explanation_label;
  AdwPreferencesGroup *responsible_group;
  GtkListBox        *responsible_list;
  AdwPreferencesGroup *followup_group;
  GtkListBox        *followup_list;
  AdwPreferencesGroup *sources_group;
  GtkListBox        *sources_list;
};

G_END_DECLS
