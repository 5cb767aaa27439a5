/* main.c: picks the command line or the window
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include "opv-application.h"
#include "opv-cli.h"
#include "opv-i18n.h"
#include "opv-ui-util.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(OpvApplication) app = NULL;
  int status;

  opv_i18n_init ();

  if (opv_cli_run (argc, argv, &status) == OPV_CLI_HANDLED)
    return status;

  /* opv_i18n_init() set the locale; GTK must not set it again, or the
   * interface language chosen in the preferences would be lost under the
   * "C" locale. */
  gtk_disable_setlocale ();
  opv_ui_apply_language ();
  app = opv_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
