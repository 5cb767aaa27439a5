/* opv-store-edit.c: changing the database, with undo, redo and an audit
 * trail
 *
 * Every edit runs in one transaction under an sqlite session. The session
 * records each row the edit changes, cascades included, as a changeset:
 * undo applies the inverted changeset, redo the changeset itself, and the
 * audit trail is written from the same record. No edit needs an inverse
 * written by hand, so every kind of edit can be undone exactly.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "opv-code.h"
#include "opv-store-private.h"
#include "opv-util.h"

/* Undo steps kept per session; older ones are dropped. */
#define MAX_UNDO 500

struct _OpvUndoStep
{
  char   *description;
  gint64  dossier_id;
  gint64  item_id;
  int     size;
  void   *changeset;
};

typedef struct _OpvEditState
{
  sqlite3_session *session;
  char            *description;
  gint64           dossier_id;
  gint64           item_id;
} OpvEditState;

void
opv_undo_step_free (OpvUndoStep *step)
{
  if (step == NULL)
    return;
  g_free (step->description);
  sqlite3_free (step->changeset);
  g_free (step);
}

void
opv_audit_entry_free (OpvAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->user);
  g_free (entry->action);
  g_free (entry->description);
  g_free (entry->object);
  g_free (entry->operation);
  g_free (entry->field);
  g_free (entry->old_value);
  g_free (entry->new_value);
  g_free (entry);
}

/* The search index and the audit trail follow from the tables; recording
 * them would make undo fight the triggers that maintain them. */
static int
track_table (void       *user_data,
             const char *table)
{
  return !(g_str_has_prefix (table, "search") || g_str_has_prefix (table, "sqlite_") ||
           g_str_equal (table, "audit"));
}

static const char *
user_name (void)
{
  const char *name = g_get_real_name ();

  /* GLib answers "Unknown" when the account has no full name. */
  if (name == NULL || name[0] == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}

/* @description is an untranslated N_() message: the audit keeps it as is,
 * so that the history reads in the language of whoever reads it. */
static gboolean
edit_begin (OpvStore    *self,
            const char  *description,
            gint64       dossier_id,
            gint64       item_id,
            GError     **error)
{
  OpvEditState *edit;
  int rc;

  g_return_val_if_fail (self->edit == NULL, FALSE);

  if (!opv_store_begin (self, error))
    return FALSE;

  edit = g_new0 (OpvEditState, 1);
  rc = sqlite3session_create (self->db, "main", &edit->session);
  if (rc != SQLITE_OK)
    {
      g_free (edit);
      opv_store_rollback (self);
      return opv_store_set_sqlite_error (self, rc, _("Could not save the change"), error);
    }
  sqlite3session_table_filter (edit->session, track_table, NULL);
  sqlite3session_attach (edit->session, NULL);

  edit->description = g_strdup (description);
  edit->dossier_id = dossier_id;
  edit->item_id = item_id;
  self->edit = edit;
  return TRUE;
}

static void
edit_state_free (OpvEditState *edit)
{
  if (edit->session != NULL)
    sqlite3session_delete (edit->session);
  g_free (edit->description);
  g_free (edit);
}

static void
edit_abort (OpvStore *self)
{
  g_clear_pointer (&self->edit, edit_state_free);
  opv_store_rollback (self);
}

/* Column names of @table, cached, to name the audit trail's fields. */
static GPtrArray *
table_columns (OpvStore   *self,
               const char *table)
{
  static GHashTable *cache;   /* the schema is the same for every store */
  GPtrArray *columns;
  sqlite3_stmt *stmt;

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  columns = g_hash_table_lookup (cache, table);
  if (columns != NULL)
    return columns;

  columns = g_ptr_array_new_with_free_func (g_free);
  stmt = opv_store_prepare (self, "SELECT name FROM pragma_table_info (?) ORDER BY cid", NULL);
  if (stmt != NULL)
    {
      opv_store_bind_text (stmt, 1, table);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (columns, g_strdup (opv_store_column_text (stmt, 0)));
      sqlite3_reset (stmt);
    }
  g_hash_table_insert (cache, g_strdup (table), columns);
  return columns;
}

/* The column that names a row of @table in the audit trail when the row
 * is added or removed as a whole. */
static const char *
label_column (const char *table)
{
  static const struct { const char *table; const char *column; } labels[] = {
    { "dossier", "title" }, { "theme", "title" }, { "item", "title" }, { "round", "label" },
    { "followup", "text" }, { "party", "short_name" }, { "link", "label" },
    { "kamerstuk", "dossier" }, { "theme_wording", "title" }, { "followup_reference", "target" },
    { "responsibility", "party_id" }, { "dossier_party", "party_id" }, { "entry", "status" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].table, table))
      return labels[i].column;
  return NULL;
}

static char *
value_text (sqlite3_value *value)
{
  if (value == NULL || sqlite3_value_type (value) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_value_text (value));
}

static gboolean
add_audit_row (OpvStore    *self,
               gint64       edit,
               const char  *at,
               const char  *action,
               const char  *description,
               gint64       dossier_id,
               gint64       item_id,
               const char  *object,
               gint64       object_id,
               const char  *operation,
               const char  *field,
               const char  *old_value,
               const char  *new_value,
               GError     **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                          "INSERT INTO audit (edit, at, user, action, description, dossier_id, "
                                          "  item_id, object, object_id, operation, field, old, new) "
                                          "VALUES (?, ?, ?, ?, ?, nullif (?, 0), nullif (?, 0), ?, ?, ?, ?, ?, ?)",
                                          error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit);
  opv_store_bind_text (stmt, 2, at);
  opv_store_bind_text (stmt, 3, user_name ());
  opv_store_bind_text (stmt, 4, action);
  opv_store_bind_text (stmt, 5, description);
  sqlite3_bind_int64 (stmt, 6, dossier_id);
  sqlite3_bind_int64 (stmt, 7, item_id);
  opv_store_bind_text (stmt, 8, object);
  sqlite3_bind_int64 (stmt, 9, object_id);
  opv_store_bind_text (stmt, 10, operation);
  opv_store_bind_text (stmt, 11, field ? field : "");
  opv_store_bind_text (stmt, 12, old_value);
  opv_store_bind_text (stmt, 13, new_value);
  return opv_store_step_done (self, stmt, error);
}

/* Writes one audit row per changed field, or per row added or removed. */
static gboolean
write_audit (OpvStore    *self,
             const char  *action,
             const char  *description,
             gint64       dossier_id,
             gint64       item_id,
             int          size,
             void        *changeset,
             GError     **error)
{
  sqlite3_changeset_iter *iter = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format_iso8601 (now);
  gint64 edit = ++self->edit_serial;
  gboolean ok = TRUE;
  int rc;

  {
    sqlite3_stmt *stmt = opv_store_prepare (self, "SELECT coalesce (max (edit), 0) + 1 FROM audit", error);

    if (stmt == NULL)
      return FALSE;
    if (sqlite3_step (stmt) == SQLITE_ROW)
      edit = MAX (edit, sqlite3_column_int64 (stmt, 0));
    sqlite3_reset (stmt);
    self->edit_serial = edit;
  }

  rc = sqlite3changeset_start (&iter, size, changeset);
  if (rc != SQLITE_OK)
    return opv_store_set_sqlite_error (self, rc, _("Could not save the change"), error);

  while (ok && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns, op, indirect;
      GPtrArray *columns;
      sqlite3_value *id_value = NULL;
      gint64 object_id = 0;
      gint64 row_item = item_id;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      columns = table_columns (self, table);

      if (op == SQLITE_INSERT)
        sqlite3changeset_new (iter, 0, &id_value);
      else
        sqlite3changeset_old (iter, 0, &id_value);
      if (id_value != NULL)
        object_id = sqlite3_value_int64 (id_value);

      /* Rows that carry their item say so; the rest belong to the item
       * the edit was made on. */
      if (g_str_equal (table, "item"))
        row_item = object_id;
      else
        for (int c = 0; c < n_columns && c < (int) columns->len; c++)
          if (g_str_equal (g_ptr_array_index (columns, c), "item_id"))
            {
              sqlite3_value *v = NULL;

              if (op == SQLITE_INSERT)
                sqlite3changeset_new (iter, c, &v);
              else
                sqlite3changeset_old (iter, c, &v);
              if (v != NULL && sqlite3_value_type (v) != SQLITE_NULL)
                row_item = sqlite3_value_int64 (v);
            }

      if (op == SQLITE_UPDATE)
        {
          for (int c = 1; ok && c < n_columns && c < (int) columns->len; c++)
            {
              sqlite3_value *old_v = NULL, *new_v = NULL;
              const char *column = g_ptr_array_index (columns, c);
              g_autofree char *old_text = NULL;
              g_autofree char *new_text = NULL;

              sqlite3changeset_new (iter, c, &new_v);
              if (new_v == NULL || g_str_equal (column, "sort_key"))
                continue;
              sqlite3changeset_old (iter, c, &old_v);
              old_text = value_text (old_v);
              new_text = value_text (new_v);
              ok = add_audit_row (self, edit, at, action, description, dossier_id, row_item, table,
                                  object_id, "update", column, old_text, new_text, error);
            }
        }
      else
        {
          const char *label = label_column (table);
          g_autofree char *text = NULL;

          for (int c = 0; label != NULL && c < n_columns && c < (int) columns->len; c++)
            if (g_str_equal (g_ptr_array_index (columns, c), label))
              {
                sqlite3_value *v = NULL;

                if (op == SQLITE_INSERT)
                  sqlite3changeset_new (iter, c, &v);
                else
                  sqlite3changeset_old (iter, c, &v);
                text = value_text (v);
              }

          ok = add_audit_row (self, edit, at, action, description, dossier_id, row_item, table, object_id,
                              op == SQLITE_INSERT ? "insert" : "delete", label,
                              op == SQLITE_DELETE ? text : NULL,
                              op == SQLITE_INSERT ? text : NULL, error);
        }
    }

  sqlite3changeset_finalize (iter);
  return ok;
}

