/* opv-history-format.c: the audit trail as sentences in the UI language
 *
 * The store records each change as a table, a column and two values
 * ("entry", "status", "in-progress", "done"). The History of the detail
 * pane tells them as a user would: "Status: In progress → Completed".
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-history"

#include "config.h"

#include <glib/gi18n.h>

#include "opv-history-format.h"
#include "opv-ui-util.h"

/* Longer texts are cut here, in characters, with an ellipsis. */
#define MAX_VALUE_CHARS 60

void
opv_history_edit_free (OpvHistoryEdit *edit)
{
  if (edit == NULL)
    return;
  g_free (edit->at);
  g_free (edit->user);
  g_free (edit->action);
  g_free (edit->description);
  g_clear_pointer (&edit->lines, g_ptr_array_unref);
  g_free (edit);
}

/* A text as one short line: line breaks become spaces and a long text is
 * cut at a character boundary. */
static char *
short_text (const char *text)
{
  g_autofree char *flat = NULL;
  GString *out;
  const char *p;
  glong n = 0;

  if (text == NULL || text[0] == '\0')
    /* Translators: in the History, the value of a field that was empty */
    return g_strdup (C_("history", "(empty)"));

  flat = g_strdup (text);
  g_strdelimit (flat, "\n\r\t", ' ');
  g_strstrip (flat);

  out = g_string_new (NULL);
  for (p = flat; *p != '\0' && n < MAX_VALUE_CHARS; p = g_utf8_next_char (p), n++)
    g_string_append_unichar (out, g_utf8_get_char (p));
  if (*p != '\0')
    {
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append (out, "…");
    }
  return g_string_free (out, FALSE);
}

static char *
status_text (const char *id)
{
  OpvStatus status = OPV_STATUS_UNSET;

  if (id != NULL && !opv_status_from_id (id, &status))
    return short_text (id);
  return g_strdup (_(opv_status_msgid (status)));
}

static char *
role_text (const char *id)
{
  OpvRole role;

  if (id == NULL || !opv_role_from_id (id, &role))
    return short_text (id);
  return g_strdup (_(opv_role_msgid (role)));
}

static char *
flag_text (const char *value)
{
  if (g_strcmp0 (value, "1") == 0)
    return g_strdup (_("Yes"));
  if (g_strcmp0 (value, "0") == 0)
    return g_strdup (_("No"));
  return short_text (value);
}

static char *
party_text (const char *id,
            GHashTable *party_names)
{
  const char *name = id && party_names ? g_hash_table_lookup (party_names, id) : NULL;

  /* A party that no longer exists (merged away, say) is named by number. */
  if (name == NULL)
    /* Translators: a party the History cannot name any more, as in "party 12" */
    return g_strdup_printf (_("party %s"), id ? id : "?");
  return g_strdup (name);
}

static char *
chamber_text (const char *id)
{
  OpvChamber chamber;

  if (id == NULL || !opv_chamber_from_id (id, &chamber))
    return g_strdup (C_("history", "(empty)"));
  return g_strdup (id);
}

typedef enum
{
  VALUE_TEXT,
  VALUE_STATUS,
  VALUE_ROLE,
  VALUE_FLAG,
  VALUE_PARTY,
  VALUE_CHAMBER,
  VALUE_SKIP,
} ValueKind;

typedef struct
{
  const char *object;
  const char *field;
  const char *label;   /* N_() */
  ValueKind   kind;
} FieldInfo;

