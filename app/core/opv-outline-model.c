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
 * The list's filters are applied here too, by one statement that walks
 * the dossier in the same order and returns per item only what the
 * criteria read; the rule is decided in C (filter_matches() below), with
 * the functions the loaded objects use. The model keeps every row's ids,
 * and those of the rows the filter leaves.
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
#include "opv-timeframe.h"
#include "opv-util.h"

#define MAX_PAGES 16

/* The id of the entry that says who is responsible for the item `i` as of
 * the round at position ?2: the item's entry in the last round up to that
 * one that names a party, says "to be determined" or has a note. This is
 * opv_item_get_responsible_entry() with opv_entry_states_responsibility(),
 * in SQL; a fragment of the statements below, which are literals still. */
#define RESPONSIBLE_ENTRY_ID                                                   \
  "(SELECT re.id FROM entry re JOIN round rr ON rr.id = re.round_id "          \
  "  WHERE re.item_id = i.id AND rr.position <= ?2 AND (re.to_be_determined "  \
  "    OR re.responsibility_note <> '' "                                       \
  "    OR EXISTS (SELECT 1 FROM responsibility rs WHERE rs.entry_id = re.id)) " \
  "  ORDER BY rr.position DESC LIMIT 1)"

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

/* Where a theme's rows are in all rows. */
typedef struct
{
  guint heading;    /* the index of its heading */
  guint n_items;
} ThemeSpan;

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
  GArray     *rows;             /* Row, every row, in table order */
  GHashTable *themes;           /* theme id → ThemeSpan in rows */
  guint       n_items;          /* the item rows of rows */
  OpvOutlineFilter filter;
  GArray     *shown;            /* Row, the rows the filter leaves: the
                                 * list; rows itself without a filter */
  guint       n_shown;          /* the item rows of shown */
  GHashTable *headings;         /* theme id → heading */
  GHashTable *pages;            /* page number → Page */
  GHashTable *alive;            /* OpvOutlineNode → its row's key, for
                                 * every node not finalized (weak) */
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

/* A row's key: the item's id, or minus the theme's for its heading. */
static inline gint64
row_key (const Row *row)
{
  return row->item_id != 0 ? row->item_id : -row->theme_id;
}

static void
node_finalized_cb (gpointer  data,
                   GObject  *node)
{
  OpvOutlineModel *self = data;

  g_hash_table_remove (self->alive, node);
}

static void
opv_outline_model_finalize (GObject *object)
{
  OpvOutlineModel *self = (OpvOutlineModel *)object;
  GHashTableIter iter;
  gpointer node;

  g_clear_pointer (&self->pages, g_hash_table_unref);
  /* Nodes a list still holds outlive the model. */
  g_hash_table_iter_init (&iter, self->alive);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    g_object_weak_unref (node, node_finalized_cb, self);
  g_clear_pointer (&self->alive, g_hash_table_unref);
  g_clear_pointer (&self->headings, g_hash_table_unref);
  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->themes, g_hash_table_unref);
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
  self->shown = g_array_ref (self->rows);
  self->themes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->headings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) page_free);
  self->alive = g_hash_table_new_full (NULL, NULL, NULL, g_free);
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

/* The place of the dossier's round @round_id among its rounds, or -1 when
 * the dossier has no such round. */
static gboolean
read_round_position (OpvOutlineModel  *self,
                     gint64            round_id,
                     gint64           *position,
                     GError          **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self->store, "SELECT position FROM round WHERE id = ? AND dossier_id = ?",
                                          error);
  int rc;

  *position = -1;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_int64 (stmt, 2, self->dossier_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *position = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE || read_failed (self, rc, error);
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
      if (!read_round_position (self, self->round_id, &self->round_position, error))
        return FALSE;
      if (self->round_position < 0)
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
                            "FROM item i JOIN entry e ON e.id = " RESPONSIBLE_ENTRY_ID " "
                            "JOIN round r ON r.id = e.round_id WHERE i.id = ?1",
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
  {
    gint64 key = row_key (row);

    g_hash_table_insert (self->alive, node, g_memdup2 (&key, sizeof key));
    g_object_weak_ref (G_OBJECT (node), node_finalized_cb, self);
  }

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
  /* One read transaction for the page's few hundred statements, not one
   * each: each takes and gives back sqlite's file locks. */
  gboolean own_transaction = sqlite3_get_autocommit (self->store->db) &&
                             opv_store_exec (self->store, "BEGIN", NULL);

  page->n = MIN (OPV_OUTLINE_PAGE_SIZE, self->shown->len - first);
  for (guint i = 0; i < page->n; i++)
    page->nodes[i] = read_node (self, &g_array_index (self->shown, Row, first + i));
  if (own_transaction)
    opv_store_rollback (self->store);

  if (g_hash_table_size (self->pages) >= MAX_PAGES)
    evict_page (self);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (number), page);
  return page;
}

