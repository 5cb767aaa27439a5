/* test-kamerstuk.c: citations of parliamentary papers, and which links
 * may be opened
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "opv-kamerstuk.h"

typedef struct
{
  const char *text;
  OpvChamber  chamber;
  const char *session;
  const char *dossier;
  const char *number;
  const char *formatted;  /* what opv_kamerstuk_format () makes of it */
} Citation;

/* Citations as the seed sources print them (003, the NAP table, footnotes 2,
 * 10 and 15), and the other forms that letters to parliament use. */
static const Citation accepted[] = {
  { "Kamerstukken II 2023/24, 30420, nr. 390",
    OPV_CHAMBER_SECOND, "2023/24", "30420", "390",
    "Kamerstukken II 2023/24, 30420, nr. 390" },
  /* OCR read II as "Il", and left out the comma after the session. */
  { "Kamerstukken Il 2022/23 34843; 30234, nr. 77",
    OPV_CHAMBER_SECOND, "2022/23", "34843; 30234", "77",
    "Kamerstukken II 2022/23, 34843; 30234, nr. 77" },
  /* No chamber at all: it stays unknown, and none is invented. */
  { "Kamerstukken, 2023/24 30420, nr. 390",
    OPV_CHAMBER_UNKNOWN, "2023/24", "30420", "390",
    "Kamerstukken 2023/24, 30420, nr. 390" },
  /* OCR read II as "11". */
  { "Kamerstukken 11 2023/24, 28345, nr. 269",
    OPV_CHAMBER_SECOND, "2023/24", "28345", "269",
    "Kamerstukken II 2023/24, 28345, nr. 269" },
  { "Kamerstukken ll 2023/24, 30420, nr. 1",
    OPV_CHAMBER_SECOND, "2023/24", "30420", "1",
    "Kamerstukken II 2023/24, 30420, nr. 1" },
  /* Budget chapters: the dossier number has spaces and a roman numeral. */
  { "Kamerstukken II 2023/24, 33 000 VIII, nr. 123",
    OPV_CHAMBER_SECOND, "2023/24", "33 000 VIII", "123",
    "Kamerstukken II 2023/24, 33 000 VIII, nr. 123" },
  /* The Eerste Kamer numbers its papers with letters. */
  { "Kamerstukken I 2022/23, 36 200, nr. A",
    OPV_CHAMBER_FIRST, "2022/23", "36 200", "A",
    "Kamerstukken I 2022/23, 36 200, nr. A" },
  /* Without a sub-number, in lower case. */
  { "kamerstukken ii 2023/24, 30420",
    OPV_CHAMBER_SECOND, "2023/24", "30420", "",
    "Kamerstukken II 2023/24, 30420" },
  /* Loose spacing, "nr" without its dot and a closing full stop. */
  { "  Kamerstukken II 2023 / 24 , 30420 , nr 390. ",
    OPV_CHAMBER_SECOND, "2023/24", "30420", "390",
    "Kamerstukken II 2023/24, 30420, nr. 390" },
  /* The session written out in full. */
  { "Kamerstukken II 2023-2024, 30420, nr. 390",
    OPV_CHAMBER_SECOND, "2023/24", "30420", "390",
    "Kamerstukken II 2023/24, 30420, nr. 390" },
  { "Kamerstuk II 2023/24, 30420, nr. 390",
    OPV_CHAMBER_SECOND, "2023/24", "30420", "390",
    "Kamerstukken II 2023/24, 30420, nr. 390" },
};

static void
assert_citation (const OpvKamerstuk *k,
                 const Citation     *c)
{
  g_autofree char *formatted = NULL;

  g_test_message ("parsing “%s”", c->text);
  g_assert_nonnull (k);
  g_assert_cmpint (k->chamber, ==, c->chamber);
  g_assert_cmpstr (k->session, ==, c->session);
  g_assert_cmpstr (k->dossier, ==, c->dossier);
  g_assert_cmpstr (k->number, ==, c->number);
  g_assert_null (k->url);

  formatted = opv_kamerstuk_format (k);
  g_assert_cmpstr (formatted, ==, c->formatted);
}

static void
test_parse_accepted (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(OpvKamerstuk) k = opv_kamerstuk_parse (accepted[i].text);
      assert_citation (k, &accepted[i]);
    }
}

