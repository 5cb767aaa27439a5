/* test-export.c: the Excel export, read back as its readers will
 *
 * Each workbook is exported from a fresh database holding the default
 * dossiers and checked by tests/check-xlsx.py (openpyxl, /usr/bin/python3)
 * against expectations that this file computes from the loaded model: the
 * items in order, their follow-ups in the round, parties, statuses and
 * themes. The words of the workbook itself (headers, status labels, the
 * footer) are the specification and are spelled out below.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "opv-core.h"
#include "opv-export.h"
#include "opv-test-util.h"

/* 2023-11-14 22:13:20 UTC: every export in this file is dated alike, so
 * that two exports of the same dossier can be compared byte for byte. */
#define CREATED ((gint64) 1700000000)
#define AUTHOR "Test Auteur"
#define ORGANISATION "Test Organisatie"
#define PYTHON "/usr/bin/python3"

typedef struct
{
  char     *dir;
  OpvStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = opv_test_make_tmpdir ();
  path = g_build_filename (f->dir, "opvolging.db", NULL);
  f->store = opv_test_open_with_defaults (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  /* A test may have made its folder read-only; give it back first. */
  if (f->dir != NULL)
    {
      g_autofree char *ro = g_build_filename (f->dir, "read-only", NULL);
      g_chmod (ro, 0755);
    }
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

static OpvDossier *
load_dossier (Fixture    *f,
              const char *slug)
{
  g_autoptr(GError) error = NULL;
  OpvDossier *dossier = opv_store_find_dossier (f->store, slug, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  g_assert_cmpstr (opv_dossier_get_slug (dossier), ==, slug);
  return dossier;
}

static void
init_options (OpvExportOptions  *options,
              OpvExportLanguage  language)
{
  opv_export_options_init (options);
  options->language = language;
  options->summary = TRUE;
  options->legend = TRUE;
  options->author = g_strdup (AUTHOR);
  options->organisation = g_strdup (ORGANISATION);
  options->created = CREATED;
}

/* ------------------------------------------------------------------------
 * The words of the workbook, as the issue and data/dossiers/FORMAT.md give
 * them. The English ones are also the msgids, which the test checks.
 * ---------------------------------------------------------------------- */

static const OpvExportColumns recommendation_order[] = {
  OPV_EXPORT_COLUMN_ITEM, OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_STATUS,
  OPV_EXPORT_COLUMN_TIMEFRAME, OPV_EXPORT_COLUMN_FOLLOWUPS, OPV_EXPORT_COLUMN_EXPLANATION,
};
static const OpvExportColumns activity_order[] = {
  OPV_EXPORT_COLUMN_ITEM, OPV_EXPORT_COLUMN_STATUS, OPV_EXPORT_COLUMN_TIMEFRAME,
  OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_EXPLANATION, OPV_EXPORT_COLUMN_FOLLOWUPS,
};
/* [layout][language][position in that layout's order] */
static const char * const column_words[2][2][6] = {
  { { "Aanbeveling", "Verantwoordelijk", "Status", "Wanneer", "Opvolging", "Toelichting" },
    { "Recommendation", "Responsible", "Status", "Timeframe", "Follow-up", "Explanation" } },
  { { "Activiteit", "Status", "Wanneer", "Wie", "Toelichting", "Opvolging" },
    { "Activity", "Status", "Timeframe", "Responsible", "Explanation", "Follow-up" } },
};
static const char * const status_words_nl[OPV_N_STATUSES] = {
  "Geen status", "Afgerond", "In uitvoering", "Doorlopend gedurende uitvoering programma",
  "In uitvoering met vertraging", "Nog niet begonnen of afgebroken",
};

static const char *
column_key (OpvExportColumns column)
{
  switch (column)
    {
    case OPV_EXPORT_COLUMN_ITEM: return "item";
    case OPV_EXPORT_COLUMN_PARTIES: return "parties";
    case OPV_EXPORT_COLUMN_STATUS: return "status";
    case OPV_EXPORT_COLUMN_TIMEFRAME: return "timeframe";
    case OPV_EXPORT_COLUMN_FOLLOWUPS: return "followups";
    case OPV_EXPORT_COLUMN_EXPLANATION: return "explanation";
    default: g_assert_not_reached ();
    }
}

static const char *
status_key (OpvStatus status)
{
  return status == OPV_STATUS_UNSET ? "unset" : opv_status_to_id (status);
}

static const char *
status_word (OpvStatus         status,
             OpvExportLanguage language)
{
  return language == OPV_EXPORT_LANGUAGE_NL ? status_words_nl[status] : opv_status_msgid (status);
}

static const OpvExportColumns *
layout_order (OpvExportLayout layout)
{
  return layout == OPV_EXPORT_LAYOUT_ACTIVITIES ? activity_order : recommendation_order;
}

static const char *
column_word (OpvExportColumns  column,
             OpvExportLayout   layout,
             OpvExportLanguage language)
{
  const OpvExportColumns *order = layout_order (layout);

  for (guint i = 0; i < 6; i++)
    if (order[i] == column)
      return column_words[layout == OPV_EXPORT_LAYOUT_ACTIVITIES][language == OPV_EXPORT_LANGUAGE_EN][i];
  g_assert_not_reached ();
}

/* ------------------------------------------------------------------------
 * What the model says the workbook holds
 * ---------------------------------------------------------------------- */

static gboolean
column_has_text (OpvExportColumns column,
                 OpvItem         *item,
                 OpvRound        *round)
{
  OpvEntry *entry = opv_item_get_entry (item, round);

  if (column == OPV_EXPORT_COLUMN_ITEM)
    return TRUE;
  if (entry == NULL)
    return FALSE;
  switch (column)
    {
    case OPV_EXPORT_COLUMN_PARTIES:
      return opv_entry_states_responsibility (entry);
    case OPV_EXPORT_COLUMN_STATUS:
      return opv_entry_get_status (entry) != OPV_STATUS_UNSET;
    case OPV_EXPORT_COLUMN_TIMEFRAME:
      return opv_entry_get_timeframe (entry)[0] != '\0';
    case OPV_EXPORT_COLUMN_FOLLOWUPS:
      return g_list_model_get_n_items (opv_entry_get_followups (entry)) > 0;
    case OPV_EXPORT_COLUMN_EXPLANATION:
      return opv_entry_get_explanation (entry)[0] != '\0' ||
             opv_entry_get_links (entry)->len > 0 ||
             opv_entry_get_kamerstukken (entry)->len > 0;
    default:
      g_assert_not_reached ();
    }
}

/* The table's columns in layout order: @requested as given, or (0) every
 * column that some exported item fills. */
static GArray *
expected_columns (GPtrArray        *items,
                  OpvRound         *round,
                  OpvExportLayout   layout,
                  OpvExportColumns  requested)
{
  const OpvExportColumns *order = layout_order (layout);
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (OpvExportColumns));

  for (guint i = 0; i < 6; i++)
    {
      gboolean wanted = FALSE;

      if (requested != 0)
        wanted = (requested & order[i]) != 0;
      else
        for (guint j = 0; j < items->len && !wanted; j++)
          wanted = column_has_text (order[i], g_ptr_array_index (items, j), round);
      if (wanted)
        g_array_append_val (columns, order[i]);
    }
  return columns;
}

/* What XML 1.0 can hold: the export removes the rest, and U+E000, the
 * private-use character it marks new follow-up with. */
static char *
xml_clean (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF || c == 0xE000)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The first column: the code, a space and the full text as the round words
 * it. When the text does not begin with the title (a heading above its
 * paragraph, as in the Inspectie report) the title comes first, on a line
 * of its own; without a text the title stands alone. */
static char *
expected_item_cell (OpvItem  *item,
                    OpvRound *round)
{
  const char *code = opv_item_get_code (item);
  const char *title = opv_item_get_title_for (item, round);
  const char *text = opv_item_get_text_for (item, round);
  g_autofree char *body = NULL;
  g_autofree char *cell = NULL;

  if (text == NULL || text[0] == '\0')
    body = g_strdup (title);
  else if (g_str_has_prefix (text, title))
    body = g_strdup (text);
  else
    body = g_strconcat (title, "\n", text, NULL);

  if (code == NULL || code[0] == '\0')
    cell = g_strdup (body);
  else
    cell = g_strdup_printf ("%s %s", code, body);
  return xml_clean (cell);
}

static char *
expected_parties (OpvEntry         *entry,
                  OpvExportLanguage language)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  if (entry == NULL || !opv_entry_states_responsibility (entry))
    return NULL;

  sorted = opv_entry_dup_parties_sorted (entry);
  for (guint i = 0; i < sorted->len; i++)
    {
      OpvResponsibility *resp = g_ptr_array_index (sorted, i);
      g_string_append_printf (names, "%s%s", i ? ", " : "", opv_party_get_short_name (resp->party));
    }
  if (names->len > 0)
    g_ptr_array_add (lines, names->str);
  if (opv_entry_get_to_be_determined (entry))
    g_ptr_array_add (lines, (gpointer) (language == OPV_EXPORT_LANGUAGE_NL ? "Nader te bepalen" : "To be determined"));
  if (opv_entry_get_responsibility_note (entry)[0] != '\0')
    g_ptr_array_add (lines, (gpointer) opv_entry_get_responsibility_note (entry));
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* The start of @text that no rendering choice can change: up to the first
 * line break or link label (the URL may follow the label), at most 30
 * characters. */
static char *
stable_prefix (const char *text,
               GPtrArray  *links)
{
  const char *end = text + strlen (text);
  const char *nl = strchr (text, '\n');
  glong n_chars;

  if (nl != NULL)
    end = nl;
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      const char *at;

      if (link->url == NULL || link->label == NULL || link->label[0] == '\0')
        continue;
      at = strstr (text, link->label);
      if (at != NULL && at < end)
        end = at;
    }
  n_chars = MIN (g_utf8_strlen (text, end - text), 30);
  {
    g_autofree char *start = g_utf8_substring (text, 0, n_chars);
    return g_strchomp (xml_clean (start));
  }
}

static void
add_followup (JsonBuilder       *b,
              OpvFollowup       *followup,
              OpvExportLanguage  language,
              gboolean           is_new)
{
  const char *code = opv_followup_get_code (followup);
  g_autofree char *prefix = stable_prefix (opv_followup_get_text (followup), opv_followup_get_links (followup));
  const char *mark = !is_new ? "" : language == OPV_EXPORT_LANGUAGE_NL ? "Nieuw " : "New ";
  g_autofree char *start = g_strdup_printf ("%s\u2022 %s%s%s", mark, code ? code : "", code && code[0] ? " " : "", prefix);
  GPtrArray *links = opv_followup_get_links (followup);
  GPtrArray *refs = opv_followup_get_references (followup);
  GPtrArray *papers = opv_followup_get_kamerstukken (followup);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "prefix");
  json_builder_add_string_value (b, start);
  json_builder_set_member_name (b, "contains");
  json_builder_begin_array (b);
  for (guint i = 0; i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      g_autofree char *s = link->url ? g_strdup_printf ("%s (%s)", link->label, link->url) : g_strdup (link->label);
      json_builder_add_string_value (b, s);
    }
  if (refs->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *see = NULL;

      g_ptr_array_add (refs, NULL);
      joined = g_strjoinv (", ", (char **) refs->pdata);
      g_ptr_array_remove_index (refs, refs->len - 1);
      see = g_strdup_printf (language == OPV_EXPORT_LANGUAGE_NL ? "(zie %s)" : "(see %s)", joined);
      json_builder_add_string_value (b, see);
    }
  for (guint i = 0; i < papers->len; i++)
    {
      g_autofree char *s = opv_kamerstuk_format (g_ptr_array_index (papers, i));
      json_builder_add_string_value (b, s);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_string_or_null (JsonBuilder *b,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value == NULL || value[0] == '\0')
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

static void
add_item (JsonBuilder       *b,
          OpvItem           *item,
          OpvRound          *round,
          OpvExportLanguage  language,
          GHashTable        *new_followups)
{
  OpvEntry *entry = opv_item_get_entry (item, round);
  g_autofree char *cell = expected_item_cell (item, round);
  g_autofree char *parties = expected_parties (entry, language);
  GListModel *followups = entry ? opv_entry_get_followups (entry) : NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "code");
  json_builder_add_string_value (b, opv_item_get_code (item));
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, opv_item_get_title_for (item, round));
  json_builder_set_member_name (b, "item_cell");
  json_builder_add_string_value (b, cell);
  add_string_or_null (b, "parties", parties);
  add_string_or_null (b, "timeframe", entry ? opv_entry_get_timeframe (entry) : NULL);
  json_builder_set_member_name (b, "status");
  if (entry == NULL || opv_entry_get_status (entry) == OPV_STATUS_UNSET)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, status_key (opv_entry_get_status (entry)));

  {
    g_autofree char *prefix = stable_prefix (entry ? opv_entry_get_explanation (entry) : "",
                                             entry ? opv_entry_get_links (entry) : NULL);
    json_builder_set_member_name (b, "explanation_prefix");
    json_builder_add_string_value (b, prefix);
  }
  json_builder_set_member_name (b, "explanation_sources");
  json_builder_begin_array (b);
  for (guint i = 0; entry != NULL && i < opv_entry_get_links (entry)->len; i++)
    {
      OpvLink *link = g_ptr_array_index (opv_entry_get_links (entry), i);
      g_autofree char *s = link->url ? g_strdup_printf ("%s (%s)", link->label, link->url) : g_strdup (link->label);
      json_builder_add_string_value (b, s);
    }
  for (guint i = 0; entry != NULL && i < opv_entry_get_kamerstukken (entry)->len; i++)
    {
      g_autofree char *s = opv_kamerstuk_format (g_ptr_array_index (opv_entry_get_kamerstukken (entry), i));
      json_builder_add_string_value (b, s);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "followups");
  json_builder_begin_array (b);
  for (guint i = 0; followups != NULL && i < g_list_model_get_n_items (followups); i++)
    {
      g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);
      add_followup (b, followup, language, new_followups && g_hash_table_contains (new_followups, followup));
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/* The items of @dossier that @options exports, in dossier order. */
static GPtrArray *
exported_items (OpvDossier             *dossier,
                const OpvExportOptions *options)
{
  GPtrArray *all = opv_dossier_dup_items (dossier);
  GPtrArray *chosen;

  if (options->items == NULL)
    return all;

  chosen = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    {
      OpvItem *item = g_ptr_array_index (all, i);
      guint index;

      if (g_ptr_array_find (options->items, item, &index))
        g_ptr_array_add (chosen, g_object_ref (item));
    }
  g_ptr_array_unref (all);
  return chosen;
}

