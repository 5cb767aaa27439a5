/* opv-changes-window.c: what changed between two reporting rounds
 *
 * The changed items of the dossier, each with its changes folded under
 * it and a button that shows it in the main window; the items without
 * changes are folded into one row at the end. The comparison is
 * opv_compare_rounds(); this window only shows it.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-changes"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-changes-window.h"
#include "opv-ui-util.h"

struct _OpvChangesWindow
{
  AdwWindow       parent_instance;

  OpvWindow      *window;
  OpvDossier     *dossier;       /* the window's dossier, loaded whole */
  GListStore     *rounds;        /* OpvRound of @dossier, oldest first */
  guint           n_changed_items;
  gboolean        updating;

  AdwWindowTitle *window_title;
  AdwComboRow    *from_row;
  AdwComboRow    *to_row;
  AdwComboRow    *kind_row;
  GtkLabel       *summary_label;
  GtkListBox     *change_list;
  GtkListBox     *unchanged_list;
  AdwExpanderRow *unchanged_row;
  GPtrArray      *unchanged_children;

  char           *removed_attributes;  /* Pango span attributes of a word diff */
  char           *added_attributes;
};

G_DEFINE_FINAL_TYPE (OpvChangesWindow, opv_changes_window, ADW_TYPE_WINDOW)

/* What the "Show" row offers; each a set of kinds. */
typedef enum
{
  SHOW_ALL,
  SHOW_STATUS,
  SHOW_PARTIES,
  SHOW_FOLLOWUPS,
  SHOW_WORDING,
  SHOW_ITEMS,
  N_SHOWS
} Show;

static gboolean
shows (Show          show,
       OpvChangeKind kind)
{
  switch (show)
    {
    case SHOW_STATUS:
      return kind == OPV_CHANGE_STATUS || kind == OPV_CHANGE_TIMEFRAME;
    case SHOW_PARTIES:
      return kind == OPV_CHANGE_PARTY_ADDED || kind == OPV_CHANGE_PARTY_REMOVED || kind == OPV_CHANGE_ROLE;
    case SHOW_FOLLOWUPS:
      return kind == OPV_CHANGE_FOLLOWUP_ADDED || kind == OPV_CHANGE_FOLLOWUP_REMOVED
             || kind == OPV_CHANGE_FOLLOWUP_REWORDED;
    case SHOW_WORDING:
      return kind == OPV_CHANGE_ITEM_TEXT || kind == OPV_CHANGE_THEME_TITLE;
    case SHOW_ITEMS:
      return kind == OPV_CHANGE_ITEM_ADDED || kind == OPV_CHANGE_ITEM_REMOVED;
    case SHOW_ALL:
    default:
      return TRUE;
    }
}

/* Markup */

static void
append_span (GString    *markup,
             const char *text,
             const char *attributes)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (attributes != NULL)
    g_string_append_printf (markup, "<span %s>%s</span>", attributes, escaped);
  else
    g_string_append (markup, escaped);
}

/* Removed words are struck through, added ones underlined: the colour,
 * the theme's error and success colours, is never the only sign. In high
 * contrast the words keep the text colour, the strongest there is, and
 * added words are bold as well. */
static char *
diff_attributes (OpvChangesWindow *self,
                 const char       *shape,
                 const char       *color_name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA color;

  if (adw_style_manager_get_high_contrast (style))
    return g_strdup (shape);
  if (!gtk_style_context_lookup_color (context, color_name, &color))
    return g_strdup (shape);
  return g_strdup_printf ("%s foreground=\"#%02x%02x%02x\"", shape,
                          (guint) (CLAMP (color.red, 0., 1.) * 255. + .5),
                          (guint) (CLAMP (color.green, 0., 1.) * 255. + .5),
                          (guint) (CLAMP (color.blue, 0., 1.) * 255. + .5));
}

static void
update_diff_attributes (OpvChangesWindow *self)
{
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  g_free (self->removed_attributes);
  g_free (self->added_attributes);
  self->removed_attributes = diff_attributes (self, "strikethrough=\"true\"", "error_color");
  self->added_attributes = diff_attributes (self,
                                            high_contrast ? "underline=\"single\" weight=\"bold\""
                                                          : "underline=\"single\"",
                                            "success_color");
}

