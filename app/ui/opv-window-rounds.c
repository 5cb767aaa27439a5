/* opv-window-rounds.c: starting a reporting round, marking it as sent,
 * reopening it, and comparing rounds
 *
 * The store does the work and refuses any change to a sent round; the
 * window only asks, and shows what the store says.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "opv-changes-window.h"
#include "opv-form.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"
#include "opv-window-rounds.h"

/* "YYYY" or "YYYY-MM" */
static gboolean
is_period (const char *text)
{
  return g_regex_match_simple ("^[12][0-9]{3}(-(0[1-9]|1[0-2]))?$", text, 0, 0);
}

/* "YYYY-MM-DD", a real date */
static gboolean
is_date (const char *text)
{
  int y, m, d;

  if (!g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", text, 0, 0))
    return FALSE;
  if (sscanf (text, "%d-%d-%d", &y, &m, &d) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

static gboolean
has_round (OpvWindow  *self,
           const char *label)
{
  return self->dossier != NULL && opv_dossier_find_round (self->dossier, label) != NULL;
}

/**
 * opv_window_rounds_dup_sent:
 *
 * Returns: (transfer full) (nullable): "Sent on 12 March 2024 with
 * Kamerstukken II …", or %NULL for a round that is open
 */
char *
opv_window_rounds_dup_sent (OpvRound *round)
{
  const OpvKamerstuk *reference;
  g_autofree char *date = NULL;

  if (round == NULL || opv_round_get_state (round) != OPV_ROUND_SENT)
    return NULL;

  date = opv_format_period (opv_round_get_sent_on (round));
  reference = opv_round_get_sent_reference (round);
  if (reference != NULL)
    {
      g_autofree char *citation = opv_kamerstuk_format (reference);
      /* Translators: the state of a reporting round: the date and the letter's parliamentary paper */
      return g_strdup_printf (_("Sent on %s with %s"), date, citation);
    }
  /* Translators: the state of a reporting round */
  return g_strdup_printf (_("Sent on %s"), date);
}

/* New round */

static char *
check_new_round (OpvWindow *self,
                 GPtrArray *values,
                 gboolean  *ok)
{
  g_autofree char *label = g_strstrip (g_strdup (g_ptr_array_index (values, 0)));
  const char *period = g_ptr_array_index (values, 1);

  *ok = FALSE;
  if (has_round (self, label))
    return g_strdup_printf (_("The dossier already has a round “%s”"), label);
  if (period[0] != '\0' && !is_period (period))
    return g_strdup (_("The period is a year, as in 2025, or a year and month, as in 2025-06"));
  *ok = TRUE;
  return NULL;
}

static void
apply_new_round (OpvWindow *self,
                 GPtrArray *values,
                 gpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strstrip (g_strdup (g_ptr_array_index (values, 0)));
  gboolean carry = g_str_equal (g_ptr_array_index (values, 2), "1");
  gint64 id;

  if (self->dossier == NULL)
    return;
  id = opv_store_create_round (self->store, opv_dossier_get_id (self->dossier), label,
                               g_ptr_array_index (values, 1), carry, &error);
  if (opv_form_report (self, id != 0, error))
    {
      g_autofree char *title = g_strdup_printf (_("Round “%s” started"), label);

      opv_window_select_round (self, label);
      opv_window_toast_undo (self, title);
    }
}

static void
new_round_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *period = g_date_time_format (now, "%Y-%m");
  g_autofree char *month = opv_format_period (period);
  /* Translators: the suggested label of a new round; %s is a month and year, as in "juni 2025" */
  g_autofree char *label = g_strdup_printf (_("Update %s"), month);
  g_autofree char *body = NULL;
  OpvRound *newest;
  OpvFormField fields[] = {
    { .title = _("Label"), .text = label, .required = TRUE },
    /* Translators: the period a round reports on */
    { .title = _("Period (YYYY or YYYY-MM)"), .text = period },
    { .title = _("Carry over follow-up"), .toggle = TRUE, .active = TRUE,
      .subtitle = _("Each follow-up is copied and marked as carried over, to keep, edit or drop") },
  };

  if (self->dossier == NULL)
    return;

  newest = opv_dossier_get_newest_round (self->dossier);
  if (newest != NULL)
    body = g_strdup_printf (_("The new round starts from “%s”: every status, timeframe, explanation and responsible party is carried forward."),
                            opv_round_get_label (newest));
  else
    body = g_strdup (_("The dossier’s first round starts empty."));

  opv_form_run (self, _("New Reporting Round"), body, _("_Start"), fields, G_N_ELEMENTS (fields),
                check_new_round, apply_new_round, NULL);
}

/* Mark as sent */

static char *
check_sent (OpvWindow *self,
            GPtrArray *values,
            gboolean  *ok)
{
  const char *date = g_ptr_array_index (values, 0);
  g_autofree char *text = g_strstrip (g_strdup (g_ptr_array_index (values, 1)));
  g_autoptr(OpvKamerstuk) reference = NULL;
  g_autofree char *citation = NULL;

  *ok = FALSE;
  if (!is_date (date))
    return g_strdup (_("The date is written as YYYY-MM-DD, as in 2024-03-12"));

  if (text[0] == '\0')
    {
      *ok = TRUE;
      return g_strdup (_("Without the letter’s reference, the round cannot say where it was sent"));
    }

  reference = opv_kamerstuk_parse (text);
  if (reference == NULL)
    return g_strdup (_("Not a parliamentary paper: write it as in “Kamerstukken II 2023/24, 33 000 VIII, nr. 123”"));

  *ok = TRUE;
  citation = opv_kamerstuk_format (reference);
  /* Translators: how the reference the user typed is read */
  return g_strdup_printf (_("Recorded as: %s"), citation);
}

static void
apply_sent (OpvWindow *self,
            GPtrArray *values,
            gpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (g_ptr_array_index (values, 1)));
  g_autoptr(OpvKamerstuk) reference = text[0] != '\0' ? opv_kamerstuk_parse (text) : NULL;
  gint64 round_id = *(gint64 *) data;

  if (opv_form_report (self, opv_store_mark_round_sent (self->store, round_id, g_ptr_array_index (values, 0),
                                                        reference, &error),
                       error))
    opv_window_toast_undo (self, _("Round marked as sent"));
}

static void
mark_sent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *heading = NULL;
  OpvFormField fields[] = {
    { .title = _("Sent on (YYYY-MM-DD)"), .text = today, .required = TRUE },
    { .title = _("Parliamentary paper of the letter"), .text = "" },
  };

  if (self->round == NULL)
    return;

  heading = g_strdup_printf (_("Mark “%s” as Sent?"), opv_round_get_label (self->round));
  opv_form_run (self, heading,
                _("A sent round is frozen: what parliament received cannot be changed until the round is reopened."),
                _("_Mark as Sent"), fields, G_N_ELEMENTS (fields), check_sent, apply_sent,
                g_memdup2 (&(gint64) { opv_round_get_id (self->round) }, sizeof (gint64)));
}

