/* opv-timeframe.c: the timeframes that reports write ("Q3 2022-Q3 2024")
 * read as periods of months
 *
 * The parser accepts the forms the source tables use and nothing else:
 * "Q1 2024" and "Q12024", "Q2-Q4 2023", "Q3 2022-Q3 2024", "Q32023-2025",
 * "2023-2025", "Vanaf 2022", "Vanaf Q2 2023" and "Q12023 en Q12024".
 * Whatever else a user writes stays text without a period: a deadline is
 * never guessed.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-timeframe"

#include "config.h"

#include <string.h>

#include "opv-timeframe.h"

#define MIN_YEAR 1900
#define MAX_YEAR 2999
#define MAX_TEXT 200

typedef enum
{
  TOKEN_END,
  TOKEN_YEAR,       /* 2024 */
  TOKEN_QUARTER,    /* Q3, with the year when written as "Q32023" */
  TOKEN_DASH,       /* - or – */
  TOKEN_AND,        /* en, and, "," */
  TOKEN_FROM,       /* vanaf, from */
  TOKEN_ERROR,
} TokenKind;

typedef struct
{
  TokenKind kind;
  int       quarter;
  int       year;     /* 0 when a quarter has no year of its own */
} Token;

typedef struct
{
  const char *p;
  Token       token;
} Lexer;

