/* opv-outline-model.h: a dossier's outline, read from the store a page at
 * a time
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-enums.h"
#include "opv-store.h"

G_BEGIN_DECLS

/* One party in an outline row: leads first, then in the source's order. */
typedef struct
{
  char    *short_name;
  char    *full_name;
  OpvRole  role;
} OpvOutlineParty;

#define OPV_TYPE_OUTLINE_NODE (opv_outline_node_get_type ())

G_DECLARE_FINAL_TYPE (OpvOutlineNode, opv_outline_node, OPV, OUTLINE_NODE, GObject)

gboolean     opv_outline_node_is_heading               (OpvOutlineNode *self);
gint64       opv_outline_node_get_theme_id             (OpvOutlineNode *self);
gint64       opv_outline_node_get_item_id              (OpvOutlineNode *self);
const char  *opv_outline_node_get_code                 (OpvOutlineNode *self);
const char  *opv_outline_node_get_title                (OpvOutlineNode *self);
gboolean     opv_outline_node_has_entry                (OpvOutlineNode *self);
OpvStatus    opv_outline_node_get_status               (OpvOutlineNode *self);
const char  *opv_outline_node_get_timeframe            (OpvOutlineNode *self);
guint        opv_outline_node_get_n_followups          (OpvOutlineNode *self);
GPtrArray   *opv_outline_node_get_parties              (OpvOutlineNode *self);
gboolean     opv_outline_node_get_to_be_determined     (OpvOutlineNode *self);
const char  *opv_outline_node_get_responsibility_note  (OpvOutlineNode *self);
const char  *opv_outline_node_get_responsibility_round (OpvOutlineNode *self);

#define OPV_TYPE_OUTLINE_MODEL (opv_outline_model_get_type ())

G_DECLARE_FINAL_TYPE (OpvOutlineModel, opv_outline_model, OPV, OUTLINE_MODEL, GObject)

/* Rows are read this many at a time. */
#define OPV_OUTLINE_PAGE_SIZE 64

/* What the list shows of a dossier: the rules of the window's filter
 * (opv_item_filter_match_item()), read in the store. The criteria combine
 * with AND; a theme's heading is shown while any of its items is, and
 * every heading, of a theme without items too, while no criterion is set.
 * "The round" is @round_id, or the model's round when it is 0 or not a
 * round of the dossier; without any round no item has an entry, and none
 * has a responsible party. */
typedef struct
{
  guint    statuses;    /* OPV_STATUS_BIT()s of the round's status, OPV_STATUS_UNSET
                         * without an entry; 0 lets every status through */
  gint64   party_id;    /* named, in any role, by the responsibility as of the round
                         * (opv_item_get_responsible_entry()) */
  gint64   theme_id;
  gint64   round_id;    /* the round the criteria read; 0 for the model's round */
  gboolean overdue;     /* opv_entry_is_overdue() of the round's entry as of @year and @month */
  gboolean unassigned;  /* no responsibility as of the round, or "to be determined" */
  int      year;
  int      month;       /* 1 to 12 */
} OpvOutlineFilter;

gboolean         opv_outline_filter_is_active     (const OpvOutlineFilter *filter);
gboolean         opv_outline_filter_equal         (const OpvOutlineFilter *a,
                                                   const OpvOutlineFilter *b);

OpvOutlineModel *opv_outline_model_new            (OpvStore         *store,
                                                   gint64            dossier_id,
                                                   gint64            round_id,
                                                   GError          **error);
gint64           opv_outline_model_get_dossier_id (OpvOutlineModel  *self);
gint64           opv_outline_model_get_round_id   (OpvOutlineModel  *self);
gboolean         opv_outline_model_set_round_id   (OpvOutlineModel  *self,
                                                   gint64            round_id,
                                                   GError          **error);
gboolean         opv_outline_model_reload         (OpvOutlineModel  *self,
                                                   GError          **error);
guint            opv_outline_model_find_item      (OpvOutlineModel  *self,
                                                   gint64            item_id);
guint            opv_outline_model_get_n_loaded   (OpvOutlineModel  *self);

gboolean         opv_outline_model_set_filter     (OpvOutlineModel        *self,
                                                   const OpvOutlineFilter *filter,
                                                   GError                **error);
const OpvOutlineFilter *opv_outline_model_get_filter (OpvOutlineModel    *self);
guint            opv_outline_model_get_n_items_total (OpvOutlineModel *self);
guint            opv_outline_model_get_n_items_shown (OpvOutlineModel *self);
GArray          *opv_outline_model_dup_item_ids   (OpvOutlineModel  *self);
guint            opv_outline_model_count_theme_items (OpvOutlineModel *self,
                                                   gint64            theme_id);
int              opv_outline_model_get_index_in_theme (OpvOutlineModel *self,
                                                   gint64            item_id);

G_END_DECLS
