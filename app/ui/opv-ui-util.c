/* opv-ui-util.c
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-ui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opv-a11y.h"
#include "opv-item-view.h"
#include "opv-resources.h"
#include "opv-ui-util-private.h"

static const char * const status_classes[] = {
  "unset", "done", "in-progress", "ongoing", "delayed", "not-started",
};

/**
 * opv_ui_init:
 *
 * Registers the widgets' resources, types and style. The application calls
 * it at start-up; widget tests call it after gtk_test_init().
 */
void
opv_ui_init (void)
{
  static gboolean done;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (done)
    return;
  done = TRUE;

  g_resources_register (opv_get_resource ());
  g_type_ensure (OPV_TYPE_ITEM_VIEW);
  opv_a11y_init ();

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/opvolging.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
opv_status_badge_update (GtkLabel  *badge,
                         OpvStatus  status)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (status_classes) == OPV_N_STATUSES);

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (badge), status_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (badge), "status-badge");
  gtk_widget_add_css_class (GTK_WIDGET (badge), status_classes[status]);
  gtk_label_set_label (badge, _(opv_status_msgid (status)));
}

GtkWidget *
opv_status_badge_new (OpvStatus status)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (badge), PANGO_ELLIPSIZE_END);
  opv_status_badge_update (GTK_LABEL (badge), status);
  return badge;
}

static void
show_uri_with_desktop (GtkWindow  *parent,
                       const char *uri)
{
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static OpvUriLauncher uri_launcher = show_uri_with_desktop;

/* For tests, which must see what would be opened without opening it. */
void
opv_ui_set_uri_launcher (OpvUriLauncher launcher)
{
  uri_launcher = launcher != NULL ? launcher : show_uri_with_desktop;
}

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * opv_ui_show_uri:
 * @widget: (nullable): the widget the user acted on
 * @uri: (nullable): an address from a dossier
 *
 * The one place where the UI hands an address from a dossier to the
 * desktop. Only http, https and mailto addresses are opened
 * (opv_uri_is_openable()): a file: or custom-scheme address from an
 * imported dossier could start any program.
 *
 * Returns: whether @uri was opened
 */
gboolean
opv_ui_show_uri (GtkWidget  *widget,
                 const char *uri)
{
  if (!opv_uri_is_openable (uri))
    {
      g_debug ("Not opening “%s”: only http, https and mailto addresses are opened", uri ? uri : "");
      return FALSE;
    }

  uri_launcher (window_of (widget), uri);
  return TRUE;
}

/**
 * opv_ui_open_file:
 * @file: a file this program has just written, such as an export
 *
 * Opens @file with the desktop's application for it. Addresses from a
 * dossier never come here; they go through opv_ui_show_uri().
 */
void
opv_ui_open_file (GtkWidget *widget,
                  GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_return_if_fail (g_file_is_native (file));
  uri_launcher (window_of (widget), uri);
}

/**
 * opv_toast_new_text:
 * @text: plain text, such as an error message that may quote a title
 *
 * Toast titles are Pango markup. A title or a message from a dossier with
 * "&" or "<" in it would show nothing (and warn), and one with an <a href>
 * would put a link in the toast that no check had seen; so text is always
 * escaped on its way into a toast.
 *
 * Returns: (transfer full): a toast that shows @text as it is
 */
AdwToast *
opv_toast_new_text (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  return adw_toast_new (escaped);
}

static gboolean
on_link_activate_link_cb (GtkLinkButton *button,
                          gpointer       user_data)
{
  opv_ui_show_uri (GTK_WIDGET (button), gtk_link_button_get_uri (button));
  /* Handled: GTK's own handler, which would open any address, never runs. */
  return TRUE;
}

/**
 * opv_link_widget_new:
 *
 * Returns: (transfer floating): a link button for a web or mail address,
 * or a label that says the address is unknown or will not be opened
 */
GtkWidget *
opv_link_widget_new (const char *label,
                     const char *url)
{
  GtkWidget *widget;

  if (url != NULL && opv_uri_is_openable (url))
    {
      widget = gtk_link_button_new_with_label (url, label);
      gtk_widget_set_tooltip_text (widget, url);
      gtk_widget_set_halign (widget, GTK_ALIGN_START);
      gtk_widget_add_css_class (widget, "flat");
      g_signal_connect (widget, "activate-link", G_CALLBACK (on_link_activate_link_cb), NULL);
      /* A long label must wrap instead of widening the pane. */
      if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
        {
          GtkLabel *child = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)));
          gtk_label_set_wrap (child, TRUE);
          gtk_label_set_wrap_mode (child, PANGO_WRAP_WORD_CHAR);
          gtk_label_set_xalign (child, 0);
        }
    }
  else
    {
      g_autofree char *text = NULL;

      if (url == NULL)
        /* Translators: a link in the source whose address was lost */
        text = g_strdup_printf (_("%s (address unknown)"), label);
      else
        text = g_strdup_printf ("%s (%s)", label, url);

      widget = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_label_set_selectable (GTK_LABEL (widget), TRUE);
      gtk_widget_add_css_class (widget, "dim-label");
    }

  return widget;
}