/* Filtering */

/**
 * opv_outline_filter_is_active:
 * @filter: (nullable): a filter
 *
 * Returns: whether any criterion is set. Another round is one, because it
 *   changes what the status and party criteria read; and while a filter
 *   is active, a theme's heading is shown only with some of its items.
 */
gboolean
opv_outline_filter_is_active (const OpvOutlineFilter *filter)
{
  return filter != NULL &&
         (filter->statuses != 0 || filter->party_id != 0 || filter->theme_id != 0 ||
          filter->round_id != 0 || filter->overdue || filter->unassigned);
}

/**
 * opv_outline_filter_equal:
 *
 * Returns: whether @a and @b show the same rows: both without criteria,
 *   or with the same ones (and, for "overdue", the same month)
 */
gboolean
opv_outline_filter_equal (const OpvOutlineFilter *a,
                          const OpvOutlineFilter *b)
{
  gboolean active_a = opv_outline_filter_is_active (a);
  gboolean active_b = opv_outline_filter_is_active (b);

  if (!active_a || !active_b)
    return active_a == active_b;
  return a->statuses == b->statuses && a->party_id == b->party_id && a->theme_id == b->theme_id &&
         a->round_id == b->round_id && !a->overdue == !b->overdue && !a->unassigned == !b->unassigned &&
         (!a->overdue || (a->year == b->year && a->month == b->month));
}

/* Where every theme's rows are, and how many item rows there are. */
static void
index_rows (OpvOutlineModel *self)
{
  ThemeSpan *span = NULL;

  g_hash_table_remove_all (self->themes);
  self->n_items = 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);

      if (row->item_id == 0)
        {
          span = g_new0 (ThemeSpan, 1);
          span->heading = i;
          g_hash_table_replace (self->themes, g_memdup2 (&row->theme_id, sizeof row->theme_id), span);
        }
      else
        {
          if (span != NULL)
            span->n_items++;
          self->n_items++;
        }
    }
}

/* The columns of the filter's statement, one row per item */
enum {
  FILTER_THEME_ID,
  FILTER_ITEM_ID,
  FILTER_HAS_ENTRY,
  FILTER_STATUS,
  FILTER_TIMEFRAME,
  FILTER_RESPONSIBLE_ID,     /* NULL: no round up to the round says who is */
  FILTER_RESPONSIBLE_TBD,
  FILTER_RESPONSIBLE_NAMES,  /* the responsible entry names the filter's party */
};

/* opv_item_filter_match_item() on the values the statement read. */
static gboolean
filter_matches (const OpvOutlineFilter *filter,
                sqlite3_stmt           *stmt)
{
  OpvStatus status = OPV_STATUS_UNSET;
  gboolean has_entry = sqlite3_column_int (stmt, FILTER_HAS_ENTRY) != 0;
  gboolean has_responsible = sqlite3_column_type (stmt, FILTER_RESPONSIBLE_ID) != SQLITE_NULL;

  if (filter->theme_id != 0 && sqlite3_column_int64 (stmt, FILTER_THEME_ID) != filter->theme_id)
    return FALSE;

  if (has_entry)
    opv_status_from_id (opv_store_column_text_or_null (stmt, FILTER_STATUS), &status);

  if (filter->statuses != 0 && !(filter->statuses & OPV_STATUS_BIT (status)))
    return FALSE;

  if (filter->overdue &&
      !(has_entry && opv_timeframe_text_is_overdue (status, opv_store_column_text (stmt, FILTER_TIMEFRAME),
                                                    filter->year, filter->month)))
    return FALSE;

  if (filter->party_id != 0 &&
      !(has_responsible && sqlite3_column_int (stmt, FILTER_RESPONSIBLE_NAMES) != 0))
    return FALSE;

  if (filter->unassigned && has_responsible && sqlite3_column_int (stmt, FILTER_RESPONSIBLE_TBD) == 0)
    return FALSE;

  return TRUE;
}

/* The index in @rows of the item row @item_id, looked for at @cursor first:
 * the statement walks the dossier in the order of @rows, unless the store
 * changed since they were read. */