/* The kinds of change as the workbook must name them: written out here,
 * so that a wrong or missing translation shows. */
static const char *
change_word (OpvChangeKind     kind,
             OpvExportLanguage lang)
{
  static const char * const words[][2] = {
    [OPV_CHANGE_ITEM_ADDED] = { "Toegevoegd", "Added" },
    [OPV_CHANGE_ITEM_REMOVED] = { "Vervallen", "Dropped" },
    [OPV_CHANGE_THEME_TITLE] = { "Titel van het thema", "Theme title" },
    [OPV_CHANGE_ITEM_TEXT] = { "Formulering", "Wording" },
    [OPV_CHANGE_STATUS] = { "Status", "Status" },
    [OPV_CHANGE_TIMEFRAME] = { "Planning", "Timeframe" },
    [OPV_CHANGE_PARTY_ADDED] = { "Partij toegevoegd", "Party added" },
    [OPV_CHANGE_PARTY_REMOVED] = { "Partij vervallen", "Party removed" },
    [OPV_CHANGE_ROLE] = { "Rol", "Role" },
    [OPV_CHANGE_FOLLOWUP_ADDED] = { "Opvolging toegevoegd", "Follow-up added" },
    [OPV_CHANGE_FOLLOWUP_REMOVED] = { "Opvolging vervallen", "Follow-up removed" },
    [OPV_CHANGE_FOLLOWUP_REWORDED] = { "Opvolging anders verwoord", "Follow-up reworded" },
  };

  return words[kind][lang == OPV_EXPORT_LANGUAGE_NL ? 0 : 1];
}

/* The changes since the round before @round that concern the exported
 * items and their themes; NULL when there is no round before. */
static GPtrArray *
expected_changes (OpvDossier *dossier,
                  OpvRound   *round,
                  GPtrArray  *items)
{
  OpvRound *previous = round ? opv_dossier_get_previous_round (dossier, round) : NULL;
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *changes;

  if (previous == NULL)
    return NULL;

  all = opv_compare_rounds (dossier, previous, round);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_change_free);
  for (guint i = 0; i < all->len; i++)
    {
      OpvChange *change = g_ptr_array_index (all, i);
      gboolean keep = FALSE;

      for (guint j = 0; j < items->len && !keep; j++)
        {
          OpvItem *item = g_ptr_array_index (items, j);
          keep = change->item ? change->item == item : opv_item_get_theme (item) == change->theme;
        }
      if (keep)
        g_ptr_array_add (changes, g_steal_pointer (&all->pdata[i]));
    }
  return changes;
}

