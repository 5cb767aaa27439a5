/* test-timeframe.c: every timeframe the seed documents write, and the
 * edges of the parser
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include "opv-core.h"
#include "opv-test-util.h"

typedef struct
{
  const char *text;
  const char *period;   /* opv_timeframe_format(), or NULL: not understood */
} Case;

/* Every distinct timeframe of the default dossiers (all from the NAP's
 * Wanneer column), with the period it stands for. */
static const Case seed_cases[] = {
  { "2021-2024", "2021 – 2024" },
  { "2022-2023", "2022 – 2023" },
  { "2022-2026", "2022 – 2026" },
  { "2022-2031", "2022 – 2031" },
  { "2023", "2023" },
  { "2023- 2025", "2023 – 2025" },
  { "2023- 2026", "2023 – 2026" },
  { "2023- 2027", "2023 – 2027" },
  { "2023-2024", "2023 – 2024" },
  { "2023-2025", "2023 – 2025" },
  { "2023-2027", "2023 – 2027" },
  { "2024", "2024" },
  { "2024-2025", "2024 – 2025" },
  { "Q1-Q2 2024", "Q1 2024 – Q2 2024" },
  { "Q12023", "Q1 2023" },
  { "Q12023 en Q12024", "Q1 2023 – Q1 2024" },
  { "Q12024", "Q1 2024" },
  { "Q2-Q3 2023", "Q2 2023 – Q3 2023" },
  { "Q2-Q4 2023", "Q2 2023 – Q4 2023" },
  { "Q22023", "Q2 2023" },
  { "Q22024", "Q2 2024" },
  { "Q3 2022-Q3 2024", "Q3 2022 – Q3 2024" },
  { "Q3-Q4 2023", "Q3 2023 – Q4 2023" },
  { "Q3-Q4 2024", "Q3 2024 – Q4 2024" },
  { "Q32023", "Q3 2023" },
  { "Q32023-2025", "Q3 2023 – Q4 2025" },
  { "Q32024", "Q3 2024" },
  { "Q4 2023-2025", "Q4 2023 – Q4 2025" },
  { "Q4 2024", "Q4 2024" },
  { "Q42023", "Q4 2023" },
  { "Vanaf 2022", "from Q1 2022" },
  { "Vanaf 2023", "from Q1 2023" },
  { "Vanaf 2024", "from Q1 2024" },
  { "Vanaf Q2 2023", "from Q2 2023" },
  { "Vanaf Q4 2023", "from Q4 2023" },
};

static const Case edge_cases[] = {
  /* Spacing, case, dashes and English words. */
  { "  q1 2024 ", "Q1 2024" },
  { "Q1 2024 – Q2 2025", "Q1 2024 – Q2 2025" },
  { "from Q3 2023", "from Q3 2023" },
  { "VANAF 2030", "from Q1 2030" },
  { "Q1 2024 and Q3 2024", "Q1 2024 – Q3 2024" },
  { "2023, 2025", "2023 – 2025" },
  /* Nothing is guessed. */
  { "", NULL },
  { "Eind 2024", NULL },
  { "voorjaar 2024", NULL },
  { "juni 2024", NULL },
  { "Q5 2024", NULL },
  { "Q0 2024", NULL },
  { "Q1", NULL },
  { "Q1-Q2", NULL },
  { "2024-2023", NULL },
  { "Q4 2024-Q1 2024", NULL },
  { "Vanaf", NULL },
  { "Vanaf 2022-2024", NULL },
  { "2024 en", NULL },
  { "202", NULL },
  { "20245", NULL },
  { "Q120245", NULL },
  { "Q12024x", NULL },
  { "1899", NULL },
  { "3000", NULL },
  { "2024 -", NULL },
  { "- 2024", NULL },
  { "2023-2025 (verlengd)", NULL },
  { "doorlopend", NULL },
};

static void
check_cases (const Case *cases,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      OpvTimeframe tf;
      gboolean ok = opv_timeframe_parse (cases[i].text, &tf);

      if (cases[i].period == NULL)
        {
          if (ok)
            g_error ("“%s” should not be understood", cases[i].text);
        }
      else
        {
          g_autofree char *period = NULL;

          if (!ok)
            g_error ("“%s” should be understood as %s", cases[i].text, cases[i].period);
          period = opv_timeframe_format (&tf);
          g_assert_cmpstr (period, ==, cases[i].period);
        }
    }
}

