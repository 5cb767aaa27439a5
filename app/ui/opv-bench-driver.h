/* opv-bench-driver.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-window.h"

G_BEGIN_DECLS

void opv_bench_driver_start (GApplication *app,
                             OpvWindow    *window);

G_END_DECLS
