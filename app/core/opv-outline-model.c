/* opv-outline-model.c: a dossier's outline, read from the store a page at
 * a time
 *
 * The list pane shows a dossier flattened: a theme's heading, then its
 * items. Loading the whole dossier as objects before showing it costs a
 * second and hundreds of megabytes at 100,000 items. This model reads
 * only which rows there are (two ids per row) when it is made; a row's
 * text, status and parties are read when a list asks for the row, a page
 * of OPV_OUTLINE_PAGE_SIZE rows at a time, and at most MAX_PAGES pages
 * are kept.
 *
 * It reads through the store's connection, so it belongs to the thread
 * that uses the store (the main thread).
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-outline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "opv-outline-model.h"
#include "opv-store-private.h"
#include "opv-theme.h"
#include "opv-util.h"

#define MAX_PAGES 16

/* Nodes */

struct _OpvOutlineNode
{
  GObject    parent_instance;
  gint64     theme_id;
  gint64     item_id;       /* 0 for a theme's heading */
  char      *code;
  char      *title;         /* the item's title, or the theme's heading */
  gboolean   has_entry;
  OpvStatus  status;
  char      *timeframe;
  guint      n_followups;
  GPtrArray *parties;       /* OpvOutlineParty */
  gboolean   to_be_determined;
  char      *responsibility_note;
  char      *responsibility_round;
};

G_DEFINE_FINAL_TYPE (OpvOutlineNode, opv_outline_node, G_TYPE_OBJECT)

enum {
  NODE_PROP_0,
  NODE_PROP_IS_HEADING,
  NODE_PROP_THEME_ID,
  NODE_PROP_ITEM_ID,
  NODE_PROP_CODE,
  NODE_PROP_TITLE,
  NODE_PROP_STATUS,
  NODE_PROP_N_FOLLOWUPS,
  N_NODE_PROPS
};

static GParamSpec *node_properties[N_NODE_PROPS];

static void
outline_party_free (OpvOutlineParty *party)
{
  g_free (party->short_name);
  g_free (party->full_name);
  g_free (party);
}

static void
opv_outline_node_finalize (GObject *object)
{
  OpvOutlineNode *self = (OpvOutlineNode *)object;

  g_free (self->code);
  g_free (self->title);
  g_free (self->timeframe);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_free (self->responsibility_note);
  g_free (self->responsibility_round);

  G_OBJECT_CLASS (opv_outline_node_parent_class)->finalize (object);
}

static void
opv_outline_node_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpvOutlineNode *self = OPV_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case NODE_PROP_IS_HEADING:
      g_value_set_boolean (value, self->item_id == 0);
      break;
    case NODE_PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;
    case NODE_PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;
    case NODE_PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case NODE_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case NODE_PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case NODE_PROP_N_FOLLOWUPS:
      g_value_set_uint (value, self->n_followups);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_outline_node_class_init (OpvOutlineNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opv_outline_node_finalize;
  object_class->get_property = opv_outline_node_get_property;

  node_properties[NODE_PROP_IS_HEADING] =
    g_param_spec_boolean ("is-heading", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  node_properties[NODE_PROP_THEME_ID] =
    g_param_spec_int64 ("theme-id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  node_properties[NODE_PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  node_properties[NODE_PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  node_properties[NODE_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* An OpvStatus */
  node_properties[NODE_PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, OPV_STATUS_UNSET, OPV_N_STATUSES - 1, OPV_STATUS_UNSET,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  node_properties[NODE_PROP_N_FOLLOWUPS] =
    g_param_spec_uint ("n-followups", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_NODE_PROPS, node_properties);
}

static void
opv_outline_node_init (OpvOutlineNode *self)
{
  self->parties = g_ptr_array_new_with_free_func ((GDestroyNotify) outline_party_free);
}

gboolean
opv_outline_node_is_heading (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), FALSE);
  return self->item_id == 0;
}

gint64
opv_outline_node_get_theme_id (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), 0);
  return self->theme_id;
}

