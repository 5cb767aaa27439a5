/* opv-theme.c: a theme or action line that groups items
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-theme"

#include "config.h"

#include "opv-dossier.h"
#include "opv-theme.h"
#include "opv-util.h"

struct _OpvTheme
{
  GObject     parent_instance;
  gint64      id;
  char       *number;
  char       *title;
  GHashTable *wording;   /* OpvRound* (ref) → char*: the title as that round words it */
  OpvDossier *dossier;   /* weak */
  GListStore *items;
};

G_DEFINE_FINAL_TYPE (OpvTheme, opv_theme, G_TYPE_OBJECT)

static void
opv_theme_dispose (GObject *object)
{
  OpvTheme *self = (OpvTheme *)object;

  g_clear_weak_pointer (&self->dossier);

  G_OBJECT_CLASS (opv_theme_parent_class)->dispose (object);
}

static void
opv_theme_finalize (GObject *object)
{
  OpvTheme *self = (OpvTheme *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->wording, g_hash_table_unref);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (opv_theme_parent_class)->finalize (object);
}

static void
opv_theme_class_init (OpvThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = opv_theme_dispose;
  object_class->finalize = opv_theme_finalize;
}

static void
opv_theme_init (OpvTheme *self)
{
  self->number = g_strdup ("");
  self->title = g_strdup ("");
  self->wording = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->items = g_list_store_new (OPV_TYPE_ITEM);
}

OpvTheme *
opv_theme_new (const char *number,
               const char *title)
{
  OpvTheme *self = g_object_new (OPV_TYPE_THEME, NULL);

  opv_theme_set_number (self, number);
  opv_theme_set_title (self, title);

  return self;
}

gint64
opv_theme_get_id (OpvTheme *self)
{
  g_return_val_if_fail (OPV_IS_THEME (self), 0);
  return self->id;
}

void
opv_theme_set_id (OpvTheme *self,
                  gint64    id)
{
  g_return_if_fail (OPV_IS_THEME (self));
  self->id = id;
}

const char *
opv_theme_get_number (OpvTheme *self)
{
  g_return_val_if_fail (OPV_IS_THEME (self), NULL);
  return self->number;
}

void
opv_theme_set_number (OpvTheme   *self,
                      const char *number)
{
  g_return_if_fail (OPV_IS_THEME (self));
  opv_set_str (&self->number, number ? number : "");
}

const char *
opv_theme_get_title (OpvTheme *self)
{
  g_return_val_if_fail (OPV_IS_THEME (self), NULL);
  return self->title;
}

void
opv_theme_set_title (OpvTheme   *self,
                     const char *title)
{
  g_return_if_fail (OPV_IS_THEME (self));
  opv_set_str (&self->title, title ? title : "");
}

/**
 * opv_theme_get_wording:
 *
 * Returns: (nullable): the title as @round words it, if that differs
 */
const char *
opv_theme_get_wording (OpvTheme *self,
                       OpvRound *round)
{
  g_return_val_if_fail (OPV_IS_THEME (self), NULL);
  return round ? g_hash_table_lookup (self->wording, round) : NULL;
}

const char *
opv_theme_get_title_for (OpvTheme *self,
                         OpvRound *round)
{
  const char *wording = opv_theme_get_wording (self, round);

  return wording ? wording : self->title;
}

void
opv_theme_set_wording (OpvTheme   *self,
                       OpvRound   *round,
                       const char *title)
{
  g_return_if_fail (OPV_IS_THEME (self));
  g_return_if_fail (OPV_IS_ROUND (round));

  if (title == NULL)
    g_hash_table_remove (self->wording, round);
  else
    g_hash_table_replace (self->wording, g_object_ref (round), g_strdup (title));
}

/**
 * opv_theme_dup_wording_rounds:
 *
 * Returns: (transfer container) (element-type OpvRound): the rounds that word
 * the title differently, in the dossier's round order.
 */
GPtrArray *
opv_theme_dup_wording_rounds (OpvTheme *self)
{
  GPtrArray *rounds = g_ptr_array_new ();
  GListModel *all;

  g_return_val_if_fail (OPV_IS_THEME (self), rounds);

  if (self->dossier == NULL)
    return rounds;

  all = opv_dossier_get_rounds (self->dossier);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (all, i);

      if (g_hash_table_contains (self->wording, round))
        g_ptr_array_add (rounds, round);
    }

  return rounds;
}

/**
 * opv_theme_format_heading:
 * @number: the theme's number, or ""
 * @title: its title as a round words it
 *
 * Returns: (transfer full): "1. Aandacht voor slachtoffers",
 * "9.1.1 PLAN (ontwikkelen)" or "Actielijn 1: Er zijn …", as the sources
 * print them
 */
char *
opv_theme_format_heading (const char *number,
                          const char *title)
{
  gboolean integer = !opv_str_empty (number);
  gboolean numeric = integer;

  if (opv_str_empty (number))
    return g_strdup (title);

  for (const char *p = number; *p != '\0'; p++)
    {
      integer &= g_ascii_isdigit (*p);
      numeric &= g_ascii_isdigit (*p) || *p == '.';
    }

  if (integer)
    return g_strdup_printf ("%s. %s", number, title);
  if (numeric)
    return g_strdup_printf ("%s %s", number, title);
  return g_strdup_printf ("%s: %s", number, title);
}

/**
 * opv_theme_dup_heading:
 *
 * Returns: (transfer full): "1. Aandacht voor slachtoffers" or
 * "Actielijn 1: Er zijn …", as the theme is shown above its items
 */
char *
opv_theme_dup_heading (OpvTheme *self,
                       OpvRound *round)
{
  return opv_theme_format_heading (self->number, opv_theme_get_title_for (self, round));
}

OpvDossier *
opv_theme_get_dossier (OpvTheme *self)
{
  g_return_val_if_fail (OPV_IS_THEME (self), NULL);
  return self->dossier;
}

void
opv_theme_set_dossier (OpvTheme   *self,
                       OpvDossier *dossier)
{
  g_return_if_fail (OPV_IS_THEME (self));
  g_set_weak_pointer (&self->dossier, dossier);
}

GListModel *
opv_theme_get_items (OpvTheme *self)
{
  g_return_val_if_fail (OPV_IS_THEME (self), NULL);
  return G_LIST_MODEL (self->items);
}

void
opv_theme_add_item (OpvTheme *self,
                    OpvItem  *item)
{
  g_return_if_fail (OPV_IS_THEME (self));
  g_return_if_fail (OPV_IS_ITEM (item));

  opv_item_set_theme (item, self);
  g_list_store_append (self->items, item);
}
