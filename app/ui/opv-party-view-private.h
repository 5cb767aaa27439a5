/* opv-party-view-private.h: the view's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-party-view.h"

G_BEGIN_DECLS

/* One item a party is responsible for, as the view lists it. */
typedef struct
{
  OpvDossier *dossier;
  OpvItem    *item;
  OpvEntry   *latest;        /* the newest round's entry: status, timeframe */
  OpvEntry   *responsible;   /* the entry that names the party */
  OpvRole     role;
  gboolean    overdue;
} OpvPartyItem;

struct _OpvPartyView
{
  GtkWidget         parent_instance;

  OpvStore         *store;
  GListModel       *parties;        /* OpvParty, by short name */
  GPtrArray        *dossiers;       /* OpvDossier, without follow-ups */
  GCancellable     *counting;       /* while a worker counts (start_counting()) */
  gboolean          focus_when_counted;
  GHashTable       *items;          /* party id → GPtrArray of OpvPartyItem */
  gint64            selected_id;
  int               year;
  int               month;
  gboolean          dirty;
  gboolean          syncing;
  GPtrArray        *item_groups;    /* the groups of items on the page */
  AdwMessageDialog *merge_dialog;   /* weak */
  GtkDropDown      *merge_target;   /* weak */
  GArray           *merge_ids;      /* gint64, parallel to merge_target's choices */

  AdwLeaflet       *leaflet;
  GtkWidget        *busy_spinner;
  GtkWidget        *content;
  GtkListBox       *party_list;
  AdwWindowTitle   *party_title;
  GtkButton        *merge_button;
  GtkStack         *detail_stack;
  AdwPreferencesPage *page;
  AdwPreferencesGroup *details_group;
  AdwEntryRow      *short_name_row;
  AdwEntryRow      *full_name_row;
  AdwComboRow      *kind_row;
};

guint      opv_party_view_get_n_items    (OpvPartyView *self,
                                          gint64        party_id);
guint      opv_party_view_get_n_overdue  (OpvPartyView *self,
                                          gint64        party_id);
GPtrArray *opv_party_view_get_items      (OpvPartyView *self,
                                          gint64        party_id);
gint64     opv_party_view_get_selected   (OpvPartyView *self);
gboolean   opv_party_view_is_counting    (OpvPartyView *self);
void       opv_party_view_show_merge     (OpvPartyView *self,
                                          gint64        into_party_id);

G_END_DECLS
