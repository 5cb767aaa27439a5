/* opv-code.c: natural ordering of recommendation codes
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-code"

#include "config.h"

#include <string.h>

#include "opv-code.h"

/* A run of digits becomes a marker byte, its length in three digits and
 * the digits without leading zeros, so that a plain byte comparison (as
 * sqlite's ORDER BY does) puts 5.9 before 5.10, any number before any
 * letter, and shorter numbers before longer ones. */
#define NUMBER_MARK '\x01'
#define MAX_NUMBER_DIGITS 999

/**
 * opv_code_sort_key:
 * @code: a code such as "5.10", "9.1.2" or "Actielijn 3"
 *
 * Returns: (transfer full): a key whose byte order is the natural order of
 * codes: runs of digits compare as numbers, other characters without case.
 */
char *
opv_code_sort_key (const char *code)
{
  GString *key = g_string_new (NULL);
  const char *p = code ? code : "";

  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p))
        {
          const char *start = p;
          gsize len;

          while (*start == '0' && g_ascii_isdigit (start[1]))
            start++;
          for (p = start; g_ascii_isdigit (*p); p++)
            ;
          len = MIN ((gsize) (p - start), MAX_NUMBER_DIGITS);
          g_string_append_printf (key, "%c%03u", NUMBER_MARK, (guint) len);
          g_string_append_len (key, start, len);
        }
      else
        {
          gunichar c = g_utf8_get_char_validated (p, -1);

          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              p++;
              continue;
            }
          /* Separators sort before digits and letters, so "1.1" < "1.1.1" < "1.10". */
          if (c == '.' || c == ' ' || c == '-' || c == '/')
            g_string_append_c (key, ' ');
          else
            g_string_append_unichar (key, g_unichar_tolower (c));
          p = g_utf8_next_char (p);
        }
    }

  return g_string_free (key, FALSE);
}

int
opv_code_compare (const char *a,
                  const char *b)
{
  g_autofree char *ka = opv_code_sort_key (a);
  g_autofree char *kb = opv_code_sort_key (b);

  return strcmp (ka, kb);
}
