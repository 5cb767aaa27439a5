/* opv-store.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-dossier.h"
#include "opv-search.h"

G_BEGIN_DECLS

#define OPV_STORE_ERROR (opv_store_error_quark ())

typedef enum
{
  OPV_STORE_ERROR_OPEN,          /* the file cannot be opened or created */
  OPV_STORE_ERROR_NOT_DATABASE,  /* the file is not an SQLite database */
  OPV_STORE_ERROR_CORRUPT,       /* the database is damaged */
  OPV_STORE_ERROR_FOREIGN,       /* an SQLite database of another application */
  OPV_STORE_ERROR_TOO_NEW,       /* made by a newer version of Opvolging */
  OPV_STORE_ERROR_BUSY,          /* another process holds the database */
  OPV_STORE_ERROR_READ_ONLY,
  OPV_STORE_ERROR_EXISTS,
  OPV_STORE_ERROR_NOT_FOUND,
  OPV_STORE_ERROR_AMBIGUOUS,
  OPV_STORE_ERROR_FAILED,
} OpvStoreError;

/* How to open a database. */
typedef enum
{
  OPV_STORE_OPEN_DEFAULT      = 0,
  OPV_STORE_OPEN_READ_ONLY    = 1 << 0,  /* never write, even to a writable file */
  OPV_STORE_OPEN_IGNORE_LOCKS = 1 << 1,  /* read-only, as last saved, without waiting for another program */
  OPV_STORE_OPEN_CHECK_LATER  = 1 << 2,  /* a large file's page check waits for opv_store_check_in_background() */
} OpvStoreOpenFlags;

/* Whether the store can write, and if not, why. */
typedef enum
{
  OPV_STORE_ACCESS_READ_WRITE,
  OPV_STORE_ACCESS_READ_ONLY_ASKED,    /* the caller asked for read-only */
  OPV_STORE_ACCESS_READ_ONLY_FILE,     /* the file is write-protected */
  OPV_STORE_ACCESS_READ_ONLY_FOLDER,   /* its folder is, so no journal can be written */
  OPV_STORE_ACCESS_READ_ONLY_IN_USE,   /* another program holds it locked */
} OpvStoreAccess;

/* The schema version this build writes; PRAGMA user_version holds it. */
#define OPV_STORE_SCHEMA_VERSION 3

/* PRAGMA application_id of an Opvolging database: "OpvL". */
#define OPV_STORE_APPLICATION_ID 0x4F70764C

#define OPV_TYPE_STORE (opv_store_get_type ())

G_DECLARE_FINAL_TYPE (OpvStore, opv_store, OPV, STORE, GObject)

GQuark       opv_store_error_quark        (void);
char        *opv_store_default_path       (void);
OpvStore    *opv_store_open               (const char  *path,
                                           GError     **error);
OpvStore    *opv_store_open_full          (const char         *path,
                                           OpvStoreOpenFlags   flags,
                                           guint               keep_backups,
                                           GError            **error);
OpvStoreAccess opv_store_get_access       (OpvStore    *self);
gboolean     opv_store_is_read_only       (OpvStore    *self);
char        *opv_store_dup_access_message (OpvStore    *self);
OpvStore    *opv_store_open_for_reading   (const char  *path,
                                           GError     **error);
