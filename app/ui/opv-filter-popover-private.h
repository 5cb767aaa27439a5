/* opv-filter-popover-private.h: the popover's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-filter-popover.h"

G_BEGIN_DECLS

struct _OpvFilterPopover
{
  GtkPopover      parent_instance;

  OpvItemFilter  *filter;
  OpvDossier     *built_for;       /* the dossier the choices were made for */
  OpvRound       *built_round;
  GArray         *party_ids;       /* gint64, parallel to the party choices */
  GArray         *theme_ids;
  GArray         *round_ids;
  gboolean        syncing;

  GtkWidget      *status_group;
  GtkCheckButton *status_checks[OPV_N_STATUSES];
  GtkButton      *clear_button;
  GtkDropDown    *party_dropdown;
  GtkDropDown    *theme_dropdown;
  GtkDropDown    *round_dropdown;
  GtkLabel       *round_label;
  GtkCheckButton *overdue_check;
  GtkCheckButton *unassigned_check;
};

G_END_DECLS
