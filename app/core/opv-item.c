/* opv-item.c: a recommendation or activity
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-item"

#include "config.h"

#include "opv-dossier.h"
#include "opv-item.h"
#include "opv-theme.h"
#include "opv-util.h"

struct _OpvItem
{
  GObject    parent_instance;
  gint64     id;
  char      *code;
  char      *title;
  char      *text;
  OpvTheme  *theme;     /* weak */
  GPtrArray *entries;   /* OpvEntry, one per round that reports the item */
};

G_DEFINE_FINAL_TYPE (OpvItem, opv_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
opv_item_dispose (GObject *object)
{
  OpvItem *self = (OpvItem *)object;

  g_clear_weak_pointer (&self->theme);

  G_OBJECT_CLASS (opv_item_parent_class)->dispose (object);
}

static void
opv_item_finalize (GObject *object)
{
  OpvItem *self = (OpvItem *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (opv_item_parent_class)->finalize (object);
}

static void
opv_item_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OpvItem *self = OPV_ITEM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_item_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OpvItem *self = OPV_ITEM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      opv_item_set_code (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      opv_item_set_title (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      opv_item_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_item_class_init (OpvItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = opv_item_dispose;
  object_class->finalize = opv_item_finalize;
  object_class->get_property = opv_item_get_property;
  object_class->set_property = opv_item_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
opv_item_init (OpvItem *self)
{
  self->code = g_strdup ("");
  self->title = g_strdup ("");
  self->text = g_strdup ("");
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
}

OpvItem *
opv_item_new (const char *code,
              const char *title,
              const char *text)
{
  OpvItem *self = g_object_new (OPV_TYPE_ITEM, NULL);

  /* Set directly: a new object has no one to notify, and loading a large
   * dossier makes many. */
  g_free (self->code);
  g_free (self->title);
  g_free (self->text);
  self->code = g_strdup (code ? code : "");
  self->title = g_strdup (title ? title : "");
  self->text = g_strdup (text ? text : "");
  return self;
}

gint64
opv_item_get_id (OpvItem *self)
{
  g_return_val_if_fail (OPV_IS_ITEM (self), 0);
  return self->id;
}

void
opv_item_set_id (OpvItem *self,
                 gint64   id)
{
  g_return_if_fail (OPV_IS_ITEM (self));
  self->id = id;
}

const char *
opv_item_get_code (OpvItem *self)
{
  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);
  return self->code;
}

void
opv_item_set_code (OpvItem    *self,
                   const char *code)
{
  g_return_if_fail (OPV_IS_ITEM (self));
  if (opv_set_str (&self->code, code ? code : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

const char *
opv_item_get_title (OpvItem *self)
{
  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);
  return self->title;
}

void
opv_item_set_title (OpvItem    *self,
                    const char *title)
{
  g_return_if_fail (OPV_IS_ITEM (self));
  if (opv_set_str (&self->title, title ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
opv_item_get_text (OpvItem *self)
{
  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);
  return self->text;
}

void
opv_item_set_text (OpvItem    *self,
                   const char *text)
{
  g_return_if_fail (OPV_IS_ITEM (self));
  if (opv_set_str (&self->text, text ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

OpvTheme *
opv_item_get_theme (OpvItem *self)
{
  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);
  return self->theme;
}

void
opv_item_set_theme (OpvItem  *self,
                    OpvTheme *theme)
{
  g_return_if_fail (OPV_IS_ITEM (self));
  g_set_weak_pointer (&self->theme, theme);
}

/**
 * opv_item_get_entries:
 *
 * Returns: (transfer none) (element-type OpvEntry): the entries, in the order
 * they were added (the dossier's round order when loaded from a store).
 */
GPtrArray *
opv_item_get_entries (OpvItem *self)
{
  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);
  return self->entries;
}

/**
 * opv_item_get_entry:
 *
 * Returns: (transfer none) (nullable): what @round reports on the item
 */
OpvEntry *
opv_item_get_entry (OpvItem  *self,
                    OpvRound *round)
{
  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);

  if (round == NULL)
    return NULL;

  for (guint i = 0; i < self->entries->len; i++)
    {
      OpvEntry *entry = g_ptr_array_index (self->entries, i);

      if (opv_entry_get_round (entry) == round)
        return entry;
    }

  return NULL;
}

void
opv_item_add_entry (OpvItem  *self,
                    OpvEntry *entry)
{
  g_return_if_fail (OPV_IS_ITEM (self));
  g_return_if_fail (OPV_IS_ENTRY (entry));
  g_return_if_fail (opv_item_get_entry (self, opv_entry_get_round (entry)) == NULL);

  g_ptr_array_add (self->entries, g_object_ref (entry));
}

/**
 * opv_item_get_title_for:
 * @round: (nullable): a round of the item's dossier
 *
 * Returns: the title as @round words it
 */
const char *
opv_item_get_title_for (OpvItem  *self,
                        OpvRound *round)
{
  OpvEntry *entry = opv_item_get_entry (self, round);

  if (entry != NULL && opv_entry_get_wording_title (entry) != NULL)
    return opv_entry_get_wording_title (entry);
  return self->title;
}

const char *
opv_item_get_text_for (OpvItem  *self,
                       OpvRound *round)
{
  OpvEntry *entry = opv_item_get_entry (self, round);

  if (entry != NULL && opv_entry_get_wording_text (entry) != NULL)
    return opv_entry_get_wording_text (entry);
  return self->text;
}

/**
 * opv_item_get_responsible_entry:
 * @round: (nullable): the round looked at
 *
 * Who is responsible for the item as of @round: what @round says, or, when
 * it says nothing about responsibility (the 2024 update of Schaduw dansen
 * names no parties), what the last round before it that did say.
 *
 * Returns: (transfer none) (nullable): the entry that states the
 *   responsibility, or %NULL when no round up to @round does
 */
OpvEntry *
opv_item_get_responsible_entry (OpvItem  *self,
                                OpvRound *round)
{
  OpvDossier *dossier;
  OpvEntry *entry;

  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);

  dossier = opv_theme_get_dossier (opv_item_get_theme (self));
  entry = opv_item_get_entry (self, round);
  while (entry == NULL || !opv_entry_states_responsibility (entry))
    {
      round = round && dossier ? opv_dossier_get_previous_round (dossier, round) : NULL;
      if (round == NULL)
        return NULL;
      entry = opv_item_get_entry (self, round);
    }
  return entry;
}

/**
 * opv_item_get_latest_entry:
 *
 * Returns: (transfer none) (nullable): what the newest round that reports
 *   on the item says: its current status and timeframe
 */
OpvEntry *
opv_item_get_latest_entry (OpvItem *self)
{
  OpvDossier *dossier;
  GListModel *rounds;

  g_return_val_if_fail (OPV_IS_ITEM (self), NULL);

  dossier = opv_theme_get_dossier (opv_item_get_theme (self));
  rounds = dossier ? opv_dossier_get_rounds (dossier) : NULL;
  for (guint i = rounds ? g_list_model_get_n_items (rounds) : 0; i > 0; i--)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i - 1);
      OpvEntry *entry = opv_item_get_entry (self, round);

      if (entry != NULL)
        return entry;
    }
  return NULL;
}
