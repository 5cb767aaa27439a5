/* test-outline-model.c: the paged outline shows what the loaded dossier
 * shows, and reads only the pages that are asked for
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include "opv-core.h"
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
  g_autoptr(GError) error = NULL;

  f->dir = opv_test_make_tmpdir ();
  path = g_build_filename (f->dir, "outline.db", NULL);
  f->store = opv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_import_defaults (f->store, &error));
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
      const char *slug)
{
  g_autoptr(GError) error = NULL;
  OpvDossier *dossier = opv_store_find_dossier (f->store, slug, &error);

  g_assert_no_error (error);
  return dossier;
}

/* One row as the list pane draws it from a loaded dossier (opv-window.c:
 * the heading, or code, title, status badge and party chips, falling back
 * to the last round that says who is responsible). */
static char *
describe_loaded (OpvDossier *dossier,
                 OpvTheme   *theme,
                 OpvItem    *item,
                 OpvRound   *round)
{
  GString *s = g_string_new (NULL);
  OpvEntry *entry;
  OpvRound *parties_round = round;
  OpvEntry *parties_entry;

  if (item == NULL)
    {
      g_autofree char *heading = opv_theme_dup_heading (theme, round);

      g_string_append_printf (s, "# %s", heading);
      return g_string_free (s, FALSE);
    }

  entry = opv_item_get_entry (item, round);
  g_string_append_printf (s, "%s|%s|%s|%s|%u|", opv_item_get_code (item), opv_item_get_title_for (item, round),
                          entry ? "entry" : "none",
                          opv_status_to_id (entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET) ?: "unset",
                          entry ? g_list_model_get_n_items (opv_entry_get_followups (entry)) : 0);

  parties_entry = entry;
  while (parties_round != NULL && (parties_entry == NULL || !opv_entry_states_responsibility (parties_entry)))
    {
      parties_round = opv_dossier_get_previous_round (dossier, parties_round);
      parties_entry = parties_round ? opv_item_get_entry (item, parties_round) : NULL;
    }
  if (parties_round != NULL)
    {
      g_autoptr(GPtrArray) sorted = opv_entry_dup_parties_sorted (parties_entry);

      for (guint i = 0; i < sorted->len; i++)
        {
          OpvResponsibility *resp = g_ptr_array_index (sorted, i);
          g_string_append_printf (s, "%s/%s/%s,", opv_party_get_short_name (resp->party),
                                  opv_party_get_full_name (resp->party), opv_role_to_id (resp->role));
        }
      g_string_append_printf (s, "|%s|%s|%s", opv_entry_get_to_be_determined (parties_entry) ? "tbd" : "",
                              opv_entry_get_responsibility_note (parties_entry),
                              parties_round != round ? opv_round_get_label (parties_round) : "");
    }
  else
    g_string_append (s, "||||");

  return g_string_free (s, FALSE);
}

static char *
describe_node (OpvOutlineNode *node)
{
  GString *s = g_string_new (NULL);
  GPtrArray *parties = opv_outline_node_get_parties (node);
  const char *status = opv_status_to_id (opv_outline_node_get_status (node));

  if (opv_outline_node_is_heading (node))
    {
      g_string_append_printf (s, "# %s", opv_outline_node_get_title (node));
      return g_string_free (s, FALSE);
    }

  g_string_append_printf (s, "%s|%s|%s|%s|%u|", opv_outline_node_get_code (node), opv_outline_node_get_title (node),
                          opv_outline_node_has_entry (node) ? "entry" : "none",
                          status ? status : "unset", opv_outline_node_get_n_followups (node));
  if (parties->len > 0 || opv_outline_node_get_to_be_determined (node) ||
      opv_outline_node_get_responsibility_note (node)[0] != '\0')
    {
      for (guint i = 0; i < parties->len; i++)
        {
          OpvOutlineParty *party = g_ptr_array_index (parties, i);
          g_string_append_printf (s, "%s/%s/%s,", party->short_name, party->full_name, opv_role_to_id (party->role));
        }
      g_string_append_printf (s, "|%s|%s|%s", opv_outline_node_get_to_be_determined (node) ? "tbd" : "",
                              opv_outline_node_get_responsibility_note (node),
                              opv_outline_node_get_responsibility_round (node) ?: "");
    }
  else
    g_string_append (s, "||||");

  return g_string_free (s, FALSE);
}

