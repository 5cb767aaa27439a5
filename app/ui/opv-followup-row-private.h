/* opv-followup-row-private.h: the follow-up row's parts, for the item view
 * and tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-followup-row.h"
#include "opv-text-card.h"

G_BEGIN_DECLS

/* A row shows at most this many characters of its text; the rest is a
 * button away. A label lays out all its text whenever its width changes. */
#define OPV_FOLLOWUP_EXCERPT_CHARS 2000

/* The editor's text field grows with its text up to this height, then
 * scrolls. */
#define OPV_FOLLOWUP_EDITOR_MAX_HEIGHT 360

struct _OpvFollowupRow
{
  GtkListBoxRow  parent_instance;

  gint64         id;
  char          *code;
  char          *text;
  GPtrArray     *links;          /* OpvLink, as saved */
  GPtrArray     *kamerstukken;   /* OpvKamerstuk, as saved */
  char          *error;
  gboolean       editing;
  gboolean       read_only;
  gboolean       can_move_up;
  gboolean       can_move_down;

  GtkStack      *stack;
  GtkImage      *handle;
  GtkLabel      *code_label;
  GtkBox        *body;
  GtkLabel      *text_label;
  GtkButton     *whole_text_button;
  GtkMenuButton *menu_button;
  GtkBox        *editor;
  GtkEntry      *code_entry;
  GtkLabel      *text_caption;
  OpvTextCard   *text_card;
  GtkBox        *links_box;
  GtkBox        *papers_box;
  GtkLabel      *error_label;
  GtkButton     *delete_button;
  GtkButton     *cancel_button;
  GtkButton     *apply_button;
};

/* One link being edited: its two fields and the line under them that says
 * why the store refused it. */
typedef struct
{
  GtkEditable *label;
  GtkEditable *url;
  GtkLabel    *error;
} LinkEditor;

G_END_DECLS
