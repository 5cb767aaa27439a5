/* opv-kamerstuk-editor.c: a parliamentary paper edited as its parts, with
 * the citation they make shown as one types
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-kamerstuk-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-kamerstuk-editor.h"

struct _OpvKamerstukEditor
{
  GtkWidget    parent_instance;

  GtkDropDown *chamber;
  GtkEntry    *session;
  GtkEntry    *dossier;
  GtkEntry    *number;
  GtkEntry    *url;
  GtkLabel    *preview;
  GtkLabel    *error;
  char        *preview_text;
};

G_DEFINE_FINAL_TYPE (OpvKamerstukEditor, opv_kamerstuk_editor, GTK_TYPE_WIDGET)

enum {
  REMOVE,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
opv_kamerstuk_editor_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (opv_kamerstuk_editor_parent_class)->dispose (object);
}

static void
opv_kamerstuk_editor_finalize (GObject *object)
{
  g_free (OPV_KAMERSTUK_EDITOR (object)->preview_text);

  G_OBJECT_CLASS (opv_kamerstuk_editor_parent_class)->finalize (object);
}

static void
opv_kamerstuk_editor_class_init (OpvKamerstukEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opv_kamerstuk_editor_dispose;
  object_class->finalize = opv_kamerstuk_editor_finalize;

  /**
   * OpvKamerstukEditor::remove:
   *
   * Emitted when the user asks to remove the paper from the follow-up.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * OpvKamerstukEditor::changed:
   *
   * Emitted when any part changes.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "opv-kamerstuk-editor");
}

static char *
strip (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

static void
update_preview (OpvKamerstukEditor *self)
{
  g_autoptr(OpvKamerstuk) k = opv_kamerstuk_editor_dup_kamerstuk (self);

  g_free (self->preview_text);
  self->preview_text = opv_kamerstuk_format (k);
  gtk_label_set_label (self->preview, self->preview_text);
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
emit_remove (OpvKamerstukEditor *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static GtkWidget *
caption_new (const char *text,
             GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  return label;
}

static GtkEntry *
field_new (const char *placeholder,
           int         width_chars)
{
  GtkEntry *entry = GTK_ENTRY (gtk_entry_new ());

  gtk_entry_set_placeholder_text (entry, placeholder);
  if (width_chars > 0)
    gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  return entry;
}

static void
opv_kamerstuk_editor_init (OpvKamerstukEditor *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *remove;
  g_autoptr(GtkStringList) chambers = NULL;
  const char *chamber_names[] = {
    /* Translators: the chamber of parliament of a paper, when the source names none */
    _("Not stated"),
    /* Translators: Eerste Kamer, cited as "Kamerstukken I" */
    _("Senate (I)"),
    /* Translators: Tweede Kamer, cited as "Kamerstukken II" */
    _("House (II)"),
    NULL,
  };

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_parent (grid, GTK_WIDGET (self));

  chambers = gtk_string_list_new (chamber_names);
  self->chamber = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (chambers)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->chamber), GTK_ALIGN_CENTER);
  self->session = field_new ("2023/24", 7);
  self->dossier = field_new ("30420", 8);
  gtk_widget_set_hexpand (GTK_WIDGET (self->dossier), TRUE);
  self->number = field_new ("390", 4);
  /* Translators: a placeholder in the address field of a parliamentary paper */
  self->url = field_new (_("https://… (optional)"), 0);
  gtk_entry_set_input_purpose (self->url, GTK_INPUT_PURPOSE_URL);

  /* Translators: the chamber of parliament (Eerste or Tweede Kamer) */
  gtk_grid_attach (GTK_GRID (grid), caption_new (_("Chamber"), GTK_WIDGET (self->chamber)), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), caption_new (_("Session year"), GTK_WIDGET (self->session)), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), caption_new (_("Dossier number"), GTK_WIDGET (self->dossier)), 2, 0, 1, 1);
  /* Translators: the "nr." of a parliamentary paper within its dossier */
  gtk_grid_attach (GTK_GRID (grid), caption_new (_("Number"), GTK_WIDGET (self->number)), 3, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->chamber), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->session), 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->dossier), 2, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->number), 3, 1, 1, 1);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Paper"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Paper"),
                                  -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (emit_remove), self, G_CONNECT_SWAPPED);
  gtk_grid_attach (GTK_GRID (grid), remove, 4, 1, 1, 1);

  gtk_grid_attach (GTK_GRID (grid), caption_new (_("Address"), GTK_WIDGET (self->url)), 0, 2, 4, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->url), 0, 3, 4, 1);

  self->preview = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->preview, 0);
  gtk_label_set_wrap (self->preview, TRUE);
  gtk_label_set_wrap_mode (self->preview, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (self->preview, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->preview), "kamerstuk-preview");
  gtk_widget_set_parent (GTK_WIDGET (self->preview), GTK_WIDGET (self));

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->error, 0);
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_wrap_mode (self->error, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->error), 0, 4, 4, 1);

  g_signal_connect_object (self->chamber, "notify::selected", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "changed", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dossier, "changed", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->number, "changed", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->url, "changed", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
}