void
opv_remove_all_children (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_BOX (container))
        gtk_box_remove (GTK_BOX (container), child);
      else
        gtk_widget_unparent (child);
    }
}

/**
 * opv_ui_apply_language:
 *
 * Speaks the interface language chosen in the preferences, when one is.
 * The schema may be missing (a build tree without GSETTINGS_SCHEMA_DIR);
 * then the system decides.
 */
void
opv_ui_apply_language (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;

  if (schema == NULL)
    return;
  settings = g_settings_new (APP_ID);
  language = g_settings_get_string (settings, "ui-language");
  opv_i18n_set_language (language);
}

/* Month names come from our own catalogue rather than from the C library,
 * because the UI language can be chosen apart from the system locale
 * (Preferences), and LC_TIME would still name the months in the other one. */
static const char *
month_name (int month)
{
  switch (month)
    {
    case 1: return C_("month", "January");
    case 2: return C_("month", "February");
    case 3: return C_("month", "March");
    case 4: return C_("month", "April");
    case 5: return C_("month", "May");
    case 6: return C_("month", "June");
    case 7: return C_("month", "July");
    case 8: return C_("month", "August");
    case 9: return C_("month", "September");
    case 10: return C_("month", "October");
    case 11: return C_("month", "November");
    case 12: return C_("month", "December");
    default: g_return_val_if_reached ("");
    }
}

/**
 * opv_format_period:
 * @period: "2023", "2023-06" or "2023-06-15"
 *
 * Returns: (transfer full): the period in the UI language: "juni 2023"
 */
char *
opv_format_period (const char *period)
{
  int year, month = 0, day = 0;
  gsize len;

  if (period == NULL || period[0] == '\0')
    return g_strdup ("");

  len = strlen (period);
  year = (int) g_ascii_strtoll (period, NULL, 10);
  if (len >= 7)
    month = (int) g_ascii_strtoll (period + 5, NULL, 10);
  if (len >= 10)
    day = (int) g_ascii_strtoll (period + 8, NULL, 10);

  if (month < 1 || month > 12)
    return g_strdup_printf ("%d", year);
  if (day < 1 || day > 31)
    /* Translators: a month and a year, as in "June 2023" */
    return g_strdup_printf (C_("month and year", "%1$s %2$d"), month_name (month), year);
  /* Translators: a day, month and year, as in "15 June 2023" */
  return g_strdup_printf (C_("full date", "%3$d %1$s %2$d"), month_name (month), year, day);
}

/**
 * opv_format_count:
 * @n: a number of things
 *
 * Writes @n as the interface language writes numbers, its thousands
 * grouped: "10,000" in English, "10.000" in Dutch. The language is the
 * one the translations follow, not the process locale, which may be C.
 *
 * Returns: (transfer full): the number as text
 */
char *
opv_format_count (guint n)
{
  /* Translators: the sign that groups the thousands of a number, as in
   * "10,000"; Dutch writes "10.000" */
  const char *separator = C_("thousands separator", ",");
  char digits[16];
  GString *out = g_string_new (NULL);
  gsize len;

  g_snprintf (digits, sizeof digits, "%u", n);
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* Combo rows that show their whole choices
 *
 * AdwComboRow's own factory cuts every choice at 20 characters, in the
 * popup as well as in the row: “Verantwoordelijke part…”. Dutch words are
 * long, and so are round names such as “Voortgangsrapportage 2024”. These
 * factories wrap a long choice instead, between words. */

static char *
combo_row_item_text (AdwComboRow *row,
                     GObject     *item)
{
  GtkExpression *expression = adw_combo_row_get_expression (row);
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL)
    return g_strdup ("");
  if (expression != NULL)
    {
      if (gtk_expression_evaluate (expression, item, &value) && G_VALUE_HOLDS_STRING (&value))
        return g_value_dup_string (&value);
      return g_strdup ("");
    }
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return g_strdup ("");
}

