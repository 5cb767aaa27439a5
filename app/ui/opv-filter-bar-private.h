/* opv-filter-bar-private.h: the bar's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-filter-bar.h"

G_BEGIN_DECLS

struct _OpvFilterBar
{
  GtkWidget           parent_instance;

  OpvItemFilter      *filter;
  GtkSingleSelection *model;
  guint               n_shown;
  guint               n_total;

  GtkRevealer        *revealer;
  GtkFlowBox         *chips;
  GtkLabel           *count_label;
  GtkButton          *clear_button;
};

GPtrArray *opv_filter_bar_dup_chips (OpvFilterBar *self);

G_END_DECLS
