/* opv-form.c: small forms and confirmations in message dialogs
 *
 * Each form is an AdwMessageDialog over the window with a boxed list of
 * rows. The values are applied on the "apply" response, once: a dialog can
 * emit "response" twice, from its button and from closing.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-form.h"
#include "opv-ui-util.h"

typedef struct
{
  OpvWindow    *window;
  GPtrArray    *rows;      /* AdwEntryRow, AdwComboRow, or a switch's AdwActionRow */
  GtkLabel     *message;   /* what the check says */
  OpvFormCheck  check;
  OpvFormApply  apply;
  gpointer      data;
} Form;

static void
form_free (Form *form)
{
  /* The data are g_malloc()ed (an id), or NULL. */
  g_free (form->data);
  g_clear_object (&form->window);
  g_ptr_array_unref (form->rows);
  g_free (form);
}

static GPtrArray *
form_values (Form *form)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < form->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (form->rows, i);
      GtkSwitch *toggle = g_object_get_data (G_OBJECT (row), "switch");

      if (toggle != NULL)
        g_ptr_array_add (values, g_strdup (gtk_switch_get_active (toggle) ? "1" : "0"));
      else if (ADW_IS_COMBO_ROW (row))
        g_ptr_array_add (values, g_strdup_printf ("%u", adw_combo_row_get_selected (ADW_COMBO_ROW (row))));
      else
        g_ptr_array_add (values, g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
    }
  return values;
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Form             *form)
{
  if (g_str_equal (response, "apply") && form->apply != NULL)
    {
      OpvFormApply apply = form->apply;
      g_autoptr(GPtrArray) values = form_values (form);

      form->apply = NULL;
      apply (form->window, values, form->data);
    }
}

static void
on_entry_activate_cb (AdwEntryRow      *row,
                      AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "apply"))
    adw_message_dialog_response (dialog, "apply");
}

static void
update (Form             *form,
        AdwMessageDialog *dialog)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < form->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (form->rows, i);

      if (ADW_IS_ENTRY_ROW (row) && g_object_get_data (G_OBJECT (row), "required"))
        {
          g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
          ok = ok && stripped[0] != '\0';
        }
    }

  if (form->check != NULL)
    {
      g_autoptr(GPtrArray) values = form_values (form);
      gboolean check_ok = TRUE;
      g_autofree char *message = form->check (form->window, values, &check_ok);

      gtk_label_set_text (form->message, message ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (form->message), message != NULL);
      if (check_ok)
        gtk_widget_remove_css_class (GTK_WIDGET (form->message), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (form->message), "error");
      ok = ok && check_ok;
    }

  adw_message_dialog_set_response_enabled (dialog, "apply", ok);
}

static void
on_changed_cb (GObject          *object,
               GParamSpec       *pspec,
               AdwMessageDialog *dialog)
{
  update (g_object_get_data (G_OBJECT (dialog), "form"), dialog);
}

static void
on_text_changed_cb (GtkEditable      *editable,
                    AdwMessageDialog *dialog)
{
  update (g_object_get_data (G_OBJECT (dialog), "form"), dialog);
}

/**
 * opv_form_run:
 * @check: (nullable): looks at the values as they change
 * @data: (transfer full) (nullable): g_malloc()ed data for @apply
 *
 * Shows a form over @window and applies it when the user confirms.
 *
 * Returns: (transfer none): the dialog, already shown
 */
AdwMessageDialog *
opv_form_run (OpvWindow          *window,
              const char         *heading,
              const char         *body,
              const char         *apply_label,
              const OpvFormField *fields,
              guint               n_fields,
              OpvFormCheck        check,
              OpvFormApply        apply,
              gpointer            data)
{
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  Form *form = g_new0 (Form, 1);

  form->window = g_object_ref (window);
  form->rows = g_ptr_array_new ();
  form->check = check;
  form->apply = apply;
  form->data = data;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);

  for (guint i = 0; i < n_fields; i++)
    {
      const OpvFormField *field = &fields[i];
      GtkWidget *row;

      if (field->toggle)
        {
          GtkWidget *toggle = gtk_switch_new ();

          row = adw_action_row_new ();
          gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
          gtk_switch_set_active (GTK_SWITCH (toggle), field->active);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
          if (field->subtitle != NULL)
            {
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), field->subtitle);
              adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
            }
          g_object_set_data (G_OBJECT (row), "switch", toggle);
          g_signal_connect (toggle, "notify::active", G_CALLBACK (on_changed_cb), dialog);
        }
      else if (field->choices != NULL)
        {
          row = adw_combo_row_new ();
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (gtk_string_list_new (field->choices)));
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), field->selected);
          /* A dialog is narrow: the choice goes under the title, whole,
           * as in the export dialog (“Een rapport met aanbevelingen”). */
          adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
          opv_combo_row_show_whole_choices (ADW_COMBO_ROW (row));
          g_signal_connect (row, "notify::selected", G_CALLBACK (on_changed_cb), dialog);
        }
      else
        {
          row = adw_entry_row_new ();
          gtk_editable_set_text (GTK_EDITABLE (row), field->text ? field->text : "");
          g_object_set_data (G_OBJECT (row), "required", GINT_TO_POINTER (field->required));
          g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activate_cb), dialog);
          g_signal_connect (row, "changed", G_CALLBACK (on_text_changed_cb), dialog);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field->title);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (form->rows, row);
    }

  form->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->message, TRUE);
  gtk_label_set_xalign (form->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->message), "caption");
  gtk_widget_set_visible (GTK_WIDGET (form->message), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->message));

  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) form_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), form);
  update (form, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

typedef struct
{
  OpvWindow    *window;
  OpvConfirmed  confirmed;
  gint64        id;
} Confirm;

static void
confirm_free (Confirm *confirm)
{
  g_clear_object (&confirm->window);
  g_free (confirm);
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Confirm          *confirm)
{
  if (g_str_equal (response, "confirm") && confirm->confirmed != NULL)
    {
      OpvConfirmed confirmed = confirm->confirmed;

      confirm->confirmed = NULL;
      confirmed (confirm->window, confirm->id);
    }
}

/**
 * opv_form_confirm:
 * @destructive: whether the confirmation deletes or undoes something
 *
 * Asks before something that takes much with it. Cancel is the default,
 * so Enter does not confirm by accident.
 */
void
opv_form_confirm (OpvWindow    *window,
                  const char   *heading,
                  const char   *body,
                  const char   *confirm_label,
                  gboolean      destructive,
                  OpvConfirmed  confirmed,
                  gint64        id)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading, body));
  Confirm *confirm = g_new0 (Confirm, 1);

  confirm->window = g_object_ref (window);
  confirm->confirmed = confirmed;
  confirm->id = id;

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "confirm", confirm_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm",
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "confirm", confirm, (GDestroyNotify) confirm_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), confirm);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * opv_form_report:
 *
 * Shows @error when @ok is %FALSE.
 *
 * Returns: @ok
 */
gboolean
opv_form_report (OpvWindow *window,
                 gboolean   ok,
                 GError    *error)
{
  if (!ok && error != NULL)
    opv_window_report_error (window, error);
  return ok;
}