static guint
find_row (GArray      *rows,
          guint       *cursor,
          GHashTable **index,
          gint64       item_id)
{
  gpointer found;

  while (*cursor < rows->len && g_array_index (rows, Row, *cursor).item_id == 0)
    (*cursor)++;
  if (*cursor < rows->len && g_array_index (rows, Row, *cursor).item_id == item_id)
    return (*cursor)++;

  if (*index == NULL)
    {
      *index = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < rows->len; i++)
        {
          Row *row = &g_array_index (rows, Row, i);

          if (row->item_id != 0)
            g_hash_table_insert (*index, &row->item_id, GUINT_TO_POINTER (i + 1));
        }
    }
  found = g_hash_table_lookup (*index, &item_id);
  if (found == NULL)
    return G_MAXUINT;   /* added since */
  *cursor = GPOINTER_TO_UINT (found);
  return *cursor - 1;
}

/* The rows of @rows that @filter leaves, into @shown; @n_shown counts the
 * items among them. */
static gboolean
filter_rows (OpvOutlineModel         *self,
             const OpvOutlineFilter  *filter,
             GArray                  *rows,
             GArray                 **shown,
             guint                   *n_shown,
             GError                 **error)
{
  g_autofree guint8 *matched = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GArray) result = NULL;
  gint64 round_id = self->round_id;
  gint64 round_position = self->round_position;
  gboolean heading_shown = FALSE;
  guint heading = G_MAXUINT;
  guint cursor = 0;
  sqlite3_stmt *stmt;
  int rc;

  if (!opv_outline_filter_is_active (filter))
    {
      *shown = g_array_ref (rows);
      *n_shown = 0;
      for (guint i = 0; i < rows->len; i++)
        *n_shown += g_array_index (rows, Row, i).item_id != 0;
      return TRUE;
    }

  /* A round the dossier does not have leaves the model's, as the window's
   * filter does (opv_item_filter_get_round()). */
  if (filter->round_id != 0 && filter->round_id != self->round_id)
    {
      gint64 position;

      if (!read_round_position (self, filter->round_id, &position, error))
        return FALSE;
      if (position >= 0)
        {
          round_id = filter->round_id;
          round_position = position;
        }
    }

  /* Without a round there is no entry, and nobody is responsible. */
  stmt = opv_store_prepare (self->store,
                            "/* table order */ SELECT t.id, i.id, e.id IS NOT NULL, e.status, e.timeframe, "
                            "  r.id, r.to_be_determined, "
                            "  EXISTS (SELECT 1 FROM responsibility rp WHERE rp.entry_id = r.id AND rp.party_id = ?5) "
                            "FROM theme t JOIN item i ON i.theme_id = t.id "
                            "LEFT JOIN entry e ON e.item_id = i.id AND e.round_id = ?3 "
                            "LEFT JOIN entry r ON r.id = CASE WHEN ?4 THEN " RESPONSIBLE_ENTRY_ID " END "
                            "WHERE t.dossier_id = ?1 "
                            "ORDER BY t.position, t.id, i.position, i.id",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->dossier_id);
  sqlite3_bind_int64 (stmt, 2, round_position);
  sqlite3_bind_int64 (stmt, 3, round_id);
  sqlite3_bind_int (stmt, 4, round_position >= 0 && (filter->party_id != 0 || filter->unassigned));
  sqlite3_bind_int64 (stmt, 5, filter->party_id);

  matched = g_new0 (guint8, rows->len);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint at = find_row (rows, &cursor, &index, sqlite3_column_int64 (stmt, FILTER_ITEM_ID));

      if (at != G_MAXUINT)
        matched[at] = filter_matches (filter, stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return read_failed (self, rc, error);

  result = g_array_new (FALSE, FALSE, sizeof (Row));
  *n_shown = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      if (row->item_id == 0)
        {
          heading = i;
          heading_shown = FALSE;
          continue;
        }
      if (!matched[i])
        continue;
      if (!heading_shown && heading != G_MAXUINT)
        {
          g_array_append_vals (result, &g_array_index (rows, Row, heading), 1);
          heading_shown = TRUE;
        }
      g_array_append_vals (result, row, 1);
      (*n_shown)++;
    }

  *shown = g_steal_pointer (&result);
  return TRUE;
}

static inline gboolean
same_row (const Row *a,
          const Row *b)
{
  return a->theme_id == b->theme_id && a->item_id == b->item_id;
}

static gboolean
drop_page_from (gpointer key,
                gpointer value,
                gpointer user_data)
{
  return GPOINTER_TO_UINT (key) >= GPOINTER_TO_UINT (user_data);
}

/* Forgets the pages from the one that holds the row @position. */
static void
drop_pages_from (OpvOutlineModel *self,
                 guint            position)
{
  g_hash_table_foreach_remove (self->pages, drop_page_from, GUINT_TO_POINTER (position / OPV_OUTLINE_PAGE_SIZE));
}

