/* crash-driver.c: the program that build-aux/crash-test kills
 *
 *   crash-driver prepare BASE          makes the database every run starts from
 *   crash-driver run DB                edits DB through the store, edit 1, 2, 3, …,
 *                                      printing "ack N" once edit N is committed
 *   crash-driver check BASE DB ACKED   checks DB after the run was killed
 *
 * The edits are a fixed stream: edit N depends only on N and on what
 * edits 1 … N-1 did. Each is one call of the store's own edit functions,
 * so one transaction that writes several tables: the row, the audit
 * trail and the full-text index. The check replays the stream on a copy
 * of BASE and compares everything those tables hold; a database that
 * matches neither "ACKED edits" nor "ACKED + 1" (the edit in flight may
 * have committed before its acknowledgement was printed) lost an
 * acknowledged edit, or holds part of one.
 *
 * check exits with 0 when all is well, 2 when an integrity check fails,
 * 3 when acknowledged edits are missing, 4 when the database matches no
 * prefix of the stream, and prints one line that says which.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-crash"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "opv-core.h"
#include "opv-store-private.h"

#define N_ITEMS 8
#define MAX_EDITS 100000

typedef struct
{
  OpvStore  *store;
  gint64     items[N_ITEMS];
  gint64     round_id;
  GArray    *followups;   /* gint64: the id edit N added, at index N, or 0 */
} Stream;

static const char * const words[] = {
  "aanbeveling", "opvolging", "ministerie", "voortgang", "rapportage", "uitvoering", "gemeenten",
  "onderzoek", "veiligheid", "cultuur", "sector", "maatregel", "Kamerbrief", "vertraging", "gesprek",
  "meldpunt", "vertrouwenspersoon", "onderwijs", "werkgroep", "afspraken", "planning", "evaluatie",
};

/* Text of about @length characters that only edit @n writes. */
static char *
filler (guint n,
        guint length)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  GString *text = g_string_new (NULL);

  while (text->len < length)
    g_string_append_printf (text, "%s ", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_string_truncate (text, length);
  return g_string_free (text, FALSE);
}

static gboolean
load_stream (Stream    *s,
             OpvStore  *store,
             GError   **error)
{
  g_autoptr(OpvDossier) dossier = opv_store_find_dossier (store, "crash-test", error);
  g_autoptr(GPtrArray) items = NULL;

  if (dossier == NULL)
    return FALSE;
  items = opv_dossier_dup_items (dossier);
  g_assert (items->len == N_ITEMS);

  s->store = store;
  for (guint i = 0; i < N_ITEMS; i++)
    s->items[i] = opv_item_get_id (g_ptr_array_index (items, i));
  s->round_id = opv_round_get_id (opv_dossier_get_newest_round (dossier));
  s->followups = g_array_new (FALSE, TRUE, sizeof (gint64));
  return TRUE;
}

static void
clear_stream (Stream *s)
{
  g_clear_pointer (&s->followups, g_array_unref);
}

static gint64
followup_of (Stream *s,
             guint   n)
{
  return n < s->followups->len ? g_array_index (s->followups, gint64, n) : 0;
}

/* Edit @n of the stream: six kinds in turn, among them a large text that
 * spans several pages, and a deletion. */
static gboolean
apply_edit (Stream  *s,
            guint    n,
            GError **error)
{
  guint item = (n / 6 + n) % N_ITEMS;

  switch (n % 6)
    {
    case 1:
      {
        g_autofree char *code = g_strdup_printf ("F%u", n);
        g_autofree char *more = filler (n, 60 + n % 300);
        g_autofree char *text = g_strdup_printf ("Follow-up %u: %s", n, more);
        gint64 id = opv_store_add_followup (s->store, s->items[item], s->round_id, -1, code, text, error);

        if (id == 0)
          return FALSE;
        if (s->followups->len <= n)
          g_array_set_size (s->followups, n + 1);
        g_array_index (s->followups, gint64, n) = id;
        return TRUE;
      }
    case 2:
      {
        g_autofree char *more = filler (n, 100 + n % 500);
        g_autofree char *text = g_strdup_printf ("Explanation %u: %s", n, more);

        return opv_store_set_entry_field (s->store, s->items[item], s->round_id,
                                          OPV_ENTRY_FIELD_EXPLANATION, text, error);
      }
    case 3:
      {
        g_autofree char *more = filler (n, 80 + n % 200);
        g_autofree char *text = g_strdup_printf ("Follow-up %u, changed by edit %u: %s", n - 2, n, more);

        return opv_store_update_followup (s->store, followup_of (s, n - 2), NULL, text, error);
      }
    case 4:
      {
        /* 2 to 16 KB: the edit writes several pages to the WAL. */
        g_autofree char *more = filler (n, 2000 + (n * 2654435761u) % 14000);
        g_autofree char *text = g_strdup_printf ("Text of edit %u: %s", n, more);

        return opv_store_set_item_field (s->store, s->items[item], OPV_ITEM_FIELD_TEXT, text, error);
      }
    case 5:
      {
        g_autofree char *timeframe = g_strdup_printf ("edit %u", n);

        return opv_store_set_entry_field (s->store, s->items[(n * 7) % N_ITEMS], s->round_id,
                                          OPV_ENTRY_FIELD_TIMEFRAME, timeframe, error);
      }
    case 0:
    default:
      if ((n / 6) % 2 == 1)
        return opv_store_delete_followup (s->store, followup_of (s, n - 5), error);
      return opv_store_move_followup (s->store, followup_of (s, n - 5), 0, error);
    }
}

