/* opv-followup-row.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_FOLLOWUP_ROW (opv_followup_row_get_type ())

G_DECLARE_FINAL_TYPE (OpvFollowupRow, opv_followup_row, OPV, FOLLOWUP_ROW, GtkListBoxRow)

GtkWidget  *opv_followup_row_new              (OpvFollowup    *followup);
gint64      opv_followup_row_get_id           (OpvFollowupRow *self);
void        opv_followup_row_set_editing      (OpvFollowupRow *self,
                                               gboolean        editing);
gboolean    opv_followup_row_get_editing      (OpvFollowupRow *self);
void        opv_followup_row_set_read_only    (OpvFollowupRow *self,
                                               gboolean        read_only);
void        opv_followup_row_set_can_move     (OpvFollowupRow *self,
                                               gboolean        up,
                                               gboolean        down);
void        opv_followup_row_set_code         (OpvFollowupRow *self,
                                               const char     *code);
char       *opv_followup_row_dup_code         (OpvFollowupRow *self);
char       *opv_followup_row_dup_text         (OpvFollowupRow *self);
GPtrArray  *opv_followup_row_dup_links        (OpvFollowupRow *self);
GPtrArray  *opv_followup_row_dup_kamerstukken (OpvFollowupRow *self);
gboolean    opv_followup_row_get_text_changed (OpvFollowupRow *self);
gboolean    opv_followup_row_get_sources_changed (OpvFollowupRow *self);
void        opv_followup_row_copy_draft       (OpvFollowupRow *self,
                                               OpvFollowupRow *from);
void        opv_followup_row_set_error        (OpvFollowupRow *self,
                                               const char     *message);
const char *opv_followup_row_get_error        (OpvFollowupRow *self);
void        opv_followup_row_focus_editor     (OpvFollowupRow *self);
GtkWidget  *opv_followup_row_add_link         (OpvFollowupRow *self,
                                               const char     *label,
                                               const char     *url);
GtkWidget  *opv_followup_row_add_kamerstuk    (OpvFollowupRow *self,
                                               const OpvKamerstuk *kamerstuk);

G_END_DECLS