static char *
diff_markup (OpvChangesWindow *self,
             const char       *old_text,
             const char       *new_text)
{
  g_autoptr(GPtrArray) parts = opv_word_diff (old_text ? old_text : "", new_text ? new_text : "");
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      OpvDiffPart *part = g_ptr_array_index (parts, i);

      if (i > 0)
        g_string_append_c (markup, ' ');
      append_span (markup, part->text,
                   part->op == OPV_DIFF_REMOVED ? self->removed_attributes
                   : part->op == OPV_DIFF_ADDED ? self->added_attributes : NULL);
    }
  return g_string_free (markup, FALSE);
}

static char *
change_markup (OpvChangesWindow *self,
               OpvChange        *change)
{
  g_autofree char *older = opv_change_dup_value (change, FALSE, NULL);
  g_autofree char *newer = opv_change_dup_value (change, TRUE, NULL);
  GString *markup = g_string_new (NULL);

  switch (change->kind)
    {
    case OPV_CHANGE_ITEM_TEXT:
    case OPV_CHANGE_THEME_TITLE:
    case OPV_CHANGE_FOLLOWUP_REWORDED:
      g_string_free (markup, TRUE);
      return diff_markup (self, older, newer);

    case OPV_CHANGE_STATUS:
    case OPV_CHANGE_TIMEFRAME:
    case OPV_CHANGE_ROLE:
      /* Translators: an empty side of a change, as in "none → 2025" */
      append_span (markup, older && older[0] ? older : _("none"), NULL);
      g_string_append (markup, " → ");
      append_span (markup, newer && newer[0] ? newer : _("none"), "weight=\"bold\"");
      break;

    /* Whole texts added or dropped: the row's title says which. */
    case OPV_CHANGE_ITEM_REMOVED:
    case OPV_CHANGE_PARTY_REMOVED:
    case OPV_CHANGE_FOLLOWUP_REMOVED:
      append_span (markup, older ? older : "", NULL);
      break;

    case OPV_CHANGE_ITEM_ADDED:
    case OPV_CHANGE_PARTY_ADDED:
    case OPV_CHANGE_FOLLOWUP_ADDED:
    default:
      append_span (markup, newer ? newer : "", NULL);
      break;
    }
  return g_string_free (markup, FALSE);
}

/* Rows */

static OpvRound *
chosen_round (OpvChangesWindow *self,
              AdwComboRow      *row)
{
  return adw_combo_row_get_selected_item (row);
}

static void
on_jump_clicked_cb (GtkButton        *button,
                    OpvChangesWindow *self)
{
  gint64 *item_id = g_object_get_data (G_OBJECT (button), "item-id");
  OpvRound *to = chosen_round (self, self->to_row);

  if (self->window == NULL || self->dossier == NULL || item_id == NULL)
    return;
  /* By id: the window finds the row without reading the list, clears
   * filters that hide it, and scrolls to it. */
  if (opv_window_show_item_id (self->window, opv_dossier_get_id (self->dossier),
                               to != NULL ? opv_round_get_id (to) : 0, *item_id))
    opv_window_show_detail (self->window);
  gtk_window_present (GTK_WINDOW (self->window));
}

static GtkWidget *
group_row (OpvChangesWindow *self,
           const char       *title,
           OpvItem          *item)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (item != NULL)
    {
      gint64 item_id = opv_item_get_id (item);
      GtkWidget *jump = gtk_button_new_from_icon_name ("go-jump-symbolic");

      gtk_widget_set_valign (jump, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (jump, "flat");
      gtk_widget_set_tooltip_text (jump, _("Show in the Main Window"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (jump),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show in the Main Window"),
                                      -1);
      g_object_set_data_full (G_OBJECT (jump), "item-id", g_memdup2 (&item_id, sizeof item_id), g_free);
      g_signal_connect (jump, "clicked", G_CALLBACK (on_jump_clicked_cb), self);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), jump);
    }
  return row;
}

static void
add_change_row (OpvChangesWindow *self,
                GtkWidget        *group,
                OpvChange        *change)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *markup = change_markup (self, change);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(opv_change_kind_msgid (change->kind)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), markup);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "change-row");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (group), row);
}

