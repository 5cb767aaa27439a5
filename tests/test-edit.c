/* test-edit.c: every kind of edit, undone and redone exactly; the audit
 * trail; full-text search
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <sqlite3.h>

#include "opv-core.h"
#include "opv-store-schema.h"
#include "opv-test-util.h"

typedef struct
{
  char     *dir;
  char     *path;
  OpvStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "edit.db", NULL);
  f->store = opv_test_open_with_defaults (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  opv_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* The whole dossier as exchange JSON: any difference a bug would make to
 * the data shows here. */
static char *
snapshot (Fixture    *f,
          const char *slug)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, slug, &error);

  g_assert_no_error (error);
  return opv_exchange_write (dossier, NULL);
}

static OpvItem *
find_item (OpvDossier *dossier,
           const char *code)
{
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);

  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (opv_item_get_code (g_ptr_array_index (items, i)), code))
      return g_object_ref (g_ptr_array_index (items, i));
  g_assert_not_reached ();
}

/* What the search index must hold, computed from the tables. */
#define EXPECTED_SEARCH_ROWS \
  "SELECT text, kind, dossier_id, item_id, round_id, source_id FROM (" \
  "  SELECT i.code || ' ' || i.title || ' ' || i.text AS text, 'item' AS kind, t.dossier_id, " \
  "    i.id AS item_id, NULL AS round_id, i.id AS source_id FROM item i JOIN theme t ON t.id = i.theme_id " \
  "  UNION ALL SELECT f.code || ' ' || f.text, 'followup', r.dossier_id, e.item_id, e.round_id, f.id " \
  "    FROM followup f JOIN entry e ON e.id = f.entry_id JOIN round r ON r.id = e.round_id " \
  "  UNION ALL SELECT e.explanation, 'explanation', r.dossier_id, e.item_id, e.round_id, e.id " \
  "    FROM entry e JOIN round r ON r.id = e.round_id WHERE e.explanation <> '' " \
  "  UNION ALL SELECT p.short_name || ' ' || p.full_name, 'party', r.dossier_id, e.item_id, e.round_id, p.id " \
  "    FROM responsibility rs JOIN entry e ON e.id = rs.entry_id JOIN round r ON r.id = e.round_id " \
  "    JOIN party p ON p.id = rs.party_id" \
  ") ORDER BY 1, 2, 3, 4, 5, 6"

/* The rows of the index, each with whether its key says the same. */
#define INDEXED_SEARCH_ROWS \
  "SELECT s.text, s.kind, s.dossier_id, s.item_id, s.round_id, s.source_id, " \
  "  k.kind IS s.kind AND k.source_id IS s.source_id AND k.item_id IS s.item_id AND k.round_id IS s.round_id " \
  "FROM search s LEFT JOIN search_key k ON k.id = s.rowid ORDER BY 1, 2, 3, 4, 5, 6"

