/* opv-window-private.h: the window's parts, for its neighbours and tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-filter-bar.h"
#include "opv-filter-popover.h"
#include "opv-item-filter.h"
#include "opv-item-view-private.h"
#include "opv-party-view.h"
#include "opv-search-panel.h"
#include "opv-window.h"

G_BEGIN_DECLS

struct _OpvWindow
{
  AdwApplicationWindow  parent_instance;

  OpvStore             *store;
  GSettings            *settings;
  GListModel           *dossiers;     /* OpvDossier, as listed (no themes) */
  OpvDossier           *dossier;      /* the shown dossier: rounds, parties, themes; no items */
  OpvOutlineModel      *outline;      /* its rows, read from the store a page at a time */
  OpvItem              *item;         /* the selected item, loaded alone into @dossier */
  GListStore           *rounds;       /* the dossier's rounds, newest first */
  OpvRound             *round;
  GtkSingleSelection   *selection;
  OpvTheme             *context_theme;  /* the heading whose context menu is open */
  gboolean              folded;
  gboolean              selection_frozen;
  guint                 fold_idle;
  GtkWindow            *export_dialog;  /* weak */

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkPaned             *paned;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwHeaderBar         *sidebar_header;
  AdwHeaderBar         *content_header;
  GtkDropDown          *dossier_dropdown;
  GtkDropDown          *round_dropdown;
  GtkMenuButton        *sidebar_menu_button;
  GtkMenuButton        *content_menu_button;
  GtkButton            *back_button;
  AdwWindowTitle       *window_title;
  GtkListView          *item_list;
  GtkStack             *detail_stack;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *error_page;
  OpvItemView          *item_view;

  /* Search, filters and the parties view (opv-window-search.c) */
  OpvItemFilter        *item_filter;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  OpvFilterPopover     *filter_popover;
  GtkStack             *list_stack;
  OpvFilterBar         *filter_bar;
  GtkWidget            *item_scroller;
  AdwStatusPage        *no_match_page;
  OpvSearchPanel       *search_panel;
  OpvPartyView         *party_view;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
};

GArray    *opv_window_dup_shown_item_ids (OpvWindow *self);
gboolean   opv_window_select_item_id  (OpvWindow *self,
                                       gint64     item_id);
gint64     opv_window_freeze_selection (OpvWindow *self);
void       opv_window_thaw_selection  (OpvWindow *self,
                                       gint64     item_id);
void       opv_window_set_today       (OpvWindow *self,
                                       int        year,
                                       int        month);

G_END_DECLS