/**
 * opv_outline_node_get_item_id:
 *
 * Returns: the item's id, or 0 for a theme's heading
 */
gint64
opv_outline_node_get_item_id (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), 0);
  return self->item_id;
}

const char *
opv_outline_node_get_code (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), NULL);
  return self->code;
}

/**
 * opv_outline_node_get_title:
 *
 * Returns: the item's title as the model's round words it, or for a
 * heading the theme's heading ("1. Aandacht voor slachtoffers")
 */
const char *
opv_outline_node_get_title (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), NULL);
  return self->title;
}

/**
 * opv_outline_node_has_entry:
 *
 * Returns: whether the model's round reports on the item
 */
gboolean
opv_outline_node_has_entry (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), FALSE);
  return self->has_entry;
}

OpvStatus
opv_outline_node_get_status (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), OPV_STATUS_UNSET);
  return self->status;
}

const char *
opv_outline_node_get_timeframe (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), NULL);
  return self->timeframe;
}

guint
opv_outline_node_get_n_followups (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), 0);
  return self->n_followups;
}

/**
 * opv_outline_node_get_parties:
 *
 * The parties responsible as the last round up to the model's round that
 * says who is responsible has them (see
 * opv_outline_node_get_responsibility_round()), leads first.
 *
 * Returns: (transfer none) (element-type OpvOutlineParty): the parties
 */
GPtrArray *
opv_outline_node_get_parties (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), NULL);
  return self->parties;
}

gboolean
opv_outline_node_get_to_be_determined (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), FALSE);
  return self->to_be_determined;
}

const char *
opv_outline_node_get_responsibility_note (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), NULL);
  return self->responsibility_note;
}

/**
 * opv_outline_node_get_responsibility_round:
 *
 * Returns: (nullable): the label of the earlier round whose parties the
 * node shows, when the model's round names none; %NULL when they are the
 * model's round's own, or when no round says who is responsible
 */
const char *
opv_outline_node_get_responsibility_round (OpvOutlineNode *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_NODE (self), NULL);
  return self->responsibility_round;
}

/* The model */

typedef struct
{
  gint64 theme_id;
  gint64 item_id;   /* 0 for the theme's heading */
} Row;

typedef struct
{
  guint64         used;   /* the model's clock when last read */
  guint           n;
  OpvOutlineNode *nodes[OPV_OUTLINE_PAGE_SIZE];
} Page;

struct _OpvOutlineModel
{
  GObject     parent_instance;
  OpvStore   *store;
  gint64      dossier_id;
  gint64      round_id;
  gint64      round_position;   /* -1 without a round */
  GArray     *rows;             /* Row, in table order */
  GHashTable *headings;         /* theme id → heading */
  GHashTable *pages;            /* page number → Page */
  guint64     clock;
  guint       n_loaded;
};

static void opv_outline_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OpvOutlineModel, opv_outline_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, opv_outline_model_list_model_init))

static void
page_free (Page *page)
{
  for (guint i = 0; i < page->n; i++)
    g_object_unref (page->nodes[i]);
  g_free (page);
}

static void
opv_outline_model_finalize (GObject *object)
{
  OpvOutlineModel *self = (OpvOutlineModel *)object;

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->headings, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (opv_outline_model_parent_class)->finalize (object);
}

static void
opv_outline_model_class_init (OpvOutlineModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = opv_outline_model_finalize;
}

static void
opv_outline_model_init (OpvOutlineModel *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->headings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) page_free);
  self->round_position = -1;
}

static gboolean
read_failed (OpvOutlineModel  *self,
             int               rc,
             GError          **error)
{
  return opv_store_set_sqlite_error (self->store, rc, _("Could not read the dossier"), error);
}

/* Which rows there are: two ids each, in the order of the dossier. The
 * ids break ties of position, so that the indexes give the order and
 * nothing is sorted. */
