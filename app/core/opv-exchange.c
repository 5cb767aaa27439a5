/* opv-exchange.c: the JSON exchange format (data/dossiers/FORMAT.md)
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-exchange"

#include "config.h"

#include <math.h>
#include <sys/mman.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "opv-exchange.h"
#include "opv-exchange-private.h"
#include "opv-util.h"

#define FORMAT_NAME "opvolging-dossier"

/* Limits that no real dossier comes near, so that a hostile file is refused
 * before it can exhaust memory or the parser's stack (FORMAT.md, Limits). */
#define MAX_FILE_SIZE    (512u * 1024 * 1024)
#define MAX_STRING_BYTES (4u * 1024 * 1024)
#define MAX_DEPTH        32
/* Integers beyond 2^53 lose digits in every JSON reader that uses doubles,
 * and json-glib wraps them silently; none is needed. */
#define MAX_SAFE_INTEGER ((G_GUINT64_CONSTANT (1) << 53) - 1)
/* How much of a wrong value an error message repeats. */
#define MAX_QUOTED_CHARS 60

G_DEFINE_QUARK (opv-exchange-error-quark, opv_exchange_error)

typedef struct
{
  const char *name;
  GString    *path;
  GError    **error;
  OpvDossier *dossier;
  GHashTable *codes;        /* item and follow-up codes present in the file */
  GPtrArray  *references;   /* Reference, checked once every code is known */
  GHashTable *parties;      /* casefolded short name → OpvParty */
  GHashTable *rounds;       /* label → OpvRound */
  GPtrArray  *quoted;       /* strings made by quote(), freed with the reader */
  OpvItem    *read_item;    /* when streaming: the item just read, not added to its theme */
  gboolean    streaming;
} Reader;

typedef struct
{
  char *path;
  char *code;
} Reference;

static void
reference_free (Reference *ref)
{
  g_free (ref->path);
  g_free (ref->code);
  g_free (ref);
}

typedef struct
{
  const char *name;
  gboolean    required;
} Member;

/* Writes @value as an error message repeats it: on one line, and cut short
 * after MAX_QUOTED_CHARS characters, so that a hostile value can neither
 * spread the message over lines nor make it megabytes long. @value is valid
 * UTF-8: check_syntax() saw to that. */
static void
append_quoted (GString    *out,
               const char *value)
{
  guint n = 0;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == MAX_QUOTED_CHARS)
        {
          g_string_append (out, "…");
          return;
        }

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_unichar (out, c);
    }
}

static const char *
quote (Reader     *r,
       const char *value)
{
  GString *out = g_string_new (NULL);

  append_quoted (out, value != NULL ? value : "");
  g_ptr_array_add (r->quoted, out->str);
  return g_string_free (out, FALSE);
}

static gboolean G_GNUC_PRINTF (2, 3)
fail (Reader     *r,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (r->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_INVALID,
               "%s: %s: %s", r->name, r->path->str, message);
  return FALSE;
}

static gboolean
is_identifier (const char *name)
{
  if (!g_ascii_isalpha (name[0]) && name[0] != '_')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

static void
append_member (GString    *path,
               const char *name)
{
  /* Every member the format knows is a short identifier; an unknown one
   * from a hostile file is shown quoted and cut short, as ["…"]. */
  if (is_identifier (name) && strlen (name) <= MAX_QUOTED_CHARS)
    {
      g_string_append_printf (path, ".%s", name);
      return;
    }

  g_string_append (path, "[\"");
  append_quoted (path, name);
  g_string_append (path, "\"]");
}

static gsize
push_member (Reader     *r,
             const char *name)
{
  gsize len = r->path->len;

  append_member (r->path, name);
  return len;
}

static gsize
push_index (Reader *r,
            guint   index)
{
  gsize len = r->path->len;

  g_string_append_printf (r->path, "[%u]", index);
  return len;
}

static void
pop (Reader *r,
     gsize   len)
{
  g_string_truncate (r->path, len);
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");
        case G_TYPE_BOOLEAN:
          return _("a boolean");
        default:
          return _("a number");
        }
    }
}

static JsonObject *
expect_object (Reader         *r,
               JsonNode       *node,
               const Member   *members)
{
  JsonObject *object;
  g_autoptr(GList) names = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, _("expected an object, found %s"), node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  names = json_object_get_members (object);

  for (const GList *l = names; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (const Member *m = members; m->name != NULL; m++)
        known |= strcmp (m->name, l->data) == 0;

      if (!known)
        {
          gsize len = push_member (r, l->data);
          fail (r, _("unknown member “%s”"), quote (r, l->data));
          pop (r, len);
          return NULL;
        }
    }

  for (const Member *m = members; m->name != NULL; m++)
    {
      if (m->required && !json_object_has_member (object, m->name))
        {
          fail (r, _("the member “%s” is missing"), m->name);
          return NULL;
        }
    }

  return object;
}

static gboolean
check_length (Reader     *r,
              const char *value)
{
  if (strlen (value) > MAX_STRING_BYTES)
    return fail (r, _("the text is longer than %u MB, the most a text may hold"),
                 MAX_STRING_BYTES / (1024 * 1024));
  return TRUE;
}

/* Reads a string member; absent members give @fallback. With @nullable, a
 * JSON null gives %NULL. */
static gboolean
read_string (Reader      *r,
             JsonObject  *object,
             const char  *name,
             const char  *fallback,
             gboolean     nullable,
             char       **out)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize len;
  const char *value;

  if (node == NULL)
    {
      *out = g_strdup (fallback);
      return TRUE;
    }

  len = push_member (r, name);

  if (JSON_NODE_HOLDS_NULL (node) && nullable)
    {
      *out = NULL;
      pop (r, len);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (r, _("expected a string, found %s"), node_type_name (node));

  value = json_node_get_string (node);
  if (!check_length (r, value))
    return FALSE;

  *out = g_strdup (value);
  pop (r, len);
  return TRUE;
}

static gboolean
read_required_string (Reader      *r,
                      JsonObject  *object,
                      const char  *name,
                      char       **out)
{
  if (!read_string (r, object, name, NULL, FALSE, out))
    return FALSE;

  if (opv_str_empty (*out))
    {
      gsize len = push_member (r, name);
      g_clear_pointer (out, g_free);
      fail (r, _("the text must not be empty"));
      pop (r, len);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_bool (Reader     *r,
           JsonObject *object,
           const char *name,
           gboolean   *out)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize len;

  if (node == NULL)
    {
      *out = FALSE;
      return TRUE;
    }

  len = push_member (r, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (r, _("expected true or false, found %s"), node_type_name (node));

  *out = json_node_get_boolean (node);
  pop (r, len);
  return TRUE;
}

/* Returns the array of member @name, an empty array when it is absent, or
 * %NULL with an error when it is something else. */
static JsonArray *
read_array (Reader     *r,
            JsonObject *object,
            const char *name)
{
  static JsonArray *empty;
  JsonNode *node = json_object_get_member (object, name);

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, json_array_new ());

  if (node == NULL)
    return empty;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      gsize len = push_member (r, name);
      fail (r, _("expected an array, found %s"), node_type_name (node));
      pop (r, len);
      return NULL;
    }

  return json_node_get_array (node);
}

