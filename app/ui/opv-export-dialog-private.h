/* opv-export-dialog-private.h: the export dialog's parts, for tests
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-export.h"
#include "opv-export-dialog.h"

G_BEGIN_DECLS

/* The columns a row can be shown for, one bit each. */
#define OPV_EXPORT_DIALOG_N_COLUMNS 6

struct _OpvExportDialog
{
  AdwWindow             parent_instance;

  OpvWindow            *window;
  GSettings            *settings;       /* the window's; NULL without the schema */
  GListStore           *rounds;         /* OpvRound of the chosen dossier, newest first */
  OpvExportColumns      chosen_columns; /* ticked, including those the layout hides */
  gboolean              language_changed;

  /* While an export runs */
  GCancellable         *cancellable;
  gpointer              job;            /* ExportJob, owned by the GTask */
  gboolean              close_when_done;
  guint                 pulse_id;       /* while the workbook is compressed */
  GtkFileChooserNative *chooser;
  AdwMessageDialog     *error_dialog;   /* weak: the last failure's message */

  AdwWindowTitle       *window_title;
  GtkButton            *cancel_button;
  GtkButton            *export_button;
  GtkProgressBar       *progress_bar;
  AdwPreferencesPage   *page;
  AdwComboRow          *dossier_row;
  AdwComboRow          *round_row;
  AdwActionRow         *whole_row;
  GtkCheckButton       *whole_check;
  AdwActionRow         *shown_row;
  GtkCheckButton       *shown_check;
  AdwComboRow          *language_row;
  AdwComboRow          *layout_row;
  AdwExpanderRow       *columns_row;
  AdwActionRow         *column_rows[OPV_EXPORT_DIALOG_N_COLUMNS];    /* by bit number */
  GtkCheckButton       *column_checks[OPV_EXPORT_DIALOG_N_COLUMNS];
  AdwActionRow         *leave_out_row;
  GtkSwitch            *leave_out_switch;
  GtkSwitch            *summary_switch;
  GtkSwitch            *legend_switch;
  AdwActionRow         *changes_row;
  GtkSwitch            *changes_switch;
  AdwActionRow         *mark_new_row;
  GtkSwitch            *mark_new_switch;
};

OpvDossier *opv_export_dialog_get_dossier  (OpvExportDialog  *self);
OpvRound   *opv_export_dialog_get_round    (OpvExportDialog  *self);
void        opv_export_dialog_get_options  (OpvExportDialog  *self,
                                            OpvExportOptions *options);

G_END_DECLS
