/* opv-cli.c: command-line verbs, for scripts and for checking what the
 * database holds
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "opv-backup.h"
#include "opv-cli.h"
#include "opv-cli-private.h"
#include "opv-compare.h"
#include "opv-exchange.h"
#include "opv-export.h"
#include "opv-generate.h"
#include "opv-store.h"
#include "opv-util.h"

typedef struct
{
  const char  *name;
  const char  *parameters;
  const char  *summary;
  gboolean     fills_new_database;
  int        (*run) (OpvCliContext *ctx, int argc, char **argv);
} Verb;

static int run_dossiers (OpvCliContext *ctx, int argc, char **argv);
static int run_list (OpvCliContext *ctx, int argc, char **argv);
static int run_import (OpvCliContext *ctx, int argc, char **argv);
static int run_export (OpvCliContext *ctx, int argc, char **argv);
static int run_search (OpvCliContext *ctx, int argc, char **argv);
static int run_compare (OpvCliContext *ctx, int argc, char **argv);
static int run_backups (OpvCliContext *ctx, int argc, char **argv);
static int run_restore (OpvCliContext *ctx, int argc, char **argv);
static int run_generate (OpvCliContext *ctx, int argc, char **argv);

static const Verb verbs[] = {
  { "dossiers", "", N_("List the dossiers as tab-separated values"), TRUE, run_dossiers },
  { "list", N_("[--dossier ID] [--round LABEL]"), N_("List the items of the dossiers as tab-separated values"), TRUE, run_list },
  { "import", N_("FILE.json…"), N_("Add dossiers from exchange files, all or nothing"), FALSE, run_import },
  { "export", N_("--dossier ID --format json|xlsx [--round LABEL] [--lang nl|en] [--layout recommendations|activities] [--columns LIST] [--no-summary] [--no-legend] [--changes] [--mark-new] -o FILE"),
    N_("Write a dossier to an exchange file, or its status table to an Excel workbook"), TRUE, run_export },
  { "search", N_("QUERY [--dossier ID]"), N_("Search every dossier's texts, follow-up, explanations and parties"), TRUE, run_search },
  { "compare", N_("--dossier ID --from LABEL --to LABEL"), N_("List what changed between two reporting rounds as tab-separated values"), TRUE, run_compare },
  { "backups", "", N_("List the backups of the database as tab-separated values"), FALSE, run_backups },
  /* Translators: BACKUP is a backup's file name, as “opvolging backups” lists it */
  { "restore", N_("BACKUP"), N_("Replace the database with a backup, keeping what it holds now as a backup too"), FALSE, run_restore },
  { "generate", N_("--size small|medium|large|ITEMS [--seed N] -o FILE.db"),
    N_("Fill a new database with synthetic dossiers, for benchmarks"), FALSE, run_generate },
};

void
opv_cli_error (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, so that scripts can log it as one. */
  g_strdelimit (message, "\n", ' ');
  g_printerr ("opvolging: %s\n", message);
}

char *
opv_cli_database_path (OpvCliContext *ctx)
{
  return ctx->database ? g_strdup (ctx->database) : opv_store_default_path ();
}

/**
 * opv_cli_backup_count:
 *
 * Returns: how many backups to keep: the "backup-count" setting, which the
 *   window uses too, or its default when the schema is not installed
 */
guint
opv_cli_backup_count (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "backup-count"))
    return OPV_BACKUP_DEFAULT_KEEP;

  settings = g_settings_new_full (schema, NULL, NULL);
  return (guint) MAX (1, g_settings_get_int (settings, "backup-count"));
}

OpvStore *
opv_cli_open_store (OpvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = opv_cli_database_path (ctx);
  g_autoptr(OpvStore) store = NULL;

  store = opv_store_open_full (path, ctx->read_only ? OPV_STORE_OPEN_READ_ONLY : OPV_STORE_OPEN_DEFAULT,
                               opv_cli_backup_count (), &error);
  if (store == NULL)
    {
      if (g_error_matches (error, OPV_STORE_ERROR, OPV_STORE_ERROR_BUSY) && !ctx->read_only)
        opv_cli_error ("%s %s", error->message,
                       _("Try again later, or add --read-only to read it as it was last saved."));
      else
        opv_cli_error ("%s", error->message);
      return NULL;
    }

  /* Reading works; say that changing would not. */
  if (opv_store_is_read_only (store))
    {
      g_autofree char *message = opv_store_dup_access_message (store);
      opv_cli_error ("%s", message);
    }

  if (ctx->fills_new_database && opv_store_is_new (store) &&
      !opv_store_import_defaults (store, &error))
    {
      opv_cli_error (_("Could not add the default dossiers: %s"), error->message);
      return NULL;
    }

  return g_steal_pointer (&store);
}

