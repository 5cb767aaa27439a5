/* opv-export-dialog.c: choose what to export to Excel, and where
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-export-dialog-private.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

/* The progress bar is updated at most this often, in microseconds. */
#define PROGRESS_INTERVAL (G_USEC_PER_SEC / 20)

G_DEFINE_FINAL_TYPE (OpvExportDialog, opv_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WINDOW,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The column rows in the order each layout's table has them (as in
 * opv-export.c). */
static const OpvExportColumns column_order[][OPV_EXPORT_DIALOG_N_COLUMNS] = {
  [OPV_EXPORT_LAYOUT_RECOMMENDATIONS] = {
    OPV_EXPORT_COLUMN_ITEM, OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_STATUS,
    OPV_EXPORT_COLUMN_TIMEFRAME, OPV_EXPORT_COLUMN_FOLLOWUPS, OPV_EXPORT_COLUMN_EXPLANATION,
  },
  [OPV_EXPORT_LAYOUT_ACTIVITIES] = {
    OPV_EXPORT_COLUMN_ITEM, OPV_EXPORT_COLUMN_STATUS, OPV_EXPORT_COLUMN_TIMEFRAME,
    OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_EXPLANATION, OPV_EXPORT_COLUMN_FOLLOWUPS,
  },
};

/* One export, shared by the dialog (main thread) and the worker thread. */
typedef struct
{
  /* Set up in the main thread, then only read by the worker. The worker
   * reads the dossier itself, item by item, on its own connection to the
   * database: the store is not thread-safe, and loading a large dossier
   * here would stall the window. */
  char             *database;
  gint64            dossier_id;
  gint64            round_id;     /* 0 for a dossier without rounds */
  OpvExportOptions  options;
  char             *path;
  GMainContext     *context;

  /* Written by the worker, read in the main thread. */
  int               permille;
  int               update_pending;
  gint64            last_update;   /* the worker's only */

  /* Main thread only; cleared when the dialog goes away first. */
  OpvExportDialog  *dialog;
} ExportJob;

static ExportJob *
export_job_ref (ExportJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
export_job_clear (ExportJob *job)
{
  g_clear_pointer (&job->database, g_free);
  opv_export_options_clear (&job->options);
  g_clear_pointer (&job->path, g_free);
  g_clear_pointer (&job->context, g_main_context_unref);
}

static void
export_job_unref (gpointer job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) export_job_clear);
}

static guint
column_bit (OpvExportColumns column)
{
  return (guint) g_bit_nth_lsf ((gulong) column, -1);
}

/**
 * opv_export_dialog_get_dossier:
 *
 * Returns: (transfer none) (nullable): the chosen dossier, as listed (with
 *   its rounds, without its themes)
 */
OpvDossier *
opv_export_dialog_get_dossier (OpvExportDialog *self)
{
  g_return_val_if_fail (OPV_IS_EXPORT_DIALOG (self), NULL);
  return adw_combo_row_get_selected_item (self->dossier_row);
}

/**
 * opv_export_dialog_get_round:
 *
 * Returns: (transfer none) (nullable): the chosen round of the listed
 *   dossier; %NULL when the dossier has none
 */
OpvRound *
opv_export_dialog_get_round (OpvExportDialog *self)
{
  g_return_val_if_fail (OPV_IS_EXPORT_DIALOG (self), NULL);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->rounds)) == 0)
    return NULL;
  return adw_combo_row_get_selected_item (self->round_row);
}

static OpvExportLayout
resolved_layout (OpvExportDialog *self)
{
  OpvDossier *dossier = opv_export_dialog_get_dossier (self);
  OpvExportLayout layout = adw_combo_row_get_selected (self->layout_row);

  if (layout == OPV_EXPORT_LAYOUT_AUTO && dossier == NULL)
    return OPV_EXPORT_LAYOUT_RECOMMENDATIONS;
  return opv_export_resolve_layout (layout, dossier);
}

/* The ticked columns that the export knows; both layouts have them all. */
static OpvExportColumns
chosen_columns (OpvExportDialog *self)
{
  return self->chosen_columns & opv_export_layout_columns ();
}

