/* test-query-plan.c: the hot queries use indexes
 *
 * The test runs what the window, the command line and the export do —
 * listing and loading dossiers, searching, every kind of edit with undo
 * and redo, creating a round — and then asks sqlite how it runs every
 * statement the store prepared on the way (its statement cache holds them
 * all), and every statement of every trigger. A plan that reads the whole
 * of a table that grows with the data fails the test.
 *
 * The plans are those of a database without statistics (the app never
 * runs ANALYZE), so they do not depend on the data's size: a small
 * database shows what a large one gets.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>
#include <sqlite3.h>

#include "opv-core.h"
#include "opv-store-private.h"
#include "opv-test-util.h"

/* Tables that grow with the data. The dossier list, the parties and the
 * dossiers' parties stay small, and are read whole on purpose. */
static const char * const big_tables[] = {
  "theme", "theme_wording", "round", "item", "entry", "responsibility", "followup",
  "followup_reference", "link", "kamerstuk", "audit", "search_key", "search",
};

static gboolean
is_big_table (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (big_tables); i++)
    if (g_str_equal (big_tables[i], name))
      return TRUE;
  return FALSE;
}

/* alias → table, from the FROM and JOIN clauses of @sql. */
static GHashTable *
aliases_of (const char *sql)
{
  static const char * const keywords[] = {
    "ON", "WHERE", "JOIN", "LEFT", "CROSS", "INNER", "USING", "ORDER", "GROUP", "LIMIT",
    "UNION", "SET", "VALUES", "AS", "NATURAL", "WINDOW", "HAVING",
  };
  GHashTable *aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRegex) regex = g_regex_new ("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(?:temp\\.|main\\.)?(\\w+)"
                                         "(?:\\s+(?:AS\\s+)?(\\w+))?",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (regex, sql, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *table = g_match_info_fetch (match, 1);
      g_autofree char *alias = g_match_info_fetch (match, 2);
      gboolean is_keyword = FALSE;

      for (guint i = 0; alias != NULL && i < G_N_ELEMENTS (keywords); i++)
        is_keyword |= g_ascii_strcasecmp (alias, keywords[i]) == 0;

      g_hash_table_replace (aliases, g_strdup (table), g_strdup (table));
      if (alias != NULL && alias[0] != '\0' && !is_keyword)
        g_hash_table_replace (aliases, g_strdup (alias), g_strdup (table));
      g_match_info_next (match, NULL);
    }

  return aliases;
}

/* Adds to @problems what in the plan of @sql reads a big table whole; and
 * when @one_item, what looks rows up by a dossier, a theme or a round
 * alone: the statements that read one item (opv_store_load_item()) must
 * go from the item by ids, not through a part of the dossier that grows
 * with it. */
