/* test-load-item.c: one item read into a dossier loaded without items
 *
 * opv_store_load_item() must give the item exactly as
 * opv_store_load_dossier() gives it. Every item of the default dossiers
 * and of tests/fixtures/exchange/complete.json (which holds every member
 * of the format: a round's letter, carried follow-ups, cross-references,
 * papers of entries and follow-ups, wording) is loaded both ways and
 * written out as text, every value with it, to be compared.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "opv-core.h"
#include "opv-store-private.h"
#include "opv-test-util.h"

typedef struct
{
  char     *dir;
  OpvStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *complete = opv_test_srcdir_file ("fixtures", "exchange", "complete.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (complete);
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = opv_test_make_tmpdir ();
  path = g_build_filename (f->dir, "opvolging.db", NULL);
  f->store = opv_test_open_with_defaults (path);
  dossier = opv_exchange_read_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_dossier (f->store, dossier, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

static OpvDossier *
load (Fixture    *f,
      const char *slug,
      gboolean    with_items)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) listed = opv_store_find_listed_dossier (f->store, slug, &error);
  OpvDossier *dossier;

  g_assert_no_error (error);
  if (with_items)
    dossier = opv_store_load_dossier (f->store, opv_dossier_get_id (listed), &error);
  else
    dossier = opv_store_load_dossier_without_items (f->store, opv_dossier_get_id (listed), &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return dossier;
}

static const char *
or_none (const char *text)
{
  return text != NULL ? text : "(none)";
}

static void
describe_kamerstukken (GString    *out,
                       const char *indent,
                       GPtrArray  *kamerstukken)
{
  for (guint i = 0; i < kamerstukken->len; i++)
    {
      OpvKamerstuk *k = g_ptr_array_index (kamerstukken, i);

      g_string_append_printf (out, "%spaper %s|%s|%s|%s|%s\n", indent,
                              or_none (opv_chamber_to_id (k->chamber)), k->session, k->dossier,
                              k->number, or_none (k->url));
    }
}

static void
describe_links (GString    *out,
                const char *indent,
                GPtrArray  *links)
{
  for (guint i = 0; i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);

      g_string_append_printf (out, "%slink %s|%s\n", indent, link->label, or_none (link->url));
    }
}

/* Everything the item holds, round by round of @dossier, with the ids
 * when @with_ids. */
/* Whether descriptions include the follow-ups, links and papers below
 * the entries. */
static gboolean describe_below_entries = TRUE;

