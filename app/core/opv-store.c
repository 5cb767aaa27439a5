/* opv-store.c: the sqlite database behind Opvolging
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "opv-backup.h"
#include "opv-code.h"
#include "opv-core-resources.h"
#include "opv-exchange.h"
#include "opv-store.h"
#include "opv-store-private.h"
#include "opv-store-schema.h"
#include "opv-util.h"

#define BUSY_TIMEOUT_MS 5000
#define DEFAULTS_PATH "/io/github/opvolging/Opvolging/dossiers"


G_DEFINE_FINAL_TYPE (OpvStore, opv_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (opv-store-error-quark, opv_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
opv_store_finalize (GObject *object)
{
  OpvStore *self = (OpvStore *)object;

  g_clear_error (&self->check_error);
  g_mutex_clear (&self->check_lock);
  g_cond_clear (&self->check_cond);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->bulk_party_text, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (opv_store_parent_class)->finalize (object);
}

static void
opv_store_class_init (OpvStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = opv_store_finalize;

  /**
   * OpvStore::changed:
   * @dossier_id: the dossier that changed, or 0 for several or none
   * @item_id: the item the change concerns, or 0
   *
   * Emitted after an edit, an undo or a redo has been committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
}

void
opv_store_emit_changed (OpvStore *self,
                        gint64    dossier_id,
                        gint64    item_id)
{
  g_signal_emit (self, signals[CHANGED], 0, dossier_id, item_id);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
opv_store_init (OpvStore *self)
{
  g_mutex_init (&self->check_lock);
  g_cond_init (&self->check_cond);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_undo_step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_undo_step_free);
}

/* Turns an sqlite result code into an OPV_STORE_ERROR that says what
 * happened to which file. */
gboolean
opv_store_set_sqlite_error (OpvStore    *self,
                  int          rc,
                  const char  *what_failed,
                  GError     **error)
{
  int primary = rc & 0xff;
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (primary)
    {
    case SQLITE_NOTADB:
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not an Opvolging database: it is not an SQLite database file."),
                   self->path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), self->path, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program."), self->path);
      break;
    case SQLITE_READONLY:
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY,
                   _("The database “%s” cannot be changed: it is read-only."), self->path);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN,
                   _("Could not open the database “%s” (%s)."), self->path, detail);
      break;
    default:
      /* Translators: the first %s is a sentence such as "Could not read the
       * dossiers", the second the database file, the third sqlite's reason */
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                   _("%s (database “%s”: %s)"), what_failed, self->path, detail);
      break;
    }

  return FALSE;
}

/* Returns a prepared statement for @sql, reset and with its bindings
 * cleared. @sql must be a string literal: it keys the cache. */
sqlite3_stmt *
opv_store_prepare (OpvStore    *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      opv_store_set_sqlite_error (self, rc, _("Could not prepare a query"), error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
opv_store_exec (OpvStore    *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return opv_store_set_sqlite_error (self, rc, _("Could not run a query"), error);
  return TRUE;
}

gboolean
opv_store_step_done (OpvStore      *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return opv_store_set_sqlite_error (self, rc, _("Could not save the change"), error);
  return TRUE;
}

/* The check of every page (PRAGMA quick_check), which reads the whole
 * file: a few milliseconds for the default dossiers, seconds for a
 * database of a gigabyte. */

typedef enum
{
  CHECK_DONE,       /* passed, or never left for later */
  CHECK_PENDING,    /* left for later, not started */
  CHECK_RUNNING,    /* in opv_store_check_in_background()'s thread */
  CHECK_FAILED,     /* check_error says why */
} OpvStoreCheck;

#define CHECK_LATER_FROM (64 * 1024 * 1024)

static char *one_line_problem (const char *report);

static gint64 default_check_later_from = CHECK_LATER_FROM;

void
opv_store_set_check_later_from (gint64 bytes)
{
  default_check_later_from = bytes > 0 ? bytes : CHECK_LATER_FROM;
}

/* Runs the check on @db, a connection to @path. When sqlite could not
 * run it, returns FALSE with @error unset and its result code in @rc. */
static gboolean
check_pages (sqlite3     *db,
             const char  *path,
             int         *rc,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  *rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check (1)", -1, &stmt, NULL);
  if (*rc == SQLITE_OK)
    *rc = sqlite3_step (stmt);
  if (*rc == SQLITE_ROW && !g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "ok"))
    {
      g_autofree char *problem = one_line_problem ((const char *) sqlite3_column_text (stmt, 0));

      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), path, problem);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  return *rc == SQLITE_ROW;
}

/* The check on the store's own connection, with its messages. */
static gboolean
check_store_pages (OpvStore  *self,
                   GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  int rc;

  if (check_pages (self->db, self->path, &rc, &local_error))
    return TRUE;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    opv_store_set_sqlite_error (self, rc, _("Could not read the database"), error);
  return FALSE;
}

/* Waits for a check left for later; one nobody started runs here. */
static gboolean
wait_for_check (OpvStore  *self,
                GError   **error)
{
  gboolean ok;

  g_mutex_lock (&self->check_lock);
  if (self->check_state == CHECK_PENDING)
    {
      if (check_store_pages (self, &self->check_error))
        self->check_state = CHECK_DONE;
      else
        self->check_state = CHECK_FAILED;
    }
  while (self->check_state == CHECK_RUNNING)
    g_cond_wait (&self->check_cond, &self->check_lock);
  ok = self->check_state == CHECK_DONE;
  if (!ok && error != NULL)
    *error = g_error_copy (self->check_error);
  g_mutex_unlock (&self->check_lock);
  return ok;
}

/**
 * opv_store_get_check_pending:
 *
 * Returns: whether the check of every page was left for later, and has
 *   not run yet
 */
gboolean
opv_store_get_check_pending (OpvStore *self)
{
  gboolean pending;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  g_mutex_lock (&self->check_lock);
  pending = self->check_state == CHECK_PENDING;
  g_mutex_unlock (&self->check_lock);
  return pending;
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  OpvStore *self = source_object;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  /* A connection of its own: the window's reads and the edits that wait
   * for the check go on meanwhile. */
  if (self->access == OPV_STORE_ACCESS_READ_WRITE)
    rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  else
    rc = opv_store_open_read_only_db (self->path, self->access == OPV_STORE_ACCESS_READ_ONLY_IN_USE, &db);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      ok = check_pages (db, self->path, &rc, &error);
      if (!ok && error == NULL && ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB))
        g_set_error (&error, OPV_STORE_ERROR, OPV_STORE_ERROR_CORRUPT,
                     _("The database “%s” is damaged (%s)."), self->path, sqlite3_errmsg (db));
      else if (!ok && error == NULL)
        g_set_error (&error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                     _("Could not check the database “%s”: %s"), self->path, sqlite3_errmsg (db));
    }
  else
    {
      g_set_error (&error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN,
                   _("Could not check the database “%s”: %s"), self->path, sqlite3_errstr (rc));
      ok = FALSE;
    }
  sqlite3_close_v2 (db);

  g_mutex_lock (&self->check_lock);
  self->check_state = ok ? CHECK_DONE : CHECK_FAILED;
  if (!ok)
    self->check_error = g_error_copy (error);
  g_cond_broadcast (&self->check_cond);
  g_mutex_unlock (&self->check_lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * opv_store_check_in_background:
 *
 * Checks every page of a database whose check was left for later
 * (%OPV_STORE_OPEN_CHECK_LATER), in a thread with a connection of its
 * own. Until it is done, writes wait; if it fails, they are refused with
 * its error. A store with nothing left to check finishes at once.
 */
void
opv_store_check_in_background (OpvStore           *self,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  gboolean start;

  g_return_if_fail (OPV_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, opv_store_check_in_background);

  g_mutex_lock (&self->check_lock);
  start = self->check_state == CHECK_PENDING;
  if (start)
    self->check_state = CHECK_RUNNING;
  g_mutex_unlock (&self->check_lock);

  if (start)
    g_task_run_in_thread (task, check_thread);
  else
    {
      g_autoptr(GError) error = NULL;

      if (wait_for_check (self, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
    }
}

gboolean
opv_store_check_in_background_finish (OpvStore      *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
opv_store_begin (OpvStore  *self,
                 GError   **error)
{
  if (self->access != OPV_STORE_ACCESS_READ_WRITE)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY,
                   _("The database “%s” cannot be changed: it is read-only."), self->path);
      return FALSE;
    }
  /* Nothing is written to a file before every page of it is known to be
   * whole. */
  if (!wait_for_check (self, error))
    return FALSE;
  return opv_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
opv_store_commit (OpvStore  *self,
        GError   **error)
{
  return opv_store_exec (self, "COMMIT", error);
}

void
opv_store_rollback (OpvStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

void
opv_store_bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

const char *
opv_store_column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

const char *
opv_store_column_text_or_null (sqlite3_stmt *stmt,
                     int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Bulk loading: an import, or the generator, writes in one transaction with
 * the schema's triggers switched off, and writes the search index itself,
 * row for row what the triggers would have written and in their order.
 * With the triggers on, every insert that fires one runs in a statement
 * savepoint, and FTS5 writes its pending terms out at each savepoint: an
 * import of 100,000 items then spent most of a minute in the index.
 * Every trigger in the schema keeps the search index (opv-store-schema.h);
 * a new trigger would have to be done by hand here too. */
gboolean
opv_store_begin_bulk (OpvStore  *self,
                      GError   **error)
{
  g_return_val_if_fail (self->bulk_party_text == NULL, FALSE);

  /* Changing the setting expires every prepared statement, so that none
   * keeps the triggers compiled in. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  /* A large import writes to many tables at once: with the default page
   * cache, sqlite writes the same pages to the WAL again and again. */
  opv_store_exec (self, "PRAGMA cache_size = -65536", NULL);
  if (!opv_store_begin (self, error))
    {
      sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, NULL);
      return FALSE;
    }
  self->bulk_party_text = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  return TRUE;
}

static void
end_bulk (OpvStore *self)
{
  opv_store_exec (self, "PRAGMA cache_size = -2000", NULL);
  g_clear_pointer (&self->bulk_party_text, g_hash_table_unref);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, NULL);
}

gboolean
opv_store_commit_bulk (OpvStore  *self,
                       GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (self->bulk_party_text != NULL, FALSE);

  ok = opv_store_commit (self, error);
  if (!ok)
    opv_store_rollback (self);
  end_bulk (self);
  return ok;
}

void
opv_store_rollback_bulk (OpvStore *self)
{
  g_return_if_fail (self->bulk_party_text != NULL);

  opv_store_rollback (self);
  end_bulk (self);
}

/* One row of the search index and its key, as the search_*_insert
 * triggers write them; @round_id 0 is none (an item's own text). */
gboolean
opv_store_index_text (OpvStore    *self,
                      const char  *text,
                      const char  *kind,
                      gint64       dossier_id,
                      gint64       item_id,
                      gint64       round_id,
                      gint64       source_id,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (self->bulk_party_text != NULL, FALSE);

  stmt = opv_store_prepare (self,
                            "INSERT INTO search (text, kind, dossier_id, item_id, round_id, source_id) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;
  opv_store_bind_text (stmt, 1, text);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, dossier_id);
  sqlite3_bind_int64 (stmt, 4, item_id);
  if (round_id != 0)
    sqlite3_bind_int64 (stmt, 5, round_id);
  sqlite3_bind_int64 (stmt, 6, source_id);
  if (!opv_store_step_done (self, stmt, error))
    return FALSE;

  stmt = opv_store_prepare (self,
                            "INSERT INTO search_key (id, kind, source_id, item_id, round_id) VALUES (?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sqlite3_last_insert_rowid (self->db));
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, source_id);
  sqlite3_bind_int64 (stmt, 4, item_id);
  if (round_id != 0)
    sqlite3_bind_int64 (stmt, 5, round_id);
  return opv_store_step_done (self, stmt, error);
}

/* A responsible party, indexed by its name as the database has it. */
gboolean
opv_store_index_party (OpvStore  *self,
                       gint64     party_id,
                       gint64     dossier_id,
                       gint64     item_id,
                       gint64     round_id,
                       GError   **error)
{
  const char *text;

  g_return_val_if_fail (self->bulk_party_text != NULL, FALSE);

  text = g_hash_table_lookup (self->bulk_party_text, &party_id);
  if (text == NULL)
    {
      sqlite3_stmt *stmt = opv_store_prepare (self,
                                              "SELECT short_name || ' ' || full_name FROM party WHERE id = ?",
                                              error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, party_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          return opv_store_set_sqlite_error (self, rc == SQLITE_DONE ? SQLITE_CONSTRAINT : rc,
                                             _("Could not read the parties"), error);
        }
      text = g_strdup (opv_store_column_text (stmt, 0));
      sqlite3_reset (stmt);
      g_hash_table_insert (self->bulk_party_text, g_memdup2 (&party_id, sizeof party_id), (char *) text);
    }

  return opv_store_index_text (self, text, "party", dossier_id, item_id, round_id, party_id, error);
}

/**
 * opv_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/opvolging/opvolging.db`
 */
char *
opv_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "opvolging", "opvolging.db", NULL);
}

/* sqlite's check reports "*** in database main ***" and the problem on
 * the next line; a message is one line. */
static char *
one_line_problem (const char *report)
{
  g_auto(GStrv) lines = g_strsplit (report, "\n", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) problem = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && !g_str_has_prefix (lines[i], "***"))
      g_strv_builder_add (kept, g_strstrip (lines[i]));
  problem = g_strv_builder_end (kept);
  return g_strjoinv ("; ", problem);
}

