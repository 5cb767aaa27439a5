/* opv-application.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPV_TYPE_APPLICATION (opv_application_get_type ())

G_DECLARE_FINAL_TYPE (OpvApplication, opv_application, OPV, APPLICATION, AdwApplication)

OpvApplication *opv_application_new (void);

G_END_DECLS