/* Prints a TSV field: tabs, line breaks and backslashes are escaped so that
 * every record stays on one line. */
void
opv_cli_print_field (GString    *line,
                     const char *text,
                     gboolean    last)
{
  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\t':
          g_string_append (line, "\\t");
          break;
        case '\n':
          g_string_append (line, "\\n");
          break;
        case '\r':
          g_string_append (line, "\\r");
          break;
        case '\\':
          g_string_append (line, "\\\\");
          break;
        default:
          g_string_append_c (line, *p);
        }
    }
  g_string_append_c (line, last ? '\n' : '\t');
}

/* Parses @entries plus --database; returns FALSE (with *status set) when the
 * verb should stop. */
gboolean
opv_cli_parse (OpvCliContext  *ctx,
               const char     *verb,
               const char     *parameters,
               const char     *summary,
               GOptionEntry   *entries,
               int            *argc,
               char         ***argv,
               int            *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *usage = NULL;
  const GOptionEntry common[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &ctx->database,
      N_("Use the database FILE"), N_("FILE") },
    { "read-only", 0, 0, G_OPTION_ARG_NONE, &ctx->read_only,
      N_("Open the database read-only"), NULL },
    { NULL }
  };

  usage = g_strdup_printf ("%s %s", verb, parameters ? _(parameters) : "");
  context = g_option_context_new (usage);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(summary));
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      opv_cli_error ("%s", error->message);
      *status = 2;
      return FALSE;
    }

  return TRUE;
}

static int
run_dossiers (OpvCliContext  *ctx,
              int             argc,
              char          **argv)
{
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GListModel) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new ("id\ttitle\tkind\titems\trounds\n");
  int status = 0;

  if (!opv_cli_parse (ctx, "dossiers", NULL, verbs[0].summary, NULL, &argc, &argv, &status))
    return status;
  if (argc > 2)
    {
      opv_cli_error (_("“dossiers” takes no arguments"));
      return 2;
    }

  store = opv_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  dossiers = opv_store_list_dossiers (store, &error);
  if (dossiers == NULL)
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  for (guint i = 0; i < g_list_model_get_n_items (dossiers); i++)
    {
      g_autoptr(OpvDossier) listed = g_list_model_get_item (dossiers, i);
      g_autoptr(OpvDossier) dossier = opv_store_load_dossier (store, opv_dossier_get_id (listed), &error);
      g_autoptr(GString) rounds = g_string_new (NULL);
      g_autoptr(GPtrArray) items = NULL;
      GListModel *round_list;
      g_autofree char *n_items = NULL;

      if (dossier == NULL)
        {
          opv_cli_error ("%s", error->message);
          return 1;
        }

      items = opv_dossier_dup_items (dossier);
      round_list = opv_dossier_get_rounds (dossier);
      for (guint r = 0; r < g_list_model_get_n_items (round_list); r++)
        {
          g_autoptr(OpvRound) round = g_list_model_get_item (round_list, r);
          guint followups = 0;

          for (guint j = 0; j < items->len; j++)
            {
              OpvEntry *entry = opv_item_get_entry (g_ptr_array_index (items, j), round);
              if (entry != NULL)
                followups += g_list_model_get_n_items (opv_entry_get_followups (entry));
            }
          g_string_append_printf (rounds, "%s%s=%u", r ? ";" : "", opv_round_get_label (round), followups);
        }

      n_items = g_strdup_printf ("%u", items->len);
      opv_cli_print_field (out, opv_dossier_get_slug (dossier), FALSE);
      opv_cli_print_field (out, opv_dossier_get_title (dossier), FALSE);
      opv_cli_print_field (out, opv_dossier_kind_to_id (opv_dossier_get_kind (dossier)), FALSE);
      opv_cli_print_field (out, n_items, FALSE);
      opv_cli_print_field (out, rounds->str, TRUE);
    }

  fputs (out->str, stdout);
  return 0;
}

