/* opv-a11y.c: accessible names that GTK 4.8 leaves out or gets wrong
 *
 * Four gaps in GTK 4.8 and libadwaita 1.2 would make a screen reader
 * speak a type name or a stray underscore, whatever the app sets:
 *
 * - a row of a list view or of a drop-down's popup has no name at all,
 *   and GtkListItem has no API to give it one;
 * - the button inside a GtkDropDown, which is what takes the focus, has
 *   no name of its own (it gets the drop-down's, and the choice it shows
 *   as its description);
 * - a button whose label has a mnemonic is named "_Delete Delete" (its
 *   label property and then its label), and a check button "_Overdue";
 * - the outer row of an AdwExpanderRow has no name.
 *
 * Each is mended for every widget of its kind, through emission hooks
 * installed at start-up: on GtkWidget::realize for the buttons and on a
 * list item factory's bind for the rows. A list row is named with the
 * texts of its labels, kept up to date as they change; a list that names
 * its rows better (the item list, with their status) says so with
 * opv_a11y_set_row_label().
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-a11y"

#include "config.h"

#include <adwaita.h>

#include "opv-a11y.h"

#define OWN_LABEL_KEY "opv-a11y-own-label"

static GQuark
watched_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("opv-a11y-watched");
  return quark;
}

/* Mnemonics */

static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            p++;
          else
            continue;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
mend_mnemonic_name (GtkWidget *widget)
{
  const char *label = NULL;
  gboolean use_underline = FALSE;

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
      use_underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget));
      if (label != NULL && use_underline)
        {
          g_autofree char *text = strip_mnemonic (label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
        }
    }
  else if (GTK_IS_BUTTON (widget))
    {
      label = gtk_button_get_label (GTK_BUTTON (widget));
      use_underline = gtk_button_get_use_underline (GTK_BUTTON (widget));
      /* The mnemonic label already names the button; the raw label
       * property only adds "_Delete" in front. */
      if (label != NULL && use_underline)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

static void
on_button_label_notify_cb (GtkWidget *widget)
{
  mend_mnemonic_name (widget);
}

/* List rows */

static void
append_label_texts (GtkWidget *widget,
                    GString   *text)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      const char *part = gtk_label_get_text (GTK_LABEL (widget));

      if (part != NULL && part[0] != '\0')
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, part);
        }
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_label_texts (child, text);
}

static void
name_row_from_labels (GtkWidget *row)
{
  g_autoptr(GString) text = NULL;

  if (g_object_get_data (G_OBJECT (row), OWN_LABEL_KEY) != NULL)
    return;

  text = g_string_new (NULL);
  append_label_texts (row, text);
  if (text->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
watch_labels (GtkWidget *widget,
              GtkWidget *row)
{
  if (GTK_IS_LABEL (widget))
    g_signal_connect_object (widget, "notify::label", G_CALLBACK (name_row_from_labels), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (widget, "notify::visible", G_CALLBACK (name_row_from_labels), row, G_CONNECT_SWAPPED);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_labels (child, row);
}

/* Every list view row in GTK 4.8, in the app's lists and in the popups of
 * GtkDropDown and AdwComboRow, comes from a GtkSignalListItemFactory. The
 * hook runs before the factory's handlers bind the row, so it watches the
 * labels that they are about to fill. */
static gboolean
on_factory_bind_hook (GSignalInvocationHint *hint,
                      guint                  n_values,
                      const GValue          *values,
                      gpointer               user_data)
{
  GtkListItem *list_item = g_value_get_object (&values[1]);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *row = child ? gtk_widget_get_parent (child) : NULL;

  if (row == NULL || g_object_get_qdata (G_OBJECT (row), watched_quark ()) != NULL)
    return TRUE;

  g_object_set_qdata (G_OBJECT (row), watched_quark (), GINT_TO_POINTER (TRUE));
  watch_labels (child, row);
  name_row_from_labels (row);
  return TRUE;
}

/* Drop-downs */

/* The button shows the choice, which a screen reader reads as the
 * button's description after its name ("Dossier … Schaduw dansen"). */
static gboolean
describe_drop_down_button_cb (gpointer user_data)
{
  g_autoptr(GtkWidget) button = user_data;
  g_autoptr(GString) text = g_string_new (NULL);

  append_label_texts (button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
  return G_SOURCE_REMOVE;
}

static void
on_drop_down_selected_cb (GtkDropDown *dropdown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* The button's labels are bound to the new choice after this. */
      if (GTK_IS_TOGGLE_BUTTON (child))
        g_idle_add (describe_drop_down_button_cb, g_object_ref (child));
    }
}

static void
name_drop_down_button (GtkDropDown *dropdown)
{
  GList *mnemonic_labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (dropdown));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_TOGGLE_BUTTON (child))
        continue;

      /* GTK 4.8 takes a name through one relation, not two: a drop-down
       * that a label names passes that label on. */
      if (mnemonic_labels != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, mnemonic_labels->data, NULL,
                                        -1);
      else
        gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, dropdown, NULL,
                                        -1);
    }
  g_list_free (mnemonic_labels);
}