static gboolean
edit_commit (OpvStore  *self,
             GError   **error)
{
  OpvEditState *edit = self->edit;
  void *changeset = NULL;
  int size = 0;
  int rc;

  rc = sqlite3session_changeset (edit->session, &size, &changeset);
  if (rc != SQLITE_OK)
    {
      edit_abort (self);
      return opv_store_set_sqlite_error (self, rc, _("Could not save the change"), error);
    }
  sqlite3session_delete (edit->session);
  edit->session = NULL;

  /* An edit that changed nothing is no step of undo. */
  if (size > 0 &&
      !write_audit (self, "edit", edit->description, edit->dossier_id, edit->item_id, size, changeset, error))
    {
      sqlite3_free (changeset);
      edit_abort (self);
      return FALSE;
    }

  if (!opv_store_commit (self, error))
    {
      sqlite3_free (changeset);
      edit_abort (self);
      return FALSE;
    }

  if (size > 0)
    {
      OpvUndoStep *step = g_new0 (OpvUndoStep, 1);

      step->description = g_steal_pointer (&edit->description);
      step->dossier_id = edit->dossier_id;
      step->item_id = edit->item_id;
      step->size = size;
      step->changeset = changeset;
      g_ptr_array_add (self->undo, step);
      if (self->undo->len > MAX_UNDO)
        g_ptr_array_remove_index (self->undo, 0);
      g_ptr_array_set_size (self->redo, 0);
    }
  else
    {
      /* A row changed and changed back leaves an empty changeset in a
       * buffer that sqlite allocated all the same. */
      sqlite3_free (changeset);
    }

  {
    gint64 dossier_id = edit->dossier_id;
    gint64 item_id = edit->item_id;

    g_clear_pointer (&self->edit, edit_state_free);
    if (size > 0)
      opv_store_emit_changed (self, dossier_id, item_id);
  }

  return TRUE;
}

typedef struct
{
  gboolean conflict;
} ApplyState;

/* A row that a cascade already removed is no conflict; any other
 * difference means the data changed since the edit (another window or
 * program), and the step is refused rather than applied over it. */
static int
on_conflict (void                   *user_data,
             int                     conflict,
             sqlite3_changeset_iter *iter)
{
  ApplyState *state = user_data;
  const char *table;
  int n_columns, op, indirect;

  sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
  if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;

  state->conflict = TRUE;
  return SQLITE_CHANGESET_ABORT;
}

/* A responsibility that an undo or redo puts back is indexed by its
 * trigger only when its party is already there; a changeset may put the
 * party back after it (undoing a merge of parties). Index what is still
 * missing once the whole step is applied. */
static gboolean
index_restored_responsibilities (OpvStore  *self,
                                 int        size,
                                 void      *changes,
                                 GError   **error)
{
  sqlite3_changeset_iter *iter = NULL;
  gboolean ok = TRUE;
  int rc = sqlite3changeset_start (&iter, size, changes);

  if (rc != SQLITE_OK)
    return opv_store_set_sqlite_error (self, rc, _("Could not undo the change"), error);

  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns, op, indirect;
      sqlite3_value *entry_id = NULL, *party_id = NULL;
      sqlite3_stmt *stmt;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      if (op != SQLITE_INSERT || !g_str_equal (table, "responsibility"))
        continue;
      if (sqlite3changeset_new (iter, 0, &entry_id) != SQLITE_OK ||
          sqlite3changeset_new (iter, 1, &party_id) != SQLITE_OK)
        continue;

      stmt = opv_store_prepare (self,
                                "INSERT INTO search (text, kind, dossier_id, item_id, round_id, source_id) "
                                "SELECT p.short_name || ' ' || p.full_name, 'party', t.dossier_id, e.item_id, e.round_id, p.id "
                                "FROM entry e JOIN item i ON i.id = e.item_id JOIN theme t ON t.id = i.theme_id, party p "
                                "WHERE e.id = ?1 AND p.id = ?2 AND NOT EXISTS (SELECT 1 FROM search_key k "
                                "  WHERE k.kind = 'party' AND k.source_id = ?2 AND k.item_id = e.item_id AND k.round_id = e.round_id)",
                                error);
      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_value (stmt, 1, entry_id);
      sqlite3_bind_value (stmt, 2, party_id);
      if (!opv_store_step_done (self, stmt, error))
        {
          ok = FALSE;
          break;
        }
      if (sqlite3_changes (self->db) == 0)
        continue;

      stmt = opv_store_prepare (self,
                                "INSERT INTO search_key (id, kind, source_id, item_id, round_id) "
                                "SELECT ?3, 'party', ?2, e.item_id, e.round_id FROM entry e WHERE e.id = ?1",
                                error);
      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_value (stmt, 1, entry_id);
      sqlite3_bind_value (stmt, 2, party_id);
      sqlite3_bind_int64 (stmt, 3, sqlite3_last_insert_rowid (self->db));
      if (!opv_store_step_done (self, stmt, error))
        {
          ok = FALSE;
          break;
        }
    }

  rc = sqlite3changeset_finalize (iter);
  if (!ok)
    return FALSE;
  if (rc != SQLITE_OK)
    return opv_store_set_sqlite_error (self, rc, _("Could not undo the change"), error);
  return TRUE;
}

static gboolean
apply_step (OpvStore     *self,
            OpvUndoStep  *step,
            gboolean      invert,
            GError      **error)
{
  ApplyState state = { FALSE };
  void *changes = step->changeset;
  int size = step->size;
  int rc;

  if (invert)
    {
      rc = sqlite3changeset_invert (step->size, step->changeset, &size, &changes);
      if (rc != SQLITE_OK)
        return opv_store_set_sqlite_error (self, rc, _("Could not undo the change"), error);
    }

  if (!opv_store_begin (self, error))
    {
      if (invert)
        sqlite3_free (changes);
      return FALSE;
    }

  rc = sqlite3changeset_apply (self->db, size, changes, NULL, on_conflict, &state);
  if (rc != SQLITE_OK || state.conflict)
    {
      opv_store_rollback (self);
      if (invert)
        sqlite3_free (changes);
      if (state.conflict)
        g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                     invert ? _("“%s” cannot be undone: the data have changed since")
                            : _("“%s” cannot be redone: the data have changed since"),
                     _(step->description));
      else
        opv_store_set_sqlite_error (self, rc, invert ? _("Could not undo the change") : _("Could not redo the change"),
                                    error);
      return FALSE;
    }

  if (!index_restored_responsibilities (self, size, changes, error) ||
      !write_audit (self, invert ? "undo" : "redo", step->description, step->dossier_id, step->item_id,
                    size, changes, error) ||
      !opv_store_commit (self, error))
    {
      opv_store_rollback (self);
      if (invert)
        sqlite3_free (changes);
      return FALSE;
    }

  if (invert)
    sqlite3_free (changes);
  return TRUE;
}

gboolean
opv_store_can_undo (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  return self->undo->len > 0;
}

gboolean
opv_store_can_redo (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  return self->redo->len > 0;
}

/**
 * opv_store_get_undo_description:
 *
 * Returns: (nullable): what undo would undo, such as "Change the status"
 */
const char *
opv_store_get_undo_description (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  return _(((OpvUndoStep *) g_ptr_array_index (self->undo, self->undo->len - 1))->description);
}

const char *
opv_store_get_redo_description (OpvStore *self)
{
  g_return_val_if_fail (OPV_IS_STORE (self), NULL);
  if (self->redo->len == 0)
    return NULL;
  return _(((OpvUndoStep *) g_ptr_array_index (self->redo, self->redo->len - 1))->description);
}

static gboolean
undo_or_redo (OpvStore   *self,
              gboolean    undo,
              gint64     *dossier_id,
              gint64     *item_id,
              GError    **error)
{
  GPtrArray *from = undo ? self->undo : self->redo;
  GPtrArray *to = undo ? self->redo : self->undo;
  OpvUndoStep *step;

  if (from->len == 0)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                   undo ? _("There is nothing to undo") : _("There is nothing to redo"));
      return FALSE;
    }

  step = g_ptr_array_index (from, from->len - 1);
  if (!apply_step (self, step, undo, error))
    return FALSE;

  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  if (dossier_id != NULL)
    *dossier_id = step->dossier_id;
  if (item_id != NULL)
    *item_id = step->item_id;
  opv_store_emit_changed (self, step->dossier_id, step->item_id);
  return TRUE;
}

/**
 * opv_store_undo:
 * @dossier_id: (out) (optional): the dossier of the undone edit
 * @item_id: (out) (optional): the item of the undone edit, 0 for none,
 *   so that the window can show it
 */