static void
list_dossier (GString    *out,
              OpvDossier *dossier,
              OpvRound   *round)
{
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);

  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);
      OpvTheme *theme = opv_item_get_theme (item);
      OpvEntry *entry = opv_item_get_entry (item, round);
      g_autoptr(GString) parties = g_string_new (NULL);
      g_autoptr(GString) note = g_string_new (NULL);
      g_autofree char *followups = NULL;
      const char *theme_name = opv_theme_get_number (theme);

      if (opv_str_empty (theme_name))
        theme_name = opv_theme_get_title_for (theme, round);

      if (entry != NULL)
        {
          g_autoptr(GPtrArray) sorted = opv_entry_dup_parties_sorted (entry);

          for (guint j = 0; j < sorted->len; j++)
            {
              OpvResponsibility *resp = g_ptr_array_index (sorted, j);
              g_string_append_printf (parties, "%s%s", j ? "," : "", opv_party_get_short_name (resp->party));
            }
          if (opv_entry_get_to_be_determined (entry))
            g_string_append (note, "TBD");
          if (!opv_str_empty (opv_entry_get_responsibility_note (entry)))
            g_string_append_printf (note, "%s%s", note->len ? "; " : "",
                                    opv_entry_get_responsibility_note (entry));
        }

      followups = g_strdup_printf ("%u", entry ? g_list_model_get_n_items (opv_entry_get_followups (entry)) : 0);

      opv_cli_print_field (out, opv_dossier_get_slug (dossier), FALSE);
      opv_cli_print_field (out, theme_name, FALSE);
      opv_cli_print_field (out, opv_item_get_code (item), FALSE);
      opv_cli_print_field (out, opv_item_get_title_for (item, round), FALSE);
      opv_cli_print_field (out, parties->str, FALSE);
      opv_cli_print_field (out, note->str, FALSE);
      opv_cli_print_field (out, entry ? opv_status_to_id (opv_entry_get_status (entry)) : NULL, FALSE);
      opv_cli_print_field (out, entry ? opv_entry_get_timeframe (entry) : NULL, FALSE);
      opv_cli_print_field (out, followups, TRUE);
    }
}

static int
run_list (OpvCliContext  *ctx,
          int             argc,
          char          **argv)
{
  g_autofree char *dossier_arg = NULL;
  g_autofree char *round_arg = NULL;
  GOptionEntry entries[] = {
    { "dossier", 0, 0, G_OPTION_ARG_STRING, &dossier_arg,
      N_("The dossier’s identifier, or a part of its title"), N_("ID") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_arg,
      N_("The reporting round (default: the newest)"), N_("LABEL") },
    { NULL }
  };
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) out = g_string_new ("dossier\ttheme\tcode\ttitle\tparties\tnote\tstatus\ttimeframe\tfollowups\n");
  gboolean round_found = FALSE;
  int status = 0;

  if (!opv_cli_parse (ctx, "list", verbs[1].parameters, verbs[1].summary, entries, &argc, &argv, &status))
    return status;
  if (argc > 2)
    {
      opv_cli_error (_("Unexpected argument “%s”"), argv[2]);
      return 2;
    }

  store = opv_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  if (dossier_arg != NULL)
    {
      OpvDossier *dossier = opv_store_find_dossier (store, dossier_arg, &error);

      if (dossier == NULL)
        {
          opv_cli_error ("%s", error->message);
          return 1;
        }
      g_ptr_array_add (dossiers, dossier);
    }
  else
    {
      g_autoptr(GListModel) listed = opv_store_list_dossiers (store, &error);

      if (listed == NULL)
        {
          opv_cli_error ("%s", error->message);
          return 1;
        }
      for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
        {
          g_autoptr(OpvDossier) d = g_list_model_get_item (listed, i);
          OpvDossier *dossier = opv_store_load_dossier (store, opv_dossier_get_id (d), &error);

          if (dossier == NULL)
            {
              opv_cli_error ("%s", error->message);
              return 1;
            }
          g_ptr_array_add (dossiers, dossier);
        }
    }

  for (guint i = 0; i < dossiers->len; i++)
    {
      OpvDossier *dossier = g_ptr_array_index (dossiers, i);
      OpvRound *round;

      if (round_arg != NULL)
        {
          round = opv_dossier_find_round (dossier, round_arg);
          /* Without --dossier, a round label selects the dossiers that have it. */
          if (round == NULL && dossier_arg == NULL)
            continue;
          if (round == NULL)
            {
              opv_cli_error (_("The dossier “%s” has no round “%s”"),
                             opv_dossier_get_slug (dossier), round_arg);
              return 1;
            }
          round_found = TRUE;
        }
      else
        round = opv_dossier_get_newest_round (dossier);

      list_dossier (out, dossier, round);
    }

  if (round_arg != NULL && dossier_arg == NULL && !round_found)
    {
      opv_cli_error (_("No dossier has a round “%s”"), round_arg);
      return 1;
    }

  fputs (out->str, stdout);
  return 0;
}