/* Reports as changed, a range at a time, the rows whose nodes someone
 * other than the model still holds: a list's rows on screen, its
 * selection. The other rows are read anew when asked for. */
static void
report_held_rows (OpvOutlineModel *self)
{
  /* Copies: a list may let nodes go while it is told. */
  g_autoptr(GHashTable) held = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;
  guint start = G_MAXUINT;
  GArray *shown = self->shown;

  /* The model's own pages hold nodes too: they go first. */
  drop_pages_from (self, 0);

  g_hash_table_iter_init (&iter, self->alive);
  while (g_hash_table_iter_next (&iter, NULL, &key))
    g_hash_table_add (held, g_memdup2 (key, sizeof (gint64)));
  if (g_hash_table_size (held) == 0)
    return;

  for (guint i = 0; i <= shown->len; i++)
    {
      gboolean is_held = FALSE;

      if (i < shown->len)
        {
          gint64 k = row_key (&g_array_index (shown, Row, i));
          is_held = g_hash_table_contains (held, &k);
        }
      if (is_held && start == G_MAXUINT)
        start = i;
      else if (!is_held && start != G_MAXUINT)
        {
          g_list_model_items_changed (G_LIST_MODEL (self), start, i - start, i - start);
          start = G_MAXUINT;
        }
    }
}

/* Shows @shown, and says which rows changed: those between the rows the
 * old and the new list begin and end with, and with @content_changed
 * (another round; a reload) the rest too.
 *
 * A GtkListView told in one change that a row it tracks (its selection,
 * focus or scroll anchor) was removed looks for that row's object among
 * every row the change adds, reading them all. So a large change is told
 * as a removal and then an addition, and rows whose content changed are
 * told a range at a time, only where a list holds them. */
static void
show_rows (OpvOutlineModel *self,
           GArray          *shown,
           guint            n_shown,
           gboolean         content_changed)
{
  g_autoptr(GArray) old = self->shown;
  guint prefix = 0, suffix = 0, removed, added;
  guint n = MIN (old->len, shown->len);

  while (prefix < n && same_row (&g_array_index (old, Row, prefix), &g_array_index (shown, Row, prefix)))
    prefix++;
  while (suffix < n - prefix &&
         same_row (&g_array_index (old, Row, old->len - 1 - suffix),
                   &g_array_index (shown, Row, shown->len - 1 - suffix)))
    suffix++;
  removed = old->len - prefix - suffix;
  added = shown->len - prefix - suffix;

  if (removed > 0 && added > 0 && removed + added > 2 * OPV_OUTLINE_PAGE_SIZE)
    {
      /* The list as it is between the two: the rows both keep. */
      g_autoptr(GArray) between = g_array_sized_new (FALSE, FALSE, sizeof (Row), prefix + suffix);

      g_array_append_vals (between, old->data, prefix);
      g_array_append_vals (between, &g_array_index (old, Row, old->len - suffix), suffix);
      self->shown = between;
      drop_pages_from (self, prefix);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, 0);
      removed = 0;
    }

  self->shown = g_array_ref (shown);
  self->n_shown = n_shown;
  drop_pages_from (self, prefix);
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
  if (content_changed)
    report_held_rows (self);
}

/* The list */

static GType
opv_outline_model_get_item_type (GListModel *model)
{
  return OPV_TYPE_OUTLINE_NODE;
}

static guint
opv_outline_model_get_n_items (GListModel *model)
{
  return OPV_OUTLINE_MODEL (model)->shown->len;
}

static gpointer
opv_outline_model_get_item (GListModel *model,
                            guint       position)
{
  OpvOutlineModel *self = OPV_OUTLINE_MODEL (model);
  guint number = position / OPV_OUTLINE_PAGE_SIZE;
  Page *page;

  if (position >= self->shown->len)
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
  index_rows (self);
  self->n_shown = self->n_items;

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
 * Shows what @round_id reports; every row changes. A filter that reads the
 * model's round is applied again.
 */
gboolean
opv_outline_model_set_round_id (OpvOutlineModel  *self,
                                gint64            round_id,
                                GError          **error)
{
  g_autoptr(GArray) shown = NULL;
  gint64 old_round = self->round_id;
  guint n_shown;

  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), FALSE);

  self->round_id = round_id;
  if (!read_headings (self, error) ||
      !filter_rows (self, &self->filter, self->rows, &shown, &n_shown, error))
    {
      self->round_id = old_round;
      read_headings (self, NULL);
      return FALSE;
    }

  show_rows (self, shown, n_shown, TRUE);
  return TRUE;
}