/* Reads what identifies the file, and checks that it is whole, without
 * writing to it: the checks must leave a damaged, foreign or newer file
 * exactly as it was. */
static gboolean
identify (OpvStore  *self,
          gboolean  *is_empty,
          GError   **error)
{
  sqlite3_stmt *stmt;
  int application_id;
  int n_objects;
  int rc;

  stmt = opv_store_prepare (self, "SELECT count(*) FROM sqlite_schema", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return opv_store_set_sqlite_error (self, rc, _("Could not read the database"), error);
    }
  n_objects = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  stmt = opv_store_prepare (self, "PRAGMA application_id", error);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return opv_store_set_sqlite_error (self, sqlite3_errcode (self->db), _("Could not read the database"), error);
  application_id = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  stmt = opv_store_prepare (self, "PRAGMA user_version", error);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return opv_store_set_sqlite_error (self, sqlite3_errcode (self->db), _("Could not read the database"), error);
  self->schema_version = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  *is_empty = n_objects == 0 && application_id == 0 && self->schema_version == 0;
  if (*is_empty)
    return TRUE;

  if (application_id != OPV_STORE_APPLICATION_ID)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FOREIGN,
                   _("“%s” is not an Opvolging database: it is an SQLite database of another program."),
                   self->path);
      return FALSE;
    }

  if (self->schema_version > OPV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was made by a newer version of Opvolging (schema %d; this version reads up to %d). Update Opvolging to open it."),
                   self->path, self->schema_version, OPV_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  /* A damaged page would otherwise show only when a dossier on it is
   * read, or be carried into the next backup. A large file that needs no
   * upgrade may have it checked later, in the background, before anything
   * is written to it. */
  if (self->check_later_from > 0 && self->schema_version == OPV_STORE_SCHEMA_VERSION)
    {
      GStatBuf st;

      if (g_stat (self->path, &st) == 0 && st.st_size >= self->check_later_from)
        {
          g_mutex_lock (&self->check_lock);
          self->check_state = CHECK_PENDING;
          g_mutex_unlock (&self->check_lock);
          return TRUE;
        }
    }
  if (!self->checked_elsewhere && !check_store_pages (self, error))
    return FALSE;

  return TRUE;
}

static gboolean
migrate (OpvStore  *self,
         GError   **error)
{
  if (self->schema_version == OPV_STORE_SCHEMA_VERSION)
    return TRUE;

  if (!opv_store_begin (self, error))
    return FALSE;

  for (int v = self->schema_version; v < OPV_STORE_SCHEMA_VERSION; v++)
    {
      g_debug ("Migrating %s from schema %d to %d", self->path, v, v + 1);
      if (!opv_store_exec (self, MIGRATIONS[v], error))
        {
          opv_store_rollback (self);
          return FALSE;
        }
    }

  if (!opv_store_commit (self, error))
    {
      opv_store_rollback (self);
      return FALSE;
    }

  self->schema_version = OPV_STORE_SCHEMA_VERSION;
  return TRUE;
}

/**
 * opv_store_open_read_only_db:
 * @ignore_locks: read the file as it was last saved, even while another
 *   program holds it locked
 *
 * Opens @path for reading without writing anything to it or beside it.
 * To read a WAL database whose -wal file holds changes, sqlite needs the
 * shared-memory index beside it, so such a file is opened read-only in
 * the ordinary way. Without a -wal file every change is in the main file,
 * and "immutable" reads it without making a -wal or -shm file, which a
 * read-only folder could not hold and which would be left behind beside a
 * write-protected file.
 *
 * Returns: an sqlite result code; *@db is set even on failure
 */
int
opv_store_open_read_only_db (const char  *path,
                             gboolean     ignore_locks,
                             sqlite3    **db)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *uri = NULL;
  GStatBuf st;
  gboolean immutable = ignore_locks || g_stat (wal, &st) != 0 || st.st_size == 0;

  *db = NULL;
  if (file_uri == NULL)
    return SQLITE_CANTOPEN;

  uri = g_strconcat (file_uri, "?mode=ro", immutable ? "&immutable=1" : "", NULL);
  return sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
}

static gboolean
open_connection (OpvStore  *self,
         gboolean   create,
         GError   **error)
{
  int rc;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
  g_clear_pointer (&self->db, sqlite3_close_v2);

  if (self->access == OPV_STORE_ACCESS_READ_WRITE)
    rc = sqlite3_open_v2 (self->path, &self->db,
                          SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX,
                          NULL);
  else
    rc = opv_store_open_read_only_db (self->path, self->access == OPV_STORE_ACCESS_READ_ONLY_IN_USE, &self->db);

  if (rc != SQLITE_OK)
    return opv_store_set_sqlite_error (self, rc, _("Could not open the database"), error);

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return TRUE;
}

/* Whether a file that exists can be written, and if not, why. */
static OpvStoreAccess
find_access (const char        *path,
             OpvStoreOpenFlags  flags)
{
  g_autofree char *dir = NULL;

  if (flags & OPV_STORE_OPEN_IGNORE_LOCKS)
    return OPV_STORE_ACCESS_READ_ONLY_IN_USE;
  if (flags & OPV_STORE_OPEN_READ_ONLY)
    return OPV_STORE_ACCESS_READ_ONLY_ASKED;
  /* Asked for the effective user, who opens the file, as sqlite will. */
  if (faccessat (AT_FDCWD, path, W_OK, AT_EACCESS) != 0)
    return OPV_STORE_ACCESS_READ_ONLY_FILE;

  /* A WAL database needs its -wal and -shm files beside it. */
  dir = g_path_get_dirname (path);
  if (faccessat (AT_FDCWD, dir, W_OK, AT_EACCESS) != 0)
    return OPV_STORE_ACCESS_READ_ONLY_FOLDER;

  return OPV_STORE_ACCESS_READ_WRITE;
}

/**
 * opv_store_open:
 * @path: the database file; it is created when it does not exist
 *
 * Opens an Opvolging database as opv_store_open_full() does, keeping
 * %OPV_BACKUP_DEFAULT_KEEP backups.
 *
 * Returns: (transfer full) (nullable): the store
 */
OpvStore *
opv_store_open (const char  *path,
                GError     **error)
{
  return opv_store_open_full (path, OPV_STORE_OPEN_DEFAULT, OPV_BACKUP_DEFAULT_KEEP, error);
}

/**
 * opv_store_open_full:
 * @path: the database file; it is created when it does not exist, unless
 *   @flags ask for read-only
 * @flags: how to open it
 * @keep_backups: how many backups to keep when an upgrade makes one, or 0
 *   to upgrade without a backup
 *
 * Opens an Opvolging database, creating or upgrading its schema. An older
 * schema is upgraded only after a backup of the file has been made (see
 * opv_backup_create()).
 *
 * A file that is not an Opvolging database, that is damaged or that a
 * newer version made, is refused with an #OPV_STORE_ERROR and left
 * untouched. A file or folder that cannot be written is opened read-only;
 * opv_store_get_access() says so, and every change then fails with
 * %OPV_STORE_ERROR_READ_ONLY. A database that another program keeps locked
 * for more than a few seconds is refused with %OPV_STORE_ERROR_BUSY, unless
 * read-only was asked for: then it is read as it was last saved.
 *
 * Returns: (transfer full) (nullable): the store
 */