static int
run_import (OpvCliContext  *ctx,
            int             argc,
            char          **argv)
{
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) imported = g_ptr_array_new_with_free_func (g_object_unref);
  int status = 0;

  if (!opv_cli_parse (ctx, "import", verbs[2].parameters, verbs[2].summary, NULL, &argc, &argv, &status))
    return status;
  if (argc < 3)
    {
      opv_cli_error (_("“import” needs at least one file: opvolging import FILE.json…"));
      return 2;
    }

  for (int i = 2; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));

  store = opv_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  /* A new database has nothing to lose; a read-only one refuses below. */
  if (!opv_store_is_new (store) && !opv_store_is_read_only (store))
    {
      g_autoptr(OpvBackup) backup = opv_backup_create (store, OPV_BACKUP_BEFORE_IMPORT,
                                                       opv_cli_backup_count (), &error);

      if (backup == NULL)
        {
          opv_cli_error (_("Nothing was imported, because no backup could be made first: %s"), error->message);
          return 1;
        }
    }

  /* All files in one transaction: all of them, or none. A large file is
   * stored item by item as it is read. */
  if (!opv_store_import_files (store, (GFile **) files->pdata, files->len, imported, &error))
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  for (guint i = 0; i < imported->len; i++)
    g_print (_("Imported “%s” as %s\n"), opv_dossier_get_title (g_ptr_array_index (imported, i)),
             opv_dossier_get_slug (g_ptr_array_index (imported, i)));
  return 0;
}

enum {
  SHEET_SUMMARY = 1 << 0,
  SHEET_LEGEND  = 1 << 1,
  SHEET_CHANGES = 1 << 2,
  MARK_NEW      = 1 << 3,
};

/* The workbook is written from the database item by item
 * (opv_export_xlsx_from_store()): @dossier is as listed, without items. */
static gboolean
export_workbook (OpvStore    *store,
                 OpvDossier  *dossier,
                 const char  *round_arg,
                 const char  *lang_arg,
                 const char  *layout_arg,
                 const char  *columns_arg,
                 guint        sheets,
                 const char  *output)
{
  g_autoptr(GError) error = NULL;
  OpvExportOptions options;
  OpvRound *round = NULL;
  gboolean ok;

  opv_export_options_init (&options);
  options.summary = (sheets & SHEET_SUMMARY) != 0;
  options.legend = (sheets & SHEET_LEGEND) != 0;
  options.changes = (sheets & SHEET_CHANGES) != 0;
  options.mark_new = (sheets & MARK_NEW) != 0;

  if (round_arg != NULL)
    {
      round = opv_dossier_find_round (dossier, round_arg);
      if (round == NULL)
        {
          opv_cli_error (_("The dossier “%s” has no round “%s”"), opv_dossier_get_slug (dossier), round_arg);
          return FALSE;
        }
    }
  else
    round = opv_dossier_get_newest_round (dossier);

  if (lang_arg != NULL && !opv_export_language_from_id (lang_arg, &options.language))
    {
      opv_cli_error (_("Unknown language “%s” (use nl or en)"), lang_arg);
      return FALSE;
    }

  if (g_strcmp0 (layout_arg, "recommendations") == 0)
    options.layout = OPV_EXPORT_LAYOUT_RECOMMENDATIONS;
  else if (g_strcmp0 (layout_arg, "activities") == 0)
    options.layout = OPV_EXPORT_LAYOUT_ACTIVITIES;
  else if (layout_arg != NULL)
    {
      opv_cli_error (_("Unknown layout “%s” (use recommendations or activities)"), layout_arg);
      return FALSE;
    }

  if (columns_arg != NULL && !opv_export_parse_columns (columns_arg, &options.columns, &error))
    {
      opv_cli_error ("%s", error->message);
      return FALSE;
    }

  if ((options.changes || options.mark_new) && (round == NULL || opv_dossier_get_previous_round (dossier, round) == NULL))
    {
      opv_cli_error (_("--changes and --mark-new compare with the round before “%s”, and “%s” has none"),
                     round ? opv_round_get_label (round) : "", opv_dossier_get_slug (dossier));
      opv_export_options_clear (&options);
      return FALSE;
    }

  options.author = g_strdup (g_get_real_name ());

  ok = opv_export_xlsx_from_store (opv_store_get_path (store), opv_dossier_get_id (dossier),
                                   round ? opv_round_get_id (round) : 0, &options, output,
                                   NULL, NULL, NULL, &error);
  opv_export_options_clear (&options);
  if (!ok)
    opv_cli_error ("%s", error->message);
  return ok;
}