static void
update_sensitivity (OpvExportDialog *self)
{
  gboolean busy = self->cancellable != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button),
                            !busy
                            && opv_export_dialog_get_dossier (self) != NULL
                            && chosen_columns (self) != 0);
}

static void
update_columns_subtitle (OpvExportDialog *self)
{
  guint n_layout = 0;
  guint n_chosen = 0;
  OpvExportColumns available = opv_export_layout_columns ();
  OpvExportColumns chosen = chosen_columns (self);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < OPV_EXPORT_DIALOG_N_COLUMNS; i++)
    {
      n_layout += (available >> i) & 1;
      n_chosen += (chosen >> i) & 1;
    }

  if (n_chosen == 0)
    subtitle = g_strdup (_("No columns chosen"));
  else if (n_chosen == n_layout && gtk_switch_get_active (self->leave_out_switch))
    subtitle = g_strdup (_("All columns, except empty ones"));
  else if (n_chosen == n_layout)
    subtitle = g_strdup (_("All columns"));
  else
    /* Translators: the columns chosen for the export, such as "3 of 6 columns" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u column", "%u of %u columns", n_layout),
                                n_chosen, n_layout);

  /* Columns picked by hand are written as picked, empty or not. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->leave_out_row), n_chosen == n_layout);
  adw_action_row_set_subtitle (self->leave_out_row,
                               n_chosen == n_layout ? _("Columns without text for any of the items")
                                                    : _("Only when every column is chosen"));
  adw_expander_row_set_subtitle (self->columns_row, subtitle);
}

static void
on_column_check_toggled_cb (GtkCheckButton  *check,
                            OpvExportDialog *self)
{
  OpvExportColumns column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "opv-column"));

  if (self->window == NULL)
    return;

  if (gtk_check_button_get_active (check))
    self->chosen_columns |= column;
  else
    self->chosen_columns &= ~column;

  update_columns_subtitle (self);
  update_sensitivity (self);
}

/* Rebuilds the column rows for the resolved layout: its own headings, in
 * its own order. What the user ticked is kept per column. */
static void
update_column_rows (OpvExportDialog *self)
{
  OpvExportLayout layout = resolved_layout (self);

  for (guint i = 0; i < OPV_EXPORT_DIALOG_N_COLUMNS; i++)
    if (self->column_rows[i] != NULL)
      {
        adw_expander_row_remove (self->columns_row, GTK_WIDGET (self->column_rows[i]));
        self->column_rows[i] = NULL;
        self->column_checks[i] = NULL;
      }

  for (guint i = 0; i < OPV_EXPORT_DIALOG_N_COLUMNS; i++)
    {
      OpvExportColumns column = column_order[layout][i];
      guint bit = column_bit (column);
      const char *title;
      GtkWidget *row, *check;

      if (!(opv_export_layout_columns () & column))
        continue;

      title = g_dpgettext2 (GETTEXT_PACKAGE, opv_export_column_msgctxt (column, layout),
                            opv_export_column_msgid (column, layout));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (self->chosen_columns & column) != 0);
      g_object_set_data (G_OBJECT (check), "opv-column", GUINT_TO_POINTER (column));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_column_check_toggled_cb), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      adw_expander_row_add_row (self->columns_row, row);
      self->column_rows[bit] = ADW_ACTION_ROW (row);
      self->column_checks[bit] = GTK_CHECK_BUTTON (check);
    }

  update_columns_subtitle (self);
}

static void
update_layout_subtitle (OpvExportDialog *self)
{
  g_autofree char *subtitle = NULL;

  if (adw_combo_row_get_selected (self->layout_row) == OPV_EXPORT_LAYOUT_AUTO)
    {
      if (resolved_layout (self) == OPV_EXPORT_LAYOUT_ACTIVITIES)
        subtitle = g_strdup (_("Activities, following the dossier"));
      else
        subtitle = g_strdup (_("Recommendations, following the dossier"));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->layout_row), subtitle ? subtitle : "");
}

