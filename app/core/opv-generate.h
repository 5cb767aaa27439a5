/* opv-generate.h: synthetic databases for benchmarks
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint    n_dossiers;
  guint    n_items;       /* in all dossiers together */
  guint    n_followups;   /* in all rounds of all items together */
  guint64  seed;
} OpvGenerateOptions;

/* The first dossier holds this share of the items, so that every size has
 * one large dossier: 10,000 items in the large database. */
#define OPV_GENERATE_BIG_DOSSIER_SHARE 10

gboolean opv_generate_parse_size (const char                *text,
                                  OpvGenerateOptions        *options,
                                  GError                   **error);
gboolean opv_generate            (OpvStore                  *store,
                                  const OpvGenerateOptions  *options,
                                  GError                   **error);

G_END_DECLS