OpvStore *
opv_store_open_full (const char         *path,
                     OpvStoreOpenFlags   flags,
                     guint               keep_backups,
                     GError            **error)
{
  g_autoptr(OpvStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean is_empty = FALSE;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (OPV_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (flags & OPV_STORE_OPEN_CHECK_LATER)
    self->check_later_from = default_check_later_from;

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!exists && (flags & (OPV_STORE_OPEN_READ_ONLY | OPV_STORE_OPEN_IGNORE_LOCKS)))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN,
                   _("There is no database “%s”."), path);
      return NULL;
    }

  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN,
                       _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
          return NULL;
        }
      self->access = OPV_STORE_ACCESS_READ_WRITE;
    }
  else
    self->access = find_access (path, flags);

  if (!open_connection (self, !exists, error))
    return NULL;

  /* sqlite opens a file it may not write read-only without a word. */
  if (self->access == OPV_STORE_ACCESS_READ_WRITE && sqlite3_db_readonly (self->db, "main") == 1)
    {
      self->access = OPV_STORE_ACCESS_READ_ONLY_FILE;
      if (!open_connection (self, FALSE, error))
        return NULL;
    }

  if (!identify (self, &is_empty, &local_error))
    {
      /* Asked to read, a database that another program keeps locked is
       * read as it was last saved. */
      if (g_error_matches (local_error, OPV_STORE_ERROR, OPV_STORE_ERROR_BUSY) &&
          self->access == OPV_STORE_ACCESS_READ_ONLY_ASKED)
        {
          g_clear_error (&local_error);
          self->access = OPV_STORE_ACCESS_READ_ONLY_IN_USE;
          if (!open_connection (self, FALSE, error))
            return NULL;
          if (!identify (self, &is_empty, error))
            return NULL;
        }
      else
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  self->is_new = is_empty;

  if (opv_store_is_read_only (self))
    {
      if (is_empty && self->access == OPV_STORE_ACCESS_READ_ONLY_IN_USE)
        g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_BUSY,
                     _("The database “%s” is in use by another program, and cannot be read until that program has saved it."),
                     path);
      else if (is_empty)
        g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY,
                     _("“%s” is empty, and Opvolging cannot make a database in it: it is read-only."), path);
      else if (self->schema_version < OPV_STORE_SCHEMA_VERSION)
        g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY,
                     _("The database “%s” was made by an older version of Opvolging and must be upgraded, but it is read-only."),
                     path);
      if (is_empty || self->schema_version < OPV_STORE_SCHEMA_VERSION)
        return NULL;

      /* The connection refuses writes too, whatever a caller tries. */
      if (!opv_store_exec (self, "PRAGMA query_only = ON", error) ||
          !opv_store_exec (self, "PRAGMA foreign_keys = ON", error))
        return NULL;
      return g_steal_pointer (&self);
    }

  /* An upgrade rewrites the file: keep it as it was first. */
  if (!is_empty && self->schema_version < OPV_STORE_SCHEMA_VERSION && keep_backups > 0)
    {
      g_autoptr(OpvBackup) backup = opv_backup_create (self, OPV_BACKUP_BEFORE_UPGRADE, keep_backups, &local_error);

      if (backup == NULL)
        {
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                       _("“%s” was not upgraded, because no backup of it could be made: %s"),
                       path, local_error->message);
          return NULL;
        }
    }

  /* WAL lets the window read while an edit commits, and survives a crash
   * of the process; synchronous=FULL makes a committed edit survive a
   * power cut too (HACKING.md explains the choice). */
  if (!opv_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !opv_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !opv_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !opv_store_exec (self, "PRAGMA recursive_triggers = ON", error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * opv_store_get_access:
 *
 * Returns: whether the store can write, and if not, why
 */
OpvStoreAccess
opv_store_get_access (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), OPV_STORE_ACCESS_READ_ONLY_ASKED);
  return self->access;
}

gboolean
opv_store_is_read_only (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), TRUE);
  return self->access != OPV_STORE_ACCESS_READ_WRITE;
}

/**
 * opv_store_dup_access_message:
 *
 * Returns: (transfer full) (nullable): a sentence that says the database
 *   is open read-only and why, or %NULL when it can be changed
 */
char *
opv_store_dup_access_message (OpvStore *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (OPV_IS_STORE (self), NULL);

  switch (self->access)
    {
    case OPV_STORE_ACCESS_READ_ONLY_ASKED:
      return g_strdup_printf (_("“%s” is open read-only, as asked: changes cannot be saved."), self->path);
    case OPV_STORE_ACCESS_READ_ONLY_FILE:
      return g_strdup_printf (_("“%s” is open read-only, because the file is write-protected: changes cannot be saved."),
                              self->path);
    case OPV_STORE_ACCESS_READ_ONLY_FOLDER:
      dir = g_path_get_dirname (self->path);
      return g_strdup_printf (_("“%s” is open read-only, because its folder “%s” cannot be written to: changes cannot be saved."),
                              self->path, dir);
    case OPV_STORE_ACCESS_READ_ONLY_IN_USE:
      return g_strdup_printf (_("“%s” is open read-only, because another program is using it: it is shown as it was last saved, and changes cannot be saved."),
                              self->path);
    case OPV_STORE_ACCESS_READ_WRITE:
    default:
      return NULL;
    }

}

/**
 * opv_store_open_for_reading:
 * @path: an Opvolging database that the app has opened before
 *
 * Opens a second, read-only connection to a database, for reading in
 * another thread (an export) while the window's store writes: WAL lets
 * a reader keep its snapshot meanwhile. Nothing is written: a database
 * of an older schema is refused rather than migrated. Its pages are not
 * checked again (the store that opened it did that).
 *
 * Returns: (transfer full) (nullable): the store
 */
OpvStore *
opv_store_open_for_reading (const char  *path,
                            GError     **error)
{
  g_autoptr(OpvStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  OpvStoreAccess access;
  gboolean is_empty = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (OPV_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  /* The caller's own store checked every page of the file when it opened
   * it, or checks them in the background; reading them all again would
   * take seconds on a large file, each time. A damaged page still fails
   * the read that meets it, with sqlite's error. */
  self->checked_elsewhere = TRUE;

  /* A file the app may write is being written by the window's store:
   * read it in the ordinary way, which keeps a WAL snapshot. One it may
   * not write is read as the window's store reads it, without making a
   * -shm file beside it that a read-only folder could not hold. */
  access = find_access (path, OPV_STORE_OPEN_DEFAULT);
  if (access == OPV_STORE_ACCESS_READ_WRITE)
    {
      self->access = OPV_STORE_ACCESS_READ_ONLY_ASKED;
      rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
      if (rc != SQLITE_OK)
        {
          opv_store_set_sqlite_error (self, rc, _("Could not open the database"), error);
          return NULL;
        }
      sqlite3_extended_result_codes (self->db, TRUE);
      sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
    }
  else
    {
      self->access = access;
      if (!open_connection (self, FALSE, error))
        return NULL;
    }

  if (!identify (self, &is_empty, &local_error))
    {
      /* Kept locked by another program: read as it was last saved, as the
       * window shows it. */
      if (!g_error_matches (local_error, OPV_STORE_ERROR, OPV_STORE_ERROR_BUSY) ||
          self->access == OPV_STORE_ACCESS_READ_ONLY_IN_USE)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      self->access = OPV_STORE_ACCESS_READ_ONLY_IN_USE;
      if (!open_connection (self, FALSE, error) || !identify (self, &is_empty, error))
        return NULL;
    }
  if (is_empty || self->schema_version != OPV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN,
                   _("Could not open the database “%s” for reading: open it in Opvolging first."), path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
opv_store_get_path (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  return self->path;
}

int
opv_store_get_schema_version (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * opv_store_is_new:
 *
 * Returns: whether the database was created when the store was opened, so
 * that the caller can fill it with the default dossiers
 */
gboolean
opv_store_is_new (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  return self->is_new;
}

gboolean
opv_store_has_dossiers (OpvStore  *self,
                        GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM dossier)", error);
  gboolean result;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return opv_store_set_sqlite_error (self, sqlite3_errcode (self->db), _("Could not read the dossiers"), error);
  result = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return result;
}

static OpvDossier *
dossier_from_row (sqlite3_stmt *stmt)
{
  OpvDossierKind kind = OPV_DOSSIER_KIND_RECOMMENDATIONS;
  OpvDossier *dossier;

  opv_dossier_kind_from_id (opv_store_column_text (stmt, 4), &kind);
  dossier = opv_dossier_new (opv_store_column_text (stmt, 1), opv_store_column_text (stmt, 2), kind);
  opv_dossier_set_id (dossier, sqlite3_column_int64 (stmt, 0));
  opv_dossier_set_short_name (dossier, opv_store_column_text (stmt, 3));
  opv_dossier_set_publisher (dossier, opv_store_column_text (stmt, 5));
  opv_dossier_set_published (dossier, opv_store_column_text (stmt, 6));
  opv_dossier_set_n_items (dossier, sqlite3_column_int (stmt, 7));
  return dossier;
}

static gboolean
load_rounds (OpvStore    *self,
             OpvDossier  *dossier,
             GHashTable  *rounds_by_id,
             GError     **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                "SELECT id, label, period, state, sent_on FROM round "
                                "WHERE dossier_id = ? ORDER BY position",
                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, opv_dossier_get_id (dossier));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpvRound) round = opv_round_new (opv_store_column_text (stmt, 1), opv_store_column_text (stmt, 2));
      OpvRoundState state = OPV_ROUND_OPEN;

      opv_round_state_from_id (opv_store_column_text (stmt, 3), &state);
      opv_round_set_id (round, sqlite3_column_int64 (stmt, 0));
      opv_round_set_state (round, state);
      opv_round_set_sent_on (round, opv_store_column_text (stmt, 4));
      opv_dossier_add_round (dossier, round);
      if (rounds_by_id != NULL)
        g_hash_table_insert (rounds_by_id, GINT_TO_POINTER (opv_round_get_id (round)), round);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the reporting rounds"), error);
  return TRUE;
}

#define DOSSIER_COLUMNS \
  "SELECT d.id, d.slug, d.title, d.short_name, d.kind, d.publisher, d.published, " \
  "  (SELECT count(*) FROM item i JOIN theme t ON t.id = i.theme_id WHERE t.dossier_id = d.id) " \
  "FROM dossier d "

/**
 * opv_store_list_dossiers:
 *
 * Returns: (transfer full) (nullable): a #GListModel of #OpvDossier, in the
 * user's order, with their rounds but without their themes
 */
GListModel *
opv_store_list_dossiers (OpvStore  *self,
                         GError   **error)
{
  g_autoptr(GListStore) dossiers = g_list_store_new (OPV_TYPE_DOSSIER);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OPV_IS_STORE (self), NULL);

  stmt = opv_store_prepare (self, DOSSIER_COLUMNS "ORDER BY d.position", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpvDossier) dossier = dossier_from_row (stmt);
      g_list_store_append (dossiers, dossier);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      opv_store_set_sqlite_error (self, rc, _("Could not read the dossiers"), error);
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dossiers)); i++)
    {
      g_autoptr(OpvDossier) dossier = g_list_model_get_item (G_LIST_MODEL (dossiers), i);

      if (!load_rounds (self, dossier, NULL, error))
        return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&dossiers));
}

