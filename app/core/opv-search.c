/* opv-search.c: turning what a user types into a full-text query
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-search"

#include "config.h"

#include <string.h>

#include "opv-search.h"

#define MAX_TERMS  16
#define MAX_TEXT_BYTES  1000

/**
 * opv_search_build_query:
 * @text: what the user typed
 *
 * Builds an FTS5 query in which every word must occur, each as a prefix,
 * so that "meldpunt" finds "meldpunten" and "orienterende" (with the
 * index's folded diacritics) finds "oriënterende". Every word is quoted:
 * FTS5 syntax in the user's text ("NEAR", "*", "-", quotes) is searched for
 * as text, never run as an operator.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text has
 * no word to search for
 */
char *
opv_search_build_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  guint terms = 0;
  const char *p;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  for (p = text; terms < MAX_TERMS; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      /* Words are runs of letters and digits, as the index's tokenizer
       * (unicode61) splits them. */
      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)) && (gsize) (p - text) < MAX_TEXT_BYTES)
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          /* Inside FTS5 quotes only '"' is special, and a word has none. */
          g_string_append_printf (query, "\"%s\"*", word->str);
          g_string_truncate (word, 0);
          terms++;
        }

      if (c == 0 || (gsize) (p - text) >= MAX_TEXT_BYTES)
        break;
    }

  if (query->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&query), FALSE);
}

const char *
opv_search_where_to_id (OpvSearchWhere where)
{
  switch (where)
    {
    case OPV_SEARCH_IN_ITEM:
      return "item";
    case OPV_SEARCH_IN_FOLLOWUP:
      return "follow-up";
    case OPV_SEARCH_IN_EXPLANATION:
      return "explanation";
    case OPV_SEARCH_IN_PARTY:
      return "party";
    default:
      g_return_val_if_reached (NULL);
    }
}

void
opv_search_hit_free (OpvSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->dossier_slug);
  g_free (hit->dossier_name);
  g_free (hit->code);
  g_free (hit->title);
  g_free (hit->round_label);
  g_free (hit->snippet);
  g_free (hit);
}
