/* bench-core.c: what build-aux/bench measures inside the core, linked
 * against the release build's libopv-core.a
 *
 *   bench-core search DB QUERY…      every keystroke of each query, as typed
 *   bench-core switch DB SLUG        showing a dossier's list: the paged
 *                                    outline, and the whole dossier loaded
 *   bench-core memory DB SLUG paged|loaded
 *                                    peak RSS with the database open and the
 *                                    dossier listed
 *
 * Each prints lines "name value", which the script reads.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "opv-core.h"

#define SHOWN_ROWS 60   /* what a list pane of a maximised window shows, and some */

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

static OpvDossier *
find (OpvStore   *store,
      const char *slug)
{
  g_autoptr(GError) error = NULL;
  OpvDossier *dossier = opv_store_find_listed_dossier (store, slug, &error);

  if (dossier == NULL)
    g_error ("%s", error->message);
  return dossier;
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

/* Reads what a list shows first. */
static void
show_rows (GListModel *model)
{
  guint n = MIN (g_list_model_get_n_items (model), SHOWN_ROWS);

  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));
}

static int
run_switch (int    argc,
            char **argv)
{
  g_autoptr(OpvStore) store = open_store (argv[2]);
  g_autoptr(OpvDossier) listed = find (store, argv[3]);
  OpvRound *round = opv_dossier_get_newest_round (listed);
  g_autoptr(GError) error = NULL;

  for (int run = 0; run < 5; run++)
    {
      double start = now_ms ();
      g_autoptr(OpvOutlineModel) model = opv_outline_model_new (store, opv_dossier_get_id (listed),
                                                                round ? opv_round_get_id (round) : 0, &error);

      if (model == NULL)
        g_error ("%s", error->message);
      show_rows (G_LIST_MODEL (model));
      printf ("paged %.3f %u\n", now_ms () - start, g_list_model_get_n_items (G_LIST_MODEL (model)));
    }

  /* What the window does today: the whole dossier, as objects. */
  for (int run = 0; run < 3; run++)
    {
      double start = now_ms ();
      g_autoptr(OpvDossier) dossier = opv_store_load_dossier (store, opv_dossier_get_id (listed), &error);

      if (dossier == NULL)
        g_error ("%s", error->message);
      printf ("loaded %.3f %u\n", now_ms () - start, opv_dossier_get_n_items (dossier));
    }
  return 0;
}

static double
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line ? g_ascii_strtod (line + strlen (field) + 1, NULL) : -1;
}

static int
run_memory (int    argc,
            char **argv)
{
  g_autoptr(OpvStore) store = open_store (argv[2]);
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(OpvDossier) listed = find (store, argv[3]);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvOutlineModel) model = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  OpvRound *round = opv_dossier_get_newest_round (listed);

  /* The window lists every dossier. */
  dossiers = opv_store_list_dossiers (store, &error);
  if (dossiers == NULL)
    g_error ("%s", error->message);

  if (g_str_equal (argv[4], "paged"))
    {
      guint n;

      model = opv_outline_model_new (store, opv_dossier_get_id (listed), round ? opv_round_get_id (round) : 0, &error);
      if (model == NULL)
        g_error ("%s", error->message);
      show_rows (G_LIST_MODEL (model));
      /* Scrolled through from top to bottom */
      n = g_list_model_get_n_items (G_LIST_MODEL (model));
      for (guint i = 0; i < n; i++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
      printf ("rows %u\n", n);
    }
  else
    {
      dossier = opv_store_load_dossier (store, opv_dossier_get_id (listed), &error);
      if (dossier == NULL)
        g_error ("%s", error->message);
      printf ("rows %u\n", opv_dossier_get_n_items (dossier));
    }

  printf ("rss_kb %.0f\n", status_kb ("VmRSS:"));
  printf ("peak_kb %.0f\n", status_kb ("VmHWM:"));
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc >= 4 && g_str_equal (argv[1], "search"))
    return run_search (argc, argv);
  if (argc == 4 && g_str_equal (argv[1], "switch"))
    return run_switch (argc, argv);
  if (argc == 5 && g_str_equal (argv[1], "memory"))
    return run_memory (argc, argv);

  fprintf (stderr, "usage: bench-core search DB QUERY… | switch DB SLUG | memory DB SLUG paged|loaded\n");
  return 2;
}