/* What a Loader reads. */
typedef enum
{
  LOAD_DOSSIER,   /* the whole dossier */
  LOAD_ROUNDS,    /* a dossier without items: of the rows below its rounds, only the rounds' own */
  LOAD_ENTRIES,   /* a dossier's items and entries, without follow-ups, links or papers below them */
  LOAD_ITEM,      /* one item of a dossier loaded without items */
} LoadScope;

typedef struct
{
  OpvDossier *dossier;
  LoadScope   scope;
  gint64      item_id;     /* LOAD_ITEM: the item to read */
  OpvItem    *item;        /* LOAD_ITEM: the item read, or NULL */
  GHashTable *rounds;      /* id → OpvRound */
  GHashTable *themes;      /* id → OpvTheme */
  GHashTable *items;       /* id → OpvItem */
  GHashTable *entries;     /* id → OpvEntry */
  GHashTable *followups;   /* id → OpvFollowup */
  GHashTable *parties;     /* id → OpvParty */
} Loader;

static void
loader_init (Loader     *l,
             OpvDossier *dossier,
             LoadScope   scope)
{
  *l = (Loader) { 0 };
  l->dossier = dossier;
  l->scope = scope;
  l->rounds = g_hash_table_new (NULL, NULL);
  l->themes = g_hash_table_new (NULL, NULL);
  l->items = g_hash_table_new (NULL, NULL);
  l->entries = g_hash_table_new (NULL, NULL);
  l->followups = g_hash_table_new (NULL, NULL);
  l->parties = g_hash_table_new (NULL, NULL);
}

static void
loader_clear (Loader *l)
{
  g_clear_object (&l->item);
  g_clear_pointer (&l->rounds, g_hash_table_unref);
  g_clear_pointer (&l->themes, g_hash_table_unref);
  g_clear_pointer (&l->items, g_hash_table_unref);
  g_clear_pointer (&l->entries, g_hash_table_unref);
  g_clear_pointer (&l->followups, g_hash_table_unref);
  g_clear_pointer (&l->parties, g_hash_table_unref);
}

/* What ?1 of the loader's statements is: the item when it reads one, the
 * dossier otherwise. */
static gint64
loader_key (Loader *l)
{
  return l->scope == LOAD_ITEM ? l->item_id : opv_dossier_get_id (l->dossier);
}

/* The statements that read items and below come in two variants, of the
 * whole dossier and of one item, made by NAME (DOSSIER) and NAME (ITEM)
 * from the pieces below: "FROM " FROM_ENTRIES_x names the entries as e,
 * and WHERE_x keeps those of the dossier or of the item ?1. Each variant
 * is one literal, so that the statement cache keeps both. The item's go
 * from the entry's unique index (item_id, round_id) down by the entry's
 * and the follow-up's ids, and read nothing else of the dossier;
 * tests/test-query-plan.c checks those that start with ONE_ITEM. */
#define FROM_ENTRIES_DOSSIER "round r JOIN entry e ON e.round_id = r.id "
#define WHERE_DOSSIER "WHERE r.dossier_id = ?1 "
#define FROM_ENTRIES_ITEM "entry e "
#define WHERE_ITEM "WHERE e.item_id = ?1 "
#define ONE_ITEM "/* one item */ "
#define SCOPED_SQL(l, NAME) ((l)->scope == LOAD_ITEM ? ONE_ITEM NAME (ITEM) : NAME (DOSSIER))

static gboolean
load_parties (OpvStore  *self,
              Loader    *l,
              GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                "SELECT p.id, p.short_name, p.full_name, p.kind "
                                "FROM dossier_party dp JOIN party p ON p.id = dp.party_id "
                                "WHERE dp.dossier_id = ? ORDER BY dp.position",
                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, opv_dossier_get_id (l->dossier));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvPartyKind kind = OPV_PARTY_KIND_OTHER;
      g_autoptr(OpvParty) party = NULL;

      opv_party_kind_from_id (opv_store_column_text (stmt, 3), &kind);
      party = opv_party_new (opv_store_column_text (stmt, 1), opv_store_column_text (stmt, 2), kind);
      opv_party_set_id (party, sqlite3_column_int64 (stmt, 0));
      opv_dossier_add_party (l->dossier, party);
      g_hash_table_insert (l->parties, GINT_TO_POINTER (opv_party_get_id (party)), party);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the parties"), error);
  return TRUE;
}

static gboolean
load_themes (OpvStore  *self,
             Loader    *l,
             GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                "SELECT id, number, title FROM theme WHERE dossier_id = ? ORDER BY position, id",
                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, opv_dossier_get_id (l->dossier));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpvTheme) theme = opv_theme_new (opv_store_column_text (stmt, 1), opv_store_column_text (stmt, 2));

      opv_theme_set_id (theme, sqlite3_column_int64 (stmt, 0));
      opv_dossier_add_theme (l->dossier, theme);
      g_hash_table_insert (l->themes, GINT_TO_POINTER (opv_theme_get_id (theme)), theme);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the themes"), error);

  stmt = opv_store_prepare (self,
                  "SELECT w.theme_id, w.round_id, w.title FROM theme_wording w "
                  "JOIN theme t ON t.id = w.theme_id WHERE t.dossier_id = ?",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, opv_dossier_get_id (l->dossier));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvTheme *theme = g_hash_table_lookup (l->themes, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)));
      OpvRound *round = g_hash_table_lookup (l->rounds, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));

      if (theme != NULL && round != NULL)
        opv_theme_set_wording (theme, round, opv_store_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the themes"), error);

  return TRUE;
}

#define ITEMS_SQL(of) "SELECT i.id, i.theme_id, i.code, i.title, i.text FROM item i " ITEMS_WHERE_##of
#define ITEMS_WHERE_DOSSIER \
  "JOIN theme t ON t.id = i.theme_id WHERE t.dossier_id = ?1 ORDER BY t.position, t.id, i.position, i.id"
#define ITEMS_WHERE_ITEM "WHERE i.id = ?1"

/* The dossier's items, each added to its theme; or the one item, which
 * is not: it only points at its theme, if that is one of the dossier's. */
static gboolean
load_items (OpvStore  *self,
            Loader    *l,
            GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, SCOPED_SQL (l, ITEMS_SQL), error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, loader_key (l));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvTheme *theme = g_hash_table_lookup (l->themes, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
      g_autoptr(OpvItem) item = NULL;

      if (theme == NULL)
        continue;
      item = opv_item_new (opv_store_column_text (stmt, 2), opv_store_column_text (stmt, 3), opv_store_column_text (stmt, 4));
      opv_item_set_id (item, sqlite3_column_int64 (stmt, 0));
      if (l->scope == LOAD_ITEM)
        {
          opv_item_set_theme (item, theme);
          g_set_object (&l->item, item);
        }
      else
        opv_theme_add_item (theme, item);
      g_hash_table_insert (l->items, GINT_TO_POINTER (opv_item_get_id (item)), item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the items"), error);

  return TRUE;
}

/* Both variants join the round, for its position. */
#define ENTRIES_SQL(of) \
  "SELECT e.id, e.item_id, e.round_id, e.status, e.timeframe, e.explanation, " \
  "  e.to_be_determined, e.responsibility_note, e.title, e.text " \
  "FROM entry e JOIN round r ON r.id = e.round_id " WHERE_##of "ORDER BY r.position"
#define RESPONSIBILITIES_SQL(of) \
  "SELECT rs.entry_id, rs.party_id, rs.role FROM " FROM_ENTRIES_##of \
  "JOIN responsibility rs ON rs.entry_id = e.id " WHERE_##of "ORDER BY rs.entry_id, rs.position"

static gboolean
load_entries (OpvStore  *self,
              Loader    *l,
              GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, SCOPED_SQL (l, ENTRIES_SQL), error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, loader_key (l));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvItem *item = g_hash_table_lookup (l->items, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
      OpvRound *round = g_hash_table_lookup (l->rounds, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 2)));
      g_autoptr(OpvEntry) entry = NULL;
      OpvStatus status = OPV_STATUS_UNSET;

      if (item == NULL || round == NULL)
        continue;

      entry = opv_entry_new (round);
      opv_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        opv_status_from_id (opv_store_column_text (stmt, 3), &status);
      opv_entry_set_status (entry, status);
      opv_entry_set_timeframe (entry, opv_store_column_text (stmt, 4));
      opv_entry_set_explanation (entry, opv_store_column_text (stmt, 5));
      opv_entry_set_to_be_determined (entry, sqlite3_column_int (stmt, 6));
      opv_entry_set_responsibility_note (entry, opv_store_column_text (stmt, 7));
      opv_entry_set_wording (entry, opv_store_column_text_or_null (stmt, 8), opv_store_column_text_or_null (stmt, 9));
      opv_item_add_entry (item, entry);
      g_hash_table_insert (l->entries, GINT_TO_POINTER (opv_entry_get_id (entry)), entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read what the rounds report"), error);

  stmt = opv_store_prepare (self, SCOPED_SQL (l, RESPONSIBILITIES_SQL), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, loader_key (l));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvEntry *entry = g_hash_table_lookup (l->entries, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)));
      OpvParty *party = g_hash_table_lookup (l->parties, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
      OpvRole role = OPV_ROLE_LEAD;

      if (entry == NULL || party == NULL)
        continue;
      opv_role_from_id (opv_store_column_text (stmt, 2), &role);
      g_ptr_array_add (opv_entry_get_responsibilities (entry), opv_responsibility_new (party, role));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the responsible parties"), error);

  return TRUE;
}

