/* opv-compare.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include "opv-catalog.h"
#include "opv-dossier.h"

G_BEGIN_DECLS

typedef enum
{
  OPV_CHANGE_ITEM_ADDED,
  OPV_CHANGE_ITEM_REMOVED,
  OPV_CHANGE_THEME_TITLE,
  OPV_CHANGE_ITEM_TEXT,
  OPV_CHANGE_STATUS,
  OPV_CHANGE_TIMEFRAME,
  OPV_CHANGE_PARTY_ADDED,
  OPV_CHANGE_PARTY_REMOVED,
  OPV_CHANGE_ROLE,
  OPV_CHANGE_FOLLOWUP_ADDED,
  OPV_CHANGE_FOLLOWUP_REMOVED,
  OPV_CHANGE_FOLLOWUP_REWORDED,
} OpvChangeKind;

#define OPV_N_CHANGE_KINDS (OPV_CHANGE_FOLLOWUP_REWORDED + 1)

typedef struct
{
  OpvChangeKind  kind;
  OpvTheme      *theme;       /* the theme, for every kind */
  OpvItem       *item;        /* NULL for a theme's title */
  char          *old_value;   /* status id, timeframe, party, text… as the older round has it */
  char          *new_value;
  OpvFollowup   *followup;    /* the newer round's follow-up, when added or reworded */
} OpvChange;

/* One step of a word-level difference. */
typedef enum
{
  OPV_DIFF_SAME,
  OPV_DIFF_REMOVED,
  OPV_DIFF_ADDED,
} OpvDiffOp;

typedef struct
{
  OpvDiffOp  op;
  char      *text;            /* words, one space between them; a space goes between runs too */
} OpvDiffPart;

GPtrArray  *opv_compare_rounds       (OpvDossier    *dossier,
                                      OpvRound      *from,
                                      OpvRound      *to);
void        opv_compare_theme        (GPtrArray     *changes,
                                      OpvTheme      *theme,
                                      OpvRound      *from,
                                      OpvRound      *to);
void        opv_compare_item         (GPtrArray     *changes,
                                      OpvTheme      *theme,
                                      OpvItem       *item,
                                      OpvRound      *from,
                                      OpvRound      *to);
const char *opv_change_kind_to_id    (OpvChangeKind  kind);
gboolean    opv_change_kind_from_id  (const char    *id,
                                      OpvChangeKind *kind);
char       *opv_change_dup_detail    (const OpvChange *change);
const char *opv_change_kind_msgid    (OpvChangeKind  kind);
char       *opv_change_dup_value     (const OpvChange *change,
                                      gboolean       newer,
                                      OpvCatalog    *catalog);
void        opv_change_free          (OpvChange     *change);
GPtrArray  *opv_word_diff            (const char    *old_text,
                                      const char    *new_text);
char       *opv_word_diff_format     (const char    *old_text,
                                      const char    *new_text);
double      opv_text_similarity      (const char    *a,
                                      const char    *b);
void        opv_diff_part_free       (OpvDiffPart   *part);

G_END_DECLS
