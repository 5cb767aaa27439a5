/* fuzz-timeframe.c: the timeframe parser
 *
 * Properties: a timeframe that parses lies within the years the parser
 * allows and does not end before it starts; its normal form parses to the
 * same period; and whether a deadline has passed never crashes.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include "opv-timeframe.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = fuzz_strndup (data, size);
  g_autofree char *formatted = NULL;
  OpvTimeframe timeframe = { 0 };
  OpvTimeframe again = { 0 };

  if (!opv_timeframe_parse (text, &timeframe))
    return 0;

  FUZZ_CHECK (timeframe.start >= 1900 * 12 && timeframe.start <= 2999 * 12 + 11, "start %d", timeframe.start);
  if (timeframe.open_end)
    FUZZ_CHECK (timeframe.end == timeframe.start, "an open period with an end");
  else
    FUZZ_CHECK (timeframe.end >= timeframe.start && timeframe.end <= 2999 * 12 + 11,
                "%d to %d", timeframe.start, timeframe.end);

  formatted = opv_timeframe_format (&timeframe);
  FUZZ_CHECK (opv_timeframe_parse (formatted, &again), "“%s” does not parse", formatted);
  FUZZ_CHECK (again.start == timeframe.start && again.end == timeframe.end &&
              again.open_end == timeframe.open_end,
              "“%s” parses to another period", formatted);

  (void) opv_timeframe_is_overdue (&timeframe, 2024, 6);
  return 0;
}
