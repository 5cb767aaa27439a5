/* opv-a11y.h: accessible names that GTK 4.8 leaves out or gets wrong
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void opv_a11y_init          (void);
void opv_a11y_set_row_label (GtkWidget  *child,
                             const char *label);

G_END_DECLS
