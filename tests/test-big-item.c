/* test-big-item.c: how long the window takes to show an item far bigger
 * than any real one, to scroll through it and to type in it
 *
 * Three items: one as the seeds have them, one with 10,000 follow-ups and
 * one with a single follow-up of 1 MB. For each, the time from selecting it
 * to the first frame, and every frame while scrolling through it and while
 * the window is resized, are measured and printed; for the 1 MB follow-up
 * also every frame while typing in its editor, whose text must stay whole.
 *
 * The requirement (issue 7) is no freeze over 100 ms while scrolling or
 * typing. On a shared machine under Xvfb a single frame can take longer
 * for reasons of its own (another build, the X server), so the test
 * asserts the median frame against 100 ms, and every frame against
 * 300 ms: a pane that lays out all its texts again takes seconds a frame
 * and fails both. Selecting an item is neither scrolling nor typing; its
 * first frame builds the whole pane and is held to 300 ms. Set
 * OPV_FRAME_BUDGET_STRICT=0 to report a miss as TAP "# TODO" instead, on a
 * machine too slow for the figures (under a sanitizer, say).
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "opv-core.h"
#include "opv-test-util.h"
#include "opv-item-view-private.h"
#include "opv-ui-util.h"
#include "opv-window-private.h"

#define BUDGET_MS        100.0   /* the median frame while scrolling, resizing or typing */
#define WORST_MS         300.0   /* any one frame */
#define SELECT_BUDGET_MS 300.0   /* selecting an item, to its first frame */
#define N_KEYSTROKES     10
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
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (f->window)),
                                        on_after_paint_cb, NULL);
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_clear_object (&f->store);

  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

typedef struct
{
  const char *code;
  const char *what;
  gboolean    type;     /* type into the follow-up's editor too */
} Case;

static const Case cases[] = {
  { "1.1", "3 follow-ups, as the seeds have", FALSE },
  { "1.2", "10,000 follow-ups", FALSE },
  { "1.3", "one follow-up of 1 MB", TRUE },
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *frames)
{
  g_array_sort (frames, compare_doubles);
  return frames->len ? g_array_index (frames, double, frames->len / 2) : 0;
}

/* Opens the editor of the item's first follow-up and types into it, a
 * frame a keystroke; the editor holds the whole text. */
static void
type_in_editor (Fixture *f,
                GArray  *frames)
{
  OpvItemView *view = f->window->item_view;
  OpvFollowupRow *row = OPV_FOLLOWUP_ROW (gtk_list_box_get_row_at_index (view->followup_list, 0));
  gint64 id = opv_followup_row_get_id (row);
  gsize saved = strlen (row->text);
  g_autofree char *typed = NULL;
  GtkTextBuffer *buffer;
  gint64 start;

  /* The row shows an excerpt; the store and the row keep all of it. */
  g_assert_cmpuint (saved, >=, BIG_FOLLOWUP - 1);
  g_assert_cmpuint (g_utf8_strlen (gtk_label_get_label (row->text_label), -1), <=, OPV_FOLLOWUP_EXCERPT_CHARS + 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row->whole_text_button)));

  start = g_get_monotonic_time ();
  g_signal_emit_by_name (view->followup_list, "row-activated", row);
  while ((row = opv_item_view_find_followup_row (view, id)) == NULL || !opv_followup_row_get_editing (row))
    g_main_context_iteration (NULL, TRUE);
  g_array_append_val (frames, (double) { wait_for_frame (f->window, start) });

  buffer = gtk_text_view_get_buffer (opv_text_card_get_text_view (row->text_card));
  for (guint i = 0; i < N_KEYSTROKES; i++)
    {
      start = g_get_monotonic_time ();
      gtk_text_buffer_insert_interactive_at_cursor (buffer, "x", 1, TRUE);
      g_array_append_val (frames, (double) { wait_for_frame (f->window, start) });
    }

  typed = opv_followup_row_dup_text (row);
  g_assert_cmpuint (strlen (typed), ==, saved + N_KEYSTROKES);
}