static const FieldInfo fields[] = {
  { "item", "code", N_("Code"), VALUE_TEXT },
  { "item", "title", N_("Title"), VALUE_TEXT },
  { "item", "text", N_("Full text"), VALUE_TEXT },
  { "item", "theme_id", NULL, VALUE_SKIP },
  { "item", "position", NULL, VALUE_SKIP },
  { "entry", "status", N_("Status"), VALUE_STATUS },
  { "entry", "timeframe", N_("Timeframe"), VALUE_TEXT },
  { "entry", "explanation", N_("Explanation"), VALUE_TEXT },
  { "entry", "responsibility_note", N_("Note on responsibility"), VALUE_TEXT },
  { "entry", "to_be_determined", N_("To be determined"), VALUE_FLAG },
  { "entry", "title", N_("Title in this round"), VALUE_TEXT },
  { "entry", "text", N_("Full text in this round"), VALUE_TEXT },
  { "responsibility", "role", N_("Role"), VALUE_ROLE },
  { "responsibility", "party_id", N_("Responsible party"), VALUE_PARTY },
  { "responsibility", "position", NULL, VALUE_SKIP },
  { "followup", "code", N_("Follow-up number"), VALUE_TEXT },
  { "followup", "text", N_("Follow-up"), VALUE_TEXT },
  { "followup", "carried", NULL, VALUE_SKIP },
  { "link", "label", N_("Link label"), VALUE_TEXT },
  { "link", "url", N_("Link address"), VALUE_TEXT },
  { "link", "position", NULL, VALUE_SKIP },
  { "kamerstuk", "chamber", N_("Chamber"), VALUE_CHAMBER },
  { "kamerstuk", "session", N_("Session year"), VALUE_TEXT },
  { "kamerstuk", "dossier", N_("Dossier number"), VALUE_TEXT },
  { "kamerstuk", "number", N_("Number"), VALUE_TEXT },
  { "kamerstuk", "url", N_("Address"), VALUE_TEXT },
  { "kamerstuk", "position", NULL, VALUE_SKIP },
  { "party", "short_name", N_("Party name"), VALUE_TEXT },
  { "party", "full_name", N_("Full name of the party"), VALUE_TEXT },
  { "party", "kind", NULL, VALUE_SKIP },
  { "theme", "title", N_("Theme"), VALUE_TEXT },
  { "theme", "number", N_("Theme number"), VALUE_TEXT },
};

static const FieldInfo *
field_info (const char *object,
            const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].object, object) == 0 && g_strcmp0 (fields[i].field, field) == 0)
      return &fields[i];
  return NULL;
}

static char *
value_text (ValueKind   kind,
            const char *value,
            GHashTable *party_names)
{
  switch (kind)
    {
    case VALUE_STATUS:
      return status_text (value);
    case VALUE_ROLE:
      return role_text (value);
    case VALUE_FLAG:
      return flag_text (value);
    case VALUE_PARTY:
      return party_text (value, party_names);
    case VALUE_CHAMBER:
      return chamber_text (value);
    case VALUE_TEXT:
    case VALUE_SKIP:
    default:
      return short_text (value);
    }
}

/* What adding or removing a whole row of @object says. */
static char *
describe_row (const OpvAuditEntry *e,
              GHashTable          *party_names)
{
  gboolean added = g_str_equal (e->operation, "insert");
  const char *value = added ? e->new_value : e->old_value;
  g_autofree char *text = NULL;

  if (g_str_equal (e->object, "responsibility"))
    {
      text = party_text (value, party_names);
      return added ? g_strdup_printf (_("Responsible party added: %s"), text)
                   : g_strdup_printf (_("Responsible party removed: %s"), text);
    }

  text = short_text (value);

  if (g_str_equal (e->object, "followup"))
    return added ? g_strdup_printf (_("Follow-up added: %s"), text)
                 : g_strdup_printf (_("Follow-up deleted: %s"), text);
  if (g_str_equal (e->object, "link"))
    return added ? g_strdup_printf (_("Link added: %s"), text)
                 : g_strdup_printf (_("Link removed: %s"), text);
  if (g_str_equal (e->object, "kamerstuk"))
    /* Translators: %s is the dossier number of a parliamentary paper */
    return added ? g_strdup_printf (_("Parliamentary paper added: dossier %s"), text)
                 : g_strdup_printf (_("Parliamentary paper removed: dossier %s"), text);
  if (g_str_equal (e->object, "followup_reference"))
    return added ? g_strdup_printf (_("Cross-reference added: %s"), text)
                 : g_strdup_printf (_("Cross-reference removed: %s"), text);
  if (g_str_equal (e->object, "party"))
    return added ? g_strdup_printf (_("New party: %s"), text)
                 : g_strdup_printf (_("Party removed: %s"), text);
  if (g_str_equal (e->object, "item"))
    return added ? g_strdup_printf (_("Created: %s"), text)
                 : g_strdup_printf (_("Deleted: %s"), text);

  /* An entry comes and goes with the first and last thing a round says
   * about the item; the changes to its fields tell the story. */
  return NULL;
}