static guint
digits_value (const char *text,
              gsize       len)
{
  guint value = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return G_MAXUINT;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

/* YYYY, YYYY-MM or, with @allow_day, YYYY-MM-DD, with a real month and day. */
static gboolean
is_period (const char *text,
           gboolean    allow_day)
{
  gsize len = strlen (text);
  guint year = len >= 4 ? digits_value (text, 4) : G_MAXUINT;
  guint month, day;

  if (year < 1800 || year > 9999)
    return FALSE;
  if (len == 4)
    return TRUE;
  if ((len != 7 && len != 10) || text[4] != '-')
    return FALSE;

  month = digits_value (text + 5, 2);
  if (month < 1 || month > 12)
    return FALSE;
  if (len == 7)
    return TRUE;

  if (!allow_day || text[7] != '-')
    return FALSE;
  day = digits_value (text + 8, 2);
  return day != G_MAXUINT && g_date_valid_dmy (day, month, year);
}

static gboolean
check_period (Reader     *r,
              const char *member,
              const char *value,
              gboolean    allow_day,
              gboolean    allow_empty)
{
  gsize len;

  if (opv_str_empty (value) && allow_empty)
    return TRUE;
  if (value != NULL && is_period (value, allow_day))
    return TRUE;

  len = push_member (r, member);
  if (allow_day)
    fail (r, _("“%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"), quote (r, value));
  else
    fail (r, _("“%s” is not a period of the form YYYY or YYYY-MM"), quote (r, value));
  pop (r, len);
  return FALSE;
}

static const Member link_members[] = { { "label", TRUE }, { "url", FALSE }, { NULL } };

static gboolean
read_links (Reader     *r,
            JsonObject *object,
            GPtrArray  *links)
{
  JsonArray *array = read_array (r, object, "links");
  gsize len;

  if (array == NULL)
    return FALSE;

  len = push_member (r, "links");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize ilen = push_index (r, i);
      JsonObject *link = expect_object (r, json_array_get_element (array, i), link_members);
      g_autofree char *label = NULL;
      g_autofree char *url = NULL;

      if (link == NULL ||
          !read_required_string (r, link, "label", &label) ||
          !read_string (r, link, "url", NULL, TRUE, &url))
        return FALSE;

      if (url != NULL && !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
        {
          push_member (r, "url");
          return fail (r, _("“%s” is not a valid address"), quote (r, url));
        }

      g_ptr_array_add (links, opv_link_new (label, url));
      pop (r, ilen);
    }
  pop (r, len);

  return TRUE;
}

static const Member kamerstuk_members[] = {
  { "chamber", FALSE }, { "session", TRUE }, { "dossier", TRUE },
  { "number", FALSE }, { "url", FALSE }, { NULL }
};

static OpvKamerstuk *
read_kamerstuk (Reader   *r,
                JsonNode *node)
{
  JsonObject *object = expect_object (r, node, kamerstuk_members);
  g_autofree char *chamber_id = NULL;
  g_autofree char *session = NULL;
  g_autofree char *dossier = NULL;
  g_autofree char *number = NULL;
  g_autofree char *url = NULL;
  OpvChamber chamber = OPV_CHAMBER_UNKNOWN;

  if (object == NULL ||
      !read_string (r, object, "chamber", NULL, TRUE, &chamber_id) ||
      !read_required_string (r, object, "session", &session) ||
      !read_required_string (r, object, "dossier", &dossier) ||
      !read_string (r, object, "number", "", FALSE, &number) ||
      !read_string (r, object, "url", NULL, TRUE, &url))
    return NULL;

  if (chamber_id != NULL && !opv_chamber_from_id (chamber_id, &chamber))
    {
      push_member (r, "chamber");
      fail (r, _("“%s” is not a chamber (expected I or II)"), quote (r, chamber_id));
      return NULL;
    }

  if (url != NULL && !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
    {
      push_member (r, "url");
      fail (r, _("“%s” is not a valid address"), quote (r, url));
      return NULL;
    }

  return opv_kamerstuk_new (chamber, session, dossier, number, url);
}

static gboolean
read_kamerstukken (Reader     *r,
                   JsonObject *object,
                   GPtrArray  *kamerstukken)
{
  JsonArray *array = read_array (r, object, "kamerstukken");
  gsize len;

  if (array == NULL)
    return FALSE;

  len = push_member (r, "kamerstukken");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize ilen = push_index (r, i);
      OpvKamerstuk *k = read_kamerstuk (r, json_array_get_element (array, i));

      if (k == NULL)
        return FALSE;
      g_ptr_array_add (kamerstukken, k);
      pop (r, ilen);
    }
  pop (r, len);

  return TRUE;
}

static void
note_code (Reader     *r,
           const char *code)
{
  if (!opv_str_empty (code))
    g_hash_table_add (r->codes, g_strdup (code));
}

static const Member followup_members[] = {
  { "code", FALSE }, { "text", TRUE }, { "carried", FALSE }, { "links", FALSE },
  { "references", FALSE }, { "kamerstukken", FALSE }, { NULL }
};

static OpvFollowup *
read_followup (Reader   *r,
               JsonNode *node)
{
  JsonObject *object = expect_object (r, node, followup_members);
  g_autoptr(OpvFollowup) followup = NULL;
  g_autofree char *code = NULL;
  g_autofree char *text = NULL;
  gboolean carried;
  JsonArray *references;
  gsize len;

  if (object == NULL ||
      !read_string (r, object, "code", "", FALSE, &code) ||
      !read_required_string (r, object, "text", &text) ||
      !read_bool (r, object, "carried", &carried))
    return NULL;

  followup = opv_followup_new (code, text);
  opv_followup_set_carried (followup, carried);
  note_code (r, code);

  if (!read_links (r, object, opv_followup_get_links (followup)) ||
      !read_kamerstukken (r, object, opv_followup_get_kamerstukken (followup)))
    return NULL;

  references = read_array (r, object, "references");
  if (references == NULL)
    return NULL;

  len = push_member (r, "references");
  for (guint i = 0; i < json_array_get_length (references); i++)
    {
      JsonNode *ref = json_array_get_element (references, i);
      gsize ilen = push_index (r, i);
      Reference *pending;

      if (!JSON_NODE_HOLDS_VALUE (ref) || json_node_get_value_type (ref) != G_TYPE_STRING ||
          opv_str_empty (json_node_get_string (ref)))
        {
          fail (r, _("expected the code of an item or follow-up, found %s"), node_type_name (ref));
          return NULL;
        }

      if (!check_length (r, json_node_get_string (ref)))
        return NULL;

      pending = g_new0 (Reference, 1);
      pending->path = g_strdup (r->path->str);
      pending->code = g_strdup (json_node_get_string (ref));
      g_ptr_array_add (r->references, pending);
      g_ptr_array_add (opv_followup_get_references (followup), g_strdup (pending->code));
      pop (r, ilen);
    }
  pop (r, len);

  return g_steal_pointer (&followup);
}

/* The dossier's own lookups walk its list; a file with many thousands of
 * parties or rounds would make reading it quadratic. */
static OpvParty *
find_party (Reader     *r,
            const char *short_name)
{
  g_autofree char *key = g_utf8_casefold (short_name, -1);

  return g_hash_table_lookup (r->parties, key);
}

static const Member responsibility_members[] = { { "party", TRUE }, { "role", FALSE }, { NULL } };

static gboolean
read_responsibilities (Reader     *r,
                       JsonObject *object,
                       OpvEntry   *entry)
{
  JsonArray *array = read_array (r, object, "parties");
  GPtrArray *responsibilities = opv_entry_get_responsibilities (entry);
  gsize len;

  if (array == NULL)
    return FALSE;

  len = push_member (r, "parties");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize ilen = push_index (r, i);
      JsonObject *resp = expect_object (r, json_array_get_element (array, i), responsibility_members);
      g_autofree char *name = NULL;
      g_autofree char *role_id = NULL;
      OpvParty *party;
      OpvRole role;

      if (resp == NULL ||
          !read_required_string (r, resp, "party", &name) ||
          !read_string (r, resp, "role", "lead", FALSE, &role_id))
        return FALSE;

      party = find_party (r, name);
      if (party == NULL)
        {
          push_member (r, "party");
          return fail (r, _("the party “%s” is not among the dossier’s parties"), quote (r, name));
        }

      if (!opv_role_from_id (role_id, &role))
        {
          push_member (r, "role");
          return fail (r, _("“%s” is not a role (expected lead or involved)"), quote (r, role_id));
        }

      for (guint j = 0; j < responsibilities->len; j++)
        {
          OpvResponsibility *other = g_ptr_array_index (responsibilities, j);

          if (other->party == party)
            {
              push_member (r, "party");
              return fail (r, _("the party “%s” is named twice"), quote (r, name));
            }
        }

      g_ptr_array_add (responsibilities, opv_responsibility_new (party, role));
      pop (r, ilen);
    }
  pop (r, len);

  return TRUE;
}

static const Member wording_members[] = { { "title", FALSE }, { "text", FALSE }, { NULL } };

static const Member entry_members[] = {
  { "round", TRUE }, { "status", FALSE }, { "timeframe", FALSE }, { "explanation", FALSE },
  { "parties", FALSE }, { "to_be_determined", FALSE }, { "responsibility_note", FALSE },
  { "wording", FALSE }, { "links", FALSE }, { "kamerstukken", FALSE }, { "followups", FALSE },
  { NULL }
};

static gboolean
read_entry (Reader   *r,
            JsonNode *node,
            OpvItem  *item)
{
  JsonObject *object = expect_object (r, node, entry_members);
  g_autoptr(OpvEntry) entry = NULL;
  g_autofree char *label = NULL;
  g_autofree char *status_id = NULL;
  g_autofree char *timeframe = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *note = NULL;
  gboolean tbd;
  OpvStatus status = OPV_STATUS_UNSET;
  OpvRound *round;
  JsonArray *followups;
  gsize len;

  if (object == NULL ||
      !read_required_string (r, object, "round", &label) ||
      !read_string (r, object, "status", NULL, TRUE, &status_id) ||
      !read_string (r, object, "timeframe", "", FALSE, &timeframe) ||
      !read_string (r, object, "explanation", "", FALSE, &explanation) ||
      !read_bool (r, object, "to_be_determined", &tbd) ||
      !read_string (r, object, "responsibility_note", "", FALSE, &note))
    return FALSE;

  round = g_hash_table_lookup (r->rounds, label);
  if (round == NULL)
    {
      push_member (r, "round");
      return fail (r, _("the round “%s” is not among the dossier’s rounds"), quote (r, label));
    }
  if (opv_item_get_entry (item, round) != NULL)
    {
      push_member (r, "round");
      return fail (r, _("the round “%s” appears twice for this item"), quote (r, label));
    }

  if (status_id != NULL && !opv_status_from_id (status_id, &status))
    {
      push_member (r, "status");
      return fail (r, _("“%s” is not a status (expected done, in-progress, ongoing, delayed, not-started or null)"),
                   quote (r, status_id));
    }

  entry = opv_entry_new (round);
  opv_entry_set_status (entry, status);
  opv_entry_set_timeframe (entry, timeframe);
  opv_entry_set_explanation (entry, explanation);
  opv_entry_set_to_be_determined (entry, tbd);
  opv_entry_set_responsibility_note (entry, note);

  if (json_object_has_member (object, "wording"))
    {
      gsize wlen = push_member (r, "wording");
      JsonObject *wording = expect_object (r, json_object_get_member (object, "wording"), wording_members);
      g_autofree char *title = NULL;
      g_autofree char *text = NULL;

      if (wording == NULL ||
          !read_string (r, wording, "title", NULL, FALSE, &title) ||
          !read_string (r, wording, "text", NULL, FALSE, &text))
        return FALSE;
      opv_entry_set_wording (entry, title, text);
      pop (r, wlen);
    }

  if (!read_responsibilities (r, object, entry) ||
      !read_links (r, object, opv_entry_get_links (entry)) ||
      !read_kamerstukken (r, object, opv_entry_get_kamerstukken (entry)))
    return FALSE;

  followups = read_array (r, object, "followups");
  if (followups == NULL)
    return FALSE;

  len = push_member (r, "followups");
  for (guint i = 0; i < json_array_get_length (followups); i++)
    {
      gsize ilen = push_index (r, i);
      g_autoptr(OpvFollowup) followup = read_followup (r, json_array_get_element (followups, i));

      if (followup == NULL)
        return FALSE;
      opv_entry_add_followup (entry, followup);
      pop (r, ilen);
    }
  pop (r, len);

  opv_item_add_entry (item, entry);
  return TRUE;
}

static const Member item_members[] = {
  { "code", FALSE }, { "title", TRUE }, { "text", FALSE }, { "rounds", FALSE }, { NULL }
};

