/* main.c: picks the command line or the window
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include "opv-cli.h"
#include "opv-i18n.h"

int
main (int    argc,
      char **argv)
{
  int status;

  opv_i18n_init ();

  if (opv_cli_run (argc, argv, &status) == OPV_CLI_HANDLED)
    return status;

  return 0;
}