static int
run_export (OpvCliContext  *ctx,
            int             argc,
            char          **argv)
{
  g_autofree char *dossier_arg = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *round_arg = NULL;
  g_autofree char *lang_arg = NULL;
  g_autofree char *layout_arg = NULL;
  g_autofree char *columns_arg = NULL;
  gboolean summary = FALSE, no_summary = FALSE, legend = FALSE, no_legend = FALSE;
  gboolean changes = FALSE, mark_new = FALSE;
  GOptionEntry entries[] = {
    { "dossier", 0, 0, G_OPTION_ARG_STRING, &dossier_arg,
      N_("The dossier’s identifier, or a part of its title"), N_("ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("json (the exchange format) or xlsx (an Excel workbook)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE"), N_("FILE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_arg,
      N_("xlsx: the reporting round (default: the newest)"), N_("LABEL") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_arg,
      N_("xlsx: the language of the workbook, nl or en (default: the language of the interface)"), N_("LANGUAGE") },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &layout_arg,
      N_("xlsx: recommendations or activities (default: follows the dossier)"), N_("LAYOUT") },
    { "columns", 0, 0, G_OPTION_ARG_STRING, &columns_arg,
      N_("xlsx: the columns, from item, parties, status, timeframe, followups and explanation (default: those that are not empty)"),
      N_("LIST") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary, N_("xlsx: add the summary sheet (the default)"), NULL },
    { "no-summary", 0, 0, G_OPTION_ARG_NONE, &no_summary, N_("xlsx: leave out the summary sheet"), NULL },
    { "legend", 0, 0, G_OPTION_ARG_NONE, &legend, N_("xlsx: add the legend sheet (the default)"), NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &no_legend, N_("xlsx: leave out the legend sheet"), NULL },
    { "changes", 0, 0, G_OPTION_ARG_NONE, &changes, N_("xlsx: add a sheet with what changed since the previous round"), NULL },
    { "mark-new", 0, 0, G_OPTION_ARG_NONE, &mark_new, N_("xlsx: put “New” before follow-up that the previous round did not have"), NULL },
    { NULL }
  };
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean xlsx;
  int status = 0;

  if (!opv_cli_parse (ctx, "export", verbs[3].parameters, verbs[3].summary, entries, &argc, &argv, &status))
    return status;

  if (dossier_arg == NULL || format == NULL || output == NULL)
    {
      opv_cli_error (_("“export” needs --dossier, --format and -o"));
      return 2;
    }
  if (strcmp (format, "json") != 0 && strcmp (format, "xlsx") != 0)
    {
      opv_cli_error (_("Unknown format “%s” (use json or xlsx)"), format);
      return 2;
    }
  xlsx = strcmp (format, "xlsx") == 0;
  if ((summary && no_summary) || (legend && no_legend))
    {
      opv_cli_error (_("--summary and --no-summary (or --legend and --no-legend) contradict each other"));
      return 2;
    }
  if (!xlsx && (round_arg || lang_arg || layout_arg || columns_arg || summary || no_summary || legend || no_legend
                || changes || mark_new))
    {
      opv_cli_error (_("--round, --lang, --layout, --columns, --summary, --legend, --changes and --mark-new apply to xlsx only: the exchange format holds every round"));
      return 2;
    }

  store = opv_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  /* A workbook needs only the dossier as listed; its items are read as
   * they are written. */
  dossier = xlsx ? opv_store_find_listed_dossier (store, dossier_arg, &error)
                 : opv_store_find_dossier (store, dossier_arg, &error);
  if (dossier == NULL)
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  if (xlsx)
    return export_workbook (store, dossier, round_arg, lang_arg, layout_arg, columns_arg,
                            (no_summary ? 0 : SHEET_SUMMARY) | (no_legend ? 0 : SHEET_LEGEND) |
                            (changes ? SHEET_CHANGES : 0) | (mark_new ? MARK_NEW : 0),
                            output) ? 0 : 1;

  file = g_file_new_for_commandline_arg (output);
  if (!opv_exchange_write_file (dossier, file, &error))
    {
      opv_cli_error (_("Could not write “%s”: %s"), output, error->message);
      return 1;
    }

  return 0;
}

