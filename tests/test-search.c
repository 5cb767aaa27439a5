/* test-search.c: the query builder and full-text search over the default
 * dossiers
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include "opv-core.h"
#include "opv-test-util.h"

typedef struct
{
  char     *dir;
  OpvStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = opv_test_make_tmpdir ();
  path = g_build_filename (f->dir, "search.db", NULL);
  f->store = opv_test_open_with_defaults (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
test_build_query (void)
{
  static const struct { const char *text; const char *query; } cases[] = {
    { "meldpunt", "\"meldpunt\"*" },
    { "  Mores  meldpunt ", "\"Mores\"* \"meldpunt\"*" },
    { "oriënterende", "\"oriënterende\"*" },
    /* FTS5 syntax is text, never an operator. */
    { "NEAR(a b)", "\"NEAR\"* \"a\"* \"b\"*" },
    { "\"quoted\" -minus +plus *star", "\"quoted\"* \"minus\"* \"plus\"* \"star\"*" },
    { "a OR b", "\"a\"* \"OR\"* \"b\"*" },
    { "6.1.4", "\"6\"* \"1\"* \"4\"*" },
    { "", NULL },
    { "  ", NULL },
    { "\"*-+()", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = opv_search_build_query (cases[i].text);
      g_assert_cmpstr (query, ==, cases[i].query);
    }

  g_assert_null (opv_search_build_query (NULL));
  g_assert_null (opv_search_build_query ("\xff"));

  /* At most 16 words are searched for. */
  {
    g_autofree char *query = opv_search_build_query ("a b c d e f g h i j k l m n o p q r s t");
    g_autofree char *expected = g_strdup ("\"a\"* \"b\"* \"c\"* \"d\"* \"e\"* \"f\"* \"g\"* \"h\"* "
                                          "\"i\"* \"j\"* \"k\"* \"l\"* \"m\"* \"n\"* \"o\"* \"p\"*");
    g_assert_cmpstr (query, ==, expected);
  }
}

static GPtrArray *
search (Fixture    *f,
        const char *text,
        gint64      dossier_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = opv_store_search (f->store, text, dossier_id, 1000, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static void
test_diacritics (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = search (f, "orienterende", 0);
  OpvSearchHit *hit;

  /* Only Schaduw dansen 3.7, June 2023: "De alliantie voert oriënterende
   * gesprekken" (001); the 2024 update does not repeat it. */
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->dossier_slug, ==, "schaduw-dansen");
  g_assert_cmpstr (hit->code, ==, "3.7");
  g_assert_cmpstr (hit->round_label, ==, "Update juni 2023");
  g_assert_cmpint (hit->where, ==, OPV_SEARCH_IN_FOLLOWUP);
  g_assert_nonnull (strstr (hit->snippet, OPV_SEARCH_MARK_START "oriënterende" OPV_SEARCH_MARK_END));
}

static void
test_prefixes_and_words (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) meldpunt = search (f, "meldpunt", 0);
  g_autoptr(GPtrArray) both = search (f, "meldpunt Mores", 0);
  gboolean plural = FALSE;

  /* "meldpunt" finds "meldpunten" too. */
  for (guint i = 0; i < meldpunt->len; i++)
    plural |= strstr (((OpvSearchHit *) g_ptr_array_index (meldpunt, i))->snippet,
                      OPV_SEARCH_MARK_START "meldpunten" OPV_SEARCH_MARK_END) != NULL;
  g_assert_true (plural);

  /* Every word must occur: fewer hits, each with both. */
  g_assert_cmpuint (both->len, >, 0);
  g_assert_cmpuint (both->len, <, meldpunt->len);
}

static void
test_where_and_dossier (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) nap = opv_store_find_dossier (f->store, "nap", &error);
  g_autoptr(GPtrArray) all = search (f, "Regeringscommissaris", 0);
  g_autoptr(GPtrArray) in_nap = search (f, "Regeringscommissaris", opv_dossier_get_id (nap));
  guint parties = 0;

  g_assert_cmpuint (in_nap->len, >, 0);
  g_assert_cmpuint (in_nap->len, <, all->len);
  for (guint i = 0; i < in_nap->len; i++)
    {
      OpvSearchHit *hit = g_ptr_array_index (in_nap, i);

      g_assert_cmpstr (hit->dossier_slug, ==, "nap");
      parties += hit->where == OPV_SEARCH_IN_PARTY;
    }
  /* The NAP names the Regeringscommissaris in the Wie column of 18
   * activities (the curation's count, build-aux/seeds/nap.md). */
  g_assert_cmpuint (parties, ==, 18);
}

static void
test_hostile_queries (Fixture       *f,
                      gconstpointer  data)
{
  const char *texts[] = { "\"", "NEAR(", "*", "a\" OR \"b", "col:text", "^x", "''", ")(" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) hits = search (f, texts[i], 0);
      g_assert_nonnull (hits);
    }
}

/* A result list asks for a few hits: they are the first of all the hits,
 * in the dossiers' order. With more matches than the candidates a small
 * limit orders, they are still in that order, and come from the whole
 * index's first matches. */
static void
test_few_hits (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) few = NULL;
  g_autoptr(GPtrArray) many = NULL;
  OpvGenerateOptions options = { .seed = 4 };

  all = opv_store_search (f->store, "de", 0, G_MAXINT, &error);
  g_assert_no_error (error);
  few = opv_store_search (f->store, "de", 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >, 100);
  g_assert_cmpuint (all->len, <, 2000);
  g_assert_cmpuint (few->len, ==, 10);
  for (guint i = 0; i < few->len; i++)
    {
      OpvSearchHit *a = g_ptr_array_index (all, i);
      OpvSearchHit *b = g_ptr_array_index (few, i);

      g_assert_cmpint (a->item_id, ==, b->item_id);
      g_assert_cmpint (a->round_id, ==, b->round_id);
      g_assert_cmpstr (a->snippet, ==, b->snippet);
    }

  /* Thousands of matches: ten hits, the defaults' (indexed first) first. */
  g_assert_true (opv_generate_parse_size ("2000", &options, &error));
  g_assert_true (opv_generate (f->store, &options, &error));
  g_assert_no_error (error);
  many = opv_store_search (f->store, "de", 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (many->len, ==, 10);
  for (guint i = 0; i < many->len; i++)
    g_assert_cmpint (((OpvSearchHit *) g_ptr_array_index (many, i))->item_id, ==,
                     ((OpvSearchHit *) g_ptr_array_index (all, i))->item_id);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/build-query", test_build_query);
  g_test_add ("/search/diacritics", Fixture, NULL, fixture_set_up, test_diacritics, fixture_tear_down);
  g_test_add ("/search/prefixes-and-words", Fixture, NULL, fixture_set_up, test_prefixes_and_words, fixture_tear_down);
  g_test_add ("/search/where-and-dossier", Fixture, NULL, fixture_set_up, test_where_and_dossier, fixture_tear_down);
  g_test_add ("/search/hostile-queries", Fixture, NULL, fixture_set_up, test_hostile_queries, fixture_tear_down);
  g_test_add ("/search/few-hits", Fixture, NULL, fixture_set_up, test_few_hits, fixture_tear_down);

  return g_test_run ();
}