static char *
describe_item_full (OpvItem    *item,
                    OpvDossier *dossier,
                    gboolean    with_ids)
{
  GString *out = g_string_new (NULL);
  GListModel *rounds = opv_dossier_get_rounds (dossier);
  GPtrArray *entries = opv_item_get_entries (item);

  if (with_ids)
    g_string_append_printf (out, "item %" G_GINT64_FORMAT " theme %" G_GINT64_FORMAT "\n",
                            opv_item_get_id (item), opv_theme_get_id (opv_item_get_theme (item)));
  else
    g_string_append_printf (out, "theme %s\n", opv_theme_get_title (opv_item_get_theme (item)));
  g_string_append_printf (out, "code %s\ntitle %s\ntext %s\n",
                          opv_item_get_code (item), opv_item_get_title (item), opv_item_get_text (item));

  /* The entries in round order */
  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (out, "entry %u: round %s\n", i,
                            opv_round_get_label (opv_entry_get_round (g_ptr_array_index (entries, i))));

  for (guint r = 0; r < g_list_model_get_n_items (rounds); r++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, r);
      OpvEntry *entry = opv_item_get_entry (item, round);
      GListModel *followups;
      GPtrArray *responsibilities;

      g_string_append_printf (out, "round %s:", opv_round_get_label (round));
      if (entry == NULL)
        {
          g_string_append (out, " no entry\n");
          continue;
        }

      if (with_ids)
        g_string_append_printf (out, " entry %" G_GINT64_FORMAT, opv_entry_get_id (entry));
      g_string_append (out, "\n");
      g_string_append_printf (out, "  status %s\n  timeframe %s\n  explanation %s\n  tbd %d\n  note %s\n",
                              or_none (opv_status_to_id (opv_entry_get_status (entry))),
                              opv_entry_get_timeframe (entry), opv_entry_get_explanation (entry),
                              opv_entry_get_to_be_determined (entry),
                              opv_entry_get_responsibility_note (entry));
      g_string_append_printf (out, "  wording %s|%s\n",
                              or_none (opv_entry_get_wording_title (entry)),
                              or_none (opv_entry_get_wording_text (entry)));

      responsibilities = opv_entry_get_responsibilities (entry);
      for (guint i = 0; i < responsibilities->len; i++)
        {
          OpvResponsibility *rs = g_ptr_array_index (responsibilities, i);

          if (with_ids)
            g_string_append_printf (out, "  party %" G_GINT64_FORMAT, opv_party_get_id (rs->party));
          else
            g_string_append (out, "  party");
          g_string_append_printf (out, " %s %s\n", opv_party_get_short_name (rs->party), opv_role_to_id (rs->role));
        }

      if (!describe_below_entries)
        continue;

      followups = opv_entry_get_followups (entry);
      for (guint i = 0; i < g_list_model_get_n_items (followups); i++)
        {
          g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);
          GPtrArray *references = opv_followup_get_references (followup);

          if (with_ids)
            g_string_append_printf (out, "  followup %" G_GINT64_FORMAT, opv_followup_get_id (followup));
          else
            g_string_append (out, "  followup");
          g_string_append_printf (out, " %s|%s carried %d\n", opv_followup_get_code (followup),
                                  opv_followup_get_text (followup), opv_followup_get_carried (followup));
          for (guint j = 0; j < references->len; j++)
            g_string_append_printf (out, "    refers to %s\n", (const char *) g_ptr_array_index (references, j));
          describe_links (out, "    ", opv_followup_get_links (followup));
          describe_kamerstukken (out, "    ", opv_followup_get_kamerstukken (followup));
        }

      describe_links (out, "  ", opv_entry_get_links (entry));
      describe_kamerstukken (out, "  ", opv_entry_get_kamerstukken (entry));
    }

  return g_string_free (out, FALSE);
}

static char *
describe_item (OpvItem    *item,
               OpvDossier *dossier)
{
  return describe_item_full (item, dossier, TRUE);
}

static char *
describe_rounds (OpvDossier *dossier)
{
  GString *out = g_string_new (NULL);
  GListModel *rounds = opv_dossier_get_rounds (dossier);

  for (guint r = 0; r < g_list_model_get_n_items (rounds); r++)
    {
      g_autoptr(OpvRound) round = g_list_model_get_item (rounds, r);
      const OpvKamerstuk *letter = opv_round_get_sent_reference (round);

      g_string_append_printf (out, "round %" G_GINT64_FORMAT " %s|%s|%s|%s\n", opv_round_get_id (round),
                              opv_round_get_label (round), opv_round_get_period (round),
                              opv_round_state_to_id (opv_round_get_state (round)), opv_round_get_sent_on (round));
      if (letter != NULL)
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, (gpointer) letter);
          describe_kamerstukken (out, "  letter ", one);
        }
    }

  return g_string_free (out, FALSE);
}

static gboolean
in_model (GListModel *model,
          gpointer    object)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) o = g_list_model_get_item (model, i);

      if (o == object)
        return TRUE;
    }
  return FALSE;
}

/* The item refers to @skeleton's own rounds, parties and theme. */
static void
assert_uses_skeleton (OpvItem    *item,
                      OpvDossier *skeleton)
{
  GPtrArray *entries = opv_item_get_entries (item);

  g_assert_true (in_model (opv_dossier_get_themes (skeleton), opv_item_get_theme (item)));
  for (guint i = 0; i < entries->len; i++)
    {
      OpvEntry *entry = g_ptr_array_index (entries, i);
      GPtrArray *responsibilities = opv_entry_get_responsibilities (entry);

      g_assert_true (in_model (opv_dossier_get_rounds (skeleton), opv_entry_get_round (entry)));
      for (guint j = 0; j < responsibilities->len; j++)
        {
          OpvResponsibility *rs = g_ptr_array_index (responsibilities, j);
          g_assert_true (in_model (opv_dossier_get_parties (skeleton), rs->party));
        }
    }
}

