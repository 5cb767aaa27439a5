/* test-exchange.c: reading and writing the exchange format
 * (data/dossiers/FORMAT.md)
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "opv-core.h"
#include "opv-exchange.h"
#include "opv-exchange-private.h"
#include "opv-test-util.h"

static OpvDossier *
read_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return opv_exchange_read_file (file, error);
}

/* Reading a file and writing it again gives the same bytes, for every file
 * in the writer's form: the default dossiers are written that way. */
static void
assert_round_trip (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = opv_test_load_bytes (path);
  g_autoptr(OpvDossier) dossier = read_path (path, &error);
  g_autofree char *text = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  g_assert_nonnull (dossier);

  text = opv_exchange_write (dossier, &length);
  g_assert_cmpuint (length, ==, strlen (text));
  opv_test_assert_same_text (path,
                             g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                             text, length);
}

static void
test_round_trip_default (gconstpointer data)
{
  g_autofree char *path = opv_test_default_dossier (data);

  assert_round_trip (path);
}

static void
test_round_trip_complete (void)
{
  g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);

  assert_round_trip (path);
}

/* complete.json holds every member of FORMAT.md with a value other than
 * its default; these are the values the model must get. */
static void
test_read_complete (void)
{
  g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = read_path (path, &error);
  g_autoptr(OpvTheme) theme = NULL;
  g_autoptr(OpvTheme) empty_theme = NULL;
  g_autoptr(OpvItem) item = NULL;
  g_autoptr(OpvItem) second = NULL;
  g_autoptr(OpvItem) third = NULL;
  g_autoptr(OpvParty) overig = NULL;
  g_autoptr(OpvFollowup) carried = NULL;
  g_autoptr(OpvFollowup) referring = NULL;
  OpvRound *first_round, *second_round;
  const OpvKamerstuk *letter;
  OpvEntry *entry, *later;
  OpvResponsibility *resp;
  OpvLink *link;
  OpvKamerstuk *k;
  GPtrArray *refs;

  g_assert_no_error (error);
  g_assert_nonnull (dossier);

  g_assert_cmpstr (opv_dossier_get_slug (dossier), ==, "test-complete");
  g_assert_cmpstr (opv_dossier_get_short_name (dossier), ==, "Complete");
  g_assert_cmpint (opv_dossier_get_kind (dossier), ==, OPV_DOSSIER_KIND_ACTIVITIES);
  g_assert_cmpstr (opv_dossier_get_publisher (dossier), ==, "Opvolging tests");
  g_assert_cmpstr (opv_dossier_get_published (dossier), ==, "2024-02-29");
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_parties (dossier)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_themes (dossier)), ==, 2);

  /* Party defaults: no full name, kind other. Look-up ignores case. */
  overig = g_list_model_get_item (opv_dossier_get_parties (dossier), 2);
  g_assert_cmpstr (opv_party_get_short_name (overig), ==, "Overig");
  g_assert_cmpstr (opv_party_get_full_name (overig), ==, "");
  g_assert_cmpint (opv_party_get_kind (overig), ==, OPV_PARTY_KIND_OTHER);
  g_assert_true (opv_dossier_find_party (dossier, "ocw") ==
                 opv_dossier_find_party (dossier, "OCW"));
  g_assert_cmpint (opv_party_get_kind (opv_dossier_find_party (dossier, "gemeenten")), ==,
                   OPV_PARTY_KIND_LOCAL_GOVERNMENT);

  first_round = opv_dossier_find_round (dossier, "Eerste ronde");
  second_round = opv_dossier_find_round (dossier, "Tweede ronde");
  g_assert_nonnull (first_round);
  g_assert_nonnull (second_round);
  g_assert_true (opv_dossier_get_newest_round (dossier) == second_round);
  g_assert_cmpint (opv_round_get_state (first_round), ==, OPV_ROUND_SENT);
  g_assert_cmpint (opv_round_get_state (second_round), ==, OPV_ROUND_OPEN);
  g_assert_cmpstr (opv_round_get_sent_on (first_round), ==, "2023-12-01");
  g_assert_cmpstr (opv_round_get_period (second_round), ==, "2024-06");
  letter = opv_round_get_sent_reference (first_round);
  g_assert_nonnull (letter);
  g_assert_cmpint (letter->chamber, ==, OPV_CHAMBER_SECOND);
  g_assert_cmpstr (letter->url, ==, "https://zoek.officielebekendmakingen.nl/kst-30420-390.html");
  g_assert_null (opv_round_get_sent_reference (second_round));

  theme = g_list_model_get_item (opv_dossier_get_themes (dossier), 0);
  g_assert_cmpstr (opv_theme_get_number (theme), ==, "Actielijn 1");
  g_assert_null (opv_theme_get_wording (theme, first_round));
  g_assert_cmpstr (opv_theme_get_wording (theme, second_round), ==, "Eerste thema, anders gezegd");
  g_assert_cmpstr (opv_theme_get_title_for (theme, first_round), ==, "Eerste thema");
  g_assert_cmpstr (opv_theme_get_title_for (theme, second_round), ==, "Eerste thema, anders gezegd");
  g_assert_cmpuint (g_list_model_get_n_items (opv_theme_get_items (theme)), ==, 3);

  empty_theme = g_list_model_get_item (opv_dossier_get_themes (dossier), 1);
  g_assert_cmpstr (opv_theme_get_number (empty_theme), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (opv_theme_get_items (empty_theme)), ==, 0);

  item = g_list_model_get_item (opv_theme_get_items (theme), 0);
  g_assert_cmpstr (opv_item_get_text (item), ==,
                   "Een activiteit\nover twee regels, met \"aanhalingstekens\" en een \\ schuine streep");

  entry = opv_item_get_entry (item, first_round);
  g_assert_nonnull (entry);
  g_assert_cmpint (opv_entry_get_status (entry), ==, OPV_STATUS_DELAYED);
  g_assert_cmpstr (opv_entry_get_timeframe (entry), ==, "Q3-Q4 2024");
  g_assert_cmpstr (opv_entry_get_explanation (entry), ==, "Toelichting");
  g_assert_cmpstr (opv_entry_get_responsibility_note (entry), ==, "Initiatiefnemer");
  g_assert_false (opv_entry_get_to_be_determined (entry));
  g_assert_null (opv_entry_get_wording_title (entry));
  g_assert_cmpuint (opv_entry_get_responsibilities (entry)->len, ==, 2);
  resp = g_ptr_array_index (opv_entry_get_responsibilities (entry), 0);
  g_assert_cmpstr (opv_party_get_short_name (resp->party), ==, "Gemeenten");
  g_assert_cmpint (resp->role, ==, OPV_ROLE_LEAD);
  resp = g_ptr_array_index (opv_entry_get_responsibilities (entry), 1);
  g_assert_true (resp->party == opv_dossier_find_party (dossier, "OCW"));
  g_assert_cmpint (resp->role, ==, OPV_ROLE_INVOLVED);
  g_assert_cmpuint (opv_entry_get_links (entry)->len, ==, 2);
  link = g_ptr_array_index (opv_entry_get_links (entry), 0);
  g_assert_cmpstr (link->label, ==, "website");
  g_assert_null (link->url);
  link = g_ptr_array_index (opv_entry_get_links (entry), 1);
  g_assert_cmpstr (link->url, ==, "https://www.example.org/");
  g_assert_cmpuint (opv_entry_get_kamerstukken (entry)->len, ==, 1);
  k = g_ptr_array_index (opv_entry_get_kamerstukken (entry), 0);
  g_assert_cmpint (k->chamber, ==, OPV_CHAMBER_UNKNOWN);
  g_assert_cmpstr (k->number, ==, "390");
  g_assert_null (k->url);

  later = opv_item_get_entry (item, second_round);
  g_assert_nonnull (later);
  g_assert_cmpint (opv_entry_get_status (later), ==, OPV_STATUS_UNSET);
  g_assert_true (opv_entry_get_to_be_determined (later));
  g_assert_cmpstr (opv_entry_get_wording_title (later), ==, "Een activiteit, herzien");
  g_assert_cmpstr (opv_entry_get_wording_text (later), ==, "Nieuwe tekst");
  g_assert_cmpstr (opv_item_get_title_for (item, second_round), ==,
                   "Een activiteit, herzien");
  g_assert_cmpstr (opv_item_get_title_for (item, first_round), ==, "Een activiteit");
  g_assert_cmpuint (g_list_model_get_n_items (opv_entry_get_followups (later)), ==, 2);
  carried = g_list_model_get_item (opv_entry_get_followups (later), 0);
  g_assert_true (opv_followup_get_carried (carried));
  g_assert_cmpstr (opv_followup_get_code (carried), ==, "1.1.1");
  referring = g_list_model_get_item (opv_entry_get_followups (later), 1);
  g_assert_false (opv_followup_get_carried (referring));
  g_assert_cmpstr (opv_followup_get_code (referring), ==, "");
  refs = opv_followup_get_references (referring);
  g_assert_cmpuint (refs->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (refs, 0), ==, "1.2");
  g_assert_cmpstr (g_ptr_array_index (refs, 1), ==, "1.1.1");
  k = g_ptr_array_index (opv_followup_get_kamerstukken (referring), 0);
  g_assert_cmpint (k->chamber, ==, OPV_CHAMBER_FIRST);
  g_assert_cmpstr (k->dossier, ==, "36 200");

  /* A wording may change the text alone; the title stays the item's. */
  second = g_list_model_get_item (opv_theme_get_items (theme), 1);
  entry = opv_item_get_entry (second, second_round);
  g_assert_nonnull (entry);
  g_assert_null (opv_item_get_entry (second, first_round));
  g_assert_cmpint (opv_entry_get_status (entry), ==, OPV_STATUS_DONE);
  g_assert_null (opv_entry_get_wording_title (entry));
  g_assert_cmpstr (opv_entry_get_wording_text (entry), ==, "Alleen de tekst is anders");
  g_assert_cmpstr (opv_item_get_title_for (second, second_round), ==, opv_item_get_title (second));

  third = g_list_model_get_item (opv_theme_get_items (theme), 2);
  g_assert_cmpstr (opv_item_get_code (third), ==, "");
  g_assert_cmpuint (opv_item_get_entries (third)->len, ==, 0);
}

