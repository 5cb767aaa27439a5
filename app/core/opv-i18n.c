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

/**
 * opv_i18n_set_language:
 * @language: "nl" or "en"; anything else leaves the system's choice
 *
 * Speaks @language whatever the system locale says. Call it at start-up,
 * before anything is translated. Messages follow $LANGUAGE, which the C
 * library ignores under the "C" locale, so that one becomes C.UTF-8.
 */
void
opv_i18n_set_language (const char *language)
{
  const char *messages;

  if (g_strcmp0 (language, "nl") != 0 && g_strcmp0 (language, "en") != 0)
    return;

  g_setenv ("LANGUAGE", language, TRUE);
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
  /* A new textdomain() call makes gettext read $LANGUAGE again. */
  textdomain (GETTEXT_PACKAGE);
}
