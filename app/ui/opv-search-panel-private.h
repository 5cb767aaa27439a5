/* opv-search-panel-private.h: the panel's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-search-panel.h"

G_BEGIN_DECLS

#define OPV_TYPE_SEARCH_RESULT (opv_search_result_get_type ())

G_DECLARE_FINAL_TYPE (OpvSearchResult, opv_search_result, OPV, SEARCH_RESULT, GObject)

const OpvSearchHit *opv_search_result_get_hit (OpvSearchResult *self);

struct _OpvSearchPanel
{
  GtkWidget      parent_instance;

  OpvStore      *store;
  GtkWidget     *entry;        /* weak */
  char          *text;
  GListStore    *results;      /* OpvSearchResult */

  GtkStack      *stack;
  GtkLabel      *count_label;
  GtkScrolledWindow *scroller;
  GtkListBox    *results_list;
  AdwStatusPage *empty_page;
};

/* At most this many hits are listed; a user narrows the words instead of
 * reading further. */
#define OPV_SEARCH_PANEL_LIMIT 200

G_END_DECLS
