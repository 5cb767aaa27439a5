/* test-big-item.c: how long the window takes to show an item far bigger
 * than any real one, and to scroll through it
 *
 * Three items: one as the seeds have them, one with 10,000 follow-ups and
 * one with a single follow-up of 1 MB. For each, the time from selecting it
 * to the first frame, and the slowest frame while scrolling through it and
 * while the window is resized, are measured and printed. The budget is
 * 100 ms per frame (issue 7). The detail pane builds one row per follow-up
 * and lays out every text in full, so it does not meet the budget; until
 * the rewrite of the detail pane does, a frame over budget marks the test
 * incomplete (TAP "# TODO"), with the figures, rather than failing it.
 * Set OPV_FRAME_BUDGET_STRICT=1 to make it fail instead.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "opv-core.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

#define BUDGET_MS     100.0
#define N_FOLLOWUPS   10000
#define BIG_FOLLOWUP  (1024 * 1024)

typedef struct
{
  char      *dir;
  OpvStore  *store;
  OpvWindow *window;
} Fixture;

static gboolean painted;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  painted = TRUE;
}

static void
iterate (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Milliseconds from now until the window has painted a frame. */
static double
wait_for_frame (OpvWindow *window,
                gint64     start)
{
  painted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static OpvDossier *
big_dossier (void)
{
  OpvDossier *dossier = opv_dossier_new ("groot", "Groot", OPV_DOSSIER_KIND_RECOMMENDATIONS);
  g_autoptr(OpvRound) round = opv_round_new ("Ronde", "2024");
  g_autoptr(OpvTheme) theme = opv_theme_new ("1", "Thema");
  g_autoptr(GString) big = g_string_sized_new (BIG_FOLLOWUP + 32);
  static const char * const codes[] = { "1.1", "1.2", "1.3" };

  for (guint i = 0; big->len < BIG_FOLLOWUP; i++)
    g_string_append_printf (big, "woord%u%s", i, i % 12 == 11 ? "\n" : " ");
  g_string_truncate (big, BIG_FOLLOWUP);

  opv_dossier_add_round (dossier, round);
  opv_dossier_add_theme (dossier, theme);

  for (guint k = 0; k < G_N_ELEMENTS (codes); k++)
    {
      g_autoptr(OpvItem) item = opv_item_new (codes[k], "Een aanbeveling", "");
      g_autoptr(OpvEntry) entry = opv_entry_new (round);
      guint n = k == 0 ? 3 : k == 1 ? N_FOLLOWUPS : 1;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *text = g_strdup_printf ("Opvolging %05u: de minister heeft het gesprek gevoerd en de "
                                                   "Kamer geïnformeerd over de voortgang.", i);
          g_autoptr(OpvFollowup) fu = opv_followup_new ("", k == 2 ? big->str : text);

          opv_entry_add_followup (entry, fu);
        }
      opv_entry_set_status (entry, OPV_STATUS_ONGOING);
      opv_item_add_entry (item, entry);
      opv_theme_add_item (theme, item);
    }

  return dossier;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = big_dossier ();
  g_autofree char *path = NULL;
  GdkFrameClock *clock;

  f->dir = g_dir_make_tmp ("opv-big-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "big.db", NULL);
  f->store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_dossier (f->store, dossier, &error));
  g_assert_no_error (error);

  f->window = opv_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  iterate ();
  g_assert_true (opv_window_select_dossier (f->window, "groot"));
  iterate ();

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (f->window)),
                                        on_after_paint_cb, NULL);
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_clear_object (&f->store);

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

typedef struct
{
  const char *code;
  const char *what;
  const char *opt_in;   /* an environment variable that must be 1, or NULL */
} Case;

/* The 1 MB follow-up takes about two minutes to lay out and then makes
 * GtkLabel report a negative height (a Gtk-WARNING): its text is measured
 * at the label's narrowest width, a word a line, and the height overflows
 * Pango's 32-bit units past 2,097,151 px. It runs on request only. */
static const Case cases[] = {
  { "1.1", "3 follow-ups, as the seeds have", NULL },
  { "1.2", "10,000 follow-ups", NULL },
  { "1.3", "one follow-up of 1 MB", "OPV_BIG_ITEM_1MB" },
};

static void
test_frames (Fixture       *f,
             gconstpointer  data)
{
  const Case *c = data;
  GtkAdjustment *adjustment;
  double set_item_ms, select_ms, scroll_max = 0, scroll_total = 0, resize_ms;
  guint n_scrolls = 0;
  gint64 start;
  g_autofree char *figures = NULL;

  if (c->opt_in != NULL && g_strcmp0 (g_getenv (c->opt_in), "1") != 0)
    {
      g_autofree char *why = g_strdup_printf ("%s: takes minutes and overflows GtkLabel's height; "
                                              "set %s=1 to run it", c->what, c->opt_in);
      g_test_skip (why);
      return;
    }
  if (c->opt_in != NULL)
    /* The Gtk-WARNING is the finding; let the measurement finish. */
    g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  /* Selecting the item: loading it into the pane, layout and a frame. */
  start = g_get_monotonic_time ();
  g_assert_true (opv_window_select_item (f->window, c->code));
  /* Selecting sets the item on the pane at once; layout waits for the frame. */
  set_item_ms = (g_get_monotonic_time () - start) / 1000.0;
  select_ms = wait_for_frame (f->window, start);

  /* Scrolling through it, a page at a time, and a little back. */
  adjustment = gtk_scrolled_window_get_vadjustment (f->window->item_view->scroller);
  for (double value = 0;
       value < gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) &&
       n_scrolls < (c->opt_in != NULL ? 2 : 40);
       value += MAX (gtk_adjustment_get_page_size (adjustment),
                     gtk_adjustment_get_upper (adjustment) / 40))
    {
      double ms;

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, value);
      ms = wait_for_frame (f->window, start);
      scroll_max = MAX (scroll_max, ms);
      scroll_total += ms;
      n_scrolls++;
    }

  /* A narrower window: every text wraps anew. */
  start = g_get_monotonic_time ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 760);
  resize_ms = wait_for_frame (f->window, start);

  figures = g_strdup_printf ("%s: select and first frame %.0f ms (of which building the pane %.0f ms); "
                             "%u scroll frames, slowest %.0f ms, mean %.0f ms; resize frame %.0f ms; "
                             "pane %.0f px tall",
                             c->what, select_ms, set_item_ms, n_scrolls, scroll_max,
                             n_scrolls ? scroll_total / n_scrolls : 0, resize_ms,
                             gtk_adjustment_get_upper (adjustment));
  g_test_message ("%s", figures);

  if (MAX (MAX (select_ms, scroll_max), resize_ms) > BUDGET_MS)
    {
      g_autofree char *why = g_strdup_printf ("over the %.0f ms frame budget: %s", BUDGET_MS, figures);

      if (g_strcmp0 (g_getenv ("OPV_FRAME_BUDGET_STRICT"), "1") == 0)
        g_error ("%s", why);
      g_test_incomplete (why);
    }
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display; run under xvfb-run\n");
      return 0;
    }

  opv_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  opv_ui_init ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/big-item/%s", cases[i].code);
      g_test_add (path, Fixture, &cases[i], fixture_set_up, test_frames, fixture_tear_down);
    }

  return g_test_run ();
}
