/* opv-exchange-private.h: what tests need of the exchange reader
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void opv_exchange_set_stream_from (gsize bytes);

G_END_DECLS
