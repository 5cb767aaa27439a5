/* test-export-pdf.c: the exported workbooks print as an annex
 *
 * The three default dossiers are exported in Dutch and in English (newest
 * round) and converted to PDF by LibreOffice, all in one run with one
 * profile, as a reader would print them. pdftotext then finds the header
 * row on every page, all columns on the first page (fit to one page
 * wide), a known recommendation or activity, and the footer in the export
 * language. Without LibreOffice or pdftotext the whole test is skipped.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opv-core.h"
#include "opv-export.h"
#include "opv-test-util.h"

typedef struct
{
  const char        *path;
  const char        *slug;
  OpvExportLanguage  language;
  const char        *headers;   /* the header row, "|"-separated */
  const char        *known;     /* a text of the dossier that must print */
} PdfCase;

static const PdfCase cases[] = {
  { "/export/pdf/schaduw-dansen/nl", "schaduw-dansen", OPV_EXPORT_LANGUAGE_NL,
    "Aanbeveling|Opvolging", "Zorg voor betere vindbaarheid" },
  { "/export/pdf/schaduw-dansen/en", "schaduw-dansen", OPV_EXPORT_LANGUAGE_EN,
    "Recommendation|Follow-up", "Zorg voor betere vindbaarheid" },
  { "/export/pdf/nap/nl", "nap", OPV_EXPORT_LANGUAGE_NL,
    "Activiteit|Status|Wanneer|Wie|Toelichting", "Wettelijke verplichting gedragscode" },
  { "/export/pdf/nap/en", "nap", OPV_EXPORT_LANGUAGE_EN,
    "Activity|Status|Timeframe|Responsible|Explanation", "Wettelijke verplichting gedragscode" },
  { "/export/pdf/inspectie/nl", "inspectie", OPV_EXPORT_LANGUAGE_NL,
    "Aanbeveling", "Formuleer een visie" },
  { "/export/pdf/inspectie/en", "inspectie", OPV_EXPORT_LANGUAGE_EN,
    "Recommendation", "Formuleer een visie" },
};

static struct
{
  char       *soffice;
  char       *pdftotext;
  char       *pdfinfo;
  char       *dir;
  gboolean    converted;
  char       *titles[G_N_ELEMENTS (cases)];
} state;

static char *
case_file (const PdfCase *c,
           const char    *extension)
{
  return g_strdup_printf ("%s/%s-%s.%s", state.dir, c->slug,
                          opv_export_language_to_id (c->language), extension);
}

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  *status = g_subprocess_get_exit_status (proc);
  return out;
}

/* Exports the six workbooks and converts them in one LibreOffice run: its
 * start-up and a new profile cost more than the conversions. */
static void
ensure_converted (void)
{
  g_autofree char *db = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *env_arg = NULL;
  g_autofree char *out = NULL;
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  gint64 start;
  int status;

  if (state.converted)
    return;

  db = g_build_filename (state.dir, "opvolging.db", NULL);
  store = opv_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_defaults (store, &error));
  g_assert_no_error (error);

  profile = g_build_filename (state.dir, "lo-profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, &error);
  g_assert_no_error (error);
  env_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);

  g_ptr_array_add (argv, g_strdup (state.soffice));
  g_ptr_array_add (argv, g_strdup ("--headless"));
  g_ptr_array_add (argv, g_strdup ("--norestore"));
  g_ptr_array_add (argv, g_strdup (env_arg));
  g_ptr_array_add (argv, g_strdup ("--convert-to"));
  g_ptr_array_add (argv, g_strdup ("pdf"));
  g_ptr_array_add (argv, g_strdup ("--outdir"));
  g_ptr_array_add (argv, g_strdup (state.dir));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OpvDossier) dossier = opv_store_find_dossier (store, cases[i].slug, &error);
      g_autofree char *xlsx = case_file (&cases[i], "xlsx");
      OpvExportOptions options;

      g_assert_no_error (error);
      opv_export_options_init (&options);
      options.language = cases[i].language;
      options.summary = TRUE;
      options.legend = TRUE;
      options.created = 1700000000;
      g_assert_true (opv_export_xlsx (dossier, opv_dossier_get_newest_round (dossier), &options, xlsx,
                                      NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      opv_export_options_clear (&options);

      state.titles[i] = g_strdup (opv_dossier_get_title (dossier));
      g_ptr_array_add (argv, g_steal_pointer (&xlsx));
    }
  g_ptr_array_add (argv, NULL);

  start = g_get_monotonic_time ();
  out = run ((const char * const *) argv->pdata, &status);
  g_test_message ("LibreOffice converted %u workbooks in %.1f s:\n%s", (guint) G_N_ELEMENTS (cases),
                  (g_get_monotonic_time () - start) / 1e6, out);
  g_assert_cmpint (status, ==, 0);
  state.converted = TRUE;
}