/* Expander rows: the row that holds the header row and the rows inside
 * is a list row of its own, with no name in GTK 4.8; it takes its title. */

static void
name_expander_row (AdwExpanderRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *text = NULL;

  if (title == NULL || title[0] == '\0')
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }
  if (!adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row))
      || !pango_parse_markup (title, -1, 0, NULL, &text, NULL, NULL))
    text = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
mend_widget (GtkWidget *widget)
{
  if (g_object_get_qdata (G_OBJECT (widget), watched_quark ()) != NULL)
    return;

  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    {
      g_object_set_qdata (G_OBJECT (widget), watched_quark (), GINT_TO_POINTER (TRUE));
      mend_mnemonic_name (widget);
      g_signal_connect (widget, "notify::label", G_CALLBACK (on_button_label_notify_cb), NULL);
      g_signal_connect (widget, "notify::use-underline", G_CALLBACK (on_button_label_notify_cb), NULL);
    }
  else if (GTK_IS_DROP_DOWN (widget))
    {
      g_object_set_qdata (G_OBJECT (widget), watched_quark (), GINT_TO_POINTER (TRUE));
      name_drop_down_button (GTK_DROP_DOWN (widget));
      on_drop_down_selected_cb (GTK_DROP_DOWN (widget));
      g_signal_connect (widget, "notify::selected-item", G_CALLBACK (on_drop_down_selected_cb), NULL);
    }
  else if (ADW_IS_EXPANDER_ROW (widget))
    {
      g_object_set_qdata (G_OBJECT (widget), watched_quark (), GINT_TO_POINTER (TRUE));
      name_expander_row (ADW_EXPANDER_ROW (widget));
      g_signal_connect (widget, "notify::title", G_CALLBACK (name_expander_row), NULL);
    }
}

static void
mend_subtree (GtkWidget *widget)
{
  mend_widget (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mend_subtree (child);
}

static gboolean
on_realize_hook (GSignalInvocationHint *hint,
                 guint                  n_values,
                 const GValue          *values,
                 gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  mend_widget (widget);

  /* A stack's hidden pages are not realized, but a screen reader finds
   * them all the same. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_child_visible (child))
        mend_subtree (child);
    }
  return TRUE;
}

/**
 * opv_a11y_init:
 *
 * Installs the hooks that mend GTK 4.8's accessible names. opv_ui_init()
 * calls it.
 */
void
opv_a11y_init (void)
{
  static gboolean done;
  g_autoptr(GTypeClass) widget_class = NULL;
  g_autoptr(GTypeClass) factory_class = NULL;

  if (done)
    return;
  done = TRUE;

  /* GObject::notify takes no emission hooks, so the hooks look at a
   * widget when it is realized, or a row when it is bound, and connect to
   * what may change. */
  widget_class = g_type_class_ref (GTK_TYPE_WIDGET);
  factory_class = g_type_class_ref (GTK_TYPE_SIGNAL_LIST_ITEM_FACTORY);
  g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                              on_realize_hook, NULL, NULL);
  g_signal_add_emission_hook (g_signal_lookup ("bind", GTK_TYPE_SIGNAL_LIST_ITEM_FACTORY), 0,
                              on_factory_bind_hook, NULL, NULL);
}

/**
 * opv_a11y_set_row_label:
 * @child: the child of a list item, set by a factory's setup
 * @label: (nullable): the row's accessible name, or %NULL for the texts
 *   of its labels
 *
 * Names the row of a list view that @child is shown in. Call it from the
 * factory's bind handler.
 */
void
opv_a11y_set_row_label (GtkWidget  *child,
                        const char *label)
{
  GtkWidget *row = gtk_widget_get_parent (child);

  if (row == NULL)
    return;
  g_object_set_data (G_OBJECT (row), OWN_LABEL_KEY, label ? GINT_TO_POINTER (TRUE) : NULL);
  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  else
    name_row_from_labels (row);
}