/* Reopen */

static void
reopen_confirmed (OpvWindow *self,
                  gint64     round_id)
{
  g_autoptr(GError) error = NULL;

  if (opv_form_report (self, opv_store_reopen_round (self->store, round_id, &error), error))
    opv_window_toast_undo (self, _("Round reopened"));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  g_autofree char *heading = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *body = NULL;

  if (self->round == NULL || opv_round_get_state (self->round) != OPV_ROUND_SENT)
    return;

  heading = g_strdup_printf (_("Reopen “%s”?"), opv_round_get_label (self->round));
  sent = opv_window_rounds_dup_sent (self->round);
  /* Translators: %s is "Sent on 12 March 2024 with Kamerstukken II …" */
  body = g_strdup_printf (_("%s. Once reopened, the round can be changed and may no longer match what parliament received. The reopening is recorded in the history."),
                          sent);
  opv_form_confirm (self, heading, body, _("_Reopen"), TRUE, reopen_confirmed, opv_round_get_id (self->round));
}

/* Changes: one window per main window, kept while it is open. */

static void
on_changes_window_destroy_cb (GtkWidget *changes,
                              OpvWindow *self)
{
  if (g_object_get_data (G_OBJECT (self), "changes-window") == changes)
    g_object_set_data (G_OBJECT (self), "changes-window", NULL);
}

static void
show_changes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpvWindow *self = OPV_WINDOW (widget);
  OpvChangesWindow *changes;

  if (self->dossier == NULL)
    return;

  changes = g_object_get_data (G_OBJECT (self), "changes-window");
  if (changes == NULL)
    {
      changes = opv_changes_window_new (self);
      g_object_set_data (G_OBJECT (self), "changes-window", changes);
      g_signal_connect_object (changes, "destroy", G_CALLBACK (on_changes_window_destroy_cb), self, 0);
    }
  else
    {
      OpvRound *previous = self->round ? opv_dossier_get_previous_round (self->dossier, self->round) : NULL;
      opv_changes_window_set_rounds (changes, previous ? previous : self->round, self->round);
    }
  gtk_window_present (GTK_WINDOW (changes));
}

/**
 * opv_window_rounds_update:
 *
 * Enables the round actions that make sense for the shown round.
 */
void
opv_window_rounds_update (OpvWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean sent = self->round != NULL && opv_round_get_state (self->round) == OPV_ROUND_SENT;
  guint n_rounds = self->dossier ? g_list_model_get_n_items (opv_dossier_get_rounds (self->dossier)) : 0;

  gtk_widget_action_set_enabled (widget, "win.new-round", self->store != NULL && self->dossier != NULL);
  gtk_widget_action_set_enabled (widget, "win.mark-round-sent", self->round != NULL && !sent);
  gtk_widget_action_set_enabled (widget, "win.reopen-round", sent);
  gtk_widget_action_set_enabled (widget, "win.show-changes", n_rounds > 1);
}

void
opv_window_rounds_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-round", NULL, new_round_action);
  gtk_widget_class_install_action (widget_class, "win.mark-round-sent", NULL, mark_sent_action);
  gtk_widget_class_install_action (widget_class, "win.reopen-round", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "win.show-changes", NULL, show_changes_action);
}
