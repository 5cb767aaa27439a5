/* opv-compare.c: what changed between two reporting rounds
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-compare"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "opv-compare.h"
#include "opv-util.h"

/* Two follow-ups of one item are the same follow-up, reworded, when at
 * least half their words are in common (in order), or when the shorter
 * one lives on, three quarters of it, in the longer: an update often
 * extends last round's sentence. Below that, one was dropped and another
 * added. */
#define SAME_FOLLOWUP      0.5
#define EXTENDED_FOLLOWUP  0.75
#define MIN_COMMON_WORDS   4

static const char * const kind_ids[] = {
  [OPV_CHANGE_ITEM_ADDED] = "item-added",
  [OPV_CHANGE_ITEM_REMOVED] = "item-removed",
  [OPV_CHANGE_THEME_TITLE] = "theme-title",
  [OPV_CHANGE_ITEM_TEXT] = "item-text",
  [OPV_CHANGE_STATUS] = "status",
  [OPV_CHANGE_TIMEFRAME] = "timeframe",
  [OPV_CHANGE_PARTY_ADDED] = "party-added",
  [OPV_CHANGE_PARTY_REMOVED] = "party-removed",
  [OPV_CHANGE_ROLE] = "role",
  [OPV_CHANGE_FOLLOWUP_ADDED] = "followup-added",
  [OPV_CHANGE_FOLLOWUP_REMOVED] = "followup-removed",
  [OPV_CHANGE_FOLLOWUP_REWORDED] = "followup-reworded",
};

const char *
opv_change_kind_to_id (OpvChangeKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_ids), NULL);
  return kind_ids[kind];
}

gboolean
opv_change_kind_from_id (const char    *id,
                         OpvChangeKind *kind)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (kind_ids); i++)
    if (g_str_equal (kind_ids[i], id))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * opv_change_kind_msgid:
 *
 * Returns: the untranslated name of a kind of change, for a table of
 * changes: translate it with gettext or an #OpvCatalog.
 */