static char *
describe_dossier (OpvDossier *dossier,
                  OpvRound   *round)
{
  GString *s = g_string_new (NULL);
  GListModel *themes = opv_dossier_get_themes (dossier);

  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, t);
      GListModel *items = opv_theme_get_items (theme);
      g_autofree char *heading = describe_loaded (dossier, theme, NULL, round);

      g_string_append_printf (s, "%s\n", heading);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(OpvItem) item = g_list_model_get_item (items, i);
          g_autofree char *row = describe_loaded (dossier, theme, item, round);

          g_string_append_printf (s, "%s\n", row);
        }
    }
  return g_string_free (s, FALSE);
}

static char *
describe_model (GListModel *model)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpvOutlineNode) node = g_list_model_get_item (model, i);
      g_autofree char *row = describe_node (node);

      g_string_append_printf (s, "%s\n", row);
    }
  return g_string_free (s, FALSE);
}

/* Every default dossier in every round, and without one: the same rows
 * as the whole dossier loaded gives. */
static void
test_same_as_loaded (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const slugs[] = { "schaduw-dansen", "nap", "inspectie" };
  guint n_compared = 0;

  for (guint d = 0; d < G_N_ELEMENTS (slugs); d++)
    {
      g_autoptr(OpvDossier) dossier = load (f, slugs[d]);
      GListModel *rounds = opv_dossier_get_rounds (dossier);

      for (guint r = 0; r <= g_list_model_get_n_items (rounds); r++)
        {
          g_autoptr(OpvRound) round = r < g_list_model_get_n_items (rounds) ? g_list_model_get_item (rounds, r) : NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(OpvOutlineModel) model = opv_outline_model_new (f->store, opv_dossier_get_id (dossier),
                                                                    round ? opv_round_get_id (round) : 0, &error);
          g_autofree char *expected = describe_dossier (dossier, round);
          g_autofree char *actual = NULL;

          g_assert_no_error (error);
          g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == OPV_TYPE_OUTLINE_NODE);
          actual = describe_model (G_LIST_MODEL (model));
          opv_test_assert_same_text (slugs[d], expected, strlen (expected), actual, strlen (actual));
          n_compared += g_list_model_get_n_items (G_LIST_MODEL (model));
        }
    }

  /* The default data has something of every kind: fallbacks to an
   * earlier round's parties, involved parties, items without status. */
  g_assert_cmpuint (n_compared, >, 300);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GArray     *calls)
{
  guint call[3] = { position, removed, added };

  g_array_append_vals (calls, call, 3);
}

/* A big dossier: making the model reads no row; a row reads its page. */
static void
test_lazy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvOutlineModel) model = NULL;
  g_autoptr(OpvDossier) listed = NULL;
  OpvGenerateOptions options = { .seed = 5 };
  guint n, loaded;

  g_assert_true (opv_generate_parse_size ("12000", &options, &error));
  options.n_followups = options.n_items;
  g_assert_true (opv_generate (f->store, &options, &error));
  g_assert_no_error (error);
  listed = load (f, "gen-0001");

  model = opv_outline_model_new (f->store, opv_dossier_get_id (listed),
                                 opv_round_get_id (opv_dossier_get_newest_round (listed)), &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  /* 1,200 items and their themes' headings */
  g_assert_cmpuint (n, >, 1200);
  g_assert_cmpuint (n, <, 1220);
  g_assert_cmpuint (opv_outline_model_get_n_loaded (model), ==, 0);

  {
    g_autoptr(OpvOutlineNode) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_autoptr(OpvOutlineNode) last = g_list_model_get_item (G_LIST_MODEL (model), n - 1);
    g_autoptr(OpvOutlineNode) again = g_list_model_get_item (G_LIST_MODEL (model), 1);

    g_assert_true (opv_outline_node_is_heading (first));
    g_assert_false (opv_outline_node_is_heading (last));
    g_assert_cmpstr (opv_outline_node_get_title (last), !=, "");
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), n));
    /* Two pages, the first and the last, and nothing else. */
    g_assert_cmpuint (opv_outline_model_get_n_loaded (model), <=, 2 * OPV_OUTLINE_PAGE_SIZE);
    g_assert_cmpuint (opv_outline_model_get_n_loaded (model), >, OPV_OUTLINE_PAGE_SIZE);
  }

  /* Scrolling through all of it keeps only some pages: the first is read
   * again afterwards. */
  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
  loaded = opv_outline_model_get_n_loaded (model);
  g_assert_cmpuint (loaded, >=, n);
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), 0));
  g_assert_cmpuint (opv_outline_model_get_n_loaded (model), >, loaded);
}

