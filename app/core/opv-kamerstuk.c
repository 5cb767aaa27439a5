/* opv-kamerstuk.c: parliamentary paper references and links
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-kamerstuk"

#include "config.h"

#include <string.h>

#include "opv-kamerstuk.h"

G_DEFINE_BOXED_TYPE (OpvKamerstuk, opv_kamerstuk, opv_kamerstuk_copy, opv_kamerstuk_free)
G_DEFINE_BOXED_TYPE (OpvLink, opv_link, opv_link_copy, opv_link_free)

OpvKamerstuk *
opv_kamerstuk_new (OpvChamber  chamber,
                   const char *session,
                   const char *dossier,
                   const char *number,
                   const char *url)
{
  OpvKamerstuk *self = g_new0 (OpvKamerstuk, 1);

  self->chamber = chamber;
  self->session = g_strdup (session ? session : "");
  self->dossier = g_strdup (dossier ? dossier : "");
  self->number = g_strdup (number ? number : "");
  self->url = g_strdup (url);

  return self;
}

OpvKamerstuk *
opv_kamerstuk_copy (const OpvKamerstuk *self)
{
  return opv_kamerstuk_new (self->chamber, self->session, self->dossier, self->number, self->url);
}

void
opv_kamerstuk_free (OpvKamerstuk *self)
{
  if (self == NULL)
    return;
  g_free (self->session);
  g_free (self->dossier);
  g_free (self->number);
  g_free (self->url);
  g_free (self);
}

gboolean
opv_kamerstuk_equal (const OpvKamerstuk *a,
                     const OpvKamerstuk *b)
{
  return a->chamber == b->chamber &&
         g_strcmp0 (a->session, b->session) == 0 &&
         g_strcmp0 (a->dossier, b->dossier) == 0 &&
         g_strcmp0 (a->number, b->number) == 0 &&
         g_strcmp0 (a->url, b->url) == 0;
}

const char *
opv_chamber_to_id (OpvChamber chamber)
{
  switch (chamber)
    {
    case OPV_CHAMBER_FIRST:
      return "I";
    case OPV_CHAMBER_SECOND:
      return "II";
    case OPV_CHAMBER_UNKNOWN:
    default:
      return NULL;
    }
}

gboolean
opv_chamber_from_id (const char *id,
                     OpvChamber *chamber)
{
  if (g_strcmp0 (id, "I") == 0)
    *chamber = OPV_CHAMBER_FIRST;
  else if (g_strcmp0 (id, "II") == 0)
    *chamber = OPV_CHAMBER_SECOND;
  else
    return FALSE;
  return TRUE;
}

/**
 * opv_kamerstuk_format:
 *
 * Returns: (transfer full): the citation as Dutch parliamentary papers are
 * cited, "Kamerstukken II 2023/24, 30420, nr. 390". The citation form is
 * the same in English texts, so it is not translated.
 */
char *
opv_kamerstuk_format (const OpvKamerstuk *self)
{
  GString *s = g_string_new ("Kamerstukken");
  const char *chamber = opv_chamber_to_id (self->chamber);

  if (chamber != NULL)
    g_string_append_printf (s, " %s", chamber);
  if (self->session[0] != '\0')
    g_string_append_printf (s, " %s", self->session);
  if (self->dossier[0] != '\0')
    g_string_append_printf (s, ", %s", self->dossier);
  if (self->number[0] != '\0')
    g_string_append_printf (s, ", nr. %s", self->number);

  return g_string_free (s, FALSE);
}

/**
 * opv_kamerstuk_parse:
 * @text: a citation such as "Kamerstukken II 2023/24, 33 000 VIII, nr. 123"
 *
 * Reads the forms that letters to parliament use, with or without the
 * chamber and the sub-number, and with the common OCR slip "Il" for "II".
 *
 * Returns: (transfer full) (nullable): the reference, or %NULL when @text is
 * not a citation of parliamentary papers.
 */
OpvKamerstuk *
opv_kamerstuk_parse (const char *text)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *chamber_text = NULL;
  g_autofree char *session = NULL;
  g_autofree char *dossier = NULL;
  g_autofree char *number = NULL;
  OpvChamber chamber = OPV_CHAMBER_UNKNOWN;

  if (text == NULL || !g_utf8_validate (text, -1, NULL) || strlen (text) > 1024)
    return NULL;

  /* [0-9], not \\d: GRegex matches Unicode digits with \\d, and the session
   * is rebuilt from its ASCII digits below ("٢٠٢٣/24" left too few). */
  if (g_once_init_enter (&regex))
    {
      GRegex *r = g_regex_new ("^\\s*Kamerstuk(?:ken)?"
                               "(?:\\s+(I{1,2}|Il|lI|ll|1{1,2}))?"
                               "\\s*,?\\s*"
                               "([0-9]{4}\\s*[/-]\\s*[0-9]{2}(?:[0-9]{2})?)"
                               "\\s*,?\\s*"
                               "([0-9][0-9A-Za-z ;\\-]*?)"
                               "(?:\\s*,?\\s*nr\\.?\\s*([0-9A-Za-z]+))?"
                               "\\s*\\.?\\s*$",
                               G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex, r);
    }

  if (!g_regex_match (regex, text, 0, &match))
    return NULL;

  chamber_text = g_match_info_fetch (match, 1);
  session = g_match_info_fetch (match, 2);
  dossier = g_match_info_fetch (match, 3);
  number = g_match_info_fetch (match, 4);

  if (chamber_text != NULL && chamber_text[0] != '\0')
    chamber = strlen (chamber_text) == 1 ? OPV_CHAMBER_FIRST : OPV_CHAMBER_SECOND;

  /* Normalise "2023 / 24" and "2023-24" to "2023/24". */
  {
    g_autoptr(GString) s = g_string_new (NULL);
    for (const char *p = session; *p; p++)
      if (g_ascii_isdigit (*p))
        g_string_append_c (s, *p);
    if (s->len == 8)
      g_string_erase (s, 4, 2);
    g_string_insert_c (s, 4, '/');
    g_free (session);
    session = g_string_free (g_steal_pointer (&s), FALSE);
  }

  g_strstrip (dossier);
  if (dossier[0] == '\0')
    return NULL;

  return opv_kamerstuk_new (chamber, session, dossier, number ? number : "", NULL);
}

OpvLink *
opv_link_new (const char *label,
              const char *url)
{
  OpvLink *self = g_new0 (OpvLink, 1);

  self->label = g_strdup (label ? label : "");
  self->url = g_strdup (url);

  return self;
}

OpvLink *
opv_link_copy (const OpvLink *self)
{
  return opv_link_new (self->label, self->url);
}

void
opv_link_free (OpvLink *self)
{
  if (self == NULL)
    return;
  g_free (self->label);
  g_free (self->url);
  g_free (self);
}

gboolean
opv_link_equal (const OpvLink *a,
                const OpvLink *b)
{
  return g_strcmp0 (a->label, b->label) == 0 && g_strcmp0 (a->url, b->url) == 0;
}

/**
 * opv_uri_is_openable:
 *
 * Only web and mail addresses are handed to the desktop; a file: or
 * custom-scheme URI from an imported dossier could start anything.
 */
gboolean
opv_uri_is_openable (const char *uri)
{
  g_autofree char *scheme = NULL;

  if (uri == NULL || !g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    return FALSE;

  scheme = g_uri_parse_scheme (uri);
  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 ||
          g_ascii_strcasecmp (scheme, "https") == 0 ||
          g_ascii_strcasecmp (scheme, "mailto") == 0);
}