static void
check_plan (sqlite3    *db,
            const char *what,
            const char *sql,
            gboolean    no_sorting,
            gboolean    one_item,
            GString    *problems,
            GString    *plans)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(GHashTable) aliases = aliases_of (sql);
  g_autoptr(GRegex) scan = g_regex_new ("^SCAN (\\w+)(.*)$", 0, 0, NULL);
  g_autoptr(GRegex) by_part = g_regex_new ("\\((dossier_id|theme_id|round_id)[=<>]", 0, 0, NULL);
  /* plan node id → its parent's, for the nodes below a correlated
   * subquery, which runs once per row of the query around it */
  g_autoptr(GHashTable) parents = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) correlated = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_string_append_printf (problems, "%s: cannot explain (%s): %s\n", what, sqlite3_errmsg (db), sql);
      return;
    }

  g_string_append_printf (plans, "%s: %s\n", what, sql);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int id = sqlite3_column_int (stmt, 0);
      int parent = sqlite3_column_int (stmt, 1);
      const char *detail = (const char *) sqlite3_column_text (stmt, 3);
      g_autoptr(GMatchInfo) match = NULL;
      gboolean per_row = FALSE;

      g_string_append_printf (plans, "    %s\n", detail);

      if (one_item && g_regex_match (by_part, detail, 0, NULL))
        g_string_append_printf (problems, "%s reads a part of the dossier for one item (%s):\n  %s\n",
                                what, detail, sql);

      g_hash_table_insert (parents, GINT_TO_POINTER (id), GINT_TO_POINTER (parent));
      if (g_str_has_prefix (detail, "CORRELATED "))
        g_hash_table_add (correlated, GINT_TO_POINTER (id));
      for (int node = parent; node != 0 && !per_row;
           node = GPOINTER_TO_INT (g_hash_table_lookup (parents, GINT_TO_POINTER (node))))
        per_row = g_hash_table_contains (correlated, GINT_TO_POINTER (node));

      /* A sort in a correlated subquery sorts what one row of the query
       * around it has (an item's entries, say), not all the rows. */
      if (no_sorting && !per_row && strstr (detail, "USE TEMP B-TREE FOR ORDER BY") != NULL &&
          strstr (detail, "RIGHT PART") == NULL)
        g_string_append_printf (problems, "%s sorts all its rows (%s):\n  %s\n", what, detail, sql);

      if (g_regex_match (scan, detail, 0, &match))
        {
          g_autofree char *name = g_match_info_fetch (match, 1);
          g_autofree char *rest = g_match_info_fetch (match, 2);
          const char *table = g_hash_table_lookup (aliases, name);

          if (table == NULL)
            table = name;
          if (!is_big_table (table))
            continue;
          /* FTS5 reads by MATCH (idxStr "M…") or by rowid ("="); an empty
           * idxStr ("INDEX 0:") is every row. */
          if (g_str_equal (table, "search") && g_str_has_prefix (rest, " VIRTUAL TABLE INDEX ") &&
              strchr (rest, ':') != NULL && strchr (rest, ':')[1] != '\0')
            continue;
          g_string_append_printf (problems, "%s reads all of %s (%s):\n  %s\n", what, table, detail, sql);
        }
    }
  sqlite3_finalize (stmt);
}

/* Every statement a trigger runs, with old.x and new.x as parameters. */
static void
check_triggers (sqlite3 *db,
                GString *problems,
                GString *plans)
{
  g_autoptr(GRegex) row_ref = g_regex_new ("\\b(?:old|new)\\.\\w+", 0, 0, NULL);
  sqlite3_stmt *stmt = NULL;
  guint n_triggers = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *sql = (const char *) sqlite3_column_text (stmt, 1);
      const char *begin = strstr (sql, " BEGIN");
      const char *end = g_strrstr (sql, "END");
      g_autofree char *body = NULL;
      g_auto(GStrv) statements = NULL;

      g_assert_nonnull (begin);
      g_assert_nonnull (end);
      body = g_strndup (begin + strlen (" BEGIN"), end - begin - strlen (" BEGIN"));
      statements = g_strsplit (body, ";", -1);
      for (guint i = 0; statements[i] != NULL; i++)
        {
          g_autofree char *bound = g_regex_replace_literal (row_ref, statements[i], -1, 0, "?", 0, NULL);
          g_autofree char *what = g_strdup_printf ("trigger %s", name);

          if (g_strstrip (bound)[0] != '\0')
            check_plan (db, what, bound, FALSE, FALSE, problems, plans);
        }
      n_triggers++;
    }
  sqlite3_finalize (stmt);

  /* The triggers that keep the search index, at least. */
  g_assert_cmpuint (n_triggers, >=, 13);
}

static void
check_store (OpvStore *store,
             GString  *problems,
             GString  *plans,
             guint    *n_checked,
             guint    *n_one_item)
{
  GHashTableIter iter;
  gpointer sql;

  g_hash_table_iter_init (&iter, store->statements);
  while (g_hash_table_iter_next (&iter, &sql, NULL))
    {
      gboolean one_item = g_str_has_prefix (sql, "/* one item */");

      /* What reads a whole dossier in order must not sort it. */
      check_plan (store->db, "statement", sql, strstr (sql, "/* table order") != NULL, one_item, problems, plans);
      (*n_checked)++;
      *n_one_item += one_item;
    }
}