static gboolean
read_digits (const char **p,
             int          count,
             int         *value)
{
  int v = 0;

  for (int i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += count;
  *value = v;
  return TRUE;
}

static gboolean
word_at (const char *p,
         const char *word)
{
  gsize len = strlen (word);

  return g_ascii_strncasecmp (p, word, len) == 0 && !g_ascii_isalnum (p[len]);
}

static void
next (Lexer *lx)
{
  const char *p = lx->p;
  Token *t = &lx->token;

  memset (t, 0, sizeof *t);

  while (*p == ' ' || *p == '\t')
    p++;

  if (*p == '\0')
    t->kind = TOKEN_END;
  else if (*p == '-')
    {
      t->kind = TOKEN_DASH;
      p++;
    }
  else if (strncmp (p, "–", strlen ("–")) == 0)   /* en dash */
    {
      t->kind = TOKEN_DASH;
      p += strlen ("–");
    }
  else if (*p == ',')
    {
      t->kind = TOKEN_AND;
      p++;
    }
  else if (word_at (p, "en") || word_at (p, "and"))
    {
      t->kind = TOKEN_AND;
      p += g_ascii_strncasecmp (p, "en", 2) == 0 ? 2 : 3;
    }
  else if (word_at (p, "vanaf") || word_at (p, "from"))
    {
      t->kind = TOKEN_FROM;
      p += g_ascii_strncasecmp (p, "vanaf", 5) == 0 ? 5 : 4;
    }
  else if ((*p == 'Q' || *p == 'q') && p[1] >= '1' && p[1] <= '4')
    {
      t->kind = TOKEN_QUARTER;
      t->quarter = p[1] - '0';
      p += 2;
      /* "Q12024": the year follows without a space. */
      if (g_ascii_isdigit (*p))
        {
          if (!read_digits (&p, 4, &t->year) || g_ascii_isdigit (*p))
            t->kind = TOKEN_ERROR;
        }
      else if (g_ascii_isalpha (*p))
        t->kind = TOKEN_ERROR;
    }
  else if (g_ascii_isdigit (*p))
    {
      t->kind = TOKEN_YEAR;
      if (!read_digits (&p, 4, &t->year) || g_ascii_isalnum (*p))
        t->kind = TOKEN_ERROR;
    }
  else
    t->kind = TOKEN_ERROR;

  lx->p = p;
}

/* A point in time: a year, or a quarter with its year. A quarter without a
 * year ("Q2" in "Q2-Q4 2023") takes the year of the point after the dash;
 * @pending_quarter carries it there. */
typedef struct
{
  int first;   /* first month */
  int last;    /* last month */
} Span;

static Span
span_of (int year,
         int quarter)
{
  Span s;

  if (quarter == 0)
    {
      s.first = year * 12;
      s.last = year * 12 + 11;
    }
  else
    {
      s.first = year * 12 + (quarter - 1) * 3;
      s.last = s.first + 2;
    }
  return s;
}

static gboolean
valid_year (int year)
{
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/* point := YEAR | QUARTER [YEAR] */
static gboolean
parse_point (Lexer *lx,
             int   *year,
             int   *quarter)
{
  Token t = lx->token;

  if (t.kind == TOKEN_YEAR)
    {
      *year = t.year;
      *quarter = 0;
      next (lx);
      return valid_year (*year);
    }

  if (t.kind == TOKEN_QUARTER)
    {
      *quarter = t.quarter;
      *year = t.year;
      next (lx);
      if (*year == 0 && lx->token.kind == TOKEN_YEAR)
        {
          *year = lx->token.year;
          next (lx);
        }
      return *year == 0 || valid_year (*year);
    }

  return FALSE;
}

/* range := point [DASH point] */
static gboolean
parse_range (Lexer *lx,
             Span  *range)
{
  int year1, quarter1, year2, quarter2;

  if (!parse_point (lx, &year1, &quarter1))
    return FALSE;

  if (lx->token.kind != TOKEN_DASH)
    {
      if (year1 == 0)
        return FALSE;
      *range = span_of (year1, quarter1);
      return TRUE;
    }

  next (lx);
  if (!parse_point (lx, &year2, &quarter2) || year2 == 0)
    return FALSE;

  /* "Q2-Q4 2023": the first quarter is in the second's year. */
  if (year1 == 0)
    year1 = year2;

  range->first = span_of (year1, quarter1).first;
  range->last = span_of (year2, quarter2).last;
  return range->first <= range->last;
}

/**
 * opv_timeframe_parse:
 * @text: a timeframe as a report writes it
 * @timeframe: (out): the period
 *
 * Returns: whether @text is one of the forms this parser understands
 */
gboolean
opv_timeframe_parse (const char   *text,
                     OpvTimeframe *timeframe)
{
  Lexer lx = { 0 };
  Span range;

  g_return_val_if_fail (timeframe != NULL, FALSE);

  if (text == NULL || strlen (text) > MAX_TEXT || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  lx.p = text;
  next (&lx);

  if (lx.token.kind == TOKEN_FROM)
    {
      int year, quarter;

      next (&lx);
      if (!parse_point (&lx, &year, &quarter) || year == 0 || lx.token.kind != TOKEN_END)
        return FALSE;
      timeframe->start = span_of (year, quarter).first;
      timeframe->end = timeframe->start;
      timeframe->open_end = TRUE;
      return TRUE;
    }

  if (!parse_range (&lx, &range))
    return FALSE;

  timeframe->start = range.first;
  timeframe->end = range.last;
  timeframe->open_end = FALSE;

  /* "Q12023 en Q12024": the period runs from the first to the last. */
  while (lx.token.kind == TOKEN_AND)
    {
      next (&lx);
      if (!parse_range (&lx, &range))
        return FALSE;
      timeframe->start = MIN (timeframe->start, range.first);
      timeframe->end = MAX (timeframe->end, range.last);
    }

  return lx.token.kind == TOKEN_END;
}

/**
 * opv_timeframe_is_overdue:
 * @year: today's year
 * @month: today's month, 1 to 12
 *
 * Returns: whether the period ended before the month of today
 */
gboolean
opv_timeframe_is_overdue (const OpvTimeframe *timeframe,
                          int                 year,
                          int                 month)
{
  return !timeframe->open_end && timeframe->end < year * 12 + (month - 1);
}

/**
 * opv_timeframe_text_is_overdue:
 * @status: what a round reports on an item
 * @text: (nullable): the timeframe the round gives
 * @year: today's year
 * @month: today's month, 1 to 12
 *
 * The rule of "overdue", on the values a round stores: the timeframe could
 * be read, ended before the month of today, and the status is not
 * Completed. An unset status is not Completed. A timeframe that could not
 * be read is never overdue: nothing is guessed. opv_entry_is_overdue() and
 * the list's filter (#OpvOutlineModel) both ask this.
 *
 * Returns: whether an entry with @status and @text is overdue
 */
gboolean
opv_timeframe_text_is_overdue (OpvStatus   status,
                               const char *text,
                               int         year,
                               int         month)
{
  OpvTimeframe timeframe;

  if (status == OPV_STATUS_DONE)
    return FALSE;
  if (!opv_timeframe_parse (text, &timeframe))
    return FALSE;
  return opv_timeframe_is_overdue (&timeframe, year, month);
}

static char *
format_month (int month)
{
  int year = month / 12;
  int m = month % 12;

  if (m % 3 == 0)
    return g_strdup_printf ("Q%d %d", m / 3 + 1, year);
  return g_strdup_printf ("%d-%02d", year, m + 1);
}

/**
 * opv_timeframe_format:
 *
 * Returns: (transfer full): the period in a normal form, "Q3 2022 – Q3 2024"
 * or "2023 – 2025" or "from Q2 2023", for tests and diagnostics
 */
char *
opv_timeframe_format (const OpvTimeframe *timeframe)
{
  g_autofree char *start = format_month (timeframe->start);
  g_autofree char *end = NULL;

  if (timeframe->open_end)
    return g_strdup_printf ("from %s", start);

  /* Whole years read as years. */
  if (timeframe->start % 12 == 0 && timeframe->end % 12 == 11)
    {
      if (timeframe->start / 12 == timeframe->end / 12)
        return g_strdup_printf ("%d", timeframe->start / 12);
      return g_strdup_printf ("%d – %d", timeframe->start / 12, timeframe->end / 12);
    }

  end = format_month (timeframe->end - 2);
  if (timeframe->start == timeframe->end - 2)
    return g_strdup (start);
  return g_strdup_printf ("%s – %s", start, end);
}