/* "Status · 3 follow-ups added": the kinds of a group's changes, counted. */
static char *
group_summary (GPtrArray *changes)
{
  guint counts[OPV_N_CHANGE_KINDS] = { 0 };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    counts[((OpvChange *) g_ptr_array_index (changes, i))->kind]++;

  for (guint k = 0; k < OPV_N_CHANGE_KINDS; k++)
    {
      if (counts[k] == 0)
        continue;
      if (s->len > 0)
        g_string_append (s, " · ");
      if (counts[k] == 1)
        g_string_append (s, _(opv_change_kind_msgid (k)));
      else
        /* Translators: a number of changes of one kind, as in "3 × Follow-up added" */
        g_string_append_printf (s, _("%u × %s"), counts[k], _(opv_change_kind_msgid (k)));
    }
  return g_string_free (s, FALSE);
}

static void
add_group (OpvChangesWindow *self,
           const char       *title,
           OpvItem          *item,
           GPtrArray        *changes)
{
  GtkWidget *group = group_row (self, title, item);
  g_autofree char *summary = group_summary (changes);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (group), summary);
  for (guint i = 0; i < changes->len; i++)
    add_change_row (self, group, g_ptr_array_index (changes, i));
  gtk_list_box_append (self->change_list, group);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
item_heading (OpvItem  *item,
              OpvRound *round)
{
  const char *code = opv_item_get_code (item);
  const char *title = opv_item_get_title_for (item, round);

  return code[0] != '\0' ? g_strdup_printf ("%s %s", code, title) : g_strdup (title);
}

static void
rebuild (OpvChangesWindow *self)
{
  OpvDossier *dossier = self->dossier;
  OpvRound *from = chosen_round (self, self->from_row);
  OpvRound *to = chosen_round (self, self->to_row);
  Show show = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *subtitle = NULL;
  GListModel *themes;
  guint n_changes = 0;
  guint n_unchanged = 0;

  clear_list (self->change_list);
  for (guint i = 0; i < self->unchanged_children->len; i++)
    adw_expander_row_remove (self->unchanged_row, g_ptr_array_index (self->unchanged_children, i));
  g_ptr_array_set_size (self->unchanged_children, 0);
  self->n_changed_items = 0;

  if (dossier == NULL || from == NULL || to == NULL)
    return;

  /* Translators: the subtitle of the changes window: dossier, "Update juni 2023 → Update 2024" */
  subtitle = g_strdup_printf (_("%s: %s → %s"), opv_dossier_get_short_name (dossier),
                              opv_round_get_label (from), opv_round_get_label (to));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (from == to)
    {
      gtk_label_set_text (self->summary_label, _("Choose two different rounds to compare."));
      gtk_widget_set_visible (GTK_WIDGET (self->change_list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->unchanged_list), FALSE);
      return;
    }

  changes = opv_compare_rounds (dossier, from, to);
  themes = opv_dossier_get_themes (dossier);
  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, t);
      GListModel *items = opv_theme_get_items (theme);
      g_autoptr(GPtrArray) theme_changes = g_ptr_array_new ();

      for (guint c = 0; c < changes->len; c++)
        {
          OpvChange *change = g_ptr_array_index (changes, c);

          if (change->theme == theme && change->item == NULL && shows (show, change->kind))
            g_ptr_array_add (theme_changes, change);
        }
      if (theme_changes->len > 0)
        {
          g_autofree char *heading = opv_theme_dup_heading (theme, to);

          add_group (self, heading, NULL, theme_changes);
          n_changes += theme_changes->len;
        }

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(OpvItem) item = g_list_model_get_item (items, i);
          g_autoptr(GPtrArray) item_changes = g_ptr_array_new ();
          g_autofree char *heading = NULL;
          OpvRound *named = opv_item_get_entry (item, to) ? to : from;

          /* An item neither round reports on is in neither table. */
          if (opv_item_get_entry (item, from) == NULL && opv_item_get_entry (item, to) == NULL)
            continue;

          for (guint c = 0; c < changes->len; c++)
            {
              OpvChange *change = g_ptr_array_index (changes, c);

              if (change->item == item && shows (show, change->kind))
                g_ptr_array_add (item_changes, change);
            }

          heading = item_heading (item, named);
          if (item_changes->len > 0)
            {
              add_group (self, heading, item, item_changes);
              n_changes += item_changes->len;
                  self->n_changed_items++;
            }
          else
            {
              GtkWidget *row = adw_action_row_new ();
              g_autofree char *escaped = g_markup_escape_text (heading, -1);

              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
              adw_expander_row_add_row (self->unchanged_row, row);
              g_ptr_array_add (self->unchanged_children, row);
              n_unchanged++;
            }
        }
    }

  {
    g_autofree char *summary = NULL;
    g_autofree char *unchanged = NULL;

    if (n_changes == 0)
      summary = g_strdup (show == SHOW_ALL ? _("Nothing changed between these rounds.")
                                           : _("No changes of this kind between these rounds."));
    else
      {
        g_autofree char *count = opv_format_count (n_changes);

        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s change, by item:", "%s changes, by item:", n_changes),
                                   count);
      }
    gtk_label_set_text (self->summary_label, summary);

    if (show == SHOW_ALL)
      unchanged = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item without changes", "%u items without changes",
                                                n_unchanged),
                                   n_unchanged);
    else
      unchanged = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item without changes of this kind",
                                                "%u items without changes of this kind", n_unchanged),
                                   n_unchanged);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unchanged_row), unchanged);
  }

  gtk_widget_set_visible (GTK_WIDGET (self->change_list), n_changes > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->unchanged_list), n_unchanged > 0);
}

