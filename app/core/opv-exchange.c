/* opv-exchange.c: the JSON exchange format (data/dossiers/FORMAT.md)
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-exchange"

#include "config.h"

#include <sys/mman.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "opv-exchange.h"
#include "opv-exchange-private.h"
#include "opv-util.h"

#define FORMAT_NAME "opvolging-dossier"

/* Limits that no real dossier comes near, so that a hostile file is refused
 * before it can exhaust memory or the parser's stack. */
#define MAX_FILE_SIZE    (512u * 1024 * 1024)
#define MAX_STRING_BYTES (4u * 1024 * 1024)
#define MAX_DEPTH        32

G_DEFINE_QUARK (opv-exchange-error-quark, opv_exchange_error)

typedef struct
{
  const char *name;
  GString    *path;
  GError    **error;
  OpvDossier *dossier;
  GHashTable *codes;        /* item and follow-up codes present in the file */
  GPtrArray  *references;   /* Reference, checked once every code is known */
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

static gsize
push_member (Reader     *r,
             const char *name)
{
  gsize len = r->path->len;

  g_string_append_printf (r->path, ".%s", name);
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
          fail (r, _("unknown member “%s”"), (const char *) l->data);
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
  if (strlen (value) > MAX_STRING_BYTES)
    return fail (r, _("the text is longer than %u MB"), MAX_STRING_BYTES / (1024 * 1024));

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
    fail (r, _("“%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"), value ? value : "");
  else
    fail (r, _("“%s” is not a period of the form YYYY or YYYY-MM"), value ? value : "");
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
          return fail (r, _("“%s” is not a valid address"), url);
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
      fail (r, _("“%s” is not a chamber (expected I or II)"), chamber_id);
      return NULL;
    }

  if (url != NULL && !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
    {
      push_member (r, "url");
      fail (r, _("“%s” is not a valid address"), url);
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

      party = opv_dossier_find_party (r->dossier, name);
      if (party == NULL)
        {
          push_member (r, "party");
          return fail (r, _("the party “%s” is not among the dossier’s parties"), name);
        }

      if (!opv_role_from_id (role_id, &role))
        {
          push_member (r, "role");
          return fail (r, _("“%s” is not a role (expected lead or involved)"), role_id);
        }

      for (guint j = 0; j < responsibilities->len; j++)
        {
          OpvResponsibility *other = g_ptr_array_index (responsibilities, j);

          if (other->party == party)
            {
              push_member (r, "party");
              return fail (r, _("the party “%s” is named twice"), name);
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

  round = opv_dossier_find_round (r->dossier, label);
  if (round == NULL)
    {
      push_member (r, "round");
      return fail (r, _("the round “%s” is not among the dossier’s rounds"), label);
    }
  if (opv_item_get_entry (item, round) != NULL)
    {
      push_member (r, "round");
      return fail (r, _("the round “%s” appears twice for this item"), label);
    }

  if (status_id != NULL && !opv_status_from_id (status_id, &status))
    {
      push_member (r, "status");
      return fail (r, _("“%s” is not a status (expected done, in-progress, ongoing, delayed, not-started or null)"),
                   status_id);
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
          return fail (r, _("the code “%s” is used twice"), code);
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

      round = opv_dossier_find_round (r->dossier, label);
      if (round == NULL)
        {
          push_member (r, "round");
          return fail (r, _("the round “%s” is not among the dossier’s rounds"), label);
        }
      if (opv_theme_get_wording (theme, round) != NULL)
        {
          push_member (r, "round");
          return fail (r, _("the round “%s” appears twice for this theme"), label);
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
      return fail (r, _("“%s” is not a kind of party"), kind_id);
    }

  if (opv_dossier_find_party (r->dossier, short_name) != NULL)
    {
      push_member (r, "short_name");
      return fail (r, _("the party “%s” is listed twice"), short_name);
    }

  party = opv_party_new (short_name, full_name, kind);
  opv_dossier_add_party (r->dossier, party);
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
      return fail (r, _("“%s” is not a round state (expected open or sent)"), state_id);
    }

  if (opv_dossier_find_round (r->dossier, label) != NULL)
    {
      push_member (r, "label");
      return fail (r, _("the round “%s” is listed twice"), label);
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
                       ref->code);
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
      return fail (r, _("“%s” is not a valid identifier (use 1 to 64 lower-case letters, digits and -)"), slug);
    }

  if (!opv_dossier_kind_from_id (kind_id, &kind))
    {
      push_member (r, "kind");
      return fail (r, _("“%s” is not a kind of dossier (expected recommendations or activities)"), kind_id);
    }

  r->dossier = opv_dossier_new (slug, title, kind);
  opv_dossier_set_short_name (r->dossier, opv_str_empty (short_name) ? title : short_name);
  opv_dossier_set_publisher (r->dossier, publisher);
  opv_dossier_set_published (r->dossier, published);

  if (!read_list (r, object, "parties", read_party) ||
      !read_list (r, object, "rounds", read_round) ||
      !read_list (r, object, "themes", read_theme))
    return FALSE;

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

/* Checks the file against strict JSON before json-glib reads it. json-glib's
 * parser recurses once per level, so a file of a million '[' would exhaust
 * the stack before it could be rejected; and it accepts single-quoted
 * strings and comments, which are not JSON and would hide brackets from a
 * simpler count. Outside strings, JSON has only brackets, commas, colons,
 * white space, numbers and the words true, false and null. */
static gboolean
check_structure (const char  *data,
                 gsize        length,
                 const char  *name,
                 GError     **error)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];
      guint line, column;

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '{':
        case '[':
          if (++depth > MAX_DEPTH)
            {
              locate (data, i, &line, &column);
              g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                           _("%s:%u:%u: the data are nested more than %d levels deep"),
                           name, line, column, MAX_DEPTH);
              return FALSE;
            }
          break;
        case '}':
        case ']':
          depth--;
          break;
        case ',': case ':': case ' ': case '\t': case '\n': case '\r':
        case '-': case '+': case '.':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
        case 'e': case 'E': case 't': case 'r': case 'u': case 'f':
        case 'a': case 'l': case 's': case 'n':
          break;
        default:
          locate (data, i, &line, &column);
          if (g_ascii_isprint (c))
            g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                         _("%s:%u:%u: unexpected character “%c”; the file is not JSON"),
                         name, line, column, c);
          else
            g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                         _("%s:%u:%u: unexpected character; the file is not JSON"),
                         name, line, column);
          return FALSE;
        }
    }

  return TRUE;
}

