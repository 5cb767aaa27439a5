/* opv-ui-util.h: small pieces the widgets share
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

void       opv_ui_init              (void);
void       opv_ui_apply_language    (void);
void       opv_status_badge_update  (GtkLabel   *badge,
                                     OpvStatus   status);
GtkWidget *opv_status_badge_new     (OpvStatus   status);
GtkWidget *opv_link_widget_new      (const char *label,
                                     const char *url);
gboolean   opv_ui_show_uri          (GtkWidget  *widget,
                                     const char *uri);
void       opv_ui_open_file         (GtkWidget  *widget,
                                     GFile      *file);
AdwToast  *opv_toast_new_text       (const char *text);
void       opv_remove_all_children  (GtkWidget  *container);
char      *opv_format_period        (const char *period);
char      *opv_format_count         (guint       n);
void       opv_combo_row_show_whole_choices (AdwComboRow *row);
char      *opv_text_excerpt         (const char *text,
                                     guint       max_chars,
                                     gboolean   *cut);

G_END_DECLS