/* Members left out take their defaults, and the writer leaves defaults
 * out again, but always writes short_name. */
static void
test_defaults (void)
{
  static const char json[] =
    "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{"
    "\"id\":\"minimal\",\"title\":\"Minimal\",\"kind\":\"recommendations\","
    "\"parties\":[{\"short_name\":\"OCW\"}],"
    "\"rounds\":[{\"label\":\"R\",\"period\":\"2024\"}],"
    "\"themes\":[{\"title\":\"T\",\"items\":[{\"title\":\"I\",\"rounds\":[{\"round\":\"R\",\"status\":null,"
    "\"parties\":[{\"party\":\"ocw\"}],\"followups\":[{\"text\":\"F\"}]}]}]}]}}";
  static const char expected[] =
    "{\n"
    "  \"format\" : \"opvolging-dossier\",\n"
    "  \"version\" : 1,\n"
    "  \"dossier\" : {\n"
    "    \"id\" : \"minimal\",\n"
    "    \"title\" : \"Minimal\",\n"
    "    \"short_name\" : \"Minimal\",\n"
    "    \"kind\" : \"recommendations\",\n"
    "    \"parties\" : [\n"
    "      {\n"
    "        \"short_name\" : \"OCW\"\n"
    "      }\n"
    "    ],\n"
    "    \"rounds\" : [\n"
    "      {\n"
    "        \"label\" : \"R\",\n"
    "        \"period\" : \"2024\"\n"
    "      }\n"
    "    ],\n"
    "    \"themes\" : [\n"
    "      {\n"
    "        \"title\" : \"T\",\n"
    "        \"items\" : [\n"
    "          {\n"
    "            \"title\" : \"I\",\n"
    "            \"rounds\" : [\n"
    "              {\n"
    "                \"round\" : \"R\",\n"
    "                \"parties\" : [\n"
    "                  {\n"
    "                    \"party\" : \"OCW\"\n"
    "                  }\n"
    "                ],\n"
    "                \"followups\" : [\n"
    "                  {\n"
    "                    \"text\" : \"F\"\n"
    "                  }\n"
    "                ]\n"
    "              }\n"
    "            ]\n"
    "          }\n"
    "        ]\n"
    "      }\n"
    "    ]\n"
    "  }\n"
    "}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, "minimal.json", &error);
  g_autoptr(OpvRound) round = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;
  OpvEntry *entry;
  OpvResponsibility *resp;
  gsize length;

  g_assert_no_error (error);
  g_assert_cmpstr (opv_dossier_get_short_name (dossier), ==, "Minimal");
  g_assert_cmpstr (opv_dossier_get_publisher (dossier), ==, "");
  g_assert_cmpstr (opv_dossier_get_published (dossier), ==, "");

  round = g_list_model_get_item (opv_dossier_get_rounds (dossier), 0);
  g_assert_cmpint (opv_round_get_state (round), ==, OPV_ROUND_OPEN);
  g_assert_cmpstr (opv_round_get_sent_on (round), ==, "");

  items = opv_dossier_dup_items (dossier);
  g_assert_cmpuint (items->len, ==, 1);
  entry = opv_item_get_entry (g_ptr_array_index (items, 0), round);
  g_assert_nonnull (entry);
  g_assert_cmpint (opv_entry_get_status (entry), ==, OPV_STATUS_UNSET);
  resp = g_ptr_array_index (opv_entry_get_responsibilities (entry), 0);
  g_assert_cmpint (resp->role, ==, OPV_ROLE_LEAD);
  /* "ocw" names the declared party; the party keeps its own spelling. */
  g_assert_cmpstr (opv_party_get_short_name (resp->party), ==, "OCW");

  text = opv_exchange_write (dossier, &length);
  opv_test_assert_same_text ("minimal.json written again", expected, strlen (expected), text, length);
}