static gboolean
read_rows (OpvOutlineModel  *self,
           GArray           *rows,
           GError          **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self->store,
                                          "/* table order */ SELECT t.id, i.id FROM theme t "
                                          "LEFT JOIN item i ON i.theme_id = t.id WHERE t.dossier_id = ? "
                                          "ORDER BY t.position, t.id, i.position, i.id",
                                          error);
  gint64 last_theme = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, self->dossier_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row row = { sqlite3_column_int64 (stmt, 0), 0 };

      if (row.theme_id != last_theme)
        {
          g_array_append_val (rows, row);
          last_theme = row.theme_id;
        }
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        {
          row.item_id = sqlite3_column_int64 (stmt, 1);
          g_array_append_val (rows, row);
        }
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || read_failed (self, rc, error);
}

/* The themes' headings as the round words them, and the round's place. */
static gboolean
read_headings (OpvOutlineModel  *self,
               GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_hash_table_remove_all (self->headings);
  self->round_position = -1;

  if (self->round_id != 0)
    {
      stmt = opv_store_prepare (self->store, "SELECT position FROM round WHERE id = ? AND dossier_id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->round_id);
      sqlite3_bind_int64 (stmt, 2, self->dossier_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        self->round_position = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return read_failed (self, rc, error);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND,
                       _("The dossier has no such reporting round"));
          return FALSE;
        }
    }

  stmt = opv_store_prepare (self->store,
                            "SELECT t.id, t.number, coalesce (w.title, t.title) FROM theme t "
                            "LEFT JOIN theme_wording w ON w.theme_id = t.id AND w.round_id = ?2 "
                            "WHERE t.dossier_id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->dossier_id);
  sqlite3_bind_int64 (stmt, 2, self->round_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (self->headings, g_memdup2 (&id, sizeof id),
                           opv_theme_format_heading (opv_store_column_text (stmt, 1),
                                                     opv_store_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || read_failed (self, rc, error);
}

static gboolean
read_parties (OpvOutlineModel  *self,
              OpvOutlineNode   *node,
              gint64            entry_id,
              GError          **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self->store,
                                          "SELECT p.short_name, p.full_name, rs.role FROM responsibility rs "
                                          "JOIN party p ON p.id = rs.party_id WHERE rs.entry_id = ? "
                                          "ORDER BY rs.role <> 'lead', rs.position",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvOutlineParty *party = g_new0 (OpvOutlineParty, 1);

      party->short_name = g_strdup (opv_store_column_text (stmt, 0));
      party->full_name = g_strdup (opv_store_column_text (stmt, 1));
      party->role = OPV_ROLE_LEAD;
      opv_role_from_id (opv_store_column_text (stmt, 2), &party->role);
      g_ptr_array_add (node->parties, party);
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || read_failed (self, rc, error);
}

/* An item's row: what the round reports, and who is responsible as the
 * last round up to it that says so, as the list pane shows it. */
static gboolean
read_item (OpvOutlineModel  *self,
           OpvOutlineNode   *node,
           GError          **error)
{
  sqlite3_stmt *stmt;
  gint64 entry_id = 0;
  int rc;

  stmt = opv_store_prepare (self->store,
                            "SELECT i.code, coalesce (e.title, i.title), e.id, e.status, e.timeframe, "
                            "  (SELECT count(*) FROM followup f WHERE f.entry_id = e.id) "
                            "FROM item i LEFT JOIN entry e ON e.item_id = i.id AND e.round_id = ?2 WHERE i.id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, node->item_id);
  sqlite3_bind_int64 (stmt, 2, self->round_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      node->code = g_strdup (opv_store_column_text (stmt, 0));
      node->title = g_strdup (opv_store_column_text (stmt, 1));
      node->has_entry = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        opv_status_from_id (opv_store_column_text (stmt, 3), &node->status);
      node->timeframe = g_strdup (opv_store_column_text (stmt, 4));
      node->n_followups = sqlite3_column_int (stmt, 5);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      /* Deleted since the rows were read: an empty row until the next
       * reload. */
      node->code = g_strdup ("");
      node->title = g_strdup ("");
      node->timeframe = g_strdup ("");
      return rc == SQLITE_DONE || read_failed (self, rc, error);
    }

  if (self->round_position < 0)
    return TRUE;

  stmt = opv_store_prepare (self->store,
                            "SELECT e.id, e.round_id, r.label, e.to_be_determined, e.responsibility_note "
                            "FROM entry e JOIN round r ON r.id = e.round_id "
                            "WHERE e.item_id = ?1 AND r.position <= ?2 AND (e.to_be_determined "
                            "  OR e.responsibility_note <> '' "
                            "  OR EXISTS (SELECT 1 FROM responsibility rs WHERE rs.entry_id = e.id)) "
                            "ORDER BY r.position DESC LIMIT 1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, node->item_id);
  sqlite3_bind_int64 (stmt, 2, self->round_position);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      entry_id = sqlite3_column_int64 (stmt, 0);
      if (sqlite3_column_int64 (stmt, 1) != self->round_id)
        node->responsibility_round = g_strdup (opv_store_column_text (stmt, 2));
      node->to_be_determined = sqlite3_column_int (stmt, 3) != 0;
      g_free (node->responsibility_note);
      node->responsibility_note = g_strdup (opv_store_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return read_failed (self, rc, error);

  return entry_id == 0 || read_parties (self, node, entry_id, error);
}

static OpvOutlineNode *
read_node (OpvOutlineModel *self,
           const Row       *row)
{
  OpvOutlineNode *node = g_object_new (OPV_TYPE_OUTLINE_NODE, NULL);
  g_autoptr(GError) error = NULL;

  node->theme_id = row->theme_id;
  node->item_id = row->item_id;
  node->responsibility_note = g_strdup ("");
  self->n_loaded++;

  if (row->item_id == 0)
    {
      const char *heading = g_hash_table_lookup (self->headings, &row->theme_id);

      node->code = g_strdup ("");
      node->title = g_strdup (heading ? heading : "");
      node->timeframe = g_strdup ("");
      return node;
    }

  /* A list cannot be told that a row failed to load; the row stays empty
   * and the reason goes to the log. */
  if (!read_item (self, node, &error))
    g_warning ("%s", error->message);
  if (node->code == NULL)
    {
      node->code = g_strdup ("");
      node->title = g_strdup ("");
      node->timeframe = g_strdup ("");
    }
  return node;
}

static void
evict_page (OpvOutlineModel *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gpointer oldest_key = NULL;
  guint64 oldest = G_MAXUINT64;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Page *page = value;

      if (page->used < oldest)
        {
          oldest = page->used;
          oldest_key = key;
        }
    }
  g_hash_table_remove (self->pages, oldest_key);
}

static Page *
read_page (OpvOutlineModel *self,
           guint            number)
{
  Page *page = g_new0 (Page, 1);
  guint first = number * OPV_OUTLINE_PAGE_SIZE;

  page->n = MIN (OPV_OUTLINE_PAGE_SIZE, self->rows->len - first);
  for (guint i = 0; i < page->n; i++)
    page->nodes[i] = read_node (self, &g_array_index (self->rows, Row, first + i));

  if (g_hash_table_size (self->pages) >= MAX_PAGES)
    evict_page (self);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (number), page);
  return page;
}

static GType
opv_outline_model_get_item_type (GListModel *model)
{
  return OPV_TYPE_OUTLINE_NODE;
}

static guint
opv_outline_model_get_n_items (GListModel *model)
{
  return OPV_OUTLINE_MODEL (model)->rows->len;
}

static gpointer
opv_outline_model_get_item (GListModel *model,
                            guint       position)
{
  OpvOutlineModel *self = OPV_OUTLINE_MODEL (model);
  guint number = position / OPV_OUTLINE_PAGE_SIZE;
  Page *page;

  if (position >= self->rows->len)
    return NULL;

  page = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (number));
  if (page == NULL)
    page = read_page (self, number);
  page->used = ++self->clock;

  return g_object_ref (page->nodes[position % OPV_OUTLINE_PAGE_SIZE]);
}

static void
opv_outline_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = opv_outline_model_get_item_type;
  iface->get_n_items = opv_outline_model_get_n_items;
  iface->get_item = opv_outline_model_get_item;
}

/**
 * opv_outline_model_new:
 * @dossier_id: the dossier to outline
 * @round_id: the round whose status, wording and parties the rows show,
 *   or 0 for none
 *
 * Reads which rows the dossier has; the rows themselves are read when they
 * are asked for.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #OpvOutlineNode:
 * each theme's heading followed by its items, in the dossier's order
 */
OpvOutlineModel *
opv_outline_model_new (OpvStore  *store,
                       gint64     dossier_id,
                       gint64     round_id,
                       GError   **error)
{
  g_autoptr(OpvOutlineModel) self = NULL;

  g_return_val_if_fail (OPV_IS_STORE (store), NULL);

  self = g_object_new (OPV_TYPE_OUTLINE_MODEL, NULL);
  self->store = g_object_ref (store);
  self->dossier_id = dossier_id;
  self->round_id = round_id;

  if (!read_headings (self, error) || !read_rows (self, self->rows, error))
    return NULL;

  return g_steal_pointer (&self);
}

gint64
opv_outline_model_get_dossier_id (OpvOutlineModel *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), 0);
  return self->dossier_id;
}

gint64
opv_outline_model_get_round_id (OpvOutlineModel *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), 0);
  return self->round_id;
}