gboolean
opv_store_undo (OpvStore  *self,
                gint64    *dossier_id,
                gint64    *item_id,
                GError   **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  return undo_or_redo (self, TRUE, dossier_id, item_id, error);
}

gboolean
opv_store_redo (OpvStore  *self,
                gint64    *dossier_id,
                gint64    *item_id,
                GError   **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  return undo_or_redo (self, FALSE, dossier_id, item_id, error);
}

/**
 * opv_store_list_history:
 *
 * Returns: (transfer full) (element-type OpvAuditEntry): the changes to
 * @item_id and everything reported on it, newest first
 */
GPtrArray *
opv_store_list_history (OpvStore  *self,
                        gint64     item_id,
                        GError   **error)
{
  GPtrArray *history = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_audit_entry_free);
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                          "SELECT at, user, action, description, object, operation, field, old, new, edit "
                                          "FROM audit WHERE item_id = ? ORDER BY id DESC",
                                          error);
  int rc;

  if (stmt == NULL)
    {
      g_ptr_array_unref (history);
      return NULL;
    }

  sqlite3_bind_int64 (stmt, 1, item_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvAuditEntry *entry = g_new0 (OpvAuditEntry, 1);

      entry->at = g_strdup (opv_store_column_text (stmt, 0));
      entry->user = g_strdup (opv_store_column_text (stmt, 1));
      entry->action = g_strdup (opv_store_column_text (stmt, 2));
      entry->description = g_strdup (opv_store_column_text (stmt, 3));
      entry->object = g_strdup (opv_store_column_text (stmt, 4));
      entry->operation = g_strdup (opv_store_column_text (stmt, 5));
      entry->field = g_strdup (opv_store_column_text (stmt, 6));
      entry->old_value = g_strdup (opv_store_column_text_or_null (stmt, 7));
      entry->new_value = g_strdup (opv_store_column_text_or_null (stmt, 8));
      entry->edit = sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (history, entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (history);
      opv_store_set_sqlite_error (self, rc, _("Could not read the history"), error);
      return NULL;
    }

  return history;
}

/* Helpers for the edits below */

static gboolean run_with_ids (OpvStore *self, const char *sql, gint64 a, gint64 b, GError **error);

/* Runs @sql with one integer parameter and returns the integer it gives,
 * or 0 when it gives no row. */
static gboolean
query_id (OpvStore    *self,
          const char  *sql,
          gint64       param,
          gint64      *out,
          GError     **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, param);
  rc = sqlite3_step (stmt);
  *out = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the database"), error);
  return TRUE;
}

static gboolean
not_found (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

static gboolean
dossier_of_item (OpvStore  *self,
                 gint64     item_id,
                 gint64    *dossier_id,
                 GError   **error)
{
  if (!query_id (self, "SELECT t.dossier_id FROM item i JOIN theme t ON t.id = i.theme_id WHERE i.id = ?",
                 item_id, dossier_id, error))
    return FALSE;
  return *dossier_id != 0 || not_found (error, _("The recommendation or activity no longer exists; it may have been deleted in another window"));
}

/* A round that has been sent to parliament is frozen: the store refuses
 * every change to what it reports until it is reopened. */
static gboolean
check_round_open (OpvStore  *self,
                  gint64     round_id,
                  GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, "SELECT label, state, sent_on FROM round WHERE id = ?", error);
  gboolean open = TRUE;
  g_autofree char *label = NULL;
  g_autofree char *sent_on = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      open = !g_str_equal (opv_store_column_text (stmt, 1), "sent");
      label = g_strdup (opv_store_column_text (stmt, 0));
      sent_on = g_strdup (opv_store_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return not_found (error, _("The reporting round no longer exists; it may have been deleted in another window"));
  if (rc != SQLITE_ROW)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the reporting rounds"), error);
  if (!open)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY,
                   _("The round “%s” was sent on %s and cannot be changed; reopen it first"),
                   label, sent_on[0] ? sent_on : "?");
      return FALSE;
    }
  return TRUE;
}