/**
 * opv_kamerstuk_editor_new:
 * @kamerstuk: (nullable): the paper to edit, or %NULL for a new one
 */
GtkWidget *
opv_kamerstuk_editor_new (const OpvKamerstuk *kamerstuk)
{
  OpvKamerstukEditor *self = g_object_new (OPV_TYPE_KAMERSTUK_EDITOR, NULL);

  if (kamerstuk != NULL)
    {
      gtk_drop_down_set_selected (self->chamber, kamerstuk->chamber);
      gtk_editable_set_text (GTK_EDITABLE (self->session), kamerstuk->session);
      gtk_editable_set_text (GTK_EDITABLE (self->dossier), kamerstuk->dossier);
      gtk_editable_set_text (GTK_EDITABLE (self->number), kamerstuk->number);
      gtk_editable_set_text (GTK_EDITABLE (self->url), kamerstuk->url ? kamerstuk->url : "");
    }
  update_preview (self);
  return GTK_WIDGET (self);
}

/**
 * opv_kamerstuk_editor_dup_kamerstuk:
 *
 * Returns: (transfer full): the paper as the fields give it; an empty
 *   address is none
 */
OpvKamerstuk *
opv_kamerstuk_editor_dup_kamerstuk (OpvKamerstukEditor *self)
{
  g_autofree char *session = NULL;
  g_autofree char *dossier = NULL;
  g_autofree char *number = NULL;
  g_autofree char *url = NULL;
  guint chamber;

  g_return_val_if_fail (OPV_IS_KAMERSTUK_EDITOR (self), NULL);

  chamber = gtk_drop_down_get_selected (self->chamber);
  if (chamber > OPV_CHAMBER_SECOND)
    chamber = OPV_CHAMBER_UNKNOWN;
  session = strip (gtk_editable_get_text (GTK_EDITABLE (self->session)));
  dossier = strip (gtk_editable_get_text (GTK_EDITABLE (self->dossier)));
  number = strip (gtk_editable_get_text (GTK_EDITABLE (self->number)));
  url = strip (gtk_editable_get_text (GTK_EDITABLE (self->url)));

  return opv_kamerstuk_new ((OpvChamber) chamber, session, dossier, number, url[0] ? url : NULL);
}

/**
 * opv_kamerstuk_editor_get_preview:
 *
 * Returns: the citation the fields make, as shown under them
 */
const char *
opv_kamerstuk_editor_get_preview (OpvKamerstukEditor *self)
{
  g_return_val_if_fail (OPV_IS_KAMERSTUK_EDITOR (self), NULL);
  return self->preview_text;
}

void
opv_kamerstuk_editor_set_chamber (OpvKamerstukEditor *self,
                                  OpvChamber          chamber)
{
  g_return_if_fail (OPV_IS_KAMERSTUK_EDITOR (self));
  gtk_drop_down_set_selected (self->chamber, chamber);
}

GtkEditable *
opv_kamerstuk_editor_get_session (OpvKamerstukEditor *self)
{
  return GTK_EDITABLE (self->session);
}

GtkEditable *
opv_kamerstuk_editor_get_dossier (OpvKamerstukEditor *self)
{
  return GTK_EDITABLE (self->dossier);
}

GtkEditable *
opv_kamerstuk_editor_get_number (OpvKamerstukEditor *self)
{
  return GTK_EDITABLE (self->number);
}

GtkEditable *
opv_kamerstuk_editor_get_url (OpvKamerstukEditor *self)
{
  return GTK_EDITABLE (self->url);
}

/**
 * opv_kamerstuk_editor_set_error:
 * @message: (nullable): why the store refused the paper, shown under it
 */
void
opv_kamerstuk_editor_set_error (OpvKamerstukEditor *self,
                                const char         *message)
{
  g_return_if_fail (OPV_IS_KAMERSTUK_EDITOR (self));

  gtk_label_set_label (self->error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), message != NULL);
}