static void
on_layout_row_selected_cb (OpvExportDialog *self)
{
  if (self->window == NULL)
    return;
  update_layout_subtitle (self);
  update_column_rows (self);
  update_sensitivity (self);
}

static void
on_leave_out_switch_active_cb (OpvExportDialog *self)
{
  if (self->window == NULL)
    return;
  update_columns_subtitle (self);
}

static void
on_language_row_selected_cb (OpvExportDialog *self)
{
  self->language_changed = TRUE;
}

/* The list can only narrow the export down when it shows the chosen
 * dossier and leaves some of its items out. */
static void
update_scope (OpvExportDialog *self)
{
  OpvDossier *dossier = opv_export_dialog_get_dossier (self);
  OpvDossier *shown = self->window ? self->window->dossier : NULL;
  gboolean filtered = FALSE;

  if (dossier != NULL && shown != NULL && opv_dossier_get_id (dossier) == opv_dossier_get_id (shown))
    {
      OpvOutlineModel *outline = self->window->outline;

      filtered = outline != NULL &&
                 opv_outline_model_get_n_items_shown (outline) < opv_outline_model_get_n_items_total (outline);
      adw_action_row_set_subtitle (self->shown_row,
                                   filtered ? ""
                                            : _("The list shows every item: it has no filters yet"));
    }
  else
    adw_action_row_set_subtitle (self->shown_row, _("The list shows another dossier"));

  gtk_widget_set_sensitive (GTK_WIDGET (self->shown_row), filtered);
  if (!filtered)
    gtk_check_button_set_active (self->whole_check, TRUE);
}

static void
update_rounds (OpvExportDialog *self)
{
  OpvDossier *dossier = opv_export_dialog_get_dossier (self);
  OpvRound *current = self->window ? self->window->round : NULL;
  guint n_rounds = 0;
  guint selected = 0;

  g_list_store_remove_all (self->rounds);
  if (dossier != NULL)
    {
      GListModel *rounds = opv_dossier_get_rounds (dossier);

      /* Newest first, as in the window. */
      n_rounds = g_list_model_get_n_items (rounds);
      for (guint i = n_rounds; i > 0; i--)
        {
          g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i - 1);

          g_list_store_append (self->rounds, round);
          if (current != NULL && opv_round_get_id (round) == opv_round_get_id (current))
            selected = n_rounds - i;
        }
    }

  /* The row shows the chosen round as its subtitle; without one, the
   * subtitle says why there is none. */
  if (n_rounds > 0)
    adw_combo_row_set_selected (self->round_row, selected);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->round_row),
                                 _("This dossier has no reporting rounds yet: the table "
                                   "lists its items without a status"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->round_row), n_rounds > 0);
}

/* Changes and marks compare the chosen round with the one before it. */
static void
update_changes_rows (OpvExportDialog *self)
{
  OpvDossier *dossier = opv_export_dialog_get_dossier (self);
  OpvRound *round = opv_export_dialog_get_round (self);
  OpvRound *previous = dossier && round ? opv_dossier_get_previous_round (dossier, round) : NULL;

  if (previous != NULL)
    {
      /* Translators: %s is the previous reporting round, as in "Update juni 2023" */
      g_autofree char *changes = g_strdup_printf (_("A sheet with what changed since %s"), opv_round_get_label (previous));
      /* Translators: %s is the previous reporting round */
      g_autofree char *mark = g_strdup_printf (_("“New” in bold before follow-up that %s did not have"),
                                               opv_round_get_label (previous));

      adw_action_row_set_subtitle (self->changes_row, changes);
      adw_action_row_set_subtitle (self->mark_new_row, mark);
    }
  else
    {
      const char *why = round ? _("The chosen round is the first: there is nothing to compare it with")
                              : _("The dossier has no reporting rounds to compare");

      adw_action_row_set_subtitle (self->changes_row, why);
      adw_action_row_set_subtitle (self->mark_new_row, why);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->changes_row), previous != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->mark_new_row), previous != NULL);
}

