/* opv-followup.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib-object.h>

#include "opv-kamerstuk.h"

G_BEGIN_DECLS

#define OPV_TYPE_FOLLOWUP (opv_followup_get_type ())

G_DECLARE_FINAL_TYPE (OpvFollowup, opv_followup, OPV, FOLLOWUP, GObject)

OpvFollowup *opv_followup_new              (const char  *code,
                                            const char  *text);
gint64       opv_followup_get_id           (OpvFollowup *self);
void         opv_followup_set_id           (OpvFollowup *self,
                                            gint64       id);
const char  *opv_followup_get_code         (OpvFollowup *self);
void         opv_followup_set_code         (OpvFollowup *self,
                                            const char  *code);
const char  *opv_followup_get_text         (OpvFollowup *self);
void         opv_followup_set_text         (OpvFollowup *self,
                                            const char  *text);
gboolean     opv_followup_get_carried      (OpvFollowup *self);
void         opv_followup_set_carried      (OpvFollowup *self,
                                            gboolean     carried);
GPtrArray   *opv_followup_get_links        (OpvFollowup *self);
GPtrArray   *opv_followup_get_references   (OpvFollowup *self);
GPtrArray   *opv_followup_get_kamerstukken (OpvFollowup *self);

G_END_DECLS