static int
run_search (OpvCliContext  *ctx,
            int             argc,
            char          **argv)
{
  g_autofree char *dossier_arg = NULL;
  GOptionEntry entries[] = {
    { "dossier", 0, 0, G_OPTION_ARG_STRING, &dossier_arg,
      N_("Search only this dossier: its identifier, or a part of its title"), N_("ID") },
    { NULL }
  };
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new ("dossier\tcode\tround\twhere\tsnippet\n");
  g_autofree char *query = NULL;
  gint64 dossier_id = 0;
  int status = 0;

  if (!opv_cli_parse (ctx, "search", verbs[4].parameters, verbs[4].summary, entries, &argc, &argv, &status))
    return status;
  if (argc < 3)
    {
      opv_cli_error (_("“search” needs something to search for: opvolging search QUERY"));
      return 2;
    }

  /* Several words on the command line are one query. */
  query = g_strjoinv (" ", argv + 2);

  store = opv_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  if (dossier_arg != NULL)
    {
      g_autoptr(OpvDossier) dossier = opv_store_find_dossier (store, dossier_arg, &error);

      if (dossier == NULL)
        {
          opv_cli_error ("%s", error->message);
          return 1;
        }
      dossier_id = opv_dossier_get_id (dossier);
    }

  hits = opv_store_search (store, query, dossier_id, G_MAXINT, &error);
  if (hits == NULL)
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      OpvSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = g_strdup (hit->snippet);

      /* The match is marked as **word**, as in plain-text mail. */
      {
        g_auto(GStrv) parts = g_strsplit_set (snippet, OPV_SEARCH_MARK_START OPV_SEARCH_MARK_END, -1);
        g_autoptr(GString) marked = g_string_new (NULL);
        const char *p = snippet;

        for (guint j = 0; parts[j] != NULL; j++)
          {
            g_string_append (marked, parts[j]);
            p += strlen (parts[j]);
            if (*p != '\0')
              {
                g_string_append (marked, "**");
                p++;
              }
          }
        g_free (snippet);
        snippet = g_string_free (g_steal_pointer (&marked), FALSE);
      }

      opv_cli_print_field (out, hit->dossier_slug, FALSE);
      opv_cli_print_field (out, hit->code[0] ? hit->code : hit->title, FALSE);
      opv_cli_print_field (out, hit->round_label, FALSE);
      opv_cli_print_field (out, opv_search_where_to_id (hit->where), FALSE);
      opv_cli_print_field (out, snippet, TRUE);
    }

  fputs (out->str, stdout);
  return 0;
}

static int
run_compare (OpvCliContext  *ctx,
             int             argc,
             char          **argv)
{
  g_autofree char *dossier_arg = NULL;
  g_autofree char *from_arg = NULL;
  g_autofree char *to_arg = NULL;
  GOptionEntry entries[] = {
    { "dossier", 0, 0, G_OPTION_ARG_STRING, &dossier_arg,
      N_("The dossier’s identifier, or a part of its title"), N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_arg, N_("The older round"), N_("LABEL") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_arg, N_("The newer round"), N_("LABEL") },
    { NULL }
  };
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new ("code\tchange\tdetail\n");
  OpvRound *from, *to;
  int status = 0;

  if (!opv_cli_parse (ctx, "compare", verbs[5].parameters, verbs[5].summary, entries, &argc, &argv, &status))
    return status;
  if (dossier_arg == NULL || from_arg == NULL || to_arg == NULL)
    {
      opv_cli_error (_("“compare” needs --dossier, --from and --to"));
      return 2;
    }

  store = opv_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  dossier = opv_store_find_dossier (store, dossier_arg, &error);
  if (dossier == NULL)
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  from = opv_dossier_find_round (dossier, from_arg);
  to = opv_dossier_find_round (dossier, to_arg);
  if (from == NULL || to == NULL)
    {
      opv_cli_error (_("The dossier “%s” has no round “%s”"), opv_dossier_get_slug (dossier),
                     from == NULL ? from_arg : to_arg);
      return 1;
    }

  changes = opv_compare_rounds (dossier, from, to);
  for (guint i = 0; i < changes->len; i++)
    {
      OpvChange *change = g_ptr_array_index (changes, i);
      g_autofree char *detail = opv_change_dup_detail (change);
      const char *code;

      if (change->item != NULL)
        code = opv_item_get_code (change->item)[0] ? opv_item_get_code (change->item) : opv_item_get_title (change->item);
      else
        code = opv_theme_get_number (change->theme)[0] ? opv_theme_get_number (change->theme)
                                                       : opv_theme_get_title (change->theme);

      opv_cli_print_field (out, code, FALSE);
      opv_cli_print_field (out, opv_change_kind_to_id (change->kind), FALSE);
      opv_cli_print_field (out, detail, TRUE);
    }

  fputs (out->str, stdout);
  return 0;
}