static void
combo_row_update_check (GtkListItem *list_item)
{
  AdwComboRow *row = g_object_get_data (G_OBJECT (list_item), "opv-combo-row");
  GtkWidget *check = g_object_get_data (G_OBJECT (list_item), "opv-combo-check");

  if (row == NULL || check == NULL)
    return;
  gtk_widget_set_opacity (check,
                          adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (list_item) ? 1 : 0);
}

static void
combo_row_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  in_popup)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Between words only: a row beside a long subtitle keeps “Automatisch”
   * whole rather than breaking it. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (label), in_popup ? 40 : 30);
  gtk_label_set_xalign (GTK_LABEL (label), in_popup ? 0 : 1);
  gtk_label_set_justify (GTK_LABEL (label), in_popup ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_RIGHT);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (in_popup)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), check);
      g_object_set_data (G_OBJECT (list_item), "opv-combo-check", check);
    }
  g_object_set_data (G_OBJECT (list_item), "opv-combo-label", label);
  gtk_list_item_set_child (list_item, box);
}

static void
combo_row_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   AdwComboRow              *row)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (list_item), "opv-combo-label");
  g_autofree char *text = combo_row_item_text (row, gtk_list_item_get_item (list_item));

  gtk_label_set_label (label, text);
  if (g_object_get_data (G_OBJECT (list_item), "opv-combo-check") == NULL)
    return;
  g_object_set_data (G_OBJECT (list_item), "opv-combo-row", row);
  g_signal_connect_object (row, "notify::selected-item", G_CALLBACK (combo_row_update_check), list_item,
                           G_CONNECT_SWAPPED);
  combo_row_update_check (list_item);
}

static void
combo_row_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, combo_row_update_check, list_item);
  g_object_set_data (G_OBJECT (list_item), "opv-combo-row", NULL);
}

static GtkListItemFactory *
combo_row_factory_new (AdwComboRow *row,
                       gboolean     in_popup)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (combo_row_setup_cb), GINT_TO_POINTER (in_popup));
  g_signal_connect (factory, "bind", G_CALLBACK (combo_row_bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (combo_row_unbind_cb), row);
  return factory;
}

/**
 * opv_combo_row_show_whole_choices:
 * @row: a combo row whose model holds #GtkStringObject items or that has an
 *   expression
 *
 * Shows every choice of @row whole, in the popup and in the row, wrapping
 * a long one between words rather than cutting it off.
 */
void
opv_combo_row_show_whole_choices (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = combo_row_factory_new (row, FALSE);
  g_autoptr(GtkListItemFactory) list_factory = combo_row_factory_new (row, TRUE);

  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_list_factory (row, list_factory);
}

/**
 * opv_text_excerpt:
 * @text: a text, possibly megabytes long
 * @max_chars: how many characters at most to keep
 * @cut: (out) (optional): set to whether @text was cut
 *
 * The beginning of @text, for a widget that must not lay out all of it: at
 * most @max_chars characters, ended at the last white space before the
 * limit where there is one not far before it, then "…". Reads no more of
 * @text than it keeps.
 *
 * Returns: (transfer full): the excerpt, or a copy of @text when it is
 *   short enough
 */
char *
opv_text_excerpt (const char *text,
                  guint       max_chars,
                  gboolean   *cut)
{
  const char *end;
  const char *space = NULL;
  guint n = 0;
  GString *out;

  if (text == NULL)
    text = "";

  for (end = text; *end != '\0' && n < max_chars; end = g_utf8_next_char (end), n++)
    if (g_unichar_isspace (g_utf8_get_char (end)))
      space = end;

  if (cut != NULL)
    *cut = *end != '\0';
  if (*end == '\0')
    return g_strdup (text);

  /* A word cut in two reads as a typing error: end at the word before,
   * unless that would drop more than a tenth of the excerpt. */
  if (space != NULL && (guint) g_utf8_strlen (space, end - space) <= max_chars / 10 + 1)
    end = space;

  out = g_string_new_len (text, end - text);
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}
