/* opv-item-stream.c: a dossier's items read one at a time, in table order
 *
 * The export of a large dossier must not hold the whole dossier as
 * objects. This reads its items in the order of the table, each with what
 * one or two rounds report on it, and hands them out one by one: a caller
 * that drops each item before asking for the next holds one item at a
 * time.
 *
 * Each kind of row is one statement that walks the dossier in table order
 * through the indexes (theme_by_dossier, item_by_theme, the entry's unique
 * index, followup_by_entry), so that nothing is sorted and every row is
 * read once; the statements are merged on the item's id, like a merge
 * join. Links, parliamentary papers and cross-references are few: they
 * are read beforehand by ranges of ids into tables keyed by their owner.
 *
 * All reading should happen inside one read transaction of the caller,
 * so that the statements see the same snapshot.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-item-stream"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "opv-item-stream.h"
#include "opv-store-private.h"

/* Statements that walk the dossier: ?1 the dossier, ?2 the round. The
 * ids break ties of position, so that the indexes give the order, and
 * CROSS JOIN keeps sqlite from starting at the round's entries, which it
 * would then have to sort. */
#define WALK "FROM theme t CROSS JOIN item i ON i.theme_id = t.id "
#define WALK_ENTRY WALK "CROSS JOIN entry e ON e.item_id = i.id AND e.round_id = ?2 "
#define IN_ORDER "WHERE t.dossier_id = ?1 ORDER BY t.position, t.id, i.position, i.id"

#define ITEMS_SQL \
  "/* table order */ SELECT i.id, i.theme_id, i.code, i.title, i.text " WALK IN_ORDER

/* Each round has its own statements: the statement cache is keyed by the
 * text, and both rounds' are stepped at once. */
#define ENTRIES_SQL(which) \
  "/* table order, " which " */ SELECT i.id, e.id, e.status, e.timeframe, e.explanation, " \
  "  e.to_be_determined, e.responsibility_note, e.title, e.text " WALK_ENTRY IN_ORDER
#define PARTIES_SQL(which) \
  "/* table order, " which " */ SELECT i.id, rs.party_id, rs.role " WALK_ENTRY \
  "CROSS JOIN responsibility rs ON rs.entry_id = e.id " IN_ORDER ", rs.position"
#define FOLLOWUPS_SQL(which) \
  "/* table order, " which " */ SELECT i.id, f.id, f.code, f.text, f.carried " WALK_ENTRY \
  "CROSS JOIN followup f ON f.entry_id = e.id " IN_ORDER ", f.position, f.id"

typedef struct
{
  sqlite3_stmt *stmt;
  gboolean      has_row;
} Cursor;

/* What one round reports, read alongside the items. */
typedef struct
{
  OpvRound *round;
  Cursor    entries;
  Cursor    parties;
  Cursor    followups;
} RoundCursors;

struct _OpvItemStream
{
  OpvStore     *store;
  OpvDossier   *dossier;
  GHashTable   *themes;          /* id → OpvTheme (the dossier's) */
  GHashTable   *parties;         /* id → OpvParty */
  GHashTable   *only;            /* gint64 item ids, or NULL for all */
  Cursor        items;
  RoundCursors  rounds[2];       /* the previous round first, when there is one */
  guint         n_rounds;
  /* Keyed by the owner's id; each value is taken when its owner is read. */
  GHashTable   *entry_links;     /* entry id → GPtrArray of OpvLink */
  GHashTable   *entry_kamerstukken;
  GHashTable   *followup_links;
  GHashTable   *followup_kamerstukken;
  GHashTable   *followup_references;  /* followup id → GPtrArray of char* */
  GPtrArray    *followups;       /* an entry's, while it is read */
};

static gboolean
cursor_step (OpvItemStream  *self,
             Cursor         *cursor,
             GError        **error)
{
  int rc = sqlite3_step (cursor->stmt);

  cursor->has_row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  return opv_store_set_sqlite_error (self->store, rc, _("Could not read the items"), error);
}