static void
test_write_file (void)
{
  g_autofree char *dir = opv_test_make_tmpdir ();
  g_autofree char *source = opv_test_default_dossier ("inspectie.json");
  g_autofree char *target = g_build_filename (dir, "out.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.json", NULL);
  g_autoptr(GFile) target_file = g_file_new_for_path (target);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = read_path (source, &error);
  g_autoptr(GBytes) written = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_no_error (error);

  /* An existing file is replaced as a whole. */
  opv_test_write_file (target, "old contents that are longer than nothing", -1);
  g_assert_true (opv_exchange_write_file (dossier, target_file, &error));
  g_assert_no_error (error);
  written = opv_test_load_bytes (target);
  text = opv_exchange_write (dossier, &length);
  opv_test_assert_same_text (target, text, length,
                             g_bytes_get_data (written, NULL), g_bytes_get_size (written));

  g_assert_false (opv_exchange_write_file (dossier, missing_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  opv_test_remove_tree (dir);
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;     /* follows "<path>" at the start of the message */
  const char *mentions;  /* the wrong value, as the file has it, or NULL */
} Malformed;

/* Each file in tests/fixtures/exchange/ is valid.json with one mistake,
 * except empty.json, truncated.json (the first 150 bytes of valid.json)
 * and duplicate-member.json. */
static const Malformed malformed[] = {
  { "missing-member.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier: ", "title" },
  { "unknown-member.json", OPV_EXCHANGE_ERROR_INVALID,
    ": $.dossier.themes[0].items[1].rounds[0].statu: ", "statu" },
  { "string-for-array.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.themes: ", NULL },
  { "number-for-string.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.themes[0].items[0].title: ", NULL },
  { "object-for-bool.json", OPV_EXCHANGE_ERROR_INVALID,
    ": $.dossier.themes[0].items[1].rounds[0].followups[0].carried: ", NULL },
  { "not-an-object.json", OPV_EXCHANGE_ERROR_INVALID, ": $: ", NULL },
  { "empty.json", OPV_EXCHANGE_ERROR_SYNTAX, ": ", NULL },
  { "wrong-format.json", OPV_EXCHANGE_ERROR_FORMAT, ": ", "opvolging-export" },
  { "version-2.json", OPV_EXCHANGE_ERROR_FORMAT, ": ", "version 2" },
  { "version-string.json", OPV_EXCHANGE_ERROR_INVALID, ": $.version: ", NULL },
  /* Line 8 holds the second "title". */
  { "duplicate-member.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.title: ", "line 8" },
  { "unknown-status.json", OPV_EXCHANGE_ERROR_INVALID,
    ": $.dossier.themes[0].items[1].rounds[0].status: ", "finished" },
  { "unknown-round.json", OPV_EXCHANGE_ERROR_INVALID,
    ": $.dossier.themes[0].items[1].rounds[0].round: ", "Update 2025" },
  { "undeclared-party.json", OPV_EXCHANGE_ERROR_INVALID,
    ": $.dossier.themes[0].items[1].rounds[0].parties[1].party: ", "SZW" },
  { "duplicate-round.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.rounds[1].label: ", "Update juni 2023" },
  { "dangling-reference.json", OPV_EXCHANGE_ERROR_INVALID,
    ": $.dossier.themes[0].items[1].rounds[0].followups[0].references[1]: ", "9.9.9" },
  { "bad-period.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.rounds[0].period: ", "2023-13" },
  { "bad-id.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.id: ", "Bad Id" },
  { "duplicate-code.json", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.themes[0].items[1].code: ", "1.1" },
};

static void
test_valid_fixture (void)
{
  g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", "valid.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = read_path (path, &error);
  /* The malformed files differ from this one in one place only, so each
   * error below is caused by that place. */
  g_autoptr(GPtrArray) items = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  items = opv_dossier_dup_items (dossier);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_nonnull (opv_dossier_find_round (dossier, "Update juni 2023"));
  g_assert_nonnull (opv_dossier_find_party (dossier, "OCW"));
}

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", m->fixture, NULL);
  g_autofree char *prefix = g_strconcat (path, m->place, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = read_path (path, &error);

  g_assert_null (dossier);
  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, m->code, prefix);
  if (m->mentions != NULL)
    g_assert_nonnull (strstr (error->message + strlen (prefix), m->mentions));
}

static void
test_truncated (void)
{
  g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", "truncated.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = read_path (path, &error);
  g_autofree char *prefix = g_strconcat (path, ":7:", NULL);
  const char *column;

  /* The file stops after line 7; the parser names that line and a column. */
  g_assert_null (dossier);
  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX, prefix);
  column = error->message + strlen (prefix);
  g_assert_true (g_ascii_isdigit (column[0]));
  while (g_ascii_isdigit (*column))
    column++;
  g_assert_cmpint (column[0], ==, ':');
}

static void
test_missing_file (void)
{
  g_autofree char *dir = opv_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "absent.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = read_path (path, &error);

  g_assert_null (dossier);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, path));

  opv_test_remove_tree (dir);
}