static void
add_changes (JsonBuilder       *b,
             OpvDossier        *dossier,
             OpvRound          *round,
             GPtrArray         *changes,
             OpvExportLayout    layout,
             OpvExportLanguage  lang)
{
  OpvRound *previous = opv_dossier_get_previous_round (dossier, round);
  gboolean nl = lang == OPV_EXPORT_LANGUAGE_NL;
  g_autoptr(OpvCatalog) catalog = opv_catalog_new (nl ? "nl" : "en", NULL);
  g_autofree char *subtitle = g_strdup_printf (nl ? "Wijzigingen sinds %s" : "Changes since %s", opv_round_get_label (previous));

  g_assert_nonnull (catalog);
  json_builder_set_member_name (b, "changes");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "subtitle");
  json_builder_add_string_value (b, subtitle);
  json_builder_set_member_name (b, "round");
  json_builder_add_string_value (b, opv_round_get_label (round));
  json_builder_set_member_name (b, "headers");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, nl ? "Nr." : "No.");
  json_builder_add_string_value (b, column_word (OPV_EXPORT_COLUMN_ITEM, layout, lang));
  json_builder_add_string_value (b, nl ? "Wijziging" : "Change");
  json_builder_add_string_value (b, opv_round_get_label (previous));
  json_builder_add_string_value (b, opv_round_get_label (round));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "empty_text");
  json_builder_add_string_value (b, nl ? "Er is sinds de vorige ronde niets veranderd." : "Nothing changed since the previous round.");
  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint i = 0; i < changes->len; i++)
    {
      OpvChange *change = g_ptr_array_index (changes, i);
      g_autofree char *older_value = opv_change_dup_value (change, FALSE, catalog);
      g_autofree char *newer_value = opv_change_dup_value (change, TRUE, catalog);
      g_autofree char *older = older_value ? xml_clean (older_value) : NULL;
      g_autofree char *newer = newer_value ? xml_clean (newer_value) : NULL;
      OpvRound *name_round = change->kind == OPV_CHANGE_ITEM_REMOVED ? previous : round;

      json_builder_begin_array (b);
      json_builder_add_string_value (b, change->item ? opv_item_get_code (change->item) : opv_theme_get_number (change->theme));
      json_builder_add_string_value (b, change->item ? opv_item_get_title_for (change->item, name_round)
                                                     : opv_theme_get_title_for (change->theme, round));
      json_builder_add_string_value (b, change_word (change->kind, lang));
      json_builder_add_string_value (b, older ? older : "");
      json_builder_add_string_value (b, newer ? newer : "");
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/* The follow-ups the workbook must mark as new. */
static GHashTable *
expected_new_followups (GPtrArray *changes,
                        OpvRound  *round)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      OpvChange *change = g_ptr_array_index (changes, i);

      if (change->kind == OPV_CHANGE_FOLLOWUP_ADDED)
        g_hash_table_add (set, change->followup);
      else if (change->kind == OPV_CHANGE_ITEM_ADDED)
        {
          GListModel *followups = opv_entry_get_followups (opv_item_get_entry (change->item, round));

          for (guint f = 0; f < g_list_model_get_n_items (followups); f++)
            {
              g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, f);
              g_hash_table_add (set, followup);
            }
        }
    }
  return set;
}

/* Writes the expectations for exporting @dossier with @options to
 * @json_path, so that check-xlsx.py can compare the workbook with them.
 * @exact_followups and @exact_explanations, when given, map an item cell
 * to the whole text its column must hold, over all its rows. */
static void
write_expectations (OpvDossier             *dossier,
                    OpvRound               *round,
                    const OpvExportOptions *options,
                    const char             *json_path,
                    GHashTable             *exact_followups,
                    GHashTable             *exact_explanations)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = exported_items (dossier, options);
  OpvExportLayout layout = opv_export_resolve_layout (options->layout, dossier);
  OpvExportLanguage lang = options->language;
  gboolean nl = lang == OPV_EXPORT_LANGUAGE_NL;
  g_autoptr(GArray) columns = expected_columns (items, round, layout, options->columns);
  GListModel *themes = opv_dossier_get_themes (dossier);
  gboolean activities = layout == OPV_EXPORT_LAYOUT_ACTIVITIES;
  g_autoptr(GPtrArray) changes = options->changes || options->mark_new ? expected_changes (dossier, round, items) : NULL;
  g_autoptr(GHashTable) new_followups = options->mark_new ? expected_new_followups (changes, round) : NULL;

  g_assert_cmpuint (columns->len, >, 0);
  g_assert_cmpint (g_array_index (columns, OpvExportColumns, 0), ==, OPV_EXPORT_COLUMN_ITEM);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "language");
  json_builder_add_string_value (b, nl ? "nl" : "en");
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, opv_dossier_get_title (dossier));
  json_builder_set_member_name (b, "short_name");
  json_builder_add_string_value (b, opv_dossier_get_short_name (dossier));
  add_string_or_null (b, "round", round ? opv_round_get_label (round) : NULL);
  json_builder_set_member_name (b, "subtitle");
  json_builder_add_string_value (b, nl ? (activities ? "Status per activiteit" : "Status per aanbeveling")
                                       : (activities ? "Status per activity" : "Status per recommendation"));
  json_builder_set_member_name (b, "footer_center");
  json_builder_add_string_value (b, nl ? "Pagina &P van &N" : "Page &P of &N");
  json_builder_set_member_name (b, "total_label");
  json_builder_add_string_value (b, nl ? "Totaal" : "Total");
  add_string_or_null (b, "author", options->author);
  add_string_or_null (b, "organisation", options->organisation);
  json_builder_set_member_name (b, "created");
  if (options->created == 0)
    json_builder_add_null_value (b);  /* "now": not known in advance */
  else
    json_builder_add_int_value (b, options->created);
  json_builder_set_member_name (b, "summary");
  json_builder_add_boolean_value (b, options->summary);
  json_builder_set_member_name (b, "legend");
  json_builder_add_boolean_value (b, options->legend);

  json_builder_set_member_name (b, "sheets");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "Status");
  if (options->summary)
    json_builder_add_string_value (b, nl ? "Samenvatting" : "Summary");
  if (options->changes && changes != NULL)
    json_builder_add_string_value (b, nl ? "Wijzigingen" : "Changes");
  if (options->legend)
    json_builder_add_string_value (b, nl ? "Legenda" : "Legend");
  json_builder_end_array (b);

  if (options->changes && changes != NULL)
    add_changes (b, dossier, round, changes, layout, lang);
  json_builder_set_member_name (b, "new_mark");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "word");
  json_builder_add_string_value (b, nl ? "Nieuw" : "New");
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, new_followups ? g_hash_table_size (new_followups) : 0);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "columns");
  json_builder_begin_array (b);
  for (guint i = 0; i < columns->len; i++)
    json_builder_add_string_value (b, column_key (g_array_index (columns, OpvExportColumns, i)));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "headers");
  json_builder_begin_array (b);
  for (guint i = 0; i < columns->len; i++)
    json_builder_add_string_value (b, column_word (g_array_index (columns, OpvExportColumns, i), layout, lang));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "status_labels");
  json_builder_begin_object (b);
  for (OpvStatus s = 0; s < OPV_N_STATUSES; s++)
    {
      json_builder_set_member_name (b, status_key (s));
      json_builder_add_string_value (b, status_word (s, lang));
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "meanings_en");
  json_builder_begin_object (b);
  for (OpvStatus s = 0; s < OPV_N_STATUSES; s++)
    {
      json_builder_set_member_name (b, status_key (s));
      json_builder_add_string_value (b, opv_status_meaning_msgid (s));
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "status_order");
  json_builder_begin_array (b);
  for (OpvStatus s = 0; s < OPV_N_STATUSES; s++)
    json_builder_add_string_value (b, status_key (s));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "legend_statuses");
  json_builder_begin_array (b);
  for (OpvStatus s = OPV_STATUS_DONE; s < OPV_N_STATUSES; s++)
    json_builder_add_string_value (b, status_key (s));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "n_items");
  json_builder_add_int_value (b, items->len);

  /* Themes in dossier order, each with the exported items it holds; a
   * theme none of whose items is exported has no row. */
  json_builder_set_member_name (b, "themes");
  json_builder_begin_array (b);
  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, t);
      g_autofree char *heading = opv_theme_dup_heading (theme, round);
      guint counts[OPV_N_STATUSES] = { 0 };
      gboolean any = FALSE;

      for (guint i = 0; i < items->len && !any; i++)
        any = opv_item_get_theme (g_ptr_array_index (items, i)) == theme;
      if (!any)
        continue;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "heading");
      json_builder_add_string_value (b, heading);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, opv_theme_get_title_for (theme, round));
      json_builder_set_member_name (b, "number");
      json_builder_add_string_value (b, opv_theme_get_number (theme));
      json_builder_set_member_name (b, "items");
      json_builder_begin_array (b);
      for (guint i = 0; i < items->len; i++)
        {
          OpvItem *item = g_ptr_array_index (items, i);
          OpvEntry *entry = opv_item_get_entry (item, round);

          if (opv_item_get_theme (item) != theme)
            continue;
          counts[entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET]++;
          add_item (b, item, round, lang, new_followups);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "status_counts");
      json_builder_begin_object (b);
      for (OpvStatus s = 0; s < OPV_N_STATUSES; s++)
        {
          json_builder_set_member_name (b, status_key (s));
          json_builder_add_int_value (b, counts[s]);
        }
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);

  /* Exact texts for the edge cases, put into the item objects by code. */
  if (exact_followups != NULL || exact_explanations != NULL)
    {
      JsonArray *theme_array = json_object_get_array_member (json_node_get_object (root), "themes");

      for (guint t = 0; t < json_array_get_length (theme_array); t++)
        {
          JsonArray *item_array = json_object_get_array_member (json_array_get_object_element (theme_array, t), "items");

          for (guint i = 0; i < json_array_get_length (item_array); i++)
            {
              JsonObject *o = json_array_get_object_element (item_array, i);
              const char *cell = json_object_get_string_member (o, "item_cell");
              const char *text;

              if (exact_followups && (text = g_hash_table_lookup (exact_followups, cell)) != NULL)
                json_object_set_string_member (o, "followups_exact", text);
              if (exact_explanations && (text = g_hash_table_lookup (exact_explanations, cell)) != NULL)
                json_object_set_string_member (o, "explanation_exact", text);
            }
        }
    }

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_to_file (gen, json_path, &error);
  g_assert_no_error (error);
}

