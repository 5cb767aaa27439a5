/* opv-text-card.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPV_TYPE_TEXT_CARD (opv_text_card_get_type ())

G_DECLARE_FINAL_TYPE (OpvTextCard, opv_text_card, OPV, TEXT_CARD, GtkWidget)

GtkWidget   *opv_text_card_new               (void);
void         opv_text_card_set_text          (OpvTextCard *self,
                                              const char  *text);
char        *opv_text_card_dup_text          (OpvTextCard *self);
const char  *opv_text_card_get_applied_text  (OpvTextCard *self);
void         opv_text_card_set_applied_text  (OpvTextCard *self,
                                              const char  *text);
gboolean     opv_text_card_is_changed        (OpvTextCard *self);
void         opv_text_card_revert            (OpvTextCard *self);
void         opv_text_card_set_label         (OpvTextCard *self,
                                              const char  *label);
void         opv_text_card_set_placeholder   (OpvTextCard *self,
                                              const char  *placeholder);
void         opv_text_card_set_apply_on_leave (OpvTextCard *self,
                                              gboolean     apply_on_leave);
void         opv_text_card_set_max_height    (OpvTextCard *self,
                                              int          height);
GtkTextView *opv_text_card_get_text_view     (OpvTextCard *self);

G_END_DECLS
