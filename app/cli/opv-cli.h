/* opv-cli.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OPV_CLI_START_GUI,     /* no command: the caller starts the window */
  OPV_CLI_HANDLED,       /* a command ran (or help was shown) */
} OpvCliResult;

OpvCliResult opv_cli_run (int    argc,
                          char **argv,
                          int   *exit_status);

G_END_DECLS
