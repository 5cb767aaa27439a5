/* opv-window-private.h: the window's parts, for its neighbours and tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-item-view-private.h"
#include "opv-window.h"

G_BEGIN_DECLS

struct _OpvWindow
{
  AdwApplicationWindow  parent_instance;

  OpvStore             *store;
  GSettings            *settings;
  GListModel           *dossiers;     /* OpvDossier, as listed (no themes) */
  OpvDossier           *dossier;      /* the shown dossier, loaded whole */
  GListStore           *rounds;       /* the dossier's rounds, newest first */
  OpvRound             *round;
  GtkSingleSelection   *selection;
  OpvTheme             *context_theme;  /* the heading whose context menu is open */
  gboolean              folded;
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
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
};

GPtrArray *opv_window_dup_shown_items (OpvWindow *self);

G_END_DECLS
