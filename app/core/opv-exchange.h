/* opv-exchange.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-dossier.h"

G_BEGIN_DECLS

#define OPV_EXCHANGE_ERROR (opv_exchange_error_quark ())

typedef enum
{
  OPV_EXCHANGE_ERROR_SYNTAX,       /* not JSON, or not UTF-8 */
  OPV_EXCHANGE_ERROR_FORMAT,       /* not an Opvolging dossier, or a newer version */
  OPV_EXCHANGE_ERROR_INVALID,      /* a member is missing, mistyped or wrong */
  OPV_EXCHANGE_ERROR_TOO_LARGE,
} OpvExchangeError;

#define OPV_EXCHANGE_VERSION 1

GQuark      opv_exchange_error_quark (void);
OpvDossier *opv_exchange_read_bytes  (GBytes      *bytes,
                                      const char  *display_name,
                                      GError     **error);
OpvDossier *opv_exchange_read_file   (GFile       *file,
                                      GError     **error);
char       *opv_exchange_write       (OpvDossier  *dossier,
                                      gsize       *length);
gboolean    opv_exchange_write_file  (OpvDossier  *dossier,
                                      GFile       *file,
                                      GError     **error);

typedef struct _OpvExchangeStream OpvExchangeStream;

OpvExchangeStream *opv_exchange_stream_open        (GFile              *file,
                                                    gsize               stream_from,
                                                    GError            **error);
OpvDossier        *opv_exchange_stream_get_dossier (OpvExchangeStream  *self);
gboolean           opv_exchange_stream_next_item   (OpvExchangeStream  *self,
                                                    guint              *theme,
                                                    OpvItem           **item,
                                                    GError            **error);
gboolean           opv_exchange_stream_finish      (OpvExchangeStream  *self,
                                                    GError            **error);
void               opv_exchange_stream_free        (OpvExchangeStream  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvExchangeStream, opv_exchange_stream_free)

G_END_DECLS