/* The entry of @item_id in @round_id, created when the round has none. */
static gboolean
ensure_entry (OpvStore  *self,
              gint64     item_id,
              gint64     round_id,
              gint64    *entry_id,
              GError   **error)
{
  sqlite3_stmt *stmt;

  if (!check_round_open (self, round_id, error))
    return FALSE;

  stmt = opv_store_prepare (self, "SELECT id FROM entry WHERE item_id = ? AND round_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, round_id);
  *entry_id = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (*entry_id != 0)
    return TRUE;

  stmt = opv_store_prepare (self, "INSERT INTO entry (item_id, round_id) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, round_id);
  if (!opv_store_step_done (self, stmt, error))
    return FALSE;
  *entry_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* Moves @id to @position among its siblings (given by @select_sql, which
 * takes the parent's id, and @update_sql, which sets a row's position),
 * and numbers them 0, 1, 2, … A negative @position means the end; @id 0
 * just renumbers. */
static gboolean
place (OpvStore    *self,
       const char  *select_sql,
       const char  *update_sql,
       gint64       parent_id,
       gint64       id,
       int          position,
       GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = opv_store_prepare (self, select_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 sibling = sqlite3_column_int64 (stmt, 0);
      if (sibling != id)
        g_array_append_val (ids, sibling);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return opv_store_set_sqlite_error (self, rc, _("Could not read the database"), error);

  if (id != 0)
    {
      if (position < 0 || (guint) position > ids->len)
        position = ids->len;
      g_array_insert_val (ids, position, id);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = opv_store_prepare (self, update_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

#define FOLLOWUP_SIBLINGS "SELECT id FROM followup WHERE entry_id = ? ORDER BY position, id"
#define FOLLOWUP_POSITION "UPDATE followup SET position = ? WHERE id = ? AND position IS NOT ?1"
#define ITEM_SIBLINGS "SELECT id FROM item WHERE theme_id = ? ORDER BY position, id"
#define ITEM_POSITION "UPDATE item SET position = ? WHERE id = ? AND position IS NOT ?1"
#define THEME_SIBLINGS "SELECT id FROM theme WHERE dossier_id = ? ORDER BY position, id"
#define THEME_POSITION "UPDATE theme SET position = ? WHERE id = ? AND position IS NOT ?1"
#define DOSSIER_SIBLINGS "SELECT id FROM dossier WHERE ? IS NOT NULL ORDER BY position, id"
#define DOSSIER_POSITION "UPDATE dossier SET position = ? WHERE id = ? AND position IS NOT ?1"

/* Item fields */

static const char *
item_field_description (OpvItemField field)
{
  switch (field)
    {
    case OPV_ITEM_FIELD_CODE:
      return N_("Change the code");
    case OPV_ITEM_FIELD_TITLE:
      return N_("Change the title");
    case OPV_ITEM_FIELD_TEXT:
    default:
      return N_("Change the text");
    }
}

/**
 * opv_store_set_item_field:
 *
 * Changes an item's code, title or text. A changed code keeps the theme in
 * the natural order of codes: 5.10 after 5.9.
 */
gboolean
opv_store_set_item_field (OpvStore      *self,
                          gint64         item_id,
                          OpvItemField   field,
                          const char    *value,
                          GError       **error)
{
  gint64 dossier_id, theme_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!dossier_of_item (self, item_id, &dossier_id, error))
    return FALSE;
  if (field == OPV_ITEM_FIELD_TITLE && opv_str_blank (value))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A title cannot be empty"));
      return FALSE;
    }
  if (!edit_begin (self, item_field_description (field), dossier_id, item_id, error))
    return FALSE;

  switch (field)
    {
    case OPV_ITEM_FIELD_CODE:
      {
        g_autofree char *sort_key = opv_code_sort_key (value);

        stmt = opv_store_prepare (self, "UPDATE item SET code = ?, sort_key = ? WHERE id = ?", error);
        if (stmt == NULL)
          goto fail;
        opv_store_bind_text (stmt, 1, value);
        opv_store_bind_text (stmt, 2, sort_key);
        sqlite3_bind_int64 (stmt, 3, item_id);
        if (!opv_store_step_done (self, stmt, error) ||
            !query_id (self, "SELECT theme_id FROM item WHERE id = ?", item_id, &theme_id, error))
          goto fail;

        /* Put the item where its code sorts among the coded items. */
        stmt = opv_store_prepare (self,
                                  "SELECT count(*) FROM item WHERE theme_id = ? AND id <> ? "
                                  "AND code <> '' AND sort_key < ?",
                                  error);
        if (stmt == NULL)
          goto fail;
        sqlite3_bind_int64 (stmt, 1, theme_id);
        sqlite3_bind_int64 (stmt, 2, item_id);
        opv_store_bind_text (stmt, 3, sort_key);
        if (sqlite3_step (stmt) == SQLITE_ROW && value[0] != '\0')
          {
            int before = sqlite3_column_int (stmt, 0);
            sqlite3_reset (stmt);
            if (!place (self, ITEM_SIBLINGS, ITEM_POSITION, theme_id, item_id, before, error))
              goto fail;
          }
        else
          sqlite3_reset (stmt);
      }
      break;
    case OPV_ITEM_FIELD_TITLE:
      /* What a sent round said stays as it was sent: it takes the old
       * wording as its own before the item's changes. */
      if (!run_with_ids (self,
                         "UPDATE entry SET title = (SELECT title FROM item WHERE id = ?1) "
                         "WHERE item_id = ?1 AND title IS NULL "
                         "AND EXISTS (SELECT 1 FROM round WHERE round.id = entry.round_id AND round.state = 'sent')",
                         item_id, 0, error))
        goto fail;
      stmt = opv_store_prepare (self, "UPDATE item SET title = ? WHERE id = ?", error);
      if (stmt == NULL)
        goto fail;
      opv_store_bind_text (stmt, 1, value);
      sqlite3_bind_int64 (stmt, 2, item_id);
      if (!opv_store_step_done (self, stmt, error))
        goto fail;
      break;
    case OPV_ITEM_FIELD_TEXT:
    default:
      if (!run_with_ids (self,
                         "UPDATE entry SET text = (SELECT text FROM item WHERE id = ?1) "
                         "WHERE item_id = ?1 AND text IS NULL "
                         "AND EXISTS (SELECT 1 FROM round WHERE round.id = entry.round_id AND round.state = 'sent')",
                         item_id, 0, error))
        goto fail;
      stmt = opv_store_prepare (self, "UPDATE item SET text = ? WHERE id = ?", error);
      if (stmt == NULL)
        goto fail;
      opv_store_bind_text (stmt, 1, value);
      sqlite3_bind_int64 (stmt, 2, item_id);
      if (!opv_store_step_done (self, stmt, error))
        goto fail;
      break;
    }

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/* Entry fields */

gboolean
opv_store_set_entry_field (OpvStore       *self,
                           gint64          item_id,
                           gint64          round_id,
                           OpvEntryField   field,
                           const char     *value,
                           GError        **error)
{
  static const struct { const char *sql; const char *description; } fields[] = {
    [OPV_ENTRY_FIELD_STATUS] = { "UPDATE entry SET status = ? WHERE id = ?", N_("Change the status") },
    [OPV_ENTRY_FIELD_TIMEFRAME] = { "UPDATE entry SET timeframe = ? WHERE id = ?", N_("Change the timeframe") },
    [OPV_ENTRY_FIELD_EXPLANATION] = { "UPDATE entry SET explanation = ? WHERE id = ?", N_("Change the explanation") },
    [OPV_ENTRY_FIELD_RESPONSIBILITY_NOTE] = { "UPDATE entry SET responsibility_note = ? WHERE id = ?",
                                              N_("Change the note on responsibility") },
    [OPV_ENTRY_FIELD_TO_BE_DETERMINED] = { "UPDATE entry SET to_be_determined = ? WHERE id = ?",
                                           N_("Change “to be determined”") },
  };
  gint64 dossier_id, entry_id;
  sqlite3_stmt *stmt;
  OpvStatus status;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) field < G_N_ELEMENTS (fields), FALSE);

  if (field == OPV_ENTRY_FIELD_STATUS && value != NULL && !opv_status_from_id (value, &status))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("“%s” is not a status"), value);
      return FALSE;
    }
  if (field != OPV_ENTRY_FIELD_STATUS && value == NULL)
    value = "";

  if (!dossier_of_item (self, item_id, &dossier_id, error) ||
      !edit_begin (self, N_(fields[field].description), dossier_id, item_id, error))
    return FALSE;

  if (!ensure_entry (self, item_id, round_id, &entry_id, error))
    goto fail;

  stmt = opv_store_prepare (self, fields[field].sql, error);
  if (stmt == NULL)
    goto fail;
  if (field == OPV_ENTRY_FIELD_TO_BE_DETERMINED)
    sqlite3_bind_int (stmt, 1, g_str_equal (value, "1"));
  else
    opv_store_bind_text (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, entry_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/**
 * opv_store_set_entry_wording:
 * @title: (nullable): the round's own title, %NULL for the item's
 * @text: (nullable): the round's own full text, %NULL for the item's
 *
 * Words the item in @round_id its own way, or, with two %NULLs, as the
 * item is worded; one step of undo.
 */
gboolean
opv_store_set_entry_wording (OpvStore    *self,
                             gint64       item_id,
                             gint64       round_id,
                             const char  *title,
                             const char  *text,
                             GError     **error)
{
  gint64 dossier_id, entry_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (title != NULL && opv_str_blank (title))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A title cannot be empty"));
      return FALSE;
    }
  if (!dossier_of_item (self, item_id, &dossier_id, error) ||
      !edit_begin (self, title || text ? N_("Word the item differently in this round")
                                       : N_("Use the item’s own wording in this round"),
                   dossier_id, item_id, error))
    return FALSE;

  if (!ensure_entry (self, item_id, round_id, &entry_id, error))
    goto fail;
  stmt = opv_store_prepare (self, "UPDATE entry SET title = ?, text = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, title);
  opv_store_bind_text (stmt, 2, text);
  sqlite3_bind_int64 (stmt, 3, entry_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/* Responsibilities */

static gboolean
ensure_dossier_party (OpvStore  *self,
                      gint64     dossier_id,
                      gint64     party_id,
                      GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                          "INSERT OR IGNORE INTO dossier_party (dossier_id, party_id, position) "
                                          "VALUES (?1, ?2, (SELECT coalesce (max (position), -1) + 1 "
                                          "                 FROM dossier_party WHERE dossier_id = ?1))",
                                          error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_int64 (stmt, 2, party_id);
  return opv_store_step_done (self, stmt, error);
}

/**
 * opv_store_add_responsibility:
 * @party_short_name: an existing party's short name (compared without
 *   regard to case), or a new party's, which is then created
 */
gboolean
opv_store_add_responsibility (OpvStore    *self,
                              gint64       item_id,
                              gint64       round_id,
                              const char  *party_short_name,
                              OpvRole      role,
                              GError     **error)
{
  g_autofree char *name = NULL;
  gint64 dossier_id, entry_id, party_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);
  g_return_val_if_fail (party_short_name != NULL, FALSE);

  name = g_strstrip (g_strdup (party_short_name));
  if (name[0] == '\0')
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A party needs a name"));
      return FALSE;
    }

  if (!dossier_of_item (self, item_id, &dossier_id, error) ||
      !edit_begin (self, N_("Add a responsible party"), dossier_id, item_id, error))
    return FALSE;

  if (!ensure_entry (self, item_id, round_id, &entry_id, error))
    goto fail;

  stmt = opv_store_prepare (self, "SELECT id FROM party WHERE short_name = ?", error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    party_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (party_id == 0)
    {
      stmt = opv_store_prepare (self, "INSERT INTO party (short_name) VALUES (?)", error);
      if (stmt == NULL)
        goto fail;
      opv_store_bind_text (stmt, 1, name);
      if (!opv_store_step_done (self, stmt, error))
        goto fail;
      party_id = sqlite3_last_insert_rowid (self->db);
    }

  if (!ensure_dossier_party (self, dossier_id, party_id, error))
    goto fail;

  stmt = opv_store_prepare (self,
                            "INSERT INTO responsibility (entry_id, party_id, position, role) "
                            "VALUES (?1, ?2, (SELECT coalesce (max (position), -1) + 1 FROM responsibility "
                            "                 WHERE entry_id = ?1), ?3)",
                            error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  sqlite3_bind_int64 (stmt, 2, party_id);
  opv_store_bind_text (stmt, 3, opv_role_to_id (role));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS,
                   _("“%s” is already responsible for this item in this round"), name);
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      opv_store_set_sqlite_error (self, rc, _("Could not save the change"), error);
      goto fail;
    }

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

static gboolean
find_entry (OpvStore  *self,
            gint64     item_id,
            gint64     round_id,
            gint64    *entry_id,
            GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, "SELECT id FROM entry WHERE item_id = ? AND round_id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, round_id);
  *entry_id = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return *entry_id != 0 || not_found (error, _("That party is not responsible for this item in this round"));
}

gboolean
opv_store_set_responsibility_role (OpvStore  *self,
                                   gint64     item_id,
                                   gint64     round_id,
                                   gint64     party_id,
                                   OpvRole    role,
                                   GError   **error)
{
  gint64 dossier_id, entry_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!dossier_of_item (self, item_id, &dossier_id, error) ||
      !check_round_open (self, round_id, error) ||
      !find_entry (self, item_id, round_id, &entry_id, error) ||
      !edit_begin (self, N_("Change a party’s role"), dossier_id, item_id, error))
    return FALSE;

  stmt = opv_store_prepare (self, "UPDATE responsibility SET role = ? WHERE entry_id = ? AND party_id = ?", error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, opv_role_to_id (role));
  sqlite3_bind_int64 (stmt, 2, entry_id);
  sqlite3_bind_int64 (stmt, 3, party_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

gboolean
opv_store_remove_responsibility (OpvStore  *self,
                                 gint64     item_id,
                                 gint64     round_id,
                                 gint64     party_id,
                                 GError   **error)
{
  gint64 dossier_id, entry_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!dossier_of_item (self, item_id, &dossier_id, error) ||
      !check_round_open (self, round_id, error) ||
      !find_entry (self, item_id, round_id, &entry_id, error) ||
      !edit_begin (self, N_("Remove a responsible party"), dossier_id, item_id, error))
    return FALSE;

  stmt = opv_store_prepare (self, "DELETE FROM responsibility WHERE entry_id = ? AND party_id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  sqlite3_bind_int64 (stmt, 2, party_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/* Follow-ups */

static gboolean
followup_context (OpvStore  *self,
                  gint64     followup_id,
                  gint64    *entry_id,
                  gint64    *item_id,
                  gint64    *dossier_id,
                  GError   **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                          "SELECT f.entry_id, e.item_id, e.round_id, r.dossier_id "
                                          "FROM followup f JOIN entry e ON e.id = f.entry_id "
                                          "JOIN round r ON r.id = e.round_id WHERE f.id = ?",
                                          error);
  gint64 round_id = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, followup_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *entry_id = sqlite3_column_int64 (stmt, 0);
      *item_id = sqlite3_column_int64 (stmt, 1);
      round_id = sqlite3_column_int64 (stmt, 2);
      *dossier_id = sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return not_found (error, _("The follow-up no longer exists; it may have been deleted in another window"));
  return check_round_open (self, round_id, error);
}

/**
 * opv_store_add_followup:
 * @position: where in the round's follow-up of the item, or -1 for the end
 *
 * Returns: the new follow-up's id, or 0 with @error set
 */
gint64
opv_store_add_followup (OpvStore    *self,
                        gint64       item_id,
                        gint64       round_id,
                        int          position,
                        const char  *code,
                        const char  *text,
                        GError     **error)
{
  return opv_store_save_followup (self, 0, item_id, round_id, position, code ? code : "", text ? text : "",
                                  NULL, NULL, error);
}

gboolean
opv_store_update_followup (OpvStore    *self,
                           gint64       followup_id,
                           const char  *code,
                           const char  *text,
                           GError     **error)
{
  g_return_val_if_fail (followup_id > 0, FALSE);
  return opv_store_save_followup (self, followup_id, 0, 0, -1, code, text, NULL, NULL, error) != 0;
}

gboolean
opv_store_delete_followup (OpvStore  *self,
                           gint64     followup_id,
                           GError   **error)
{
  gint64 entry_id, item_id, dossier_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!followup_context (self, followup_id, &entry_id, &item_id, &dossier_id, error) ||
      !edit_begin (self, N_("Delete follow-up"), dossier_id, item_id, error))
    return FALSE;

  stmt = opv_store_prepare (self, "DELETE FROM followup WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, followup_id);
  if (!opv_store_step_done (self, stmt, error) ||
      !place (self, FOLLOWUP_SIBLINGS, FOLLOWUP_POSITION, entry_id, 0, -1, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

gboolean
opv_store_move_followup (OpvStore  *self,
                         gint64     followup_id,
                         int        position,
                         GError   **error)
{
  gint64 entry_id, item_id, dossier_id;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!followup_context (self, followup_id, &entry_id, &item_id, &dossier_id, error) ||
      !edit_begin (self, N_("Move follow-up"), dossier_id, item_id, error))
    return FALSE;

  if (!place (self, FOLLOWUP_SIBLINGS, FOLLOWUP_POSITION, entry_id, followup_id, position, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/**
 * opv_store_set_followup_sources:
 * @links: (element-type OpvLink): the follow-up's links, replacing its old
 *   ones; only http, https and mailto addresses are accepted
 * @kamerstukken: (element-type OpvKamerstuk): its parliamentary papers
 */
/* Links and papers a follow-up may have: each link a label and an address
 * that can be opened, each paper a session year and a dossier number. */
static gboolean
check_sources (GPtrArray  *links,
               GPtrArray  *kamerstukken,
               GError    **error)
{
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);

      if (opv_str_blank (link->label))
        {
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A link needs a label"));
          return FALSE;
        }
      if (link->url != NULL && !opv_uri_is_openable (link->url))
        {
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                       _("“%s” is not a web or mail address: only addresses that start with http://, https:// or mailto: can be links"),
                       link->url);
          return FALSE;
        }
    }

  for (guint i = 0; kamerstukken != NULL && i < kamerstukken->len; i++)
    {
      OpvKamerstuk *k = g_ptr_array_index (kamerstukken, i);

      if (opv_str_blank (k->session) || opv_str_blank (k->dossier))
        {
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                       _("A parliamentary paper needs a session year and a dossier number"));
          return FALSE;
        }
      if (k->url != NULL && !opv_uri_is_openable (k->url))
        {
          g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                       _("“%s” is not a web or mail address: only addresses that start with http://, https:// or mailto: can be links"),
                       k->url);
          return FALSE;
        }
    }
  return TRUE;
}

/* Replaces the links and papers of @followup_id, inside an edit. */
static gboolean
write_sources (OpvStore   *self,
               gint64      followup_id,
               GPtrArray  *links,
               GPtrArray  *kamerstukken,
               GError    **error)
{
  if (!run_with_ids (self, "DELETE FROM link WHERE followup_id = ?1", followup_id, 0, error) ||
      !run_with_ids (self, "DELETE FROM kamerstuk WHERE followup_id = ?1", followup_id, 0, error))
    return FALSE;

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      sqlite3_stmt *stmt = opv_store_prepare (self, "INSERT INTO link (followup_id, position, label, url) VALUES (?, ?, ?, ?)",
                                              error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, followup_id);
      sqlite3_bind_int (stmt, 2, i);
      opv_store_bind_text (stmt, 3, link->label);
      opv_store_bind_text (stmt, 4, link->url);
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; kamerstukken != NULL && i < kamerstukken->len; i++)
    {
      OpvKamerstuk *k = g_ptr_array_index (kamerstukken, i);
      sqlite3_stmt *stmt = opv_store_prepare (self,
                                              "INSERT INTO kamerstuk (followup_id, position, chamber, session, dossier, number, url) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                              error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, followup_id);
      sqlite3_bind_int (stmt, 2, i);
      opv_store_bind_text (stmt, 3, opv_chamber_to_id (k->chamber));
      opv_store_bind_text (stmt, 4, k->session);
      opv_store_bind_text (stmt, 5, k->dossier);
      opv_store_bind_text (stmt, 6, k->number);
      opv_store_bind_text (stmt, 7, k->url);
      if (!opv_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
opv_store_set_followup_sources (OpvStore    *self,
                                gint64       followup_id,
                                GPtrArray   *links,
                                GPtrArray   *kamerstukken,
                                GError     **error)
{
  gint64 entry_id, item_id, dossier_id;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!check_sources (links, kamerstukken, error) ||
      !followup_context (self, followup_id, &entry_id, &item_id, &dossier_id, error) ||
      !edit_begin (self, N_("Change the links and papers of follow-up"), dossier_id, item_id, error))
    return FALSE;

  if (!write_sources (self, followup_id, links, kamerstukken, error))
    {
      edit_abort (self);
      return FALSE;
    }
  return edit_commit (self, error);
}

/**
 * opv_store_save_followup:
 * @followup_id: the follow-up to change, or 0 for a new one of @item_id in
 *   @round_id
 * @position: where a new one goes among the item's follow-up in the round,
 *   -1 for the end
 * @code: (nullable): %NULL keeps a follow-up's code
 * @text: (nullable): %NULL keeps its text
 * @links: (element-type OpvLink) (nullable): its links, replacing the old
 *   ones; %NULL leaves them
 * @kamerstukken: (element-type OpvKamerstuk) (nullable): its papers, the same
 *
 * Saves a follow-up as its editor has it, text and sources together: one
 * step of undo, and nothing saved when any part is refused.
 *
 * Returns: the follow-up's id, or 0 with @error set
 */
gint64
opv_store_save_followup (OpvStore    *self,
                         gint64       followup_id,
                         gint64       item_id,
                         gint64       round_id,
                         int          position,
                         const char  *code,
                         const char  *text,
                         GPtrArray   *links,
                         GPtrArray   *kamerstukken,
                         GError     **error)
{
  gint64 entry_id, dossier_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), 0);

  if (!check_sources (links, kamerstukken, error))
    return 0;

  if (followup_id > 0)
    {
      if (!followup_context (self, followup_id, &entry_id, &item_id, &dossier_id, error) ||
          !edit_begin (self, N_("Change follow-up"), dossier_id, item_id, error))
        return 0;
      stmt = opv_store_prepare (self,
                                "UPDATE followup SET code = coalesce (?, code), text = coalesce (?, text), carried = 0 "
                                "WHERE id = ?",
                                error);
      if (stmt == NULL)
        goto fail;
      opv_store_bind_text (stmt, 1, code);
      opv_store_bind_text (stmt, 2, text);
      sqlite3_bind_int64 (stmt, 3, followup_id);
      if (!opv_store_step_done (self, stmt, error))
        goto fail;
    }
  else
    {
      if (!dossier_of_item (self, item_id, &dossier_id, error) ||
          !edit_begin (self, N_("Add follow-up"), dossier_id, item_id, error))
        return 0;
      if (!ensure_entry (self, item_id, round_id, &entry_id, error))
        goto fail;
      stmt = opv_store_prepare (self, "INSERT INTO followup (entry_id, position, code, text) VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, entry_id);
      sqlite3_bind_int (stmt, 2, G_MAXINT);
      opv_store_bind_text (stmt, 3, code ? code : "");
      opv_store_bind_text (stmt, 4, text ? text : "");
      if (!opv_store_step_done (self, stmt, error))
        goto fail;
      followup_id = sqlite3_last_insert_rowid (self->db);
      if (!place (self, FOLLOWUP_SIBLINGS, FOLLOWUP_POSITION, entry_id, followup_id, position, error))
        goto fail;
    }

  if ((links != NULL || kamerstukken != NULL) && !write_sources (self, followup_id, links, kamerstukken, error))
    goto fail;
  if (!edit_commit (self, error))
    return 0;
  return followup_id;

fail:
  edit_abort (self);
  return 0;
}

/* Dossiers */

/* An identifier from @title: lower-case letters, digits and dashes, unique
 * in the database. */
static char *
make_slug (OpvStore    *self,
           const char  *title)
{
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  GString *slug = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = ascii; *p != '\0' && slug->len < 48; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  if (slug->len == 0)
    g_string_assign (slug, "dossier");

  for (int n = 2;; n++)
    {
      sqlite3_stmt *stmt = opv_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM dossier WHERE slug = ?)", NULL);
      gboolean taken;

      if (stmt == NULL)
        break;
      opv_store_bind_text (stmt, 1, slug->str);
      taken = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      if (!taken)
        break;
      /* Strip a previous suffix before adding the next. */
      if (n > 2)
        g_string_truncate (slug, strrchr (slug->str, '-') - slug->str);
      g_string_append_printf (slug, "-%d", n);
    }

  return g_string_free (slug, FALSE);
}

gint64
opv_store_create_dossier (OpvStore        *self,
                          const char      *title,
                          OpvDossierKind   kind,
                          GError         **error)
{
  g_autofree char *slug = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OPV_IS_STORE (self), 0);

  if (opv_str_blank (title))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A dossier needs a title"));
      return 0;
    }

  if (!edit_begin (self, N_("Create a dossier"), 0, 0, error))
    return 0;

  slug = make_slug (self, title);
  stmt = opv_store_prepare (self,
                            "INSERT INTO dossier (slug, title, short_name, kind, position) "
                            "VALUES (?, ?, ?, ?, (SELECT coalesce (max (position), -1) + 1 FROM dossier))",
                            error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, slug);
  opv_store_bind_text (stmt, 2, title);
  opv_store_bind_text (stmt, 3, title);
  opv_store_bind_text (stmt, 4, opv_dossier_kind_to_id (kind));
  if (!opv_store_step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);
  self->edit->dossier_id = id;

  if (!edit_commit (self, error))
    return 0;
  return id;

fail:
  edit_abort (self);
  return 0;
}

gboolean
opv_store_rename_dossier (OpvStore    *self,
                          gint64       dossier_id,
                          const char  *title,
                          const char  *short_name,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (opv_str_blank (title))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A dossier needs a title"));
      return FALSE;
    }

  if (!edit_begin (self, N_("Rename the dossier"), dossier_id, 0, error))
    return FALSE;

  stmt = opv_store_prepare (self, "UPDATE dossier SET title = ?, short_name = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, title);
  opv_store_bind_text (stmt, 2, opv_str_blank (short_name) ? title : short_name);
  sqlite3_bind_int64 (stmt, 3, dossier_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      not_found (error, _("The dossier no longer exists; it may have been deleted in another window"));
      goto fail;
    }

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

static gboolean
refuse_if_sent (OpvStore    *self,
                const char  *sql,
                gint64       id,
                GError     **error)
{
  gint64 sent_round;

  if (!query_id (self, sql, id, &sent_round, error))
    return FALSE;
  return sent_round == 0 || check_round_open (self, sent_round, error);
}

gboolean
opv_store_delete_dossier (OpvStore  *self,
                          gint64     dossier_id,
                          GError   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  /* What was sent to parliament stays; a dossier with a sent round can
   * only be deleted after reopening it. */
  if (!refuse_if_sent (self, "SELECT id FROM round WHERE dossier_id = ? AND state = 'sent' LIMIT 1",
                       dossier_id, error) ||
      !edit_begin (self, N_("Delete the dossier"), dossier_id, 0, error))
    return FALSE;

  stmt = opv_store_prepare (self, "DELETE FROM dossier WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      not_found (error, _("The dossier no longer exists; it may have been deleted in another window"));
      goto fail;
    }
  if (!place (self, DOSSIER_SIBLINGS, DOSSIER_POSITION, 1, 0, -1, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

gboolean
opv_store_move_dossier (OpvStore  *self,
                        gint64     dossier_id,
                        int        position,
                        GError   **error)
{
  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!edit_begin (self, N_("Move the dossier"), dossier_id, 0, error))
    return FALSE;
  if (!place (self, DOSSIER_SIBLINGS, DOSSIER_POSITION, 1, dossier_id, position, error))
    goto fail;
  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/* Themes */

gint64
opv_store_create_theme (OpvStore    *self,
                        gint64       dossier_id,
                        int          position,
                        const char  *number,
                        const char  *title,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OPV_IS_STORE (self), 0);

  if (opv_str_blank (title))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A theme needs a title"));
      return 0;
    }

  if (!edit_begin (self, N_("Add a theme"), dossier_id, 0, error))
    return 0;

  stmt = opv_store_prepare (self, "INSERT INTO theme (dossier_id, position, number, title) VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_int (stmt, 2, G_MAXINT);
  opv_store_bind_text (stmt, 3, number ? number : "");
  opv_store_bind_text (stmt, 4, title);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);

  if (!place (self, THEME_SIBLINGS, THEME_POSITION, dossier_id, id, position, error) ||
      !edit_commit (self, error))
    goto fail;
  return id;

fail:
  if (self->edit != NULL)
    edit_abort (self);
  return 0;
}

gboolean
opv_store_rename_theme (OpvStore    *self,
                        gint64       theme_id,
                        const char  *number,
                        const char  *title,
                        GError     **error)
{
  gint64 dossier_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (opv_str_blank (title))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A theme needs a title"));
      return FALSE;
    }
  if (!query_id (self, "SELECT dossier_id FROM theme WHERE id = ?", theme_id, &dossier_id, error))
    return FALSE;
  if (dossier_id == 0)
    return not_found (error, _("The theme no longer exists; it may have been deleted in another window"));
  if (!edit_begin (self, N_("Rename the theme"), dossier_id, 0, error))
    return FALSE;

  stmt = opv_store_prepare (self, "UPDATE theme SET number = ?, title = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, number ? number : "");
  opv_store_bind_text (stmt, 2, title);
  sqlite3_bind_int64 (stmt, 3, theme_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

gboolean
opv_store_delete_theme (OpvStore  *self,
                        gint64     theme_id,
                        GError   **error)
{
  gint64 dossier_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!query_id (self, "SELECT dossier_id FROM theme WHERE id = ?", theme_id, &dossier_id, error))
    return FALSE;
  if (dossier_id == 0)
    return not_found (error, _("The theme no longer exists; it may have been deleted in another window"));
  if (!refuse_if_sent (self,
                       "SELECT r.id FROM entry e JOIN item i ON i.id = e.item_id JOIN round r ON r.id = e.round_id "
                       "WHERE i.theme_id = ? AND r.state = 'sent' LIMIT 1",
                       theme_id, error) ||
      !edit_begin (self, N_("Delete the theme"), dossier_id, 0, error))
    return FALSE;

  stmt = opv_store_prepare (self, "DELETE FROM theme WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, theme_id);
  if (!opv_store_step_done (self, stmt, error) ||
      !place (self, THEME_SIBLINGS, THEME_POSITION, dossier_id, 0, -1, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

gboolean
opv_store_move_theme (OpvStore  *self,
                      gint64     theme_id,
                      int        position,
                      GError   **error)
{
  gint64 dossier_id;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!query_id (self, "SELECT dossier_id FROM theme WHERE id = ?", theme_id, &dossier_id, error))
    return FALSE;
  if (dossier_id == 0)
    return not_found (error, _("The theme no longer exists; it may have been deleted in another window"));
  if (!edit_begin (self, N_("Move the theme"), dossier_id, 0, error))
    return FALSE;
  if (!place (self, THEME_SIBLINGS, THEME_POSITION, dossier_id, theme_id, position, error))
    goto fail;
  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/* Items */

/* Where an item with @sort_key belongs in @theme_id: after the coded
 * items that sort before it; uncoded items go last. */
static int
code_position (OpvStore   *self,
               gint64      theme_id,
               gint64      item_id,
               const char *code,
               const char *sort_key)
{
  sqlite3_stmt *stmt;
  int position = -1;

  if (opv_str_empty (code))
    return -1;

  stmt = opv_store_prepare (self,
                            "SELECT count(*) FROM item WHERE theme_id = ? AND id <> ? AND code <> '' AND sort_key < ?",
                            NULL);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, theme_id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  opv_store_bind_text (stmt, 3, sort_key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return position;
}

/**
 * opv_store_create_item:
 *
 * Adds an item to @theme_id, where its code sorts (5.10 after 5.9), or at
 * the end when it has no code.
 *
 * Returns: the new item's id, or 0 with @error set
 */
gint64
opv_store_create_item (OpvStore    *self,
                       gint64       theme_id,
                       const char  *code,
                       const char  *title,
                       GError     **error)
{
  g_autofree char *sort_key = opv_code_sort_key (code);
  gint64 dossier_id, id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), 0);

  if (opv_str_blank (title))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A title cannot be empty"));
      return 0;
    }
  if (!query_id (self, "SELECT dossier_id FROM theme WHERE id = ?", theme_id, &dossier_id, error))
    return 0;
  if (dossier_id == 0)
    {
      not_found (error, _("The theme no longer exists; it may have been deleted in another window"));
      return 0;
    }
  if (!edit_begin (self, N_("Add a recommendation or activity"), dossier_id, 0, error))
    return 0;

  stmt = opv_store_prepare (self,
                            "INSERT INTO item (theme_id, position, code, sort_key, title) VALUES (?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, theme_id);
  sqlite3_bind_int (stmt, 2, G_MAXINT);
  opv_store_bind_text (stmt, 3, code ? code : "");
  opv_store_bind_text (stmt, 4, sort_key);
  opv_store_bind_text (stmt, 5, title);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);
  self->edit->item_id = id;

  /* A recommendation added while a round is being prepared is part of
   * that round, and shows as added when rounds are compared. */
  if (!run_with_ids (self,
                     "INSERT INTO entry (item_id, round_id) SELECT ?1, r.id FROM round r "
                     "WHERE r.dossier_id = ?2 AND r.state = 'open' "
                     "AND r.position = (SELECT max (position) FROM round WHERE dossier_id = ?2)",
                     id, dossier_id, error))
    goto fail;

  if (!place (self, ITEM_SIBLINGS, ITEM_POSITION, theme_id, id, code_position (self, theme_id, id, code, sort_key),
              error) ||
      !edit_commit (self, error))
    goto fail;
  return id;

fail:
  if (self->edit != NULL)
    edit_abort (self);
  return 0;
}

gboolean
opv_store_delete_item (OpvStore  *self,
                       gint64     item_id,
                       GError   **error)
{
  gint64 dossier_id, theme_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!dossier_of_item (self, item_id, &dossier_id, error) ||
      !query_id (self, "SELECT theme_id FROM item WHERE id = ?", item_id, &theme_id, error) ||
      !refuse_if_sent (self,
                       "SELECT r.id FROM entry e JOIN round r ON r.id = e.round_id "
                       "WHERE e.item_id = ? AND r.state = 'sent' LIMIT 1",
                       item_id, error) ||
      !edit_begin (self, N_("Delete a recommendation or activity"), dossier_id, item_id, error))
    return FALSE;

  stmt = opv_store_prepare (self, "DELETE FROM item WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, item_id);
  if (!opv_store_step_done (self, stmt, error) ||
      !place (self, ITEM_SIBLINGS, ITEM_POSITION, theme_id, 0, -1, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/**
 * opv_store_move_item:
 * @theme_id: the theme to move to, which may be the item's own
 * @position: where among the theme's items, or -1 for where its code sorts
 */
gboolean
opv_store_move_item (OpvStore  *self,
                     gint64     item_id,
                     gint64     theme_id,
                     int        position,
                     GError   **error)
{
  gint64 dossier_id, target_dossier, old_theme;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!dossier_of_item (self, item_id, &dossier_id, error) ||
      !query_id (self, "SELECT dossier_id FROM theme WHERE id = ?", theme_id, &target_dossier, error) ||
      !query_id (self, "SELECT theme_id FROM item WHERE id = ?", item_id, &old_theme, error))
    return FALSE;
  if (target_dossier != dossier_id)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                   _("An item can only move to a theme of its own dossier"));
      return FALSE;
    }
  if (!edit_begin (self, N_("Move a recommendation or activity"), dossier_id, item_id, error))
    return FALSE;

  stmt = opv_store_prepare (self, "UPDATE item SET theme_id = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, theme_id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;

  if (position < 0)
    {
      stmt = opv_store_prepare (self, "SELECT code, sort_key FROM item WHERE id = ?", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, item_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autofree char *code = g_strdup (opv_store_column_text (stmt, 0));
          g_autofree char *sort_key = g_strdup (opv_store_column_text (stmt, 1));

          sqlite3_reset (stmt);
          position = code_position (self, theme_id, item_id, code, sort_key);
        }
      else
        sqlite3_reset (stmt);
    }

  if ((old_theme != theme_id && !place (self, ITEM_SIBLINGS, ITEM_POSITION, old_theme, 0, -1, error)) ||
      !place (self, ITEM_SIBLINGS, ITEM_POSITION, theme_id, item_id, position, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/* Parties */

gboolean
opv_store_update_party (OpvStore      *self,
                        gint64         party_id,
                        const char    *short_name,
                        const char    *full_name,
                        OpvPartyKind   kind,
                        GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (opv_str_blank (short_name))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A party needs a name"));
      return FALSE;
    }

  if (!edit_begin (self, N_("Change a party"), 0, 0, error))
    return FALSE;

  stmt = opv_store_prepare (self, "UPDATE party SET short_name = ?, full_name = ?, kind = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, short_name);
  opv_store_bind_text (stmt, 2, full_name ? full_name : "");
  opv_store_bind_text (stmt, 3, opv_party_kind_to_id (kind));
  sqlite3_bind_int64 (stmt, 4, party_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS,
                   _("There is already a party called “%s”; merge the two instead"), short_name);
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      opv_store_set_sqlite_error (self, rc, _("Could not save the change"), error);
      goto fail;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      not_found (error, _("The party no longer exists; it may have been merged or deleted in another window"));
      goto fail;
    }

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/**
 * opv_store_merge_parties:
 * @party_id: the party that disappears, such as a case variant "alliantie"
 * @into_party_id: the party that takes over its responsibilities
 *
 * Where both were named for the same item and round, the lead role wins.
 */
gboolean
opv_store_merge_parties (OpvStore  *self,
                         gint64     party_id,
                         gint64     into_party_id,
                         GError   **error)
{
  static const char * const statements[] = {
    /* Where both are named, keep the stronger role on the survivor. */
    "UPDATE responsibility SET role = 'lead' WHERE party_id = ?2 AND role <> 'lead' "
    "AND entry_id IN (SELECT entry_id FROM responsibility WHERE party_id = ?1 AND role = 'lead')",
    "DELETE FROM responsibility WHERE party_id = ?1 "
    "AND entry_id IN (SELECT entry_id FROM responsibility WHERE party_id = ?2)",
    "UPDATE responsibility SET party_id = ?2 WHERE party_id = ?1",
    "DELETE FROM dossier_party WHERE party_id = ?1 "
    "AND dossier_id IN (SELECT dossier_id FROM dossier_party WHERE party_id = ?2)",
    "UPDATE dossier_party SET party_id = ?2 WHERE party_id = ?1",
    "DELETE FROM party WHERE id = ?1",
  };

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (party_id == into_party_id)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A party cannot be merged into itself"));
      return FALSE;
    }
  if (!refuse_if_sent (self,
                       "SELECT r.id FROM responsibility rs JOIN entry e ON e.id = rs.entry_id "
                       "JOIN round r ON r.id = e.round_id WHERE rs.party_id = ? AND r.state = 'sent' LIMIT 1",
                       party_id, error) ||
      !edit_begin (self, N_("Merge parties"), 0, 0, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt *stmt = opv_store_prepare (self, statements[i], error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, party_id);
      sqlite3_bind_int64 (stmt, 2, into_party_id);
      if (!opv_store_step_done (self, stmt, error))
        goto fail;
    }

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/**
 * opv_store_list_parties:
 *
 * Returns: (transfer full): every #OpvParty in the database, by short name
 */
GListModel *
opv_store_list_parties (OpvStore  *self,
                        GError   **error)
{
  g_autoptr(GListStore) parties = g_list_store_new (OPV_TYPE_PARTY);
  sqlite3_stmt *stmt = opv_store_prepare (self,
                                          "SELECT id, short_name, full_name, kind FROM party ORDER BY short_name",
                                          error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpvPartyKind kind = OPV_PARTY_KIND_OTHER;
      g_autoptr(OpvParty) party = NULL;

      opv_party_kind_from_id (opv_store_column_text (stmt, 3), &kind);
      party = opv_party_new (opv_store_column_text (stmt, 1), opv_store_column_text (stmt, 2), kind);
      opv_party_set_id (party, sqlite3_column_int64 (stmt, 0));
      g_list_store_append (parties, party);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      opv_store_set_sqlite_error (self, rc, _("Could not read the parties"), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&parties));
}

/* Reporting rounds */

static gboolean
run_with_ids (OpvStore    *self,
              const char  *sql,
              gint64       a,
              gint64       b,
              GError     **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return opv_store_step_done (self, stmt, error);
}

/**
 * opv_store_create_round:
 * @label: "Update 2025", unique in the dossier
 * @period: "YYYY" or "YYYY-MM"
 * @carry_followups: whether the newest round's follow-up is copied too,
 *   each marked as carried, for the user to drop, edit or keep
 *
 * Starts the next reporting round from the newest one: every item's
 * status, timeframe, explanation, parties with their roles, notes,
 * sources and wording, and the themes' wording, are carried forward.
 *
 * Returns: the new round's id, or 0 with @error set
 */
gint64
opv_store_create_round (OpvStore    *self,
                        gint64       dossier_id,
                        const char  *label,
                        const char  *period,
                        gboolean     carry_followups,
                        GError     **error)
{
  /* Each copies from the newest round ?1 into the new round ?2. */
  static const char * const carry[] = {
    "INSERT INTO entry (item_id, round_id, status, timeframe, explanation, to_be_determined, "
    "  responsibility_note, title, text) "
    "SELECT item_id, ?2, status, timeframe, explanation, to_be_determined, responsibility_note, title, text "
    "FROM entry WHERE round_id = ?1",
    "INSERT INTO responsibility (entry_id, party_id, position, role) "
    "SELECT n.id, rs.party_id, rs.position, rs.role FROM responsibility rs "
    "JOIN entry o ON o.id = rs.entry_id JOIN entry n ON n.item_id = o.item_id AND n.round_id = ?2 "
    "WHERE o.round_id = ?1",
    "INSERT INTO link (entry_id, position, label, url) "
    "SELECT n.id, k.position, k.label, k.url FROM link k "
    "JOIN entry o ON o.id = k.entry_id JOIN entry n ON n.item_id = o.item_id AND n.round_id = ?2 "
    "WHERE o.round_id = ?1",
    "INSERT INTO kamerstuk (entry_id, position, chamber, session, dossier, number, url) "
    "SELECT n.id, k.position, k.chamber, k.session, k.dossier, k.number, k.url FROM kamerstuk k "
    "JOIN entry o ON o.id = k.entry_id JOIN entry n ON n.item_id = o.item_id AND n.round_id = ?2 "
    "WHERE o.round_id = ?1",
    "INSERT INTO theme_wording (theme_id, round_id, title) "
    "SELECT theme_id, ?2, title FROM theme_wording WHERE round_id = ?1",
  };
  static const char * const carry_followups_sql[] = {
    /* A temporary map from old to new follow-up, for their sources; the
     * CROSS JOINs read the map first, and of the sources only those of
     * the carried follow-up. */
    "CREATE TEMP TABLE IF NOT EXISTS carried_followup (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)",
    "DELETE FROM temp.carried_followup",
    "INSERT INTO followup (entry_id, position, code, text, carried) "
    "SELECT n.id, f.position, f.code, f.text, 1 FROM followup f "
    "JOIN entry o ON o.id = f.entry_id JOIN entry n ON n.item_id = o.item_id AND n.round_id = ?2 "
    "WHERE o.round_id = ?1 ORDER BY f.id",
    /* New follow-ups got increasing ids in the old ones' order. */
    "INSERT INTO temp.carried_followup (old, new) "
    "SELECT o.id, n.id FROM "
    "  (SELECT f.id, row_number () OVER (ORDER BY f.id) AS k FROM followup f JOIN entry e ON e.id = f.entry_id "
    "   WHERE e.round_id = ?1) o "
    "JOIN "
    "  (SELECT f.id, row_number () OVER (ORDER BY f.id) AS k FROM followup f JOIN entry e ON e.id = f.entry_id "
    "   WHERE e.round_id = ?2) n ON n.k = o.k",
    "INSERT INTO link (followup_id, position, label, url) "
    "SELECT m.new, k.position, k.label, k.url FROM temp.carried_followup m "
    "CROSS JOIN link k ON k.followup_id = m.old",
    "INSERT INTO kamerstuk (followup_id, position, chamber, session, dossier, number, url) "
    "SELECT m.new, k.position, k.chamber, k.session, k.dossier, k.number, k.url "
    "FROM temp.carried_followup m CROSS JOIN kamerstuk k ON k.followup_id = m.old",
    "INSERT INTO followup_reference (followup_id, position, target) "
    "SELECT m.new, r.position, r.target FROM temp.carried_followup m "
    "CROSS JOIN followup_reference r ON r.followup_id = m.old",
    "DELETE FROM temp.carried_followup",
  };
  gint64 newest = 0, round_id;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OPV_IS_STORE (self), 0);

  if (opv_str_blank (label))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("A reporting round needs a label"));
      return 0;
    }
  if (period == NULL || !(strlen (period) == 4 || strlen (period) == 7))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                   _("“%s” is not a period of the form YYYY or YYYY-MM"), period ? period : "");
      return 0;
    }

  if (!query_id (self, "SELECT id FROM round WHERE dossier_id = ? ORDER BY position DESC LIMIT 1",
                 dossier_id, &newest, error) ||
      !edit_begin (self, N_("Start a reporting round"), dossier_id, 0, error))
    return 0;

  stmt = opv_store_prepare (self,
                            "INSERT INTO round (dossier_id, position, label, period) "
                            "VALUES (?1, (SELECT coalesce (max (position), -1) + 1 FROM round WHERE dossier_id = ?1), ?2, ?3)",
                            error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  opv_store_bind_text (stmt, 2, label);
  opv_store_bind_text (stmt, 3, period);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS,
                   _("The dossier already has a round “%s”"), label);
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      opv_store_set_sqlite_error (self, rc, _("Could not save the change"), error);
      goto fail;
    }
  round_id = sqlite3_last_insert_rowid (self->db);

  if (newest != 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (carry); i++)
        if (!run_with_ids (self, carry[i], newest, round_id, error))
          goto fail;
      for (guint i = 0; carry_followups && i < G_N_ELEMENTS (carry_followups_sql); i++)
        if (!run_with_ids (self, carry_followups_sql[i], newest, round_id, error))
          goto fail;
    }

  if (!edit_commit (self, error))
    return 0;
  return round_id;

fail:
  edit_abort (self);
  return 0;
}

/**
 * opv_store_mark_round_sent:
 * @sent_on: the date of the letter, YYYY-MM-DD
 * @reference: (nullable): the letter's parliamentary paper
 *
 * Freezes a round: from now on the store refuses every change to what it
 * reports. Wording the round shares with the items and themes is copied
 * into the round, so that later edits of the current wording do not
 * change what was sent.
 */
gboolean
opv_store_mark_round_sent (OpvStore            *self,
                           gint64               round_id,
                           const char          *sent_on,
                           const OpvKamerstuk  *reference,
                           GError             **error)
{
  static const char * const freeze[] = {
    /* Every item gets an entry, so that its wording can be kept. */
    "INSERT OR IGNORE INTO entry (item_id, round_id) "
    "SELECT i.id, ?1 FROM item i JOIN theme t ON t.id = i.theme_id "
    "WHERE t.dossier_id = (SELECT dossier_id FROM round WHERE id = ?1)",
    "UPDATE entry SET title = coalesce (title, (SELECT title FROM item WHERE id = entry.item_id)), "
    "  text = coalesce (text, (SELECT text FROM item WHERE id = entry.item_id)) "
    "WHERE round_id = ?1 AND (title IS NULL OR text IS NULL)",
    "INSERT OR IGNORE INTO theme_wording (theme_id, round_id, title) "
    "SELECT id, ?1, title FROM theme WHERE dossier_id = (SELECT dossier_id FROM round WHERE id = ?1)",
  };
  gint64 dossier_id;
  sqlite3_stmt *stmt;
  GDate date;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  g_date_clear (&date, 1);
  if (sent_on == NULL || strlen (sent_on) != 10 || (g_date_set_parse (&date, sent_on), !g_date_valid (&date)) ||
      sent_on[4] != '-' || sent_on[7] != '-')
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                   _("“%s” is not a date of the form YYYY-MM-DD"), sent_on ? sent_on : "");
      return FALSE;
    }

  if (!query_id (self, "SELECT dossier_id FROM round WHERE id = ?", round_id, &dossier_id, error))
    return FALSE;
  if (dossier_id == 0)
    return not_found (error, _("The reporting round no longer exists; it may have been deleted in another window"));
  if (!check_round_open (self, round_id, error) ||
      !edit_begin (self, N_("Mark the round as sent"), dossier_id, 0, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (freeze); i++)
    if (!run_with_ids (self, freeze[i], round_id, 0, error))
      goto fail;

  stmt = opv_store_prepare (self, "UPDATE round SET state = 'sent', sent_on = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  opv_store_bind_text (stmt, 1, sent_on);
  sqlite3_bind_int64 (stmt, 2, round_id);
  if (!opv_store_step_done (self, stmt, error))
    goto fail;

  if (reference != NULL)
    {
      stmt = opv_store_prepare (self,
                                "INSERT INTO kamerstuk (round_id, position, chamber, session, dossier, number, url) "
                                "VALUES (?, 0, ?, ?, ?, ?, ?)",
                                error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, round_id);
      opv_store_bind_text (stmt, 2, opv_chamber_to_id (reference->chamber));
      opv_store_bind_text (stmt, 3, reference->session);
      opv_store_bind_text (stmt, 4, reference->dossier);
      opv_store_bind_text (stmt, 5, reference->number);
      opv_store_bind_text (stmt, 6, reference->url);
      if (!opv_store_step_done (self, stmt, error))
        goto fail;
    }

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}

/**
 * opv_store_reopen_round:
 *
 * Opens a sent round for changes again. The caller asks the user first;
 * the audit trail records who reopened it and when.
 */
gboolean
opv_store_reopen_round (OpvStore  *self,
                        gint64     round_id,
                        GError   **error)
{
  gint64 dossier_id;

  g_return_val_if_fail (OPV_IS_STORE (self), FALSE);

  if (!query_id (self, "SELECT dossier_id FROM round WHERE id = ? AND state = 'sent'", round_id, &dossier_id, error))
    return FALSE;
  if (dossier_id == 0)
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED, _("The round is not marked as sent"));
      return FALSE;
    }
  if (!edit_begin (self, N_("Reopen the round"), dossier_id, 0, error))
    return FALSE;

  if (!run_with_ids (self, "UPDATE round SET state = 'open', sent_on = '' WHERE id = ?1", round_id, 0, error) ||
      !run_with_ids (self, "DELETE FROM kamerstuk WHERE round_id = ?1", round_id, 0, error))
    goto fail;

  return edit_commit (self, error);

fail:
  edit_abort (self);
  return FALSE;
}
