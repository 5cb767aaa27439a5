/* opv-search.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OPV_SEARCH_IN_ITEM,          /* code, title or text of the item */
  OPV_SEARCH_IN_FOLLOWUP,
  OPV_SEARCH_IN_EXPLANATION,
  OPV_SEARCH_IN_PARTY,
} OpvSearchWhere;

typedef struct
{
  gint64          dossier_id;
  char           *dossier_slug;
  char           *dossier_name;
  gint64          item_id;
  char           *code;
  char           *title;
  gint64          round_id;     /* 0 for the item's own text */
  char           *round_label;
  OpvSearchWhere  where;
  char           *snippet;      /* the match between \x02 and \x03 */
} OpvSearchHit;

#define OPV_SEARCH_MARK_START "\x02"
#define OPV_SEARCH_MARK_END   "\x03"

char       *opv_search_build_query  (const char     *text);
const char *opv_search_where_to_id  (OpvSearchWhere  where);
void        opv_search_hit_free     (OpvSearchHit   *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvSearchHit, opv_search_hit_free)

G_END_DECLS
