/* test-hostile.c: exchange files made to break the reader
 *
 * Every file here is built in the test, small, except the few that must be
 * large to make their point (a 10 MB text). Each must be refused with an
 * error that names the file and the place, on one short line, and leave
 * the store as it was.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "opv-exchange.h"
#include "opv-exchange-private.h"
#include "opv-store.h"
#include "opv-test-util.h"

#define NAME "h.json"

/* Longer than this, an error message is no longer a message. */
#define MAX_MESSAGE_BYTES 600

/* A valid dossier with one of everything the references point at; "%s"
 * marks where a case puts its extra members of the follow-up. */
static const char followup_template[] =
  "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{"
  "\"id\":\"hostile\",\"title\":\"Hostile\",\"kind\":\"recommendations\","
  "\"parties\":[{\"short_name\":\"OCW\"}],"
  "\"rounds\":[{\"label\":\"R1\",\"period\":\"2023\"}],"
  "\"themes\":[{\"title\":\"T\",\"items\":["
  "{\"code\":\"1\",\"title\":\"One\"},"
  "{\"code\":\"2\",\"title\":\"Two\",\"rounds\":[{\"round\":\"R1\","
  "\"parties\":[{\"party\":\"OCW\"}],"
  "\"followups\":[{\"code\":\"2.1\",\"text\":\"F\"%s}]}]}]}]}}";

static const char followup_path[] = "$.dossier.themes[0].items[1].rounds[0].followups[0]";

static char *
with_followup (const char *extra)
{
  return g_strdup_printf (followup_template, extra);
}

/* A dossier whose members after "kind" are @rest, as in ",\"publisher\":1". */
static char *
with_dossier (const char *rest)
{
  return g_strdup_printf ("{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{"
                          "\"id\":\"hostile\",\"title\":\"Hostile\",\"kind\":\"recommendations\"%s}}",
                          rest);
}

static char *
with_version (const char *version)
{
  return g_strdup_printf ("{\"format\":\"opvolging-dossier\",\"version\":%s,\"dossier\":{"
                          "\"id\":\"hostile\",\"title\":\"Hostile\",\"kind\":\"recommendations\"}}",
                          version);
}

typedef enum { FOLLOWUP, DOSSIER, VERSION, WHOLE } Where;

typedef struct
{
  const char *name;
  Where       where;
  const char *json;      /* the follow-up's extra members, the dossier's, the version or the file */
  int         code;
  const char *place;     /* follows "h.json" at the start of the message; "@" is the follow-up's path */
  const char *mentions;  /* in the message, or NULL */
} Case;