static void
assert_no_items (OpvDossier *skeleton)
{
  GListModel *themes = opv_dossier_get_themes (skeleton);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, i);
      g_assert_cmpuint (g_list_model_get_n_items (opv_theme_get_items (theme)), ==, 0);
    }
}

/* Every item of @slug, loaded alone into its skeleton, is the item of the
 * whole load; returns the number of items. */
static guint
check_dossier (Fixture    *f,
               const char *slug)
{
  g_autoptr(OpvDossier) whole = load (f, slug, TRUE);
  g_autoptr(OpvDossier) skeleton = load (f, slug, FALSE);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (whole);
  g_autofree char *whole_rounds = describe_rounds (whole);
  g_autofree char *skeleton_rounds = describe_rounds (skeleton);
  guint n_skeleton_items = opv_dossier_get_n_items (skeleton);

  g_assert_cmpstr (skeleton_rounds, ==, whole_rounds);
  g_assert_cmpuint (items->len, ==, n_skeleton_items);

  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *expected = g_ptr_array_index (items, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvItem) item = opv_store_load_item (f->store, skeleton, opv_item_get_id (expected), &error);
      g_autofree char *expected_text = NULL;
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (item);
      expected_text = describe_item (expected, whole);
      text = describe_item (item, skeleton);
      g_assert_cmpstr (text, ==, expected_text);
      assert_uses_skeleton (item, skeleton);
    }

  /* The skeleton stays one */
  assert_no_items (skeleton);
  g_assert_cmpuint (opv_dossier_get_n_items (skeleton), ==, n_skeleton_items);
  return items->len;
}

static void
test_same_as_whole_load (Fixture       *f,
                         gconstpointer  data)
{
  /* Inspectie has items without entries; complete.json everything else. */
  g_assert_cmpuint (check_dossier (f, "schaduw-dansen"), ==, 33);
  g_assert_cmpuint (check_dossier (f, "nap"), ==, 83);
  g_assert_cmpuint (check_dossier (f, "inspectie"), ==, 21);
  g_assert_cmpuint (check_dossier (f, "test-complete"), ==, 3);
}

/* The items loaded one by one and put into their themes make the same
 * exchange file as the whole load: nothing the format holds is missing. */
static void
test_same_exchange_file (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const slugs[] = { "schaduw-dansen", "nap", "inspectie", "test-complete" };

  for (guint s = 0; s < G_N_ELEMENTS (slugs); s++)
    {
      g_autoptr(OpvDossier) whole = load (f, slugs[s], TRUE);
      g_autoptr(OpvDossier) skeleton = load (f, slugs[s], FALSE);
      g_autoptr(GPtrArray) items = opv_dossier_dup_items (whole);
      g_autofree char *expected = NULL;
      g_autofree char *text = NULL;
      gsize expected_length, length;

      for (guint i = 0; i < items->len; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(OpvItem) item = opv_store_load_item (f->store, skeleton,
                                                         opv_item_get_id (g_ptr_array_index (items, i)), &error);

          g_assert_no_error (error);
          opv_theme_add_item (opv_item_get_theme (item), item);
        }

      expected = opv_exchange_write (whole, &expected_length);
      text = opv_exchange_write (skeleton, &length);
      opv_test_assert_same_text (slugs[s], expected, expected_length, text, length);
    }
}

static gint64
find_item (OpvDossier *whole,
           const char *code)
{
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (whole);

  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (opv_item_get_code (g_ptr_array_index (items, i)), code))
      return opv_item_get_id (g_ptr_array_index (items, i));
  g_assert_not_reached ();
}

