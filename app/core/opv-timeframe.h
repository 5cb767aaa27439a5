/* opv-timeframe.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

#include "opv-enums.h"

G_BEGIN_DECLS

/* A period of whole months, counted as year * 12 + (month - 1). */
typedef struct
{
  int      start;
  int      end;        /* the last month, inclusive; meaningless when open */
  gboolean open_end;   /* "Vanaf 2022": no end */
} OpvTimeframe;

gboolean opv_timeframe_parse           (const char         *text,
                                        OpvTimeframe       *timeframe);
gboolean opv_timeframe_is_overdue      (const OpvTimeframe *timeframe,
                                        int                 year,
                                        int                 month);
gboolean opv_timeframe_text_is_overdue (OpvStatus           status,
                                        const char         *text,
                                        int                 year,
                                        int                 month);
char    *opv_timeframe_format          (const OpvTimeframe *timeframe);

G_END_DECLS
