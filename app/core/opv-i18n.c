/* opv-i18n.c: where the translations are
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "opv-i18n.h"

/**
 * opv_i18n_get_localedir:
 *
 * Returns: the folder with the compiled translations: $OPV_LOCALEDIR when
 * set (the build tree, for tests and build-aux/run), else the installed one
 */
const char *
opv_i18n_get_localedir (void)
{
  const char *dir = g_getenv ("OPV_LOCALEDIR");

  return dir != NULL && dir[0] != '\0' ? dir : LOCALEDIR;
}

void
opv_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, opv_i18n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
