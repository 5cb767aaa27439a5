/* opv-cli-private.h: what the command-line verbs share
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

#include "opv-store.h"

G_BEGIN_DECLS

typedef struct
{
  char     *database;
  gboolean  read_only;
  gboolean  fills_new_database;
} OpvCliContext;

void      opv_cli_error       (const char     *format,
                               ...) G_GNUC_PRINTF (1, 2);
OpvStore *opv_cli_open_store  (OpvCliContext  *ctx);
char     *opv_cli_database_path (OpvCliContext *ctx);
guint     opv_cli_backup_count (void);
void      opv_cli_print_field (GString        *line,
                               const char     *text,
                               gboolean        last);
gboolean  opv_cli_parse       (OpvCliContext  *ctx,
                               const char     *verb,
                               const char     *parameters,
                               const char     *summary,
                               GOptionEntry   *entries,
                               int            *argc,
                               char         ***argv,
                               int            *status);

G_END_DECLS
