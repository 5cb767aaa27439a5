/* opv-export.h: status tables as Excel workbooks
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-dossier.h"

G_BEGIN_DECLS

#define OPV_EXPORT_ERROR (opv_export_error_quark ())

typedef enum
{
  OPV_EXPORT_ERROR_WRITE,        /* the file could not be written (permission, full disk) */
  OPV_EXPORT_ERROR_LANGUAGE,     /* the export language's translation is not installed */
  OPV_EXPORT_ERROR_INVALID,      /* bad options, such as an unknown column */
  OPV_EXPORT_ERROR_FAILED,
} OpvExportError;

typedef enum
{
  OPV_EXPORT_LANGUAGE_NL,
  OPV_EXPORT_LANGUAGE_EN,
} OpvExportLanguage;

typedef enum
{
  OPV_EXPORT_LAYOUT_AUTO,              /* follows the dossier's kind */
  OPV_EXPORT_LAYOUT_RECOMMENDATIONS,   /* Aanbeveling | Verantwoordelijk | Status | Wanneer | Opvolging */
  OPV_EXPORT_LAYOUT_ACTIVITIES,        /* Activiteit | Status | Wanneer | Wie | Toelichting */
} OpvExportLayout;

/* The table's columns. Each layout puts them in its own order. */
typedef enum
{
  OPV_EXPORT_COLUMN_ITEM        = 1 << 0,   /* code and full text */
  OPV_EXPORT_COLUMN_PARTIES     = 1 << 1,   /* leads first, with "to be determined" and the note */
  OPV_EXPORT_COLUMN_STATUS      = 1 << 2,
  OPV_EXPORT_COLUMN_TIMEFRAME   = 1 << 3,
  OPV_EXPORT_COLUMN_FOLLOWUPS   = 1 << 4,   /* one "• " line per follow-up */
  OPV_EXPORT_COLUMN_EXPLANATION = 1 << 5,   /* the toelichting, with its sources */
} OpvExportColumns;

#define OPV_EXPORT_ALL_COLUMNS ((OpvExportColumns) 0x3f)

typedef struct
{
  OpvExportLanguage  language;
  OpvExportLayout    layout;
  /* 0 means every column of the layout, leaving out the ones that are
   * empty for every exported item; a non-zero set is written as given. */
  OpvExportColumns   columns;
  gboolean           summary;    /* a sheet with the number of items per status per theme */
  gboolean           legend;     /* a sheet with every status, its colour and meaning */
  gboolean           changes;    /* a sheet with what changed since the previous round */
  gboolean           mark_new;   /* "New" before follow-up added since the previous round */
  GPtrArray         *items;      /* (element-type OpvItem) (nullable): export only these */
  GArray            *item_ids;   /* (element-type gint64) (nullable): the same by id, for
                                  * opv_export_xlsx_from_store(); it wins over @items */
  char              *author;     /* document properties; NULL leaves them empty */
  char              *organisation;
  gint64             created;    /* seconds since 1970 for the properties; 0 is now */
} OpvExportOptions;

/* @fraction is between 0 and 1, or -1 while the workbook is compressed,
 * which takes most of the time and cannot report its progress. */
typedef void (*OpvExportProgress) (double   fraction,
                                   gpointer user_data);

GQuark            opv_export_error_quark          (void);
void              opv_export_options_init         (OpvExportOptions  *options);
void              opv_export_options_clear        (OpvExportOptions  *options);
OpvExportLayout   opv_export_resolve_layout       (OpvExportLayout    layout,
                                                   OpvDossier        *dossier);
OpvExportColumns  opv_export_layout_columns       (void);
gboolean          opv_export_parse_columns        (const char        *text,
                                                   OpvExportColumns  *columns,
                                                   GError           **error);
const char       *opv_export_column_id            (OpvExportColumns   column);
const char       *opv_export_column_msgid         (OpvExportColumns   column,
                                                   OpvExportLayout    layout);
const char       *opv_export_column_msgctxt       (OpvExportColumns   column,
                                                   OpvExportLayout    layout);
gboolean          opv_export_language_from_id     (const char        *id,
                                                   OpvExportLanguage *language);
const char       *opv_export_language_to_id       (OpvExportLanguage  language);
OpvExportLanguage opv_export_language_of_ui       (void);
char             *opv_export_default_filename     (OpvDossier        *dossier,
                                                   OpvRound          *round);
gboolean          opv_export_xlsx                 (OpvDossier        *dossier,
                                                   OpvRound          *round,
                                                   const OpvExportOptions *options,
                                                   const char        *path,
                                                   OpvExportProgress  progress,
                                                   gpointer           user_data,
                                                   GCancellable      *cancellable,
                                                   GError           **error);
gboolean          opv_export_xlsx_from_store      (const char        *database,
                                                   gint64             dossier_id,
                                                   gint64             round_id,
                                                   const OpvExportOptions *options,
                                                   const char        *path,
                                                   OpvExportProgress  progress,
                                                   gpointer           user_data,
                                                   GCancellable      *cancellable,
                                                   GError           **error);

G_END_DECLS