/* The comparisons above share the loader's code with the whole load; this
 * says what the item must hold, member by member of complete.json. */
static void
test_complete_item (Fixture       *f,
                    gconstpointer  data)
{
  static const char expected[] =
    "theme Eerste thema\n"
    "code 1.1\n"
    "title Een activiteit\n"
    "text Een activiteit\nover twee regels, met \"aanhalingstekens\" en een \\ schuine streep\n"
    "entry 0: round Eerste ronde\n"
    "entry 1: round Tweede ronde\n"
    "round Eerste ronde:\n"
    "  status delayed\n"
    "  timeframe Q3-Q4 2024\n"
    "  explanation Toelichting\n"
    "  tbd 0\n"
    "  note Initiatiefnemer\n"
    "  wording (none)|(none)\n"
    "  party Gemeenten lead\n"
    "  party OCW involved\n"
    "  followup 1.1.1|Eerste opvolging carried 0\n"
    "  link website|(none)\n"
    "  link www.example.org|https://www.example.org/\n"
    "  paper (none)|2023/24|30420|390|(none)\n"
    "round Tweede ronde:\n"
    "  status (none)\n"
    "  timeframe \n"
    "  explanation \n"
    "  tbd 1\n"
    "  note \n"
    "  wording Een activiteit, herzien|Nieuwe tekst\n"
    "  followup 1.1.1|Eerste opvolging carried 1\n"
    "  followup |Zie ook de expertgroep carried 0\n"
    "    refers to 1.2\n"
    "    refers to 1.1.1\n"
    "    link expertgroep|(none)\n"
    "    paper I|2022/23|36 200|A|(none)\n";
  g_autoptr(OpvDossier) skeleton = load (f, "test-complete", FALSE);
  g_autoptr(OpvDossier) whole = load (f, "test-complete", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvItem) item = opv_store_load_item (f->store, skeleton, find_item (whole, "1.1"), &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = describe_item_full (item, skeleton, FALSE);
  g_assert_cmpstr (text, ==, expected);
}

/* After edits, the item is read as it now is. */
static void
test_after_edits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(OpvDossier) skeleton = load (f, "test-complete", FALSE);
  g_autoptr(OpvDossier) before = load (f, "test-complete", TRUE);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (before);
  OpvItem *first = g_ptr_array_index (items, 0);
  OpvRound *round = opv_dossier_get_newest_round (skeleton);
  g_autoptr(OpvDossier) whole = NULL;
  g_autoptr(OpvItem) item = NULL;
  g_autoptr(GPtrArray) whole_items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  gint64 followup;

  g_assert_true (opv_store_set_item_field (f->store, opv_item_get_id (first), OPV_ITEM_FIELD_TITLE, "Nieuwe titel", &error));
  /* Overig was added to the store last, so that the parties' order is
   * not that of their ids. */
  g_assert_true (opv_store_add_responsibility (f->store, opv_item_get_id (first), opv_round_get_id (round),
                                               "Overig", OPV_ROLE_INVOLVED, &error));
  g_assert_true (opv_store_add_responsibility (f->store, opv_item_get_id (first), opv_round_get_id (round),
                                               "OCW", OPV_ROLE_LEAD, &error));
  g_assert_no_error (error);
  followup = opv_store_add_followup (f->store, opv_item_get_id (first), opv_round_get_id (round), 0,
                                     "1.1.9", "Nieuwe opvolging", &error);
  g_assert_no_error (error);
  g_assert_cmpint (followup, >, 0);

  whole = load (f, "test-complete", TRUE);
  whole_items = opv_dossier_dup_items (whole);
  item = opv_store_load_item (f->store, skeleton, opv_item_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opv_item_get_title (item), ==, "Nieuwe titel");
  g_assert_cmpuint (g_list_model_get_n_items (opv_entry_get_followups (opv_item_get_entry (item, round))), ==, 3);
  {
    GPtrArray *parties = opv_entry_get_responsibilities (opv_item_get_entry (item, round));
    OpvResponsibility *overig, *ocw;

    g_assert_cmpuint (parties->len, ==, 2);
    overig = g_ptr_array_index (parties, 0);
    ocw = g_ptr_array_index (parties, 1);
    g_assert_cmpstr (opv_party_get_short_name (overig->party), ==, "Overig");
    g_assert_cmpint (overig->role, ==, OPV_ROLE_INVOLVED);
    g_assert_cmpstr (opv_party_get_short_name (ocw->party), ==, "OCW");
    g_assert_cmpint (ocw->role, ==, OPV_ROLE_LEAD);
    g_assert_cmpint (opv_party_get_id (overig->party), >, opv_party_get_id (ocw->party));
  }
  expected = describe_item (g_ptr_array_index (whole_items, 0), whole);
  text = describe_item (item, skeleton);
  g_assert_cmpstr (text, ==, expected);
}