static int
run_backups (OpvCliContext  *ctx,
             int             argc,
             char          **argv)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new ("backup\tcreated\tsize\treason\n");
  g_autofree char *path = NULL;
  int status = 0;

  if (!opv_cli_parse (ctx, "backups", NULL, verbs[6].summary, NULL, &argc, &argv, &status))
    return status;
  if (argc > 2)
    {
      opv_cli_error (_("“backups” takes no arguments"));
      return 2;
    }

  path = opv_cli_database_path (ctx);
  backups = opv_backup_list (path, &error);
  if (backups == NULL)
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      OpvBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *name = g_path_get_basename (backup->path);
      g_autofree char *created = g_date_time_format_iso8601 (backup->created);
      g_autofree char *size = g_strdup_printf ("%" G_GOFFSET_FORMAT, backup->size);

      opv_cli_print_field (out, name, FALSE);
      opv_cli_print_field (out, created, FALSE);
      opv_cli_print_field (out, size, FALSE);
      opv_cli_print_field (out, opv_backup_reason_to_id (backup->reason), TRUE);
    }

  fputs (out->str, stdout);
  return 0;
}

static int
run_restore (OpvCliContext  *ctx,
             int             argc,
             char          **argv)
{
  g_autoptr(OpvBackup) backup = NULL;
  g_autoptr(OpvBackup) kept = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *when = NULL;
  int status = 0;

  if (!opv_cli_parse (ctx, "restore", verbs[7].parameters, verbs[7].summary, NULL, &argc, &argv, &status))
    return status;
  if (argc != 3)
    {
      opv_cli_error (_("“restore” needs one backup: opvolging restore BACKUP (“opvolging backups” lists them)"));
      return 2;
    }
  if (ctx->read_only)
    {
      opv_cli_error (_("“restore” changes the database, so it cannot be combined with --read-only"));
      return 2;
    }

  path = opv_cli_database_path (ctx);
  backup = opv_backup_find (path, argv[2], &error);
  if (backup == NULL || !opv_backup_restore (path, backup->path, opv_cli_backup_count (), &kept, &error))
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  created = g_date_time_to_local (backup->created);
  when = g_date_time_format (created, "%Y-%m-%d %H:%M");
  /* Translators: the first %s is the database file, the second a date and time */
  g_print (_("Restored “%s” from the backup of %s.\n"), path, when);
  if (kept != NULL)
    {
      g_autofree char *name = g_path_get_basename (kept->path);
      g_print (_("What it held before is kept as the backup %s.\n"), name);
    }
  return 0;
}

static int
run_generate (OpvCliContext  *ctx,
              int             argc,
              char          **argv)
{
  g_autofree char *size_arg = NULL;
  g_autofree char *output = NULL;
  gint64 seed = 1;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size_arg,
      N_("small, medium (100 dossiers, 10,000 items, 100,000 follow-ups), large (ten times as much) or a number of items"),
      N_("SIZE") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("Start the random generator here (default: 1); the same seed gives the same database"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The new database"), N_("FILE") },
    { NULL }
  };
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  OpvGenerateOptions options = { 0 };
  int status = 0;

  if (!opv_cli_parse (ctx, "generate", verbs[8].parameters, verbs[8].summary, entries, &argc, &argv, &status))
    return status;
  if (argc > 2)
    {
      opv_cli_error (_("Unexpected argument “%s”"), argv[2]);
      return 2;
    }
  if (size_arg == NULL || (output == NULL && ctx->database == NULL))
    {
      opv_cli_error (_("“generate” needs --size and -o"));
      return 2;
    }
  if (!opv_generate_parse_size (size_arg, &options, &error))
    {
      opv_cli_error ("%s", error->message);
      return 2;
    }
  options.seed = (guint64) seed;

  if (output != NULL)
    {
      g_free (ctx->database);
      ctx->database = g_steal_pointer (&output);
    }
  store = opv_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  /* Synthetic dossiers mixed into real ones would be hard to take out. */
  if (!opv_store_is_new (store))
    {
      opv_cli_error (_("“%s” is not a new database; generate into a new file"), opv_store_get_path (store));
      return 1;
    }

  if (!opv_generate (store, &options, &error))
    {
      opv_cli_error ("%s", error->message);
      return 1;
    }

  g_print (_("Generated %u dossiers with %u items and %u follow-ups in %s\n"),
           options.n_dossiers, options.n_items, options.n_followups, opv_store_get_path (store));
  return 0;
}

