/* opv-bench-driver.c: the window's part of build-aux/bench
 *
 * With OPV_BENCH_SWITCH=SLUG the application, once its window shows a
 * dossier, switches to the dossier SLUG and measures until the list is
 * painted, scrolls that list to its end and measures until it is painted
 * again, switches back, and does all that RUNS times. It prints
 *
 *   switch MS N R  from choosing the dossier of N items to its list
 *                  painted, having read R rows
 *   scroll MS      from selecting the list's last item (as End does) to
 *                  the list's end and the item's detail painted
 *   peak-kb KB     the process's peak resident memory (VmHWM)
 *   rss-kb KB      its resident memory at the end (VmRSS)
 *
 * and quits. Nothing here runs without the variable.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "opv-bench-driver.h"
#include "opv-window-private.h"

#define RUNS 5

typedef enum
{
  WAIT_FOR_DOSSIER,
  SWITCHED,
  SCROLLED,
  SWITCHED_BACK,
} Phase;

typedef struct
{
  GApplication *app;
  OpvWindow    *window;
  char         *slug;
  char         *home;     /* the dossier shown at the start */
  Phase         phase;
  guint         idle;
  int           run;
  gint64        start;
} Driver;

static void
driver_free (Driver *d)
{
  g_clear_handle_id (&d->idle, g_source_remove);
  g_free (d->slug);
  g_free (d->home);
  g_free (d);
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

static double
elapsed_ms (Driver *d)
{
  return (g_get_monotonic_time () - d->start) / 1000.0;
}

/* The next step runs from an idle, after the frame that ended this one. */
static gboolean
step_cb (gpointer data)
{
  Driver *d = data;
  OpvDossier *shown = opv_window_get_dossier (d->window);
  guint n;

  d->idle = 0;

  switch (d->phase)
    {
    case WAIT_FOR_DOSSIER:
      if (shown == NULL || opv_store_get_check_pending (opv_window_get_store (d->window)))
        return G_SOURCE_REMOVE;
      d->home = g_strdup (opv_dossier_get_slug (shown));
      G_GNUC_FALLTHROUGH;
    case SWITCHED_BACK:
      if (d->run == RUNS)
        {
          printf ("peak-kb %.0f\nrss-kb %.0f\n", status_kb ("VmHWM:"), status_kb ("VmRSS:"));
          fflush (stdout);
          g_application_quit (d->app);
          return G_SOURCE_REMOVE;
        }
      d->run++;
      d->phase = SWITCHED;
      d->start = g_get_monotonic_time ();
      if (!opv_window_select_dossier (d->window, d->slug))
        g_error ("There is no dossier %s", d->slug);
      break;
    case SWITCHED:
      printf ("switch %.3f %u %u\n", elapsed_ms (d), opv_dossier_get_n_items (shown),
              d->window->outline ? opv_outline_model_get_n_loaded (d->window->outline) : 0);
      d->phase = SCROLLED;
      d->start = g_get_monotonic_time ();
      /* As End in the list does: the last item selected, and shown. */
      n = g_list_model_get_n_items (G_LIST_MODEL (d->window->selection));
      gtk_single_selection_set_selected (d->window->selection, n > 0 ? n - 1 : 0);
      gtk_widget_activate_action (GTK_WIDGET (d->window->item_list), "list.scroll-to-item", "u", n > 0 ? n - 1 : 0);
      break;
    case SCROLLED:
      printf ("scroll %.3f\n", elapsed_ms (d));
      d->phase = SWITCHED_BACK;
      opv_window_select_dossier (d->window, d->home);
      break;
    default:
      g_assert_not_reached ();
    }
  fflush (stdout);
  gtk_widget_queue_draw (GTK_WIDGET (d->window));
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Driver        *d)
{
  if (d->idle == 0)
    d->idle = g_idle_add (step_cb, d);
}

/**
 * opv_bench_driver_start:
 *
 * Starts the measurements when OPV_BENCH_SWITCH is set.
 */
void
opv_bench_driver_start (GApplication *app,
                        OpvWindow    *window)
{
  const char *slug = g_getenv ("OPV_BENCH_SWITCH");
  GdkFrameClock *clock;
  Driver *d;

  if (slug == NULL || (clock = gtk_widget_get_frame_clock (GTK_WIDGET (window))) == NULL)
    return;

  d = g_new0 (Driver, 1);
  d->app = app;
  d->window = window;
  d->slug = g_strdup (slug);
  g_object_set_data_full (G_OBJECT (window), "opv-bench-driver", d, (GDestroyNotify) driver_free);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), d);
}
