/* test-generate.c: synthetic databases are exact in size and reproducible
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <sqlite3.h>

#include "opv-core.h"
#include "opv-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
generate (Fixture    *f,
          const char *name,
          const char *size,
          guint64     seed)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  OpvGenerateOptions options = { 0 };

  g_assert_true (opv_generate_parse_size (size, &options, &error));
  g_assert_no_error (error);
  options.seed = seed;

  store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (opv_generate (store, &options, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static gint64
count (sqlite3    *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* A digest of every row of every table, the index's included. */
static char *
digest (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name <> 'search' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", (char *) tables->pdata[t]);

      g_checksum_update (checksum, (const guchar *) sql, -1);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const guchar *value = sqlite3_column_blob (stmt, c);

            g_checksum_update (checksum, value ? value : (const guchar *) "<null>",
                               value ? sqlite3_column_bytes (stmt, c) : 6);
            g_checksum_update (checksum, (const guchar *) "\x1f", 1);
          }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_sizes (void)
{
  static const struct { const char *text; guint dossiers, items, followups; } cases[] = {
    { "small", 3, 60, 600 },
    { "medium", 100, 10000, 100000 },
    { "large", 1000, 100000, 1000000 },
    { "250", 2, 250, 2500 },
    { "1", 1, 1, 10 },
  };
  static const char * const bad[] = { "huge", "", "-5", "0", "12x" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      OpvGenerateOptions options = { .seed = 42 };

      g_assert_true (opv_generate_parse_size (cases[i].text, &options, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (options.n_dossiers, ==, cases[i].dossiers);
      g_assert_cmpuint (options.n_items, ==, cases[i].items);
      g_assert_cmpuint (options.n_followups, ==, cases[i].followups);
      g_assert_cmpuint (options.seed, ==, 42);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      OpvGenerateOptions options = { 0 };

      g_assert_false (opv_generate_parse_size (bad[i], &options, &error));
      g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
    }
}

static void
test_exact_counts (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = generate (f, "250.db", "250", 7);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (count (db, "SELECT count(*) FROM dossier"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM item"), ==, 250);
  g_assert_cmpint (count (db, "SELECT count(*) FROM followup"), ==, 2500);
  /* The first dossier is the large one. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM item i JOIN theme t ON t.id = i.theme_id "
                              "JOIN dossier d ON d.id = t.dossier_id WHERE d.slug = 'gen-0001'"), ==, 25);

  /* Everything the tables ask for is there: rounds, statuses, parties and
   * roles, to be determined, links and parliamentary papers. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM round"), >=, 2);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT status) FROM entry"), ==, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM entry WHERE status IS NULL"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM responsibility WHERE role = 'involved'"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM entry WHERE to_be_determined"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM link"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM kamerstuk"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM entry WHERE timeframe <> ''"), >, 0);

  /* Every item and follow-up can be found. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM search WHERE kind = 'item'"), ==, 250);
  g_assert_cmpint (count (db, "SELECT count(*) FROM search WHERE kind = 'followup'"), ==, 2500);
  g_assert_cmpint (count (db, "SELECT count(*) FROM search WHERE kind = 'party'"), ==,
                   count (db, "SELECT count(*) FROM responsibility"));
  g_assert_cmpint (count (db, "SELECT count(*) FROM search WHERE kind = 'explanation'"), ==,
                   count (db, "SELECT count(*) FROM entry WHERE explanation <> ''"));
  sqlite3_close (db);
}

static void
test_reproducible (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *a = generate (f, "a.db", "small", 1);
  g_autofree char *b = generate (f, "b.db", "small", 1);
  g_autofree char *c = generate (f, "c.db", "small", 2);
  g_autofree char *digest_a = digest (a);
  g_autofree char *digest_b = digest (b);
  g_autofree char *digest_c = digest (c);

  g_assert_cmpstr (digest_a, ==, digest_b);
  g_assert_cmpstr (digest_a, !=, digest_c);
}

/* What the generator writes, the exchange format can carry: every
 * dossier reads back without error, cross-references included. */
static void
test_exchange_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = generate (f, "small.db", "small", 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = opv_store_open (path, &error);
  g_autoptr(GListModel) dossiers = NULL;

  g_assert_no_error (error);
  dossiers = opv_store_list_dossiers (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossiers), ==, 3);

  for (guint i = 0; i < g_list_model_get_n_items (dossiers); i++)
    {
      g_autoptr(OpvDossier) listed = g_list_model_get_item (dossiers, i);
      g_autoptr(OpvDossier) dossier = opv_store_load_dossier (store, opv_dossier_get_id (listed), &error);
      g_autoptr(OpvDossier) again = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *text = NULL;
      g_autofree char *text_again = NULL;
      gsize length;

      g_assert_no_error (error);
      text = opv_exchange_write (dossier, &length);
      bytes = g_bytes_new (text, length);
      again = opv_exchange_read_bytes (bytes, "generated.json", &error);
      g_assert_no_error (error);
      text_again = opv_exchange_write (again, NULL);
      g_assert_cmpstr (text_again, ==, text);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/generate/sizes", test_sizes);
  g_test_add ("/generate/exact-counts", Fixture, NULL, fixture_set_up, test_exact_counts, fixture_tear_down);
  g_test_add ("/generate/reproducible", Fixture, NULL, fixture_set_up, test_reproducible, fixture_tear_down);
  g_test_add ("/generate/exchange-round-trip", Fixture, NULL, fixture_set_up, test_exchange_round_trip, fixture_tear_down);

  return g_test_run ();
}