/* Invalid UTF-8 is made here rather than kept in a fixture, so that no
 * editor or checkout can "repair" it. */
static void
test_invalid_utf8 (void)
{
  static const char json[] =
    "{\n"
    "  \"format\" : \"opvolging-dossier\",\n"
    "  \"version\" : 1,\n"
    "  \"dossier\" : {\n"
    "    \"id\" : \"bad\",\n"
    "    \"title\" : \"Caf\xc3\xa9 \xff\xfe\",\n"
    "    \"kind\" : \"recommendations\"\n"
    "  }\n"
    "}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, "utf8.json", &error);

  /* Line 6, column 21: columns count characters, so "é" is one. */
  g_assert_null (dossier);
  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                            "utf8.json:6:21: ");
}

static GBytes *
nested (guint depth_of_arrays)
{
  GString *s = g_string_new ("{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":");

  for (guint i = 0; i < depth_of_arrays; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth_of_arrays; i++)
    g_string_append_c (s, ']');
  g_string_append (s, "}");

  return g_string_free_to_bytes (s);
}

static void
test_nesting (void)
{
  static const char prefix[] = "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":";
  g_autoptr(GBytes) ok_depth = nested (31);      /* 32 levels with the top object */
  g_autoptr(GBytes) too_deep = nested (32);      /* 33 levels */
  g_autoptr(GBytes) very_deep = nested (100000);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autofree char *expected = NULL;

  /* 32 levels pass the depth check; the reader then finds an array where
   * the dossier should be. */
  dossier = opv_exchange_read_bytes (ok_depth, "deep.json", &error);
  g_assert_null (dossier);
  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_INVALID,
                            "deep.json: $.dossier: ");
  g_clear_error (&error);

  /* The 33rd opening bracket is refused where it stands. */
  expected = g_strdup_printf ("deep.json:1:%u: ", (guint) strlen (prefix) + 32);
  dossier = opv_exchange_read_bytes (too_deep, "deep.json", &error);
  g_assert_null (dossier);
  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX, expected);
  g_clear_error (&error);

  /* Deep enough to exhaust the parser's stack if the check were missing. */
  dossier = opv_exchange_read_bytes (very_deep, "deep.json", &error);
  g_assert_null (dossier);
  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX, expected);
}