static void
on_rounds_changed_cb (OpvChangesWindow *self)
{
  if (!self->updating)
    rebuild (self);
}

/* Dark, light or high contrast: the diff's colours follow. */
static void
on_style_changed_cb (OpvChangesWindow *self)
{
  update_diff_attributes (self);
  if (!self->updating)
    rebuild (self);
}

/* The main window reloads its dossier on every change; so does this. */
static void
on_store_changed_cb (OpvChangesWindow *self)
{
  OpvDossier *dossier = self->window ? opv_window_get_dossier (self->window) : NULL;
  OpvRound *from = chosen_round (self, self->from_row);
  OpvRound *to = chosen_round (self, self->to_row);
  g_autofree char *from_label = from ? g_strdup (opv_round_get_label (from)) : NULL;
  g_autofree char *to_label = to ? g_strdup (opv_round_get_label (to)) : NULL;

  if (dossier == NULL)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  g_clear_object (&self->dossier);
  opv_changes_window_set_rounds (self, from_label ? opv_dossier_find_round (dossier, from_label) : NULL,
                                 to_label ? opv_dossier_find_round (dossier, to_label) : NULL);
}

static void
opv_changes_window_dispose (GObject *object)
{
  OpvChangesWindow *self = OPV_CHANGES_WINDOW (object);

  g_clear_object (&self->window);
  g_clear_object (&self->dossier);
  g_clear_object (&self->rounds);
  g_clear_pointer (&self->unchanged_children, g_ptr_array_unref);
  g_clear_pointer (&self->removed_attributes, g_free);
  g_clear_pointer (&self->added_attributes, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPV_TYPE_CHANGES_WINDOW);

  G_OBJECT_CLASS (opv_changes_window_parent_class)->dispose (object);
}