static void
test_seed_timeframes (void)
{
  check_cases (seed_cases, G_N_ELEMENTS (seed_cases));
}

/* The table above holds every timeframe of the default data: a new seed
 * timeframe must be added to it. */
static void
test_seed_table_is_complete (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *files[] = { "schaduw-dansen.json", "nap.json", "inspectie.json" };
  guint n_found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    g_hash_table_add (seen, (gpointer) seed_cases[i].text);

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = opv_test_default_dossier (files[f]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = opv_exchange_read_file (file, &error);
      g_autoptr(GPtrArray) items = NULL;

      g_assert_no_error (error);
      items = opv_dossier_dup_items (dossier);
      for (guint i = 0; i < items->len; i++)
        {
          GPtrArray *entries = opv_item_get_entries (g_ptr_array_index (items, i));

          for (guint e = 0; e < entries->len; e++)
            {
              const char *timeframe = opv_entry_get_timeframe (g_ptr_array_index (entries, e));

              if (timeframe[0] == '\0')
                continue;
              n_found++;
              if (!g_hash_table_contains (seen, timeframe))
                g_error ("the seed timeframe “%s” is not in the test table", timeframe);
            }
        }
    }

  /* 81 of the NAP's 83 activities have a timeframe; the other dossiers none. */
  g_assert_cmpuint (n_found, ==, 81);
}

static void
test_edge_cases (void)
{
  check_cases (edge_cases, G_N_ELEMENTS (edge_cases));
  {
    OpvTimeframe tf;
    g_assert_false (opv_timeframe_parse (NULL, &tf));
    g_assert_false (opv_timeframe_parse ("\xff\xfe", &tf));
  }
}

static void
test_overdue (void)
{
  OpvTimeframe tf;

  /* Q3 2024 ends with September 2024: overdue from October on. */
  g_assert_true (opv_timeframe_parse ("Q32024", &tf));
  g_assert_false (opv_timeframe_is_overdue (&tf, 2024, 9));
  g_assert_true (opv_timeframe_is_overdue (&tf, 2024, 10));
  g_assert_true (opv_timeframe_is_overdue (&tf, 2026, 1));

  g_assert_true (opv_timeframe_parse ("2023-2025", &tf));
  g_assert_false (opv_timeframe_is_overdue (&tf, 2025, 12));
  g_assert_true (opv_timeframe_is_overdue (&tf, 2026, 1));

  /* Open-ended periods are never overdue. */
  g_assert_true (opv_timeframe_parse ("Vanaf 2022", &tf));
  g_assert_false (opv_timeframe_is_overdue (&tf, 2099, 12));
}

/* The rule on a round's values: not Completed, and a period that ended. */
static void
test_text_overdue (void)
{
  g_assert_true (opv_timeframe_text_is_overdue (OPV_STATUS_IN_PROGRESS, "Q32024", 2024, 10));
  g_assert_false (opv_timeframe_text_is_overdue (OPV_STATUS_IN_PROGRESS, "Q32024", 2024, 9));
  /* An unset status is not Completed. */
  g_assert_true (opv_timeframe_text_is_overdue (OPV_STATUS_UNSET, "Q32024", 2024, 10));
  g_assert_false (opv_timeframe_text_is_overdue (OPV_STATUS_DONE, "Q32024", 2024, 10));
  /* What cannot be read is never overdue. */
  g_assert_false (opv_timeframe_text_is_overdue (OPV_STATUS_DELAYED, "Eind dit jaar", 2099, 1));
  g_assert_false (opv_timeframe_text_is_overdue (OPV_STATUS_DELAYED, "", 2099, 1));
  g_assert_false (opv_timeframe_text_is_overdue (OPV_STATUS_DELAYED, NULL, 2099, 1));
  g_assert_false (opv_timeframe_text_is_overdue (OPV_STATUS_DELAYED, "Vanaf 2022", 2099, 1));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeframe/seed-timeframes", test_seed_timeframes);
  g_test_add_func ("/timeframe/seed-table-is-complete", test_seed_table_is_complete);
  g_test_add_func ("/timeframe/edge-cases", test_edge_cases);
  g_test_add_func ("/timeframe/overdue", test_overdue);
  g_test_add_func ("/timeframe/text-overdue", test_text_overdue);

  return g_test_run ();
}