static char *
pdf_text (const char *pdf,
          int         first_page,
          int         last_page)
{
  g_autofree char *first = g_strdup_printf ("%d", first_page);
  g_autofree char *last = g_strdup_printf ("%d", last_page);
  const char *argv[] = { state.pdftotext, "-layout", "-f", first, "-l", last, pdf, "-", NULL };
  int status;
  char *text = run (argv, &status);

  g_assert_cmpint (status, ==, 0);
  return text;
}

/* The header row as pdftotext lays it out: its words in order on one line. */
static gboolean
has_header_line (const char *text,
                 const char *headers)
{
  g_auto(GStrv) words = g_strsplit (headers, "|", -1);
  g_autoptr(GString) pattern = g_string_new ("(^|\\s)");

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (words[i], -1);
      g_string_append_printf (pattern, "%s%s", i ? "[ \\t]+" : "", escaped);
    }
  g_string_append (pattern, "(\\s|$)");
  return g_regex_match_simple (pattern->str, text, G_REGEX_MULTILINE, 0);
}

static void
assert_a4_landscape (const char *pdf)
{
  const char *argv[] = { state.pdfinfo, pdf, NULL };
  g_autofree char *info = NULL;
  const char *size;
  double width, height;
  int status;

  if (state.pdfinfo == NULL)
    return;
  info = run (argv, &status);
  g_assert_cmpint (status, ==, 0);
  size = strstr (info, "Page size:");
  g_assert_nonnull (size);
  g_assert_cmpint (sscanf (size, "Page size: %lf x %lf", &width, &height), ==, 2);
  g_test_message ("page size %.2f × %.2f pt", width, height);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 2.0);
  g_assert_cmpfloat_with_epsilon (height, 595.28, 2.0);
}

static void
test_pdf (gconstpointer data)
{
  const PdfCase *c = data;
  guint index = c - cases;
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autofree char *page1 = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *other_footer = NULL;
  g_autofree char *collapsed = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  guint pages = 0;

  ensure_converted ();
  pdf = case_file (c, "pdf");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  all = pdf_text (pdf, 1, 9999);
  for (const char *p = all; *p != '\0'; p++)
    pages += *p == '\f';
  g_test_message ("%s: %u pages", pdf, pages);
  g_assert_cmpuint (pages, >=, 1);

  /* The first page: title, every column of the header row (so the table
   * fits one page wide) and the footer in the export language. */
  page1 = pdf_text (pdf, 1, 1);
  collapsed = g_regex_replace_literal (spaces, page1, -1, 0, " ", 0, NULL);
  if (strstr (collapsed, state.titles[index]) == NULL)
    g_assert_cmpstr (page1, ==, state.titles[index]);
  if (!has_header_line (page1, c->headers))
    g_assert_cmpstr (page1, ==, c->headers);

  if (c->language == OPV_EXPORT_LANGUAGE_NL)
    {
      footer = g_strdup_printf ("Pagina 1 van %u", pages);
      other_footer = g_strdup ("Page 1 of");
    }
  else
    {
      footer = g_strdup_printf ("Page 1 of %u", pages);
      other_footer = g_strdup ("Pagina 1 van");
    }
  if (strstr (page1, footer) == NULL)
    g_assert_cmpstr (page1, ==, footer);
  g_assert_null (strstr (all, other_footer));

  /* The header row repeats on the next page. */
  if (pages >= 2)
    {
      g_autofree char *page2 = pdf_text (pdf, 2, 2);

      if (!has_header_line (page2, c->headers))
        g_assert_cmpstr (page2, ==, c->headers);
    }

  /* A text of the dossier itself. */
  if (strstr (all, c->known) == NULL)
    g_assert_cmpstr (all, ==, c->known);

  assert_a4_landscape (pdf);
}

static char *
find_tool (const char *env_name,
           const char *first,
           const char *second)
{
  const char *env = g_getenv (env_name);

  if (env != NULL && env[0] != '\0' && g_file_test (env, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (env);
  {
    char *found = g_find_program_in_path (first);

    if (found == NULL && second != NULL)
      found = g_find_program_in_path (second);
    return found;
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  opv_i18n_init ();
  state.soffice = find_tool ("OPV_SOFFICE", "soffice", "libreoffice");
  state.pdftotext = find_tool ("OPV_PDFTOTEXT", "pdftotext", NULL);
  state.pdfinfo = find_tool ("OPV_PDFINFO", "pdfinfo", NULL);

  /* meson's TAP protocol counts exit code 77 as a failure: a skipped
   * program says so in its plan instead. */
  if (state.soffice == NULL || state.pdftotext == NULL)
    {
      printf ("1..0 # SKIP %s is not installed (apt-get install %s)\n",
              state.soffice == NULL ? "LibreOffice" : "pdftotext",
              state.soffice == NULL ? "libreoffice-calc-nogui" : "poppler-utils");
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  state.dir = g_dir_make_tmp ("opv-export-pdf-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_pdf);

  status = g_test_run ();

  opv_test_remove_tree (state.dir);
  return status;
}