/**
 * opv_history_describe:
 * @party_names: (nullable): party short names by id, as text
 *
 * Returns: (transfer full) (nullable): one change as a sentence, or %NULL
 *   for a change that only follows from another (a position, a row that a
 *   cascade removed)
 */
char *
opv_history_describe (const OpvAuditEntry *entry,
                      GHashTable          *party_names)
{
  const FieldInfo *info;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  if (g_strcmp0 (entry->operation, "update") != 0)
    return describe_row (entry, party_names);

  if (g_str_equal (entry->object, "followup") && g_strcmp0 (entry->field, "position") == 0)
    return g_strdup (_("Follow-up moved"));

  info = field_info (entry->object, entry->field);
  if (info == NULL || info->kind == VALUE_SKIP)
    return NULL;

  old_text = value_text (info->kind, entry->old_value, party_names);
  new_text = value_text (info->kind, entry->new_value, party_names);
  /* Translators: a change in the History, as in "Status: In progress → Completed" */
  return g_strdup_printf (_("%1$s: %2$s → %3$s"), _(info->label), old_text, new_text);
}

static gboolean
same_edit (const OpvAuditEntry *a,
           const OpvAuditEntry *b)
{
  /* The rows of one edit share its number; rows without one (made by
   * hand, in tests) by time, user, action and description. */
  if (a->edit != 0 || b->edit != 0)
    return a->edit == b->edit;
  return g_strcmp0 (a->at, b->at) == 0 && g_strcmp0 (a->user, b->user) == 0 &&
         g_strcmp0 (a->action, b->action) == 0 && g_strcmp0 (a->description, b->description) == 0;
}

/* Replacing a follow-up's links deletes and inserts them all; a link that
 * came back as it was is no change. */
static void
drop_unchanged_rows (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const OpvAuditEntry *a = g_ptr_array_index (rows, i);

      if (!g_str_equal (a->operation, "delete") ||
          !(g_str_equal (a->object, "link") || g_str_equal (a->object, "kamerstuk")))
        continue;

      for (guint j = 0; j < rows->len; j++)
        {
          const OpvAuditEntry *b = g_ptr_array_index (rows, j);

          if (g_str_equal (b->operation, "insert") && g_str_equal (b->object, a->object) &&
              g_strcmp0 (b->new_value, a->old_value) == 0)
            {
              g_ptr_array_remove_index (rows, MAX (i, j));
              g_ptr_array_remove_index (rows, MIN (i, j));
              i = (guint) -1;
              break;
            }
        }
    }
}

static const char *
description_text (const char *description)
{
  return description && description[0] ? _(description) : "";
}