#define FOLLOWUPS_SQL(of) \
  "SELECT f.id, f.entry_id, f.code, f.text, f.carried FROM " FROM_ENTRIES_##of \
  "JOIN followup f ON f.entry_id = e.id " WHERE_##of "ORDER BY f.entry_id, f.position"
#define REFERENCES_SQL(of) \
  "SELECT fr.followup_id, fr.target FROM " FROM_ENTRIES_##of \
  "JOIN followup f ON f.entry_id = e.id JOIN followup_reference fr ON fr.followup_id = f.id " \
  WHERE_##of "ORDER BY fr.followup_id, fr.position"

static gboolean
load_followups (OpvStore  *self,
                Loader    *l,
                GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, SCOPED_SQL (l, FOLLOWUPS_SQL), error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, loader_key (l));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvEntry *entry = g_hash_table_lookup (l->entries, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
      g_autoptr(OpvFollowup) followup = NULL;

      if (entry == NULL)
        continue;
      followup = opv_followup_new (opv_store_column_text (stmt, 2), opv_store_column_text (stmt, 3));
      opv_followup_set_id (followup, sqlite3_column_int64 (stmt, 0));
      opv_followup_set_carried (followup, sqlite3_column_int (stmt, 4));
      opv_entry_add_followup (entry, followup);
      g_hash_table_insert (l->followups, GINT_TO_POINTER (opv_followup_get_id (followup)), followup);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the follow-up"), error);

  stmt = opv_store_prepare (self, SCOPED_SQL (l, REFERENCES_SQL), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, loader_key (l));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvFollowup *followup = g_hash_table_lookup (l->followups, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)));

      if (followup != NULL)
        g_ptr_array_add (opv_followup_get_references (followup), g_strdup (opv_store_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the follow-up"), error);

  return TRUE;
}

/* From the dossier or the item down to its links, so that only its own
 * are read. */
#define LINKS_SQL(of) \
  "SELECT entry_id, followup_id, label, url FROM (" \
  "  SELECT k.entry_id, k.followup_id, k.position, k.label, k.url " \
  "  FROM " FROM_ENTRIES_##of "JOIN link k ON k.entry_id = e.id " WHERE_##of \
  "  UNION ALL " \
  "  SELECT k.entry_id, k.followup_id, k.position, k.label, k.url " \
  "  FROM " FROM_ENTRIES_##of "JOIN followup f ON f.entry_id = e.id " \
  "  JOIN link k ON k.followup_id = f.id " WHERE_##of ") " \
  "ORDER BY entry_id, followup_id, position"

static gboolean
load_links (OpvStore  *self,
            Loader    *l,
            GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, SCOPED_SQL (l, LINKS_SQL), error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, loader_key (l));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *links = NULL;

      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        {
          OpvEntry *entry = g_hash_table_lookup (l->entries, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)));
          links = entry ? opv_entry_get_links (entry) : NULL;
        }
      else
        {
          OpvFollowup *followup = g_hash_table_lookup (l->followups, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
          links = followup ? opv_followup_get_links (followup) : NULL;
        }

      if (links != NULL)
        g_ptr_array_add (links, opv_link_new (opv_store_column_text (stmt, 2), opv_store_column_text_or_null (stmt, 3)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the links"), error);

  return TRUE;
}

static OpvKamerstuk *
kamerstuk_from_row (sqlite3_stmt *stmt,
                    int           first)
{
  OpvChamber chamber = OPV_CHAMBER_UNKNOWN;

  if (sqlite3_column_type (stmt, first) != SQLITE_NULL)
    opv_chamber_from_id (opv_store_column_text (stmt, first), &chamber);

  return opv_kamerstuk_new (chamber,
                            opv_store_column_text (stmt, first + 1),
                            opv_store_column_text (stmt, first + 2),
                            opv_store_column_text (stmt, first + 3),
                            opv_store_column_text_or_null (stmt, first + 4));
}

/* The papers of the dossier's rounds (their letters), of its or an
 * item's entries, and of their follow-ups. */
#define KAMERSTUK_COLUMNS \
  "  SELECT k.entry_id, k.followup_id, k.round_id, k.position, " \
  "    k.chamber, k.session, k.dossier, k.number, k.url "
#define ROUND_KAMERSTUKKEN \
  KAMERSTUK_COLUMNS "FROM round r JOIN kamerstuk k ON k.round_id = r.id WHERE r.dossier_id = ?1 "
#define ENTRY_KAMERSTUKKEN(of) \
  KAMERSTUK_COLUMNS "FROM " FROM_ENTRIES_##of "JOIN kamerstuk k ON k.entry_id = e.id " WHERE_##of
#define FOLLOWUP_KAMERSTUKKEN(of) \
  KAMERSTUK_COLUMNS "FROM " FROM_ENTRIES_##of "JOIN followup f ON f.entry_id = e.id " \
  "JOIN kamerstuk k ON k.followup_id = f.id " WHERE_##of
#define KAMERSTUKKEN_SQL(parts) \
  "SELECT entry_id, followup_id, round_id, chamber, session, dossier, number, url FROM (" \
  parts ") ORDER BY round_id, entry_id, followup_id, position"

static gboolean
load_kamerstukken (OpvStore  *self,
                   Loader    *l,
                   GError   **error)
{
  const char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  switch (l->scope)
    {
    case LOAD_DOSSIER:
      sql = KAMERSTUKKEN_SQL (ROUND_KAMERSTUKKEN "UNION ALL " ENTRY_KAMERSTUKKEN (DOSSIER)
                              "UNION ALL " FOLLOWUP_KAMERSTUKKEN (DOSSIER));
      break;
    case LOAD_ROUNDS:
    case LOAD_ENTRIES:
      sql = KAMERSTUKKEN_SQL (ROUND_KAMERSTUKKEN);
      break;
    case LOAD_ITEM:
      sql = ONE_ITEM KAMERSTUKKEN_SQL (ENTRY_KAMERSTUKKEN (ITEM) "UNION ALL " FOLLOWUP_KAMERSTUKKEN (ITEM));
      break;
    default:
      g_assert_not_reached ();
    }

  stmt = opv_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, loader_key (l));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpvKamerstuk) k = kamerstuk_from_row (stmt, 3);

      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        {
          OpvEntry *entry = g_hash_table_lookup (l->entries, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)));
          if (entry != NULL)
            g_ptr_array_add (opv_entry_get_kamerstukken (entry), g_steal_pointer (&k));
        }
      else if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        {
          OpvFollowup *followup = g_hash_table_lookup (l->followups, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
          if (followup != NULL)
            g_ptr_array_add (opv_followup_get_kamerstukken (followup), g_steal_pointer (&k));
        }
      else
        {
          OpvRound *round = g_hash_table_lookup (l->rounds, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 2)));
          if (round != NULL)
            opv_round_set_sent_reference (round, k);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the parliamentary papers"), error);

  return TRUE;
}

/* Reads a dossier, with its items or without; in one read transaction,
 * the caller's if it has one. */
static OpvDossier *
load_dossier (OpvStore  *self,
              gint64     id,
              LoadScope  scope,
              GError   **error)
{
  g_autoptr(OpvDossier) dossier = NULL;
  gboolean own_transaction = sqlite3_get_autocommit (self->db);
  sqlite3_stmt *stmt;
  Loader l = { 0 };
  gboolean ok;
  int rc;

  if (own_transaction && !opv_store_exec (self, "BEGIN", error))
    return NULL;

  stmt = opv_store_prepare (self, DOSSIER_COLUMNS "WHERE d.id = ?", error);
  if (stmt == NULL)
    {
      if (own_transaction)
        opv_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    dossier = dossier_from_row (stmt);
  sqlite3_reset (stmt);

  if (dossier == NULL)
    {
      if (own_transaction)
        opv_store_rollback (self);
      if (rc == SQLITE_DONE)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND,
                       _("There is no dossier number %s in “%s”."), number, self->path);
        }
      else
        opv_store_set_sqlite_error (self, rc, _("Could not read the dossier"), error);
      return NULL;
    }

  loader_init (&l, dossier, scope);
  ok = load_rounds (self, dossier, l.rounds, error) &&
       load_parties (self, &l, error) &&
       load_themes (self, &l, error);
  if (ok && scope != LOAD_ROUNDS)
    ok = load_items (self, &l, error) &&
         load_entries (self, &l, error);
  if (ok && scope == LOAD_DOSSIER)
    ok = load_followups (self, &l, error) &&
         load_links (self, &l, error);
  /* Otherwise, of the papers only the rounds' letters. */
  ok = ok && load_kamerstukken (self, &l, error);
  loader_clear (&l);

  if (own_transaction)
    opv_store_rollback (self);
  return ok ? g_steal_pointer (&dossier) : NULL;
}

/**
 * opv_store_load_dossier:
 *
 * Loads a whole dossier: its rounds, themes, items and everything each
 * round reports. Reads run in one transaction, so the dossier is
 * consistent even while another process writes.
 *
 * Returns: (transfer full) (nullable): the dossier
 */
OpvDossier *
opv_store_load_dossier (OpvStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  return load_dossier (self, id, LOAD_DOSSIER, error);
}

/**
 * opv_store_load_dossier_without_items:
 *
 * Loads a dossier's rounds (with the letters that reported them, as
 * opv_store_load_dossier() does), parties and themes, and the number of
 * its items, but no item: for reading the items one at a time
 * (#OpvItemStream), a page at a time (#OpvOutlineModel) or one by one
 * (opv_store_load_item()).
 *
 * Returns: (transfer full) (nullable): the dossier
 */
OpvDossier *
opv_store_load_dossier_without_items (OpvStore  *self,
                                      gint64     id,
                                      GError   **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  return load_dossier (self, id, LOAD_ROUNDS, error);
}