static void
assert_not_found (Fixture    *f,
                  OpvDossier *skeleton,
                  gint64      item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvItem) item = opv_store_load_item (f->store, skeleton, item_id, &error);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, item_id);
  g_autofree char *message = g_strdup_printf ("There is no recommendation or activity number %s in the dossier “%s”.",
                                              number, opv_dossier_get_title (skeleton));

  g_assert_null (item);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, message);
  /* No transaction is left open. */
  g_assert_true (sqlite3_get_autocommit (f->store->db));
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(OpvDossier) skeleton = load (f, "schaduw-dansen", FALSE);
  g_autoptr(OpvDossier) nap = load (f, "nap", TRUE);
  g_autoptr(GPtrArray) nap_items = opv_dossier_dup_items (nap);
  g_autoptr(OpvDossier) whole = load (f, "schaduw-dansen", TRUE);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (whole);
  gint64 highest = 0;

  for (guint i = 0; i < nap_items->len; i++)
    highest = MAX (highest, opv_item_get_id (g_ptr_array_index (nap_items, i)));
  for (guint i = 0; i < items->len; i++)
    highest = MAX (highest, opv_item_get_id (g_ptr_array_index (items, i)));

  assert_not_found (f, skeleton, 0);
  assert_not_found (f, skeleton, -1);
  assert_not_found (f, skeleton, highest + 1000);
  /* An item of another dossier */
  assert_not_found (f, skeleton, opv_item_get_id (g_ptr_array_index (nap_items, 0)));
  /* A deleted item */
  {
    gint64 id = opv_item_get_id (g_ptr_array_index (items, items->len - 1));
    g_autoptr(GError) error = NULL;

    g_assert_true (opv_store_delete_item (f->store, id, &error));
    g_assert_no_error (error);
    assert_not_found (f, skeleton, id);
  }
  assert_no_items (skeleton);
}

/* The skeleton's rounds carry the letter that reported them, as the whole
 * load's do. */
static void
test_skeleton_sent_reference (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(OpvDossier) skeleton = load (f, "test-complete", FALSE);
  g_autoptr(OpvDossier) whole = load (f, "test-complete", TRUE);
  g_autoptr(OpvRound) first = g_list_model_get_item (opv_dossier_get_rounds (skeleton), 0);
  g_autoptr(OpvRound) second = g_list_model_get_item (opv_dossier_get_rounds (skeleton), 1);
  g_autoptr(OpvRound) whole_first = g_list_model_get_item (opv_dossier_get_rounds (whole), 0);
  const OpvKamerstuk *letter = opv_round_get_sent_reference (first);
  g_autofree char *skeleton_rounds = describe_rounds (skeleton);
  g_autofree char *whole_rounds = describe_rounds (whole);

  g_assert_nonnull (letter);
  g_assert_cmpint (letter->chamber, ==, OPV_CHAMBER_SECOND);
  g_assert_cmpstr (letter->session, ==, "2023/24");
  g_assert_cmpstr (letter->dossier, ==, "30420");
  g_assert_cmpstr (letter->number, ==, "390");
  g_assert_cmpstr (letter->url, ==, "https://zoek.officielebekendmakingen.nl/kst-30420-390.html");
  g_assert_true (opv_kamerstuk_equal (letter, opv_round_get_sent_reference (whole_first)));
  g_assert_null (opv_round_get_sent_reference (second));
  g_assert_cmpstr (skeleton_rounds, ==, whole_rounds);
  /* Only the rounds' papers: no entry's or follow-up's came with them. */
  assert_no_items (skeleton);
}