static int
prepare (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = NULL;
  gint64 dossier_id, theme_id;

  g_unlink (path);
  store = opv_store_open_full (path, OPV_STORE_OPEN_DEFAULT, 1, &error);
  if (store != NULL)
    {
      dossier_id = opv_store_create_dossier (store, "Crash test", OPV_DOSSIER_KIND_RECOMMENDATIONS, &error);
      theme_id = dossier_id ? opv_store_create_theme (store, dossier_id, -1, "1", "Thema", &error) : 0;
      for (guint i = 0; theme_id != 0 && i < N_ITEMS; i++)
        {
          g_autofree char *code = g_strdup_printf ("1.%u", i + 1);
          g_autofree char *title = g_strdup_printf ("Aanbeveling %u", i + 1);

          if (opv_store_create_item (store, theme_id, code, title, &error) == 0)
            break;
        }
      if (error == NULL)
        opv_store_create_round (store, dossier_id, "Ronde 1", "2025", FALSE, &error);
    }

  if (error != NULL)
    {
      g_printerr ("crash-driver: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
run (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = opv_store_open_full (path, OPV_STORE_OPEN_DEFAULT, 1, &error);
  Stream s = { 0 };

  if (store == NULL || !load_stream (&s, store, &error))
    {
      g_printerr ("crash-driver: %s\n", error->message);
      return 1;
    }

  for (guint n = 1; n <= MAX_EDITS; n++)
    {
      if (!apply_edit (&s, n, &error))
        {
          g_printerr ("crash-driver: edit %u: %s\n", n, error->message);
          clear_stream (&s);
          return 1;
        }
      /* Only now is the edit acknowledged: the commit has returned. */
      printf ("ack %u\n", n);
      fflush (stdout);
    }

  clear_stream (&s);
  return 0;
}

/* Adds a row's values to @checksum, each with its type, so that NULL,
 * '' and 0 differ. */
static void
checksum_rows (GChecksum  *checksum,
               sqlite3    *db,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  g_checksum_update (checksum, (const guchar *) sql, -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          guchar type = (guchar) sqlite3_column_type (stmt, c);

          g_checksum_update (checksum, &type, 1);
          if (type != SQLITE_NULL)
            {
              const guchar *value = sqlite3_column_text (stmt, c);
              g_checksum_update (checksum, value, sqlite3_column_bytes (stmt, c));
            }
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
}

/* A digest of everything the stream's edits write: the tables, the audit
 * trail (but the time of each change) and the full-text index. */
static char *
state_digest (sqlite3 *db)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  checksum_rows (checksum, db, "SELECT id, theme_id, position, code, sort_key, title, text FROM item ORDER BY id");
  checksum_rows (checksum, db, "SELECT id, item_id, round_id, status, timeframe, explanation, to_be_determined, "
                               "responsibility_note, title, text FROM entry ORDER BY id");
  checksum_rows (checksum, db, "SELECT id, entry_id, position, code, text, carried FROM followup ORDER BY id");
  checksum_rows (checksum, db, "SELECT id, edit, user, action, description, dossier_id, item_id, object, object_id, "
                               "operation, field, old, new FROM audit ORDER BY id");
  checksum_rows (checksum, db, "SELECT rowid, text, kind, dossier_id, item_id, round_id, source_id FROM search "
                               "ORDER BY rowid");
  return g_strdup (g_checksum_get_string (checksum));
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Replays the stream on a copy of BASE: opens it and applies edits up to
 * @n. The copy need not survive a power cut. */
static OpvStore *
replay (Stream      *s,
        const char  *base,
        const char  *copy,
        guint        n,
        GError     **error)
{
  g_autoptr(GFile) from = g_file_new_for_path (base);
  g_autoptr(GFile) to = g_file_new_for_path (copy);
  g_autoptr(OpvStore) store = NULL;

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return NULL;
  store = opv_store_open_full (copy, OPV_STORE_OPEN_DEFAULT, 1, error);
  if (store == NULL || !load_stream (s, store, error))
    return NULL;

  sqlite3_exec (store->db, "PRAGMA synchronous = OFF", NULL, NULL, NULL);
  for (guint i = 1; i <= n; i++)
    if (!apply_edit (s, i, error))
      return NULL;
  return g_steal_pointer (&store);
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static int
check (const char *base,
       const char *path,
       guint       acked)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *copy = g_strconcat (path, ".replay", NULL);
  g_autofree char *digest = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_next = NULL;
  g_autoptr(OpvStore) store = NULL;
  Stream s = { 0 };
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gint64 halves;
  int matched = -1;
  int rc;

  /* Opening recovers the WAL the killed process left, as the app would. */
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      printf ("integrity: cannot open: %s\n", sqlite3_errmsg (db));
      return 2;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (!g_str_equal (problems->str, "ok"))
    {
      printf ("integrity: %s\n", problems->str);
      return 2;
    }
  if (sqlite3_exec (db, "INSERT INTO search (search) VALUES ('integrity-check')", NULL, NULL, NULL) != SQLITE_OK)
    {
      printf ("integrity: full-text index: %s\n", sqlite3_errmsg (db));
      return 2;
    }

  /* Both halves of every edit, or neither: each follow-up the stream
   * added has its audit row and its index row, and every follow-up the
   * audit trail says was added and not deleted is there. */
  halves = query_int (db,
                      "SELECT (SELECT count(*) FROM followup f WHERE f.code LIKE 'F%' AND ("
                      "    NOT EXISTS (SELECT 1 FROM audit a WHERE a.object = 'followup' AND a.object_id = f.id"
                      "                AND a.operation = 'insert')"
                      "    OR NOT EXISTS (SELECT 1 FROM search s WHERE s.kind = 'followup' AND s.source_id = f.id)))"
                      " + (SELECT count(*) FROM audit a WHERE a.object = 'followup' AND a.operation = 'insert'"
                      "    AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.id = a.object_id)"
                      "    AND NOT EXISTS (SELECT 1 FROM audit d WHERE d.object = 'followup' AND d.object_id = a.object_id"
                      "                    AND d.operation = 'delete'))");
  digest = state_digest (db);
  sqlite3_close (db);

  if (halves != 0)
    {
      printf ("partial: %" G_GINT64_FORMAT " follow-ups without the rest of their edit\n", halves);
      return 4;
    }

  /* The edits up to the last acknowledged one, and perhaps the next. */
  store = replay (&s, base, copy, acked, &error);
  if (store == NULL)
    g_error ("replay: %s", error->message);
  expected = state_digest (store->db);
  if (!g_str_equal (digest, expected))
    {
      if (!apply_edit (&s, acked + 1, &error))
        g_error ("replay: %s", error->message);
      expected_next = state_digest (store->db);
    }
  clear_stream (&s);
  g_clear_object (&store);
  remove_database (copy);

  if (g_str_equal (digest, expected) || g_strcmp0 (digest, expected_next) == 0)
    {
      printf ("ok: %u acknowledged, %u committed\n", acked, g_str_equal (digest, expected) ? acked : acked + 1);
      return 0;
    }

  /* Which prefix of the stream does the database hold, if any? */
  store = replay (&s, base, copy, 0, &error);
  if (store == NULL)
    g_error ("replay: %s", error->message);
  for (guint n = 0; n < acked; n++)
    {
      g_autofree char *earlier = NULL;

      if (n > 0 && !apply_edit (&s, n, &error))
        g_error ("replay: %s", error->message);
      earlier = state_digest (store->db);
      if (g_str_equal (digest, earlier))
        matched = n;
    }
  clear_stream (&s);
  g_clear_object (&store);
  remove_database (copy);

  if (matched >= 0)
    {
      printf ("lost %u: %u acknowledged, %d committed\n", acked - matched, acked, matched);
      return 3;
    }
  printf ("partial: %u acknowledged, but the data match no number of whole edits\n", acked);
  return 4;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc == 3 && g_str_equal (argv[1], "prepare"))
    return prepare (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "run"))
    return run (argv[2]);
  if (argc == 5 && g_str_equal (argv[1], "check"))
    return check (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));

  g_printerr ("usage: crash-driver prepare BASE | run DB | check BASE DB ACKED\n");
  return 64;
}