static void
test_reload_and_round (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = load (f, "schaduw-dansen");
  GListModel *rounds = opv_dossier_get_rounds (dossier);
  g_autoptr(OpvRound) first = g_list_model_get_item (rounds, 0);
  OpvRound *newest = opv_dossier_get_newest_round (dossier);
  g_autoptr(OpvOutlineModel) model = opv_outline_model_new (f->store, opv_dossier_get_id (dossier),
                                                            opv_round_get_id (newest), &error);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(OpvTheme) theme = g_list_model_get_item (opv_dossier_get_themes (dossier), 0);
  guint n, position;
  gint64 item_id;

  g_assert_no_error (error);
  g_assert_cmpint (opv_outline_model_get_dossier_id (model), ==, opv_dossier_get_id (dossier));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), calls);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));

  /* Another round: every row changes, the rows stay. */
  g_assert_true (opv_outline_model_set_round_id (model, opv_round_get_id (first), &error));
  g_assert_no_error (error);
  g_assert_cmpint (opv_outline_model_get_round_id (model), ==, opv_round_get_id (first));
  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (g_array_index (calls, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (calls, guint, 1), ==, n);
  g_assert_cmpuint (g_array_index (calls, guint, 2), ==, n);
  {
    g_autofree char *expected = describe_dossier (dossier, first);
    g_autofree char *actual = describe_model (G_LIST_MODEL (model));

    opv_test_assert_same_text ("first round", expected, strlen (expected), actual, strlen (actual));
  }

  /* A round of another dossier is refused, and the model keeps its own. */
  {
    g_autoptr(OpvDossier) nap = load (f, "nap");

    g_assert_false (opv_outline_model_set_round_id (model, opv_round_get_id (opv_dossier_get_newest_round (nap)), &error));
    g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (opv_outline_model_get_round_id (model), ==, opv_round_get_id (first));
  }

  /* An edit, then a reload: the new item is there, findable by its id. */
  item_id = opv_store_create_item (f->store, opv_theme_get_id (theme), "1.99", "Een nieuw onderdeel", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opv_outline_model_find_item (model, item_id), ==, G_MAXUINT);
  g_assert_true (opv_outline_model_reload (model, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 6);
  g_assert_cmpuint (g_array_index (calls, guint, 4), ==, n);
  g_assert_cmpuint (g_array_index (calls, guint, 5), ==, n + 1);
  position = opv_outline_model_find_item (model, item_id);
  g_assert_cmpuint (position, <, n + 1);
  {
    g_autoptr(OpvOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (model), position);
    gint64 id;
    g_autofree char *title = NULL;

    g_object_get (node, "item-id", &id, "title", &title, NULL);
    g_assert_cmpint (id, ==, item_id);
    g_assert_cmpstr (title, ==, "Een nieuw onderdeel");
    g_assert_cmpint (opv_outline_node_get_theme_id (node), ==, opv_theme_get_id (theme));
  }
  g_assert_cmpuint (opv_outline_model_find_item (model, 0), ==, G_MAXUINT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/outline-model/same-as-loaded", Fixture, NULL, fixture_set_up, test_same_as_loaded, fixture_tear_down);
  g_test_add ("/outline-model/lazy", Fixture, NULL, fixture_set_up, test_lazy, fixture_tear_down);
  g_test_add ("/outline-model/reload-and-round", Fixture, NULL, fixture_set_up, test_reload_and_round, fixture_tear_down);

  return g_test_run ();
}