static OpvHistoryEdit *
make_edit (GPtrArray  *rows,
           GHashTable *party_names)
{
  OpvHistoryEdit *edit = g_new0 (OpvHistoryEdit, 1);
  const OpvAuditEntry *first = g_ptr_array_index (rows, 0);
  gboolean added_or_deleted = FALSE;
  gboolean moved = FALSE;

  edit->at = g_strdup (first->at);
  edit->user = g_strdup (first->user);
  edit->action = g_strdup (first->action);
  edit->description = g_strdup (first->description);
  edit->lines = g_ptr_array_new_with_free_func (g_free);

  /* The store records what an edit is called untranslated; older
   * databases have it in the language of the moment, shown as it is. */
  if (g_str_equal (edit->action, "undo"))
    /* Translators: in the History, as in "Undone: Change the status" */
    g_ptr_array_add (edit->lines, g_strdup_printf (_("Undone: %s"), description_text (edit->description)));
  else if (g_str_equal (edit->action, "redo"))
    g_ptr_array_add (edit->lines, g_strdup_printf (_("Redone: %s"), description_text (edit->description)));

  drop_unchanged_rows (rows);

  for (guint i = 0; i < rows->len; i++)
    {
      const OpvAuditEntry *e = g_ptr_array_index (rows, i);
      if (g_str_equal (e->object, "followup") && !g_str_equal (e->operation, "update"))
        added_or_deleted = TRUE;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const OpvAuditEntry *e = g_ptr_array_index (rows, i);
      gboolean is_move = g_str_equal (e->object, "followup") && g_strcmp0 (e->field, "position") == 0 &&
                         g_str_equal (e->operation, "update");
      char *line;

      /* Adding or deleting a follow-up renumbers the others; moving one
       * renumbers several: one line says it. */
      if (is_move && (added_or_deleted || moved))
        continue;
      line = opv_history_describe (e, party_names);
      if (line == NULL)
        continue;
      moved |= is_move;
      g_ptr_array_add (edit->lines, line);
    }

  if (edit->lines->len == 0)
    g_ptr_array_add (edit->lines, g_strdup (description_text (edit->description)));

  return edit;
}

/**
 * opv_history_group:
 * @audit: (element-type OpvAuditEntry): the audit rows of an item, newest
 *   first, as opv_store_list_history() gives them
 * @party_names: (nullable): party short names by id, as text
 *
 * Returns: (transfer container) (element-type OpvHistoryEdit): the edits,
 *   newest first, each with its changes in the order they were made
 */
GPtrArray *
opv_history_group (GPtrArray  *audit,
                   GHashTable *party_names)
{
  GPtrArray *edits = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_history_edit_free);
  guint i = 0;

  while (audit != NULL && i < audit->len)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();
      const OpvAuditEntry *first = g_ptr_array_index (audit, i);

      /* Rows of one edit share its time to the microsecond. They come
       * newest first; an edit that renumbers 10,000 follow-ups has as many,
       * so they are reversed once rather than each put in front. */
      for (; i < audit->len && same_edit (first, g_ptr_array_index (audit, i)); i++)
        g_ptr_array_add (rows, g_ptr_array_index (audit, i));
      for (guint a = 0, b = rows->len - 1; a < b; a++, b--)
        {
          gpointer row = rows->pdata[a];

          rows->pdata[a] = rows->pdata[b];
          rows->pdata[b] = row;
        }

      g_ptr_array_add (edits, make_edit (rows, party_names));
    }

  return edits;
}

/**
 * opv_history_format_time:
 * @iso8601: a time in UTC, as the audit trail records it
 *
 * Returns: (transfer full): the local date and time in the UI language,
 *   "15 June 2024 at 14:03"
 */
char *
opv_history_format_time (const char *iso8601)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (iso8601 ? iso8601 : "", NULL);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (utc == NULL)
    return g_strdup (iso8601 ? iso8601 : "");

  local = g_date_time_to_local (utc);
  day = g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (local),
                         g_date_time_get_month (local), g_date_time_get_day_of_month (local));
  date = opv_format_period (day);
  time = g_strdup_printf ("%02d:%02d", g_date_time_get_hour (local), g_date_time_get_minute (local));
  /* Translators: a date and a time in the History, as in "15 June 2024 at 14:03" */
  return g_strdup_printf (_("%1$s at %2$s"), date, time);
}

/**
 * opv_history_edit_dup_text:
 *
 * Returns: (transfer full): the edit's lines, one under the other
 */
char *
opv_history_edit_dup_text (OpvHistoryEdit *edit)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < edit->lines->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (edit->lines, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