/* Runs check-xlsx.py on @xlsx, or with @self_test its check of itself;
 * its report goes to the test log. */
static void
run_checker_full (const char *xlsx,
                  const char *json_path,
                  gboolean    self_test)
{
  g_autofree char *script = opv_test_srcdir_file ("check-xlsx.py", NULL);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing: cannot read the workbook back");
      return;
    }

  if (self_test)
    proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE, &error,
                             PYTHON, script, "--self-test", xlsx, json_path, NULL);
  else
    proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE, &error,
                             PYTHON, script, xlsx, json_path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (out ? out : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_test_message ("check-xlsx: %s", lines[i]);

  g_assert_true (g_subprocess_get_if_exited (proc));
  if (g_subprocess_get_exit_status (proc) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  /* The lines above say what differs. */
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);
}

static void
run_checker (const char *xlsx,
             const char *json_path)
{
  run_checker_full (xlsx, json_path, FALSE);
}

static void
export_ok (OpvDossier             *dossier,
           OpvRound               *round,
           const OpvExportOptions *options,
           const char             *path)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = opv_export_xlsx (dossier, round, options, path, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
export_and_check (Fixture                *f,
                  OpvDossier             *dossier,
                  OpvRound               *round,
                  const OpvExportOptions *options,
                  const char             *name)
{
  g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", f->dir, name);
  g_autofree char *json = g_strdup_printf ("%s/%s.json", f->dir, name);

  export_ok (dossier, round, options, xlsx);
  write_expectations (dossier, round, options, json, NULL, NULL);
  run_checker (xlsx, json);
}

/* ------------------------------------------------------------------------
 * The default dossiers, in both languages and their rounds
 * ---------------------------------------------------------------------- */

typedef struct
{
  const char        *path;
  const char        *slug;
  OpvExportLanguage  language;
  const char        *round;     /* NULL: the newest (or none at all) */
} WorkbookCase;

static const WorkbookCase workbook_cases[] = {
  { "/export/workbook/schaduw-dansen/nl/newest", "schaduw-dansen", OPV_EXPORT_LANGUAGE_NL, NULL },
  { "/export/workbook/schaduw-dansen/en/newest", "schaduw-dansen", OPV_EXPORT_LANGUAGE_EN, NULL },
  { "/export/workbook/schaduw-dansen/nl/juni-2023", "schaduw-dansen", OPV_EXPORT_LANGUAGE_NL, "Update juni 2023" },
  { "/export/workbook/schaduw-dansen/en/juni-2023", "schaduw-dansen", OPV_EXPORT_LANGUAGE_EN, "Update juni 2023" },
  { "/export/workbook/nap/nl/newest", "nap", OPV_EXPORT_LANGUAGE_NL, NULL },
  { "/export/workbook/nap/en/newest", "nap", OPV_EXPORT_LANGUAGE_EN, NULL },
  { "/export/workbook/inspectie/nl/newest", "inspectie", OPV_EXPORT_LANGUAGE_NL, NULL },
  { "/export/workbook/inspectie/en/newest", "inspectie", OPV_EXPORT_LANGUAGE_EN, NULL },
};

static void
test_workbook (Fixture       *f,
               gconstpointer  data)
{
  const WorkbookCase *c = data;
  g_autoptr(OpvDossier) dossier = load_dossier (f, c->slug);
  OpvRound *round = c->round ? opv_dossier_find_round (dossier, c->round) : opv_dossier_get_newest_round (dossier);
  OpvExportOptions options;

  if (c->round != NULL)
    g_assert_nonnull (round);
  init_options (&options, c->language);
  export_and_check (f, dossier, round, &options, c->slug);
  opv_export_options_clear (&options);
}

/* The defaults leave out columns that no item fills: the two rounds of
 * Schaduw dansen report different things. This pins the model's side of
 * that, so that the expectations above cannot drift unnoticed. */
static void
test_default_columns (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "schaduw-dansen");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
  OpvRound *june = opv_dossier_find_round (dossier, "Update juni 2023");
  OpvRound *newest = opv_dossier_get_newest_round (dossier);
  g_autoptr(GArray) june_columns = expected_columns (items, june, OPV_EXPORT_LAYOUT_RECOMMENDATIONS, 0);
  g_autoptr(GArray) newest_columns = expected_columns (items, newest, OPV_EXPORT_LAYOUT_RECOMMENDATIONS, 0);

  g_assert_nonnull (june);
  g_assert_cmpstr (opv_round_get_label (newest), ==, "Update 2024");
  g_assert_cmpuint (june_columns->len, ==, 3);
  g_assert_cmpint (g_array_index (june_columns, OpvExportColumns, 1), ==, OPV_EXPORT_COLUMN_PARTIES);
  g_assert_cmpint (g_array_index (june_columns, OpvExportColumns, 2), ==, OPV_EXPORT_COLUMN_FOLLOWUPS);
  g_assert_cmpuint (newest_columns->len, ==, 2);
  g_assert_cmpint (g_array_index (newest_columns, OpvExportColumns, 1), ==, OPV_EXPORT_COLUMN_FOLLOWUPS);
}

/* ------------------------------------------------------------------------
 * Options
 * ---------------------------------------------------------------------- */

typedef struct
{
  const char        *path;
  const char        *slug;
  OpvExportLanguage  language;
  OpvExportLayout    layout;
  OpvExportColumns   columns;
  gboolean           summary;
  gboolean           legend;
  const char        *headers;   /* the header row the issue specifies, "|"-separated */
} ColumnsCase;

static const ColumnsCase columns_cases[] = {
  /* Explicit columns are written even when every cell is empty: Schaduw
   * dansen sets no status. */
  { "/export/columns/item-status/schaduw-dansen", "schaduw-dansen", OPV_EXPORT_LANGUAGE_NL,
    OPV_EXPORT_LAYOUT_AUTO, OPV_EXPORT_COLUMN_ITEM | OPV_EXPORT_COLUMN_STATUS, TRUE, TRUE,
    "Aanbeveling|Status" },
  { "/export/columns/item-status/nap", "nap", OPV_EXPORT_LANGUAGE_EN,
    OPV_EXPORT_LAYOUT_AUTO, OPV_EXPORT_COLUMN_ITEM | OPV_EXPORT_COLUMN_STATUS, TRUE, TRUE,
    "Activity|Status" },
  { "/export/columns/all/nap-as-recommendations", "nap", OPV_EXPORT_LANGUAGE_NL,
    OPV_EXPORT_LAYOUT_RECOMMENDATIONS, OPV_EXPORT_ALL_COLUMNS, FALSE, TRUE,
    "Aanbeveling|Verantwoordelijk|Status|Wanneer|Opvolging|Toelichting" },
  { "/export/columns/all/schaduw-dansen-as-activities", "schaduw-dansen", OPV_EXPORT_LANGUAGE_EN,
    OPV_EXPORT_LAYOUT_ACTIVITIES, OPV_EXPORT_ALL_COLUMNS, TRUE, FALSE,
    "Activity|Status|Timeframe|Responsible|Explanation|Follow-up" },
  { "/export/columns/default/no-extra-sheets", "nap", OPV_EXPORT_LANGUAGE_NL,
    OPV_EXPORT_LAYOUT_AUTO, 0, FALSE, FALSE,
    "Activiteit|Status|Wanneer|Wie|Toelichting" },
};

