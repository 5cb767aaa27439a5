/* opv-item.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib-object.h>

#include "opv-entry.h"

G_BEGIN_DECLS

typedef struct _OpvTheme OpvTheme;

#define OPV_TYPE_ITEM (opv_item_get_type ())

G_DECLARE_FINAL_TYPE (OpvItem, opv_item, OPV, ITEM, GObject)

OpvItem     *opv_item_new               (const char *code,
                                         const char *title,
                                         const char *text);
gint64       opv_item_get_id            (OpvItem    *self);
void         opv_item_set_id            (OpvItem    *self,
                                         gint64      id);
const char  *opv_item_get_code          (OpvItem    *self);
void         opv_item_set_code          (OpvItem    *self,
                                         const char *code);
const char  *opv_item_get_title         (OpvItem    *self);
void         opv_item_set_title         (OpvItem    *self,
                                         const char *title);
const char  *opv_item_get_text          (OpvItem    *self);
void         opv_item_set_text          (OpvItem    *self,
                                         const char *text);
OpvTheme    *opv_item_get_theme         (OpvItem    *self);
OpvEntry    *opv_item_get_responsible_entry (OpvItem  *self,
                                             OpvRound *round);
OpvEntry    *opv_item_get_latest_entry  (OpvItem    *self);
void         opv_item_set_theme         (OpvItem    *self,
                                         OpvTheme   *theme);
GPtrArray   *opv_item_get_entries       (OpvItem    *self);
OpvEntry    *opv_item_get_entry         (OpvItem    *self,
                                         OpvRound   *round);
void         opv_item_add_entry         (OpvItem    *self,
                                         OpvEntry   *entry);
const char  *opv_item_get_title_for     (OpvItem    *self,
                                         OpvRound   *round);
const char  *opv_item_get_text_for      (OpvItem    *self,
                                         OpvRound   *round);

G_END_DECLS