static void
test_frames (Fixture       *f,
             gconstpointer  data)
{
  const Case *c = data;
  GtkAdjustment *adjustment;
  double set_item_ms, select_ms, scroll_max = 0, resize_ms, typing_median = 0, all_median, worst;
  g_autoptr(GArray) scrolls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) typing = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;
  g_autofree char *figures = NULL;
  g_autoptr(GString) misses = g_string_new (NULL);

  /* Selecting the item: loading it into the pane, layout and a frame. */
  start = g_get_monotonic_time ();
  g_assert_true (opv_window_select_item (f->window, c->code));
  /* Selecting sets the item on the pane at once; layout waits for the frame. */
  set_item_ms = (g_get_monotonic_time () - start) / 1000.0;
  select_ms = wait_for_frame (f->window, start);

  /* Scrolling through it, a page at a time. */
  adjustment = gtk_scrolled_window_get_vadjustment (f->window->item_view->scroller);
  for (double value = 0;
       value < gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) &&
       scrolls->len < 40;
       value += MAX (gtk_adjustment_get_page_size (adjustment),
                     gtk_adjustment_get_upper (adjustment) / 40))
    {
      double ms;

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, value);
      ms = wait_for_frame (f->window, start);
      scroll_max = MAX (scroll_max, ms);
      g_array_append_val (scrolls, ms);
      g_array_append_val (all, ms);
    }

  /* A narrower window: every text wraps anew. */
  start = g_get_monotonic_time ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 760);
  resize_ms = wait_for_frame (f->window, start);
  g_array_append_val (all, resize_ms);

  if (c->type)
    {
      type_in_editor (f, typing);
      g_array_append_vals (all, typing->data, typing->len);
      typing_median = median (typing);
    }

  all_median = median (all);
  worst = all->len ? g_array_index (all, double, all->len - 1) : 0;
  figures = g_strdup_printf ("%s: select and first frame %.0f ms (of which building the pane %.0f ms); "
                             "%u scroll frames, median %.0f ms, slowest %.0f ms; resize frame %.0f ms; "
                             "%u typing frames, median %.0f ms; pane %.0f px tall",
                             c->what, select_ms, set_item_ms, scrolls->len, median (scrolls), scroll_max,
                             resize_ms, typing->len, typing_median, gtk_adjustment_get_upper (adjustment));
  g_test_message ("%s", figures);

  if (select_ms > SELECT_BUDGET_MS)
    g_string_append_printf (misses, "selecting took over %.0f ms; ", SELECT_BUDGET_MS);
  if (all_median > BUDGET_MS)
    g_string_append_printf (misses, "the median frame took over %.0f ms; ", BUDGET_MS);
  if (worst > WORST_MS)
    g_string_append_printf (misses, "a frame took over %.0f ms; ", WORST_MS);

  if (misses->len > 0)
    {
      g_autofree char *why = g_strdup_printf ("%s%s", misses->str, figures);

      if (g_strcmp0 (g_getenv ("OPV_FRAME_BUDGET_STRICT"), "0") == 0)
        g_test_incomplete (why);
      else
        g_error ("%s", why);
    }
}

/* A follow-up added at the end of a round of 10,000 is saved without
 * building a row for each follow-up before it: focus goes to the row that
 * shows more, which counts it. */
static void
test_add_to_long_round (Fixture       *f,
                        gconstpointer  data)
{
  OpvItemView *view = f->window->item_view;
  OpvFollowupRow *row;
  GtkTextBuffer *buffer;
  GtkWidget *focus;
  guint n_rows = 0;
  gint64 start;
  double ms;

  g_assert_true (opv_window_select_item (f->window, "1.2"));
  iterate ();

  g_signal_emit_by_name (view->add_followup_button, "clicked");
  iterate ();
  row = opv_item_view_find_followup_row (view, -1);
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row->code_entry), "1.2.10001");
  buffer = gtk_text_view_get_buffer (opv_text_card_get_text_view (row->text_card));
  gtk_text_buffer_set_text (buffer, "Toegevoegd aan het eind", -1);
  iterate ();

  start = g_get_monotonic_time ();
  g_signal_emit_by_name (row->apply_button, "clicked");
  ms = wait_for_frame (f->window, start);
  g_test_message ("applying a follow-up added at the end of 10,000: %.0f ms to the first frame", ms);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view->followup_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_rows++;
  /* A page of rows and the row that shows more */
  g_assert_cmpuint (n_rows, <=, OPV_FOLLOWUP_PAGE + 1);
  g_assert_nonnull (view->more_row);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == view->more_row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (view->more_row)), "10,001"));
  if (ms > WORST_MS && g_strcmp0 (g_getenv ("OPV_FRAME_BUDGET_STRICT"), "0") != 0)
    g_error ("applying took %.0f ms, over %.0f ms", ms, WORST_MS);
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

  g_test_add ("/big-item/add-to-long-round", Fixture, NULL, fixture_set_up, test_add_to_long_round, fixture_tear_down);

  return g_test_run ();
}
