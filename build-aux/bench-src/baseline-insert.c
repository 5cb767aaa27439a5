/* baseline-insert.c: the rows of an Opvolging database written again with
 * plain prepared inserts, for build-aux/bench to compare the import with
 *
 *   baseline-insert SOURCE.db TARGET.db
 *
 * TARGET gets SOURCE's schema (every table, index and trigger, in the
 * order they were made) and then every row of every table, the search
 * index's included, one prepared INSERT per row, in one transaction, with
 * the settings the app uses (WAL, synchronous=FULL, foreign keys on) and,
 * as an import has them, the triggers off: the same rows an import of the
 * same dossiers writes, without reading JSON or making objects.
 *
 * cc -O2 -o baseline-insert baseline-insert.c $(pkg-config --cflags --libs sqlite3)
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

static void
check (sqlite3    *db,
       int         rc,
       const char *what)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      fprintf (stderr, "baseline-insert: %s: %s\n", what, sqlite3_errmsg (db));
      exit (1);
    }
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  check (db, sqlite3_exec (db, sql, NULL, NULL, NULL), sql);
}

/* The tables FTS5 keeps for the search index: filled through it. */
static int
is_shadow (const char *name)
{
  static const char * const suffixes[] = { "_data", "_idx", "_content", "_docsize", "_config" };

  if (strncmp (name, "search_", 7) != 0)
    return 0;
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
    if (strcmp (name + 6, suffixes[i]) == 0)
      return 1;
  return 0;
}

static long
copy_table (sqlite3    *db,
            const char *table)
{
  char sql[512];
  sqlite3_stmt *select = NULL, *insert = NULL;
  int n_columns;
  long rows = 0;
  /* The search index's rowids are the keys' ids: they are copied too. */
  int with_rowid = strcmp (table, "search") == 0;

  snprintf (sql, sizeof sql, "SELECT %s* FROM source.\"%s\"", with_rowid ? "rowid, " : "", table);
  check (db, sqlite3_prepare_v2 (db, sql, -1, &select, NULL), sql);
  n_columns = sqlite3_column_count (select);

  {
    char *values = sqlite3_mprintf ("?");

    for (int i = 1; i < n_columns; i++)
      {
        char *more = sqlite3_mprintf ("%s, ?", values);
        sqlite3_free (values);
        values = more;
      }
    if (with_rowid)
      snprintf (sql, sizeof sql, "INSERT INTO main.\"%s\" (rowid, text, kind, dossier_id, item_id, round_id, source_id) "
                "VALUES (%s)", table, values);
    else
      snprintf (sql, sizeof sql, "INSERT INTO main.\"%s\" VALUES (%s)", table, values);
    sqlite3_free (values);
  }
  check (db, sqlite3_prepare_v2 (db, sql, -1, &insert, NULL), sql);

  while (sqlite3_step (select) == SQLITE_ROW)
    {
      for (int i = 0; i < n_columns; i++)
        sqlite3_bind_value (insert, i + 1, sqlite3_column_value (select, i));
      check (db, sqlite3_step (insert), table);
      sqlite3_reset (insert);
      rows++;
    }

  sqlite3_finalize (select);
  sqlite3_finalize (insert);
  return rows;
}

int
main (int    argc,
      char **argv)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char sql[1024];
  char **tables = NULL;
  int n_tables = 0;
  long rows = 0;

  if (argc != 3)
    {
      fprintf (stderr, "usage: baseline-insert SOURCE.db TARGET.db\n");
      return 2;
    }

  check (db, sqlite3_open (argv[2], &db), argv[2]);
  exec (db, "PRAGMA journal_mode = WAL");
  exec (db, "PRAGMA synchronous = FULL");
  exec (db, "PRAGMA foreign_keys = ON");
  snprintf (sql, sizeof sql, "ATTACH '%s' AS source", argv[1]);
  exec (db, sql);

  /* The schema, in the order it was made */
  exec (db, "BEGIN");
  check (db, sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM source.sqlite_schema "
                                 "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
                                 -1, &stmt, NULL), "schema");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      if (is_shadow (name))
        continue;
      exec (db, (const char *) sqlite3_column_text (stmt, 2));
      if (strcmp (type, "table") == 0)
        {
          tables = realloc (tables, sizeof (char *) * (n_tables + 1));
          tables[n_tables++] = strdup (name);
        }
    }
  sqlite3_finalize (stmt);
  check (db, sqlite3_prepare_v2 (db, "SELECT (SELECT application_id FROM source.pragma_application_id), "
                                 "(SELECT user_version FROM source.pragma_user_version)", -1, &stmt, NULL), "pragmas");
  sqlite3_step (stmt);
  snprintf (sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d;",
            sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1));
  sqlite3_finalize (stmt);
  exec (db, sql);
  exec (db, "COMMIT");

  /* The rows, as an import writes them: triggers off, one transaction */
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  exec (db, "BEGIN IMMEDIATE");
  for (int i = 0; i < n_tables; i++)
    rows += copy_table (db, tables[i]);
  exec (db, "COMMIT");

  printf ("%ld rows in %d tables\n", rows, n_tables);
  for (int i = 0; i < n_tables; i++)
    free (tables[i]);
  free (tables);
  sqlite3_close (db);
  return 0;
}