/**
 * opv_outline_model_reload:
 *
 * Reads the rows again, after the store changed, and applies the filter
 * to them: every row is reported changed. Keep the selection by item id
 * (opv_outline_model_find_item()).
 */
gboolean
opv_outline_model_reload (OpvOutlineModel  *self,
                          GError          **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GArray) shown = NULL;
  guint n_shown;

  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), FALSE);

  if (!read_headings (self, error) || !read_rows (self, rows, error) ||
      !filter_rows (self, &self->filter, rows, &shown, &n_shown, error))
    return FALSE;

  g_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  index_rows (self);
  show_rows (self, shown, n_shown, TRUE);
  return TRUE;
}

/**
 * opv_outline_model_find_item:
 *
 * Returns: the position of @item_id's row in the list, or %G_MAXUINT
 *   (which is GTK_INVALID_LIST_POSITION) when the dossier has no such
 *   item or the filter hides it
 */
guint
opv_outline_model_find_item (OpvOutlineModel *self,
                             gint64           item_id)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), G_MAXUINT);

  for (guint i = 0; item_id != 0 && i < self->shown->len; i++)
    if (g_array_index (self->shown, Row, i).item_id == item_id)
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

/**
 * opv_outline_model_set_filter:
 * @filter: (nullable): what to show; %NULL shows every row
 *
 * Applies @filter to the rows the model has (opv_outline_model_reload()
 * reads them again), and reports the rows that changed. When reading
 * fails the model keeps its filter and its rows.
 *
 * A filter's round that the dossier does not have is ignored: the
 * criteria read the model's round then, as the window's filter does.
 */
gboolean
opv_outline_model_set_filter (OpvOutlineModel         *self,
                              const OpvOutlineFilter  *filter,
                              GError                 **error)
{
  static const OpvOutlineFilter none = { 0 };
  g_autoptr(GArray) shown = NULL;
  guint n_shown;

  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), FALSE);

  if (filter == NULL)
    filter = &none;
  if (!filter_rows (self, filter, self->rows, &shown, &n_shown, error))
    return FALSE;

  self->filter = *filter;
  show_rows (self, shown, n_shown, FALSE);
  return TRUE;
}

/**
 * opv_outline_model_get_filter:
 *
 * Returns: (transfer none): the criteria the rows were filtered with; none
 *   set when the model shows every row
 */
const OpvOutlineFilter *
opv_outline_model_get_filter (OpvOutlineModel *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), NULL);
  return &self->filter;
}

/**
 * opv_outline_model_get_n_items_total:
 *
 * Returns: how many items the dossier has, filter or not
 */
guint
opv_outline_model_get_n_items_total (OpvOutlineModel *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), 0);
  return self->n_items;
}

/**
 * opv_outline_model_get_n_items_shown:
 *
 * Returns: how many items the filter leaves; headings are not counted
 */
guint
opv_outline_model_get_n_items_shown (OpvOutlineModel *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), 0);
  return self->n_shown;
}

/**
 * opv_outline_model_dup_item_ids:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the items the
 *   list shows, in its order
 */
GArray *
opv_outline_model_dup_item_ids (OpvOutlineModel *self)
{
  GArray *ids;

  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), NULL);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->n_shown);
  for (guint i = 0; i < self->shown->len; i++)
    {
      const Row *row = &g_array_index (self->shown, Row, i);

      if (row->item_id != 0)
        g_array_append_vals (ids, &row->item_id, 1);
    }
  return ids;
}

/**
 * opv_outline_model_count_theme_items:
 *
 * Returns: how many items the theme @theme_id has, filter or not; 0 for a
 *   theme the dossier does not have
 */
guint
opv_outline_model_count_theme_items (OpvOutlineModel *self,
                                     gint64           theme_id)
{
  ThemeSpan *span;

  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), 0);

  span = g_hash_table_lookup (self->themes, &theme_id);
  return span ? span->n_items : 0;
}

/**
 * opv_outline_model_get_index_in_theme:
 *
 * Returns: the place of @item_id among all items of its theme, filter or
 *   not, from 0; -1 when the dossier has no such item
 */
int
opv_outline_model_get_index_in_theme (OpvOutlineModel *self,
                                      gint64           item_id)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_MODEL (self), -1);

  for (guint i = 0; item_id != 0 && i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);

      if (row->item_id == item_id)
        {
          ThemeSpan *span = g_hash_table_lookup (self->themes, &row->theme_id);

          return span ? (int) (i - span->heading - 1) : -1;
        }
    }
  return -1;
}