static void
test_parse_rejected (void)
{
  static const char * const rejected[] = {
    "",
    " ",
    "Kamerstukken",
    "Kamerstukken II",
    "Kamerstukken II 2023/24",          /* no dossier number */
    "Kamerstukken II 2023/24, , nr. 390",
    "Kamerstukken II 23/24, 30420",     /* the session needs its century */
    "Kamerstukken III 2023/24, 30420",  /* there is no third chamber */
    "Kamerstukken II 2023/24, 30420, nr. 390 extra",
    "Kamerstukken II 2023/24, 30420, nr. 390, bijlage",
    "Handelingen II 2023/24, nr. 12",
    "garbage",
    "30420, nr. 390",
    "Kamerstukken II 2023/24, 30420, nr. 390\xff",
    "Kamerstukken II 2023/\xc3" "24, 30420",
    /* Digits of other scripts (here Arabic-Indic 2023): the session was
     * rebuilt from too few ASCII digits and hit a critical (found by
     * tests/fuzz/fuzz-kamerstuk.c). */
    "Kamerstukken II \xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa3/24, 1",
    "Kamerstukken II 2023/\xd9\xa2\xd9\xa4, 1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rejected); i++)
    {
      g_autoptr(OpvKamerstuk) k = opv_kamerstuk_parse (rejected[i]);
      g_autofree char *shown = g_strescape (rejected[i], NULL);

      g_test_message ("parsing \"%s\"", shown);
      g_assert_null (k);
    }
}

static void
test_parse_null_and_huge (void)
{
  g_autoptr(GString) huge = g_string_new ("Kamerstukken II 2023/24, 30420");
  g_autoptr(OpvKamerstuk) from_null = opv_kamerstuk_parse (NULL);
  g_autoptr(OpvKamerstuk) from_huge = NULL;

  /* NULL is simply not a citation; no critical warning is emitted (the
   * tests run with G_DEBUG=fatal-warnings). */
  g_assert_null (from_null);

  /* A text far longer than any citation is refused without being matched. */
  while (huge->len <= 4096)
    g_string_append (huge, " 1");
  from_huge = opv_kamerstuk_parse (huge->str);
  g_assert_null (from_huge);
}

/* "nr" without the comma before it: footnote 22 of the NAP table (003,
 * line 994) prints "Kamerstukken Il 2022/23, 24587 nr.898". The sub-number
 * must not end up inside the dossier number. */
static void
test_parse_number_without_comma (void)
{
  static const Citation cases[] = {
    { "Kamerstukken Il 2022/23, 24587 nr.898",
      OPV_CHAMBER_SECOND, "2022/23", "24587", "898",
      "Kamerstukken II 2022/23, 24587, nr. 898" },
    { "Kamerstukken II 2023/24, 30420 nr 390",
      OPV_CHAMBER_SECOND, "2023/24", "30420", "390",
      "Kamerstukken II 2023/24, 30420, nr. 390" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OpvKamerstuk) k = opv_kamerstuk_parse (cases[i].text);
      assert_citation (k, &cases[i]);
    }
}

static void
test_format (void)
{
  struct {
    OpvChamber  chamber;
    const char *session, *dossier, *number, *url;
    const char *expected;
  } cases[] = {
    { OPV_CHAMBER_SECOND, "2023/24", "30420", "390", NULL, "Kamerstukken II 2023/24, 30420, nr. 390" },
    { OPV_CHAMBER_FIRST, "2022/23", "36 200", "A", NULL, "Kamerstukken I 2022/23, 36 200, nr. A" },
    { OPV_CHAMBER_UNKNOWN, "2023/24", "30420", "390", NULL, "Kamerstukken 2023/24, 30420, nr. 390" },
    { OPV_CHAMBER_SECOND, "2022/23", "34843; 30234", "77", NULL,
      "Kamerstukken II 2022/23, 34843; 30234, nr. 77" },
    /* No sub-number: no "nr." either. NULL counts as empty. */
    { OPV_CHAMBER_SECOND, "2023/24", "30420", "", NULL, "Kamerstukken II 2023/24, 30420" },
    { OPV_CHAMBER_SECOND, "2023/24", "30420", NULL, NULL, "Kamerstukken II 2023/24, 30420" },
    /* The address is not part of the citation. */
    { OPV_CHAMBER_SECOND, "2023/24", "30420", "390",
      "https://zoek.officielebekendmakingen.nl/kst-30420-390.html",
      "Kamerstukken II 2023/24, 30420, nr. 390" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OpvKamerstuk) k = opv_kamerstuk_new (cases[i].chamber, cases[i].session, cases[i].dossier,
                                                     cases[i].number, cases[i].url);
      g_autofree char *text = opv_kamerstuk_format (k);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) originals = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);

  g_ptr_array_add (originals, opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "390", NULL));
  g_ptr_array_add (originals, opv_kamerstuk_new (OPV_CHAMBER_FIRST, "2022/23", "36 200", "A", NULL));
  g_ptr_array_add (originals, opv_kamerstuk_new (OPV_CHAMBER_UNKNOWN, "2023/24", "30420", "390", NULL));
  g_ptr_array_add (originals, opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2022/23", "34843; 30234", "77", NULL));
  g_ptr_array_add (originals, opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "33 000 VIII", "123", NULL));
  g_ptr_array_add (originals, opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "", NULL));
  g_ptr_array_add (originals, opv_kamerstuk_new (OPV_CHAMBER_UNKNOWN, "1999/00", "26 800", "", NULL));

  for (guint i = 0; i < originals->len; i++)
    {
      OpvKamerstuk *k = g_ptr_array_index (originals, i);
      g_autofree char *text = opv_kamerstuk_format (k);
      g_autoptr(OpvKamerstuk) parsed = opv_kamerstuk_parse (text);

      g_test_message ("round trip of “%s”", text);
      g_assert_nonnull (parsed);
      g_assert_true (opv_kamerstuk_equal (parsed, k));
    }
}