static gboolean
read_item (Reader   *r,
           JsonNode *node,
           OpvTheme *theme)
{
  JsonObject *object = expect_object (r, node, item_members);
  g_autoptr(OpvItem) item = NULL;
  g_autofree char *code = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  JsonArray *entries;
  gsize len;

  if (object == NULL ||
      !read_string (r, object, "code", "", FALSE, &code) ||
      !read_required_string (r, object, "title", &title) ||
      !read_string (r, object, "text", "", FALSE, &text))
    return FALSE;

  if (!opv_str_empty (code))
    {
      if (g_hash_table_contains (r->codes, code))
        {
          push_member (r, "code");
          return fail (r, _("the code “%s” is used twice"), quote (r, code));
        }
      note_code (r, code);
    }

  item = opv_item_new (code, title, text);

  entries = read_array (r, object, "rounds");
  if (entries == NULL)
    return FALSE;

  len = push_member (r, "rounds");
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      gsize ilen = push_index (r, i);

      if (!read_entry (r, json_array_get_element (entries, i), item))
        return FALSE;
      pop (r, ilen);
    }
  pop (r, len);

  if (r->streaming)
    r->read_item = g_steal_pointer (&item);
  else
    opv_theme_add_item (theme, item);
  return TRUE;
}

static const Member theme_wording_members[] = { { "round", TRUE }, { "title", TRUE }, { NULL } };
static const Member theme_members[] = {
  { "number", FALSE }, { "title", TRUE }, { "wording", FALSE }, { "items", FALSE }, { NULL }
};

static gboolean
read_theme (Reader   *r,
            JsonNode *node)
{
  JsonObject *object = expect_object (r, node, theme_members);
  g_autoptr(OpvTheme) theme = NULL;
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  JsonArray *wording;
  JsonArray *items;
  gsize len;

  if (object == NULL ||
      !read_string (r, object, "number", "", FALSE, &number) ||
      !read_required_string (r, object, "title", &title))
    return FALSE;

  theme = opv_theme_new (number, title);
  /* Attach now so that items can find their rounds through the dossier. */
  opv_dossier_add_theme (r->dossier, theme);

  wording = read_array (r, object, "wording");
  if (wording == NULL)
    return FALSE;

  len = push_member (r, "wording");
  for (guint i = 0; i < json_array_get_length (wording); i++)
    {
      gsize ilen = push_index (r, i);
      JsonObject *w = expect_object (r, json_array_get_element (wording, i), theme_wording_members);
      g_autofree char *label = NULL;
      g_autofree char *wtitle = NULL;
      OpvRound *round;

      if (w == NULL ||
          !read_required_string (r, w, "round", &label) ||
          !read_required_string (r, w, "title", &wtitle))
        return FALSE;

      round = g_hash_table_lookup (r->rounds, label);
      if (round == NULL)
        {
          push_member (r, "round");
          return fail (r, _("the round “%s” is not among the dossier’s rounds"), quote (r, label));
        }
      if (opv_theme_get_wording (theme, round) != NULL)
        {
          push_member (r, "round");
          return fail (r, _("the round “%s” appears twice for this theme"), quote (r, label));
        }
      opv_theme_set_wording (theme, round, wtitle);
      pop (r, ilen);
    }
  pop (r, len);

  items = read_array (r, object, "items");
  if (items == NULL)
    return FALSE;

  len = push_member (r, "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      gsize ilen = push_index (r, i);

      if (!read_item (r, json_array_get_element (items, i), theme))
        return FALSE;
      pop (r, ilen);
    }
  pop (r, len);

  return TRUE;
}

static const Member party_members[] = {
  { "short_name", TRUE }, { "full_name", FALSE }, { "kind", FALSE }, { NULL }
};

static gboolean
read_party (Reader   *r,
            JsonNode *node)
{
  JsonObject *object = expect_object (r, node, party_members);
  g_autoptr(OpvParty) party = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *full_name = NULL;
  g_autofree char *kind_id = NULL;
  OpvPartyKind kind;

  if (object == NULL ||
      !read_required_string (r, object, "short_name", &short_name) ||
      !read_string (r, object, "full_name", "", FALSE, &full_name) ||
      !read_string (r, object, "kind", "other", FALSE, &kind_id))
    return FALSE;

  if (!opv_party_kind_from_id (kind_id, &kind))
    {
      push_member (r, "kind");
      return fail (r, _("“%s” is not a kind of party"), quote (r, kind_id));
    }

  if (find_party (r, short_name) != NULL)
    {
      push_member (r, "short_name");
      return fail (r, _("the party “%s” is listed twice"), quote (r, short_name));
    }

  party = opv_party_new (short_name, full_name, kind);
  opv_dossier_add_party (r->dossier, party);
  g_hash_table_insert (r->parties, g_utf8_casefold (short_name, -1), party);
  return TRUE;
}

static const Member round_members[] = {
  { "label", TRUE }, { "period", TRUE }, { "state", FALSE }, { "sent_on", FALSE },
  { "sent_reference", FALSE }, { NULL }
};

static gboolean
read_round (Reader   *r,
            JsonNode *node)
{
  JsonObject *object = expect_object (r, node, round_members);
  g_autoptr(OpvRound) round = NULL;
  g_autofree char *label = NULL;
  g_autofree char *period = NULL;
  g_autofree char *state_id = NULL;
  g_autofree char *sent_on = NULL;
  OpvRoundState state;

  if (object == NULL ||
      !read_required_string (r, object, "label", &label) ||
      !read_required_string (r, object, "period", &period) ||
      !read_string (r, object, "state", "open", FALSE, &state_id) ||
      !read_string (r, object, "sent_on", "", FALSE, &sent_on) ||
      !check_period (r, "period", period, FALSE, FALSE) ||
      !check_period (r, "sent_on", sent_on, TRUE, TRUE))
    return FALSE;

  if (!opv_round_state_from_id (state_id, &state))
    {
      push_member (r, "state");
      return fail (r, _("“%s” is not a round state (expected open or sent)"), quote (r, state_id));
    }

  if (g_hash_table_contains (r->rounds, label))
    {
      push_member (r, "label");
      return fail (r, _("the round “%s” is listed twice"), quote (r, label));
    }

  round = opv_round_new (label, period);
  opv_round_set_state (round, state);
  opv_round_set_sent_on (round, sent_on);

  if (json_object_has_member (object, "sent_reference") &&
      !JSON_NODE_HOLDS_NULL (json_object_get_member (object, "sent_reference")))
    {
      gsize len = push_member (r, "sent_reference");
      g_autoptr(OpvKamerstuk) ref = read_kamerstuk (r, json_object_get_member (object, "sent_reference"));

      if (ref == NULL)
        return FALSE;
      opv_round_set_sent_reference (round, ref);
      pop (r, len);
    }

  opv_dossier_add_round (r->dossier, round);
  g_hash_table_insert (r->rounds, g_steal_pointer (&label), round);
  return TRUE;
}

static const Member dossier_members[] = {
  { "id", TRUE }, { "title", TRUE }, { "short_name", FALSE }, { "kind", TRUE },
  { "publisher", FALSE }, { "published", FALSE }, { "parties", FALSE },
  { "rounds", FALSE }, { "themes", FALSE }, { NULL }
};

static gboolean
read_list (Reader      *r,
           JsonObject  *object,
           const char  *name,
           gboolean   (*read_one) (Reader *, JsonNode *))
{
  JsonArray *array = read_array (r, object, name);
  gsize len;

  if (array == NULL)
    return FALSE;

  len = push_member (r, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize ilen = push_index (r, i);

      if (!read_one (r, json_array_get_element (array, i)))
        return FALSE;
      pop (r, ilen);
    }
  pop (r, len);

  return TRUE;
}

/* Cross-references can point forwards, so they are checked once every
 * code is known. */
static gboolean
check_references (Reader *r)
{
  for (guint i = 0; i < r->references->len; i++)
    {
      Reference *ref = g_ptr_array_index (r->references, i);

      if (!g_hash_table_contains (r->codes, ref->code))
        {
          g_string_assign (r->path, ref->path);
          return fail (r, _("refers to “%s”, which is not the code of an item or follow-up in this dossier"),
                       quote (r, ref->code));
        }
    }

  return TRUE;
}

static gboolean
read_dossier (Reader   *r,
              JsonNode *node)
{
  JsonObject *object = expect_object (r, node, dossier_members);
  g_autofree char *slug = NULL;
  g_autofree char *title = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *kind_id = NULL;
  g_autofree char *publisher = NULL;
  g_autofree char *published = NULL;
  OpvDossierKind kind;

  if (object == NULL ||
      !read_required_string (r, object, "id", &slug) ||
      !read_required_string (r, object, "title", &title) ||
      !read_string (r, object, "short_name", NULL, FALSE, &short_name) ||
      !read_required_string (r, object, "kind", &kind_id) ||
      !read_string (r, object, "publisher", "", FALSE, &publisher) ||
      !read_string (r, object, "published", "", FALSE, &published) ||
      !check_period (r, "published", published, TRUE, TRUE))
    return FALSE;

  if (!opv_slug_is_valid (slug))
    {
      push_member (r, "id");
      return fail (r, _("“%s” is not a valid identifier (use 1 to 64 lower-case letters, digits and -)"),
                   quote (r, slug));
    }

  if (!opv_dossier_kind_from_id (kind_id, &kind))
    {
      push_member (r, "kind");
      return fail (r, _("“%s” is not a kind of dossier (expected recommendations or activities)"),
                   quote (r, kind_id));
    }

  r->dossier = opv_dossier_new (slug, title, kind);
  opv_dossier_set_short_name (r->dossier, opv_str_empty (short_name) ? title : short_name);
  opv_dossier_set_publisher (r->dossier, publisher);
  opv_dossier_set_published (r->dossier, published);

  if (!read_list (r, object, "parties", read_party) ||
      !read_list (r, object, "rounds", read_round) ||
      !read_list (r, object, "themes", read_theme))
    return FALSE;

  /* A stream checks them once it has read every item. */
  return r->streaming || check_references (r);
}

static const Member top_members[] = {
  { "format", TRUE }, { "version", TRUE }, { "dossier", TRUE }, { NULL }
};

/* Finds where byte @offset of @data lies, counting from 1 as editors do. */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

typedef struct
{
  const char  *data;
  gsize        length;
  const char  *name;
  GError     **error;
} Lexer;

