/* opv-util.h: small helpers shared by core
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* Like g_set_str() of GLib 2.76, which our pinned 2.74 API lacks. */
static inline gboolean
opv_set_str (char       **ptr,
             const char  *value)
{
  if (g_strcmp0 (*ptr, value) == 0)
    return FALSE;
  g_free (*ptr);
  *ptr = g_strdup (value);
  return TRUE;
}

static inline gboolean
opv_str_empty (const char *s)
{
  return s == NULL || s[0] == '\0';
}

/* Whether @s is empty or only white space. */
static inline gboolean
opv_str_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

G_END_DECLS
