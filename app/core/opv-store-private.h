/* opv-store-private.h: what the store's files share
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <sqlite3.h>

#include "opv-store.h"

G_BEGIN_DECLS

typedef struct _OpvUndoStep OpvUndoStep;

struct _OpvStore
{
  GObject     parent_instance;
  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* const char *sql → sqlite3_stmt* */
  int         schema_version;
  gboolean    is_new;       /* the file held no database before we opened it */
  OpvStoreAccess access;
  GPtrArray  *undo;         /* OpvUndoStep, oldest first */
  GPtrArray  *redo;         /* OpvUndoStep, the next to redo last */
  gint64      edit_serial;  /* numbers the audit trail's edits */
  struct _OpvEditState *edit;  /* the edit being made, or NULL */
  GHashTable *bulk_party_text; /* party id → indexed name, while a bulk load runs */

  /* The check of every page, when a large file's is left for later
   * (OPV_STORE_OPEN_CHECK_LATER): writes wait for it. */
  gint64      check_later_from; /* file size from which it is left for later; 0: never */
  GMutex      check_lock;
  GCond       check_cond;
  int         check_state;      /* OpvStoreCheck */
  GError     *check_error;      /* why it failed */
  gboolean    checked_elsewhere; /* a second connection (opv_store_open_for_reading()):
                                  * the app's store checks the file */
};

/* Files from this size on have their pages checked later, when the
 * caller asks for it; tests set it lower. */
void          opv_store_set_check_later_from (gint64 bytes);

int           opv_store_open_read_only_db  (const char    *path,
                                            gboolean       ignore_locks,
                                            sqlite3      **db);
gboolean      opv_store_set_sqlite_error   (OpvStore      *self,
                                            int            rc,
                                            const char    *what_failed,
                                            GError       **error);
sqlite3_stmt *opv_store_prepare            (OpvStore      *self,
                                            const char    *sql,
                                            GError       **error);
gboolean      opv_store_exec               (OpvStore      *self,
                                            const char    *sql,
                                            GError       **error);
gboolean      opv_store_step_done          (OpvStore      *self,
                                            sqlite3_stmt  *stmt,
                                            GError       **error);
gboolean      opv_store_begin              (OpvStore      *self,
                                            GError       **error);
gboolean      opv_store_commit             (OpvStore      *self,
                                            GError       **error);
void          opv_store_rollback           (OpvStore      *self);
void          opv_store_bind_text          (sqlite3_stmt  *stmt,
                                            int            index,
                                            const char    *text);
const char   *opv_store_column_text        (sqlite3_stmt  *stmt,
                                            int            column);
const char   *opv_store_column_text_or_null (sqlite3_stmt *stmt,
                                            int            column);
gboolean      opv_store_begin_bulk         (OpvStore      *self,
                                            GError       **error);
gboolean      opv_store_commit_bulk        (OpvStore      *self,
                                            GError       **error);
void          opv_store_rollback_bulk      (OpvStore      *self);
gboolean      opv_store_index_text         (OpvStore      *self,
                                            const char    *text,
                                            const char    *kind,
                                            gint64         dossier_id,
                                            gint64         item_id,
                                            gint64         round_id,
                                            gint64         source_id,
                                            GError       **error);
gboolean      opv_store_index_party        (OpvStore      *self,
                                            gint64         party_id,
                                            gint64         dossier_id,
                                            gint64         item_id,
                                            gint64         round_id,
                                            GError       **error);
void          opv_undo_step_free           (OpvUndoStep   *step);
void          opv_store_emit_changed       (OpvStore      *self,
                                            gint64         dossier_id,
                                            gint64         item_id);

G_END_DECLS
