/* opv-item-filter.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gtk/gtk.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_ITEM_FILTER (opv_item_filter_get_type ())

G_DECLARE_FINAL_TYPE (OpvItemFilter, opv_item_filter, OPV, ITEM_FILTER, GObject)

OpvItemFilter *opv_item_filter_new              (void);
void           opv_item_filter_set_context      (OpvItemFilter *self,
                                                 OpvDossier    *dossier,
                                                 OpvRound      *shown_round);
void           opv_item_filter_set_shown_round  (OpvItemFilter *self,
                                                 OpvRound      *shown_round);
OpvDossier    *opv_item_filter_get_dossier      (OpvItemFilter *self);
OpvRound      *opv_item_filter_get_round        (OpvItemFilter *self);
OpvRound      *opv_item_filter_get_shown_round  (OpvItemFilter *self);
void           opv_item_filter_set_today        (OpvItemFilter *self,
                                                 int            year,
                                                 int            month);
void           opv_item_filter_get_today        (OpvItemFilter *self,
                                                 int           *year,
                                                 int           *month);

guint          opv_item_filter_get_statuses     (OpvItemFilter *self);
void           opv_item_filter_set_statuses     (OpvItemFilter *self,
                                                 guint          statuses);
void           opv_item_filter_set_status       (OpvItemFilter *self,
                                                 OpvStatus      status,
                                                 gboolean       shown);
gint64         opv_item_filter_get_party_id     (OpvItemFilter *self);
void           opv_item_filter_set_party_id     (OpvItemFilter *self,
                                                 gint64         party_id);
gint64         opv_item_filter_get_theme_id     (OpvItemFilter *self);
void           opv_item_filter_set_theme_id     (OpvItemFilter *self,
                                                 gint64         theme_id);
gint64         opv_item_filter_get_round_id     (OpvItemFilter *self);
void           opv_item_filter_set_round_id     (OpvItemFilter *self,
                                                 gint64         round_id);
gboolean       opv_item_filter_get_overdue      (OpvItemFilter *self);
void           opv_item_filter_set_overdue      (OpvItemFilter *self,
                                                 gboolean       overdue);
gboolean       opv_item_filter_get_unassigned   (OpvItemFilter *self);
void           opv_item_filter_set_unassigned   (OpvItemFilter *self,
                                                 gboolean       unassigned);
gboolean       opv_item_filter_is_active        (OpvItemFilter *self);
void           opv_item_filter_clear            (OpvItemFilter *self);
void           opv_item_filter_get_criteria     (OpvItemFilter    *self,
                                                 OpvOutlineFilter *criteria);

/* The rules that the list, its filters and the parties view share. */
void           opv_filter_today                 (int           *year,
                                                 int           *month);

G_END_DECLS