const char *
opv_change_kind_msgid (OpvChangeKind kind)
{
  switch (kind)
    {
    /* Translators: a kind of change between two reporting rounds: an item
     * (recommendation or activity) that the newer round added */
    case OPV_CHANGE_ITEM_ADDED: return N_("Added");
    /* Translators: a kind of change: an item the newer round no longer has */
    case OPV_CHANGE_ITEM_REMOVED: return N_("Dropped");
    /* Translators: a kind of change: a theme's or action line's title */
    case OPV_CHANGE_THEME_TITLE: return N_("Theme title");
    /* Translators: a kind of change: the wording of a recommendation or activity */
    case OPV_CHANGE_ITEM_TEXT: return N_("Wording");
    /* Translators: a kind of change */
    case OPV_CHANGE_STATUS: return N_("Status");
    /* Translators: a kind of change */
    case OPV_CHANGE_TIMEFRAME: return N_("Timeframe");
    /* Translators: a kind of change: a responsible party */
    case OPV_CHANGE_PARTY_ADDED: return N_("Party added");
    /* Translators: a kind of change: a responsible party */
    case OPV_CHANGE_PARTY_REMOVED: return N_("Party removed");
    /* Translators: a kind of change: a responsible party's role */
    case OPV_CHANGE_ROLE: return N_("Role");
    /* Translators: a kind of change */
    case OPV_CHANGE_FOLLOWUP_ADDED: return N_("Follow-up added");
    /* Translators: a kind of change */
    case OPV_CHANGE_FOLLOWUP_REMOVED: return N_("Follow-up removed");
    /* Translators: a kind of change: the same follow-up, in other words */
    case OPV_CHANGE_FOLLOWUP_REWORDED: return N_("Follow-up reworded");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
translate (OpvCatalog *catalog,
           const char *msgid)
{
  return catalog != NULL ? opv_catalog_gettext (catalog, msgid) : _(msgid);
}

/* "OCW lead" as the comparison stores it, as "OCW (trekker)". */
static char *
party_value (OpvCatalog *catalog,
             const char *value)
{
  const char *space = strrchr (value, ' ');
  OpvRole role;

  if (space != NULL && opv_role_from_id (space + 1, &role))
    {
      g_autofree char *name = g_strndup (value, space - value);
      g_autofree char *role_name = g_utf8_strdown (translate (catalog, opv_role_msgid (role)), -1);
      return g_strdup_printf ("%s (%s)", name, role_name);
    }
  return g_strdup (value);
}

/**
 * opv_change_dup_value:
 * @newer: %TRUE for the newer round's side, %FALSE for the older's
 * @catalog: (nullable): the language of statuses and roles, %NULL for the UI's
 *
 * Returns: (transfer full) (nullable): one side of a change as a reader
 * wants to see it: a status by its name, a party with its role; %NULL
 * where that side has nothing.
 */
char *
opv_change_dup_value (const OpvChange *change,
                      gboolean         newer,
                      OpvCatalog      *catalog)
{
  const char *value = newer ? change->new_value : change->old_value;

  switch (change->kind)
    {
    case OPV_CHANGE_STATUS:
      {
        OpvStatus status;

        if (value == NULL || !opv_status_from_id (value, &status) || status == OPV_STATUS_UNSET)
          /* Translators: the status of an item that has none */
          return g_strdup (translate (catalog, N_("No status")));
        return g_strdup (translate (catalog, opv_status_msgid (status)));
      }
    case OPV_CHANGE_PARTY_ADDED:
    case OPV_CHANGE_PARTY_REMOVED:
    case OPV_CHANGE_ROLE:
      return value != NULL ? party_value (catalog, value) : NULL;
    default:
      return g_strdup (value);
    }
}

void
opv_change_free (OpvChange *change)
{
  if (change == NULL)
    return;
  g_clear_object (&change->theme);
  g_clear_object (&change->item);
  g_clear_object (&change->followup);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

void
opv_diff_part_free (OpvDiffPart *part)
{
  if (part == NULL)
    return;
  g_free (part->text);
  g_free (part);
}

static void
add_change (GPtrArray     *changes,
            OpvChangeKind  kind,
            OpvTheme      *theme,
            OpvItem       *item,
            const char    *old_value,
            const char    *new_value)
{
  OpvChange *change = g_new0 (OpvChange, 1);

  change->kind = kind;
  change->theme = theme ? g_object_ref (theme) : NULL;
  change->item = item ? g_object_ref (item) : NULL;
  change->old_value = g_strdup (old_value);
  change->new_value = g_strdup (new_value);
  g_ptr_array_add (changes, change);
}

/* Words for comparing: split at white space; the comparison ignores case
 * and the punctuation around a word, so "uitgedragen." equals "uitgedragen". */
static char **
split_words (const char *text)
{
  return g_strsplit_set (text ? text : "", " \t\n", -1);
}

static char *
word_key (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  gsize len = strlen (folded);
  gsize start = 0;

  while (start < len && g_ascii_ispunct (folded[start]))
    start++;
  while (len > start && g_ascii_ispunct (folded[len - 1]))
    len--;
  return g_strndup (folded + start, len - start);
}

typedef struct
{
  char **words;   /* as written, empty strings removed */
  char **keys;
  guint  n;
} Words;

static void
words_init (Words      *w,
            const char *text)
{
  g_auto(GStrv) all = split_words (text);
  guint n = 0;

  w->words = g_new0 (char *, g_strv_length (all) + 1);
  w->keys = g_new0 (char *, g_strv_length (all) + 1);
  for (guint i = 0; all[i] != NULL; i++)
    {
      if (all[i][0] == '\0')
        continue;
      w->words[n] = g_strdup (all[i]);
      w->keys[n] = word_key (all[i]);
      n++;
    }
  w->n = n;
}

static void
words_clear (Words *w)
{
  g_strfreev (w->words);
  g_strfreev (w->keys);
}

/* The table of longest common subsequences of the two word lists. */
static guint *
lcs_table (const Words *a,
           const Words *b)
{
  guint *table = g_new0 (guint, (gsize) (a->n + 1) * (b->n + 1));

#define AT(i, j) table[(gsize) (i) * (b->n + 1) + (j)]
  for (guint i = a->n; i-- > 0;)
    for (guint j = b->n; j-- > 0;)
      AT (i, j) = g_str_equal (a->keys[i], b->keys[j]) ? AT (i + 1, j + 1) + 1
                                                       : MAX (AT (i + 1, j), AT (i, j + 1));
#undef AT
  return table;
}

/**
 * opv_text_similarity:
 *
 * Returns: from 0 (no word in common) to 1 (the same words in the same
 * order): twice the longest common run of words over the number of words
 */
double
opv_text_similarity (const char *a,
                     const char *b)
{
  Words wa, wb;
  g_autofree guint *table = NULL;
  double similarity;

  words_init (&wa, a);
  words_init (&wb, b);
  if (wa.n + wb.n == 0)
    similarity = 1.0;
  else
    {
      table = lcs_table (&wa, &wb);
      similarity = 2.0 * table[0] / (wa.n + wb.n);
    }
  words_clear (&wa);
  words_clear (&wb);
  return similarity;
}

/* How alike two follow-ups are, for pairing them: the similarity, or the
 * share of the shorter that the longer keeps when that says "extended". */
static double
pair_score (const char *a,
            const char *b)
{
  Words wa, wb;
  g_autofree guint *table = NULL;
  double score = 0;

  words_init (&wa, a);
  words_init (&wb, b);
  if (wa.n > 0 && wb.n > 0)
    {
      guint common;

      table = lcs_table (&wa, &wb);
      common = table[0];
      score = 2.0 * common / (wa.n + wb.n);
      if (common >= MIN_COMMON_WORDS && (double) common / MIN (wa.n, wb.n) >= EXTENDED_FOLLOWUP)
        score = MAX (score, SAME_FOLLOWUP);
    }
  words_clear (&wa);
  words_clear (&wb);
  return score;
}

static void
append_part (GPtrArray  *parts,
             OpvDiffOp   op,
             const char *word)
{
  OpvDiffPart *last = parts->len ? g_ptr_array_index (parts, parts->len - 1) : NULL;

  if (last != NULL && last->op == op)
    {
      char *joined = g_strconcat (last->text, " ", word, NULL);
      g_free (last->text);
      last->text = joined;
      return;
    }

  last = g_new0 (OpvDiffPart, 1);
  last->op = op;
  last->text = g_strdup (word);
  g_ptr_array_add (parts, last);
}

/**
 * opv_word_diff:
 *
 * Returns: (transfer full) (element-type OpvDiffPart): the words of the
 * two texts as kept, removed and added runs
 */
GPtrArray *
opv_word_diff (const char *old_text,
               const char *new_text)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_diff_part_free);
  g_autofree guint *table = NULL;
  Words a, b;
  guint i = 0, j = 0;

  words_init (&a, old_text);
  words_init (&b, new_text);
  table = lcs_table (&a, &b);

#define AT(i, j) table[(gsize) (i) * (b.n + 1) + (j)]
  while (i < a.n || j < b.n)
    {
      if (i < a.n && j < b.n && g_str_equal (a.keys[i], b.keys[j]))
        {
          /* The newer wording of a word that only changed punctuation. */
          append_part (parts, OPV_DIFF_SAME, b.words[j]);
          i++, j++;
        }
      /* What went comes before what came in its place, as a reader
       * reads a correction. */
      else if (i < a.n && (j == b.n || AT (i + 1, j) >= AT (i, j + 1)))
        append_part (parts, OPV_DIFF_REMOVED, a.words[i++]);
      else
        append_part (parts, OPV_DIFF_ADDED, b.words[j++]);
    }
#undef AT

  words_clear (&a);
  words_clear (&b);
  return parts;
}

/**
 * opv_word_diff_format:
 *
 * Returns: (transfer full): the difference on one line, removed words as
 * [-…-] and added ones as {+…+}, as wdiff writes them
 */
char *
opv_word_diff_format (const char *old_text,
                      const char *new_text)
{
  g_autoptr(GPtrArray) parts = opv_word_diff (old_text, new_text);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      OpvDiffPart *part = g_ptr_array_index (parts, i);

      if (s->len > 0)
        g_string_append_c (s, ' ');
      if (part->op == OPV_DIFF_REMOVED)
        g_string_append_printf (s, "[-%s-]", part->text);
      else if (part->op == OPV_DIFF_ADDED)
        g_string_append_printf (s, "{+%s+}", part->text);
      else
        g_string_append (s, part->text);
    }

  return g_string_free (s, FALSE);
}