/**
 * opv_store_load_dossier_without_followups:
 *
 * Loads a dossier's items and what each round reports on them (status,
 * timeframe, explanation, wording, who is responsible), but not their
 * follow-up, links or parliamentary papers: for views that count and
 * list items by party or status, in a fraction of the time and memory of
 * opv_store_load_dossier().
 *
 * Returns: (transfer full) (nullable): the dossier
 */
OpvDossier *
opv_store_load_dossier_without_followups (OpvStore  *self,
                                          gint64     id,
                                          GError   **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  return load_dossier (self, id, LOAD_ENTRIES, error);
}

/**
 * opv_store_load_item:
 * @dossier: the dossier, as opv_store_load_dossier_without_items() gives
 *   it: with its rounds, parties and themes, without items
 * @item_id: the item's id
 *
 * Loads one item of @dossier with everything each round reports on it,
 * as opv_store_load_dossier() would have: its entries in round order,
 * each with its parties, follow-ups (with their cross-references, links
 * and parliamentary papers), links and papers. The entries and
 * responsibilities refer to @dossier's own #OpvRound and #OpvParty
 * objects, and the item's theme is @dossier's #OpvTheme; but the item is
 * not added to the theme, so @dossier stays without items. For a window
 * that keeps a large dossier's skeleton and loads the item it shows.
 *
 * Each query goes from the item by the ids of its entries and
 * follow-ups, so the time does not grow with the dossier. Reads run in
 * one transaction, the caller's if it has one.
 *
 * Returns: (transfer full) (nullable): the item, or %NULL with
 *   %OPV_STORE_ERROR_NOT_FOUND when there is no item @item_id in @dossier
 */
OpvItem *
opv_store_load_item (OpvStore    *self,
                     OpvDossier  *dossier,
                     gint64       item_id,
                     GError     **error)
{
  gboolean own_transaction;
  OpvItem *item = NULL;
  Loader l;
  gboolean ok;

  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  g_return_val_if_fail (OPV_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  own_transaction = sqlite3_get_autocommit (self->db);
  if (own_transaction && !opv_store_exec (self, "BEGIN", error))
    return NULL;

  /* The dossier's objects, which the item's rows refer to by id. */
  loader_init (&l, dossier, LOAD_ITEM);
  l.item_id = item_id;
  for (guint i = 0; i < g_list_model_get_n_items (opv_dossier_get_rounds (dossier)); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (opv_dossier_get_rounds (dossier), i);
      g_hash_table_insert (l.rounds, GINT_TO_POINTER (opv_round_get_id (round)), round);
    }
  for (guint i = 0; i < g_list_model_get_n_items (opv_dossier_get_parties (dossier)); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (opv_dossier_get_parties (dossier), i);
      g_hash_table_insert (l.parties, GINT_TO_POINTER (opv_party_get_id (party)), party);
    }
  for (guint i = 0; i < g_list_model_get_n_items (opv_dossier_get_themes (dossier)); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (opv_dossier_get_themes (dossier), i);
      g_hash_table_insert (l.themes, GINT_TO_POINTER (opv_theme_get_id (theme)), theme);
    }

  ok = load_items (self, &l, error);
  if (ok && l.item == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, item_id);

      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND,
                   _("There is no recommendation or activity number %s in the dossier “%s”."),
                   number, opv_dossier_get_title (dossier));
      ok = FALSE;
    }
  ok = ok &&
       load_entries (self, &l, error) &&
       load_followups (self, &l, error) &&
       load_links (self, &l, error) &&
       load_kamerstukken (self, &l, error);
  if (ok)
    item = g_steal_pointer (&l.item);
  loader_clear (&l);

  if (own_transaction)
    opv_store_rollback (self);
  return item;
}

/**
 * opv_store_find_listed_dossier:
 * @id_or_title: a dossier's identifier, or a part of its title or short
 *   name (without regard to case)
 *
 * Returns: (transfer full) (nullable): the dossier as listed (with its
 * rounds, without its themes), or %NULL with %OPV_STORE_ERROR_NOT_FOUND
 * or %OPV_STORE_ERROR_AMBIGUOUS
 */
OpvDossier *
opv_store_find_listed_dossier (OpvStore    *self,
                               const char  *id_or_title,
                               GError     **error)
{
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_title != NULL, NULL);

  dossiers = opv_store_list_dossiers (self, error);
  if (dossiers == NULL)
    return NULL;

  wanted = g_utf8_casefold (id_or_title, -1);

  for (guint i = 0; i < g_list_model_get_n_items (dossiers); i++)
    {
      g_autoptr(OpvDossier) dossier = g_list_model_get_item (dossiers, i);

      if (strcmp (opv_dossier_get_slug (dossier), id_or_title) == 0)
        return g_steal_pointer (&dossier);
    }

  for (guint i = 0; i < g_list_model_get_n_items (dossiers); i++)
    {
      g_autoptr(OpvDossier) dossier = g_list_model_get_item (dossiers, i);
      g_autofree char *title = g_utf8_casefold (opv_dossier_get_title (dossier), -1);
      g_autofree char *short_name = g_utf8_casefold (opv_dossier_get_short_name (dossier), -1);

      if (strstr (title, wanted) != NULL || strstr (short_name, wanted) != NULL)
        g_ptr_array_add (matches, g_steal_pointer (&dossier));
    }

  if (matches->len == 1)
    return g_object_ref (g_ptr_array_index (matches, 0));

  if (matches->len == 0)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND,
                   _("No dossier has the identifier or title “%s”. Run “opvolging dossiers” to see them."),
                   id_or_title);
    }
  else
    {
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint i = 0; i < matches->len; i++)
        g_string_append_printf (ids, "%s%s", i ? ", " : "",
                                opv_dossier_get_slug (g_ptr_array_index (matches, i)));
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_AMBIGUOUS,
                   _("“%s” matches several dossiers (%s); give one of their identifiers."),
                   id_or_title, ids->str);
    }

  return NULL;
}

/**
 * opv_store_find_dossier:
 * @id_or_title: a dossier's identifier, or a part of its title or short
 *   name (without regard to case)
 *
 * Returns: (transfer full) (nullable): the whole dossier, or %NULL with
 * %OPV_STORE_ERROR_NOT_FOUND or %OPV_STORE_ERROR_AMBIGUOUS
 */
OpvDossier *
opv_store_find_dossier (OpvStore    *self,
                        const char  *id_or_title,
                        GError     **error)
{
  g_autoptr(OpvDossier) listed = opv_store_find_listed_dossier (self, id_or_title, error);

  if (listed == NULL)
    return NULL;
  return opv_store_load_dossier (self, opv_dossier_get_id (listed), error);
}