static void
on_round_row_selected_cb (OpvExportDialog *self)
{
  update_changes_rows (self);
}

static void
on_dossier_row_selected_cb (OpvExportDialog *self)
{
  if (self->window == NULL)
    return;
  update_rounds (self);
  update_changes_rows (self);
  update_scope (self);
  update_layout_subtitle (self);
  update_column_rows (self);
  update_sensitivity (self);
}

static void
set_busy (OpvExportDialog *self,
          gboolean         busy)
{
  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      adw_window_title_set_subtitle (self->window_title, _("Exporting…"));
    }
  else
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      g_clear_handle_id (&self->pulse_id, g_source_remove);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  update_sensitivity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The worker */

static gboolean
pulse_cb (gpointer user_data)
{
  OpvExportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
progress_idle_cb (gpointer user_data)
{
  ExportJob *job = user_data;
  OpvExportDialog *self = job->dialog;
  int permille;

  g_atomic_int_set (&job->update_pending, FALSE);
  if (self == NULL)
    return G_SOURCE_REMOVE;

  /* A negative fraction means the export cannot tell how far it is. */
  permille = g_atomic_int_get (&job->permille);
  if (permille < 0)
    {
      if (self->pulse_id == 0)
        {
          gtk_progress_bar_set_pulse_step (self->progress_bar, 0.1);
          self->pulse_id = g_timeout_add (100, pulse_cb, self);
        }
    }
  else
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_progress_bar_set_fraction (self->progress_bar, permille / 1000.0);
    }
  return G_SOURCE_REMOVE;
}

/* Called in the worker thread. */
static void
export_progress_cb (double   fraction,
                    gpointer user_data)
{
  ExportJob *job = user_data;
  gint64 now = g_get_monotonic_time ();

  g_atomic_int_set (&job->permille, fraction < 0 ? -1 : (int) (MIN (fraction, 1.0) * 1000));
  if (fraction >= 0 && fraction < 1.0 && now - job->last_update < PROGRESS_INTERVAL)
    return;
  job->last_update = now;

  if (g_atomic_int_compare_and_exchange (&job->update_pending, FALSE, TRUE))
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_idle_cb,
                                export_job_ref (job), export_job_unref);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!opv_export_xlsx_from_store (job->database, job->dossier_id, job->round_id, &job->options, job->path,
                        export_progress_cb, job, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* Finishing */

static void
on_open_toast_button_clicked_cb (AdwToast   *toast,
                                 const char *uri)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (toast), "opv-window");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  opv_ui_open_file (window, file);
}

static void
show_exported_toast (OpvExportDialog *self,
                     const char      *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  AdwToast *toast;

  /* Translators: a toast after exporting; %s is the file's name */
  toast = adw_toast_new_format (_("Exported “%s”"), escaped);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data (G_OBJECT (toast), "opv-window", self->window);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_toast_button_clicked_cb),
                         g_file_get_uri (file), (GClosureNotify) (void (*) (void)) g_free, 0);
  adw_toast_overlay_add_toast (self->window->toast_overlay, toast);
}