/* In the caller's transaction, which it leaves open; in its own
 * otherwise, which it ends. */
static void
test_transaction (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(OpvDossier) skeleton = load (f, "test-complete", FALSE);
  g_autoptr(OpvDossier) whole = load (f, "test-complete", TRUE);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (whole);
  gint64 id = opv_item_get_id (g_ptr_array_index (items, 0));
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvItem) alone = NULL;
  g_autoptr(OpvItem) inside = NULL;

  alone = opv_store_load_item (f->store, skeleton, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (alone);
  g_assert_true (sqlite3_get_autocommit (f->store->db));

  g_assert_true (opv_store_exec (f->store, "BEGIN", &error));
  inside = opv_store_load_item (f->store, skeleton, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (inside);
  g_assert_false (sqlite3_get_autocommit (f->store->db));
  opv_store_rollback (f->store);
  g_assert_true (sqlite3_get_autocommit (f->store->db));
}

/* A dossier loaded without follow-ups has every item, and every entry
 * with its status, wording and parties, as the whole load; and no
 * follow-up, link or paper below its entries. */
static void
test_without_followups (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const slugs[] = { "schaduw-dansen", "nap", "inspectie", "test-complete" };
  guint n_left_out = 0;

  for (guint d = 0; d < G_N_ELEMENTS (slugs); d++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvDossier) whole = load (f, slugs[d], TRUE);
      g_autoptr(OpvDossier) part = opv_store_load_dossier_without_followups (f->store, opv_dossier_get_id (whole),
                                                                            &error);
      g_autoptr(GPtrArray) whole_items = opv_dossier_dup_items (whole);
      g_autoptr(GPtrArray) part_items = NULL;

      g_assert_no_error (error);
      part_items = opv_dossier_dup_items (part);
      g_assert_cmpuint (part_items->len, ==, whole_items->len);
      g_assert_cmpuint (part_items->len, >, 0);
      for (guint i = 0; i < whole_items->len; i++)
        {
          g_autofree char *full = describe_item_full (g_ptr_array_index (whole_items, i), whole, TRUE);
          g_autofree char *actual = describe_item_full (g_ptr_array_index (part_items, i), part, TRUE);
          g_autofree char *expected = NULL;
          g_autofree char *actual_short = NULL;

          describe_below_entries = FALSE;
          expected = describe_item_full (g_ptr_array_index (whole_items, i), whole, TRUE);
          actual_short = describe_item_full (g_ptr_array_index (part_items, i), part, TRUE);
          describe_below_entries = TRUE;

          g_assert_cmpstr (actual, ==, expected);
          /* Nothing below the entries at all */
          g_assert_cmpstr (actual_short, ==, actual);
          n_left_out += strcmp (full, expected) != 0;
        }
    }
  /* The check can fail: some items had follow-ups to leave out. */
  g_assert_cmpuint (n_left_out, >, 10);
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, and untranslated whatever LANGUAGE says. */
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/load-item/same-as-whole-load", test_same_as_whole_load);
  ADD ("/load-item/without-followups", test_without_followups);
  ADD ("/load-item/same-exchange-file", test_same_exchange_file);
  ADD ("/load-item/complete-item", test_complete_item);
  ADD ("/load-item/after-edits", test_after_edits);
  ADD ("/load-item/not-found", test_not_found);
  ADD ("/load-item/skeleton-sent-reference", test_skeleton_sent_reference);
  ADD ("/load-item/transaction", test_transaction);

#undef ADD

  return g_test_run ();
}