static gboolean
cursor_start (OpvItemStream  *self,
              Cursor         *cursor,
              const char     *sql,
              gint64          round_id,
              GError        **error)
{
  cursor->stmt = opv_store_prepare (self->store, sql, error);
  if (cursor->stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (cursor->stmt, 1, opv_dossier_get_id (self->dossier));
  if (round_id != 0)
    sqlite3_bind_int64 (cursor->stmt, 2, round_id);
  return cursor_step (self, cursor, error);
}

/* Whether the cursor's row belongs to @item_id. All cursors walk the items
 * in the same order, so a row of another item belongs to a later one. */
static gboolean
cursor_at (Cursor *cursor,
           gint64  item_id)
{
  return cursor->has_row && sqlite3_column_int64 (cursor->stmt, 0) == item_id;
}

static GHashTable *
owner_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

static GPtrArray *
owner_list (GHashTable     *table,
            gint64          owner,
            GDestroyNotify  free_func)
{
  GPtrArray *list = g_hash_table_lookup (table, &owner);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (free_func);
      g_hash_table_insert (table, g_memdup2 (&owner, sizeof owner), list);
    }
  return list;
}

/* The smallest and largest id that @range_sql finds for @round_id, widening
 * *@first and *@last. */
static gboolean
widen_range (OpvItemStream  *self,
             const char     *range_sql,
             gint64          round_id,
             gint64         *first,
             gint64         *last,
             GError        **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self->store, range_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      *first = MIN (*first, sqlite3_column_int64 (stmt, 0));
      *last = MAX (*last, sqlite3_column_int64 (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return opv_store_set_sqlite_error (self->store, rc, _("Could not read the items"), error);
  return TRUE;
}

/* Reads the sources of the owners with ids from @first to @last, with
 * @rows_sql (the owner first), into @table. */
static gboolean
read_sources (OpvItemStream  *self,
              gint64          first,
              gint64          last,
              const char     *rows_sql,
              GHashTable     *table,
              int             kind,
              GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (first > last)
    return TRUE;

  stmt = opv_store_prepare (self->store, rows_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, last);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 owner = sqlite3_column_int64 (stmt, 0);

      switch (kind)
        {
        case 0:   /* links */
          g_ptr_array_add (owner_list (table, owner, (GDestroyNotify) opv_link_free),
                           opv_link_new (opv_store_column_text (stmt, 1), opv_store_column_text_or_null (stmt, 2)));
          break;
        case 1:   /* parliamentary papers */
          {
            OpvChamber chamber = OPV_CHAMBER_UNKNOWN;

            if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
              opv_chamber_from_id (opv_store_column_text (stmt, 1), &chamber);
            g_ptr_array_add (owner_list (table, owner, (GDestroyNotify) opv_kamerstuk_free),
                             opv_kamerstuk_new (chamber, opv_store_column_text (stmt, 2), opv_store_column_text (stmt, 3),
                                                opv_store_column_text (stmt, 4), opv_store_column_text_or_null (stmt, 5)));
          }
          break;
        default:  /* cross-references */
          g_ptr_array_add (owner_list (table, owner, g_free), g_strdup (opv_store_column_text (stmt, 1)));
          break;
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self->store, rc, _("Could not read the items"), error);
  return TRUE;
}

#define ENTRY_RANGE "SELECT min (id), max (id) FROM entry WHERE round_id = ?"
#define FOLLOWUP_RANGE \
  "SELECT min (f.id), max (f.id) FROM entry e JOIN followup f ON f.entry_id = e.id WHERE e.round_id = ?"

/* The sources of every entry and follow-up of the stream's rounds, read
 * once: the rounds' ranges of ids may overlap. */
static gboolean
read_all_sources (OpvItemStream  *self,
                  GError        **error)
{
  gint64 first_entry = G_MAXINT64, last_entry = G_MININT64;
  gint64 first_followup = G_MAXINT64, last_followup = G_MININT64;

  for (guint r = 0; r < self->n_rounds; r++)
    {
      gint64 round_id = opv_round_get_id (self->rounds[r].round);

      if (!widen_range (self, ENTRY_RANGE, round_id, &first_entry, &last_entry, error) ||
          !widen_range (self, FOLLOWUP_RANGE, round_id, &first_followup, &last_followup, error))
        return FALSE;
    }

  return read_sources (self, first_entry, last_entry,
                       "SELECT entry_id, label, url FROM link WHERE entry_id BETWEEN ?1 AND ?2 "
                       "ORDER BY entry_id, position",
                       self->entry_links, 0, error) &&
         read_sources (self, first_entry, last_entry,
                       "SELECT entry_id, chamber, session, dossier, number, url FROM kamerstuk "
                       "WHERE entry_id BETWEEN ?1 AND ?2 ORDER BY entry_id, position",
                       self->entry_kamerstukken, 1, error) &&
         read_sources (self, first_followup, last_followup,
                       "SELECT followup_id, label, url FROM link WHERE followup_id BETWEEN ?1 AND ?2 "
                       "ORDER BY followup_id, position",
                       self->followup_links, 0, error) &&
         read_sources (self, first_followup, last_followup,
                       "SELECT followup_id, chamber, session, dossier, number, url FROM kamerstuk "
                       "WHERE followup_id BETWEEN ?1 AND ?2 ORDER BY followup_id, position",
                       self->followup_kamerstukken, 1, error) &&
         read_sources (self, first_followup, last_followup,
                       "SELECT followup_id, target FROM followup_reference "
                       "WHERE followup_id BETWEEN ?1 AND ?2 ORDER BY followup_id, position",
                       self->followup_references, 2, error);
}

/* Moves the sources of @owner from @table into @into. */
static void
take_sources (GHashTable *table,
              gint64      owner,
              GPtrArray  *into)
{
  gpointer key, value;

  if (!g_hash_table_steal_extended (table, &owner, &key, &value))
    return;
  for (guint i = 0; i < ((GPtrArray *) value)->len; i++)
    g_ptr_array_add (into, g_steal_pointer (&((GPtrArray *) value)->pdata[i]));
  g_ptr_array_set_free_func (value, NULL);
  g_ptr_array_unref (value);
  g_free (key);
}

static OpvParty *
find_party (OpvItemStream  *self,
            gint64          id,
            GError        **error)
{
  OpvParty *party = g_hash_table_lookup (self->parties, &id);
  sqlite3_stmt *stmt;
  OpvPartyKind kind = OPV_PARTY_KIND_OTHER;
  int rc;

  if (party != NULL)
    return party;

  /* A party the dossier's list lacks, as an edit could leave it. */
  stmt = opv_store_prepare (self->store, "SELECT short_name, full_name, kind FROM party WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      opv_party_kind_from_id (opv_store_column_text (stmt, 2), &kind);
      party = opv_party_new (opv_store_column_text (stmt, 0), opv_store_column_text (stmt, 1), kind);
      opv_party_set_id (party, id);
      g_hash_table_insert (self->parties, g_memdup2 (&id, sizeof id), party);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    opv_store_set_sqlite_error (self->store, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
                                _("Could not read the parties"), error);
  return party;
}

/* Reads what @rc's round reports on @item_id, adding it to @item unless
 * @item is NULL (an item left out). */
static gboolean
read_entry (OpvItemStream  *self,
            RoundCursors   *rc,
            gint64          item_id,
            OpvItem        *item,
            GError        **error)
{
  g_autoptr(OpvEntry) entry = NULL;
  sqlite3_stmt *stmt = rc->entries.stmt;
  gint64 entry_id = 0;

  if (cursor_at (&rc->entries, item_id))
    {
      if (item != NULL)
        {
          OpvStatus status = OPV_STATUS_UNSET;

          entry_id = sqlite3_column_int64 (stmt, 1);
          entry = opv_entry_new (rc->round);
          opv_entry_set_id (entry, entry_id);
          if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
            opv_status_from_id (opv_store_column_text (stmt, 2), &status);
          opv_entry_set_status (entry, status);
          opv_entry_set_timeframe (entry, opv_store_column_text (stmt, 3));
          opv_entry_set_explanation (entry, opv_store_column_text (stmt, 4));
          opv_entry_set_to_be_determined (entry, sqlite3_column_int (stmt, 5));
          opv_entry_set_responsibility_note (entry, opv_store_column_text (stmt, 6));
          opv_entry_set_wording (entry, opv_store_column_text_or_null (stmt, 7), opv_store_column_text_or_null (stmt, 8));
        }
      if (!cursor_step (self, &rc->entries, error))
        return FALSE;
    }

  for (stmt = rc->parties.stmt; cursor_at (&rc->parties, item_id);)
    {
      if (entry != NULL)
        {
          OpvParty *party = find_party (self, sqlite3_column_int64 (stmt, 1), error);
          OpvRole role = OPV_ROLE_LEAD;

          if (party == NULL)
            return FALSE;
          opv_role_from_id (opv_store_column_text (stmt, 2), &role);
          g_ptr_array_add (opv_entry_get_responsibilities (entry), opv_responsibility_new (party, role));
        }
      if (!cursor_step (self, &rc->parties, error))
        return FALSE;
    }

  for (stmt = rc->followups.stmt; cursor_at (&rc->followups, item_id);)
    {
      if (entry != NULL)
        {
          OpvFollowup *followup = opv_followup_new (opv_store_column_text (stmt, 2),
                                                    opv_store_column_text (stmt, 3));
          gint64 id = sqlite3_column_int64 (stmt, 1);

          opv_followup_set_id (followup, id);
          opv_followup_set_carried (followup, sqlite3_column_int (stmt, 4));
          take_sources (self->followup_links, id, opv_followup_get_links (followup));
          take_sources (self->followup_kamerstukken, id, opv_followup_get_kamerstukken (followup));
          take_sources (self->followup_references, id, opv_followup_get_references (followup));
          g_ptr_array_add (self->followups, followup);
        }
      if (!cursor_step (self, &rc->followups, error))
        return FALSE;
    }
  if (self->followups->len > 0)
    {
      opv_entry_add_followups (entry, (OpvFollowup **) self->followups->pdata, self->followups->len);
      g_ptr_array_set_size (self->followups, 0);
    }

  if (entry != NULL)
    {
      take_sources (self->entry_links, entry_id, opv_entry_get_links (entry));
      take_sources (self->entry_kamerstukken, entry_id, opv_entry_get_kamerstukken (entry));
      opv_item_add_entry (item, entry);
    }
  return TRUE;
}

/* Whether any entry of the round names a party: most large tables name
 * none, and then the parties' statement need not walk the dossier. */
static gboolean
round_names_parties (OpvItemStream  *self,
                     gint64          round_id,
                     gboolean       *names,
                     GError        **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self->store,
                                          "SELECT EXISTS (SELECT 1 FROM entry e JOIN responsibility rs "
                                          "ON rs.entry_id = e.id WHERE e.round_id = ?)",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  rc = sqlite3_step (stmt);
  *names = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return opv_store_set_sqlite_error (self->store, rc, _("Could not read the items"), error);
  return TRUE;
}

static gboolean
start_round (OpvItemStream  *self,
             RoundCursors   *rc,
             OpvRound       *round,
             const char     *entries_sql,
             const char     *parties_sql,
             const char     *followups_sql,
             GError        **error)
{
  gint64 round_id = opv_round_get_id (round);
  gboolean names_parties;

  rc->round = g_object_ref (round);
  if (!cursor_start (self, &rc->entries, entries_sql, round_id, error) ||
      !round_names_parties (self, round_id, &names_parties, error) ||
      (names_parties && !cursor_start (self, &rc->parties, parties_sql, round_id, error)))
    return FALSE;
  return cursor_start (self, &rc->followups, followups_sql, round_id, error);
}

/**
 * opv_item_stream_new:
 * @dossier: the dossier, as opv_store_load_dossier_without_items() gives
 *   it; the items' themes, rounds and parties are its objects
 * @round: (nullable): the round whose entries the items get
 * @previous: (nullable): a second round whose entries they get too
 *
 * Starts reading the items of @dossier. Call it inside a read transaction
 * (`BEGIN`) on @store, and keep that open until the stream is freed.
 *
 * Returns: (transfer full) (nullable): the stream
 */
OpvItemStream *
opv_item_stream_new (OpvStore    *store,
                     OpvDossier  *dossier,
                     OpvRound    *round,
                     OpvRound    *previous,
                     GError     **error)
{
  g_autoptr(OpvItemStream) self = g_new0 (OpvItemStream, 1);
  GListModel *themes = opv_dossier_get_themes (dossier);
  GListModel *parties = opv_dossier_get_parties (dossier);

  g_return_val_if_fail (OPV_IS_STORE (store), NULL);
  g_return_val_if_fail (OPV_IS_DOSSIER (dossier), NULL);

  self->store = g_object_ref (store);
  self->dossier = g_object_ref (dossier);
  self->themes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->parties = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->entry_links = owner_table ();
  self->entry_kamerstukken = owner_table ();
  self->followup_links = owner_table ();
  self->followup_kamerstukken = owner_table ();
  self->followup_references = owner_table ();
  self->followups = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      OpvTheme *theme = g_list_model_get_item (themes, i);
      gint64 id = opv_theme_get_id (theme);

      g_hash_table_insert (self->themes, g_memdup2 (&id, sizeof id), theme);
    }
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      OpvParty *party = g_list_model_get_item (parties, i);
      gint64 id = opv_party_get_id (party);

      g_hash_table_insert (self->parties, g_memdup2 (&id, sizeof id), party);
    }

  if (!cursor_start (self, &self->items, ITEMS_SQL, 0, error))
    return NULL;

  /* The previous round first: an item's entries go in round order. */
  if (previous != NULL &&
      !start_round (self, &self->rounds[self->n_rounds++], previous, ENTRIES_SQL ("previous round"),
                    PARTIES_SQL ("previous round"), FOLLOWUPS_SQL ("previous round"), error))
    return NULL;
  if (round != NULL &&
      !start_round (self, &self->rounds[self->n_rounds++], round, ENTRIES_SQL ("round"),
                    PARTIES_SQL ("round"), FOLLOWUPS_SQL ("round"), error))
    return NULL;

  if (!read_all_sources (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * opv_item_stream_set_only:
 * @item_ids: (nullable) (element-type gint64): the ids of the items to
 *   give, %NULL for all
 *
 * Leaves out the other items, without making their objects.
 */
void
opv_item_stream_set_only (OpvItemStream *self,
                          GHashTable    *item_ids)
{
  g_clear_pointer (&self->only, g_hash_table_unref);
  if (item_ids != NULL)
    self->only = g_hash_table_ref (item_ids);
}

/**
 * opv_item_stream_next:
 *
 * Returns: (transfer full) (nullable): the next item, with its theme set
 * and its entries for the stream's rounds, or %NULL after the last item
 * (@error unset) or on an error
 */
OpvItem *
opv_item_stream_next (OpvItemStream  *self,
                      GError        **error)
{
  while (self->items.has_row)
    {
      sqlite3_stmt *stmt = self->items.stmt;
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 theme_id = sqlite3_column_int64 (stmt, 1);
      g_autoptr(OpvItem) item = NULL;

      if (self->only == NULL || g_hash_table_contains (self->only, &id))
        {
          item = opv_item_new (opv_store_column_text (stmt, 2), opv_store_column_text (stmt, 3),
                               opv_store_column_text (stmt, 4));
          opv_item_set_id (item, id);
          opv_item_set_theme (item, g_hash_table_lookup (self->themes, &theme_id));
        }

      for (guint r = 0; r < self->n_rounds; r++)
        if (!read_entry (self, &self->rounds[r], id, item, error))
          return NULL;

      if (!cursor_step (self, &self->items, error))
        return NULL;
      if (item != NULL)
        return g_steal_pointer (&item);
    }

  return NULL;
}

void
opv_item_stream_free (OpvItemStream *self)
{
  if (self == NULL)
    return;

  if (self->items.stmt != NULL)
    sqlite3_reset (self->items.stmt);
  for (guint r = 0; r < self->n_rounds; r++)
    {
      RoundCursors *rc = &self->rounds[r];

      g_clear_object (&rc->round);
      if (rc->entries.stmt != NULL)
        sqlite3_reset (rc->entries.stmt);
      if (rc->parties.stmt != NULL)
        sqlite3_reset (rc->parties.stmt);
      if (rc->followups.stmt != NULL)
        sqlite3_reset (rc->followups.stmt);
    }
  g_clear_pointer (&self->only, g_hash_table_unref);
  g_clear_pointer (&self->themes, g_hash_table_unref);
  g_clear_pointer (&self->parties, g_hash_table_unref);
  g_clear_pointer (&self->entry_links, g_hash_table_unref);
  g_clear_pointer (&self->entry_kamerstukken, g_hash_table_unref);
  g_clear_pointer (&self->followup_links, g_hash_table_unref);
  g_clear_pointer (&self->followup_kamerstukken, g_hash_table_unref);
  g_clear_pointer (&self->followup_references, g_hash_table_unref);
  g_clear_pointer (&self->followups, g_ptr_array_unref);
  g_clear_object (&self->dossier);
  g_clear_object (&self->store);
  g_free (self);
}