typedef struct
{
  GHashTable *seen;   /* JsonObject* → GHashTable of member names */
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
      check->duplicate = g_strdup (member_name);
      check->line = json_parser_get_current_line (parser);
    }
}

static void
on_object_member_counted (JsonParser *parser,
                          JsonObject *object,
                          const char *member_name,
                          GHashTable *counts)
{
  g_hash_table_insert (counts, object, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, object)) + 1));
}

/* Parses @data into @parser, refusing a member that appears twice in one
 * object: json-glib keeps the last. Counting each object's members costs
 * little; only when a count is off is the file read again to name the
 * member and its line. */
static gboolean
parse_json (JsonParser  *parser,
            const char  *data,
            gsize        length,
            const char  *display_name,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  gulong handler;
  gboolean duplicate = FALSE;
  GHashTableIter iter;
  gpointer object, count;

  handler = g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member_counted), counts);
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      const char *message = local_error->message;

      g_signal_handler_disconnect (parser, handler);
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                   "%s:%s", display_name, message);
      return FALSE;
    }
  g_signal_handler_disconnect (parser, handler);

  g_hash_table_iter_init (&iter, counts);
  while (!duplicate && g_hash_table_iter_next (&iter, &object, &count))
    duplicate = json_object_get_size (object) != GPOINTER_TO_UINT (count);
  if (duplicate)
    {
      g_autoptr(JsonParser) again = json_parser_new_immutable ();
      DuplicateCheck check = { 0 };

      check.seen = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
      g_signal_connect (again, "object-member", G_CALLBACK (on_object_member), &check);
      json_parser_load_from_data (again, data, length, NULL);
      g_hash_table_unref (check.seen);
      g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_INVALID,
                   _("%s:%u: the member “%s” appears twice in one object"),
                   display_name, check.line, check.duplicate ? check.duplicate : "");
      g_free (check.duplicate);
      return FALSE;
    }

  return TRUE;
}

/* The checks before parsing: size, UTF-8, and a structure json-glib can
 * parse without exhausting its stack. */
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

  return check_structure (data, length, display_name, error);
}

