/* opv-wrap-bin.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OPV_TYPE_WRAP_BIN (opv_wrap_bin_get_type ())

G_DECLARE_FINAL_TYPE (OpvWrapBin, opv_wrap_bin, OPV, WRAP_BIN, GtkWidget)

GtkWidget *opv_wrap_bin_new       (void);
void       opv_wrap_bin_set_child (OpvWrapBin *self,
                                   GtkWidget  *child);
GtkWidget *opv_wrap_bin_get_child (OpvWrapBin *self);

G_END_DECLS
