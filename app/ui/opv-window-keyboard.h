/* opv-window-keyboard.h: moving through the item list by keyboard
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-window.h"

G_BEGIN_DECLS

void opv_window_keyboard_init (OpvWindow *self);

G_END_DECLS
