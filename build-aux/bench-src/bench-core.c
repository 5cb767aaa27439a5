/* bench-core.c: what build-aux/bench measures inside the core, linked
 * against the release build's libopv-core.a
 *
 *   bench-core search DB QUERY…      every keystroke of each query, as typed
 *
 * It prints lines "name value", which the script reads. Switching
 * dossiers and memory are measured in the window itself
 * (app/ui/opv-bench-driver.c).
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <stdio.h>

#include "opv-core.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static OpvStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  OpvStore *store = opv_store_open (path, &error);

  if (store == NULL)
    g_error ("%s", error->message);
  return store;
}

/* A user types each query one character at a time; every keystroke asks
 * for the first 100 hits, as a result list would. */
static int
run_search (int    argc,
            char **argv)
{
  g_autoptr(OpvStore) store = open_store (argv[2]);

  for (int q = 3; q < argc; q++)
    {
      const char *query = argv[q];

      for (const char *end = g_utf8_next_char (query);; end = g_utf8_next_char (end))
        {
          g_autofree char *typed = g_strndup (query, end - query);
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) hits = NULL;
          double start = now_ms ();

          hits = opv_store_search (store, typed, 0, 100, &error);
          if (hits == NULL)
            g_error ("%s", error->message);
          printf ("keystroke %.3f %u %s\n", now_ms () - start, hits->len, typed);
          if (*end == '\0')
            break;
        }
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc >= 4 && g_str_equal (argv[1], "search"))
    return run_search (argc, argv);

  fprintf (stderr, "usage: bench-core search DB QUERY…\n");
  return 2;
}
