/* opv-theme.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-item.h"
#include "opv-round.h"

G_BEGIN_DECLS

typedef struct _OpvDossier OpvDossier;

#define OPV_TYPE_THEME (opv_theme_get_type ())

G_DECLARE_FINAL_TYPE (OpvTheme, opv_theme, OPV, THEME, GObject)

OpvTheme    *opv_theme_new               (const char *number,
                                          const char *title);
gint64       opv_theme_get_id            (OpvTheme   *self);
void         opv_theme_set_id            (OpvTheme   *self,
                                          gint64      id);
const char  *opv_theme_get_number        (OpvTheme   *self);
void         opv_theme_set_number        (OpvTheme   *self,
                                          const char *number);
const char  *opv_theme_get_title         (OpvTheme   *self);
void         opv_theme_set_title         (OpvTheme   *self,
                                          const char *title);
const char  *opv_theme_get_title_for     (OpvTheme   *self,
                                          OpvRound   *round);
const char  *opv_theme_get_wording       (OpvTheme   *self,
                                          OpvRound   *round);
void         opv_theme_set_wording       (OpvTheme   *self,
                                          OpvRound   *round,
                                          const char *title);
GPtrArray   *opv_theme_dup_wording_rounds (OpvTheme  *self);
char        *opv_theme_dup_heading       (OpvTheme   *self,
                                          OpvRound   *round);
char        *opv_theme_format_heading    (const char *number,
                                          const char *title);
OpvDossier  *opv_theme_get_dossier       (OpvTheme   *self);
void         opv_theme_set_dossier       (OpvTheme   *self,
                                          OpvDossier *dossier);
GListModel  *opv_theme_get_items         (OpvTheme   *self);
void         opv_theme_add_item          (OpvTheme   *self,
                                          OpvItem    *item);

G_END_DECLS