static void
test_equal_and_copy (void)
{
  const char *url = "https://example.org/";
  g_autoptr(OpvKamerstuk) a = opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "390", url);
  g_autoptr(OpvKamerstuk) copy = opv_kamerstuk_copy (a);
  g_autoptr(OpvKamerstuk) other_chamber = opv_kamerstuk_new (OPV_CHAMBER_FIRST, "2023/24", "30420", "390", url);
  g_autoptr(OpvKamerstuk) no_url = opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "390", NULL);
  g_autoptr(OpvKamerstuk) other_number = opv_kamerstuk_new (OPV_CHAMBER_SECOND, "2023/24", "30420", "391", url);
  g_autoptr(OpvLink) link = opv_link_new ("website", NULL);
  g_autoptr(OpvLink) link_copy = opv_link_copy (link);
  g_autoptr(OpvLink) link_with_url = opv_link_new ("website", "https://www.dansveilig.nl");

  g_assert_true (copy != a);
  g_assert_true (copy->session != a->session);
  g_assert_true (opv_kamerstuk_equal (a, copy));
  g_assert_cmpstr (copy->url, ==, "https://example.org/");
  g_assert_false (opv_kamerstuk_equal (a, other_chamber));
  g_assert_false (opv_kamerstuk_equal (a, no_url));
  g_assert_false (opv_kamerstuk_equal (a, other_number));

  /* A lost link target stays NULL through a copy; it is not "" */
  g_assert_null (link_copy->url);
  g_assert_cmpstr (link_copy->label, ==, "website");
  g_assert_true (opv_link_equal (link, link_copy));
  g_assert_false (opv_link_equal (link, link_with_url));
}

static void
test_chamber_ids (void)
{
  OpvChamber chamber = OPV_CHAMBER_UNKNOWN;

  g_assert_cmpstr (opv_chamber_to_id (OPV_CHAMBER_FIRST), ==, "I");
  g_assert_cmpstr (opv_chamber_to_id (OPV_CHAMBER_SECOND), ==, "II");
  g_assert_null (opv_chamber_to_id (OPV_CHAMBER_UNKNOWN));

  g_assert_true (opv_chamber_from_id ("I", &chamber));
  g_assert_cmpint (chamber, ==, OPV_CHAMBER_FIRST);
  g_assert_true (opv_chamber_from_id ("II", &chamber));
  g_assert_cmpint (chamber, ==, OPV_CHAMBER_SECOND);

  /* The exchange format is strict: OCR forms are for the parser only. */
  chamber = OPV_CHAMBER_FIRST;
  g_assert_false (opv_chamber_from_id ("Il", &chamber));
  g_assert_false (opv_chamber_from_id ("ii", &chamber));
  g_assert_false (opv_chamber_from_id ("", &chamber));
  g_assert_false (opv_chamber_from_id (NULL, &chamber));
  g_assert_cmpint (chamber, ==, OPV_CHAMBER_FIRST);
}

static void
test_uri_is_openable (void)
{
  static const char * const openable[] = {
    "http://example.org",
    "https://www.dansveilig.nl/",
    "HTTPS://EXAMPLE.ORG/a?b=c#d",
    "https://open.overheid.nl/documenten/b6a7ec23-71f8-4caf-a73d-a0ad7a020f0f/file",
    "mailto:info@example.org",
  };
  static const char * const refused[] = {
    "",
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:msgbox",
    "about:blank",
    "ftp://example.org",
    "x-scheme-handler://y",
    "/relative/path",
    "relative",
    "../up",
    "www.rcgog.nl",         /* an address without a scheme, as 003 prints them */
    "http//example.org",
    " http://example.org",
    "garbage with spaces",
    "https://example.org/\xff",
  };

  g_assert_false (opv_uri_is_openable (NULL));

  for (guint i = 0; i < G_N_ELEMENTS (openable); i++)
    {
      g_test_message ("“%s” should be openable", openable[i]);
      g_assert_true (opv_uri_is_openable (openable[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("“%s” should not be openable", refused[i]);
      g_assert_false (opv_uri_is_openable (refused[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, and untranslated whatever LANGUAGE says. */
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kamerstuk/parse/accepted", test_parse_accepted);
  g_test_add_func ("/kamerstuk/parse/rejected", test_parse_rejected);
  g_test_add_func ("/kamerstuk/parse/null-and-huge", test_parse_null_and_huge);
  g_test_add_func ("/kamerstuk/format", test_format);
  g_test_add_func ("/kamerstuk/round-trip", test_round_trip);
  g_test_add_func ("/kamerstuk/equal-and-copy", test_equal_and_copy);
  g_test_add_func ("/kamerstuk/chamber-ids", test_chamber_ids);
  g_test_add_func ("/kamerstuk/uri-is-openable", test_uri_is_openable);
  /* Runs last, so that a failure here hides no other test. */
  g_test_add_func ("/kamerstuk/parse/number-without-comma", test_parse_number_without_comma);

  return g_test_run ();
}
