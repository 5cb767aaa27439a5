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

G_END_DECLS