static char *
followup_text (OpvFollowup *followup)
{
  if (opv_followup_get_code (followup)[0] != '\0')
    return g_strdup_printf ("%s %s", opv_followup_get_code (followup), opv_followup_get_text (followup));
  return g_strdup (opv_followup_get_text (followup));
}

/* Pairs the two rounds' follow-ups of an item, most alike first. */
static void
compare_followups (GPtrArray *changes,
                   OpvTheme  *theme,
                   OpvItem   *item,
                   OpvEntry  *from,
                   OpvEntry  *to)
{
  GListModel *old_list = from ? opv_entry_get_followups (from) : NULL;
  GListModel *new_list = to ? opv_entry_get_followups (to) : NULL;
  guint n_old = old_list ? g_list_model_get_n_items (old_list) : 0;
  guint n_new = new_list ? g_list_model_get_n_items (new_list) : 0;
  g_autofree double *similarity = g_new0 (double, (gsize) MAX (n_old, 1) * MAX (n_new, 1));
  g_autofree int *match_of_new = g_new (int, MAX (n_new, 1));
  g_autofree gboolean *old_used = g_new0 (gboolean, MAX (n_old, 1));
  g_autoptr(GPtrArray) old_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(OpvFollowup) f = g_list_model_get_item (old_list, i);
      /* Compared without the code: 2023 numbered nothing, 2024 all. */
      g_ptr_array_add (old_texts, g_strdup (opv_followup_get_text (f)));
    }
  for (guint j = 0; j < n_new; j++)
    {
      g_autoptr(OpvFollowup) f = g_list_model_get_item (new_list, j);
      g_ptr_array_add (new_texts, g_strdup (opv_followup_get_text (f)));
      match_of_new[j] = -1;
    }

  for (guint i = 0; i < n_old; i++)
    for (guint j = 0; j < n_new; j++)
      similarity[i * n_new + j] = pair_score (g_ptr_array_index (old_texts, i),
                                              g_ptr_array_index (new_texts, j));

  /* Greedy: the most alike pair first, until no pair is alike enough. */
  for (;;)
    {
      double best = SAME_FOLLOWUP;
      int bi = -1, bj = -1;

      for (guint i = 0; i < n_old; i++)
        for (guint j = 0; j < n_new; j++)
          if (!old_used[i] && match_of_new[j] < 0 && similarity[i * n_new + j] >= best &&
              (bi < 0 || similarity[i * n_new + j] > best))
            {
              best = similarity[i * n_new + j];
              bi = i;
              bj = j;
            }
      if (bi < 0)
        break;
      old_used[bi] = TRUE;
      match_of_new[bj] = bi;
    }

  for (guint i = 0; i < n_old; i++)
    if (!old_used[i])
      {
        g_autoptr(OpvFollowup) f = g_list_model_get_item (old_list, i);
        g_autofree char *text = followup_text (f);
        add_change (changes, OPV_CHANGE_FOLLOWUP_REMOVED, theme, item, text, NULL);
      }

  for (guint j = 0; j < n_new; j++)
    {
      g_autoptr(OpvFollowup) f = g_list_model_get_item (new_list, j);
      g_autofree char *text = followup_text (f);

      if (match_of_new[j] < 0)
        add_change (changes, OPV_CHANGE_FOLLOWUP_ADDED, theme, item, NULL, text);
      else if (opv_text_similarity (g_ptr_array_index (old_texts, match_of_new[j]),
                                    g_ptr_array_index (new_texts, j)) < 1.0)
        /* The texts alone: a code the newer round added is no rewording. */
        add_change (changes, OPV_CHANGE_FOLLOWUP_REWORDED, theme, item,
                    g_ptr_array_index (old_texts, match_of_new[j]), g_ptr_array_index (new_texts, j));
      else
        continue;
      ((OpvChange *) g_ptr_array_index (changes, changes->len - 1))->followup = g_object_ref (f);
    }
}