/* The hot paths, and the rarer edits, each run once. */
static void
exercise (OpvStore   *store,
          const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GListModel) parties = NULL;
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_link_free);
  g_autoptr(GPtrArray) kamerstukken = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);
  g_autoptr(OpvKamerstuk) letter = NULL;
  OpvItem *item;
  OpvRound *round;
  gint64 followup, theme, new_item, round_id, new_dossier, party_a = 0, party_b = 0;

  dossiers = opv_store_list_dossiers (store, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_has_dossiers (store, &error));
  dossier = opv_store_find_dossier (store, "schaduw-dansen", &error);
  g_assert_no_error (error);
  g_clear_object (&dossier);
  dossier = opv_store_find_dossier (store, "gen-0001", &error);
  g_assert_no_error (error);

  items = opv_dossier_dup_items (dossier);
  item = g_ptr_array_index (items, 0);
  round = opv_dossier_get_newest_round (dossier);

  hits = opv_store_search (store, "meldpunt", 0, 50, &error);
  g_assert_no_error (error);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = opv_store_search (store, "aanpak gedrag", opv_dossier_get_id (dossier), 50, &error);
  g_assert_no_error (error);
  history = opv_store_list_history (store, opv_item_get_id (item), &error);
  g_assert_no_error (error);
  parties = opv_store_list_parties (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (parties, i);

      if (g_str_equal (opv_party_get_short_name (party), "OCW"))
        party_a = opv_party_get_id (party);
      if (g_str_equal (opv_party_get_short_name (party), "Rutgers"))
        party_b = opv_party_get_id (party);
    }
  g_assert_cmpint (party_a, !=, 0);
  g_assert_cmpint (party_b, !=, 0);

  /* Edits of an item and what a round reports on it */
  g_assert_true (opv_store_set_item_field (store, opv_item_get_id (item), OPV_ITEM_FIELD_TITLE, "Nieuwe titel", &error));
  g_assert_true (opv_store_set_entry_field (store, opv_item_get_id (item), opv_round_get_id (round),
                                            OPV_ENTRY_FIELD_EXPLANATION, "Nieuwe toelichting", &error));
  g_assert_true (opv_store_set_entry_field (store, opv_item_get_id (item), opv_round_get_id (round),
                                            OPV_ENTRY_FIELD_STATUS, "done", &error));
  g_assert_no_error (error);
  g_assert_true (opv_store_add_responsibility (store, opv_item_get_id (item), opv_round_get_id (round),
                                               "Nieuwe partij", OPV_ROLE_INVOLVED, &error));
  g_assert_no_error (error);
  followup = opv_store_add_followup (store, opv_item_get_id (item), opv_round_get_id (round), 0, "", "Nieuwe opvolging", &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_update_followup (store, followup, "", "Andere opvolging", &error));
  g_assert_true (opv_store_move_followup (store, followup, 1, &error));
  g_ptr_array_add (links, opv_link_new ("opvolging", "https://example.org/"));
  g_ptr_array_add (kamerstukken, opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "1", NULL));
  g_assert_true (opv_store_set_followup_sources (store, followup, links, kamerstukken, &error));
  g_assert_no_error (error);
  g_assert_true (opv_store_undo (store, NULL, NULL, &error));
  g_assert_true (opv_store_redo (store, NULL, NULL, &error));
  g_assert_true (opv_store_delete_followup (store, followup, &error));
  g_assert_no_error (error);

  /* Structure */
  theme = opv_store_create_theme (store, opv_dossier_get_id (dossier), 0, "0", "Nieuw thema", &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_rename_theme (store, theme, "0", "Ander thema", &error));
  new_item = opv_store_create_item (store, theme, "0.1", "Nieuw onderdeel", &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_move_item (store, new_item, theme, 0, &error));
  g_assert_true (opv_store_move_theme (store, theme, 1, &error));
  g_assert_true (opv_store_delete_item (store, new_item, &error));
  g_assert_true (opv_store_delete_theme (store, theme, &error));
  g_assert_no_error (error);

  /* Rounds */
  round_id = opv_store_create_round (store, opv_dossier_get_id (dossier), "Nieuwe ronde", "2030", TRUE, &error);
  g_assert_no_error (error);
  letter = opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2029/30", "30420", "500", NULL);
  g_assert_true (opv_store_mark_round_sent (store, round_id, "2030-06-01", letter, &error));
  g_assert_true (opv_store_reopen_round (store, round_id, &error));
  g_assert_no_error (error);

  /* Parties and dossiers */
  g_assert_true (opv_store_update_party (store, party_b, "Rutgers", "Kenniscentrum Rutgers", OPV_PARTY_KIND_OTHER, &error));
  g_assert_true (opv_store_merge_parties (store, party_b, party_a, &error));
  g_assert_true (opv_store_undo (store, NULL, NULL, &error));
  g_assert_no_error (error);
  new_dossier = opv_store_create_dossier (store, "Nieuw dossier", OPV_DOSSIER_KIND_ACTIVITIES, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_rename_dossier (store, new_dossier, "Ander dossier", "Ander", &error));
  g_assert_true (opv_store_move_dossier (store, new_dossier, 0, &error));
  g_assert_true (opv_store_delete_dossier (store, new_dossier, &error));
  {
    g_autoptr(OpvDossier) inspectie = opv_store_find_dossier (store, "inspectie", &error);

    g_assert_no_error (error);
    g_assert_true (opv_store_delete_dossier (store, opv_dossier_get_id (inspectie), &error));
    g_assert_no_error (error);
    g_assert_true (opv_store_undo (store, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  /* The export's items, one at a time, with two rounds */
  {
    g_autoptr(OpvDossier) gen = opv_store_load_dossier_without_items (store, opv_dossier_get_id (dossier), &error);
    GListModel *rounds = opv_dossier_get_rounds (gen);
    g_autoptr(OpvRound) first = g_list_model_get_item (rounds, 0);
    g_autoptr(OpvRound) last = g_list_model_get_item (rounds, g_list_model_get_n_items (rounds) - 1);
    g_autoptr(OpvItemStream) stream = NULL;
    guint n = 0;

    g_assert_no_error (error);
    g_assert_true (opv_store_exec (store, "BEGIN", &error));
    stream = opv_item_stream_new (store, gen, last, first, &error);
    g_assert_no_error (error);
    for (OpvItem *item; (item = opv_item_stream_next (stream, &error)) != NULL; n++)
      g_object_unref (item);
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, opv_dossier_get_n_items (gen));
    g_clear_pointer (&stream, opv_item_stream_free);
    opv_store_rollback (store);
  }

  /* The window's selected item, read into the dossier's skeleton */
  {
    g_autoptr(OpvDossier) skeleton = opv_store_load_dossier_without_items (store, opv_dossier_get_id (dossier), &error);
    g_autoptr(OpvItem) loaded = NULL;

    g_assert_no_error (error);
    loaded = opv_store_load_item (store, skeleton, opv_item_get_id (item), &error);
    g_assert_no_error (error);
    g_assert_nonnull (loaded);
  }

  /* The list pane's paged outline */
  {
    g_autoptr(OpvDossier) gen = opv_store_find_dossier (store, "gen-0002", &error);
    g_autoptr(OpvOutlineModel) outline = NULL;
    guint n;

    g_assert_no_error (error);
    outline = opv_outline_model_new (store, opv_dossier_get_id (gen),
                                     opv_round_get_id (opv_dossier_get_newest_round (gen)), &error);
    g_assert_no_error (error);
    n = g_list_model_get_n_items (G_LIST_MODEL (outline));
    for (guint i = 0; i < n; i++)
      g_object_unref (g_list_model_get_item (G_LIST_MODEL (outline), i));
    g_assert_true (opv_outline_model_reload (outline, &error));
    g_assert_no_error (error);

    /* Its filters: a party and "no responsible party" read who is
     * responsible; a status and "overdue" what the round says. */
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (opv_dossier_get_parties (gen), 0);
      OpvOutlineFilter filter = { .statuses = OPV_STATUS_BIT (OPV_STATUS_DONE), .overdue = TRUE,
                                  .year = 2024, .month = 6 };

      g_assert_true (opv_outline_model_set_filter (outline, &filter, &error));
      g_assert_no_error (error);
      filter = (OpvOutlineFilter) { .party_id = opv_party_get_id (party), .unassigned = TRUE };
      g_assert_true (opv_outline_model_set_filter (outline, &filter, &error));
      g_assert_no_error (error);
    }
  }
  (void) dir;
}