static void
opv_changes_window_class_init (OpvChangesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_changes_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/opvolging/Opvolging/opv-changes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, from_row);
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, to_row);
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, change_list);
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, unchanged_list);
  gtk_widget_class_bind_template_child (widget_class, OpvChangesWindow, unchanged_row);
  gtk_widget_class_bind_template_callback (widget_class, on_rounds_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
opv_changes_window_init (OpvChangesWindow *self)
{
  g_autoptr(GtkExpression) expression = NULL;
  const char *shows_text[N_SHOWS + 1] = { NULL };

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rounds = g_list_store_new (OPV_TYPE_ROUND);
  self->unchanged_children = g_ptr_array_new ();
  expression = gtk_property_expression_new (OPV_TYPE_ROUND, NULL, "label");
  adw_combo_row_set_expression (self->from_row, expression);
  adw_combo_row_set_expression (self->to_row, expression);
  adw_combo_row_set_model (self->from_row, G_LIST_MODEL (self->rounds));
  adw_combo_row_set_model (self->to_row, G_LIST_MODEL (self->rounds));

  shows_text[SHOW_ALL] = _("All changes");
  shows_text[SHOW_STATUS] = _("Status and timeframe");
  shows_text[SHOW_PARTIES] = _("Responsible parties");
  shows_text[SHOW_FOLLOWUPS] = _("Follow-up");
  shows_text[SHOW_WORDING] = _("Wording and theme titles");
  shows_text[SHOW_ITEMS] = _("Items added or dropped");
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (gtk_string_list_new (shows_text)));
  /* Round names such as “Voortgangsrapportage 2024” and the kinds of
   * change in Dutch are longer than AdwComboRow shows whole. */
  opv_combo_row_show_whole_choices (self->from_row);
  opv_combo_row_show_whole_choices (self->to_row);
  opv_combo_row_show_whole_choices (self->kind_row);

  adw_window_title_set_title (self->window_title, _("Changes"));
  gtk_window_set_title (GTK_WINDOW (self), _("Changes"));

  update_diff_attributes (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
  self->updating = FALSE;
}

/**
 * opv_changes_window_new:
 *
 * Returns: (transfer full): a window that compares rounds of the
 * dossier @window shows, the round shown there with the one before it
 */
OpvChangesWindow *
opv_changes_window_new (OpvWindow *window)
{
  OpvChangesWindow *self;
  OpvDossier *dossier = opv_window_get_dossier (window);
  OpvRound *to = opv_window_get_round (window);
  OpvRound *from = dossier && to ? opv_dossier_get_previous_round (dossier, to) : NULL;

  self = g_object_new (OPV_TYPE_CHANGES_WINDOW,
                       "transient-for", window,
                       "application", gtk_window_get_application (GTK_WINDOW (window)),
                       NULL);
  self->window = g_object_ref (window);
  g_signal_connect_object (opv_window_get_store (window), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  /* Another database (a restored backup) has other rounds: close. */
  g_signal_connect_object (window, "notify::store", G_CALLBACK (gtk_window_close), self, G_CONNECT_SWAPPED);
  opv_changes_window_set_rounds (self, from ? from : to, to);
  return self;
}

/* The comparison reads every item of both rounds, and the main window
 * holds none (its list reads them a page at a time): this window loads
 * the dossier whole, again after every change. */
static OpvDossier *
load_compared (OpvChangesWindow *self)
{
  OpvDossier *shown = self->window ? opv_window_get_dossier (self->window) : NULL;
  g_autoptr(GError) error = NULL;

  if (shown == NULL)
    {
      g_clear_object (&self->dossier);
      return NULL;
    }
  if (self->dossier != NULL && opv_dossier_get_id (self->dossier) == opv_dossier_get_id (shown))
    return self->dossier;

  g_clear_object (&self->dossier);
  self->dossier = opv_store_load_dossier (opv_window_get_store (self->window), opv_dossier_get_id (shown), &error);
  if (self->dossier == NULL)
    gtk_label_set_text (self->summary_label, error->message);
  return self->dossier;
}

/* @round may be the main window's; the list holds this window's own. */
static guint
round_position (OpvChangesWindow *self,
                OpvRound         *round)
{
  for (guint i = 0; round != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->rounds)); i++)
    {
      g_autoptr(OpvRound) r = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);

      if (opv_round_get_id (r) == opv_round_get_id (round))
        return i;
    }
  return 0;
}

/**
 * opv_changes_window_set_rounds:
 *
 * Compares @from with @to, two rounds of the dossier the main window shows.
 */
void
opv_changes_window_set_rounds (OpvChangesWindow *self,
                               OpvRound         *from,
                               OpvRound         *to)
{
  OpvDossier *dossier;
  GListModel *rounds;

  g_return_if_fail (OPV_IS_CHANGES_WINDOW (self));

  dossier = load_compared (self);
  rounds = dossier ? opv_dossier_get_rounds (dossier) : NULL;

  self->updating = TRUE;
  g_list_store_remove_all (self->rounds);
  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i);
      g_list_store_append (self->rounds, round);
    }
  adw_combo_row_set_selected (self->from_row, round_position (self, from));
  adw_combo_row_set_selected (self->to_row, round_position (self, to));
  self->updating = FALSE;

  rebuild (self);
}

/**
 * opv_changes_window_get_n_changed_items:
 *
 * Returns: how many items the window lists as changed
 */
guint
opv_changes_window_get_n_changed_items (OpvChangesWindow *self)
{
  g_return_val_if_fail (OPV_IS_CHANGES_WINDOW (self), 0);
  return self->n_changed_items;
}
