/* opv-item-view-private.h: the item view's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-followup-row-private.h"
#include "opv-item-view.h"
#include "opv-party-picker.h"
#include "opv-text-card.h"

G_BEGIN_DECLS

/* The follow-up of a round is shown this many at a time; a row under them
 * shows the next page. */
#define OPV_FOLLOWUP_PAGE 50

struct _OpvItemView
{
  GtkWidget  parent_instance;

  OpvStore  *store;
  OpvItem   *item;
  OpvRound  *round;
  gint64     item_id;               /* of the item last shown, kept while a reload shows none */
  gint64     round_id;
  gboolean   read_only;             /* the round was sent */
  gboolean   loading;               /* widgets are being filled, not edited */
  GHashTable *editing;              /* ids of follow-ups with an open editor; -1 for a new one */
  guint      n_followups_shown;     /* the first so many of the round's follow-ups have rows */
  GtkWidget *more_row;              /* shows the next page of follow-ups; in followup_list */
  GPtrArray *pending;               /* text applied on leaving a field, saved at idle */
  guint      pending_idle;
  GPtrArray *history_rows;          /* AdwActionRow in history_row */
  GPtrArray *timeline_rows;         /* AdwActionRow in timeline_row */
  GtkWidget *focus_widget;          /* weak: what had focus in the view last */
  gpointer   reload_memo;           /* where focus was when a reload hid the view */
  GtkWidget *bounce_focus;          /* weak: where hiding the view put focus */
  guint      restore_idle;
  gulong     focus_handler;
  gulong     close_handler;

  GtkScrolledWindow   *scroller;
  GtkLabel            *breadcrumb_label;
  GtkLabel            *title_label;
  GtkWidget           *sent_box;
  GtkLabel            *sent_label;
  AdwPreferencesGroup *wording_group;
  AdwEntryRow         *code_row;
  AdwEntryRow         *title_row;
  AdwActionRow        *round_wording_row;
  GtkButton           *common_wording_button;
  AdwPreferencesGroup *text_group;
  OpvTextCard         *text_card;
  AdwPreferencesGroup *status_group;
  AdwComboRow         *status_row;
  AdwEntryRow         *timeframe_row;
  AdwActionRow        *timeframe_info_row;
  GtkImage            *timeframe_icon;
  GtkWidget           *overdue_badge;
  GtkLabel            *overdue_label;
  AdwPreferencesGroup *explanation_group;
  OpvTextCard         *explanation_card;
  AdwPreferencesGroup *responsible_group;
  GtkListBox          *responsible_list;
  OpvPartyPicker      *party_picker;
  AdwActionRow        *tbd_row;
  GtkSwitch           *tbd_switch;
  AdwEntryRow         *note_row;
  AdwPreferencesGroup *followup_group;
  GtkButton           *add_followup_button;
  GtkListBox          *followup_list;
  AdwPreferencesGroup *sources_group;
  GtkListBox          *sources_list;
  AdwPreferencesGroup *history_group;
  AdwExpanderRow      *history_row;
  AdwExpanderRow      *timeline_row;
};

OpvFollowupRow *opv_item_view_find_followup_row (OpvItemView *self,
                                                 gint64       followup_id);
GtkWidget      *opv_item_view_find_keyed        (OpvItemView *self,
                                                 const char  *key);
gboolean        opv_item_view_flush             (OpvItemView *self);

G_END_DECLS