static gboolean G_GNUC_PRINTF (3, 4)
lex_fail (Lexer      *lx,
          gsize       offset,
          const char *format,
          ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (lx->data, offset, &line, &column);
  g_set_error (lx->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
               "%s:%u:%u: %s", lx->name, line, column, message);
  return FALSE;
}

static int
hex_value (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* A string from its opening quote at *@i; leaves *@i after the closing one.
 * json-glib reads "\u0000" as the end of the text and a lone surrogate
 * ("\ud800x") as bytes that are not UTF-8, so both are refused here, along
 * with the escapes and raw control characters that JSON does not allow. */
static gboolean
lex_string (Lexer *lx,
            gsize *i)
{
  gsize start = *i;
  gsize j = start + 1;

  while (j < lx->length)
    {
      guchar c = lx->data[j];

      if (c == '"')
        {
          *i = j + 1;
          return TRUE;
        }

      if (c < 0x20)
        return lex_fail (lx, j, _("a control character in a text must be written as an escape such as \\n"));

      if (c != '\\')
        {
          j++;
          continue;
        }

      if (j + 1 >= lx->length)
        break;

      switch (lx->data[j + 1])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          j += 2;
          break;

        case 'u':
          {
            int unit = j + 6 <= lx->length ? hex_value (lx->data + j + 2) : -1;

            if (unit < 0)
              return lex_fail (lx, j, _("\\u must be followed by four hexadecimal digits"));
            if (unit == 0)
              return lex_fail (lx, j, _("a text must not contain the character \\u0000"));
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return lex_fail (lx, j, _("\\u%04x is half of a surrogate pair, without its first half"), unit);
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low = (j + 12 <= lx->length && lx->data[j + 6] == '\\' && lx->data[j + 7] == 'u')
                          ? hex_value (lx->data + j + 8) : -1;

                if (low < 0xDC00 || low > 0xDFFF)
                  return lex_fail (lx, j, _("\\u%04x is half of a surrogate pair, without its second half"), unit);
                j += 6;
              }
            j += 6;
          }
          break;

        default:
          return lex_fail (lx, j, _("“\\%c” is not an escape that JSON knows"),
                           g_ascii_isprint (lx->data[j + 1]) ? lx->data[j + 1] : '?');
        }
    }

  return lex_fail (lx, start, _("the text that starts here does not end"));
}

static gsize
skip_digits (Lexer *lx,
             gsize  j)
{
  while (j < lx->length && g_ascii_isdigit (lx->data[j]))
    j++;
  return j;
}

/* A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?,
 * and not run on. json-glib also reads "0x10", "01" and ".5", and
 * wraps integers beyond 64 bits without a word. */
static gboolean
lex_number (Lexer *lx,
            gsize *i)
{
  gsize start = *i;
  gsize j = start;
  gboolean integer = TRUE;
  g_autofree char *text = NULL;

  if (lx->data[j] == '-')
    j++;
  if (j < lx->length && lx->data[j] == '0')
    j++;
  else if (j < lx->length && g_ascii_isdigit (lx->data[j]))
    j = skip_digits (lx, j);
  else
    return lex_fail (lx, start, _("this is not a number"));

  if (j < lx->length && lx->data[j] == '.')
    {
      gsize digits = j + 1;

      j = skip_digits (lx, digits);
      if (j == digits)
        return lex_fail (lx, start, _("this is not a number"));
      integer = FALSE;
    }

  if (j < lx->length && (lx->data[j] == 'e' || lx->data[j] == 'E'))
    {
      gsize digits = j + 1;

      if (digits < lx->length && (lx->data[digits] == '+' || lx->data[digits] == '-'))
        digits++;
      j = skip_digits (lx, digits);
      if (j == digits)
        return lex_fail (lx, start, _("this is not a number"));
      integer = FALSE;
    }

  /* "0x10", "01", "1.5.2": the number goes on in a way JSON's do not.
   * Anything else after it is for the grammar to judge. */
  if (j < lx->length && (g_ascii_isalnum (lx->data[j]) || strchr (".+-", lx->data[j]) != NULL) &&
      lx->data[j] != '\0')
    return lex_fail (lx, start, _("this is not a number"));

  /* Longer numbers are out of range anyway; this keeps the copy small. */
  text = g_strndup (lx->data + start, MIN (j - start, 400));
  if (integer)
    {
      const char *digits = text[0] == '-' ? text + 1 : text;
      guint64 value;

      if (strlen (digits) > 16 ||
          !g_ascii_string_to_unsigned (digits, 10, 0, MAX_SAFE_INTEGER, &value, NULL))
        {
          g_autofree char *most = g_strdup_printf ("%" G_GUINT64_FORMAT, MAX_SAFE_INTEGER);

          return lex_fail (lx, start, _("the number is out of range (at most %s)"), most);
        }
    }
  else if (j - start > 400 || !isfinite (g_ascii_strtod (text, NULL)))
    return lex_fail (lx, start, _("the number is out of range"));

  *i = j;
  return TRUE;
}

/* Where check_syntax() is in the grammar of JSON. */
typedef enum
{
  EXPECT_VALUE,        /* at the start, after ':' and after ',' in an array */
  EXPECT_FIRST_VALUE,  /* after '[': a value or ']' */
  EXPECT_FIRST_NAME,   /* after '{': a member name or '}' */
  EXPECT_NAME,         /* after ',' in an object */
  EXPECT_COLON,
  EXPECT_NEXT,         /* after a value: ',' or the end of its array or object */
  EXPECT_END,          /* after the whole value: white space only */
} Expect;

static gboolean
lex_unexpected (Lexer  *lx,
                gsize   offset,
                Expect  expect,
                char    container)
{
  switch (expect)
    {
    case EXPECT_VALUE:
    case EXPECT_FIRST_VALUE:
      return lex_fail (lx, offset, _("a value was expected here"));
    case EXPECT_FIRST_NAME:
    case EXPECT_NAME:
      return lex_fail (lx, offset, _("a member name in double quotes was expected here"));
    case EXPECT_COLON:
      return lex_fail (lx, offset, _("“:” was expected after the member name"));
    case EXPECT_NEXT:
      if (container == '[')
        return lex_fail (lx, offset, _("“,” or “]” was expected here"));
      return lex_fail (lx, offset, _("“,” or “}” was expected here"));
    case EXPECT_END:
    default:
      return lex_fail (lx, offset, _("the data should end here, but more follows"));
    }
}

/* Checks that the file is strict JSON, token by token and in the grammar's
 * order, before json-glib reads it. json-glib 1.6 recurses once per level,
 * so a file of a million '[' would exhaust its stack; it accepts comments,
 * single-quoted strings, hexadecimal numbers and unknown escapes; it turns
 * some escapes into a cut-off text or bytes that are not UTF-8; it reads
 * "{…}{…}" as the first object and drops the second (leaking it); and its
 * own messages repeat whole tokens, however long. After this pass it sees
 * only JSON, and every syntax error is reported here, with line and column. */
static gboolean
check_syntax (const char  *data,
              gsize        length,
              const char  *name,
              GError     **error)
{
  Lexer lx = { data, length, name, error };
  char stack[MAX_DEPTH + 1];
  int depth = 0;
  Expect expect = EXPECT_VALUE;
  gsize i = 0;

  while (i < length)
    {
      char c = data[i];
      char container = depth > 0 ? stack[depth - 1] : '\0';
      gboolean value = FALSE;

      switch (c)
        {
        case ' ': case '\t': case '\n': case '\r':
          i++;
          continue;

        case '{':
        case '[':
          if (expect != EXPECT_VALUE && expect != EXPECT_FIRST_VALUE)
            return lex_unexpected (&lx, i, expect, container);
          if (depth == MAX_DEPTH)
            return lex_fail (&lx, i, _("the data are nested more than %d levels deep"), MAX_DEPTH);
          stack[depth++] = c;
          expect = c == '{' ? EXPECT_FIRST_NAME : EXPECT_FIRST_VALUE;
          i++;
          continue;

        case '}':
        case ']':
          if (!((expect == EXPECT_NEXT && container == (c == '}' ? '{' : '[')) ||
                (c == '}' && expect == EXPECT_FIRST_NAME) ||
                (c == ']' && expect == EXPECT_FIRST_VALUE)))
            return lex_unexpected (&lx, i, expect, container);
          depth--;
          expect = depth > 0 ? EXPECT_NEXT : EXPECT_END;
          i++;
          continue;

        case ',':
          if (expect != EXPECT_NEXT)
            return lex_unexpected (&lx, i, expect, container);
          expect = container == '{' ? EXPECT_NAME : EXPECT_VALUE;
          i++;
          continue;

        case ':':
          if (expect != EXPECT_COLON)
            return lex_unexpected (&lx, i, expect, container);
          expect = EXPECT_VALUE;
          i++;
          continue;

        case '"':
          if (expect == EXPECT_FIRST_NAME || expect == EXPECT_NAME)
            {
              if (!lex_string (&lx, &i))
                return FALSE;
              expect = EXPECT_COLON;
              continue;
            }
          if (expect != EXPECT_VALUE && expect != EXPECT_FIRST_VALUE)
            return lex_unexpected (&lx, i, expect, container);
          if (!lex_string (&lx, &i))
            return FALSE;
          value = TRUE;
          break;

        case '-': case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          if (expect != EXPECT_VALUE && expect != EXPECT_FIRST_VALUE)
            return lex_unexpected (&lx, i, expect, container);
          if (!lex_number (&lx, &i))
            return FALSE;
          value = TRUE;
          break;

        default:
          {
            static const char * const words[] = { "true", "false", "null" };

            /* Where no value can stand, say what can. */
            if (expect != EXPECT_VALUE && expect != EXPECT_FIRST_VALUE)
              return lex_unexpected (&lx, i, expect, container);

            for (guint w = 0; w < G_N_ELEMENTS (words) && !value; w++)
              {
                gsize n = strlen (words[w]);

                if (length - i >= n && memcmp (data + i, words[w], n) == 0 &&
                    (length - i == n || !g_ascii_isalnum (data[i + n])))
                  {
                    value = TRUE;
                    i += n;
                  }
              }

            if (value)
              break;
            if (g_ascii_isprint (c))
              return lex_fail (&lx, i, _("unexpected character “%c”; the file is not JSON"), c);
            return lex_fail (&lx, i, _("unexpected character; the file is not JSON"));
          }
        }

      g_assert (value);
      expect = depth > 0 ? EXPECT_NEXT : EXPECT_END;
    }

  if (expect == EXPECT_END)
    return TRUE;

  if (expect == EXPECT_VALUE && depth == 0)
    {
      g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                   _("%s: the file is empty"), name);
      return FALSE;
    }

  /* Where the last token ends, not after the white space that follows it:
   * that is where something is missing. */
  while (length > 0 && g_ascii_isspace (data[length - 1]))
    length--;
  return lex_fail (&lx, length, _("the file ends before the data are complete"));
}