static void
show_error (OpvExportDialog *self,
            const GError    *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_set_weak_pointer (&self->error_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
finish (OpvExportDialog *self,
        const char      *path,
        const GError    *error)
{
  gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  g_signal_emit (self, signals[FINISHED], 0, path, error);

  if (self->window == NULL)
    return;

  if (error == NULL)
    {
      show_exported_toast (self, path);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (cancelled)
    {
      adw_toast_overlay_add_toast (self->window->toast_overlay, adw_toast_new (_("Export cancelled")));
      if (self->close_when_done)
        gtk_window_destroy (GTK_WINDOW (self));
    }
  else
    {
      /* The dialog stays, so that another place can be chosen. */
      self->close_when_done = FALSE;
      show_error (self, error);
    }
}

/* The task has no source object: were it the dialog, the worker thread
 * could drop the last reference to it, and a widget must be finalised in
 * the main thread. */
static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(OpvExportDialog) self = job->dialog ? g_object_ref (job->dialog) : NULL;
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);

  /* A dialog destroyed meanwhile has nothing left to show. */
  if (self == NULL)
    return;

  job->dialog = NULL;
  self->job = NULL;
  finish (self, job->path, error);
}

static char *
default_author (OpvExportDialog *self)
{
  g_autofree char *author = self->settings ? g_settings_get_string (self->settings, "export-author") : NULL;
  const char *real_name;

  if (author != NULL && author[0] != '\0')
    return g_steal_pointer (&author);

  /* GLib says "Unknown" when the system does not know the name. */
  real_name = g_get_real_name ();
  if (real_name == NULL || real_name[0] == '\0' || g_str_equal (real_name, "Unknown"))
    return NULL;
  return g_strdup (real_name);
}

/**
 * opv_export_dialog_get_options:
 * @options: (out caller-allocates): initialised here; clear it with
 *   opv_export_options_clear()
 *
 * Fills @options from the dialog's widgets and the settings. The items,
 * when only the listed ones are wanted, are those of the window's dossier.
 */
void
opv_export_dialog_get_options (OpvExportDialog  *self,
                               OpvExportOptions *options)
{
  OpvExportColumns chosen;
  g_autofree char *organisation = NULL;

  g_return_if_fail (OPV_IS_EXPORT_DIALOG (self));

  opv_export_options_init (options);
  options->language = adw_combo_row_get_selected (self->language_row);
  options->layout = adw_combo_row_get_selected (self->layout_row);

  /* 0 lets the export leave out the columns that are empty throughout. */
  chosen = chosen_columns (self);
  if (gtk_switch_get_active (self->leave_out_switch) && chosen == opv_export_layout_columns ())
    options->columns = 0;
  else
    options->columns = chosen;

  options->summary = gtk_switch_get_active (self->summary_switch);
  options->legend = gtk_switch_get_active (self->legend_switch);
  /* Insensitive when the round has none before it: nothing to compare. */
  options->changes = gtk_widget_get_sensitive (GTK_WIDGET (self->changes_row))
                     && gtk_switch_get_active (self->changes_switch);
  options->mark_new = gtk_widget_get_sensitive (GTK_WIDGET (self->mark_new_row))
                      && gtk_switch_get_active (self->mark_new_switch);

  if (gtk_check_button_get_active (self->shown_check) && self->window != NULL)
    options->item_ids = opv_window_dup_shown_item_ids (self->window);

  options->author = default_author (self);
  organisation = self->settings ? g_settings_get_string (self->settings, "export-organisation") : NULL;
  if (organisation != NULL && organisation[0] != '\0')
    options->organisation = g_steal_pointer (&organisation);
}

/* The worker gets the database, the ids and options that nothing else
 * touches: the store is not thread-safe, and the window's dossier may be
 * reloaded meanwhile. Nothing is loaded here, so that even a large
 * dossier starts exporting at once. */
static gboolean
prepare_job (OpvExportDialog  *self,
             ExportJob        *job,
             GError          **error)
{
  OpvDossier *listed = opv_export_dialog_get_dossier (self);
  OpvRound *round = opv_export_dialog_get_round (self);

  job->database = g_strdup (opv_store_get_path (self->window->store));
  job->dossier_id = opv_dossier_get_id (listed);
  job->round_id = round != NULL ? opv_round_get_id (round) : 0;

  opv_export_dialog_get_options (self, &job->options);

  return TRUE;
}

/**
 * opv_export_dialog_export_to:
 * @path: the workbook to write, in the GLib file name encoding
 *
 * Starts exporting what the dialog shows to @path, as choosing @path in the
 * file chooser does. The dialog is busy until #OpvExportDialog::finished
 * is emitted; then, on success, it has closed and the window shows a toast.
 *
 * Returns: %FALSE, doing nothing, when an export is already running
 */
gboolean
opv_export_dialog_export_to (OpvExportDialog *self,
                             const char      *path)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  g_return_val_if_fail (OPV_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->window != NULL && self->window->store != NULL, FALSE);
  g_return_val_if_fail (opv_export_dialog_get_dossier (self) != NULL, FALSE);

  if (self->cancellable != NULL)
    return FALSE;

  if (self->language_changed && self->settings != NULL)
    g_settings_set_string (self->settings, "export-language",
                           opv_export_language_to_id (adw_combo_row_get_selected (self->language_row)));

  job = g_atomic_rc_box_new0 (ExportJob);
  job->path = g_strdup (path);
  job->context = g_main_context_ref_thread_default ();
  job->dialog = self;
  self->job = job;
  self->close_when_done = FALSE;
  self->cancellable = g_cancellable_new ();

  task = g_task_new (NULL, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, opv_export_dialog_export_to);
  /* A workbook finished just as the user cancelled is there: say so,
   * rather than report a cancel that left a file behind. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, export_job_unref);
  set_busy (self, TRUE);

  if (!prepare_job (self, job, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return TRUE;
    }

  g_task_run_in_thread (task, export_thread);
  return TRUE;
}

/* The file chooser */

static void
on_chooser_response_cb (OpvExportDialog *self,
                        int              response,
                        GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autoptr(GError) error = g_error_new (OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_WRITE,
                                             _("Could not write “%s”: only files on this computer can be written"),
                                             uri);
      show_error (self, error);
      return;
    }

  folder = g_file_get_parent (file);
  if (self->settings != NULL && folder != NULL && g_file_peek_path (folder) != NULL)
    g_settings_set_string (self->settings, "export-folder", g_file_peek_path (folder));

  opv_export_dialog_export_to (self, path);
}