/**
 * opv_outline_model_set_round_id:
 *
 * Shows what @round_id reports; every row changes.
 */
gboolean
opv_outline_model_set_round_id (OpvOutlineModel  *self,
                                gint64            round_id,
                                GError          **error)
{
  gint64 old_round = self->round_id;
  guint n;

  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), FALSE);

  self->round_id = round_id;
  if (!read_headings (self, error))
    {
      self->round_id = old_round;
      read_headings (self, NULL);
      return FALSE;
    }

  g_hash_table_remove_all (self->pages);
  n = self->rows->len;
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n, n);
  return TRUE;
}

/**
 * opv_outline_model_reload:
 *
 * Reads the rows again, after the store changed: every row is reported
 * changed. Keep the selection by item id (opv_outline_model_find_item()).
 */
gboolean
opv_outline_model_reload (OpvOutlineModel  *self,
                          GError          **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  guint removed;

  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), FALSE);

  if (!read_headings (self, error) || !read_rows (self, rows, error))
    return FALSE;

  removed = self->rows->len;
  g_hash_table_remove_all (self->pages);
  g_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  if (removed > 0 || self->rows->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->rows->len);
  return TRUE;
}

/**
 * opv_outline_model_find_item:
 *
 * Returns: the position of @item_id's row, or %G_MAXUINT (which is
 * GTK_INVALID_LIST_POSITION) when the dossier has no such item
 */
guint
opv_outline_model_find_item (OpvOutlineModel *self,
                             gint64           item_id)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), G_MAXUINT);

  for (guint i = 0; item_id != 0 && i < self->rows->len; i++)
    if (g_array_index (self->rows, Row, i).item_id == item_id)
      return i;
  return G_MAXUINT;
}

/**
 * opv_outline_model_get_n_loaded:
 *
 * Returns: how many rows have been read in full so far, reloads included;
 * for tests and benchmarks
 */
guint
opv_outline_model_get_n_loaded (OpvOutlineModel *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), 0);
  return self->n_loaded;
}