/* json-glib keeps the last of two members with the same name and says
 * nothing, so the parser's "object-member" signal, emitted once per member
 * as it is read, is watched for a name that an object already has. */
typedef struct
{
  GHashTable *seen;        /* JsonObject* → GHashTable of member names */
  JsonObject *object;      /* (owned) the first object with a duplicate */
  char       *duplicate;
  guint       line;
} DuplicateCheck;

static void
on_object_member (JsonParser     *parser,
                  JsonObject     *object,
                  const char     *member_name,
                  DuplicateCheck *check)
{
  GHashTable *names;

  /* Objects are freed only when a duplicate replaces them, so before the
   * first duplicate no address in @seen can have been reused. */
  if (check->duplicate != NULL)
    return;

  names = g_hash_table_lookup (check->seen, object);
  if (names == NULL)
    {
      names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (check->seen, object, names);
    }

  if (!g_hash_table_add (names, g_strdup (member_name)))
    {
      /* Held, so that a later duplicate of an outer member cannot free it
       * and hand its address to another object. */
      check->object = json_object_ref (object);
      check->duplicate = g_strdup (member_name);
      check->line = json_parser_get_current_line (parser);
    }
}

/* Finds the path of @target below @node, which is at @path. */
static gboolean
find_object_path (JsonNode   *node,
                  JsonObject *target,
                  GString    *path)
{
  gsize len = path->len;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = NULL;

      if (object == target)
        return TRUE;

      names = json_object_get_members (object);
      for (const GList *l = names; l != NULL; l = l->next)
        {
          append_member (path, l->data);
          if (find_object_path (json_object_get_member (object, l->data), target, path))
            return TRUE;
          g_string_truncate (path, len);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_string_append_printf (path, "[%u]", i);
          if (find_object_path (json_array_get_element (array, i), target, path))
            return TRUE;
          g_string_truncate (path, len);
        }
    }

  return FALSE;
}

/* The checks before json-glib sees the data: size, UTF-8 and strict JSON
 * within the limits. Linear, and allocates next to nothing, so a stream
 * runs it over the whole file before it reads any item. */
static gboolean
check_document (const char  *data,
                gsize        length,
                const char  *display_name,
                GError     **error)
{
  const char *invalid;

  if (length > MAX_FILE_SIZE)
    {
      g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %u MB"), display_name, MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (length == 0 || data == NULL)
    {
      g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                   _("%s: the file is empty"), display_name);
      return FALSE;
    }

  if (!g_utf8_validate (data, length, &invalid))
    {
      guint line, column;

      locate (data, invalid - data, &line, &column);
      g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                   _("%s:%u:%u: the text is not valid UTF-8"), display_name, line, column);
      return FALSE;
    }

  return check_syntax (data, length, display_name, error);
}

/* Parses @data, which check_document() passed, into @parser; a member that
 * appears twice in one object is an error that names its path and line.
 * @r is at "$". */
static gboolean
parse_located (Reader     *r,
               JsonParser *parser,
               const char *data,
               gsize       length)
{
  g_autoptr(GError) local_error = NULL;
  DuplicateCheck check = { 0 };
  gulong handler;
  gboolean ok;

  check.seen = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  handler = g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &check);
  ok = json_parser_load_from_data (parser, data, length, &local_error);
  g_signal_handler_disconnect (parser, handler);
  g_hash_table_unref (check.seen);

  if (!ok)
    {
      const char *message = local_error->message;

      g_free (check.duplicate);
      g_clear_pointer (&check.object, json_object_unref);
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (r->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                   "%s:%s", r->name, message);
      return FALSE;
    }

  if (check.duplicate != NULL)
    {
      if (find_object_path (json_parser_get_root (parser), check.object, r->path))
        {
          append_member (r->path, check.duplicate);
          fail (r, _("the member “%s” appears twice in one object (again on line %u)"),
                quote (r, check.duplicate), check.line);
        }
      else
        /* An outer duplicate replaced the object, which is no longer in
         * the tree; only the line can say where it was. */
        g_set_error (r->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_INVALID,
                     _("%s:%u: the member “%s” appears twice in one object"),
                     r->name, check.line, quote (r, check.duplicate));
      g_free (check.duplicate);
      json_object_unref (check.object);
      return FALSE;
    }

  /* A file of white space only parses, to no root at all. */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (r->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                   _("%s: the file is empty"), r->name);
      return FALSE;
    }

  return TRUE;
}

/* Reads the top level and the dossier of a parsed file. */
static gboolean
read_top (Reader     *r,
          JsonParser *parser)
{
  g_autofree char *format = NULL;
  JsonObject *top;
  JsonNode *version;

  top = expect_object (r, json_parser_get_root (parser), top_members);
  if (top == NULL || !read_string (r, top, "format", "", FALSE, &format))
    return FALSE;

  if (g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      g_set_error (r->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_FORMAT,
                   _("%s: this is not an Opvolging dossier (the format is “%s”, expected “%s”)"),
                   r->name, quote (r, format), FORMAT_NAME);
      return FALSE;
    }

  version = json_object_get_member (top, "version");
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      push_member (r, "version");
      return fail (r, _("expected a whole number, found %s"), node_type_name (version));
    }
  if (json_node_get_int (version) != OPV_EXCHANGE_VERSION)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (r->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_FORMAT,
                   _("%s: the file has format version %s, but this version of Opvolging reads version %d"),
                   r->name, found, OPV_EXCHANGE_VERSION);
      return FALSE;
    }

  push_member (r, "dossier");
  if (!read_dossier (r, json_object_get_member (top, "dossier")))
    {
      g_clear_object (&r->dossier);
      return FALSE;
    }

  return TRUE;
}

static OpvDossier *
read_data (const char  *data,
           gsize        length,
           const char  *display_name,
           GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
  g_autoptr(GHashTable) parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) rounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) quoted = g_ptr_array_new_with_free_func (g_free);
  Reader r = { display_name, path, error, NULL, codes, references, parties, rounds, quoted, NULL, FALSE };

  if (!check_document (data, length, display_name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!parse_located (&r, parser, data, length) || !read_top (&r, parser))
    return NULL;

  return r.dossier;
}

/**
 * opv_exchange_read_bytes:
 * @bytes: the file's contents
 * @display_name: the name to use in error messages
 *
 * Reads a dossier, checking every member. Nothing is kept of a file with
 * any error: the caller gets either a whole dossier or a #GError that names
 * the place of the first problem.
 *
 * Returns: (transfer full) (nullable): the dossier, detached from any store
 */
OpvDossier *
opv_exchange_read_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GError     **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return read_data (data, length, display_name, error);
}

/* Looks at @file before it is read: /dev/zero or a pipe would be read
 * until memory ran out, and a 10 GB file would be read whole to be
 * refused. */
static gboolean
check_file (GFile       *file,
            const char  *name,
            GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return FALSE;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s: this is not a regular file"), name);
      return FALSE;
    }

  if (g_file_info_get_size (info) > MAX_FILE_SIZE)
    {
      g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %u MB"), name, MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  return TRUE;
}

static GBytes *
load_file (GFile       *file,
           const char  *name,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &local_error);

  if (bytes == NULL)
    g_set_error (error, local_error->domain, local_error->code,
                 "%s: %s", name, local_error->message);
  return bytes;
}

/**
 * opv_exchange_read_file:
 *
 * Returns: (transfer full) (nullable): the dossier in @file
 */
OpvDossier *
opv_exchange_read_file (GFile   *file,
                        GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  if (!check_file (file, name, error))
    return NULL;

  bytes = load_file (file, name, error);
  if (bytes == NULL)
    return NULL;

  return opv_exchange_read_bytes (bytes, name, error);
}

/* Writing: members in FORMAT.md's order, defaults left out. */

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

static void
add_string_unless_empty (JsonBuilder *b,
                         const char  *name,
                         const char  *value)
{
  if (!opv_str_empty (value))
    add_string (b, name, value);
}