static void
test_columns (Fixture       *f,
              gconstpointer  data)
{
  const ColumnsCase *c = data;
  g_autoptr(OpvDossier) dossier = load_dossier (f, c->slug);
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
  OpvExportLayout layout = opv_export_resolve_layout (c->layout, dossier);
  g_autoptr(GArray) columns = expected_columns (items, round, layout, c->columns);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (NULL);
  g_autofree char *headers = NULL;
  OpvExportOptions options;

  /* The expectations the checker gets agree with the header row. */
  for (guint i = 0; i < columns->len; i++)
    g_ptr_array_add (words, (gpointer) column_word (g_array_index (columns, OpvExportColumns, i), layout, c->language));
  g_ptr_array_add (words, NULL);
  headers = g_strjoinv ("|", (char **) words->pdata);
  g_assert_cmpstr (headers, ==, c->headers);

  init_options (&options, c->language);
  options.layout = c->layout;
  options.columns = c->columns;
  options.summary = c->summary;
  options.legend = c->legend;
  export_and_check (f, dossier, round, &options, "columns");
  opv_export_options_clear (&options);
}

static void
test_items_subset (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "schaduw-dansen");
  g_autoptr(GPtrArray) all = opv_dossier_dup_items (dossier);
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  OpvExportOptions options;
  /* From three themes, leaving out the first and every other theme. */
  const guint picks[] = { 3, 5, 12, 32 };

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  options.items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (picks); i++)
    g_ptr_array_add (options.items, g_object_ref (g_ptr_array_index (all, picks[i])));
  g_assert_true (opv_item_get_theme (g_ptr_array_index (all, 3)) != opv_item_get_theme (g_ptr_array_index (all, 0)));

  export_and_check (f, dossier, round, &options, "subset");
  opv_export_options_clear (&options);
}

/* ------------------------------------------------------------------------
 * The streaming export: the same bytes as the export of the loaded dossier
 * ---------------------------------------------------------------------- */

static void
assert_same_file (const char *expected,
                  const char *actual)
{
  g_autofree char *a = opv_test_file_sha256 (expected);
  g_autofree char *b = opv_test_file_sha256 (actual);

  g_test_message ("%s: %s, %s: %s", expected, a, actual, b);
  g_assert_cmpstr (b, ==, a);
}

/* Every default dossier in every round and both languages, with the
 * default options, with changes and "New" marks, with a subset of items
 * and with chosen columns. */
static void
test_stream_same_bytes (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const slugs[] = { "schaduw-dansen", "nap", "inspectie" };
  g_autofree char *database = g_build_filename (f->dir, "opvolging.db", NULL);
  guint n_compared = 0;

  for (guint d = 0; d < G_N_ELEMENTS (slugs); d++)
    {
      g_autoptr(OpvDossier) dossier = load_dossier (f, slugs[d]);
      g_autoptr(GPtrArray) all = opv_dossier_dup_items (dossier);
      GListModel *rounds = opv_dossier_get_rounds (dossier);

      /* Inspectie has no round: once without. */
      for (guint r = 0; r < MAX (g_list_model_get_n_items (rounds), 1); r++)
        for (guint variant = 0; variant < 4; variant++)
          {
            g_autoptr(OpvRound) round = r < g_list_model_get_n_items (rounds) ? g_list_model_get_item (rounds, r) : NULL;
            g_autofree char *loaded_path = g_strdup_printf ("%s/%s-%u-%u-loaded.xlsx", f->dir, slugs[d], r, variant);
            g_autofree char *streamed_path = g_strdup_printf ("%s/%s-%u-%u-streamed.xlsx", f->dir, slugs[d], r, variant);
            g_autoptr(GError) error = NULL;
            OpvExportOptions options;

            init_options (&options, variant % 2 ? OPV_EXPORT_LANGUAGE_EN : OPV_EXPORT_LANGUAGE_NL);
            if (variant == 1 || variant == 2)
              options.changes = options.mark_new = TRUE;
            if (variant == 2)
              {
                options.items = g_ptr_array_new_with_free_func (g_object_unref);
                for (guint i = 1; i < all->len; i += 3)
                  g_ptr_array_add (options.items, g_object_ref (g_ptr_array_index (all, i)));
              }
            if (variant == 3)
              options.columns = OPV_EXPORT_COLUMN_ITEM | OPV_EXPORT_COLUMN_STATUS | OPV_EXPORT_COLUMN_FOLLOWUPS;

            export_ok (dossier, round, &options, loaded_path);
            g_assert_true (opv_export_xlsx_from_store (database, opv_dossier_get_id (dossier),
                                                       round ? opv_round_get_id (round) : 0,
                                                       &options, streamed_path, NULL, NULL, NULL, &error));
            g_assert_no_error (error);
            assert_same_file (loaded_path, streamed_path);
            opv_export_options_clear (&options);
            n_compared++;
          }
    }

  g_assert_cmpuint (n_compared, ==, 4 * 4);
}