static void
compare_parties (GPtrArray *changes,
                 OpvTheme  *theme,
                 OpvItem   *item,
                 OpvEntry  *from,
                 OpvEntry  *to)
{
  GPtrArray *old_list = opv_entry_get_responsibilities (from);
  GPtrArray *new_list = opv_entry_get_responsibilities (to);

  for (guint i = 0; i < old_list->len; i++)
    {
      OpvResponsibility *o = g_ptr_array_index (old_list, i);
      OpvResponsibility *n = NULL;

      for (guint j = 0; j < new_list->len; j++)
        if (opv_party_get_id (((OpvResponsibility *) g_ptr_array_index (new_list, j))->party) ==
            opv_party_get_id (o->party))
          n = g_ptr_array_index (new_list, j);

      if (n == NULL)
        add_change (changes, OPV_CHANGE_PARTY_REMOVED, theme, item, opv_party_get_short_name (o->party), NULL);
      else if (n->role != o->role)
        {
          g_autofree char *old_role = g_strdup_printf ("%s %s", opv_party_get_short_name (o->party), opv_role_to_id (o->role));
          g_autofree char *new_role = g_strdup_printf ("%s %s", opv_party_get_short_name (n->party), opv_role_to_id (n->role));
          add_change (changes, OPV_CHANGE_ROLE, theme, item, old_role, new_role);
        }
    }

  for (guint j = 0; j < new_list->len; j++)
    {
      OpvResponsibility *n = g_ptr_array_index (new_list, j);
      gboolean found = FALSE;

      for (guint i = 0; i < old_list->len; i++)
        found |= opv_party_get_id (((OpvResponsibility *) g_ptr_array_index (old_list, i))->party) ==
                 opv_party_get_id (n->party);
      if (!found)
        {
          g_autofree char *value = g_strdup_printf ("%s %s", opv_party_get_short_name (n->party), opv_role_to_id (n->role));
          add_change (changes, OPV_CHANGE_PARTY_ADDED, theme, item, NULL, value);
        }
    }
}