/* Reads the top level and the dossier from a parsed document. */
static gboolean
read_top (Reader     *r,
          JsonParser *parser)
{
  const char *display_name = r->name;
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
                   display_name, format, FORMAT_NAME);
      return FALSE;
    }

  version = json_object_get_member (top, "version");
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      push_member (r, "version");
      fail (r, _("expected a whole number, found %s"), node_type_name (version));
      return FALSE;
    }
  if (json_node_get_int (version) != OPV_EXCHANGE_VERSION)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (r->error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_FORMAT,
                   _("%s: the file has format version %s, but this version of Opvolging reads version %d"),
                   display_name, found, OPV_EXCHANGE_VERSION);
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
  Reader r = { display_name, path, error, NULL, codes, references, NULL, FALSE };

  if (!check_document (data, length, display_name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!parse_json (parser, data, length, display_name, error) || !read_top (&r, parser))
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
 * Errors read as they do for the whole file: when anything is wrong, the
 * whole file is read the usual way, which finds and names the first
 * problem. A file the scanner cannot follow (or that is small) is read
 * the usual way at once, and its items handed out from the dossier. */

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
      skip_space (s);
      if (s->pos >= s->length)
        return FALSE;
      if (s->data[s->pos] == '}')
        break;
      if (s->data[s->pos] != ',')
        return FALSE;
      s->pos++;
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
      skip_space (s);
      if (s->pos >= s->length)
        return FALSE;
      if (s->data[s->pos] == ']')
        break;
      if (s->data[s->pos] != ',')
        return FALSE;
      s->pos++;
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
      skip_space (s);
      if (s->pos >= s->length)
        return FALSE;
      if (s->data[s->pos] == ']')
        break;
      if (s->data[s->pos] != ',')
        return FALSE;
      s->pos++;
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

/* Scans the file and reads its skeleton; FALSE when the file is to be
 * read as a whole instead (the caller then finds any error). */
static gboolean
start_streaming (OpvExchangeStream *self)
{
  Scanner s = { self->data, self->length, 0, NULL, NULL, 0 };
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GString) skeleton = NULL;
  gsize from = 0;

  if (self->length > MAX_FILE_SIZE)
    return FALSE;

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
  release_pages (self, self->length);

  self->path = g_string_new ("$");
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
  self->reader = (Reader) { self->name, self->path, NULL, NULL, self->codes, self->references, NULL, TRUE };
  self->parser = json_parser_new_immutable ();
  self->compact = g_string_new (NULL);

  if (!check_document (skeleton->str, skeleton->len, self->name, NULL) ||
      !parse_json (self->parser, skeleton->str, skeleton->len, self->name, NULL) ||
      !read_top (&self->reader, self->parser))
    return FALSE;

  /* The reader keeps it too: the items find their rounds and parties there. */
  self->dossier = g_object_ref (self->reader.dossier);
  return TRUE;
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
  g_autoptr(OpvExchangeStream) self = g_new0 (OpvExchangeStream, 1);
  g_autofree char *local_path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;

  self->name = g_file_get_parse_name (file);

  if (local_path != NULL)
    self->mapped = g_mapped_file_new (local_path, FALSE, &local_error);
  if (self->mapped != NULL)
    {
      self->data = g_mapped_file_get_contents (self->mapped);
      self->length = g_mapped_file_get_length (self->mapped);
    }
  else
    {
      g_clear_error (&local_error);
      self->bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
      if (self->bytes == NULL)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       "%s: %s", self->name, local_error->message);
          return NULL;
        }
      self->data = g_bytes_get_data (self->bytes, &self->length);
    }

  if (stream_from == 0)
    stream_from = default_stream_from;

  if (self->length < stream_from || self->mapped == NULL || !start_streaming (self))
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

      ok = theme_object != NULL &&
           g_utf8_validate (self->data + span->start, span->end - span->start, NULL);
      if (ok)
        {
          compact_json (self->compact, self->data + span->start, span->end - span->start);
          ok = parse_json (self->parser, self->compact->str, self->compact->len, self->name, &local_error) &&
               read_item (&self->reader, json_parser_get_root (self->parser), theme_object);
        }
      self->reader.error = NULL;
      self->next_span++;
      release_pages (self, span->end);

      if (!ok)
        {
          /* The whole file names the first problem as a whole file would. */
          g_clear_object (&self->reader.read_item);
          if (!read_whole (self, error))
            return FALSE;
          /* Read whole, the file is fine after all: that cannot happen
           * for an item that read wrong, but never say nothing. */
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, OPV_EXCHANGE_ERROR, OPV_EXCHANGE_ERROR_SYNTAX,
                         _("%s: the file could not be read"), self->name);
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
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_object (&self->parser);
  if (self->compact != NULL)
    g_string_free (self->compact, TRUE);
  if (self->path != NULL)
    g_string_free (self->path, TRUE);
  g_clear_pointer (&self->codes, g_hash_table_unref);
  g_clear_pointer (&self->references, g_ptr_array_unref);
  g_clear_object (&self->reader.read_item);
  g_clear_object (&self->reader.dossier);
  g_clear_object (&self->dossier);
  g_free (self->name);
  g_free (self);
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
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return NULL;
    }

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
