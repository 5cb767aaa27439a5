/* fuzz-kamerstuk.c: the citation parser for parliamentary papers
 *
 * Properties: a citation that parses has a session of the form YYYY/YY or
 * YYYY/YYYY and a dossier number; its formatted form parses to the same
 * reference. Which links may be opened is decided for any text without a
 * crash, and only http, https and mailto are ever allowed.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include "opv-kamerstuk.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = fuzz_strndup (data, size);
  g_autoptr(OpvKamerstuk) k = NULL;
  g_autoptr(OpvKamerstuk) again = NULL;
  g_autofree char *formatted = NULL;

  if (opv_uri_is_openable (text))
    {
      g_autofree char *scheme = g_uri_parse_scheme (text);

      FUZZ_CHECK (scheme != NULL &&
                  (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0 ||
                   g_ascii_strcasecmp (scheme, "mailto") == 0),
                  "“%s” may be opened", text);
    }

  k = opv_kamerstuk_parse (text);
  if (k == NULL)
    return 0;

  FUZZ_CHECK (g_utf8_validate (k->session, -1, NULL) && g_utf8_validate (k->dossier, -1, NULL) &&
              g_utf8_validate (k->number, -1, NULL), "parts that are not UTF-8");
  FUZZ_CHECK ((strlen (k->session) == 7 || strlen (k->session) == 9) && k->session[4] == '/',
              "session “%s”", k->session);
  FUZZ_CHECK (k->dossier[0] != '\0', "no dossier number");

  formatted = opv_kamerstuk_format (k);
  again = opv_kamerstuk_parse (formatted);
  FUZZ_CHECK (again != NULL, "“%s” (from “%s”) does not parse", formatted, text);
  FUZZ_CHECK (opv_kamerstuk_equal (k, again), "“%s” (from “%s”) parses to another reference", formatted, text);
  return 0;
}
