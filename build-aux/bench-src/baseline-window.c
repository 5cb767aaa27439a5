/* baseline-window.c: the least a libadwaita application shows, for
 * build-aux/bench to compare Opvolging's start with
 *
 * An AdwApplication (registered on the session bus, as Opvolging is) with
 * one AdwApplicationWindow of the same size holding a header bar and a
 * label. With OPV_EXIT_AFTER_FIRST_FRAME set it prints, as Opvolging does,
 * "first-frame <microseconds on CLOCK_MONOTONIC>" once the first frame is
 * painted, and quits.
 *
 * cc -O2 -o baseline-window baseline-window.c $(pkg-config --cflags --libs libadwaita-1)
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include <stdio.h>
#include <adwaita.h>

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, app);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (app);
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Opvolging"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));

  if (g_getenv ("OPV_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), app);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.opvolging.BaselineWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
