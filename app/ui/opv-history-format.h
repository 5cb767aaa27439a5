/* opv-history-format.h: the audit trail as sentences in the UI language
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-core.h"

G_BEGIN_DECLS

/* One edit, undo or redo: the audit rows it wrote, told as sentences. */
typedef struct
{
  char      *at;          /* ISO 8601, UTC */
  char      *user;
  char      *action;      /* edit, undo, redo */
  char      *description;
  GPtrArray *lines;       /* char *, what changed, in the UI language */
} OpvHistoryEdit;

void        opv_history_edit_free     (OpvHistoryEdit      *edit);
GPtrArray  *opv_history_group         (GPtrArray           *audit,
                                       GHashTable          *party_names);
char       *opv_history_describe      (const OpvAuditEntry *entry,
                                       GHashTable          *party_names);
char       *opv_history_format_time   (const char          *iso8601);
char       *opv_history_edit_dup_text (OpvHistoryEdit      *edit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpvHistoryEdit, opv_history_edit_free)

G_END_DECLS
