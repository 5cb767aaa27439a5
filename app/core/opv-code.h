/* opv-code.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *opv_code_sort_key (const char *code);
int   opv_code_compare  (const char *a,
                         const char *b);

G_END_DECLS