static GFile *
initial_folder (OpvExportDialog *self)
{
  g_autofree char *folder = self->settings ? g_settings_get_string (self->settings, "export-folder") : NULL;
  const char *documents;

  if (folder != NULL && folder[0] != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (folder);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static void
on_export_button_clicked_cb (OpvExportDialog *self)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->cancellable != NULL || self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export to Excel"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* GTK 4 always asks before a file is overwritten; there is no
   * do-overwrite-confirmation to set any more. */
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);

  folder = initial_folder (self);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  name = opv_export_default_filename (opv_export_dialog_get_dossier (self), opv_export_dialog_get_round (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  self->chooser = chooser;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_cancel_button_clicked_cb (OpvExportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Closing while an export runs cancels it; the dialog goes once the
 * worker has stopped, so that no half-written file is left behind
 * unnoticed. */
static gboolean
opv_export_dialog_close_request (GtkWindow *window)
{
  OpvExportDialog *self = OPV_EXPORT_DIALOG (window);

  if (self->cancellable != NULL)
    {
      self->close_when_done = TRUE;
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (opv_export_dialog_parent_class)->close_request (window);
}

static void
opv_export_dialog_constructed (GObject *object)
{
  OpvExportDialog *self = OPV_EXPORT_DIALOG (object);
  OpvExportLanguage language = opv_export_language_of_ui ();
  g_autofree char *language_id = NULL;
  guint selected = 0;

  G_OBJECT_CLASS (opv_export_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->window != NULL);

  gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (self->window));
  if (self->window->settings != NULL)
    self->settings = g_object_ref (self->window->settings);

  if (self->settings != NULL)
    language_id = g_settings_get_string (self->settings, "export-language");
  if (language_id != NULL && language_id[0] != '\0')
    opv_export_language_from_id (language_id, &language);
  adw_combo_row_set_selected (self->language_row, language);
  self->language_changed = FALSE;

  for (guint i = 0; self->window->dossiers && i < g_list_model_get_n_items (self->window->dossiers); i++)
    {
      g_autoptr(OpvDossier) dossier = g_list_model_get_item (self->window->dossiers, i);

      if (self->window->dossier != NULL && opv_dossier_get_id (dossier) == opv_dossier_get_id (self->window->dossier))
        selected = i;
    }

  g_signal_handlers_block_by_func (self->dossier_row, on_dossier_row_selected_cb, self);
  adw_combo_row_set_model (self->dossier_row, self->window->dossiers);
  adw_combo_row_set_selected (self->dossier_row, selected);
  g_signal_handlers_unblock_by_func (self->dossier_row, on_dossier_row_selected_cb, self);
  on_dossier_row_selected_cb (self);

  /* Not the Cancel button, which would take the first Enter. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->dossier_row));
}

static void
opv_export_dialog_dispose (GObject *object)
{
  OpvExportDialog *self = (OpvExportDialog *)object;

  if (self->job != NULL)
    ((ExportJob *) self->job)->dialog = NULL;
  self->job = NULL;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->error_dialog);
  /* Without a window, the rows' handlers know the dialog is going. */
  g_clear_object (&self->window);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->rounds);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (opv_export_dialog_parent_class)->dispose (object);
}

static void
opv_export_dialog_finalize (GObject *object)
{
  OpvExportDialog *self = (OpvExportDialog *)object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (opv_export_dialog_parent_class)->finalize (object);
}

static void
opv_export_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpvExportDialog *self = OPV_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WINDOW:
      g_value_set_object (value, self->window);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, opv_export_dialog_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_export_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OpvExportDialog *self = OPV_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WINDOW:
      self->window = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_export_dialog_class_init (OpvExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = opv_export_dialog_constructed;
  object_class->dispose = opv_export_dialog_dispose;
  object_class->finalize = opv_export_dialog_finalize;
  object_class->get_property = opv_export_dialog_get_property;
  object_class->set_property = opv_export_dialog_set_property;
  window_class->close_request = opv_export_dialog_close_request;

  properties[PROP_WINDOW] =
    g_param_spec_object ("window", NULL, NULL, OPV_TYPE_WINDOW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * OpvExportDialog:busy:
   *
   * Whether an export is running; the dialog then starts no other.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpvExportDialog::finished:
   * @self: the dialog
   * @path: the file that was to be written
   * @error: (nullable): why nothing was written; %G_IO_ERROR_CANCELLED
   *   when the user cancelled
   *
   * Emitted when an export has ended, before the dialog closes on success
   * (or on cancelling with Cancel) and before an error is shown.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/opv-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, dossier_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, round_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, whole_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, whole_check);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, shown_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, shown_check);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, layout_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, columns_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, leave_out_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, leave_out_switch);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, summary_switch);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, changes_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, changes_switch);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, mark_new_row);
  gtk_widget_class_bind_template_child (widget_class, OpvExportDialog, mark_new_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dossier_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_round_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_layout_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leave_out_switch_active_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opv_export_dialog_init (OpvExportDialog *self)
{
  GtkExpression *expression;

  self->rounds = g_list_store_new (OPV_TYPE_ROUND);
  self->chosen_columns = OPV_EXPORT_ALL_COLUMNS;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK 4.8 names a text button by its label property, underline and all,
   * followed by its label widget's text: "_Cancel Cancel". The label widget
   * alone names it right. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->cancel_button), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->export_button), GTK_ACCESSIBLE_PROPERTY_LABEL);

  expression = gtk_property_expression_new (OPV_TYPE_DOSSIER, NULL, "short-name");
  adw_combo_row_set_expression (self->dossier_row, expression);
  gtk_expression_unref (expression);

  expression = gtk_property_expression_new (OPV_TYPE_ROUND, NULL, "label");
  adw_combo_row_set_expression (self->round_row, expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_model (self->round_row, G_LIST_MODEL (self->rounds));
}

/**
 * opv_export_dialog_new:
 * @window: the window whose dossiers are offered; the dialog is modal
 *   over it and shows its toasts there
 */
OpvExportDialog *
opv_export_dialog_new (OpvWindow *window)
{
  g_return_val_if_fail (OPV_IS_WINDOW (window), NULL);

  return g_object_new (OPV_TYPE_EXPORT_DIALOG,
                       "window", window,
                       NULL);
}

gboolean
opv_export_dialog_get_busy (OpvExportDialog *self)
{
  g_return_val_if_fail (OPV_IS_EXPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}
