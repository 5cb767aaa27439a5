/* test-code.c: natural ordering of recommendation codes
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "opv-code.h"

/* The sign of opv_code_compare (), and the sign of comparing the two sort
 * keys bytewise as sqlite's ORDER BY does, must agree. */
static int
sign (int value)
{
  return (value > 0) - (value < 0);
}

static void
assert_order (const char *a,
              int         expected,
              const char *b)
{
  g_autofree char *ka = opv_code_sort_key (a);
  g_autofree char *kb = opv_code_sort_key (b);
  int by_compare = sign (opv_code_compare (a, b));
  int by_key = sign (strcmp (ka, kb));

  if (by_compare != expected || by_key != expected)
    g_test_message ("“%s” vs “%s”: sort keys “%s” and “%s”", a, b, ka, kb);
  g_assert_cmpint (by_compare, ==, expected);
  g_assert_cmpint (by_key, ==, expected);

  /* Antisymmetry: swapping the arguments flips the sign. */
  g_assert_cmpint (sign (opv_code_compare (b, a)), ==, -expected);
}

static void
test_numbers_compare_as_numbers (void)
{
  assert_order ("5.9", -1, "5.10");
  assert_order ("2", -1, "10");
  assert_order ("1.1.9", -1, "1.1.10");
  assert_order ("9.1.1", -1, "9.2");
  assert_order ("9.2", -1, "10.1");
  assert_order ("5.10", 0, "5.10");
  assert_order ("99", -1, "100");
}

static void
test_prefix_sorts_first (void)
{
  assert_order ("1.1", -1, "1.1.1");
  assert_order ("1.1.1", -1, "1.2");
  assert_order ("1.1", -1, "1.2");
  assert_order ("1.1.1", -1, "1.10");
  assert_order ("1", -1, "1.1");
}

static int
compare_ptr (gconstpointer a,
             gconstpointer b)
{
  return opv_code_compare (*(const char * const *) a, *(const char * const *) b);
}

static void
test_sorts_a_list (void)
{
  static const char * const expected[] = {
    "1", "1.1", "1.1.1", "1.1.2", "1.1.10", "1.2", "1.10", "2",
    "5.9", "5.10", "9.1.1", "9.1.2", "9.2", "10", "21",
  };
  /* The same codes, shuffled by hand so that no stable sort keeps them. */
  const char *codes[] = {
    "21", "5.10", "1.10", "9.2", "1.1.10", "10", "1", "9.1.2",
    "1.2", "5.9", "1.1.2", "2", "9.1.1", "1.1.1", "1.1",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (codes) == G_N_ELEMENTS (expected));
  qsort (codes, G_N_ELEMENTS (codes), sizeof codes[0], compare_ptr);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (codes[i], ==, expected[i]);
}

static void
test_leading_zeros (void)
{
  /* Leading zeros do not change a number's value: 007 is 7, "01.02" is 1.2. */
  assert_order ("007", 0, "7");
  assert_order ("01.02", 0, "1.2");
  assert_order ("02", -1, "10");
  assert_order ("09", -1, "10");
  assert_order ("010", 1, "9");
  /* A lone zero is still a number, smaller than one. */
  assert_order ("0", -1, "1");
  assert_order ("00", 0, "0");
  assert_order ("0.5", -1, "1");
  assert_order ("5.0", -1, "5.1");
}

static void
test_letters (void)
{
  /* Letters compare without case, numbers inside them naturally. */
  assert_order ("Actielijn 1", 0, "actielijn 1");
  assert_order ("Actielijn 2", -1, "Actielijn 10");
  assert_order ("1a", -1, "1b");
  assert_order ("1B", 1, "1a");
  assert_order ("9.1.1", -1, "9.1.1a");
  assert_order ("A", -1, "b");
  assert_order ("É", 0, "é");
  /* Digits come before letters. */
  assert_order ("1", -1, "a");
  assert_order ("5.1", -1, "5.a");
}

static void
test_separators (void)
{
  /* Separators sort below every digit and letter. */
  assert_order ("1.1", -1, "1a");
  assert_order ("1-1", -1, "11");
  assert_order ("1/2", -1, "1a");
}