gboolean     opv_store_get_check_pending  (OpvStore    *self);
void         opv_store_check_in_background (OpvStore           *self,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
gboolean     opv_store_check_in_background_finish (OpvStore      *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);
const char  *opv_store_get_path           (OpvStore    *self);
int          opv_store_get_schema_version (OpvStore    *self);
gboolean     opv_store_is_new             (OpvStore    *self);
gboolean     opv_store_has_dossiers       (OpvStore    *self,
                                           GError     **error);
GListModel  *opv_store_list_dossiers      (OpvStore    *self,
                                           GError     **error);
OpvDossier  *opv_store_load_dossier       (OpvStore    *self,
                                           gint64       id,
                                           GError     **error);
OpvDossier  *opv_store_load_dossier_without_items (OpvStore *self,
                                           gint64       id,
                                           GError     **error);
OpvDossier  *opv_store_load_dossier_without_followups (OpvStore *self,
                                           gint64       id,
                                           GError     **error);
OpvItem     *opv_store_load_item          (OpvStore    *self,
                                           OpvDossier  *dossier,
                                           gint64       item_id,
                                           GError     **error);
OpvDossier  *opv_store_find_dossier       (OpvStore    *self,
                                           const char  *id_or_title,
                                           GError     **error);
OpvDossier  *opv_store_find_listed_dossier (OpvStore   *self,
                                           const char  *id_or_title,
                                           GError     **error);
gboolean     opv_store_import_dossier     (OpvStore    *self,
                                           OpvDossier  *dossier,
                                           GError     **error);
gboolean     opv_store_import_files       (OpvStore    *self,
                                           GFile      **files,
                                           guint        n_files,
                                           GPtrArray   *imported,
                                           GError     **error);
gboolean     opv_store_import_defaults    (OpvStore    *self,
                                           GError     **error);
char       **opv_store_list_default_dossiers (void);

/* Editing. Each call is one transaction and one step of undo; each change
 * is written to the audit trail with the time and the user's name. */

typedef enum
{
  OPV_ITEM_FIELD_CODE,
  OPV_ITEM_FIELD_TITLE,
  OPV_ITEM_FIELD_TEXT,
} OpvItemField;

typedef enum
{
  OPV_ENTRY_FIELD_STATUS,               /* a status id, or NULL for none */
  OPV_ENTRY_FIELD_TIMEFRAME,
  OPV_ENTRY_FIELD_EXPLANATION,
  OPV_ENTRY_FIELD_RESPONSIBILITY_NOTE,
  OPV_ENTRY_FIELD_TO_BE_DETERMINED,     /* "1" or "0" */
} OpvEntryField;

typedef struct
{
  char   *at;            /* ISO 8601, UTC */
  char   *user;
  char   *action;        /* edit, undo, redo */
  char   *description;   /* untranslated: show it with _() */
  char   *object;        /* item, entry, followup, … */
  char   *operation;     /* insert, update, delete */
  char   *field;
  char   *old_value;
  char   *new_value;
  gint64  edit;          /* the rows of one edit share it */
} OpvAuditEntry;

void         opv_audit_entry_free            (OpvAuditEntry *entry);

gboolean     opv_store_set_item_field        (OpvStore      *self,
                                              gint64         item_id,
                                              OpvItemField   field,
                                              const char    *value,
                                              GError       **error);
gboolean     opv_store_set_entry_wording     (OpvStore      *self,
                                              gint64         item_id,
                                              gint64         round_id,
                                              const char    *title,
                                              const char    *text,
                                              GError       **error);
gboolean     opv_store_set_entry_field       (OpvStore      *self,
                                              gint64         item_id,
                                              gint64         round_id,
                                              OpvEntryField  field,
                                              const char    *value,
                                              GError       **error);
gboolean     opv_store_add_responsibility    (OpvStore      *self,
                                              gint64         item_id,
                                              gint64         round_id,
                                              const char    *party_short_name,
                                              OpvRole        role,
                                              GError       **error);
gboolean     opv_store_set_responsibility_role (OpvStore    *self,
                                              gint64         item_id,
                                              gint64         round_id,
                                              gint64         party_id,
                                              OpvRole        role,
                                              GError       **error);
gboolean     opv_store_remove_responsibility (OpvStore      *self,
                                              gint64         item_id,
                                              gint64         round_id,
                                              gint64         party_id,
                                              GError       **error);
gint64       opv_store_add_followup          (OpvStore      *self,
                                              gint64         item_id,
                                              gint64         round_id,
                                              int            position,
                                              const char    *code,
                                              const char    *text,
                                              GError       **error);
gboolean     opv_store_update_followup       (OpvStore      *self,
                                              gint64         followup_id,
                                              const char    *code,
                                              const char    *text,
                                              GError       **error);
gboolean     opv_store_delete_followup       (OpvStore      *self,
                                              gint64         followup_id,
                                              GError       **error);
gboolean     opv_store_move_followup         (OpvStore      *self,
                                              gint64         followup_id,
                                              int            position,
                                              GError       **error);
gint64       opv_store_save_followup         (OpvStore      *self,
                                              gint64         followup_id,
                                              gint64         item_id,
                                              gint64         round_id,
                                              int            position,
                                              const char    *code,
                                              const char    *text,
                                              GPtrArray     *links,
                                              GPtrArray     *kamerstukken,
                                              GError       **error);
gboolean     opv_store_set_followup_sources  (OpvStore      *self,
                                              gint64         followup_id,
                                              GPtrArray     *links,
                                              GPtrArray     *kamerstukken,
                                              GError       **error);
gint64       opv_store_create_dossier        (OpvStore      *self,
                                              const char    *title,
                                              OpvDossierKind kind,
                                              GError       **error);
gboolean     opv_store_rename_dossier        (OpvStore      *self,
                                              gint64         dossier_id,
                                              const char    *title,
                                              const char    *short_name,
                                              GError       **error);
gboolean     opv_store_delete_dossier        (OpvStore      *self,
                                              gint64         dossier_id,
                                              GError       **error);
gboolean     opv_store_move_dossier          (OpvStore      *self,
                                              gint64         dossier_id,
                                              int            position,
                                              GError       **error);
gint64       opv_store_create_theme          (OpvStore      *self,
                                              gint64         dossier_id,
                                              int            position,
                                              const char    *number,
                                              const char    *title,
                                              GError       **error);
gboolean     opv_store_rename_theme          (OpvStore      *self,
                                              gint64         theme_id,
                                              const char    *number,
                                              const char    *title,
                                              GError       **error);
gboolean     opv_store_delete_theme          (OpvStore      *self,
                                              gint64         theme_id,
                                              GError       **error);
gboolean     opv_store_move_theme            (OpvStore      *self,
                                              gint64         theme_id,
                                              int            position,
                                              GError       **error);
gint64       opv_store_create_item           (OpvStore      *self,
                                              gint64         theme_id,
                                              const char    *code,
                                              const char    *title,
                                              GError       **error);
gboolean     opv_store_delete_item           (OpvStore      *self,
                                              gint64         item_id,
                                              GError       **error);
gboolean     opv_store_move_item             (OpvStore      *self,
                                              gint64         item_id,
                                              gint64         theme_id,
                                              int            position,
                                              GError       **error);
gboolean     opv_store_update_party          (OpvStore      *self,
                                              gint64         party_id,
                                              const char    *short_name,
                                              const char    *full_name,
                                              OpvPartyKind   kind,
                                              GError       **error);
gboolean     opv_store_merge_parties         (OpvStore      *self,
                                              gint64         party_id,
                                              gint64         into_party_id,
                                              GError       **error);
GListModel  *opv_store_list_parties          (OpvStore      *self,
                                              GError       **error);

gint64       opv_store_create_round          (OpvStore      *self,
                                              gint64         dossier_id,
                                              const char    *label,
                                              const char    *period,
                                              gboolean       carry_followups,
                                              GError       **error);
gboolean     opv_store_mark_round_sent       (OpvStore      *self,
                                              gint64         round_id,
                                              const char    *sent_on,
                                              const OpvKamerstuk *reference,
                                              GError       **error);
gboolean     opv_store_reopen_round          (OpvStore      *self,
                                              gint64         round_id,
                                              GError       **error);

gboolean     opv_store_can_undo              (OpvStore      *self);
gboolean     opv_store_can_redo              (OpvStore      *self);
const char  *opv_store_get_undo_description  (OpvStore      *self);
const char  *opv_store_get_redo_description  (OpvStore      *self);
gboolean     opv_store_undo                  (OpvStore      *self,
                                              gint64        *dossier_id,
                                              gint64        *item_id,
                                              GError       **error);
gboolean     opv_store_redo                  (OpvStore      *self,
                                              gint64        *dossier_id,
                                              gint64        *item_id,
                                              GError       **error);
GPtrArray   *opv_store_search                (OpvStore      *self,
                                              const char    *text,
                                              gint64         dossier_id,
                                              guint          limit,
                                              GError       **error);
GPtrArray   *opv_store_list_history          (OpvStore      *self,
                                              gint64         item_id,
                                              GError       **error);

G_END_DECLS
