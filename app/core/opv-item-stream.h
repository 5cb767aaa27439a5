/* opv-item-stream.h: a dossier's items read one at a time, in table order
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-dossier.h"
#include "opv-store.h"

G_BEGIN_DECLS

typedef struct _OpvItemStream OpvItemStream;

OpvItemStream *opv_item_stream_new  (OpvStore       *store,
                                     OpvDossier     *dossier,
                                     OpvRound       *round,
                                     OpvRound       *previous,
                                     GError        **error);
void           opv_item_stream_set_only (OpvItemStream *self,
                                     GHashTable     *item_ids);
OpvItem       *opv_item_stream_next (OpvItemStream  *self,
                                     GError        **error);
void           opv_item_stream_free (OpvItemStream  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvItemStream, opv_item_stream_free)

G_END_DECLS
