/* opv-text-viewer.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPV_TYPE_TEXT_VIEWER (opv_text_viewer_get_type ())

G_DECLARE_FINAL_TYPE (OpvTextViewer, opv_text_viewer, OPV, TEXT_VIEWER, AdwWindow)

GtkWidget   *opv_text_viewer_new         (GtkWindow   *parent,
                                          const char  *title,
                                          const char  *text);
GtkTextView *opv_text_viewer_get_view    (OpvTextViewer *self);

G_END_DECLS