/* Brackets and escaped quotes inside strings are text, not nesting. */
static void
test_brackets_in_strings (void)
{
  g_autoptr(GString) title = g_string_new ("a \\\" quote, then ");
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (title, "[{");
  g_string_printf (json,
                   "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":"
                   "{\"id\":\"x\",\"title\":\"%s\",\"kind\":\"recommendations\"}}",
                   title->str);
  bytes = g_bytes_new (json->str, json->len);

  dossier = opv_exchange_read_bytes (bytes, "brackets.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  g_assert_true (g_str_has_prefix (opv_dossier_get_title (dossier), "a \" quote, then [{[{"));
  g_assert_cmpuint (strlen (opv_dossier_get_title (dossier)), ==, strlen ("a \" quote, then ") + 200);
}

/* json-glib also reads single-quoted strings and C comments, which are not
 * JSON. A double quote inside either must not hide the brackets after it
 * from the depth check: 200000 levels overflow the parser's stack. The
 * reading runs in a child process, so that a crash fails this test only. */
static void
test_hidden_nesting (gconstpointer data)
{
  const char *opener = data;

  if (g_test_subprocess ())
    {
      const struct rlimit no_core = { 0, 0 };
      g_autoptr(GString) json = g_string_new (opener);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = NULL;

      /* A crash must leave no core file behind. */
      setrlimit (RLIMIT_CORE, &no_core);

      for (guint i = 0; i < 200000; i++)
        g_string_append_c (json, '[');
      for (guint i = 0; i < 200000; i++)
        g_string_append_c (json, ']');
      g_string_append_c (json, ']');
      bytes = g_bytes_new (json->str, json->len);

      dossier = opv_exchange_read_bytes (bytes, "hidden.json", &error);
      g_assert_null (dossier);
      g_assert_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static GBytes *
with_title_of_length (gsize length)
{
  GString *s = g_string_new ("{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":"
                             "{\"id\":\"long\",\"kind\":\"recommendations\",\"title\":\"");

  g_string_set_size (s, s->len + length);
  memset (s->str + s->len - length, 'x', length);
  g_string_append (s, "\"}}");
  return g_string_free_to_bytes (s);
}

static void
test_long_string (void)
{
  const gsize limit = 4 * 1024 * 1024;
  g_autoptr(GBytes) at_limit = with_title_of_length (limit);
  g_autoptr(GBytes) over_limit = with_title_of_length (limit + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = NULL;

  /* 4 MB exactly is allowed. */
  dossier = opv_exchange_read_bytes (at_limit, "long.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (opv_dossier_get_title (dossier)), ==, limit);
  g_clear_object (&dossier);

  dossier = opv_exchange_read_bytes (over_limit, "long.json", &error);
  g_assert_null (dossier);
  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_INVALID,
                            "long.json: $.dossier.title: ");
}

/* Dates and periods must be real ones. */
static void
test_periods (void)
{
  static const struct {
    const char *member;     /* "published" on the dossier, or a round's "period" / "sent_on" */
    const char *value;
    gboolean    valid;
  } cases[] = {
    { "published", "2023", TRUE },
    { "published", "2023-05", TRUE },
    { "published", "2023-05-22", TRUE },
    { "published", "2024-02-29", TRUE },
    { "published", "2023-02-29", FALSE },
    { "published", "2023-13", FALSE },
    { "published", "2023-00", FALSE },
    { "published", "2023-5", FALSE },
    { "published", "23", FALSE },
    { "published", "mei 2023", FALSE },
    { "period", "2023-06", TRUE },
    { "period", "2023-13", FALSE },
    { "period", "2023-06-01", FALSE },
    { "period", "", FALSE },
    { "sent_on", "2023-06-01", TRUE },
    { "sent_on", "2023-06-31", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) json = g_string_new ("{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":"
                                              "{\"id\":\"p\",\"title\":\"P\",\"kind\":\"activities\"");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = NULL;
      g_autofree char *place = NULL;

      if (strcmp (cases[i].member, "published") == 0)
        {
          g_string_append_printf (json, ",\"published\":\"%s\"}}", cases[i].value);
          place = g_strdup ("p.json: $.dossier.published: ");
        }
      else if (strcmp (cases[i].member, "period") == 0)
        {
          g_string_append_printf (json, ",\"rounds\":[{\"label\":\"R\",\"period\":\"%s\"}]}}",
                                  cases[i].value);
          place = g_strdup ("p.json: $.dossier.rounds[0].period: ");
        }
      else
        {
          g_string_append_printf (json, ",\"rounds\":[{\"label\":\"R\",\"period\":\"2023\","
                                  "\"state\":\"sent\",\"sent_on\":\"%s\"}]}}", cases[i].value);
          place = g_strdup ("p.json: $.dossier.rounds[0].sent_on: ");
        }

      g_test_message ("%s = “%s”", cases[i].member, cases[i].value);
      bytes = g_bytes_new (json->str, json->len);
      dossier = opv_exchange_read_bytes (bytes, "p.json", &error);
      if (cases[i].valid)
        {
          g_assert_no_error (error);
          g_assert_nonnull (dossier);
        }
      else
        {
          g_assert_null (dossier);
          opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_INVALID, place);
        }
    }
}

/* ------------------------------------------------------------------------
 * Reading item by item (OpvExchangeStream)
 * ---------------------------------------------------------------------- */

/* Reads @path item by item, however small, and puts the items back in
 * their themes: the dossier a whole read gives, or its error. */
static OpvDossier *
read_streamed (const char  *path,
               gboolean    *streamed,
               GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OpvExchangeStream) stream = opv_exchange_stream_open (file, 1, error);
  g_autoptr(GError) local_error = NULL;
  OpvDossier *dossier;
  OpvItem *item;
  guint theme;
  guint n_items = 0;

  if (stream == NULL)
    return NULL;

  dossier = opv_exchange_stream_get_dossier (stream);
  while (opv_exchange_stream_next_item (stream, &theme, &item, &local_error))
    {
      g_autoptr(OpvTheme) owner = g_list_model_get_item (opv_dossier_get_themes (dossier), theme);

      g_assert_nonnull (owner);
      opv_theme_add_item (owner, item);
      g_object_unref (item);
      n_items++;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!opv_exchange_stream_finish (stream, error))
    return NULL;

  if (streamed != NULL)
    *streamed = n_items > 0;
  return g_object_ref (dossier);
}

static void
assert_streams_alike (const char *path,
                      gboolean    expect_streamed)
{
  g_autoptr(GError) whole_error = NULL;
  g_autoptr(GError) streamed_error = NULL;
  g_autoptr(OpvDossier) whole = read_path (path, &whole_error);
  gboolean streamed = FALSE;
  g_autoptr(OpvDossier) read = read_streamed (path, &streamed, &streamed_error);

  if (whole == NULL)
    {
      /* The same error, word for word */
      g_assert_null (read);
      g_assert_nonnull (streamed_error);
      g_assert_cmpuint (streamed_error->domain, ==, whole_error->domain);
      g_assert_cmpint (streamed_error->code, ==, whole_error->code);
      g_assert_cmpstr (streamed_error->message, ==, whole_error->message);
    }
  else
    {
      g_autofree char *expected = opv_exchange_write (whole, NULL);
      g_autofree char *actual = NULL;

      g_assert_no_error (streamed_error);
      g_assert_nonnull (read);
      actual = opv_exchange_write (read, NULL);
      opv_test_assert_same_text (path, expected, strlen (expected), actual, strlen (actual));
      g_assert_cmpint (streamed, ==, expect_streamed);
    }
}

static void
test_stream_fixtures (void)
{
  static const char * const valid[] = { "valid.json", "complete.json" };
  static const char * const seeds[] = { "schaduw-dansen.json", "nap.json", "inspectie.json" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", valid[i], NULL);
      assert_streams_alike (path, TRUE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = opv_test_default_dossier (seeds[i]);
      assert_streams_alike (path, TRUE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", malformed[i].fixture, NULL);
      assert_streams_alike (path, FALSE);
    }
  {
    g_autofree char *path = opv_test_srcdir_file ("fixtures", "exchange", "truncated.json", NULL);
    assert_streams_alike (path, FALSE);
  }
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  opv_test_write_file (path, text, -1);
  return path;
}

#define HEAD "{\"format\": \"opvolging-dossier\", \"version\": 1, \"dossier\": {\"id\": \"s\", \"title\": \"S\", " \
             "\"kind\": \"recommendations\", \"rounds\": [{\"label\": \"R\", \"period\": \"2024\"}], "

/* Files the scanner gives up on, or that go wrong in more than one place,
 * read as a whole file reads. */
static void
test_stream_hard_cases (void)
{
  static const char * const cases[] = {
    /* A name spelled with an escape: the scanner reads it whole. */
    HEAD "\"themes\": [{\"title\": \"T\", \"\\u0069tems\": [{\"title\": \"a\"}, {\"title\": \"b\"}]}]}}",
    /* Brackets, quotes and escapes in the items' strings */
    HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"title\": \"a [{\\\"\\\\\", \"text\": \"}]\"},"
    " {\"title\": \"b\"}]}, {\"title\": \"U\", \"items\": []}]}}",
    /* The first problem is in an item of the first theme; the second
     * theme's wording names an unknown round too. */
    HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"title\": \"a\", \"rounds\": [{\"round\": \"X\"}]}]},"
    " {\"title\": \"U\", \"wording\": [{\"round\": \"Y\", \"title\": \"u\"}]}]}}",
    /* A member twice in an item */
    HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"title\": \"a\",\n \"title\": \"b\"}]}]}}",
    /* A cross-reference to an item further on */
    HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"code\": \"1\", \"title\": \"a\", \"rounds\": [{\"round\": \"R\","
    " \"followups\": [{\"text\": \"zie 2\", \"references\": [\"2\"]}]}]}, {\"code\": \"2\", \"title\": \"b\"}]}]}}",
    /* … and to nothing */
    HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"code\": \"1\", \"title\": \"a\", \"rounds\": [{\"round\": \"R\","
    " \"followups\": [{\"text\": \"zie 3\", \"references\": [\"3\"]}]}]}, {\"code\": \"2\", \"title\": \"b\"}]}]}}",
    /* Not JSON in an item: a comment */
    HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"title\": \"a\" /* x */}]}]}}",
    /* Truncated inside the items */
    HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"title\": \"a\"}, {\"title\": ",
    /* Items where a theme should be an object */
    HEAD "\"themes\": [[{\"title\": \"a\"}]]}}",
  };
  g_autofree char *dir = opv_test_make_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("case-%u.json", i);
      g_autofree char *path = write_temp (dir, name, cases[i]);

      g_test_message ("%s", cases[i]);
      assert_streams_alike (path, i == 1 || i == 4);
    }

  /* Deeper than the limit inside an item: refused where a whole read
   * refuses it. */
  {
    g_autoptr(GString) deep = g_string_new (HEAD "\"themes\": [{\"title\": \"T\", \"items\": [{\"title\": \"a\", \"text\": ");
    g_autofree char *path = NULL;

    for (guint i = 0; i < 40; i++)
      g_string_append_c (deep, '[');
    for (guint i = 0; i < 40; i++)
      g_string_append_c (deep, ']');
    g_string_append (deep, "}]}]}}");
    path = write_temp (dir, "deep.json", deep->str);
    assert_streams_alike (path, FALSE);
  }

  opv_test_remove_tree (dir);
}

/* A file that another program shortens while it is read item by item is
 * refused with a message, not read past its end (which would be fatal). */
static void
test_stream_file_shortened (void)
{
  g_autofree char *seed = opv_test_default_dossier ("schaduw-dansen.json");
  g_autofree char *dir = g_dir_make_tmp ("opv-exchange-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kort.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(OpvExchangeStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  OpvItem *item = NULL;
  gsize length;
  guint theme;

  g_assert_true (g_file_get_contents (seed, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  file = g_file_new_for_path (path);
  stream = opv_exchange_stream_open (file, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stream);

  g_assert_cmpint (truncate (path, length / 4), ==, 0);
  g_assert_false (opv_exchange_stream_next_item (stream, &theme, &item, &error));
  g_assert_null (item);
  g_assert_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "the file changed while it was read"));

  g_clear_pointer (&stream, opv_exchange_stream_free);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, and untranslated whatever LANGUAGE says. */
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/complete/round-trip", test_round_trip_complete);
  g_test_add_func ("/exchange/complete/read", test_read_complete);
  g_test_add_func ("/exchange/read/defaults", test_defaults);
  g_test_add_func ("/exchange/write/file", test_write_file);
  g_test_add_func ("/exchange/malformed/valid-base", test_valid_fixture);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      const char *fixture = malformed[i].fixture;
      g_autofree char *name = g_strndup (fixture, strlen (fixture) - strlen (".json"));
      g_autofree char *test_path = g_strconcat ("/exchange/malformed/", name, NULL);

      g_test_add_data_func (test_path, &malformed[i], test_malformed);
    }
  g_test_add_func ("/exchange/malformed/truncated", test_truncated);
  g_test_add_func ("/exchange/stream/fixtures", test_stream_fixtures);
  g_test_add_func ("/exchange/stream/hard-cases", test_stream_hard_cases);
  g_test_add_func ("/exchange/stream/file-shortened", test_stream_file_shortened);
  g_test_add_func ("/exchange/malformed/missing-file", test_missing_file);
  g_test_add_func ("/exchange/malformed/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/exchange/malformed/nesting", test_nesting);
  g_test_add_func ("/exchange/malformed/long-string", test_long_string);
  g_test_add_func ("/exchange/malformed/periods", test_periods);
  g_test_add_func ("/exchange/read/brackets-in-strings", test_brackets_in_strings);
  g_test_add_data_func ("/exchange/hostile/quote-in-single-quoted-string", "['\"', ", test_hidden_nesting);
  g_test_add_data_func ("/exchange/hostile/quote-in-comment", "[/* \" */ ", test_hidden_nesting);
  /* The seed files come from data/, which this test does not own; they run
   * last so that a failure there hides no other test. */
  g_test_add_data_func ("/exchange/seed-round-trip/schaduw-dansen", "schaduw-dansen.json",
                        test_round_trip_default);
  g_test_add_data_func ("/exchange/seed-round-trip/inspectie", "inspectie.json", test_round_trip_default);
  g_test_add_data_func ("/exchange/seed-round-trip/nap", "nap.json", test_round_trip_default);

  return g_test_run ();
}