static void
test_hot_queries (void)
{
  g_autofree char *dir = opv_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plans.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GString) plans = g_string_new (NULL);
  OpvGenerateOptions options = { .seed = 1 };
  guint n_checked = 0;
  guint n_one_item = 0;

  store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_defaults (store, &error));
  g_assert_true (opv_generate_parse_size ("small", &options, &error));
  g_assert_true (opv_generate (store, &options, &error));
  g_assert_no_error (error);

  exercise (store, dir);
  check_store (store, problems, plans, &n_checked, &n_one_item);
  check_triggers (store->db, problems, plans);

  g_test_message ("%s", plans->str);
  if (problems->len > 0)
    g_test_message ("%s", problems->str);
  /* Enough of the store ran for the test to mean something. */
  g_assert_cmpuint (n_checked, >=, 80);
  /* One item's item, entries, parties, follow-ups, references, links
   * and papers. */
  g_assert_cmpuint (n_one_item, ==, 7);
  g_assert_cmpstr (problems->str, ==, "");

  g_clear_object (&store);
  opv_test_remove_tree (dir);
}

/* The checker itself finds a full read, through an alias too. */
static void
test_checker (void)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GString) plans = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE followup (id INTEGER PRIMARY KEY, entry_id INTEGER, text TEXT);"
                                 "CREATE INDEX followup_by_entry ON followup (entry_id);"
                                 "CREATE TABLE dossier (id INTEGER PRIMARY KEY);"
                                 "CREATE TABLE entry (id INTEGER PRIMARY KEY, item_id INTEGER, round_id INTEGER,"
                                 "  UNIQUE (item_id, round_id));"
                                 "CREATE INDEX entry_by_round ON entry (round_id);"
                                 "CREATE VIRTUAL TABLE search USING fts5 (text, kind UNINDEXED);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  check_plan (db, "ok", "SELECT f.text FROM followup f WHERE f.entry_id = ?", TRUE, FALSE, problems, plans);
  check_plan (db, "ok", "SELECT id FROM dossier", TRUE, FALSE, problems, plans);
  check_plan (db, "ok", "SELECT rowid FROM search WHERE search MATCH ?", TRUE, FALSE, problems, plans);
  check_plan (db, "ok", "SELECT id FROM entry WHERE item_id = ?", FALSE, TRUE, problems, plans);
  check_plan (db, "ok", "SELECT id FROM entry WHERE item_id = ? AND round_id = ?", FALSE, TRUE, problems, plans);
  g_assert_cmpstr (problems->str, ==, "");

  check_plan (db, "alias", "SELECT f.text FROM followup f WHERE f.text = ?", FALSE, FALSE, problems, plans);
  g_assert_nonnull (strstr (problems->str, "alias reads all of followup"));
  check_plan (db, "fts", "DELETE FROM search WHERE kind = ?", FALSE, FALSE, problems, plans);
  g_assert_nonnull (strstr (problems->str, "fts reads all of search"));
  check_plan (db, "sorted", "SELECT text FROM followup WHERE entry_id = ? ORDER BY text", TRUE, FALSE, problems, plans);
  g_assert_nonnull (strstr (problems->str, "sorted sorts all its rows"));
  check_plan (db, "by-round", "SELECT id FROM entry WHERE round_id = ?", FALSE, TRUE, problems, plans);
  g_assert_nonnull (strstr (problems->str, "by-round reads a part of the dossier for one item"));
  g_string_truncate (problems, 0);
  /* Sorting per row is not sorting all rows; sorting once is. */
  check_plan (db, "per row",
              "SELECT d.id, (SELECT f.text FROM followup f WHERE f.entry_id = d.id ORDER BY f.text LIMIT 1) "
              "FROM dossier d ORDER BY d.id", TRUE, FALSE, problems, plans);
  g_assert_cmpstr (problems->str, ==, "");
  check_plan (db, "once",
              "SELECT d.id, (SELECT f.text FROM followup f WHERE f.entry_id = ? ORDER BY f.text LIMIT 1) "
              "FROM dossier d ORDER BY d.id", TRUE, FALSE, problems, plans);
  g_assert_nonnull (strstr (problems->str, "once sorts all its rows"));
  sqlite3_close (db);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/query-plan/checker", test_checker);
  g_test_add_func ("/query-plan/hot-queries", test_hot_queries);

  return g_test_run ();
}