static char *
query_rows (sqlite3    *db,
            const char *sql,
            int         n_columns)
{
  GString *rows = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < n_columns; c++)
        g_string_append_printf (rows, "%s%s", c ? "|" : "",
                                sqlite3_column_type (stmt, c) == SQLITE_NULL ? "NULL"
                                : (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (rows, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (rows, FALSE);
}

/* The search index and its keys hold exactly what the tables hold. */
static void
assert_index_matches (const char *path)
{
  g_autofree char *expected = NULL;
  g_autofree char *indexed = NULL;
  g_autofree char *keyed = NULL;
  g_autofree char *expected_keyed = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  expected = query_rows (db, EXPECTED_SEARCH_ROWS, 6);
  indexed = query_rows (db, INDEXED_SEARCH_ROWS, 6);
  keyed = query_rows (db, INDEXED_SEARCH_ROWS, 7);
  expected_keyed = query_rows (db, "SELECT *, 1 FROM (" EXPECTED_SEARCH_ROWS ") ORDER BY 1, 2, 3, 4, 5, 6", 7);
  {
    sqlite3_stmt *stmt = NULL;

    /* No key without its row. */
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM search_key k "
                                         "WHERE NOT EXISTS (SELECT 1 FROM search s WHERE s.rowid = k.id)",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);

  g_assert_cmpuint (strlen (expected), >, 0);
  opv_test_assert_same_text ("search index", expected, strlen (expected), indexed, strlen (indexed));
  opv_test_assert_same_text ("search keys", expected_keyed, strlen (expected_keyed), keyed, strlen (keyed));
}

typedef struct
{
  gint64 dossier;
  gint64 item;
  gint64 round_2023;
  gint64 round_2024;
  gint64 theme_2;
  gint64 theme_3;
} Ids;

static Ids
schaduw_ids (Fixture    *f,
             const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, "schaduw-dansen", &error);
  g_autoptr(OpvItem) item = NULL;
  g_autoptr(OpvTheme) theme_2 = NULL;
  g_autoptr(OpvTheme) theme_3 = NULL;
  Ids ids;

  g_assert_no_error (error);
  item = find_item (dossier, code);
  theme_2 = g_list_model_get_item (opv_dossier_get_themes (dossier), 1);
  theme_3 = g_list_model_get_item (opv_dossier_get_themes (dossier), 2);
  ids.dossier = opv_dossier_get_id (dossier);
  ids.item = opv_item_get_id (item);
  ids.round_2023 = opv_round_get_id (opv_dossier_find_round (dossier, "Update juni 2023"));
  ids.round_2024 = opv_round_get_id (opv_dossier_find_round (dossier, "Update 2024"));
  ids.theme_2 = opv_theme_get_id (theme_2);
  ids.theme_3 = opv_theme_get_id (theme_3);
  return ids;
}

/* Undo brings back exactly @before, redo exactly @after. */
static void
assert_round_trip (Fixture    *f,
                   const char *slug,
                   const char *before,
                   gint64      expected_item)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = snapshot (f, slug);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  gint64 item_id = -1;

  g_assert_cmpstr (after, !=, before);
  g_assert_true (opv_store_can_undo (f->store));

  g_assert_true (opv_store_undo (f->store, NULL, &item_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (item_id, ==, expected_item);
  undone = snapshot (f, slug);
  opv_test_assert_same_text ("after undo", before, strlen (before), undone, strlen (undone));

  g_assert_true (opv_store_can_redo (f->store));
  g_assert_true (opv_store_redo (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
  redone = snapshot (f, slug);
  opv_test_assert_same_text ("after redo", after, strlen (after), redone, strlen (redone));
}

static void
test_item_fields (Fixture       *f,
                  gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f, "schaduw-dansen");

  g_assert_true (opv_store_set_item_field (f->store, ids.item, OPV_ITEM_FIELD_TEXT, "Nieuwe tekst.", &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_set_item_field (f->store, ids.item, OPV_ITEM_FIELD_TITLE, "Vindbaarheid", &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  /* An empty title is refused, and nothing changes. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_false (opv_store_set_item_field (f->store, ids.item, OPV_ITEM_FIELD_TITLE, "  ", &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
  {
    g_autofree char *now = snapshot (f, "schaduw-dansen");
    g_assert_cmpstr (now, ==, before);
  }

  assert_index_matches (f->path);
}

static void
test_code_keeps_natural_order (Fixture       *f,
                               gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "5.1");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f, "schaduw-dansen");
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(OpvTheme) theme = NULL;
  g_autoptr(OpvItem) last = NULL;
  g_autoptr(OpvItem) before_last = NULL;
  GListModel *items;

  /* 5.1 renumbered to 5.11 moves after 5.10, not after 5.1x in text order. */
  g_assert_true (opv_store_set_item_field (f->store, ids.item, OPV_ITEM_FIELD_CODE, "5.11", &error));
  g_assert_no_error (error);

  dossier = opv_store_find_dossier (f->store, "schaduw-dansen", &error);
  theme = g_list_model_get_item (opv_dossier_get_themes (dossier), 4);
  items = opv_theme_get_items (theme);
  last = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);
  before_last = g_list_model_get_item (items, g_list_model_get_n_items (items) - 2);
  g_assert_cmpstr (opv_item_get_code (last), ==, "5.11");
  g_assert_cmpstr (opv_item_get_code (before_last), ==, "5.10");

  assert_round_trip (f, "schaduw-dansen", before, ids.item);
}

static void
test_entry_fields (Fixture       *f,
                   gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  static const struct { OpvEntryField field; const char *value; } edits[] = {
    { OPV_ENTRY_FIELD_STATUS, "in-progress" },
    { OPV_ENTRY_FIELD_STATUS, NULL },
    { OPV_ENTRY_FIELD_TIMEFRAME, "Q3 2025" },
    { OPV_ENTRY_FIELD_EXPLANATION, "Toelichting met ë en “aanhalingstekens”." },
    { OPV_ENTRY_FIELD_RESPONSIBILITY_NOTE, "In overleg" },
    { OPV_ENTRY_FIELD_TO_BE_DETERMINED, "1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *before = snapshot (f, "schaduw-dansen");

      g_assert_true (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, edits[i].field, edits[i].value,
                                                &error));
      g_assert_no_error (error);
      if (edits[i].field == OPV_ENTRY_FIELD_STATUS && edits[i].value == NULL)
        {
          /* Clearing the status set by the previous edit. */
          g_autofree char *now = snapshot (f, "schaduw-dansen");
          g_assert_null (strstr (now, "\"in-progress\""));
          continue;
        }
      assert_round_trip (f, "schaduw-dansen", before, ids.item);
    }

  g_assert_false (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, OPV_ENTRY_FIELD_STATUS, "finished",
                                             &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);

  assert_index_matches (f->path);
}

/* A round may word an item its own way; NULL gives it the item's again. */
static void
test_round_wording (Fixture       *f,
                    gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f, "schaduw-dansen");
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(OpvItem) item = NULL;

  g_assert_true (opv_store_set_entry_wording (f->store, ids.item, ids.round_2024, "Maak meldpunten beter vindbaar",
                                              NULL, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  dossier = opv_store_find_dossier (f->store, "schaduw-dansen", &error);
  item = find_item (dossier, "2.3");
  g_assert_cmpstr (opv_item_get_title_for (item, opv_dossier_find_round (dossier, "Update 2024")), ==,
                   "Maak meldpunten beter vindbaar");
  g_assert_cmpstr (opv_item_get_title_for (item, opv_dossier_find_round (dossier, "Update juni 2023")), ==,
                   opv_item_get_title (item));

  /* Back to the item's own wording. */
  g_assert_true (opv_store_set_entry_wording (f->store, ids.item, ids.round_2024, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *now = snapshot (f, "schaduw-dansen");
    opv_test_assert_same_text ("wording cleared", before, strlen (before), now, strlen (now));
  }

  g_assert_false (opv_store_set_entry_wording (f->store, ids.item, ids.round_2024, "  ", NULL, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
}

/* Rewording an item keeps what a sent round said, as it was sent. */
static void
test_sent_round_keeps_wording (Fixture       *f,
                               gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(OpvItem) item = NULL;
  g_autofree char *old_title = NULL;

  dossier = opv_store_find_dossier (f->store, "schaduw-dansen", &error);
  item = find_item (dossier, "2.3");
  old_title = g_strdup (opv_item_get_title_for (item, opv_dossier_find_round (dossier, "Update juni 2023")));
  g_clear_object (&item);
  g_clear_object (&dossier);

  g_assert_true (opv_store_mark_round_sent (f->store, ids.round_2023, "2023-06-30", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (opv_store_set_item_field (f->store, ids.item, OPV_ITEM_FIELD_TITLE, "Een nieuwe titel", &error));
  g_assert_no_error (error);

  dossier = opv_store_find_dossier (f->store, "schaduw-dansen", &error);
  item = find_item (dossier, "2.3");
  g_assert_cmpstr (opv_item_get_title_for (item, opv_dossier_find_round (dossier, "Update juni 2023")), ==, old_title);
  g_assert_cmpstr (opv_item_get_title_for (item, opv_dossier_find_round (dossier, "Update 2024")), ==,
                   "Een nieuwe titel");
}

static void
test_new_entry_in_round (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) inspectie = opv_store_find_dossier (f->store, "inspectie", &error);
  g_autoptr(OpvDossier) nap = opv_store_find_dossier (f->store, "nap", &error);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (nap);
  OpvItem *item = g_ptr_array_index (items, 0);
  OpvRound *round = opv_dossier_get_newest_round (nap);
  g_autofree char *before = snapshot (f, "nap");

  /* The NAP's first activity: a status where the source had none. */
  g_assert_true (opv_store_set_entry_field (f->store, opv_item_get_id (item), opv_round_get_id (round),
                                            OPV_ENTRY_FIELD_STATUS, "done", &error));
  g_assert_no_error (error);
  assert_round_trip (f, "nap", before, opv_item_get_id (item));
  g_assert_nonnull (inspectie);
}

static void
test_responsibilities (Fixture       *f,
                       gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f, "schaduw-dansen");
  g_autofree char *now = NULL;
  g_autoptr(GListModel) parties = NULL;
  gint64 ocw = 0, new_party = 0;

  /* An existing party, found without regard to case. */
  g_assert_true (opv_store_add_responsibility (f->store, ids.item, ids.round_2024, "ocw", OPV_ROLE_INVOLVED, &error));
  g_assert_no_error (error);
  now = snapshot (f, "schaduw-dansen");
  /* Schaduw dansen names nobody as involved, so this is the new one. */
  g_assert_nonnull (strstr (now, "\"role\" : \"involved\""));
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  /* Twice is refused. */
  g_assert_false (opv_store_add_responsibility (f->store, ids.item, ids.round_2024, "OCW", OPV_ROLE_LEAD, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* A new party is created inline, and undo removes it again. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_add_responsibility (f->store, ids.item, ids.round_2024, "Kunstenbond", OPV_ROLE_LEAD, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  parties = opv_store_list_parties (f->store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) p = g_list_model_get_item (parties, i);
      if (g_str_equal (opv_party_get_short_name (p), "OCW"))
        ocw = opv_party_get_id (p);
      if (g_str_equal (opv_party_get_short_name (p), "Kunstenbond"))
        new_party = opv_party_get_id (p);
    }
  g_assert_cmpint (ocw, >, 0);
  g_assert_cmpint (new_party, >, 0);

  /* Role change and removal. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_set_responsibility_role (f->store, ids.item, ids.round_2024, ocw, OPV_ROLE_LEAD, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_remove_responsibility (f->store, ids.item, ids.round_2023, ocw, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  assert_index_matches (f->path);
}

static gint64
followup_id (Fixture    *f,
             const char *code,
             const char *round,
             guint       index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (f->store, "schaduw-dansen", &error);
  g_autoptr(OpvItem) item = find_item (dossier, code);
  OpvEntry *entry = opv_item_get_entry (item, opv_dossier_find_round (dossier, round));
  g_autoptr(OpvFollowup) followup = g_list_model_get_item (opv_entry_get_followups (entry), index);

  return opv_followup_get_id (followup);
}

static void
test_followups (Fixture       *f,
                gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f, "schaduw-dansen");
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_link_free);
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);
  gint64 id;

  id = opv_store_add_followup (f->store, ids.item, ids.round_2024, 0, "2.3.0", "Een nieuw punt.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (followup_id (f, "2.3", "Update 2024", 0), ==, id);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_update_followup (f->store, id, NULL, "Herschreven.", &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  /* Reorder: the first goes last. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_move_followup (f->store, id, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (followup_id (f, "2.3", "Update 2024", 11), ==, id);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  /* Links: only web and mail addresses. */
  g_ptr_array_add (links, opv_link_new ("een pagina", "https://example.org/p"));
  g_ptr_array_add (papers, opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "390", NULL));
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_set_followup_sources (f->store, id, links, papers, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  g_ptr_array_add (links, opv_link_new ("kwaad", "javascript:alert(1)"));
  g_assert_false (opv_store_set_followup_sources (f->store, id, links, NULL, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "javascript:alert(1)"));
  g_clear_error (&error);

  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_delete_followup (f->store, id, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  assert_index_matches (f->path);
}

/* A follow-up saved from its editor, text and sources at once, is one step
 * of undo; a refused source leaves nothing half saved. */
static void
test_save_followup (Fixture       *f,
                    gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f, "schaduw-dansen");
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_link_free);
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);
  gint64 id;

  g_ptr_array_add (links, opv_link_new ("een pagina", "https://example.org/p"));
  g_ptr_array_add (papers, opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "390", NULL));
  id = opv_store_save_followup (f->store, 0, ids.item, ids.round_2024, -1, "2.3.12", "Met een pagina.", links, papers,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (followup_id (f, "2.3", "Update 2024", 11), ==, id);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  /* Text and links changed together: undone together. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_ptr_array_set_size (links, 0);
  g_ptr_array_add (links, opv_link_new ("een andere pagina", "https://example.org/q"));
  g_assert_cmpint (opv_store_save_followup (f->store, id, 0, 0, -1, NULL, "Anders.", links, NULL, &error), ==, id);
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);

  /* A refused address: neither a new follow-up nor a changed text. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_ptr_array_add (links, opv_link_new ("kwaad", "javascript:alert(1)"));
  g_assert_cmpint (opv_store_save_followup (f->store, 0, ids.item, ids.round_2024, -1, "", "Nieuw.", links, NULL, &error),
                   ==, 0);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (opv_store_save_followup (f->store, id, 0, 0, -1, NULL, "Weer anders.", links, NULL, &error), ==, 0);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
  g_clear_error (&error);
  {
    g_autofree char *now = snapshot (f, "schaduw-dansen");
    g_assert_cmpstr (now, ==, before);
  }
}

static void
test_structure (Fixture       *f,
                gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f, "schaduw-dansen");
  gint64 theme, item;

  /* Delete an item with its follow-up in both rounds, and undo it. */
  g_assert_true (opv_store_delete_item (f->store, ids.item, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));

  /* Move it to another theme, where its code sorts. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_move_item (f->store, ids.item, ids.theme_3, -1, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, ids.item);
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));

  /* A new theme with a new item, renamed and moved. */
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  theme = opv_store_create_theme (f->store, ids.dossier, 1, "7", "Nieuw thema", &error);
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, 0);

  item = opv_store_create_item (f->store, theme, "7.1", "Nieuwe aanbeveling", &error);
  g_assert_no_error (error);
  g_assert_cmpint (item, >, 0);
  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_rename_theme (f->store, theme, "7", "Ander thema", &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, 0);

  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_move_theme (f->store, theme, -1, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, 0);

  g_free (before);
  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_delete_theme (f->store, theme, &error));
  g_assert_no_error (error);
  assert_round_trip (f, "schaduw-dansen", before, 0);

  assert_index_matches (f->path);
}

static void
test_dossiers (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(OpvDossier) created = NULL;
  g_autofree char *nap_before = snapshot (f, "nap");
  gint64 id, nap_id;

  id = opv_store_create_dossier (f->store, "Rapport Über Veiligheid", OPV_DOSSIER_KIND_RECOMMENDATIONS, &error);
  g_assert_no_error (error);
  created = opv_store_load_dossier (f->store, id, &error);
  g_assert_cmpstr (opv_dossier_get_slug (created), ==, "rapport-uber-veiligheid");

  g_assert_true (opv_store_rename_dossier (f->store, id, "Rapport over veiligheid", "Veiligheid", &error));
  g_assert_true (opv_store_move_dossier (f->store, id, 0, &error));
  listed = opv_store_list_dossiers (f->store, &error);
  {
    g_autoptr(OpvDossier) first = g_list_model_get_item (listed, 0);
    g_assert_cmpstr (opv_dossier_get_short_name (first), ==, "Veiligheid");
  }

  /* Deleting a whole dossier is undone exactly. */
  {
    g_autoptr(OpvDossier) nap = opv_store_find_dossier (f->store, "nap", &error);
    nap_id = opv_dossier_get_id (nap);
  }
  g_assert_true (opv_store_delete_dossier (f->store, nap_id, &error));
  g_assert_no_error (error);
  g_assert_null (opv_store_find_dossier (f->store, "nap", &error));
  g_clear_error (&error);
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *nap_after = snapshot (f, "nap");
    opv_test_assert_same_text ("NAP after undoing its deletion", nap_before, strlen (nap_before),
                               nap_after, strlen (nap_after));
  }

  assert_index_matches (f->path);
}

static void
test_merge_parties (Fixture       *f,
                    gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "4.4");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) parties = NULL;
  g_autofree char *before = NULL;
  gint64 alliantie = 0, variant = 0;

  /* A case variant such as the source's "alliantie", made as a user
   * would: a new party, then merged into the real one. */
  g_assert_true (opv_store_add_responsibility (f->store, ids.item, ids.round_2024, "Alliantie DV", OPV_ROLE_LEAD, &error));
  g_assert_no_error (error);
  parties = opv_store_list_parties (f->store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) p = g_list_model_get_item (parties, i);
      if (g_str_equal (opv_party_get_short_name (p), "Alliantie"))
        alliantie = opv_party_get_id (p);
      if (g_str_equal (opv_party_get_short_name (p), "Alliantie DV"))
        variant = opv_party_get_id (p);
    }

  before = snapshot (f, "schaduw-dansen");
  g_assert_true (opv_store_merge_parties (f->store, variant, alliantie, &error));
  g_assert_no_error (error);
  {
    g_autofree char *after = snapshot (f, "schaduw-dansen");
    g_assert_null (strstr (after, "Alliantie DV"));
  }
  /* The item is found by the party it has now, not by the merged one. */
  assert_index_matches (f->path);
  assert_round_trip (f, "schaduw-dansen", before, 0);

  /* A merged party is gone… */
  g_assert_false (opv_store_update_party (f->store, variant, "Andere naam", "", OPV_PARTY_KIND_SECTOR, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* …and back after undo; renaming it to an existing name is refused. */
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  assert_index_matches (f->path);
  g_assert_false (opv_store_update_party (f->store, variant, "alliantie", "", OPV_PARTY_KIND_SECTOR, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS);
}

static void
test_undo_order_and_limits (Fixture       *f,
                            gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "1.1");
  Ids other = schaduw_ids (f, "6.3");
  g_autoptr(GError) error = NULL;
  g_autofree char *start = snapshot (f, "schaduw-dansen");
  g_autofree char *end = NULL;
  gint64 item_id;

  g_assert_false (opv_store_can_undo (f->store));
  g_assert_false (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_true (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, OPV_ENTRY_FIELD_STATUS, "done", &error));
  g_assert_true (opv_store_set_entry_field (f->store, other.item, other.round_2023, OPV_ENTRY_FIELD_TIMEFRAME, "2025", &error));
  g_assert_cmpstr (opv_store_get_undo_description (f->store), ==, "Change the timeframe");
  end = snapshot (f, "schaduw-dansen");

  /* Undo names the item it changed, so the window can show it. */
  g_assert_true (opv_store_undo (f->store, NULL, &item_id, &error));
  g_assert_cmpint (item_id, ==, other.item);
  g_assert_true (opv_store_undo (f->store, NULL, &item_id, &error));
  g_assert_cmpint (item_id, ==, ids.item);
  {
    g_autofree char *now = snapshot (f, "schaduw-dansen");
    g_assert_cmpstr (now, ==, start);
  }
  g_assert_true (opv_store_redo (f->store, NULL, NULL, &error));
  g_assert_true (opv_store_redo (f->store, NULL, NULL, &error));
  {
    g_autofree char *now = snapshot (f, "schaduw-dansen");
    g_assert_cmpstr (now, ==, end);
  }

  /* A new edit after undo clears what could be redone. */
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_true (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, OPV_ENTRY_FIELD_TIMEFRAME, "2026", &error));
  g_assert_false (opv_store_can_redo (f->store));

  /* An edit that changes nothing is no step. */
  while (opv_store_can_undo (f->store))
    g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_true (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, OPV_ENTRY_FIELD_TIMEFRAME, "", &error));
  g_assert_false (opv_store_can_undo (f->store));
}

static void
test_audit_trail (Fixture       *f,
                  gconstpointer  data)
{
  Ids ids = schaduw_ids (f, "2.3");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  OpvAuditEntry *entry;

  g_assert_true (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, OPV_ENTRY_FIELD_STATUS, "in-progress", &error));
  g_assert_true (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, OPV_ENTRY_FIELD_STATUS, "done", &error));
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The trail is in the database: it survives closing and reopening. */
  g_clear_object (&f->store);
  f->store = opv_store_open (f->path, &error);
  g_assert_no_error (error);

  history = opv_store_list_history (f->store, ids.item, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);

  entry = g_ptr_array_index (history, 0);   /* newest first: the undo */
  g_assert_cmpstr (entry->action, ==, "undo");
  g_assert_cmpstr (entry->field, ==, "status");
  g_assert_cmpstr (entry->old_value, ==, "done");
  g_assert_cmpstr (entry->new_value, ==, "in-progress");

  entry = g_ptr_array_index (history, 1);
  g_assert_cmpstr (entry->action, ==, "edit");
  g_assert_cmpstr (entry->description, ==, "Change the status");
  g_assert_cmpstr (entry->object, ==, "entry");
  g_assert_cmpstr (entry->old_value, ==, "in-progress");
  g_assert_cmpstr (entry->new_value, ==, "done");
  g_assert_cmpstr (entry->user, !=, "");
  g_assert_true (g_str_has_suffix (entry->at, "Z"));

  entry = g_ptr_array_index (history, 2);
  g_assert_null (entry->old_value);
  g_assert_cmpstr (entry->new_value, ==, "in-progress");
}

typedef struct
{
  const char *query;
  const char *code;
  const char *round;
  const char *where;
} SearchCase;

static void
test_search_index (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Ids ids = schaduw_ids (f, "3.7");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int count = -1;

  /* After an edit and its undo, the index holds what the tables hold. */
  g_assert_true (opv_store_set_entry_field (f->store, ids.item, ids.round_2023, OPV_ENTRY_FIELD_EXPLANATION,
                                            "Een uitzonderlijkwoord in de toelichting.", &error));
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM search WHERE search MATCH ?", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, "uitzonderlijkwoord", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  g_assert_cmpint (count, ==, 0);
  sqlite3_reset (stmt);

  /* Diacritics are folded: "orienterende" finds "oriënterende". */
  sqlite3_bind_text (stmt, 1, "orienterende", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  assert_index_matches (f->path);
}

static void
test_migration_from_version_1 (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "v1.db", NULL);
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* A database as version 1 wrote it: its schema and one dossier. */
  g_clear_object (&f->store);
  {
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, MIGRATIONS[0], NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db,
                                   "INSERT INTO dossier VALUES (1, 'oud', 'Een oud dossier', 'Oud', 'recommendations', '', '', 0);"
                                   "INSERT INTO theme VALUES (1, 1, 0, '1', 'Thema');"
                                   "INSERT INTO item VALUES (1, 1, 0, '1.1', '', 'Oriënterende aanbeveling', '');",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }

  store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opv_store_get_schema_version (store), ==, OPV_STORE_SCHEMA_VERSION);
  g_assert_false (opv_store_is_new (store));
  dossier = opv_store_find_dossier (store, "oud", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opv_dossier_get_n_items (dossier), ==, 1);

  /* Migration 2 indexed what version 1 held. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT item_id FROM search WHERE search MATCH 'orienterende'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A database as version 2 left it, index and all, is given its search
 * keys; edits then keep the index right without reading all of it. */
static void
test_migration_from_version_2 (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "v2.db", NULL);
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  sqlite3 *db = NULL;

  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON; PRAGMA recursive_triggers = ON", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, MIGRATIONS[0], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, MIGRATIONS[1], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO party VALUES (1, 'OCW', 'Ministerie van Onderwijs', 'ministry');"
                                 "INSERT INTO dossier VALUES (1, 'twee', 'Dossier van versie twee', 'Twee', 'recommendations', '', '', 0);"
                                 "INSERT INTO dossier_party VALUES (1, 1, 0);"
                                 "INSERT INTO round VALUES (1, 1, 0, 'Update', '2024', 'open', '');"
                                 "INSERT INTO theme VALUES (1, 1, 0, '1', 'Thema');"
                                 "INSERT INTO item VALUES (1, 1, 0, '1.1', '', 'Meldpunt inrichten', 'Richt een meldpunt in.');"
                                 "INSERT INTO item VALUES (2, 1, 1, '1.2', '', 'Tweede', '');"
                                 "INSERT INTO entry VALUES (1, 1, 1, 'done', '2024', 'Een toelichting.', 0, '', NULL, NULL);"
                                 "INSERT INTO responsibility VALUES (1, 1, 0, 'lead');"
                                 "INSERT INTO followup VALUES (1, 1, 0, '1.1.1', 'Het meldpunt is geopend.', 0);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opv_store_get_schema_version (store), ==, 3);
  assert_index_matches (path);

  g_assert_true (opv_store_update_followup (store, 1, "1.1.1", "Het loket is geopend.", &error));
  g_assert_no_error (error);
  hits = opv_store_search (store, "loket", 0, 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = opv_store_search (store, "geopend meldpunt", 0, 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  assert_index_matches (path);

  g_assert_true (opv_store_delete_item (store, 1, &error));
  g_assert_no_error (error);
  assert_index_matches (path);
  hits = opv_store_search (store, "ocw", 0, 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/edit/round-wording", test_round_wording);
  ADD ("/edit/save-followup", test_save_followup);
  ADD ("/edit/sent-round-keeps-wording", test_sent_round_keeps_wording);
  ADD ("/edit/item-fields", test_item_fields);
  ADD ("/edit/code-keeps-natural-order", test_code_keeps_natural_order);
  ADD ("/edit/entry-fields", test_entry_fields);
  ADD ("/edit/new-entry-in-round", test_new_entry_in_round);
  ADD ("/edit/responsibilities", test_responsibilities);
  ADD ("/edit/followups", test_followups);
  ADD ("/edit/structure", test_structure);
  ADD ("/edit/dossiers", test_dossiers);
  ADD ("/edit/merge-parties", test_merge_parties);
  ADD ("/edit/undo-order-and-limits", test_undo_order_and_limits);
  ADD ("/edit/audit-trail", test_audit_trail);
  ADD ("/edit/search-index", test_search_index);
  ADD ("/edit/migration-from-version-1", test_migration_from_version_1);
  ADD ("/edit/migration-from-version-2", test_migration_from_version_2);
#undef ADD

  return g_test_run ();
}