/* Text that differs by more than white space and the final stop. */
static gboolean
wording_differs (const char *a,
                 const char *b)
{
  return opv_text_similarity (a, b) < 1.0;
}

/**
 * opv_compare_theme:
 * @changes: (element-type OpvChange): where the change goes
 *
 * Adds the change of @theme's title from round @from to @to, if any: what
 * opv_compare_rounds() says of the theme itself.
 */
void
opv_compare_theme (GPtrArray *changes,
                   OpvTheme  *theme,
                   OpvRound  *from,
                   OpvRound  *to)
{
  const char *old_title = opv_theme_get_title_for (theme, from);
  const char *new_title = opv_theme_get_title_for (theme, to);

  if (g_strcmp0 (old_title, new_title) != 0)
    add_change (changes, OPV_CHANGE_THEME_TITLE, theme, NULL, old_title, new_title);
}

/**
 * opv_compare_item:
 * @changes: (element-type OpvChange): where the changes go
 *
 * Adds what changed for @item between @from and @to, in the order
 * opv_compare_rounds() gives; @item needs only its entries for the two
 * rounds, so that items can be compared one at a time.
 */
void
opv_compare_item (GPtrArray *changes,
                  OpvTheme  *theme,
                  OpvItem   *item,
                  OpvRound  *from,
                  OpvRound  *to)
{
  OpvEntry *a = opv_item_get_entry (item, from);
  OpvEntry *b = opv_item_get_entry (item, to);
  const char *old_text, *new_text;

  if (a == NULL && b == NULL)
    return;
  if (a == NULL)
    {
      add_change (changes, OPV_CHANGE_ITEM_ADDED, theme, item, NULL, opv_item_get_title_for (item, to));
      return;
    }
  if (b == NULL)
    {
      add_change (changes, OPV_CHANGE_ITEM_REMOVED, theme, item, opv_item_get_title_for (item, from), NULL);
      return;
    }

  old_text = opv_item_get_text_for (item, from);
  new_text = opv_item_get_text_for (item, to);
  if (opv_str_empty (old_text) && opv_str_empty (new_text))
    {
      old_text = opv_item_get_title_for (item, from);
      new_text = opv_item_get_title_for (item, to);
    }
  if (wording_differs (old_text, new_text))
    add_change (changes, OPV_CHANGE_ITEM_TEXT, theme, item, old_text, new_text);

  if (opv_entry_get_status (a) != opv_entry_get_status (b))
    add_change (changes, OPV_CHANGE_STATUS, theme, item,
                opv_status_to_id (opv_entry_get_status (a)), opv_status_to_id (opv_entry_get_status (b)));

  if (g_strcmp0 (opv_entry_get_timeframe (a), opv_entry_get_timeframe (b)) != 0)
    add_change (changes, OPV_CHANGE_TIMEFRAME, theme, item,
                opv_entry_get_timeframe (a), opv_entry_get_timeframe (b));

  if (opv_entry_states_responsibility (a) && opv_entry_states_responsibility (b))
    compare_parties (changes, theme, item, a, b);

  compare_followups (changes, theme, item, a, b);
}