static void
write_links (JsonBuilder *b,
             GPtrArray   *links)
{
  if (links->len == 0)
    return;

  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  for (guint i = 0; i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);

      json_builder_begin_object (b);
      add_string (b, "label", link->label);
      /* The URL is written even when unknown: null says "the source had a
       * link, but its target is lost". */
      add_string (b, "url", link->url);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
write_kamerstuk (JsonBuilder        *b,
                 const OpvKamerstuk *k)
{
  json_builder_begin_object (b);
  add_string (b, "chamber", opv_chamber_to_id (k->chamber));
  add_string (b, "session", k->session);
  add_string (b, "dossier", k->dossier);
  add_string_unless_empty (b, "number", k->number);
  if (k->url != NULL)
    add_string (b, "url", k->url);
  json_builder_end_object (b);
}

static void
write_kamerstukken (JsonBuilder *b,
                    GPtrArray   *kamerstukken)
{
  if (kamerstukken->len == 0)
    return;

  json_builder_set_member_name (b, "kamerstukken");
  json_builder_begin_array (b);
  for (guint i = 0; i < kamerstukken->len; i++)
    write_kamerstuk (b, g_ptr_array_index (kamerstukken, i));
  json_builder_end_array (b);
}

static void
write_followup (JsonBuilder *b,
                OpvFollowup *followup)
{
  GPtrArray *references = opv_followup_get_references (followup);

  json_builder_begin_object (b);
  add_string_unless_empty (b, "code", opv_followup_get_code (followup));
  add_string (b, "text", opv_followup_get_text (followup));
  if (opv_followup_get_carried (followup))
    {
      json_builder_set_member_name (b, "carried");
      json_builder_add_boolean_value (b, TRUE);
    }
  write_links (b, opv_followup_get_links (followup));
  if (references->len > 0)
    {
      json_builder_set_member_name (b, "references");
      json_builder_begin_array (b);
      for (guint i = 0; i < references->len; i++)
        json_builder_add_string_value (b, g_ptr_array_index (references, i));
      json_builder_end_array (b);
    }
  write_kamerstukken (b, opv_followup_get_kamerstukken (followup));
  json_builder_end_object (b);
}

static void
write_entry (JsonBuilder *b,
             OpvEntry    *entry)
{
  GPtrArray *responsibilities = opv_entry_get_responsibilities (entry);
  GListModel *followups = opv_entry_get_followups (entry);
  OpvStatus status = opv_entry_get_status (entry);

  json_builder_begin_object (b);
  add_string (b, "round", opv_round_get_label (opv_entry_get_round (entry)));
  if (status != OPV_STATUS_UNSET)
    add_string (b, "status", opv_status_to_id (status));
  add_string_unless_empty (b, "timeframe", opv_entry_get_timeframe (entry));
  add_string_unless_empty (b, "explanation", opv_entry_get_explanation (entry));

  if (responsibilities->len > 0)
    {
      json_builder_set_member_name (b, "parties");
      json_builder_begin_array (b);
      for (guint i = 0; i < responsibilities->len; i++)
        {
          OpvResponsibility *resp = g_ptr_array_index (responsibilities, i);

          json_builder_begin_object (b);
          add_string (b, "party", opv_party_get_short_name (resp->party));
          if (resp->role != OPV_ROLE_LEAD)
            add_string (b, "role", opv_role_to_id (resp->role));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }

  if (opv_entry_get_to_be_determined (entry))
    {
      json_builder_set_member_name (b, "to_be_determined");
      json_builder_add_boolean_value (b, TRUE);
    }
  add_string_unless_empty (b, "responsibility_note", opv_entry_get_responsibility_note (entry));

  if (opv_entry_get_wording_title (entry) != NULL || opv_entry_get_wording_text (entry) != NULL)
    {
      json_builder_set_member_name (b, "wording");
      json_builder_begin_object (b);
      if (opv_entry_get_wording_title (entry) != NULL)
        add_string (b, "title", opv_entry_get_wording_title (entry));
      if (opv_entry_get_wording_text (entry) != NULL)
        add_string (b, "text", opv_entry_get_wording_text (entry));
      json_builder_end_object (b);
    }

  write_links (b, opv_entry_get_links (entry));
  write_kamerstukken (b, opv_entry_get_kamerstukken (entry));

  if (g_list_model_get_n_items (followups) > 0)
    {
      json_builder_set_member_name (b, "followups");
      json_builder_begin_array (b);
      for (guint i = 0; i < g_list_model_get_n_items (followups); i++)
        {
          g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);
          write_followup (b, followup);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static void
write_item (JsonBuilder *b,
            OpvDossier  *dossier,
            OpvItem     *item)
{
  GListModel *rounds = opv_dossier_get_rounds (dossier);
  gboolean any = FALSE;

  json_builder_begin_object (b);
  add_string_unless_empty (b, "code", opv_item_get_code (item));
  add_string (b, "title", opv_item_get_title (item));
  add_string_unless_empty (b, "text", opv_item_get_text (item));

  /* Entries follow the dossier's round order, whatever order they were
   * added in. */
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, i);
      OpvEntry *entry = opv_item_get_entry (item, round);

      if (entry == NULL)
        continue;
      if (!any)
        {
          json_builder_set_member_name (b, "rounds");
          json_builder_begin_array (b);
          any = TRUE;
        }
      write_entry (b, entry);
    }
  if (any)
    json_builder_end_array (b);

  json_builder_end_object (b);
}

static void
write_theme (JsonBuilder *b,
             OpvDossier  *dossier,
             OpvTheme    *theme)
{
  GListModel *items = opv_theme_get_items (theme);
  g_autoptr(GPtrArray) wording_rounds = opv_theme_dup_wording_rounds (theme);

  json_builder_begin_object (b);
  add_string_unless_empty (b, "number", opv_theme_get_number (theme));
  add_string (b, "title", opv_theme_get_title (theme));

  if (wording_rounds->len > 0)
    {
      json_builder_set_member_name (b, "wording");
      json_builder_begin_array (b);
      for (guint i = 0; i < wording_rounds->len; i++)
        {
          OpvRound *round = g_ptr_array_index (wording_rounds, i);

          json_builder_begin_object (b);
          add_string (b, "round", opv_round_get_label (round));
          add_string (b, "title", opv_theme_get_wording (theme, round));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }

  if (g_list_model_get_n_items (items) > 0)
    {
      json_builder_set_member_name (b, "items");
      json_builder_begin_array (b);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(OpvItem) item = g_list_model_get_item (items, i);
          write_item (b, dossier, item);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static void
write_list_member (JsonBuilder *b,
                   const char  *name,
                   GListModel  *model,
                   void       (*write_one) (JsonBuilder *, gpointer, gpointer),
                   gpointer     user_data)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    return;

  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      write_one (b, object, user_data);
    }
  json_builder_end_array (b);
}

static void
write_party (JsonBuilder *b,
             gpointer     object,
             gpointer     user_data)
{
  OpvParty *party = object;

  json_builder_begin_object (b);
  add_string (b, "short_name", opv_party_get_short_name (party));
  add_string_unless_empty (b, "full_name", opv_party_get_full_name (party));
  if (opv_party_get_kind (party) != OPV_PARTY_KIND_OTHER)
    add_string (b, "kind", opv_party_kind_to_id (opv_party_get_kind (party)));
  json_builder_end_object (b);
}

static void
write_round (JsonBuilder *b,
             gpointer     object,
             gpointer     user_data)
{
  OpvRound *round = object;

  json_builder_begin_object (b);
  add_string (b, "label", opv_round_get_label (round));
  add_string (b, "period", opv_round_get_period (round));
  if (opv_round_get_state (round) != OPV_ROUND_OPEN)
    add_string (b, "state", opv_round_state_to_id (opv_round_get_state (round)));
  add_string_unless_empty (b, "sent_on", opv_round_get_sent_on (round));
  if (opv_round_get_sent_reference (round) != NULL)
    {
      json_builder_set_member_name (b, "sent_reference");
      write_kamerstuk (b, opv_round_get_sent_reference (round));
    }
  json_builder_end_object (b);
}

static void
write_theme_cb (JsonBuilder *b,
                gpointer     object,
                gpointer     user_data)
{
  write_theme (b, user_data, object);
}

/**
 * opv_exchange_write:
 *
 * Returns: (transfer full): @dossier as exchange JSON, ending in a newline
 */
char *
opv_exchange_write (OpvDossier *dossier,
                    gsize      *length)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  char *result;

  g_return_val_if_fail (OPV_IS_DOSSIER (dossier), NULL);

  json_builder_begin_object (b);
  add_string (b, "format", FORMAT_NAME);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, OPV_EXCHANGE_VERSION);

  json_builder_set_member_name (b, "dossier");
  json_builder_begin_object (b);
  add_string (b, "id", opv_dossier_get_slug (dossier));
  add_string (b, "title", opv_dossier_get_title (dossier));
  add_string (b, "short_name", opv_dossier_get_short_name (dossier));
  add_string (b, "kind", opv_dossier_kind_to_id (opv_dossier_get_kind (dossier)));
  add_string_unless_empty (b, "publisher", opv_dossier_get_publisher (dossier));
  add_string_unless_empty (b, "published", opv_dossier_get_published (dossier));
  write_list_member (b, "parties", opv_dossier_get_parties (dossier), write_party, NULL);
  write_list_member (b, "rounds", opv_dossier_get_rounds (dossier), write_round, NULL);
  write_list_member (b, "themes", opv_dossier_get_themes (dossier), write_theme_cb, dossier);
  json_builder_end_object (b);

  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  result = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (result);
  return result;
}

/**
 * opv_exchange_write_file:
 *
 * Writes @dossier to @file through a temporary file that replaces @file
 * only once it is complete, so a failure never leaves half a file.
 */
gboolean
opv_exchange_write_file (OpvDossier  *dossier,
                         GFile       *file,
                         GError     **error)
{
  g_autofree char *text = NULL;
  gsize length;

  text = opv_exchange_write (dossier, &length);
  return g_file_replace_contents (file, text, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/* Reading a large file item by item
 *
 * The tree json-glib builds of a whole file, and the dossier's objects,
 * take about eight times the file: 1.2 GB for 100,000 items. A stream
 * reads a file in two passes. The first (a scanner that follows only the
 * structure) finds where each theme's items are, and builds a skeleton:
 * the file with every "items" array emptied. The skeleton is parsed and
 * read as a whole file is, which checks everything but the items and
 * gives the dossier with its themes. Then each item is parsed and read
 * on its own, when it is asked for, and can be let go once stored.
 *
 * Before either pass, the whole mapped file goes through the checks a
 * whole read starts with (check_document(): size, UTF-8, strict JSON,
 * nesting and number limits), which are linear and allocate next to
 * nothing; a file that fails them is refused there, with the message a
 * whole read gives. So every piece json-glib parses later is strict JSON.
 *
 * Errors read as they do for the whole file: when anything else is wrong
 * (a member twice in one object included), the whole file is read the
 * usual way, which finds and names the first problem. A file the scanner
 * cannot follow (or that is small) is read the usual way at once, and its
 * items handed out from the dossier. */

/* Files smaller than this are read whole. Reading item by item is faster
 * too (json-glib's tree of a whole file costs more than its items'
 * trees one by one), so only small files are read whole. */
#define STREAM_FROM (64 * 1024)
static gsize default_stream_from = STREAM_FROM;

/**
 * opv_exchange_set_stream_from:
 * @bytes: from what size on opv_exchange_stream_open() reads item by item
 *   when not told; 0 for the default
 *
 * For tests, which stream small files too.
 */
void
opv_exchange_set_stream_from (gsize bytes)
{
  default_stream_from = bytes ? bytes : STREAM_FROM;
}

typedef struct
{
  guint theme;
  gsize start;
  gsize end;
} ItemSpan;

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  GArray     *spans;     /* ItemSpan */
  GArray     *cuts;      /* gsize pairs: ranges left out of the skeleton */
  guint       depth;
} Scanner;

struct _OpvExchangeStream
{
  char        *name;
  char        *local_path;   /* of a mapped file */
  GMappedFile *mapped;
  GBytes      *bytes;        /* when the file could not be mapped */
  const char  *data;
  gsize        length;
  gsize        released;     /* bytes of the mapping given back so far */

  /* Streaming */
  GArray      *spans;
  guint        next_span;
  guint        theme;        /* of the last item read, and its index there */
  guint        index;
  JsonParser  *parser;
  GString     *compact;      /* the item being read, without white space */
  GString     *path;
  GHashTable  *codes;
  GPtrArray   *references;
  GHashTable  *parties;
  GHashTable  *rounds;
  GPtrArray   *quoted;
  Reader       reader;

  /* Or the whole file read at once: the dossier has its items */
  gboolean     whole;

  OpvDossier  *dossier;
};

static void
skip_space (Scanner *s)
{
  while (s->pos < s->length && (s->data[s->pos] == ' ' || s->data[s->pos] == '\n' ||
                                s->data[s->pos] == '\r' || s->data[s->pos] == '\t'))
    s->pos++;
}

/* A string; *@plain says whether it held no escape. */
static gboolean
scan_string (Scanner  *s,
             gsize    *start,
             gsize    *end,
             gboolean *plain)
{
  if (s->pos >= s->length || s->data[s->pos] != '"')
    return FALSE;
  *start = ++s->pos;
  *plain = TRUE;
  while (s->pos < s->length)
    {
      const char *quote = memchr (s->data + s->pos, '"', s->length - s->pos);
      const char *escape;

      if (quote == NULL)
        return FALSE;
      escape = memchr (s->data + s->pos, '\\', quote - (s->data + s->pos));
      if (escape != NULL)
        {
          *plain = FALSE;
          s->pos = escape - s->data + 2;
          continue;
        }
      *end = quote - s->data;
      s->pos = *end + 1;
      return TRUE;
    }
  return FALSE;
}

/* Any value, following only its structure. */
static gboolean
scan_value (Scanner *s)
{
  guint depth = 0;

  do
    {
      char c;

      skip_space (s);
      if (s->pos >= s->length)
        return FALSE;
      c = s->data[s->pos];

      if (c == '"')
        {
          gsize a, b;
          gboolean plain;

          if (!scan_string (s, &a, &b, &plain))
            return FALSE;
        }
      else if (c == '{' || c == '[')
        {
          if (s->depth + ++depth > MAX_DEPTH)
            return FALSE;
          s->pos++;
          continue;
        }
      else if (c == '}' || c == ']')
        {
          if (depth == 0)
            return FALSE;
          depth--;
          s->pos++;
        }
      else if (c == ',' || c == ':')
        {
          if (depth == 0)
            return FALSE;
          s->pos++;
          continue;
        }
      else if (c != '\0' && strchr ("-+.0123456789eEtrufalsn", c) != NULL)
        {
          while (s->pos < s->length && strchr ("-+.0123456789eEtrufalsn", s->data[s->pos]) != NULL &&
                 s->data[s->pos] != '\0')
            s->pos++;
        }
      else
        return FALSE;
    }
  while (depth > 0);

  return TRUE;
}

/* After an element of an object or array: 1 after a comma (another
 * element follows), 0 at @close (left for the caller), -1 on anything
 * else. */
static int
scan_separator (Scanner *s,
                char     close)
{
  skip_space (s);
  if (s->pos >= s->length)
    return -1;
  if (s->data[s->pos] == close)
    return 0;
  if (s->data[s->pos] != ',')
    return -1;
  s->pos++;
  return 1;
}

typedef gboolean (*ScanMember) (Scanner    *s,
                                const char *name,
                                gsize       name_length,
                                gpointer    data);

/* An object, handing each member to @member, which scans its value. */
static gboolean
scan_object (Scanner    *s,
             ScanMember  member,
             gpointer    data)
{
  skip_space (s);
  if (s->pos >= s->length || s->data[s->pos] != '{' || ++s->depth > MAX_DEPTH)
    return FALSE;
  s->pos++;
  skip_space (s);
  if (s->pos < s->length && s->data[s->pos] == '}')
    {
      s->pos++;
      s->depth--;
      return TRUE;
    }

  for (;;)
    {
      gsize start, end;
      gboolean plain;

      skip_space (s);
      /* A name with an escape could spell "items": the scanner gives up. */
      if (!scan_string (s, &start, &end, &plain) || !plain)
        return FALSE;
      skip_space (s);
      if (s->pos >= s->length || s->data[s->pos] != ':')
        return FALSE;
      s->pos++;
      if (!member (s, s->data + start, end - start, data))
        return FALSE;
      {
        int next = scan_separator (s, '}');

        if (next < 0)
          return FALSE;
        if (next == 0)
          break;
      }
    }

  s->pos++;
  s->depth--;
  return TRUE;
}

static gboolean
name_is (const char *name,
         gsize       length,
         const char *wanted)
{
  return length == strlen (wanted) && memcmp (name, wanted, length) == 0;
}

static gboolean
scan_theme_member (Scanner    *s,
                   const char *name,
                   gsize       length,
                   gpointer    data)
{
  guint theme = GPOINTER_TO_UINT (data);
  gsize cut[2];

  skip_space (s);
  if (!name_is (name, length, "items") || s->pos >= s->length || s->data[s->pos] != '[')
    return scan_value (s);

  /* The items' array: each item's place, and the array emptied in the
   * skeleton. */
  s->pos++;
  cut[0] = s->pos;
  s->depth++;
  skip_space (s);
  if (s->pos < s->length && s->data[s->pos] == ']')
    {
      s->pos++;
      s->depth--;
      return TRUE;
    }
  for (;;)
    {
      ItemSpan span = { theme, 0, 0 };

      skip_space (s);
      span.start = s->pos;
      if (!scan_value (s))
        return FALSE;
      span.end = s->pos;
      g_array_append_val (s->spans, span);
      {
        int next = scan_separator (s, ']');

        if (next < 0)
          return FALSE;
        if (next == 0)
          break;
      }
    }
  cut[1] = s->pos;
  g_array_append_vals (s->cuts, cut, 2);
  s->pos++;
  s->depth--;
  return TRUE;
}

static gboolean
scan_dossier_member (Scanner    *s,
                     const char *name,
                     gsize       length,
                     gpointer    data)
{
  guint theme = 0;

  skip_space (s);
  if (!name_is (name, length, "themes") || s->pos >= s->length || s->data[s->pos] != '[')
    return scan_value (s);

  s->pos++;
  s->depth++;
  skip_space (s);
  if (s->pos < s->length && s->data[s->pos] == ']')
    {
      s->pos++;
      s->depth--;
      return TRUE;
    }
  for (;; theme++)
    {
      skip_space (s);
      if (s->pos < s->length && s->data[s->pos] == '{')
        {
          if (!scan_object (s, scan_theme_member, GUINT_TO_POINTER (theme)))
            return FALSE;
        }
      else if (!scan_value (s))
        return FALSE;
      {
        int next = scan_separator (s, ']');

        if (next < 0)
          return FALSE;
        if (next == 0)
          break;
      }
    }
  s->pos++;
  s->depth--;
  return TRUE;
}

static gboolean
scan_top_member (Scanner    *s,
                 const char *name,
                 gsize       length,
                 gpointer    data)
{
  skip_space (s);
  if (name_is (name, length, "dossier") && s->pos < s->length && s->data[s->pos] == '{')
    return scan_object (s, scan_dossier_member, NULL);
  return scan_value (s);
}

/* @length bytes of JSON at @data without the white space between tokens:
 * json-glib's scanner looks at every space of an indented file in turn. */
static void
compact_json (GString    *out,
              const char *data,
              gsize       length)
{
  const char *end = data + length;
  const char *p = data;

  g_string_truncate (out, 0);
  while (p < end)
    {
      const char *quote = memchr (p, '"', end - p);
      const char *stop = quote ? quote : end;

      for (; p < stop; p++)
        if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
          g_string_append_c (out, *p);
      if (quote == NULL)
        break;

      /* A string, copied whole, escapes and all */
      for (p = quote + 1; p < end && *p != '"'; p++)
        if (*p == '\\')
          p++;
      p = MIN (p + 1, end);
      g_string_append_len (out, quote, p - quote);
    }
}

typedef struct
{
  GHashTable *counts;     /* JsonObject* → members read into it */
  gboolean    duplicate;
} MemberCount;

/* Emitted once the member is in @object: a member that replaced one of
 * the same name leaves the size short of the count. Objects are freed
 * only when a duplicate replaces them, so before the first duplicate no
 * address in @counts can have been reused, and after it nothing is
 * looked at. */
static void
on_object_member_counted (JsonParser  *parser,
                          JsonObject  *object,
                          const char  *member_name,
                          MemberCount *mc)
{
  guint count;

  if (mc->duplicate)
    return;
  count = GPOINTER_TO_UINT (g_hash_table_lookup (mc->counts, object)) + 1;
  g_hash_table_insert (mc->counts, object, GUINT_TO_POINTER (count));
  mc->duplicate = json_object_get_size (object) != count;
}

/* Parses a piece of a file that check_document() passed: the skeleton or
 * one item. FALSE, without a message, when json-glib fails or an object
 * has a member twice (json-glib keeps the last): the stream then reads
 * the whole file to name the problem. Counting each object's members is
 * cheaper than parse_located()'s sets of names. */
static gboolean
parse_counted (JsonParser *parser,
               const char *data,
               gsize       length)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  MemberCount mc = { counts, FALSE };
  gulong handler;
  gboolean ok;

  handler = g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member_counted), &mc);
  ok = json_parser_load_from_data (parser, data, length, NULL);
  g_signal_handler_disconnect (parser, handler);

  return ok && !mc.duplicate && json_parser_get_root (parser) != NULL;
}