static void
print_help (void)
{
  g_autofree char *database = opv_store_default_path ();
  g_autoptr(GString) s = g_string_new (NULL);

  g_string_append_printf (s, "%s\n", _("Usage:"));
  g_string_append_printf (s, "  opvolging [--database FILE]        %s\n", _("Open the window"));
  g_string_append_printf (s, "  opvolging COMMAND [OPTION…]        %s\n\n", _("Run a command"));
  g_string_append_printf (s, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    g_string_append_printf (s, "  %-10s %s\n             opvolging %s %s\n",
                            verbs[i].name, _(verbs[i].summary),
                            verbs[i].name, opv_str_empty (verbs[i].parameters) ? "" : _(verbs[i].parameters));
  g_string_append_printf (s, "\n%s\n", _("Options:"));
  g_string_append_printf (s, "  --database FILE   %s\n", _("Use FILE as the database"));
  g_string_append_printf (s, "                    %s\n", database);
  g_string_append_printf (s, "  --read-only       %s\n", _("Open the database read-only"));
  g_string_append_printf (s, "  --version         %s\n", _("Print the version"));
  g_string_append_printf (s, "  --help            %s\n\n", _("Print this help"));
  g_string_append_printf (s, "%s\n", _("Run “opvolging COMMAND --help” for the options of a command."));
  g_string_append_printf (s, "%s\n", _("A new database starts with the default dossiers, unless its first command is “import”."));
  g_string_append_printf (s, "%s\n", _("Tab-separated output escapes tabs, line breaks and backslashes as \\t, \\n and \\\\."));

  fputs (s->str, stdout);
}

/**
 * opv_cli_run:
 *
 * Runs the command in @argv, if there is one.
 */
OpvCliResult
opv_cli_run (int    argc,
             char **argv,
             int   *exit_status)
{
  const char *verb_name = NULL;
  OpvCliContext ctx = { 0 };
  int verb_index = -1;

  *exit_status = 0;

  /* The first word that is not an option (or --database's value) is the
   * command. */
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--database") == 0)
        {
          i++;
          continue;
        }
      if (argv[i][0] == '-')
        continue;
      verb_name = argv[i];
      verb_index = i;
      break;
    }

  if (verb_name == NULL)
    {
      for (int i = 1; i < argc; i++)
        {
          if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0)
            {
              print_help ();
              return OPV_CLI_HANDLED;
            }
          if (strcmp (argv[i], "--version") == 0)
            {
              g_print ("opvolging %s\n", PACKAGE_VERSION);
              return OPV_CLI_HANDLED;
            }
        }
      return OPV_CLI_START_GUI;
    }

  for (guint v = 0; v < G_N_ELEMENTS (verbs); v++)
    {
      if (strcmp (verbs[v].name, verb_name) == 0)
        {
          g_autofree char **args = g_new0 (char *, argc + 1);
          int n = 0;

          /* Put the verb at argv[1], so that GOptionContext sees the
           * options wherever they were written. */
          args[n++] = argv[0];
          args[n++] = argv[verb_index];
          for (int i = 1; i < argc; i++)
            if (i != verb_index)
              args[n++] = argv[i];

          ctx.fills_new_database = verbs[v].fills_new_database;
          *exit_status = verbs[v].run (&ctx, n, args);
          g_free (ctx.database);
          return OPV_CLI_HANDLED;
        }
    }

  opv_cli_error (_("Unknown command “%s”. Run “opvolging --help” to see the commands."), verb_name);
  *exit_status = 2;
  return OPV_CLI_HANDLED;
}