static gint64
insert_kamerstuk (OpvStore            *self,
                  const char          *owner_column_sql,
                  gint64               owner_id,
                  guint                position,
                  const OpvKamerstuk  *k,
                  GError             **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, owner_column_sql, error);

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, owner_id);
  sqlite3_bind_int (stmt, 2, position);
  opv_store_bind_text (stmt, 3, opv_chamber_to_id (k->chamber));
  opv_store_bind_text (stmt, 4, k->session);
  opv_store_bind_text (stmt, 5, k->dossier);
  opv_store_bind_text (stmt, 6, k->number);
  opv_store_bind_text (stmt, 7, k->url);

  if (!opv_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

#define INSERT_KAMERSTUK(owner) \
  "INSERT INTO kamerstuk (" owner ", position, chamber, session, dossier, number, url) " \
  "VALUES (?, ?, ?, ?, ?, ?, ?)"

static gboolean
insert_kamerstukken (OpvStore    *self,
                     const char  *sql,
                     gint64       owner_id,
                     GPtrArray   *kamerstukken,
                     GError     **error)
{
  for (guint i = 0; i < kamerstukken->len; i++)
    if (insert_kamerstuk (self, sql, owner_id, i, g_ptr_array_index (kamerstukken, i), error) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
insert_links (OpvStore    *self,
              const char  *sql,
              gint64       owner_id,
              GPtrArray   *links,
              GError     **error)
{
  for (guint i = 0; i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      sqlite3_stmt *stmt = opv_store_prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, owner_id);
      sqlite3_bind_int (stmt, 2, i);
      opv_store_bind_text (stmt, 3, link->label);
      opv_store_bind_text (stmt, 4, link->url);
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Where an entry's rows go, for the search index. */
typedef struct
{
  gint64 dossier_id;
  gint64 item_id;
  gint64 round_id;
  gint64 entry_id;
} EntryPlace;

static gboolean
insert_followup (OpvStore          *self,
                 const EntryPlace  *place,
                 guint              position,
                 OpvFollowup       *followup,
                 GError           **error)
{
  GPtrArray *references = opv_followup_get_references (followup);
  g_autofree char *indexed = NULL;
  sqlite3_stmt *stmt;
  gint64 entry_id = place->entry_id;
  gint64 id;

  stmt = opv_store_prepare (self,
                  "INSERT INTO followup (entry_id, position, code, text, carried) VALUES (?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  sqlite3_bind_int (stmt, 2, position);
  opv_store_bind_text (stmt, 3, opv_followup_get_code (followup));
  opv_store_bind_text (stmt, 4, opv_followup_get_text (followup));
  sqlite3_bind_int (stmt, 5, opv_followup_get_carried (followup));
  if (!opv_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);
  opv_followup_set_id (followup, id);

  indexed = g_strconcat (opv_followup_get_code (followup), " ", opv_followup_get_text (followup), NULL);
  if (!opv_store_index_text (self, indexed, "followup", place->dossier_id, place->item_id, place->round_id, id, error))
    return FALSE;

  for (guint i = 0; i < references->len; i++)
    {
      stmt = opv_store_prepare (self,
                      "INSERT INTO followup_reference (followup_id, position, target) VALUES (?, ?, ?)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      opv_store_bind_text (stmt, 3, g_ptr_array_index (references, i));
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
    }

  return insert_links (self,
                       "INSERT INTO link (followup_id, position, label, url) VALUES (?, ?, ?, ?)",
                       id, opv_followup_get_links (followup), error) &&
         insert_kamerstukken (self, INSERT_KAMERSTUK ("followup_id"), id,
                              opv_followup_get_kamerstukken (followup), error);
}

static gboolean
insert_entry (OpvStore    *self,
              gint64       dossier_id,
              gint64       item_id,
              OpvEntry    *entry,
              GError     **error)
{
  GPtrArray *responsibilities = opv_entry_get_responsibilities (entry);
  GListModel *followups = opv_entry_get_followups (entry);
  OpvStatus status = opv_entry_get_status (entry);
  gint64 round_id = opv_round_get_id (opv_entry_get_round (entry));
  EntryPlace place = { dossier_id, item_id, round_id, 0 };
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = opv_store_prepare (self,
                  "INSERT INTO entry (item_id, round_id, status, timeframe, explanation, "
                  "  to_be_determined, responsibility_note, title, text) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, round_id);
  opv_store_bind_text (stmt, 3, opv_status_to_id (status));
  opv_store_bind_text (stmt, 4, opv_entry_get_timeframe (entry));
  opv_store_bind_text (stmt, 5, opv_entry_get_explanation (entry));
  sqlite3_bind_int (stmt, 6, opv_entry_get_to_be_determined (entry));
  opv_store_bind_text (stmt, 7, opv_entry_get_responsibility_note (entry));
  opv_store_bind_text (stmt, 8, opv_entry_get_wording_title (entry));
  opv_store_bind_text (stmt, 9, opv_entry_get_wording_text (entry));
  if (!opv_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);
  opv_entry_set_id (entry, id);
  place.entry_id = id;

  if (!opv_str_empty (opv_entry_get_explanation (entry)) &&
      !opv_store_index_text (self, opv_entry_get_explanation (entry), "explanation",
                             dossier_id, item_id, round_id, id, error))
    return FALSE;

  for (guint i = 0; i < responsibilities->len; i++)
    {
      OpvResponsibility *resp = g_ptr_array_index (responsibilities, i);

      stmt = opv_store_prepare (self,
                      "INSERT INTO responsibility (entry_id, party_id, position, role) VALUES (?, ?, ?, ?)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, opv_party_get_id (resp->party));
      sqlite3_bind_int (stmt, 3, i);
      opv_store_bind_text (stmt, 4, opv_role_to_id (resp->role));
      if (!opv_store_step_done (self, stmt, error) ||
          !opv_store_index_party (self, opv_party_get_id (resp->party), dossier_id, item_id, round_id, error))
        return FALSE;
    }

  if (!insert_links (self, "INSERT INTO link (entry_id, position, label, url) VALUES (?, ?, ?, ?)",
                     id, opv_entry_get_links (entry), error) ||
      !insert_kamerstukken (self, INSERT_KAMERSTUK ("entry_id"), id,
                            opv_entry_get_kamerstukken (entry), error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (followups); i++)
    {
      g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);

      if (!insert_followup (self, &place, i, followup, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_item (OpvStore  *self,
             gint64     dossier_id,
             gint64     theme_id,
             guint      position,
             OpvItem   *item,
             GError   **error)
{
  GPtrArray *entries = opv_item_get_entries (item);
  g_autofree char *sort_key = opv_code_sort_key (opv_item_get_code (item));
  g_autofree char *indexed = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = opv_store_prepare (self,
                  "INSERT INTO item (theme_id, position, code, sort_key, title, text) VALUES (?, ?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, theme_id);
  sqlite3_bind_int (stmt, 2, position);
  opv_store_bind_text (stmt, 3, opv_item_get_code (item));
  opv_store_bind_text (stmt, 4, sort_key);
  opv_store_bind_text (stmt, 5, opv_item_get_title (item));
  opv_store_bind_text (stmt, 6, opv_item_get_text (item));
  if (!opv_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);
  opv_item_set_id (item, id);

  indexed = g_strconcat (opv_item_get_code (item), " ", opv_item_get_title (item), " ",
                         opv_item_get_text (item), NULL);
  if (!opv_store_index_text (self, indexed, "item", dossier_id, id, 0, id, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    if (!insert_entry (self, dossier_id, id, g_ptr_array_index (entries, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
insert_theme (OpvStore    *self,
              gint64       dossier_id,
              guint        position,
              OpvTheme    *theme,
              GError     **error)
{
  GListModel *items = opv_theme_get_items (theme);
  g_autoptr(GPtrArray) wording_rounds = opv_theme_dup_wording_rounds (theme);
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = opv_store_prepare (self, "INSERT INTO theme (dossier_id, position, number, title) VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_int (stmt, 2, position);
  opv_store_bind_text (stmt, 3, opv_theme_get_number (theme));
  opv_store_bind_text (stmt, 4, opv_theme_get_title (theme));
  if (!opv_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);
  opv_theme_set_id (theme, id);

  for (guint i = 0; i < wording_rounds->len; i++)
    {
      OpvRound *round = g_ptr_array_index (wording_rounds, i);

      stmt = opv_store_prepare (self, "INSERT INTO theme_wording (theme_id, round_id, title) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, opv_round_get_id (round));
      opv_store_bind_text (stmt, 3, opv_theme_get_wording (theme, round));
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpvItem) item = g_list_model_get_item (items, i);

      if (!insert_item (self, dossier_id, id, i, item, error))
        return FALSE;
    }

  return TRUE;
}

/* Finds or adds each party by short name, and records the dossier's list. */
static gboolean
insert_parties (OpvStore    *self,
                gint64       dossier_id,
                OpvDossier  *dossier,
                GError     **error)
{
  GListModel *parties = opv_dossier_get_parties (dossier);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (parties, i);
      sqlite3_stmt *stmt;
      gint64 id = 0;
      int rc;

      stmt = opv_store_prepare (self, "SELECT id FROM party WHERE short_name = ?", error);
      if (stmt == NULL)
        return FALSE;
      opv_store_bind_text (stmt, 1, opv_party_get_short_name (party));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return opv_store_set_sqlite_error (self, rc, _("Could not read the parties"), error);

      if (id == 0)
        {
          stmt = opv_store_prepare (self, "INSERT INTO party (short_name, full_name, kind) VALUES (?, ?, ?)", error);
          if (stmt == NULL)
            return FALSE;
          opv_store_bind_text (stmt, 1, opv_party_get_short_name (party));
          opv_store_bind_text (stmt, 2, opv_party_get_full_name (party));
          opv_store_bind_text (stmt, 3, opv_party_kind_to_id (opv_party_get_kind (party)));
          if (!opv_store_step_done (self, stmt, error))
            return FALSE;
          id = sqlite3_last_insert_rowid (self->db);
        }
      else
        {
          /* A party the database knows keeps its details; the file may only
           * fill in a full name that is still missing. An empty name from
           * the file changes nothing: "changing" '' to '' would rewrite
           * the party's every row in the search index, at every import. */
          stmt = opv_store_prepare (self, "UPDATE party SET full_name = ?1 WHERE id = ?2 AND full_name = '' AND ?1 <> ''", error);
          if (stmt == NULL)
            return FALSE;
          opv_store_bind_text (stmt, 1, opv_party_get_full_name (party));
          sqlite3_bind_int64 (stmt, 2, id);
          if (!opv_store_step_done (self, stmt, error))
            return FALSE;

          /* What search_party_update does: the party's other dossiers find
           * it by its new name too. */
          if (sqlite3_changes (self->db) > 0)
            {
              stmt = opv_store_prepare (self,
                                        "UPDATE search SET text = (SELECT short_name || ' ' || full_name FROM party WHERE id = ?1) "
                                        "WHERE rowid IN (SELECT id FROM search_key WHERE kind = 'party' AND source_id = ?1)",
                                        error);
              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, id);
              if (!opv_store_step_done (self, stmt, error))
                return FALSE;
              /* The bulk import's copy of the party's text is old now. */
              if (self->bulk_party_text != NULL)
                g_hash_table_remove (self->bulk_party_text, &id);
            }
        }
      opv_party_set_id (party, id);

      stmt = opv_store_prepare (self, "INSERT INTO dossier_party (dossier_id, party_id, position) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, dossier_id);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_int (stmt, 3, i);
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_dossier (OpvStore    *self,
                OpvDossier  *dossier,
                GError     **error)
{
  GListModel *rounds = opv_dossier_get_rounds (dossier);
  GListModel *themes = opv_dossier_get_themes (dossier);
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  stmt = opv_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM dossier WHERE slug = ?)", error);
  if (stmt == NULL)
    return FALSE;
  opv_store_bind_text (stmt, 1, opv_dossier_get_slug (dossier));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the dossiers"), error);
  if (sqlite3_column_int (stmt, 0))
    {
      sqlite3_reset (stmt);
      return g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS,
                          _("The database already holds a dossier with the identifier “%s”."),
                          opv_dossier_get_slug (dossier)), FALSE;
    }
  sqlite3_reset (stmt);

  stmt = opv_store_prepare (self,
                  "INSERT INTO dossier (slug, title, short_name, kind, publisher, published, position) "
                  "VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce (max (position), -1) + 1 FROM dossier))",
                  error);
  if (stmt == NULL)
    return FALSE;
  opv_store_bind_text (stmt, 1, opv_dossier_get_slug (dossier));
  opv_store_bind_text (stmt, 2, opv_dossier_get_title (dossier));
  opv_store_bind_text (stmt, 3, opv_dossier_get_short_name (dossier));
  opv_store_bind_text (stmt, 4, opv_dossier_kind_to_id (opv_dossier_get_kind (dossier)));
  opv_store_bind_text (stmt, 5, opv_dossier_get_publisher (dossier));
  opv_store_bind_text (stmt, 6, opv_dossier_get_published (dossier));
  if (!opv_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);

  if (!insert_parties (self, id, dossier, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i);

      stmt = opv_store_prepare (self,
                      "INSERT INTO round (dossier_id, position, label, period, state, sent_on) "
                      "VALUES (?, ?, ?, ?, ?, ?)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      opv_store_bind_text (stmt, 3, opv_round_get_label (round));
      opv_store_bind_text (stmt, 4, opv_round_get_period (round));
      opv_store_bind_text (stmt, 5, opv_round_state_to_id (opv_round_get_state (round)));
      opv_store_bind_text (stmt, 6, opv_round_get_sent_on (round));
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
      opv_round_set_id (round, sqlite3_last_insert_rowid (self->db));

      if (opv_round_get_sent_reference (round) != NULL &&
          insert_kamerstuk (self, INSERT_KAMERSTUK ("round_id"), opv_round_get_id (round), 0,
                            opv_round_get_sent_reference (round), error) == 0)
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, i);

      if (!insert_theme (self, id, i, theme, error))
        return FALSE;
    }

  opv_dossier_set_id (dossier, id);
  return TRUE;
}

/**
 * opv_store_import_dossier:
 * @dossier: a dossier read from an exchange file
 *
 * Adds @dossier in one transaction: either all of it is stored, or, on any
 * error, nothing is. On success the objects of @dossier carry their new ids.
 */
gboolean
opv_store_import_dossier (OpvStore    *self,
                          OpvDossier  *dossier,
                          GError     **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPV_IS_DOSSIER (dossier), FALSE);

  if (!opv_store_begin_bulk (self, error))
    return FALSE;

  if (!insert_dossier (self, dossier, error))
    {
      opv_store_rollback_bulk (self);
      return FALSE;
    }

  return opv_store_commit_bulk (self, error);
}

/* Adds one exchange file's dossier, item by item, inside the caller's
 * bulk transaction. */
static gboolean
import_file (OpvStore    *self,
             GFile       *file,
             GPtrArray   *imported,
             GError     **error)
{
  g_autoptr(OpvExchangeStream) stream = opv_exchange_stream_open (file, 0, error);
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GPtrArray) themes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;
  OpvDossier *dossier;
  GListModel *theme_list;
  OpvItem *item;
  guint theme;

  if (stream == NULL)
    return FALSE;

  /* The dossier, its parties, rounds and themes (with their items when
   * the file was small enough to read whole); then the items one by one,
   * each let go once stored. */
  dossier = opv_exchange_stream_get_dossier (stream);
  if (!insert_dossier (self, dossier, error))
    return FALSE;

  theme_list = opv_dossier_get_themes (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (theme_list); i++)
    g_ptr_array_add (themes, g_list_model_get_item (theme_list, i));
  positions = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (positions, themes->len);

  while (opv_exchange_stream_next_item (stream, &theme, &item, &local_error))
    {
      gboolean ok = theme < themes->len &&
                    insert_item (self, opv_dossier_get_id (dossier),
                                 opv_theme_get_id (g_ptr_array_index (themes, theme)),
                                 g_array_index (positions, guint, theme)++, item, error);

      g_object_unref (item);
      if (!ok)
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!opv_exchange_stream_finish (stream, error))
    return FALSE;

  if (imported != NULL)
    g_ptr_array_add (imported, g_object_ref (dossier));
  return TRUE;
}

/**
 * opv_store_import_files:
 * @files: (array length=n_files): exchange files
 * @imported: (element-type OpvDossier) (nullable): gets each dossier added,
 *   as listed (without items)
 *
 * Adds the dossiers of @files in one transaction: all of them, or, on any
 * error, none. A large file is read and stored item by item
 * (#OpvExchangeStream), so that memory stays small whatever its size.
 */
gboolean
opv_store_import_files (OpvStore    *self,
                        GFile      **files,
                        guint        n_files,
                        GPtrArray   *imported,
                        GError     **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!opv_store_begin_bulk (self, error))
    return FALSE;

  for (guint i = 0; i < n_files; i++)
    {
      if (!import_file (self, files[i], imported, error))
        {
          opv_store_rollback_bulk (self);
          if (imported != NULL)
            g_ptr_array_set_size (imported, 0);
          return FALSE;
        }
    }

  return opv_store_commit_bulk (self, error);
}

/**
 * opv_store_list_default_dossiers:
 *
 * Returns: (transfer full): the resource paths of the dossiers a new
 * database starts with, in the order they are shown
 */
char **
opv_store_list_default_dossiers (void)
{
  /* The order in which a new user meets them: the two-round report first. */
  static const char * const names[] = { "schaduw-dansen.json", "nap.json", "inspectie.json" };
  GStrvBuilder *builder = g_strv_builder_new ();

  /* Referencing the resource keeps the linker from dropping it out of the
   * static library, and registers it. */
  (void) opv_core_get_resource ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_path ("/", DEFAULTS_PATH, names[i], NULL);
      g_strv_builder_add (builder, path);
    }

  {
    char **result = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
    return result;
  }
}

/**
 * opv_store_import_defaults:
 *
 * Fills a new database with the default dossiers, all in one transaction.
 */
gboolean
opv_store_import_defaults (OpvStore  *self,
                           GError   **error)
{
  g_auto(GStrv) paths = opv_store_list_default_dossiers ();
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (paths[i], 0, error);
      g_autofree char *name = g_path_get_basename (paths[i]);
      OpvDossier *dossier;

      if (bytes == NULL)
        return FALSE;
      dossier = opv_exchange_read_bytes (bytes, name, error);
      if (dossier == NULL)
        return FALSE;
      g_ptr_array_add (dossiers, dossier);
    }

  if (!opv_store_begin_bulk (self, error))
    return FALSE;

  for (guint i = 0; i < dossiers->len; i++)
    {
      if (!insert_dossier (self, g_ptr_array_index (dossiers, i), error))
        {
          opv_store_rollback_bulk (self);
          return FALSE;
        }
    }

  return opv_store_commit_bulk (self, error);
}

/* A search for a common word matches a large part of the index: ordering
 * every match costs a lookup of its item, theme and dossier each, and
 * snippet() reads its text. A search that asks for a few hits (as a
 * result list does, while the user types) orders only the first
 * candidates in the index's order: OPV_SEARCH_CANDIDATES, or twenty per
 * hit asked for. */
#define OPV_SEARCH_CANDIDATES 2000

/* The rowid of the last candidate, or G_MAXINT64 when all matches are. */
static gboolean
last_candidate (OpvStore    *self,
                const char  *query,
                gint64       dossier_id,
                guint        limit,
                gint64      *last,
                GError     **error)
{
  guint candidates = MAX (OPV_SEARCH_CANDIDATES, limit * 20);
  sqlite3_stmt *stmt;
  int rc;

  *last = G_MAXINT64;
  if (limit >= G_MAXINT / 20)
    return TRUE;

  stmt = opv_store_prepare (self,
                            "SELECT rowid FROM search WHERE search MATCH ?1 AND (?2 = 0 OR dossier_id = ?2) "
                            "ORDER BY rowid LIMIT 1 OFFSET ?3",
                            error);
  if (stmt == NULL)
    return FALSE;
  opv_store_bind_text (stmt, 1, query);
  sqlite3_bind_int64 (stmt, 2, dossier_id);
  sqlite3_bind_int (stmt, 3, candidates - 1);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not search"), error);
  return TRUE;
}

/**
 * opv_store_search:
 * @text: what the user typed
 * @dossier_id: a dossier to search in, or 0 for all
 * @limit: at most this many hits
 *
 * Searches item texts, follow-up, explanations and party names. Each word
 * must occur, as a prefix, with diacritics and case folded.
 *
 * When many texts match and @limit is small (as for a result list that
 * follows the typing), the hits are the first @limit, in the dossiers'
 * order, of the first OPV_SEARCH_CANDIDATES matches in the order the
 * texts were indexed; the ordering of every match of a common word would
 * take a second on a large database. With a large @limit (G_MAXINT)
 * every match is ordered.
 *
 * Returns: (transfer full) (element-type OpvSearchHit): the hits, in the
 * order of the dossiers and their items, newest round first
 */
GPtrArray *
opv_store_search (OpvStore    *self,
                  const char  *text,
                  gint64       dossier_id,
                  guint        limit,
                  GError     **error)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_search_hit_free);
  g_autofree char *query = opv_search_build_query (text);
  sqlite3_stmt *stmt;
  gint64 last;
  int rc;

  g_return_val_if_fail (OPV_IS_STORE (self), NULL);

  if (query == NULL)
    return hits;

  if (!last_candidate (self, query, dossier_id, limit, &last, error))
    {
      g_ptr_array_unref (hits);
      return NULL;
    }

  /* No ORDER BY rank: on a large index it costs far more than the order
   * of the dossier, which is what a user reads the hits in anyway. The
   * item and round come from search_key, a plain table, not from the
   * index's own columns. */
  stmt = opv_store_prepare (self,
                            "SELECT t.dossier_id, d.slug, d.short_name, k.item_id, i.code, i.title, "
                            "  coalesce (k.round_id, 0), coalesce (r.label, ''), k.kind, "
                            "  snippet (search, 0, char (2), char (3), '…', 12) "
                            "FROM search s "
                            "JOIN search_key k ON k.id = s.rowid "
                            "JOIN item i ON i.id = k.item_id "
                            "JOIN theme t ON t.id = i.theme_id "
                            "JOIN dossier d ON d.id = t.dossier_id "
                            "LEFT JOIN round r ON r.id = k.round_id "
                            "WHERE search MATCH ?1 AND s.rowid <= ?4 AND (?2 = 0 OR t.dossier_id = ?2) "
                            "ORDER BY d.position, t.position, i.position, r.position DESC "
                            "LIMIT ?3",
                            error);
  if (stmt == NULL)
    {
      g_ptr_array_unref (hits);
      return NULL;
    }

  opv_store_bind_text (stmt, 1, query);
  sqlite3_bind_int64 (stmt, 2, dossier_id);
  sqlite3_bind_int (stmt, 3, MIN (limit, G_MAXINT));
  sqlite3_bind_int64 (stmt, 4, last);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvSearchHit *hit = g_new0 (OpvSearchHit, 1);
      const char *kind = opv_store_column_text (stmt, 8);

      hit->dossier_id = sqlite3_column_int64 (stmt, 0);
      hit->dossier_slug = g_strdup (opv_store_column_text (stmt, 1));
      hit->dossier_name = g_strdup (opv_store_column_text (stmt, 2));
      hit->item_id = sqlite3_column_int64 (stmt, 3);
      hit->code = g_strdup (opv_store_column_text (stmt, 4));
      hit->title = g_strdup (opv_store_column_text (stmt, 5));
      hit->round_id = sqlite3_column_int64 (stmt, 6);
      hit->round_label = g_strdup (opv_store_column_text (stmt, 7));
      hit->where = g_str_equal (kind, "followup") ? OPV_SEARCH_IN_FOLLOWUP
                   : g_str_equal (kind, "explanation") ? OPV_SEARCH_IN_EXPLANATION
                   : g_str_equal (kind, "party") ? OPV_SEARCH_IN_PARTY
                   : OPV_SEARCH_IN_ITEM;
      hit->snippet = g_strstrip (g_strdup (opv_store_column_text (stmt, 9)));
      g_ptr_array_add (hits, hit);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (hits);
      opv_store_set_sqlite_error (self, rc, _("Could not search"), error);
      return NULL;
    }

  return hits;
}