/* Gives the pages of the file up to @upto back to the system: they are
 * read again from the page cache if needed. Keeps the peak memory of a
 * large import near that of one item. */
static void
release_pages (OpvExchangeStream *self,
               gsize              upto)
{
#ifdef MADV_DONTNEED
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  gsize end = upto / page * page;

  if (self->mapped == NULL || end <= self->released + 16 * 1024 * 1024)
    return;
  madvise ((char *) self->data + self->released, end - self->released, MADV_DONTNEED);
  self->released = end;
#endif
}

/* Gives back every page of the mapping after a pass over all of it; the
 * next pass starts again from the beginning. */
static void
release_all_pages (OpvExchangeStream *self)
{
#ifdef MADV_DONTNEED
  if (self->mapped != NULL && self->length > 0)
    madvise ((char *) self->data, self->length, MADV_DONTNEED);
  self->released = 0;
#endif
}

/* Scans the file and reads its skeleton; FALSE when the file is to be
 * read as a whole instead (the caller then finds any error). */
static gboolean
start_streaming (OpvExchangeStream *self)
{
  Scanner s = { self->data, self->length, 0, NULL, NULL, 0 };
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GString) skeleton = NULL;
  gsize from = 0;

  s.spans = self->spans = g_array_new (FALSE, FALSE, sizeof (ItemSpan));
  s.cuts = cuts;
  if (!scan_object (&s, scan_top_member, NULL))
    return FALSE;
  skip_space (&s);
  if (s.pos != s.length)
    return FALSE;

  skeleton = g_string_sized_new (1024);
  for (guint i = 0; i < cuts->len; i += 2)
    {
      gsize cut_start = g_array_index (cuts, gsize, i);
      gsize cut_end = g_array_index (cuts, gsize, i + 1);

      g_string_append_len (skeleton, self->data + from, cut_start - from);
      from = cut_end;
    }
  g_string_append_len (skeleton, self->data + from, self->length - from);
  release_all_pages (self);

  self->path = g_string_new ("$");
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
  self->parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->quoted = g_ptr_array_new_with_free_func (g_free);
  self->reader = (Reader) { self->name, self->path, NULL, NULL, self->codes, self->references,
                            self->parties, self->rounds, self->quoted, NULL, TRUE };
  self->parser = json_parser_new_immutable ();
  self->compact = g_string_new (NULL);

  /* The skeleton is the checked file with arrays emptied: strict JSON
   * within the limits still, unless the file changed since. */
  if (!check_syntax (skeleton->str, skeleton->len, self->name, NULL) ||
      !parse_counted (self->parser, skeleton->str, skeleton->len) ||
      !read_top (&self->reader, self->parser))
    return FALSE;

  /* The reader keeps it too: the items find their rounds and parties there. */
  self->dossier = g_object_ref (self->reader.dossier);
  return TRUE;
}

