/* opv-dossier.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-enums.h"
#include "opv-party.h"
#include "opv-round.h"
#include "opv-theme.h"

G_BEGIN_DECLS

#define OPV_TYPE_DOSSIER (opv_dossier_get_type ())

G_DECLARE_FINAL_TYPE (OpvDossier, opv_dossier, OPV, DOSSIER, GObject)

OpvDossier     *opv_dossier_new               (const char     *slug,
                                               const char     *title,
                                               OpvDossierKind  kind);
gint64          opv_dossier_get_id            (OpvDossier     *self);
void            opv_dossier_set_id            (OpvDossier     *self,
                                               gint64          id);
const char     *opv_dossier_get_slug          (OpvDossier     *self);
const char     *opv_dossier_get_title         (OpvDossier     *self);
void            opv_dossier_set_title         (OpvDossier     *self,
                                               const char     *title);
const char     *opv_dossier_get_short_name    (OpvDossier     *self);
void            opv_dossier_set_short_name    (OpvDossier     *self,
                                               const char     *short_name);
OpvDossierKind  opv_dossier_get_kind          (OpvDossier     *self);
void            opv_dossier_set_kind          (OpvDossier     *self,
                                               OpvDossierKind  kind);
const char     *opv_dossier_get_publisher     (OpvDossier     *self);
void            opv_dossier_set_publisher     (OpvDossier     *self,
                                               const char     *publisher);
const char     *opv_dossier_get_published     (OpvDossier     *self);
void            opv_dossier_set_published     (OpvDossier     *self,
                                               const char     *published);
guint           opv_dossier_get_n_items       (OpvDossier     *self);
void            opv_dossier_set_n_items       (OpvDossier     *self,
                                               guint           n_items);
GListModel     *opv_dossier_get_themes        (OpvDossier     *self);
void            opv_dossier_add_theme         (OpvDossier     *self,
                                               OpvTheme       *theme);
GListModel     *opv_dossier_get_rounds        (OpvDossier     *self);
void            opv_dossier_add_round         (OpvDossier     *self,
                                               OpvRound       *round);
OpvRound       *opv_dossier_find_round        (OpvDossier     *self,
                                               const char     *label);
OpvRound       *opv_dossier_get_newest_round  (OpvDossier     *self);
OpvRound       *opv_dossier_find_round_by_id   (OpvDossier    *self,
                                                gint64         round_id);
OpvTheme       *opv_dossier_find_theme_by_id   (OpvDossier    *self,
                                                gint64         theme_id);
OpvParty       *opv_dossier_find_party_by_id   (OpvDossier    *self,
                                                gint64         party_id);
OpvRound       *opv_dossier_get_previous_round (OpvDossier    *self,
                                               OpvRound       *round);
GListModel     *opv_dossier_get_parties       (OpvDossier     *self);
void            opv_dossier_add_party         (OpvDossier     *self,
                                               OpvParty       *party);
OpvParty       *opv_dossier_find_party        (OpvDossier     *self,
                                               const char     *short_name);
GPtrArray      *opv_dossier_dup_items         (OpvDossier     *self);
gboolean        opv_slug_is_valid             (const char     *slug);

G_END_DECLS
