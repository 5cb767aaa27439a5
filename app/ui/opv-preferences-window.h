/* opv-preferences-window.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPV_TYPE_PREFERENCES_WINDOW (opv_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (OpvPreferencesWindow, opv_preferences_window, OPV, PREFERENCES_WINDOW, AdwPreferencesWindow)

OpvPreferencesWindow *opv_preferences_window_new (GtkWindow *parent,
                                                  GSettings *settings);

G_END_DECLS