/* Whether a mapped file still has the size it was mapped with. */
static gboolean
file_unchanged_in_size (OpvExchangeStream *self)
{
  GStatBuf st;

  return self->local_path == NULL ||
         (g_stat (self->local_path, &st) == 0 && (gsize) st.st_size == self->length);
}

/* Reads the whole file: for a small file, one the scanner cannot follow,
 * and to find and name the first error of one that has any. */
static gboolean
read_whole (OpvExchangeStream  *self,
            GError            **error)
{
  g_clear_object (&self->dossier);
  self->dossier = read_data (self->data, self->length, self->name, error);
  self->whole = TRUE;
  return self->dossier != NULL;
}

/**
 * opv_exchange_stream_open:
 * @file: an exchange file
 * @stream_from: files of at least this many bytes are read item by item;
 *   smaller ones are read whole (0: the default, a few megabytes)
 *
 * Opens an exchange file for reading item by item, and reads and checks
 * all but the items: opv_exchange_stream_get_dossier() has the dossier's
 * parties, rounds and themes, without items. A small file is read whole:
 * then the dossier has its items, and opv_exchange_stream_next_item()
 * gives none.
 *
 * Returns: (transfer full) (nullable): the stream
 */
OpvExchangeStream *
opv_exchange_stream_open (GFile   *file,
                          gsize    stream_from,
                          GError **error)
{
  g_autoptr(OpvExchangeStream) self = NULL;
  g_autofree char *local_path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_new0 (OpvExchangeStream, 1);
  self->name = g_file_get_parse_name (file);

  /* Only a regular file of at most MAX_FILE_SIZE is mapped or read. */
  if (!check_file (file, self->name, error))
    return NULL;

  local_path = g_file_get_path (file);
  if (local_path != NULL)
    self->mapped = g_mapped_file_new (local_path, FALSE, &local_error);
  if (self->mapped != NULL)
    {
      self->data = g_mapped_file_get_contents (self->mapped);
      self->length = g_mapped_file_get_length (self->mapped);
      self->local_path = g_steal_pointer (&local_path);
    }
  else
    {
      g_clear_error (&local_error);
      self->bytes = load_file (file, self->name, error);
      if (self->bytes == NULL)
        return NULL;
      self->data = g_bytes_get_data (self->bytes, &self->length);
    }

  if (stream_from == 0)
    stream_from = default_stream_from;

  if (self->length < stream_from || self->mapped == NULL)
    {
      if (!read_whole (self, error))
        return NULL;
      return g_steal_pointer (&self);
    }

  /* The checks a whole read starts with, over all of the file: a file that
   * fails them is refused as a whole read refuses it. */
  if (!check_document (self->data, self->length, self->name, error))
    return NULL;
  release_all_pages (self);

  if (!start_streaming (self))
    {
      if (!read_whole (self, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * opv_exchange_stream_get_dossier:
 *
 * Returns: (transfer none): the dossier; its themes have no items,
 * unless the file was read whole
 */
OpvDossier *
opv_exchange_stream_get_dossier (OpvExchangeStream *self)
{
  return self->dossier;
}

/**
 * opv_exchange_stream_next_item:
 * @theme: (out): the index of the item's theme
 * @item: (out) (transfer full): the item, not added to its theme
 *
 * Reads the next item, in the order of the file.
 *
 * Returns: %FALSE after the last item, with *@item %NULL, or on an error
 */
gboolean
opv_exchange_stream_next_item (OpvExchangeStream  *self,
                               guint              *theme,
                               OpvItem           **item,
                               GError            **error)
{
  *item = NULL;

  if (self->whole)
    return FALSE;

  while (self->next_span < self->spans->len)
    {
      ItemSpan *span = &g_array_index (self->spans, ItemSpan, self->next_span);
      g_autoptr(OpvTheme) theme_object = g_list_model_get_item (opv_dossier_get_themes (self->dossier), span->theme);
      g_autoptr(GError) local_error = NULL;
      gboolean ok;

      /* Its place, for messages: $.dossier.themes[t].items[i] */
      if (self->next_span == 0 || span->theme != self->theme)
        self->index = 0;
      else
        self->index++;
      self->theme = span->theme;
      g_string_printf (self->path, "$.dossier.themes[%u].items[%u]", span->theme, self->index);
      self->reader.error = &local_error;

      /* The mapping shows what the file holds now. Another program that
       * shortened it since it was checked would make reading the lost
       * pages fatal (SIGBUS), so its size is looked at before each item;
       * and each item is checked again before json-glib reads it, in
       * case what it holds changed. */
      if (!file_unchanged_in_size (self))
        {
          g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                       _("%s: the file changed while it was read; nothing was imported"), self->name);
          return FALSE;
        }

      ok = theme_object != NULL;
      if (ok)
        {
          compact_json (self->compact, self->data + span->start, span->end - span->start);
          ok = g_utf8_validate (self->compact->str, self->compact->len, NULL) &&
               check_syntax (self->compact->str, self->compact->len, self->name, NULL) &&
               parse_counted (self->parser, self->compact->str, self->compact->len) &&
               read_item (&self->reader, json_parser_get_root (self->parser), theme_object);
        }
      self->reader.error = NULL;
      self->next_span++;
      release_pages (self, span->end);

      if (!ok)
        {
          /* The whole file names the first problem as a whole file would. */
          g_clear_object (&self->reader.read_item);
          if (!file_unchanged_in_size (self))
            {
              g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                           _("%s: the file changed while it was read; nothing was imported"), self->name);
              return FALSE;
            }
          if (!read_whole (self, error))
            return FALSE;
          /* Read whole, the file is fine after all: that cannot happen
           * for an item that read wrong (a bug, so not translated), but
           * never say nothing. */
          g_critical ("%s: %s reads in the whole file, but not alone", self->name, self->path->str);
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                         "%s: %s reads in the whole file, but not alone", self->name, self->path->str);
          return FALSE;
        }

      *theme = span->theme;
      *item = g_steal_pointer (&self->reader.read_item);
      return TRUE;
    }

  return FALSE;
}

/**
 * opv_exchange_stream_finish:
 *
 * Checks what can be checked only once every item is read: that the
 * cross-references point at codes of the file.
 */
gboolean
opv_exchange_stream_finish (OpvExchangeStream  *self,
                            GError            **error)
{
  gboolean ok;

  if (self->whole)
    return TRUE;

  self->reader.error = error;
  ok = check_references (&self->reader);
  self->reader.error = NULL;
  return ok;
}

void
opv_exchange_stream_free (OpvExchangeStream *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->mapped, g_mapped_file_unref);
  g_free (self->local_path);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_object (&self->parser);
  if (self->compact != NULL)
    g_string_free (self->compact, TRUE);
  if (self->path != NULL)
    g_string_free (self->path, TRUE);
  g_clear_pointer (&self->codes, g_hash_table_unref);
  g_clear_pointer (&self->references, g_ptr_array_unref);
  g_clear_pointer (&self->parties, g_hash_table_unref);
  g_clear_pointer (&self->rounds, g_hash_table_unref);
  g_clear_pointer (&self->quoted, g_ptr_array_unref);
  g_clear_object (&self->reader.read_item);
  g_clear_object (&self->reader.dossier);
  g_clear_object (&self->dossier);
  g_free (self->name);
  g_free (self);
}
