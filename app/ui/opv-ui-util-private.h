/* opv-ui-util-private.h: what tests need of opv-ui-util.c
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-ui-util.h"

G_BEGIN_DECLS

typedef void (*OpvUriLauncher) (GtkWindow  *parent,
                                const char *uri);

void opv_ui_set_uri_launcher (OpvUriLauncher launcher);

G_END_DECLS