static void
test_empty (void)
{
  g_autofree char *empty_key = opv_code_sort_key ("");
  g_autofree char *null_key = opv_code_sort_key (NULL);

  g_assert_cmpstr (empty_key, ==, "");
  g_assert_cmpstr (null_key, ==, "");
  assert_order ("", 0, "");
  assert_order ("", -1, "0");
  assert_order ("", -1, "1");
  assert_order ("", -1, "a");
  g_assert_cmpint (opv_code_compare (NULL, ""), ==, 0);
  g_assert_cmpint (opv_code_compare (NULL, "1"), <, 0);
}

static char *
digits (char  first,
        char  fill,
        guint length)
{
  char *s = g_malloc (length + 1);

  memset (s, fill, length);
  s[0] = first;
  s[length] = '\0';
  return s;
}

/* Runs longer than the padding width still compare by value. */
static void
test_long_digit_runs (void)
{
  g_autofree char *nines_6 = digits ('9', '9', 6);
  g_autofree char *one_7 = digits ('1', '0', 7);
  g_autofree char *nines_19 = digits ('9', '9', 19);
  g_autofree char *one_20 = digits ('1', '0', 20);
  g_autofree char *one_99 = digits ('1', '0', 99);
  g_autofree char *nines_98 = digits ('9', '9', 98);
  g_autofree char *padded = g_strconcat ("0000000000", one_20, NULL);
  g_autofree char *code_a = g_strconcat ("1.", one_20, NULL);
  g_autofree char *code_b = g_strconcat ("1.", nines_19, NULL);

  assert_order (nines_6, -1, one_7);
  assert_order (nines_19, -1, one_20);
  assert_order (nines_98, -1, one_99);
  assert_order (one_20, 0, padded);
  assert_order (code_b, -1, code_a);
  assert_order ("1234567", -1, "1234568");
  assert_order ("1234567.1", -1, "1234567.2");
}

/* The sort key's length prefix is capped at 99 digits; beyond that a longer
 * number must still sort after a shorter one. */
static void
test_very_long_digit_runs (void)
{
  g_autofree char *nines_100 = digits ('9', '9', 100);
  g_autofree char *one_101 = digits ('1', '0', 101);
  g_autofree char *nines_150 = digits ('9', '9', 150);
  g_autofree char *one_200 = digits ('1', '0', 200);

  assert_order (nines_100, -1, one_101);
  assert_order (nines_150, -1, one_200);
}

/* Digits sort before letters whatever the length of the number, as they
 * do for short numbers ("1" < "a" above). */
static void
test_long_numbers_before_letters (void)
{
  assert_order ("1234567", -1, "a");
  assert_order ("5.1234567", -1, "5.a");
}

static void
test_invalid_utf8 (void)
{
  static const char * const inputs[] = {
    "\xff", "\xfe\xff", "5.\xff" "10", "\xc3", "1.1\xc3", "\xe2\x82", "\xed\xa0\x80",
    "\xc0\xaf", "5.9\x80\x80\x80", "\xf4\x90\x80\x80",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *key = opv_code_sort_key (inputs[i]);

      g_assert_nonnull (key);
      g_assert_true (g_utf8_validate (key, -1, NULL));
    }

  /* Broken bytes are skipped; the valid rest still orders naturally. */
  assert_order ("5.\xff" "10", 1, "5.9");
  assert_order ("\xff", 0, "");
  assert_order ("1.1\xc3", 0, "1.1");
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, and untranslated whatever LANGUAGE says. */
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/code/numbers", test_numbers_compare_as_numbers);
  g_test_add_func ("/code/prefix-first", test_prefix_sorts_first);
  g_test_add_func ("/code/sort-list", test_sorts_a_list);
  g_test_add_func ("/code/leading-zeros", test_leading_zeros);
  g_test_add_func ("/code/letters", test_letters);
  g_test_add_func ("/code/separators", test_separators);
  g_test_add_func ("/code/empty", test_empty);
  g_test_add_func ("/code/long-digit-runs", test_long_digit_runs);
  g_test_add_func ("/code/invalid-utf8", test_invalid_utf8);
  /* The edge cases of the key's length prefix run last, so that a failure
   * there hides no other test. */
  g_test_add_func ("/code/very-long-digit-runs", test_very_long_digit_runs);
  g_test_add_func ("/code/long-numbers-before-letters", test_long_numbers_before_letters);

  return g_test_run ();
}