static const Case cases[] = {
  /* Wrong types, at depth. */
  { "type/links-object", FOLLOWUP, ",\"links\":{}", OPV_EXCHANGE_ERROR_INVALID, ": @.links: ", "an object" },
  { "type/reference-number", FOLLOWUP, ",\"references\":[1]", OPV_EXCHANGE_ERROR_INVALID, ": @.references[0]: ", "a number" },
  { "type/reference-null", FOLLOWUP, ",\"references\":[null]", OPV_EXCHANGE_ERROR_INVALID, ": @.references[0]: ", "null" },
  { "type/carried-string", FOLLOWUP, ",\"carried\":\"yes\"", OPV_EXCHANGE_ERROR_INVALID, ": @.carried: ", "a string" },
  { "type/link-label-array", FOLLOWUP, ",\"links\":[{\"label\":[]}]", OPV_EXCHANGE_ERROR_INVALID, ": @.links[0].label: ", "an array" },
  { "type/kamerstuk-string", FOLLOWUP, ",\"kamerstukken\":[\"II 2023/24\"]", OPV_EXCHANGE_ERROR_INVALID, ": @.kamerstukken[0]: ", "a string" },
  { "type/parties-object", DOSSIER, ",\"parties\":{\"OCW\":{}}", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.parties: ", "an object" },
  { "type/version-float", VERSION, "1.0", OPV_EXCHANGE_ERROR_INVALID, ": $.version: ", "whole number" },
  /* Missing members. */
  { "missing/link-label", FOLLOWUP, ",\"links\":[{\"url\":\"https://example.org\"}]", OPV_EXCHANGE_ERROR_INVALID,
    ": @.links[0]: ", "“label”" },
  { "missing/kamerstuk-dossier", FOLLOWUP, ",\"kamerstukken\":[{\"session\":\"2023/24\"}]", OPV_EXCHANGE_ERROR_INVALID,
    ": @.kamerstukken[0]: ", "“dossier”" },
  { "missing/format", WHOLE, "{\"version\":1,\"dossier\":{}}", OPV_EXCHANGE_ERROR_INVALID, ": $: ", "“format”" },
  /* Duplicate members: json-glib would keep the last one silently. */
  { "duplicate/followup-code", FOLLOWUP, ",\"code\":\"2.2\"", OPV_EXCHANGE_ERROR_INVALID, ": @.code: ", "line 1" },
  { "duplicate/top-format", WHOLE,
    "{\"format\":\"opvolging-dossier\",\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{}}",
    OPV_EXCHANGE_ERROR_INVALID, ": $.format: ", "twice" },
  { "duplicate/nested-replaced", WHOLE,
    "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{\"id\":\"a\",\"id\":\"b\"},\"dossier\":{}}",
    OPV_EXCHANGE_ERROR_INVALID, ":1: ", "“id”" },
  { "duplicate/differs-in-case", DOSSIER, ",\"Title\":\"x\"", OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.Title: ", "unknown" },
  /* References to what the dossier does not have. */
  { "reference/item", FOLLOWUP, ",\"references\":[\"1\",\"3\"]", OPV_EXCHANGE_ERROR_INVALID, ": @.references[1]: ", "“3”" },
  { "reference/self-code-case", FOLLOWUP, ",\"references\":[\"2.1 \"]", OPV_EXCHANGE_ERROR_INVALID, ": @.references[0]: ", NULL },
  { "reference/party", DOSSIER,
    ",\"rounds\":[{\"label\":\"R1\",\"period\":\"2023\"}],\"themes\":[{\"title\":\"T\",\"items\":[{\"title\":\"I\","
    "\"rounds\":[{\"round\":\"R1\",\"parties\":[{\"party\":\"VWS\"}]}]}]}]",
    OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.themes[0].items[0].rounds[0].parties[0].party: ", "“VWS”" },
  { "reference/round", DOSSIER,
    ",\"themes\":[{\"title\":\"T\",\"items\":[{\"title\":\"I\",\"rounds\":[{\"round\":\"R9\"}]}]}]",
    OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.themes[0].items[0].rounds[0].round: ", "“R9”" },
  { "reference/theme-wording-round", DOSSIER,
    ",\"themes\":[{\"title\":\"T\",\"wording\":[{\"round\":\"R9\",\"title\":\"W\"}]}]",
    OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.themes[0].wording[0].round: ", "“R9”" },
  /* Numbers out of range: json-glib wraps integers past 64 bits. */
  { "number/huge-version", VERSION, "99999999999999999999", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "out of range" },
  { "number/wraps-to-one", VERSION, "18446744073709551617", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "out of range" },
  { "number/past-2^53", VERSION, "9007199254740993", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "out of range" },
  { "number/negative-huge", VERSION, "-99999999999999999999", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "out of range" },
  { "number/infinite", VERSION, "1e999", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "out of range" },
  { "number/negative", VERSION, "-1", OPV_EXCHANGE_ERROR_FORMAT, ": ", "version -1" },
  { "number/hexadecimal", VERSION, "0x1", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "not a number" },
  { "number/leading-zero", VERSION, "01", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "not a number" },
  { "number/bare-fraction", VERSION, ".5", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", NULL },
  { "number/for-string", FOLLOWUP, ",\"references\":[1e400]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "out of range" },
  /* Texts json-glib would cut short or turn into bytes that are not UTF-8. */
  { "text/nul-escape", FOLLOWUP, ",\"carried\":false,\"links\":[{\"label\":\"a\\u0000b\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "\\u0000" },
  { "text/lone-high-surrogate", FOLLOWUP, ",\"links\":[{\"label\":\"a\\ud800x\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "surrogate" },
  { "text/lone-low-surrogate", FOLLOWUP, ",\"links\":[{\"label\":\"\\udc00\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "surrogate" },
  { "text/reversed-surrogates", FOLLOWUP, ",\"links\":[{\"label\":\"\\ude00\\ud83d\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "surrogate" },
  { "text/short-unicode-escape", FOLLOWUP, ",\"links\":[{\"label\":\"\\u12\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "four" },
  { "text/unknown-escape", FOLLOWUP, ",\"links\":[{\"label\":\"\\x41\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "“\\x”" },
  { "text/raw-line-break", FOLLOWUP, ",\"links\":[{\"label\":\"a\nb\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "control" },
  { "text/raw-tab", FOLLOWUP, ",\"links\":[{\"label\":\"a\tb\"}]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "control" },
  { "text/unterminated", WHOLE, "{\"format\":\"opvolging-dossier", OPV_EXCHANGE_ERROR_SYNTAX, ":1:11: ", "does not end" },
  { "text/escape-at-end", WHOLE, "{\"format\":\"opvolging-dossier\\", OPV_EXCHANGE_ERROR_SYNTAX, ":1:11: ", "does not end" },
  /* Nothing but white space: json-glib gave no root, and reading it failed
   * a critical (found by tests/fuzz/fuzz-exchange.c). */
  { "empty/white-space", WHOLE, "  \n\t\r\n ", OPV_EXCHANGE_ERROR_SYNTAX, ": ", "empty" },
  /* What json-glib accepts and JSON does not. */
  { "json/single-quoted-name", WHOLE, "{'format':1}", OPV_EXCHANGE_ERROR_SYNTAX, ":1:2: ", "double quotes" },
  { "json/single-quoted-value", WHOLE, "['format']", OPV_EXCHANGE_ERROR_SYNTAX, ":1:2: ", "“'”" },
  { "json/comment", WHOLE, "[/* c */]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:2: ", "“/”" },
  { "json/comment-between-members", WHOLE, "{\"a\":1 // c\n}", OPV_EXCHANGE_ERROR_SYNTAX, ":1:8: ", "“,” or “}”" },
  { "json/capital-true", FOLLOWUP, ",\"carried\":True", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "“T”" },
  { "json/word-prefix", FOLLOWUP, ",\"carried\":truest", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", NULL },
  { "json/trailing-comma", DOSSIER, ",\"parties\":[{\"short_name\":\"OCW\"},]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "a value" },
  /* json-glib read the first value, dropped (and leaked) what followed,
   * and said nothing (found by tests/fuzz/fuzz-exchange.c). */
  { "json/second-object", WHOLE,
    "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{\"id\":\"a\",\"title\":\"A\","
    "\"kind\":\"activities\"}}\n{\"format\":1}",
    OPV_EXCHANGE_ERROR_SYNTAX, ":2:1: ", "should end here" },
  { "json/string-then-object", WHOLE, "\"chamber\"{  }", OPV_EXCHANGE_ERROR_SYNTAX, ":1:10: ", "should end here" },
  { "json/missing-colon", WHOLE, "{\"format\" \"opvolging-dossier\"}", OPV_EXCHANGE_ERROR_SYNTAX, ":1:11: ", "“:”" },
  { "json/missing-comma", WHOLE, "{\"format\":\"opvolging-dossier\" \"version\":1}", OPV_EXCHANGE_ERROR_SYNTAX,
    ":1:31: ", "“,” or “}”" },
  { "json/name-not-string", WHOLE, "{format:1}", OPV_EXCHANGE_ERROR_SYNTAX, ":1:2: ", "member name" },
  { "json/number-as-name", WHOLE, "{1:1}", OPV_EXCHANGE_ERROR_SYNTAX, ":1:2: ", "member name" },
  { "json/mismatched-bracket", WHOLE, "{\"a\":[1}", OPV_EXCHANGE_ERROR_SYNTAX, ":1:8: ", "“,” or “]”" },
  { "json/ends-early", WHOLE, "{\"format\":\"opvolging-dossier\",\n  ", OPV_EXCHANGE_ERROR_SYNTAX, ":1:31: ",
    "ends before" },
  { "json/colon-in-array", WHOLE, "[1:2]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:3: ", NULL },
  /* Values and names that would spread a message over lines. */
  { "message/line-break-in-value", FOLLOWUP, ",\"links\":[{\"label\":\"L\",\"url\":\"not\\na url\"}]",
    OPV_EXCHANGE_ERROR_INVALID, ": @.links[0].url: ", "“not\\na url”" },
  { "message/line-break-in-member", FOLLOWUP, ",\"a\\nb\":1", OPV_EXCHANGE_ERROR_INVALID,
    ": @[\"a\\nb\"]: ", "“a\\nb”" },
  { "message/escape-in-status", DOSSIER,
    ",\"rounds\":[{\"label\":\"R1\",\"period\":\"2023\"}],\"themes\":[{\"title\":\"T\",\"items\":[{\"title\":\"I\","
    "\"rounds\":[{\"round\":\"R1\",\"status\":\"\\u001b[31mdone\"}]}]}]",
    OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.themes[0].items[0].rounds[0].status: ", "\\u001b[31mdone" },
};

static GBytes *
case_bytes (const Case *c)
{
  switch (c->where)
    {
    case FOLLOWUP:
      {
        char *json = with_followup (c->json);
        return g_bytes_new_take (json, strlen (json));
      }
    case DOSSIER:
      {
        char *json = with_dossier (c->json);
        return g_bytes_new_take (json, strlen (json));
      }
    case VERSION:
      {
        char *json = with_version (c->json);
        return g_bytes_new_take (json, strlen (json));
      }
    case WHOLE:
    default:
      return g_bytes_new_static (c->json, strlen (c->json));
    }
}

/* The message starts with the file and the place and stays short. */
static void
assert_located (const GError *error,
                int           code,
                const char   *place,
                const char   *mentions)
{
  g_autoptr(GString) prefix = g_string_new (NAME);

  g_string_append (prefix, place);
  g_string_replace (prefix, "@", followup_path, 0);

  opv_test_assert_error_at (error, OPV_EXCHANGE_ERROR, code, prefix->str);
  g_assert_cmpuint (strlen (error->message), <, MAX_MESSAGE_BYTES);
  if (mentions != NULL && strstr (error->message, mentions) == NULL)
    g_assert_cmpstr (error->message, ==, mentions);
}

/* Reads @file item by item, however small: the error a stream gives. */
static GError *
stream_error (GFile *file)
{
  g_autoptr(OpvExchangeStream) stream = NULL;
  GError *error = NULL;
  OpvItem *item;
  guint theme;

  stream = opv_exchange_stream_open (file, 1, &error);
  if (stream == NULL)
    return error;
  while (opv_exchange_stream_next_item (stream, &theme, &item, &error))
    g_object_unref (item);
  if (error == NULL)
    opv_exchange_stream_finish (stream, &error);
  return error;
}

/* A file read item by item is refused with the very error of a whole
 * read, and the store keeps nothing of it. */
static void
assert_streams_refused (GBytes *bytes)
{
  g_autofree char *dir = opv_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, NAME, NULL);
  g_autofree char *db = g_build_filename (dir, "h.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) whole = NULL;
  g_autoptr(GError) streamed = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(GPtrArray) imported = g_ptr_array_new_with_free_func (g_object_unref);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  opv_test_write_file (path, data, length);
  dossier = opv_exchange_read_file (file, &whole);
  g_assert_null (dossier);
  g_assert_nonnull (whole);

  streamed = stream_error (file);
  g_assert_nonnull (streamed);
  g_assert_cmpuint (streamed->domain, ==, whole->domain);
  g_assert_cmpint (streamed->code, ==, whole->code);
  g_assert_cmpstr (streamed->message, ==, whole->message);
  g_clear_error (&streamed);

  store = opv_store_open (db, &streamed);
  g_assert_no_error (streamed);
  opv_exchange_set_stream_from (1);
  g_assert_false (opv_store_import_files (store, &file, 1, imported, &streamed));
  opv_exchange_set_stream_from (0);
  g_assert_cmpstr (streamed->message, ==, whole->message);
  g_assert_cmpuint (imported->len, ==, 0);
  g_clear_error (&streamed);
  g_assert_false (opv_store_has_dossiers (store, &streamed));
  g_assert_no_error (streamed);

  g_clear_object (&store);
  opv_test_remove_tree (dir);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = NULL;

  /* The follow-up template itself must be valid, or every case below
   * would pass for the wrong reason. */
  if (c->where == FOLLOWUP)
    {
      g_autofree char *valid = with_followup ("");
      g_autoptr(GBytes) valid_bytes = g_bytes_new (valid, strlen (valid));
      g_autoptr(OpvDossier) ok = opv_exchange_read_bytes (valid_bytes, NAME, &error);

      g_assert_no_error (error);
      g_assert_nonnull (ok);
    }

  bytes = case_bytes (c);
  dossier = opv_exchange_read_bytes (bytes, NAME, &error);
  g_assert_null (dossier);
  assert_located (error, c->code, c->place, c->mentions);

  assert_streams_refused (bytes);
}

/* What the reader must still accept, next to what it refuses. */
static void
test_accepted (void)
{
  static const char * const extras[] = {
    ",\"links\":[{\"label\":\"emoji \\ud83d\\ude00 and \\u00e9\\u20ac\",\"url\":null}]",
    ",\"links\":[{\"label\":\"escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"}]",
    ",\"references\":[\"1\",\"2.1\"]",
    ",\"carried\":true",
    ",\"carried\":false,\"kamerstukken\":[]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      g_autofree char *json = with_followup (extras[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, NAME, &error);

      g_test_message ("%s", extras[i]);
      g_assert_no_error (error);
      g_assert_nonnull (dossier);
    }

  {
    static const char * const versions[] = { "1", "1 ", "\n1\n" };

    for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
      {
        g_autofree char *json = with_version (versions[i]);
        g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
        g_autoptr(GError) error = NULL;
        g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, NAME, &error);

        g_assert_no_error (error);
        g_assert_nonnull (dossier);
      }
  }

  /* The surrogate pair is one character, as UTF-8. */
  {
    g_autofree char *json = with_dossier (",\"publisher\":\"\\ud83d\\ude00\"");
    g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
    g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, NAME, NULL);

    g_assert_nonnull (dossier);
    g_assert_cmpstr (opv_dossier_get_publisher (dossier), ==, "\xf0\x9f\x98\x80");
  }
}

/* 10 MB in one text, in each place a text can be: refused at its path,
 * with a message that does not repeat it. */
static void
test_huge_strings (void)
{
  const gsize size = 10 * 1024 * 1024;
  g_autofree char *huge = g_malloc (size + 1);
  static const struct {
    const char *format;
    int         code;
    const char *place;
    const char *mentions;
  } places[] = {
    { ",\"links\":[{\"label\":\"%s\"}]", OPV_EXCHANGE_ERROR_INVALID, ": @.links[0].label: ", "4 MB" },
    { ",\"references\":[\"%s\"]", OPV_EXCHANGE_ERROR_INVALID, ": @.references[0]: ", "4 MB" },
    { ",\"kamerstukken\":[{\"session\":\"2023/24\",\"dossier\":\"%s\"}]", OPV_EXCHANGE_ERROR_INVALID,
      ": @.kamerstukken[0].dossier: ", "4 MB" },
    { ",\"%s\":1", OPV_EXCHANGE_ERROR_INVALID, ": @[\"xxxxx", "unknown member" },
    /* A syntax error right after it: json-glib's own message would have
     * repeated the whole text. */
    { ",\"links\":[\"%s\" 1]", OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "“,” or “]”" },
  };

  memset (huge, 'x', size);
  huge[size] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *extra = g_strdup_printf (places[i].format, huge);
      char *json = with_followup (extra);
      g_autoptr(GBytes) bytes = g_bytes_new_take (json, strlen (json));
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = NULL;

      g_test_message ("%.40s", places[i].format);
      dossier = opv_exchange_read_bytes (bytes, NAME, &error);
      g_assert_null (dossier);
      assert_located (error, places[i].code, places[i].place, places[i].mentions);
      assert_streams_refused (bytes);
    }

  /* The follow-up's own text, the biggest text a dossier has. */
  {
    g_autofree char *json = g_strdup_printf (followup_template, "");
    g_autoptr(GString) s = g_string_new (json);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(OpvDossier) dossier = NULL;

    g_string_replace (s, "\"text\":\"F\"", "\"text\":\"\"", 1);
    g_string_insert (s, strstr (s->str, "\"text\":\"\"") - s->str + strlen ("\"text\":\""), huge);
    bytes = g_bytes_new (s->str, s->len);
    dossier = opv_exchange_read_bytes (bytes, NAME, &error);
    g_assert_null (dossier);
    assert_located (error, OPV_EXCHANGE_ERROR_INVALID, ": @.text: ", "4 MB");
    assert_streams_refused (bytes);
  }
}

/* A file nested past the limit in every way JSON nests. */
static void
test_deep_nesting (void)
{
  static const char * const openers[] = { "[", "{\"a\":", "[{\"a\":" };

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      g_autoptr(GString) s = g_string_new ("{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = NULL;

      for (guint level = 0; level < 50000; level++)
        g_string_append (s, openers[i]);
      bytes = g_bytes_new (s->str, s->len);
      dossier = opv_exchange_read_bytes (bytes, NAME, &error);
      g_assert_null (dossier);
      assert_located (error, OPV_EXCHANGE_ERROR_SYNTAX, ":1:", "nested");
      assert_streams_refused (bytes);
    }
}

/* Many thousands of parties and rounds: the reader looks each name up in a
 * table, not by walking the dossier's lists, so reading stays linear. */
static void
test_many_parties_and_rounds (void)
{
  const guint n = 20000;
  g_autoptr(GString) s = g_string_new ("{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{"
                                       "\"id\":\"many\",\"title\":\"Many\",\"kind\":\"activities\",\"parties\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(GTimer) timer = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"short_name\":\"P%u\"}", i ? "," : "", i);
  g_string_append (s, "],\"rounds\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"label\":\"R%u\",\"period\":\"2023\"}", i ? "," : "", i);
  g_string_append (s, "],\"themes\":[{\"title\":\"T\",\"items\":[{\"title\":\"I\",\"rounds\":[");
  g_string_append_printf (s, "{\"round\":\"R%u\",\"parties\":[{\"party\":\"p%u\"}]}", n - 1, n - 1);
  g_string_append (s, "]}]}]}}");
  bytes = g_bytes_new (s->str, s->len);

  timer = g_timer_new ();
  dossier = opv_exchange_read_bytes (bytes, NAME, &error);
  g_test_message ("%u parties and %u rounds read in %.2f s", n, n, g_timer_elapsed (timer, NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_rounds (dossier)), ==, n);
  /* Walking the lists took 114 s; by table it takes 0.3 s
   * (about 1 s under the sanitizers). */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 10.0);

  /* A party listed twice, differing in case, is found by the table too. */
  g_string_truncate (s, 0);
  g_string_append (s, "{\"format\":\"opvolging-dossier\",\"version\":1,\"dossier\":{"
                      "\"id\":\"many\",\"title\":\"Many\",\"kind\":\"activities\","
                      "\"parties\":[{\"short_name\":\"Gemeenten\"},{\"short_name\":\"GEMEENTEN\"}]}}");
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_object (&dossier);
  bytes = g_bytes_new (s->str, s->len);
  dossier = opv_exchange_read_bytes (bytes, NAME, &error);
  g_assert_null (dossier);
  assert_located (error, OPV_EXCHANGE_ERROR_INVALID, ": $.dossier.parties[1].short_name: ", "GEMEENTEN");
}

/* The store: every table's rows, in order, as text. */
static char *
dump_database (const char *path)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 5);

  for (guint i = 0; i < tables->len; i++)
    {
      /* A table's name cannot be a bound parameter; %w quotes it as an
       * identifier. The names come from the database's own schema. */
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\"", (const char *) g_ptr_array_index (tables, i));

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      g_string_append_printf (dump, "== %s\n", (const char *) g_ptr_array_index (tables, i));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);
              g_string_append_printf (dump, "%s\t", text ? text : "NULL");
            }
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/* Importing any of the files above, or a valid file that the store must
 * refuse, leaves every row of the database as it was. */
static void
test_store_unchanged (void)
{
  g_autofree char *dir = opv_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "hostile.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvStore) store = opv_store_open (path, &error);
  g_autofree char *before = NULL;
  guint refused_by_store = 0;

  g_assert_no_error (error);
  g_assert_true (opv_store_import_defaults (store, &error));
  g_assert_no_error (error);
  before = dump_database (path);
  g_assert_nonnull (strstr (before, "schaduw-dansen"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = case_bytes (&cases[i]);
      g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, NAME, &error);

      g_assert_null (dossier);
      g_assert_nonnull (error);
      g_clear_error (&error);
    }

  /* Valid files that the store refuses: a dossier it already has, whose
   * themes would otherwise be inserted before the refusal. */
  {
    g_autofree char *seed = opv_test_default_dossier ("nap.json");
    g_autoptr(GBytes) bytes = opv_test_load_bytes (seed);
    g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, "nap.json", &error);

    g_assert_no_error (error);
    g_assert_false (opv_store_import_dossier (store, dossier, &error));
    g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS);
    g_clear_error (&error);
    refused_by_store++;
  }

  {
    g_autofree char *after = dump_database (path);

    g_assert_cmpuint (refused_by_store, ==, 1);
    opv_test_assert_same_text ("database", before, strlen (before), after, strlen (after));
  }

  /* The check can fail: a real import changes the dump. */
  {
    g_autofree char *json = with_followup ("");
    g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
    g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, NAME, &error);
    g_autofree char *after = NULL;

    g_assert_true (opv_store_import_dossier (store, dossier, &error));
    g_assert_no_error (error);
    after = dump_database (path);
    g_assert_cmpstr (after, !=, before);
  }

  g_clear_object (&store);
  opv_test_remove_tree (dir);
}

/* Files that are not files, or far too big: refused before they are read,
 * and at once. */
static void
test_special_files (void)
{
  g_autofree char *dir = opv_test_make_tmpdir ();
  g_autofree char *huge = g_build_filename (dir, "huge.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autoptr(GTimer) timer = g_timer_new ();

  if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = opv_exchange_read_file (file, &error);

      g_assert_null (dossier);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_true (g_str_has_prefix (error->message, "/dev/zero: "));
      g_clear_error (&error);

      error = stream_error (file);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    }

  /* A pipe nobody writes to would block the reader for ever. */
  if (mkfifo (fifo, 0600) == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (fifo);
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) dossier = opv_exchange_read_file (file, &error);

      g_assert_null (dossier);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_clear_error (&error);

      error = stream_error (file);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    }

  /* 600 MB that take no disk space: a sparse file. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (huge);
    g_autoptr(GError) error = NULL;
    g_autoptr(OpvDossier) dossier = NULL;
    int fd = g_open (huge, O_CREAT | O_WRONLY, 0600);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (ftruncate (fd, (off_t) 600 * 1024 * 1024), ==, 0);
    close (fd);
    dossier = opv_exchange_read_file (file, &error);
    g_assert_null (dossier);
    g_assert_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_TOO_LARGE);
    g_assert_true (g_str_has_prefix (error->message, huge));
    g_clear_error (&error);

    /* Not mapped either */
    error = stream_error (file);
    g_assert_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_TOO_LARGE);
  }

  /* Reading 600 MB of zeros would take seconds; refusing takes none. */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
  opv_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *test_path = g_strconcat ("/hostile/", cases[i].name, NULL);
      g_test_add_data_func (test_path, &cases[i], test_case);
    }
  g_test_add_func ("/hostile/accepted", test_accepted);
  g_test_add_func ("/hostile/huge-strings", test_huge_strings);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/many-parties-and-rounds", test_many_parties_and_rounds);
  g_test_add_func ("/hostile/store-unchanged", test_store_unchanged);
  g_test_add_func ("/hostile/special-files", test_special_files);

  return g_test_run ();
}
