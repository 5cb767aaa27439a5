/* opv-search-panel.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-core.h"

G_BEGIN_DECLS

#define OPV_TYPE_SEARCH_PANEL (opv_search_panel_get_type ())

G_DECLARE_FINAL_TYPE (OpvSearchPanel, opv_search_panel, OPV, SEARCH_PANEL, GtkWidget)

void        opv_search_panel_set_store      (OpvSearchPanel *self,
                                             OpvStore       *store);
void        opv_search_panel_set_entry      (OpvSearchPanel *self,
                                             GtkWidget      *entry);
void        opv_search_panel_set_text       (OpvSearchPanel *self,
                                             const char     *text);
const char *opv_search_panel_get_text       (OpvSearchPanel *self);
guint       opv_search_panel_get_n_hits     (OpvSearchPanel *self);
gboolean    opv_search_panel_focus_first    (OpvSearchPanel *self);
gboolean    opv_search_panel_activate_first (OpvSearchPanel *self);
char       *opv_search_snippet_markup       (const char     *snippet);

G_END_DECLS
