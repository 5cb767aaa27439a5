/* fuzz-search.c: turning what a user types into a full-text query
 *
 * Properties: the query is valid UTF-8 and valid FTS5 syntax for the
 * tokenizer the store uses, whatever was typed, so that no text can make a
 * search fail or run FTS5 operators; and it has at most 16 terms.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "opv-search.h"
#include "fuzz-common.h"

static sqlite3 *db;
static sqlite3_stmt *match;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();

  /* The store's own table (opv-store-schema.h), with a few texts. */
  if (sqlite3_open (":memory:", &db) != SQLITE_OK ||
      sqlite3_exec (db,
                    "CREATE VIRTUAL TABLE search USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');"
                    "INSERT INTO search (text) VALUES ('Oriënterende gesprekken met het meldpunt'),"
                    " ('Café NEAR “quotes” * - AND OR NOT'), ('2.3 Vertrouwenspersoon 33 000 VIII');",
                    NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM search WHERE search MATCH ?1", -1, &match, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "cannot set up the FTS5 table: %s\n", sqlite3_errmsg (db));
      abort ();
    }
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = fuzz_strndup (data, size);
  g_autofree char *query = opv_search_build_query (text);
  guint terms = 0;
  int rc;

  if (query == NULL)
    return 0;

  FUZZ_CHECK (g_utf8_validate (query, -1, NULL), "the query is not UTF-8");
  for (const char *p = query; (p = strstr (p, "\"*")) != NULL; p += 2)
    terms++;
  FUZZ_CHECK (terms >= 1 && terms <= 16, "%u terms in “%s”", terms, query);

  sqlite3_bind_text (match, 1, query, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (match)) == SQLITE_ROW)
    ;
  FUZZ_CHECK (rc == SQLITE_DONE, "“%s” (from “%s”): %s", query, text, sqlite3_errmsg (db));
  sqlite3_reset (match);
  sqlite3_clear_bindings (match);
  return 0;
}
