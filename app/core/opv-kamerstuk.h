/* opv-kamerstuk.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  OPV_CHAMBER_UNKNOWN,
  OPV_CHAMBER_FIRST,    /* Eerste Kamer: "I" */
  OPV_CHAMBER_SECOND,   /* Tweede Kamer: "II" */
} OpvChamber;

/* A parliamentary paper: "Kamerstukken II 2023/24, 30420, nr. 390". */
typedef struct
{
  OpvChamber  chamber;
  char       *session;   /* "2023/24" */
  char       *dossier;   /* "30420", "33 000 VIII" */
  char       *number;    /* "390", may be empty */
  char       *url;       /* nullable */
} OpvKamerstuk;

/* A link as the source shows it: a label, and a URL when it is known. */
typedef struct
{
  char *label;
  char *url;             /* nullable */
} OpvLink;

#define OPV_TYPE_KAMERSTUK (opv_kamerstuk_get_type ())
#define OPV_TYPE_LINK      (opv_link_get_type ())

GType         opv_kamerstuk_get_type       (void) G_GNUC_CONST;
OpvKamerstuk *opv_kamerstuk_new            (OpvChamber          chamber,
                                            const char         *session,
                                            const char         *dossier,
                                            const char         *number,
                                            const char         *url);
OpvKamerstuk *opv_kamerstuk_copy           (const OpvKamerstuk *self);
void          opv_kamerstuk_free           (OpvKamerstuk       *self);
gboolean      opv_kamerstuk_equal          (const OpvKamerstuk *a,
                                            const OpvKamerstuk *b);
char         *opv_kamerstuk_format         (const OpvKamerstuk *self);
OpvKamerstuk *opv_kamerstuk_parse          (const char         *text);
const char   *opv_chamber_to_id            (OpvChamber          chamber);
gboolean      opv_chamber_from_id          (const char         *id,
                                            OpvChamber         *chamber);

GType         opv_link_get_type            (void) G_GNUC_CONST;
OpvLink      *opv_link_new                 (const char         *label,
                                            const char         *url);
OpvLink      *opv_link_copy                (const OpvLink      *self);
void          opv_link_free                (OpvLink            *self);
gboolean      opv_link_equal               (const OpvLink      *a,
                                            const OpvLink      *b);
gboolean      opv_uri_is_openable          (const char         *uri);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvKamerstuk, opv_kamerstuk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvLink, opv_link_free)

G_END_DECLS