static void
count_progress (double   fraction,
                gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* What the streaming export refuses, and that it reports and stops. */
static void
test_stream_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *database = g_build_filename (f->dir, "opvolging.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *path = g_build_filename (f->dir, "stream.xlsx", NULL);
  g_autoptr(OpvDossier) dossier = load_dossier (f, "nap");
  g_autoptr(OpvDossier) other = load_dossier (f, "schaduw-dansen");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  OpvExportOptions options;
  guint n_progress = 0;

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);

  g_assert_false (opv_export_xlsx_from_store (missing, opv_dossier_get_id (dossier), 0, &options, path,
                                              NULL, NULL, NULL, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_OPEN);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_false (opv_export_xlsx_from_store (database, 999999, 0, &options, path, NULL, NULL, NULL, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A round of another dossier */
  g_assert_false (opv_export_xlsx_from_store (database, opv_dossier_get_id (dossier),
                                              opv_round_get_id (opv_dossier_get_newest_round (other)),
                                              &options, path, NULL, NULL, NULL, &error));
  g_assert_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_cancellable_cancel (cancellable);
  g_assert_false (opv_export_xlsx_from_store (database, opv_dossier_get_id (dossier),
                                              opv_round_get_id (opv_dossier_get_newest_round (dossier)),
                                              &options, path, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (opv_export_xlsx_from_store (database, opv_dossier_get_id (dossier),
                                             opv_round_get_id (opv_dossier_get_newest_round (dossier)),
                                             &options, path, count_progress, &n_progress, NULL, &error));
  g_assert_no_error (error);
  /* The first item, the last (the NAP has 83), compressing and done */
  g_assert_cmpuint (n_progress, ==, 4);
  opv_export_options_clear (&options);
}

/* ------------------------------------------------------------------------
 * What changed since the previous round
 * ---------------------------------------------------------------------- */

typedef struct
{
  const char        *path;
  OpvExportLanguage  language;
  gboolean           changes;
  gboolean           mark_new;
} ChangesCase;

static const ChangesCase changes_cases[] = {
  { "/export/changes/schaduw-dansen/nl/sheet-and-marks", OPV_EXPORT_LANGUAGE_NL, TRUE, TRUE },
  { "/export/changes/schaduw-dansen/en/sheet", OPV_EXPORT_LANGUAGE_EN, TRUE, FALSE },
  { "/export/changes/schaduw-dansen/en/marks", OPV_EXPORT_LANGUAGE_EN, FALSE, TRUE },
};

static void
test_changes (Fixture       *f,
              gconstpointer  data)
{
  const ChangesCase *c = data;
  g_autoptr(OpvDossier) dossier = load_dossier (f, "schaduw-dansen");
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
  g_autoptr(GPtrArray) changes = expected_changes (dossier, round, items);
  g_autoptr(GHashTable) new_followups = expected_new_followups (changes, round);
  OpvExportOptions options;

  /* What tests/test-rounds.c found by hand: 3 theme titles, 4 wordings,
   * 9 follow-ups removed, 15 reworded and 96 added. */
  g_assert_cmpuint (changes->len, ==, 127);
  g_assert_cmpuint (g_hash_table_size (new_followups), ==, 96);

  init_options (&options, c->language);
  options.changes = c->changes;
  options.mark_new = c->mark_new;
  export_and_check (f, dossier, round, &options, "changes");
  opv_export_options_clear (&options);
}

/* The first round has none before it: no sheet, no marks, no error. */
static void
test_changes_first_round (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "schaduw-dansen");
  OpvRound *round = opv_dossier_find_round (dossier, "Update juni 2023");
  OpvExportOptions options;

  g_assert_null (opv_dossier_get_previous_round (dossier, round));
  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  options.changes = TRUE;
  options.mark_new = TRUE;
  export_and_check (f, dossier, round, &options, "first-round");
  opv_export_options_clear (&options);
}

/* A round just started from the last one: the sheet says nothing changed. */
static void
test_changes_none (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OpvDossier) before = load_dossier (f, "nap");
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  OpvExportOptions options;
  gint64 id;

  id = opv_store_create_round (f->store, opv_dossier_get_id (before), "Voortgang 2026", "2026", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  dossier = load_dossier (f, "nap");
  g_assert_cmpstr (opv_round_get_label (opv_dossier_get_newest_round (dossier)), ==, "Voortgang 2026");

  init_options (&options, OPV_EXPORT_LANGUAGE_EN);
  options.changes = TRUE;
  options.mark_new = TRUE;
  export_and_check (f, dossier, opv_dossier_get_newest_round (dossier), &options, "no-changes");
  opv_export_options_clear (&options);
}

/* The export marks new follow-up with a private-use character; the same
 * character in a user's text must neither become a mark nor reach the file. */
static void
test_changes_private_mark (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "schaduw-dansen");
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
  OpvEntry *entry = opv_item_get_entry (g_ptr_array_index (items, 0), round);
  g_autoptr(OpvFollowup) followup = opv_followup_new ("1.1.99", "Een \xee\x80\x80 teken dat de export zelf gebruikt");
  OpvExportOptions options;

  opv_entry_add_followup (entry, followup);
  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  options.changes = TRUE;
  options.mark_new = TRUE;
  export_and_check (f, dossier, round, &options, "private-mark");
  opv_export_options_clear (&options);
}

static void
test_parse_columns (void)
{
  const OpvExportColumns all[] = {
    OPV_EXPORT_COLUMN_ITEM, OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_STATUS,
    OPV_EXPORT_COLUMN_TIMEFRAME, OPV_EXPORT_COLUMN_FOLLOWUPS, OPV_EXPORT_COLUMN_EXPLANATION,
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  OpvExportColumns parsed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      const char *id = opv_export_column_id (all[i]);

      g_assert_nonnull (id);
      g_assert_true (opv_export_parse_columns (id, &parsed, &error));
      g_assert_no_error (error);
      g_assert_cmpint (parsed, ==, all[i]);
      g_string_append_printf (text, "%s%s", i ? "," : "", id);
    }
  g_assert_true (opv_export_parse_columns (text->str, &parsed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (parsed, ==, OPV_EXPORT_ALL_COLUMNS);

  g_assert_false (opv_export_parse_columns ("item,nonsense", &parsed, &error));
  g_assert_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nonsense"));
}

static void
test_words (void)
{
  OpvExportLanguage language;

  /* The English header words are the msgids the workbook translates. */
  for (guint l = 0; l < 2; l++)
    {
      OpvExportLayout layout = l ? OPV_EXPORT_LAYOUT_ACTIVITIES : OPV_EXPORT_LAYOUT_RECOMMENDATIONS;
      const OpvExportColumns *order = layout_order (layout);

      for (guint i = 0; i < 6; i++)
        g_assert_cmpstr (opv_export_column_msgid (order[i], layout), ==, column_words[l][1][i]);
    }

  g_assert_true (opv_export_language_from_id ("nl", &language));
  g_assert_cmpint (language, ==, OPV_EXPORT_LANGUAGE_NL);
  g_assert_true (opv_export_language_from_id ("en", &language));
  g_assert_cmpint (language, ==, OPV_EXPORT_LANGUAGE_EN);
  g_assert_false (opv_export_language_from_id ("de", &language));
  g_assert_cmpstr (opv_export_language_to_id (OPV_EXPORT_LANGUAGE_NL), ==, "nl");
  g_assert_cmpstr (opv_export_language_to_id (OPV_EXPORT_LANGUAGE_EN), ==, "en");
}

static void
test_layout_and_filename (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvDossier) schaduw = load_dossier (f, "schaduw-dansen");
  g_autoptr(OpvDossier) nap = load_dossier (f, "nap");
  g_autoptr(OpvDossier) odd = opv_dossier_new ("odd", "Plan a/b: c", OPV_DOSSIER_KIND_RECOMMENDATIONS);
  g_autofree char *name = NULL;
  g_autofree char *odd_name = NULL;

  g_assert_cmpint (opv_export_resolve_layout (OPV_EXPORT_LAYOUT_AUTO, schaduw), ==, OPV_EXPORT_LAYOUT_RECOMMENDATIONS);
  g_assert_cmpint (opv_export_resolve_layout (OPV_EXPORT_LAYOUT_AUTO, nap), ==, OPV_EXPORT_LAYOUT_ACTIVITIES);
  g_assert_cmpint (opv_export_resolve_layout (OPV_EXPORT_LAYOUT_RECOMMENDATIONS, nap), ==, OPV_EXPORT_LAYOUT_RECOMMENDATIONS);

  name = opv_export_default_filename (schaduw, opv_dossier_find_round (schaduw, "Update juni 2023"));
  g_assert_cmpstr (name, ==, "Schaduw dansen - Update juni 2023.xlsx");

  /* A file name is one path element, whatever the title holds. */
  odd_name = opv_export_default_filename (odd, NULL);
  g_test_message ("default file name for “Plan a/b: c”: %s", odd_name);
  g_assert_null (strchr (odd_name, '/'));
  g_assert_true (g_str_has_suffix (odd_name, ".xlsx"));
  g_assert_cmpuint (strlen (odd_name), >, strlen (".xlsx"));
}

/* ------------------------------------------------------------------------
 * Progress, cancellation and failures leave the disk as it was
 * ---------------------------------------------------------------------- */

static int
sort_names (gconstpointer a,
            gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted: a leftover temporary file shows here. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, sort_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  guint         cancel_at;   /* cancel at this call (0 is the first) */
  double        last;
  gboolean      backwards;
  GArray       *fractions;
} Progress;

/* A negative fraction says "busy, amount unknown": the workbook is being
 * compressed. Any other value is the fraction done and never decreases. */
static void
record_progress (double   fraction,
                 gpointer user_data)
{
  Progress *p = user_data;

  if (p->fractions != NULL)
    g_array_append_val (p->fractions, fraction);
  p->calls++;
  if (fraction < 0.0)
    return;
  if (fraction < p->last || fraction > 1.0)
    {
      g_test_message ("progress went from %g to %g", p->last, fraction);
      p->backwards = TRUE;
    }
  p->last = fraction;
}

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  Progress *p = user_data;

  if (p->calls++ == p->cancel_at)
    g_cancellable_cancel (p->cancellable);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "nap");
  g_autofree char *path = g_build_filename (f->dir, "progress.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  Progress p = { NULL, 0, 0, 0.0, FALSE, NULL };
  OpvExportOptions options;

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  g_assert_true (opv_export_xlsx (dossier, opv_dossier_get_newest_round (dossier), &options, path,
                                  record_progress, &p, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p.calls, >, 1);
  g_assert_false (p.backwards);
  g_assert_cmpfloat (p.last, ==, 1.0);
  opv_export_options_clear (&options);
}

/* Whenever the user cancels, before the workbook is in place, the export
 * stops and leaves nothing: also during the compression at the end, which
 * takes most of the time of a large export. */
static void
test_cancel_each_step (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "nap");
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autofree char *counted = g_build_filename (f->dir, "counted.xlsx", NULL);
  g_autofree char *path = g_build_filename (f->dir, "step.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Progress count = { NULL, 0, 0, 0.0, FALSE, fractions };
  g_autofree char *before = NULL;
  OpvExportOptions options;

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  g_assert_true (opv_export_xlsx (dossier, round, &options, counted, record_progress, &count, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 2);
  g_unlink (counted);
  before = list_dir (f->dir);

  /* The last call reports the finished file; every call before it comes
   * while the export can still be undone. */
  for (guint k = 0; k + 1 < fractions->len; k++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      Progress p = { cancellable, 0, k, 0.0, FALSE, NULL };
      g_autofree char *after = NULL;
      gboolean ok;

      g_test_message ("cancelling at progress call %u of %u (fraction %g)",
                      k + 1, fractions->len, g_array_index (fractions, double, k));
      ok = opv_export_xlsx (dossier, round, &options, path, cancel_on_progress, &p, cancellable, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_false (ok);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      after = list_dir (f->dir);
      g_assert_cmpstr (after, ==, before);
      g_clear_error (&error);
    }
  opv_export_options_clear (&options);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "schaduw-dansen");
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autofree char *path = g_build_filename (f->dir, "cancelled.xlsx", NULL);
  g_autofree char *kept = g_build_filename (f->dir, "kept.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sum_before = NULL;
  g_autofree char *sum_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress p = { cancellable, 0, 0, 0.0, FALSE, NULL };
  OpvExportOptions options;
  static const char old[] = "the workbook of last week\n";

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);

  /* A new file: nothing is left behind, not even a temporary file. */
  before = list_dir (f->dir);
  g_assert_false (opv_export_xlsx (dossier, round, &options, path, cancel_on_progress, &p, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (p.calls, >=, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  after = list_dir (f->dir);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);

  /* An existing file keeps every byte. */
  opv_test_write_file (kept, old, sizeof old - 1);
  sum_before = opv_test_file_sha256 (kept);
  g_clear_pointer (&before, g_free);
  before = list_dir (f->dir);
  g_cancellable_reset (cancellable);
  p.calls = 0;
  g_assert_false (opv_export_xlsx (dossier, round, &options, kept, cancel_on_progress, &p, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (p.calls, >=, 1);
  sum_after = opv_test_file_sha256 (kept);
  g_assert_cmpstr (sum_after, ==, sum_before);
  after = list_dir (f->dir);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);

  /* Cancelled before it starts: the same. */
  g_assert_false (opv_export_xlsx (dossier, round, &options, kept, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&sum_after, g_free);
  sum_after = opv_test_file_sha256 (kept);
  g_assert_cmpstr (sum_after, ==, sum_before);
  after = list_dir (f->dir);
  g_assert_cmpstr (after, ==, before);

  opv_export_options_clear (&options);
}

static void
assert_write_error (OpvDossier *dossier,
                    const char *path)
{
  g_autoptr(GError) error = NULL;
  OpvExportOptions options;

  init_options (&options, OPV_EXPORT_LANGUAGE_EN);
  g_assert_false (opv_export_xlsx (dossier, opv_dossier_get_newest_round (dossier), &options, path,
                                   NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s: %s", path, error->message);
  g_assert_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_WRITE);
  if (strstr (error->message, path) == NULL)
    g_assert_cmpstr (error->message, ==, path);  /* shows the message */
  opv_export_options_clear (&options);
}

static void
test_write_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "nap");
  g_autofree char *missing = g_build_filename (f->dir, "missing", "sub", "out.xlsx", NULL);
  g_autofree char *a_file = g_build_filename (f->dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (a_file, "out.xlsx", NULL);
  g_autofree char *a_dir = g_build_filename (f->dir, "a-folder.xlsx", NULL);
  g_autofree char *ro = g_build_filename (f->dir, "read-only", NULL);
  g_autofree char *in_ro = g_build_filename (ro, "out.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* A folder that does not exist. */
  assert_write_error (dossier, missing);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A "folder" that is a file. */
  opv_test_write_file (a_file, "x", 1);
  assert_write_error (dossier, under_file);

  /* A target that is a folder: the workbook is written, then cannot
   * replace it; the temporary file must go. */
  g_assert_cmpint (g_mkdir (a_dir, 0755), ==, 0);
  before = list_dir (f->dir);
  assert_write_error (dossier, a_dir);
  after = list_dir (f->dir);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (a_dir, G_FILE_TEST_IS_DIR));

  /* /proc takes no new files, not even from root. */
  if (g_file_test ("/proc/self", G_FILE_TEST_IS_DIR))
    assert_write_error (dossier, "/proc/opv-export-test.xlsx");

  /* A folder without write permission; root writes anyway. */
  g_assert_cmpint (g_mkdir (ro, 0555), ==, 0);
  if (access (ro, W_OK) == 0)
    {
      g_test_message ("running as root: a read-only folder stops nobody, so only /proc was tried");
      return;
    }
  assert_write_error (dossier, in_ro);
  g_assert_false (g_file_test (in_ro, G_FILE_TEST_EXISTS));
}

/* ------------------------------------------------------------------------
 * The process locale changes nothing
 * ---------------------------------------------------------------------- */

static gboolean
have_dutch_locale (void)
{
  g_autofree char *out = NULL;

  if (!g_spawn_command_line_sync ("locale -a", &out, NULL, NULL, NULL) || out == NULL)
    return FALSE;
  return strstr (out, "nl_NL.utf8") != NULL || strstr (out, "nl_NL.UTF-8") != NULL;
}

static void
test_locale (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "nap");
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autofree char *c1 = g_build_filename (f->dir, "c1.xlsx", NULL);
  g_autofree char *c2 = g_build_filename (f->dir, "c2.xlsx", NULL);
  g_autofree char *global = g_build_filename (f->dir, "nl-setlocale.xlsx", NULL);
  g_autofree char *thread = g_build_filename (f->dir, "nl-uselocale.xlsx", NULL);
  g_autofree char *json = g_build_filename (f->dir, "nl.json", NULL);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  OpvExportOptions options;
  locale_t nl;
  locale_t old;

  if (!have_dutch_locale ())
    {
      g_test_skip ("nl_NL.UTF-8 is not generated (`locale -a`); build-aux/setup-deps generates it");
      return;
    }

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);

  /* Two exports with the same date are the same file: without that, the
   * comparisons below would prove nothing. */
  export_ok (dossier, round, &options, c1);
  export_ok (dossier, round, &options, c2);
  assert_same_file (c1, c2);

  g_assert_nonnull (setlocale (LC_ALL, "nl_NL.UTF-8"));
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  export_ok (dossier, round, &options, global);
  setlocale (LC_ALL, saved);
  assert_same_file (c1, global);

  nl = newlocale (LC_ALL_MASK, "nl_NL.UTF-8", (locale_t) 0);
  g_assert_true (nl != (locale_t) 0);
  old = uselocale (nl);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  export_ok (dossier, round, &options, thread);
  uselocale (old);
  freelocale (nl);
  assert_same_file (c1, thread);

  /* And it reads back: counts are whole numbers, widths have points. */
  write_expectations (dossier, round, &options, json, NULL, NULL);
  run_checker (global, json);
  opv_export_options_clear (&options);
}

/* ------------------------------------------------------------------------
 * Texts that spreadsheets like to misread
 * ---------------------------------------------------------------------- */

#define LONG_FOLLOWUP_CHARS 100000
#define LONG_EXPLANATION_CHARS 50000

/* Numbered words, so that a lost or doubled piece changes the text; a line
 * break every twelve words, as a pasted report would have. */
static char *
long_text (guint  n_chars,
           char   tag)
{
  GString *s = g_string_sized_new (n_chars + 16);

  for (guint i = 0; s->len < n_chars; i++)
    g_string_append_printf (s, "%c%05u%s", tag, i, (i % 12) == 11 ? "\n" : " ");
  g_string_truncate (s, n_chars);
  return g_string_free (s, FALSE);
}

static OpvItem *
add_edge_item (OpvTheme    *theme,
               OpvRound    *round,
               const char  *code,
               const char  *text,
               const char  *timeframe,
               const char  *explanation,
               const char  *followup)
{
  g_autoptr(OpvItem) item = opv_item_new (code, text, text);
  g_autoptr(OpvEntry) entry = opv_entry_new (round);

  opv_entry_set_timeframe (entry, timeframe);
  opv_entry_set_explanation (entry, explanation);
  if (followup != NULL)
    {
      g_autoptr(OpvFollowup) fu = opv_followup_new ("", followup);
      opv_entry_add_followup (entry, fu);
    }
  opv_item_add_entry (item, entry);
  opv_theme_add_item (theme, item);
  return item;
}

static void
test_difficult_texts (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const formulas[] = {
    "=HYPERLINK(\"http://x\")", "+31 6", "-1", "@SUM(A1)",
  };
  static const char controls[] = "Voor\x01na\x0b" "klaar; tab\tblijft; \xef\xbf\xbe\xef\xbf\xbf weg; é ✓ 😀";
  static const char controls_clean[] = "Voornaklaar; tab\tblijft;  weg; é ✓ 😀";
  g_autoptr(OpvDossier) dossier = opv_dossier_new ("randgevallen", "Randgevallen", OPV_DOSSIER_KIND_RECOMMENDATIONS);
  g_autoptr(OpvRound) round = opv_round_new ("Ronde 1", "2024");
  g_autoptr(OpvTheme) theme = opv_theme_new ("1", "Wat spreadsheets misverstaan");
  g_autoptr(OpvTheme) tall = opv_theme_new ("2", "Een aanbeveling hoger dan een rij");
  g_autofree char *long_followup = long_text (LONG_FOLLOWUP_CHARS, 'w');
  g_autofree char *long_explanation = long_text (LONG_EXPLANATION_CHARS, 'e');
  g_autofree char *long_item = long_text (3000, 'a');
  g_autofree char *long_followup_cell = g_strconcat ("\u2022 ", long_followup, NULL);
  g_autofree char *controls_cell = g_strconcat ("\u2022 ", controls_clean, NULL);
  g_autoptr(GHashTable) exact_followups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) exact_explanations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *xlsx = g_build_filename (f->dir, "difficult.xlsx", NULL);
  g_autofree char *json = g_build_filename (f->dir, "difficult.json", NULL);
  OpvExportOptions options;
  OpvItem *item;

  g_assert_cmpuint (g_utf8_strlen (long_followup, -1), ==, LONG_FOLLOWUP_CHARS);
  opv_dossier_set_short_name (dossier, "Randgevallen");
  opv_dossier_add_round (dossier, round);
  opv_dossier_add_theme (dossier, theme);

  /* Formula-like texts at the start of every kind of cell. */
  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autofree char *cell = g_strconcat ("\u2022 ", formulas[i], NULL);

      add_edge_item (theme, round, "", formulas[i], formulas[i], formulas[i], formulas[i]);
      g_hash_table_insert (exact_followups, g_strdup (formulas[i]), g_strdup (cell));
      g_hash_table_insert (exact_explanations, g_strdup (formulas[i]), g_strdup (formulas[i]));
    }

  /* Long texts continue on extra rows; nothing is lost. */
  item = add_edge_item (theme, round, "5", "Een zeer lange opvolging", "2024", long_explanation, long_followup);
  opv_entry_set_status (opv_item_get_entry (item, round), OPV_STATUS_DELAYED);
  g_hash_table_insert (exact_followups, g_strdup ("5 Een zeer lange opvolging"), g_strdup (long_followup_cell));
  g_hash_table_insert (exact_explanations, g_strdup ("5 Een zeer lange opvolging"), g_strdup (long_explanation));

  /* Control characters go, everything else stays. */
  add_edge_item (theme, round, "6", "Stuur\x01tekens", "", "", controls);
  g_hash_table_insert (exact_followups, g_strdup ("6 Stuurtekens"), g_strdup (controls_cell));

  /* A recommendation taller than a row: its continuation rows must still
   * leave the first column empty, or readers count it twice. */
  opv_dossier_add_theme (dossier, tall);
  add_edge_item (tall, round, "7", long_item, "", "", "Kort.");

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  export_ok (dossier, round, &options, xlsx);
  write_expectations (dossier, round, &options, json, exact_followups, exact_explanations);

  run_checker (xlsx, json);
  opv_export_options_clear (&options);
}

/* A missing translation is an error of its own, before anything is
 * written; English needs none. */
static void
test_missing_translation (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load_dossier (f, "nap");
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autofree char *saved = g_strdup (g_getenv ("OPV_LOCALEDIR"));
  g_autofree char *empty = g_build_filename (f->dir, "no-locale", NULL);
  g_autofree char *nl_path = g_build_filename (f->dir, "nl.xlsx", NULL);
  g_autofree char *en_path = g_build_filename (f->dir, "en.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  OpvExportOptions options;
  gboolean ok;

  g_assert_cmpint (g_mkdir (empty, 0755), ==, 0);
  g_setenv ("OPV_LOCALEDIR", empty, TRUE);

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  ok = opv_export_xlsx (dossier, round, &options, nl_path, NULL, NULL, NULL, &error);
  g_test_message ("%s", error ? error->message : "(no error)");
  g_assert_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_LANGUAGE);
  g_assert_false (ok);
  g_assert_false (g_file_test (nl_path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  options.language = OPV_EXPORT_LANGUAGE_EN;
  ok = opv_export_xlsx (dossier, round, &options, en_path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  if (saved != NULL)
    g_setenv ("OPV_LOCALEDIR", saved, TRUE);
  else
    g_unsetenv ("OPV_LOCALEDIR");
  opv_export_options_clear (&options);
}

/* `opvolging export --format xlsx` passes its options through: the
 * workbook is the one the API writes with the same options. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *binary = g_getenv ("OPV_BINARY");
  g_autoptr(OpvDossier) dossier = load_dossier (f, "schaduw-dansen");
  g_autofree char *db = g_build_filename (f->dir, "opvolging.db", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "cli.xlsx", NULL);
  g_autofree char *json = g_build_filename (f->dir, "cli.json", NULL);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  OpvExportOptions options;

  if (binary == NULL || !g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("OPV_BINARY does not name the opvolging program");
      return;
    }

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE, &error,
                           binary, "--database", db, "export", "--dossier", "schaduw-dansen",
                           "--format", "xlsx", "--round", "Update juni 2023", "--lang", "en",
                           "--columns", "item,parties,status", "--no-legend", "-o", xlsx, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("opvolging export: %s", out);
  g_assert_true (g_subprocess_get_if_exited (proc));
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);

  opv_export_options_init (&options);
  options.language = OPV_EXPORT_LANGUAGE_EN;
  options.columns = OPV_EXPORT_COLUMN_ITEM | OPV_EXPORT_COLUMN_PARTIES | OPV_EXPORT_COLUMN_STATUS;
  options.summary = TRUE;
  options.legend = FALSE;
  write_expectations (dossier, opv_dossier_find_round (dossier, "Update juni 2023"), &options, json, NULL, NULL);
  run_checker (xlsx, json);
  opv_export_options_clear (&options);
}

/* The checker's own test: a good workbook passes, and each of some thirty
 * ways of spoiling it (an item out of order, a lost "• " line, portrait
 * paper, a formula, a decimal comma …) is reported. Without this, a
 * checker that had stopped looking would pass everything. */
static void
test_checker_catches_mutations (Fixture       *f,
                                gconstpointer  data)
{
  const char *slug = data;
  g_autoptr(OpvDossier) dossier = load_dossier (f, slug);
  OpvRound *round = opv_dossier_get_newest_round (dossier);
  g_autofree char *xlsx = g_build_filename (f->dir, "good.xlsx", NULL);
  g_autofree char *json = g_build_filename (f->dir, "good.json", NULL);
  OpvExportOptions options;

  init_options (&options, OPV_EXPORT_LANGUAGE_NL);
  /* With a round before, the changes sheet and the marks too. */
  options.changes = options.mark_new = opv_dossier_get_previous_round (dossier, round) != NULL;
  export_ok (dossier, round, &options, xlsx);
  write_expectations (dossier, round, &options, json, NULL, NULL);
  run_checker_full (xlsx, json, TRUE);
  opv_export_options_clear (&options);
}

int
main (int   argc,
      char *argv[])
{
  opv_i18n_init ();  /* setlocale (LC_ALL, ""), and the build tree's catalogues */
  g_test_init (&argc, &argv, NULL);
  /* A failed check marks its test and the run goes on, so that one bug in
   * the export does not hide what the other tests would find. */
  g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (workbook_cases); i++)
    g_test_add (workbook_cases[i].path, Fixture, &workbook_cases[i],
                fixture_set_up, test_workbook, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (columns_cases); i++)
    g_test_add (columns_cases[i].path, Fixture, &columns_cases[i],
                fixture_set_up, test_columns, fixture_tear_down);
  g_test_add ("/export/columns/default-model", Fixture, NULL, fixture_set_up, test_default_columns, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (changes_cases); i++)
    g_test_add (changes_cases[i].path, Fixture, &changes_cases[i], fixture_set_up, test_changes, fixture_tear_down);
  g_test_add ("/export/changes/first-round", Fixture, NULL, fixture_set_up, test_changes_first_round, fixture_tear_down);
  g_test_add ("/export/changes/nothing-changed", Fixture, NULL, fixture_set_up, test_changes_none, fixture_tear_down);
  g_test_add ("/export/changes/private-mark", Fixture, NULL, fixture_set_up, test_changes_private_mark, fixture_tear_down);
  g_test_add ("/export/items/subset", Fixture, NULL, fixture_set_up, test_items_subset, fixture_tear_down);
  g_test_add ("/export/stream/same-bytes", Fixture, NULL, fixture_set_up, test_stream_same_bytes, fixture_tear_down);
  g_test_add ("/export/stream/errors", Fixture, NULL, fixture_set_up, test_stream_errors, fixture_tear_down);
  g_test_add_func ("/export/options/parse-columns", test_parse_columns);
  g_test_add_func ("/export/options/words", test_words);
  g_test_add ("/export/options/layout-and-filename", Fixture, NULL, fixture_set_up, test_layout_and_filename, fixture_tear_down);
  g_test_add ("/export/progress", Fixture, NULL, fixture_set_up, test_progress, fixture_tear_down);
  g_test_add ("/export/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/export/cancel-each-step", Fixture, NULL, fixture_set_up, test_cancel_each_step, fixture_tear_down);
  g_test_add ("/export/write-errors", Fixture, NULL, fixture_set_up, test_write_errors, fixture_tear_down);
  g_test_add ("/export/locale", Fixture, NULL, fixture_set_up, test_locale, fixture_tear_down);
  g_test_add ("/export/difficult-texts", Fixture, NULL, fixture_set_up, test_difficult_texts, fixture_tear_down);

  g_test_add ("/export/missing-translation", Fixture, NULL, fixture_set_up, test_missing_translation, fixture_tear_down);
  g_test_add ("/export/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  g_test_add ("/export/checker/self-test/nap", Fixture, "nap", fixture_set_up, test_checker_catches_mutations, fixture_tear_down);
  g_test_add ("/export/checker/self-test/schaduw-dansen", Fixture, "schaduw-dansen", fixture_set_up, test_checker_catches_mutations, fixture_tear_down);

  return g_test_run ();
}
