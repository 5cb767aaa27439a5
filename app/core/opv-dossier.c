/* opv-dossier.c: a source report or programme with its themes and rounds
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-dossier"

#include "config.h"

#include "opv-dossier.h"
#include "opv-util.h"

struct _OpvDossier
{
  GObject         parent_instance;
  gint64          id;
  char           *slug;
  char           *title;
  char           *short_name;
  OpvDossierKind  kind;
  char           *publisher;
  char           *published;
  guint           n_items;   /* known without loading the themes */
  GListStore     *themes;
  GListStore     *rounds;    /* oldest first */
  GListStore     *parties;   /* the parties the dossier's rounds name */
};

G_DEFINE_FINAL_TYPE (OpvDossier, opv_dossier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SHORT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
opv_dossier_finalize (GObject *object)
{
  OpvDossier *self = (OpvDossier *)object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_object (&self->themes);
  g_clear_object (&self->rounds);
  g_clear_object (&self->parties);

  G_OBJECT_CLASS (opv_dossier_parent_class)->finalize (object);
}

static void
opv_dossier_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OpvDossier *self = OPV_DOSSIER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_dossier_class_init (OpvDossierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opv_dossier_finalize;
  object_class->get_property = opv_dossier_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
opv_dossier_init (OpvDossier *self)
{
  self->slug = g_strdup ("");
  self->title = g_strdup ("");
  self->short_name = g_strdup ("");
  self->publisher = g_strdup ("");
  self->published = g_strdup ("");
  self->themes = g_list_store_new (OPV_TYPE_THEME);
  self->rounds = g_list_store_new (OPV_TYPE_ROUND);
  self->parties = g_list_store_new (OPV_TYPE_PARTY);
}

OpvDossier *
opv_dossier_new (const char     *slug,
                 const char     *title,
                 OpvDossierKind  kind)
{
  OpvDossier *self = g_object_new (OPV_TYPE_DOSSIER, NULL);

  opv_set_str (&self->slug, slug ? slug : "");
  opv_dossier_set_title (self, title);
  opv_dossier_set_short_name (self, title);
  self->kind = kind;

  return self;
}

gint64
opv_dossier_get_id (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), 0);
  return self->id;
}

void
opv_dossier_set_id (OpvDossier *self,
                    gint64      id)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  self->id = id;
}

const char *
opv_dossier_get_slug (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return self->slug;
}

const char *
opv_dossier_get_title (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return self->title;
}

void
opv_dossier_set_title (OpvDossier *self,
                       const char *title)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  if (opv_set_str (&self->title, title ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
opv_dossier_get_short_name (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return self->short_name;
}

void
opv_dossier_set_short_name (OpvDossier *self,
                            const char *short_name)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  if (opv_set_str (&self->short_name, short_name ? short_name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

OpvDossierKind
opv_dossier_get_kind (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), OPV_DOSSIER_KIND_RECOMMENDATIONS);
  return self->kind;
}

void
opv_dossier_set_kind (OpvDossier     *self,
                      OpvDossierKind  kind)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  self->kind = kind;
}

const char *
opv_dossier_get_publisher (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return self->publisher;
}

void
opv_dossier_set_publisher (OpvDossier *self,
                           const char *publisher)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  opv_set_str (&self->publisher, publisher ? publisher : "");
}

const char *
opv_dossier_get_published (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return self->published;
}

void
opv_dossier_set_published (OpvDossier *self,
                           const char *published)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  opv_set_str (&self->published, published ? published : "");
}

/**
 * opv_dossier_get_n_items:
 *
 * Returns: the number of items, which a store's dossier list knows before
 * the themes are loaded; otherwise counted from the themes.
 */
guint
opv_dossier_get_n_items (OpvDossier *self)
{
  guint n = 0;

  g_return_val_if_fail (OPV_IS_DOSSIER (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->themes)); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (G_LIST_MODEL (self->themes), i);
      n += g_list_model_get_n_items (opv_theme_get_items (theme));
    }

  /* A dossier as listed, or loaded without its items, has the count the
   * store gave. */
  return n > 0 ? n : self->n_items;
}

void
opv_dossier_set_n_items (OpvDossier *self,
                         guint       n_items)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  self->n_items = n_items;
}

GListModel *
opv_dossier_get_themes (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->themes);
}

void
opv_dossier_add_theme (OpvDossier *self,
                       OpvTheme   *theme)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  g_return_if_fail (OPV_IS_THEME (theme));

  opv_theme_set_dossier (theme, self);
  g_list_store_append (self->themes, theme);
}

GListModel *
opv_dossier_get_rounds (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->rounds);
}

void
opv_dossier_add_round (OpvDossier *self,
                       OpvRound   *round)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  g_return_if_fail (OPV_IS_ROUND (round));
  g_list_store_append (self->rounds, round);
}

/**
 * opv_dossier_find_round:
 *
 * Returns: (transfer none) (nullable): the round with @label
 */
OpvRound *
opv_dossier_find_round (OpvDossier *self,
                        const char *label)
{
  GListModel *rounds = G_LIST_MODEL (self->rounds);

  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i);

      if (g_strcmp0 (opv_round_get_label (round), label) == 0)
        return round;
    }

  return NULL;
}

