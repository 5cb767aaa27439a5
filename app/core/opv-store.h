/* opv-store.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-dossier.h"

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

/* The schema version this build writes; PRAGMA user_version holds it. */
#define OPV_STORE_SCHEMA_VERSION 1

/* PRAGMA application_id of an Opvolging database: "OpvL". */
#define OPV_STORE_APPLICATION_ID 0x4F70764C

#define OPV_TYPE_STORE (opv_store_get_type ())

G_DECLARE_FINAL_TYPE (OpvStore, opv_store, OPV, STORE, GObject)

GQuark       opv_store_error_quark        (void);
char        *opv_store_default_path       (void);
OpvStore    *opv_store_open               (const char  *path,
                                           GError     **error);
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
OpvDossier  *opv_store_find_dossier       (OpvStore    *self,
                                           const char  *id_or_title,
                                           GError     **error);
gboolean     opv_store_import_dossier     (OpvStore    *self,
                                           OpvDossier  *dossier,
                                           GError     **error);
gboolean     opv_store_import_defaults    (OpvStore    *self,
                                           GError     **error);
char       **opv_store_list_default_dossiers (void);

G_END_DECLS
