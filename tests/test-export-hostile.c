/* test-export-hostile.c: texts a spreadsheet could take for formulas, and
 * an item far bigger than any real one, through the store and the exports
 *
 * Each workbook is read back with openpyxl by tests/check-xlsx-text.py.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "opv-core.h"
#include "opv-test-util.h"

#define PYTHON "/usr/bin/python3"

#define N_FOLLOWUPS   10000
#define BIG_FOLLOWUP  (1024 * 1024)   /* bytes */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Runs check-xlsx-text.py; a missing openpyxl skips the test. */
static void
run_checker (const char * const *args)
{
  g_autofree char *script = opv_test_srcdir_file ("check-xlsx-text.py", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing");
      return;
    }

  g_ptr_array_add (argv, (gpointer) PYTHON);
  g_ptr_array_add (argv, script);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", out);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
init_options (OpvExportOptions *options)
{
  opv_export_options_init (options);
  options->language = OPV_EXPORT_LANGUAGE_EN;
  options->summary = TRUE;
  options->legend = TRUE;
  options->created = 1700000000;
}

/* Texts that Excel, LibreOffice or a CSV import would run as a formula,
 * including DDE, in every place a dossier has text. */
static const char * const formulas[] = {
  "=1+1", "+31 6 12345678", "-1", "@SUM(A1:A2)", "=HYPERLINK(\"https://example.org\",\"klik\")",
  "=cmd|' /C calc'!A0", "-", "+", "@", "=",
};

static void
test_formulas_everywhere (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = opv_dossier_new ("formules", "=Formules", OPV_DOSSIER_KIND_RECOMMENDATIONS);
  g_autoptr(OpvRound) first = opv_round_new ("=Ronde 1", "2023");
  g_autoptr(OpvRound) second = opv_round_new ("+Ronde 2", "2024");
  g_autoptr(OpvParty) lead = opv_party_new ("=OCW", "@Onderwijs", OPV_PARTY_KIND_MINISTRY);
  g_autoptr(OpvParty) other = opv_party_new ("-VWS", "+Volksgezondheid", OPV_PARTY_KIND_MINISTRY);
  g_autoptr(OpvTheme) theme = opv_theme_new ("=1", "@Thema");
  g_autofree char *xlsx = g_build_filename (f->dir, "formulas.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *minimum = NULL;
  OpvExportOptions options;

  opv_dossier_set_short_name (dossier, "+Kort");
  opv_dossier_add_party (dossier, lead);
  opv_dossier_add_party (dossier, other);
  opv_dossier_add_round (dossier, first);
  opv_dossier_add_round (dossier, second);
  opv_dossier_add_theme (dossier, theme);
  opv_theme_set_wording (theme, second, "=Thema in ronde 2");

  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autoptr(OpvItem) item = opv_item_new ("", formulas[i], formulas[i]);
      g_autoptr(OpvEntry) before = opv_entry_new (first);
      g_autoptr(OpvEntry) after = opv_entry_new (second);
      g_autoptr(OpvFollowup) old_fu = opv_followup_new ("", formulas[i]);
      g_autoptr(OpvFollowup) new_fu = opv_followup_new ("", formulas[(i + 1) % G_N_ELEMENTS (formulas)]);
      g_autofree char *changed = g_strconcat (formulas[i], " 2", NULL);

      opv_entry_set_status (before, OPV_STATUS_IN_PROGRESS);
      opv_entry_set_timeframe (before, formulas[i]);
      opv_entry_set_explanation (before, formulas[i]);
      opv_entry_set_responsibility_note (before, formulas[i]);
      g_ptr_array_add (opv_entry_get_responsibilities (before), opv_responsibility_new (lead, OPV_ROLE_LEAD));
      g_ptr_array_add (opv_entry_get_links (before), opv_link_new (formulas[i], "https://example.org/"));
      opv_entry_add_followup (before, old_fu);
      opv_item_add_entry (item, before);

      /* Everything changes, so the Changes sheet quotes old and new. */
      opv_entry_set_status (after, OPV_STATUS_DELAYED);
      opv_entry_set_timeframe (after, changed);
      opv_entry_set_explanation (after, changed);
      g_ptr_array_add (opv_entry_get_responsibilities (after), opv_responsibility_new (other, OPV_ROLE_LEAD));
      opv_entry_add_followup (after, old_fu);
      opv_entry_add_followup (after, new_fu);
      opv_item_add_entry (item, after);

      opv_theme_add_item (theme, item);
    }

  init_options (&options);
  options.changes = TRUE;
  options.mark_new = TRUE;
  g_assert_true (opv_export_xlsx (dossier, second, &options, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Each item's text, timeframe, explanation and follow-up on the status
   * sheet, and its old and new values on the Changes sheet, at least. */
  minimum = g_strdup_printf ("%u", (guint) G_N_ELEMENTS (formulas) * 4);
  run_checker ((const char *[]) { "strings", xlsx, minimum, NULL });
  opv_export_options_clear (&options);

  /* The exchange file keeps them as they are. */
  {
    g_autofree char *json = opv_exchange_write (dossier, NULL);
    g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
    g_autoptr(OpvDossier) again = opv_exchange_read_bytes (bytes, "formulas.json", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (opv_dossier_get_title (again), ==, "=Formules");
    g_assert_nonnull (opv_dossier_find_party (again, "=OCW"));
  }
}

/* One item with 10,000 follow-ups, one of them 1 MB long: through the
 * exchange format, the store and the workbook, with nothing lost. */
static void
test_big_item (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = opv_dossier_new ("groot", "Groot", OPV_DOSSIER_KIND_RECOMMENDATIONS);
  g_autoptr(OpvRound) round = opv_round_new ("Ronde", "2024");
  g_autoptr(OpvTheme) theme = opv_theme_new ("1", "Thema");
  g_autoptr(OpvItem) item = opv_item_new ("1.1", "Een aanbeveling met veel opvolging", "");
  g_autoptr(OpvEntry) entry = opv_entry_new (round);
  g_autoptr(GString) big = g_string_sized_new (BIG_FOLLOWUP + 32);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "big.xlsx", NULL);
  g_autofree char *expected_path = g_build_filename (f->dir, "big.txt", NULL);
  g_autofree char *db_path = g_build_filename (f->dir, "big.db", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  OpvExportOptions options;
  gsize json_length;

  for (guint i = 0; big->len < BIG_FOLLOWUP; i++)
    g_string_append_printf (big, "woord%u%s", i, i % 12 == 11 ? "\n" : " ");
  g_string_truncate (big, BIG_FOLLOWUP);

  opv_dossier_add_round (dossier, round);
  opv_dossier_add_theme (dossier, theme);
  for (guint i = 0; i < N_FOLLOWUPS; i++)
    {
      g_autofree char *text = g_strdup_printf ("Opvolging %05u: de minister heeft het gesprek gevoerd en de "
                                               "Kamer geïnformeerd over de voortgang.", i);
      g_autoptr(OpvFollowup) fu = opv_followup_new ("", i == N_FOLLOWUPS / 2 ? big->str : text);

      opv_entry_add_followup (entry, fu);
      g_string_append_printf (expected, "\u2022 %s\n", opv_followup_get_text (fu));
    }
  opv_entry_set_status (entry, OPV_STATUS_ONGOING);
  opv_item_add_entry (item, entry);
  opv_theme_add_item (theme, item);

  /* The exchange format: written and read back to the same bytes. */
  g_timer_start (timer);
  json = opv_exchange_write (dossier, &json_length);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (json, json_length);
    g_autoptr(OpvDossier) again = opv_exchange_read_bytes (bytes, "big.json", &error);
    g_autofree char *rewritten = NULL;

    g_assert_no_error (error);
    rewritten = opv_exchange_write (again, NULL);
    g_assert_true (strcmp (json, rewritten) == 0);
  }
  g_test_message ("exchange: %.1f MB written and read back in %.2f s",
                  json_length / 1048576.0, g_timer_elapsed (timer, NULL));

  /* The store: imported in one transaction and loaded whole. */
  {
    g_autoptr(OpvStore) store = opv_store_open (db_path, &error);
    g_autoptr(OpvDossier) loaded = NULL;
    g_autoptr(GPtrArray) items = NULL;
    OpvEntry *loaded_entry;
    g_autoptr(OpvFollowup) middle = NULL;

    g_assert_no_error (error);
    g_timer_start (timer);
    g_assert_true (opv_store_import_dossier (store, dossier, &error));
    g_assert_no_error (error);
    g_test_message ("store: imported in %.2f s", g_timer_elapsed (timer, NULL));

    g_timer_start (timer);
    loaded = opv_store_find_dossier (store, "groot", &error);
    g_assert_no_error (error);
    g_test_message ("store: loaded in %.2f s", g_timer_elapsed (timer, NULL));
    items = opv_dossier_dup_items (loaded);
    g_assert_cmpuint (items->len, ==, 1);
    loaded_entry = opv_item_get_entry (g_ptr_array_index (items, 0), opv_dossier_get_newest_round (loaded));
    g_assert_cmpuint (g_list_model_get_n_items (opv_entry_get_followups (loaded_entry)), ==, N_FOLLOWUPS);
    middle = g_list_model_get_item (opv_entry_get_followups (loaded_entry), N_FOLLOWUPS / 2);
    g_assert_cmpuint (strlen (opv_followup_get_text (middle)), ==, BIG_FOLLOWUP);
    g_assert_true (strcmp (opv_followup_get_text (middle), big->str) == 0);
  }

  /* The workbook: long cells continue on extra rows, and the follow-up
   * column holds every word. */
  init_options (&options);
  g_timer_start (timer);
  g_assert_true (opv_export_xlsx (dossier, round, &options, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("xlsx: exported in %.2f s", g_timer_elapsed (timer, NULL));
  opv_export_options_clear (&options);

  opv_test_write_file (expected_path, expected->str, expected->len);
  run_checker ((const char *[]) { "column", xlsx, "Follow-up", expected_path, NULL });
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  opv_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export-hostile/formulas-everywhere", Fixture, NULL,
              fixture_set_up, test_formulas_everywhere, fixture_tear_down);
  g_test_add ("/export-hostile/big-item", Fixture, NULL,
              fixture_set_up, test_big_item, fixture_tear_down);

  return g_test_run ();
}