/**
 * opv_dossier_get_newest_round:
 *
 * Returns: (transfer none) (nullable): the last round, or %NULL when the
 * dossier has none yet
 */
OpvRound *
opv_dossier_get_newest_round (OpvDossier *self)
{
  guint n;
  g_autoptr(OpvRound) round = NULL;

  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));
  if (n == 0)
    return NULL;
  round = g_list_model_get_item (G_LIST_MODEL (self->rounds), n - 1);
  return round;
}

/**
 * opv_dossier_get_previous_round:
 *
 * Returns: (transfer none) (nullable): the round before @round
 */
OpvRound *
opv_dossier_get_previous_round (OpvDossier *self,
                                OpvRound   *round)
{
  GListModel *rounds = G_LIST_MODEL (self->rounds);

  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);

  for (guint i = 1; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(OpvRound) r = g_list_model_get_item (rounds, i);

      if (r == round)
        {
          g_autoptr(OpvRound) previous = g_list_model_get_item (rounds, i - 1);
          return previous;
        }
    }

  return NULL;
}

GListModel *
opv_dossier_get_parties (OpvDossier *self)
{
  g_return_val_if_fail (OPV_IS_DOSSIER (self), NULL);
  return G_LIST_MODEL (self->parties);
}

void
opv_dossier_add_party (OpvDossier *self,
                       OpvParty   *party)
{
  g_return_if_fail (OPV_IS_DOSSIER (self));
  g_return_if_fail (OPV_IS_PARTY (party));
  g_list_store_append (self->parties, party);
}

/**
 * opv_dossier_find_party:
 *
 * Returns: (transfer none) (nullable): the party whose short name is
 * @short_name, compared without regard to case
 */
OpvParty *
opv_dossier_find_party (OpvDossier *self,
                        const char *short_name)
{
  GListModel *parties = G_LIST_MODEL (self->parties);
  g_autofree char *wanted = g_utf8_casefold (short_name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (parties, i);
      g_autofree char *name = g_utf8_casefold (opv_party_get_short_name (party), -1);

      if (strcmp (name, wanted) == 0)
        return party;
    }

  return NULL;
}

/**
 * opv_dossier_dup_items:
 *
 * Returns: (transfer container) (element-type OpvItem): every item in theme
 * and item order
 */
GPtrArray *
opv_dossier_dup_items (OpvDossier *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *themes = G_LIST_MODEL (self->themes);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, i);
      GListModel *theme_items = opv_theme_get_items (theme);

      for (guint j = 0; j < g_list_model_get_n_items (theme_items); j++)
        g_ptr_array_add (items, g_list_model_get_item (theme_items, j));
    }

  return items;
}

gboolean
opv_slug_is_valid (const char *slug)
{
  gsize len;

  if (slug == NULL)
    return FALSE;

  len = strlen (slug);
  if (len == 0 || len > 64)
    return FALSE;

  for (const char *p = slug; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;

  return TRUE;
}

static gpointer
find_by_id (GListModel *model,
            gint64      id,
            gint64    (*get_id) (gpointer))
{
  for (guint i = 0; model != NULL && id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if (get_id (object) == id)
        return object;   /* the model keeps it alive */
    }
  return NULL;
}

/**
 * opv_dossier_find_round_by_id:
 * @self: (nullable): a dossier
 *
 * Returns: (transfer none) (nullable): the round @round_id of the dossier
 */
OpvRound *
opv_dossier_find_round_by_id (OpvDossier *self,
                              gint64      round_id)
{
  g_return_val_if_fail (self == NULL || OPV_IS_DOSSIER (self), NULL);
  if (self == NULL)
    return NULL;
  return find_by_id (G_LIST_MODEL (self->rounds), round_id, (gint64 (*) (gpointer)) opv_round_get_id);
}

/**
 * opv_dossier_find_theme_by_id:
 * @self: (nullable): a dossier
 *
 * Returns: (transfer none) (nullable): the theme @theme_id of the dossier
 */
OpvTheme *
opv_dossier_find_theme_by_id (OpvDossier *self,
                              gint64      theme_id)
{
  g_return_val_if_fail (self == NULL || OPV_IS_DOSSIER (self), NULL);
  if (self == NULL)
    return NULL;
  return find_by_id (opv_dossier_get_themes (self), theme_id, (gint64 (*) (gpointer)) opv_theme_get_id);
}

/**
 * opv_dossier_find_party_by_id:
 * @self: (nullable): a dossier
 *
 * Returns: (transfer none) (nullable): the party @party_id, when the
 *   dossier names it
 */
OpvParty *
opv_dossier_find_party_by_id (OpvDossier *self,
                              gint64      party_id)
{
  g_return_val_if_fail (self == NULL || OPV_IS_DOSSIER (self), NULL);
  if (self == NULL)
    return NULL;
  return find_by_id (opv_dossier_get_parties (self), party_id, (gint64 (*) (gpointer)) opv_party_get_id);
}