/**
 * opv_compare_rounds:
 * @from: the older round
 * @to: the newer round
 *
 * Compares what two rounds of @dossier report, item by item: status,
 * timeframe, parties and roles, follow-up added, dropped or reworded, the
 * wording of items and of themes, and items reported in only one round.
 * Parties are compared only where both rounds say who is responsible: a
 * round that names nobody (Schaduw dansen's 2024 update) has not dropped
 * every party.
 *
 * Returns: (transfer full) (element-type OpvChange): the changes in the
 * dossier's order
 */
GPtrArray *
opv_compare_rounds (OpvDossier *dossier,
                    OpvRound   *from,
                    OpvRound   *to)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_change_free);
  GListModel *themes = opv_dossier_get_themes (dossier);

  g_return_val_if_fail (OPV_IS_DOSSIER (dossier), changes);
  g_return_val_if_fail (OPV_IS_ROUND (from) && OPV_IS_ROUND (to), changes);

  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, t);
      GListModel *items = opv_theme_get_items (theme);

      opv_compare_theme (changes, theme, from, to);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(OpvItem) item = g_list_model_get_item (items, i);

          opv_compare_item (changes, theme, item, from, to);
        }
    }

  return changes;
}

/**
 * opv_change_dup_detail:
 *
 * Returns: (transfer full): the change on one line, for the command line:
 * "in-progress → done", "OCW lead", a word difference…
 */
char *
opv_change_dup_detail (const OpvChange *change)
{
  const char *o = change->old_value ? change->old_value : "";
  const char *n = change->new_value ? change->new_value : "";

  switch (change->kind)
    {
    case OPV_CHANGE_ITEM_TEXT:
    case OPV_CHANGE_FOLLOWUP_REWORDED:
      return opv_word_diff_format (o, n);
    case OPV_CHANGE_STATUS:
      return g_strdup_printf ("%s → %s", change->old_value ? o : "none", change->new_value ? n : "none");
    case OPV_CHANGE_TIMEFRAME:
    case OPV_CHANGE_THEME_TITLE:
    case OPV_CHANGE_ROLE:
      return g_strdup_printf ("%s → %s", o, n);
    case OPV_CHANGE_ITEM_REMOVED:
    case OPV_CHANGE_PARTY_REMOVED:
    case OPV_CHANGE_FOLLOWUP_REMOVED:
      return g_strdup (o);
    case OPV_CHANGE_ITEM_ADDED:
    case OPV_CHANGE_PARTY_ADDED:
    case OPV_CHANGE_FOLLOWUP_ADDED:
    default:
      return g_strdup (n);
    }
}
