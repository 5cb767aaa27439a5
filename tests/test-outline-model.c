/* test-outline-model.c: the paged outline shows what the loaded dossier
 * shows, and reads only the pages that are asked for
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

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

  f->dir = opv_test_make_tmpdir ();
  path = g_build_filename (f->dir, "outline.db", NULL);
  f->store = opv_test_open_with_defaults (path);
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

/* Asserts that @calls are the items-changed triples given, ended by
 * G_MAXUINT. */
static void
assert_calls (GArray *calls,
              ...)
{
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GString) actual = g_string_new (NULL);
  va_list args;
  guint value;

  va_start (args, calls);
  while ((value = va_arg (args, guint)) != G_MAXUINT)
    g_string_append_printf (expected, "%u ", value);
  va_end (args);
  for (guint i = 0; i < calls->len; i++)
    g_string_append_printf (actual, "%u ", g_array_index (calls, guint, i));
  g_assert_cmpstr (actual->str, ==, expected->str);
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
  g_autoptr(OpvOutlineNode) held_a = NULL;
  g_autoptr(OpvOutlineNode) held_b = NULL;
  guint n, position;
  gint64 item_id;

  g_assert_no_error (error);
  g_assert_cmpint (opv_outline_model_get_dossier_id (model), ==, opv_dossier_get_id (dossier));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), calls);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));

  /* Another round: every row changes, the rows stay. The rows whose nodes
   * someone holds (a list's rows on screen) are reported, one range at a
   * time; the others are read anew when asked for. */
  held_a = g_list_model_get_item (G_LIST_MODEL (model), 1);
  held_b = g_list_model_get_item (G_LIST_MODEL (model), n - 1);
  g_assert_true (opv_outline_model_set_round_id (model, opv_round_get_id (first), &error));
  g_assert_no_error (error);
  g_assert_cmpint (opv_outline_model_get_round_id (model), ==, opv_round_get_id (first));
  assert_calls (calls, 1, 1, 1, n - 1, 1, 1, G_MAXUINT);
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
  g_array_set_size (calls, 0);
  g_assert_true (opv_outline_model_reload (model, &error));
  g_assert_no_error (error);
  position = opv_outline_model_find_item (model, item_id);
  g_assert_cmpuint (position, >, 1);
  g_assert_cmpuint (position, <, n);
  /* The new row, then the held rows where they are now. */
  assert_calls (calls, position, 0, 1, 1, 1, 1, n, 1, 1, G_MAXUINT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n + 1);

  /* Held by nobody, no row is reported for another round. */
  g_clear_object (&held_a);
  g_clear_object (&held_b);
  g_array_set_size (calls, 0);
  g_assert_true (opv_outline_model_set_round_id (model, opv_round_get_id (newest), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 0);
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

/* Filters */

/* opv_item_filter_match_item(), as the window applies it to the loaded
 * dossier: the round the filter names, or the one the list shows. */
static gboolean
expect_item (OpvDossier             *dossier,
             OpvItem                *item,
             OpvRound               *shown_round,
             const OpvOutlineFilter *filter)
{
  OpvRound *round = opv_dossier_find_round_by_id (dossier, filter->round_id);
  OpvEntry *entry;
  OpvEntry *responsible;

  if (round == NULL)
    round = shown_round;
  entry = opv_item_get_entry (item, round);
  responsible = opv_item_get_responsible_entry (item, round);

  if (filter->theme_id != 0 && opv_theme_get_id (opv_item_get_theme (item)) != filter->theme_id)
    return FALSE;
  if (filter->statuses != 0 &&
      !(filter->statuses & OPV_STATUS_BIT (entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET)))
    return FALSE;
  if (filter->overdue && !opv_entry_is_overdue (entry, filter->year, filter->month))
    return FALSE;
  if (filter->party_id != 0 && !opv_entry_names_party (responsible, filter->party_id, NULL))
    return FALSE;
  if (filter->unassigned && responsible != NULL && !opv_entry_get_to_be_determined (responsible))
    return FALSE;
  return TRUE;
}

/* opv_item_filter_is_active() */
static gboolean
expect_active (const OpvOutlineFilter *filter)
{
  return filter->statuses != 0 || filter->party_id != 0 || filter->theme_id != 0 || filter->round_id != 0 ||
         filter->overdue || filter->unassigned;
}

/* The rows the list shows, as "# theme" and "theme item" lines; the ids of
 * the items into @ids. */
static char *
expect_rows (OpvDossier             *dossier,
             OpvRound               *shown_round,
             const OpvOutlineFilter *filter,
             GArray                 *ids)
{
  GString *s = g_string_new (NULL);
  GListModel *themes = opv_dossier_get_themes (dossier);

  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, t);
      GListModel *items = opv_theme_get_items (theme);
      g_autoptr(GString) shown = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(OpvItem) item = g_list_model_get_item (items, i);
          gint64 id = opv_item_get_id (item);

          if (!expect_item (dossier, item, shown_round, filter))
            continue;
          g_string_append_printf (shown, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", opv_theme_get_id (theme), id);
          g_array_append_val (ids, id);
        }
      if (shown->len > 0 || !expect_active (filter))
        g_string_append_printf (s, "# %" G_GINT64_FORMAT "\n%s", opv_theme_get_id (theme), shown->str);
    }
  return g_string_free (s, FALSE);
}

static char *
describe_model_row (GListModel *model,
                    guint       position)
{
  g_autoptr(OpvOutlineNode) node = g_list_model_get_item (model, position);

  g_assert_nonnull (node);
  if (opv_outline_node_is_heading (node))
    return g_strdup_printf ("# %" G_GINT64_FORMAT "\n", opv_outline_node_get_theme_id (node));
  return g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
                          opv_outline_node_get_theme_id (node), opv_outline_node_get_item_id (node));
}

static GPtrArray *
dup_model_rows (GListModel *model)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (rows, describe_model_row (model, i));
  return rows;
}

static char *
join_rows (GPtrArray *rows)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    g_string_append (s, g_ptr_array_index (rows, i));
  return g_string_free (s, FALSE);
}

static char *
describe_model_rows (GListModel *model)
{
  g_autoptr(GPtrArray) rows = dup_model_rows (model);

  return join_rows (rows);
}

/* Follows a model's changes as a list would: the rows outside of a change
 * stay as they were. */
static void
on_mirror_changed_cb (GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, describe_model_row (model, position + i));
  /* A change told in two steps has the list as it is between them. */
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (model));
}

typedef struct
{
  guint n_checked;
  guint n_some;     /* some items shown, some not */
  guint n_none;     /* no item shown */
} Tally;

/* The model with @filter shows the rows, and counts the items, that the
 * loaded dossier gives. */
static void
check_filter (OpvOutlineModel        *model,
              OpvDossier             *dossier,
              OpvRound               *shown_round,
              const OpvOutlineFilter *filter,
              Tally                  *tally)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) expected_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) ids = NULL;
  g_autofree char *expected = expect_rows (dossier, shown_round, filter, expected_ids);
  g_autofree char *actual = NULL;
  g_autofree char *what = g_strdup_printf ("%s, round %" G_GINT64_FORMAT ": statuses %x, party %" G_GINT64_FORMAT
                                           ", theme %" G_GINT64_FORMAT ", round %" G_GINT64_FORMAT
                                           ", overdue %d (%d-%d), unassigned %d",
                                           opv_dossier_get_slug (dossier),
                                           shown_round ? opv_round_get_id (shown_round) : 0,
                                           filter->statuses, filter->party_id, filter->theme_id, filter->round_id,
                                           filter->overdue, filter->year, filter->month, filter->unassigned);

  g_autoptr(GPtrArray) mirror = dup_model_rows (G_LIST_MODEL (model));
  g_autofree char *mirrored = NULL;
  gulong handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_mirror_changed_cb), mirror);

  g_assert_true (opv_outline_model_set_filter (model, filter, &error));
  g_assert_no_error (error);
  g_signal_handler_disconnect (model, handler);

  actual = describe_model_rows (G_LIST_MODEL (model));
  opv_test_assert_same_text (what, expected, strlen (expected), actual, strlen (actual));
  /* What items-changed said changed is all that changed. */
  mirrored = join_rows (mirror);
  g_assert_cmpstr (mirrored, ==, actual);

  ids = opv_outline_model_dup_item_ids (model);
  g_assert_cmpuint (ids->len, ==, expected_ids->len);
  g_assert_cmpmem (ids->data, ids->len * sizeof (gint64), expected_ids->data, expected_ids->len * sizeof (gint64));
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (model), ==, expected_ids->len);
  g_assert_cmpuint (opv_outline_model_get_n_items_total (model), ==, opv_dossier_get_n_items (dossier));
  for (guint i = 0; i < expected_ids->len; i++)
    {
      gint64 id = g_array_index (expected_ids, gint64, i);
      g_autoptr(OpvOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (model),
                                                              opv_outline_model_find_item (model, id));

      g_assert_cmpint (opv_outline_node_get_item_id (node), ==, id);
    }

  tally->n_checked++;
  if (expected_ids->len == 0)
    tally->n_none++;
  else if (expected_ids->len < opv_dossier_get_n_items (dossier))
    tally->n_some++;
}

/* Every party the dossier declares or one of its rounds names. */
static void
add_party_id (GArray     *ids,
              GHashTable *seen,
              gint64      id)
{
  if (g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
    g_array_append_val (ids, id);
}

static GArray *
dup_party_ids (OpvDossier *dossier)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);
  GListModel *parties = opv_dossier_get_parties (dossier);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (parties, i);

      add_party_id (ids, seen, opv_party_get_id (party));
    }
  for (guint i = 0; i < items->len; i++)
    {
      GPtrArray *entries = opv_item_get_entries (g_ptr_array_index (items, i));

      for (guint e = 0; e < entries->len; e++)
        {
          GPtrArray *resps = opv_entry_get_responsibilities (g_ptr_array_index (entries, e));

          for (guint r = 0; r < resps->len; r++)
            add_party_id (ids, seen, opv_party_get_id (((OpvResponsibility *) g_ptr_array_index (resps, r))->party));
        }
    }
  return ids;
}

/* Every criterion alone and some together, with the model in every round
 * and in none, and the filter reading each round: the model shows what
 * the loaded dossier does. */
static void
check_dossier_filters (OpvStore   *store,
                       OpvDossier *dossier,
                       Tally      *tally)
{
  static const guint status_pairs[] = {
    OPV_STATUS_BIT (OPV_STATUS_DONE) | OPV_STATUS_BIT (OPV_STATUS_DELAYED),
    OPV_STATUS_BIT (OPV_STATUS_UNSET) | OPV_STATUS_BIT (OPV_STATUS_IN_PROGRESS),
    OPV_STATUS_BIT (OPV_STATUS_ONGOING) | OPV_STATUS_BIT (OPV_STATUS_NOT_STARTED),
  };
  static const int dates[][2] = { { 2023, 6 }, { 2025, 1 } };
  GListModel *rounds = opv_dossier_get_rounds (dossier);
  GListModel *themes = opv_dossier_get_themes (dossier);
  guint n_rounds = g_list_model_get_n_items (rounds);
  g_autoptr(GArray) parties = dup_party_ids (dossier);

  g_test_message ("%s: %u rounds, %u themes, %u parties", opv_dossier_get_slug (dossier), n_rounds,
                  g_list_model_get_n_items (themes), parties->len);

  for (guint r = 0; r <= n_rounds; r++)
    {
      g_autoptr(OpvRound) round = r < n_rounds ? g_list_model_get_item (rounds, r) : NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OpvOutlineModel) model = opv_outline_model_new (store, opv_dossier_get_id (dossier),
                                                                round ? opv_round_get_id (round) : 0, &error);
      OpvOutlineFilter filter = { 0 };

      g_assert_no_error (error);
      check_filter (model, dossier, round, &filter, tally);

      for (OpvStatus status = 0; status < OPV_N_STATUSES; status++)
        {
          filter = (OpvOutlineFilter) { .statuses = OPV_STATUS_BIT (status) };
          check_filter (model, dossier, round, &filter, tally);
        }
      for (guint i = 0; i < G_N_ELEMENTS (status_pairs); i++)
        {
          filter = (OpvOutlineFilter) { .statuses = status_pairs[i] };
          check_filter (model, dossier, round, &filter, tally);
        }
      for (guint i = 0; i < parties->len; i++)
        {
          filter = (OpvOutlineFilter) { .party_id = g_array_index (parties, gint64, i) };
          check_filter (model, dossier, round, &filter, tally);
          /* … and not stated, or to be determined. */
          filter.unassigned = TRUE;
          check_filter (model, dossier, round, &filter, tally);
        }
      for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
        {
          g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, i);

          filter = (OpvOutlineFilter) { .theme_id = opv_theme_get_id (theme) };
          check_filter (model, dossier, round, &filter, tally);
          filter.statuses = OPV_STATUS_BIT (OPV_STATUS_IN_PROGRESS) | OPV_STATUS_BIT (OPV_STATUS_UNSET);
          check_filter (model, dossier, round, &filter, tally);
        }
      for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
        {
          filter = (OpvOutlineFilter) { .overdue = TRUE, .year = dates[i][0], .month = dates[i][1] };
          check_filter (model, dossier, round, &filter, tally);
          filter.statuses = OPV_STATUS_BIT (OPV_STATUS_DELAYED) | OPV_STATUS_BIT (OPV_STATUS_UNSET);
          check_filter (model, dossier, round, &filter, tally);
          filter.statuses = 0;
          filter.unassigned = TRUE;
          check_filter (model, dossier, round, &filter, tally);
          if (parties->len > 0)
            {
              filter.unassigned = FALSE;
              filter.party_id = g_array_index (parties, gint64, 0);
              check_filter (model, dossier, round, &filter, tally);
            }
        }
      filter = (OpvOutlineFilter) { .unassigned = TRUE };
      check_filter (model, dossier, round, &filter, tally);
      filter.statuses = OPV_STATUS_BIT (OPV_STATUS_IN_PROGRESS);
      check_filter (model, dossier, round, &filter, tally);

      /* The filter reading another round than the model shows */
      for (guint f = 0; f < n_rounds; f++)
        {
          g_autoptr(OpvRound) filter_round = g_list_model_get_item (rounds, f);
          gint64 filter_round_id = opv_round_get_id (filter_round);

          filter = (OpvOutlineFilter) { .round_id = filter_round_id };
          check_filter (model, dossier, round, &filter, tally);
          for (OpvStatus status = 0; status < OPV_N_STATUSES; status++)
            {
              filter = (OpvOutlineFilter) { .round_id = filter_round_id, .statuses = OPV_STATUS_BIT (status) };
              check_filter (model, dossier, round, &filter, tally);
            }
          filter = (OpvOutlineFilter) { .round_id = filter_round_id, .unassigned = TRUE };
          check_filter (model, dossier, round, &filter, tally);
          filter = (OpvOutlineFilter) { .round_id = filter_round_id, .overdue = TRUE, .year = 2024, .month = 6 };
          check_filter (model, dossier, round, &filter, tally);
          for (guint i = 0; i < parties->len; i++)
            {
              filter = (OpvOutlineFilter) { .round_id = filter_round_id,
                                            .party_id = g_array_index (parties, gint64, i) };
              check_filter (model, dossier, round, &filter, tally);
            }
        }

      /* Nothing at all */
      filter = (OpvOutlineFilter) { .party_id = G_MAXINT64 };
      check_filter (model, dossier, round, &filter, tally);

      g_assert_true (opv_outline_model_set_filter (model, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (opv_outline_model_get_n_items_shown (model), ==, opv_dossier_get_n_items (dossier));
    }
}

/* Three generated dossiers, statuses and parties at random; the first
 * has four rounds. */
static OpvDossier *
generate_small (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OpvGenerateOptions options = { .seed = 3 };

  g_assert_true (opv_generate_parse_size ("small", &options, &error));
  g_assert_true (opv_generate (f->store, &options, &error));
  g_assert_no_error (error);
  return load (f, "gen-0001");
}

static void
test_filter_same_as_loaded (Fixture       *f,
                            gconstpointer  data)
{
  static const char * const slugs[] = { "schaduw-dansen", "nap", "inspectie", "gen-0001", "gen-0002" };
  g_autoptr(OpvDossier) generated = generate_small (f);
  Tally tally = { 0 };

  for (guint d = 0; d < G_N_ELEMENTS (slugs); d++)
    {
      g_autoptr(OpvDossier) dossier = load (f, slugs[d]);
      Tally before = tally;

      check_dossier_filters (f->store, dossier, &tally);
      /* Every dossier has criteria that keep some items and hide others;
       * in one without rounds (inspectie) only the themes do. */
      g_assert_cmpuint (tally.n_some, >, before.n_some +
                        (g_list_model_get_n_items (opv_dossier_get_rounds (dossier)) > 0 ? 20 : 1));
      g_assert_cmpuint (tally.n_none, >, before.n_none);
    }

  g_test_message ("%u filters: %u keep some items, %u none", tally.n_checked, tally.n_some, tally.n_none);
  g_assert_cmpuint (tally.n_some, >, tally.n_checked / 3);
}

static void
test_filter_is_active (void)
{
  OpvOutlineFilter filter = { .year = 2024, .month = 6 };

  g_assert_false (opv_outline_filter_is_active (NULL));
  /* "Today" alone filters nothing. */
  g_assert_false (opv_outline_filter_is_active (&filter));
  g_assert_true (opv_outline_filter_is_active (&(OpvOutlineFilter) { .statuses = OPV_STATUS_BIT (OPV_STATUS_UNSET) }));
  g_assert_true (opv_outline_filter_is_active (&(OpvOutlineFilter) { .party_id = 1 }));
  g_assert_true (opv_outline_filter_is_active (&(OpvOutlineFilter) { .theme_id = 1 }));
  g_assert_true (opv_outline_filter_is_active (&(OpvOutlineFilter) { .round_id = 1 }));
  g_assert_true (opv_outline_filter_is_active (&(OpvOutlineFilter) { .overdue = TRUE }));
  g_assert_true (opv_outline_filter_is_active (&(OpvOutlineFilter) { .unassigned = TRUE }));
}

/* A theme without items: its heading is shown while no filter is set. */
static void
test_filter_empty_theme (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) before = load (f, "nap");
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(OpvOutlineModel) model = NULL;
  OpvOutlineFilter filter = { 0 };
  gint64 theme_id;
  Tally tally = { 0 };

  theme_id = opv_store_create_theme (f->store, opv_dossier_get_id (before), 0, "0", "Leeg", &error);
  g_assert_no_error (error);
  dossier = load (f, "nap");
  model = opv_outline_model_new (f->store, opv_dossier_get_id (dossier),
                                 opv_round_get_id (opv_dossier_get_newest_round (dossier)), &error);
  g_assert_no_error (error);

  g_assert_cmpuint (opv_outline_model_count_theme_items (model, theme_id), ==, 0);
  check_filter (model, dossier, opv_dossier_get_newest_round (dossier), &filter, &tally);
  {
    g_autoptr(OpvOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_cmpint (opv_outline_node_get_theme_id (node), ==, theme_id);
  }
  filter.theme_id = theme_id;
  check_filter (model, dossier, opv_dossier_get_newest_round (dossier), &filter, &tally);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  filter = (OpvOutlineFilter) { .round_id = opv_round_get_id (opv_dossier_get_newest_round (dossier)) };
  check_filter (model, dossier, opv_dossier_get_newest_round (dossier), &filter, &tally);
  g_assert_cmpuint (opv_outline_model_find_item (model, 0), ==, G_MAXUINT);
  {
    g_autoptr(OpvOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_cmpint (opv_outline_node_get_theme_id (node), !=, theme_id);
  }
}

/* Counts and places within a theme are of all items, filter or not. */
static void
test_theme_counts (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const slugs[] = { "schaduw-dansen", "nap", "inspectie" };

  for (guint d = 0; d < G_N_ELEMENTS (slugs); d++)
    {
      g_autoptr(OpvDossier) dossier = load (f, slugs[d]);
      GListModel *themes = opv_dossier_get_themes (dossier);
      g_autoptr(GError) error = NULL;
      OpvRound *newest = opv_dossier_get_newest_round (dossier);
      g_autoptr(OpvOutlineModel) model = opv_outline_model_new (f->store, opv_dossier_get_id (dossier),
                                                                newest ? opv_round_get_id (newest) : 0, &error);
      OpvOutlineFilter filters[] = {
        { 0 },
        { .statuses = OPV_STATUS_BIT (OPV_STATUS_DONE) },
        { .party_id = G_MAXINT64 },
      };

      g_assert_no_error (error);
      for (guint k = 0; k < G_N_ELEMENTS (filters); k++)
        {
          g_assert_true (opv_outline_model_set_filter (model, &filters[k], &error));
          g_assert_no_error (error);
          g_assert_cmpuint (opv_outline_model_get_n_items_total (model), ==, opv_dossier_get_n_items (dossier));

          for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
            {
              g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, t);
              GListModel *items = opv_theme_get_items (theme);

              g_assert_cmpuint (opv_outline_model_count_theme_items (model, opv_theme_get_id (theme)), ==,
                                g_list_model_get_n_items (items));
              for (guint i = 0; i < g_list_model_get_n_items (items); i++)
                {
                  g_autoptr(OpvItem) item = g_list_model_get_item (items, i);

                  g_assert_cmpint (opv_outline_model_get_index_in_theme (model, opv_item_get_id (item)), ==, i);
                }
            }
        }
      g_assert_cmpuint (opv_outline_model_count_theme_items (model, 0), ==, 0);
      g_assert_cmpuint (opv_outline_model_count_theme_items (model, G_MAXINT64), ==, 0);
      g_assert_cmpint (opv_outline_model_get_index_in_theme (model, 0), ==, -1);
      g_assert_cmpint (opv_outline_model_get_index_in_theme (model, G_MAXINT64), ==, -1);
    }
}

/* Another round, a reload: the filter stays, and reads the model's round
 * unless it names one. */
static void
test_filter_kept (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = generate_small (f);
  GListModel *rounds = opv_dossier_get_rounds (dossier);
  g_autoptr(OpvRound) first = g_list_model_get_item (rounds, 0);
  OpvRound *newest = opv_dossier_get_newest_round (dossier);
  g_autoptr(OpvTheme) theme = g_list_model_get_item (opv_dossier_get_themes (dossier), 0);
  g_autoptr(OpvOutlineModel) model = opv_outline_model_new (f->store, opv_dossier_get_id (dossier),
                                                            opv_round_get_id (newest), &error);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  OpvOutlineFilter filter = { 0 };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *in_newest = NULL;
  g_autofree char *in_first = NULL;
  Tally tally = { 0 };
  gint64 item_id;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), >, 1);

  /* A status that the two rounds give different items */
  for (OpvStatus status = 0; status < OPV_N_STATUSES && filter.statuses == 0; status++)
    {
      OpvOutlineFilter candidate = { .statuses = OPV_STATUS_BIT (status) };
      g_autofree char *a = expect_rows (dossier, newest, &candidate, ids);
      g_autofree char *b = expect_rows (dossier, first, &candidate, ids);

      if (!g_str_equal (a, b))
        filter = candidate;
    }
  g_array_set_size (ids, 0);
  g_assert_cmpuint (filter.statuses, !=, 0);
  check_filter (model, dossier, newest, &filter, &tally);
  in_newest = describe_model_rows (G_LIST_MODEL (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), calls);

  /* The same filter again changes nothing. */
  g_assert_true (opv_outline_model_set_filter (model, &filter, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 0);

  /* The model's round: the filter reads it. */
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_true (opv_outline_model_set_round_id (model, opv_round_get_id (first), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (g_array_index (calls, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (calls, guint, 1), ==, n);
  g_assert_cmpuint (g_array_index (calls, guint, 2), ==, g_list_model_get_n_items (G_LIST_MODEL (model)));
  {
    g_autofree char *expected = expect_rows (dossier, first, &filter, ids);

    in_first = describe_model_rows (G_LIST_MODEL (model));
    opv_test_assert_same_text ("first round", expected, strlen (expected), in_first, strlen (in_first));
    g_assert_cmpuint (opv_outline_model_get_n_items_shown (model), ==, ids->len);
  }
  /* The rounds differ here, so that the check means something. */
  g_assert_cmpstr (in_first, !=, in_newest);

  /* A filter that names its round does not follow the model's. */
  filter.round_id = opv_round_get_id (newest);
  check_filter (model, dossier, first, &filter, &tally);
  {
    g_autofree char *named = describe_model_rows (G_LIST_MODEL (model));

    g_assert_cmpstr (named, ==, in_newest);
    g_assert_true (opv_outline_model_set_round_id (model, 0, &error));
    g_assert_no_error (error);
    g_free (named);
    named = describe_model_rows (G_LIST_MODEL (model));
    g_assert_cmpstr (named, ==, in_newest);
  }
  /* Refused: the model keeps its round and its filter. */
  g_assert_false (opv_outline_model_set_round_id (model, G_MAXINT64, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (opv_outline_model_get_round_id (model), ==, 0);
  check_filter (model, dossier, NULL, &filter, &tally);

  /* A new item has no status yet. A reload shows it. */
  filter = (OpvOutlineFilter) { .statuses = OPV_STATUS_BIT (OPV_STATUS_UNSET) };
  g_assert_true (opv_outline_model_set_round_id (model, opv_round_get_id (newest), &error));
  g_assert_no_error (error);
  check_filter (model, dossier, newest, &filter, &tally);
  n = opv_outline_model_get_n_items_shown (model);
  item_id = opv_store_create_item (f->store, opv_theme_get_id (theme), "1.99", "Een nieuw onderdeel", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opv_outline_model_find_item (model, item_id), ==, G_MAXUINT);
  g_assert_true (opv_outline_model_reload (model, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (model), ==, n + 1);
  g_assert_cmpuint (opv_outline_model_find_item (model, item_id), !=, G_MAXUINT);
  g_clear_object (&dossier);
  dossier = load (f, "gen-0001");
  newest = opv_dossier_get_newest_round (dossier);
  check_filter (model, dossier, newest, &filter, &tally);
  g_assert_cmpuint (opv_outline_model_get_index_in_theme (model, item_id), ==,
                    opv_outline_model_count_theme_items (model, opv_theme_get_id (theme)) - 1);

  /* Shown or not, the item counts. */
  filter.statuses = OPV_STATUS_BIT (OPV_STATUS_DONE);
  check_filter (model, dossier, newest, &filter, &tally);
  g_assert_cmpuint (opv_outline_model_find_item (model, item_id), ==, G_MAXUINT);
  g_assert_cmpint (opv_outline_model_get_index_in_theme (model, item_id), >=, 0);
  g_assert_cmpuint (opv_outline_model_get_n_items_total (model), ==, opv_dossier_get_n_items (dossier));

  /* An item that gained a status since the rows were read is filtered by
   * what the store says, before any reload: the same filter reads again. */
  g_assert_true (opv_store_set_entry_field (f->store, item_id, opv_round_get_id (newest), OPV_ENTRY_FIELD_STATUS,
                                            "done", &error));
  g_assert_no_error (error);
  g_assert_true (opv_outline_model_set_filter (model, &filter, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (opv_outline_model_find_item (model, item_id), !=, G_MAXUINT);
}

/* The store changed and the model was not reloaded yet: the filter reads
 * what the store says of the rows the model has, in their order. */
static void
test_filter_stale_rows (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = generate_small (f);
  OpvRound *newest = opv_dossier_get_newest_round (dossier);
  g_autoptr(OpvOutlineModel) model = NULL;
  g_autoptr(GArray) old_order = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(OpvDossier) fresh = NULL;
  g_autoptr(OpvTheme) theme = g_list_model_get_item (opv_dossier_get_themes (dossier), 0);
  OpvOutlineFilter filter = { .statuses = OPV_STATUS_BIT (OPV_STATUS_IN_PROGRESS) | OPV_STATUS_BIT (OPV_STATUS_DONE) };
  guint n_total;
  gint64 moved, deleted, added;
  Tally tally = { 0 };

  /* Items of sent rounds stay; a new one can go. */
  deleted = opv_store_create_item (f->store, opv_theme_get_id (theme), "", "Weg", &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_move_item (f->store, deleted, opv_theme_get_id (theme), 1, &error));
  g_assert_no_error (error);
  model = opv_outline_model_new (f->store, opv_dossier_get_id (dossier), opv_round_get_id (newest), &error);
  g_assert_no_error (error);
  old_order = opv_outline_model_dup_item_ids (model);
  n_total = old_order->len;
  g_assert_cmpuint (n_total, >, 3);
  g_assert_cmpint (g_array_index (old_order, gint64, 1), ==, deleted);

  moved = g_array_index (old_order, gint64, n_total - 1);
  g_assert_true (opv_store_move_item (f->store, moved, opv_theme_get_id (theme), 0, &error));
  g_assert_no_error (error);
  /* (added first, or it would take the deleted one's id) */
  added = opv_store_create_item (f->store, opv_theme_get_id (theme), "", "Nieuw", &error);
  g_assert_no_error (error);
  g_assert_true (opv_store_delete_item (f->store, deleted, &error));
  g_assert_no_error (error);
  g_assert_true (opv_store_set_entry_field (f->store, added, opv_round_get_id (newest), OPV_ENTRY_FIELD_STATUS,
                                            "done", &error));
  g_assert_no_error (error);

  g_assert_true (opv_outline_model_set_filter (model, &filter, &error));
  g_assert_no_error (error);

  fresh = load (f, "gen-0001");
  for (guint i = 0; i < old_order->len; i++)
    {
      gint64 id = g_array_index (old_order, gint64, i);
      g_autoptr(GPtrArray) items = opv_dossier_dup_items (fresh);

      for (guint k = 0; k < items->len; k++)
        {
          OpvItem *item = g_ptr_array_index (items, k);

          if (opv_item_get_id (item) == id &&
              expect_item (fresh, item, opv_dossier_get_newest_round (fresh), &filter))
            g_array_append_val (expected, id);
        }
    }
  ids = opv_outline_model_dup_item_ids (model);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, n_total);
  g_assert_cmpmem (ids->data, ids->len * sizeof (gint64), expected->data, expected->len * sizeof (gint64));
  g_assert_cmpuint (opv_outline_model_get_n_items_total (model), ==, n_total);
  g_assert_cmpuint (opv_outline_model_find_item (model, added), ==, G_MAXUINT);

  g_assert_true (opv_outline_model_reload (model, &error));
  g_assert_no_error (error);
  check_filter (model, fresh, opv_dossier_get_newest_round (fresh), &filter, &tally);
  g_assert_cmpuint (opv_outline_model_find_item (model, added), !=, G_MAXUINT);
  g_assert_cmpuint (opv_outline_model_find_item (model, deleted), ==, G_MAXUINT);
  g_assert_cmpint (opv_outline_model_get_index_in_theme (model, moved), ==, 0);
}

/* A filter that cannot be read leaves the model as it was. */
static void
test_filter_fails (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = load (f, "nap");
  g_autoptr(OpvOutlineModel) model = opv_outline_model_new (f->store, opv_dossier_get_id (dossier),
                                                            opv_round_get_id (opv_dossier_get_newest_round (dossier)),
                                                            &error);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  OpvOutlineFilter filter = { 0 };
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  guint n;

  g_assert_no_error (error);
  /* A status that some items have, not all */
  for (OpvStatus status = 0; status < OPV_N_STATUSES; status++)
    {
      filter.statuses = OPV_STATUS_BIT (status);
      g_assert_true (opv_outline_model_set_filter (model, &filter, &error));
      g_assert_no_error (error);
      if (opv_outline_model_get_n_items_shown (model) > 0 &&
          opv_outline_model_get_n_items_shown (model) < opv_outline_model_get_n_items_total (model))
        break;
    }
  before = opv_outline_model_dup_item_ids (model);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (before->len, >, 0);
  g_assert_cmpuint (before->len, <, opv_outline_model_get_n_items_total (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), calls);

  g_assert_true (opv_store_exec (f->store, "DROP TABLE responsibility", &error));
  g_assert_no_error (error);
  filter = (OpvOutlineFilter) { .unassigned = TRUE };
  g_assert_false (opv_outline_model_set_filter (model, &filter, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpuint (calls->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  after = opv_outline_model_dup_item_ids (model);
  g_assert_cmpmem (after->data, after->len * sizeof (gint64), before->data, before->len * sizeof (gint64));
  g_assert_cmpuint (opv_outline_model_get_n_items_shown (model), ==, before->len);
}

/* Filtering a dossier of 10,000 items takes a moment, not a second. */
static void
test_filter_fast (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvOutlineModel) model = NULL;
  g_autoptr(OpvDossier) listed = NULL;
  OpvGenerateOptions options = { .seed = 9, .n_dossiers = 1, .n_items = 10000, .n_followups = 0 };
  OpvOutlineFilter filters[] = {
    { .statuses = OPV_STATUS_BIT (OPV_STATUS_DELAYED) },
    { .overdue = TRUE, .year = 2025, .month = 1 },
    { .unassigned = TRUE },
    { .party_id = 0, .statuses = OPV_STATUS_BIT (OPV_STATUS_IN_PROGRESS) },
  };
  gint64 dossier_id;
  g_autoptr(OpvParty) party = NULL;

  g_assert_true (opv_generate (f->store, &options, &error));
  g_assert_no_error (error);
  listed = opv_store_find_dossier (f->store, "gen-0001", &error);
  g_assert_no_error (error);
  dossier_id = opv_dossier_get_id (listed);
  party = g_list_model_get_item (opv_dossier_get_parties (listed), 0);
  filters[G_N_ELEMENTS (filters) - 1].party_id = opv_party_get_id (party);
  model = opv_outline_model_new (f->store, dossier_id, opv_round_get_id (opv_dossier_get_newest_round (listed)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opv_outline_model_get_n_items_total (model), ==, 10000);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 took;

      g_assert_true (opv_outline_model_set_filter (model, &filters[i], &error));
      g_assert_no_error (error);
      took = g_get_monotonic_time () - start;
      g_test_message ("filter %u: %u of 10000 items in %" G_GINT64_FORMAT " µs", i,
                      opv_outline_model_get_n_items_shown (model), took);
      g_assert_cmpuint (opv_outline_model_get_n_items_shown (model), >, 0);
      g_assert_cmpuint (opv_outline_model_get_n_items_shown (model), <, 10000);
      /* Well under 100 ms on a desktop; generous for loaded CI machines. */
      g_assert_cmpint (took, <, G_USEC_PER_SEC);
    }
}

/* Two filters are the same when they show the same rows. */
static void
test_filter_equal (void)
{
  OpvOutlineFilter none = { 0 };
  OpvOutlineFilter none_in_june = { .year = 2024, .month = 6 };
  OpvOutlineFilter theme = { .theme_id = 4, .year = 2024, .month = 6 };
  OpvOutlineFilter theme_later = { .theme_id = 4, .year = 2025, .month = 1 };
  OpvOutlineFilter overdue = { .overdue = TRUE, .year = 2024, .month = 6 };
  OpvOutlineFilter overdue_later = { .overdue = TRUE, .year = 2025, .month = 1 };
  OpvOutlineFilter other_theme = { .theme_id = 5, .year = 2024, .month = 6 };

  g_assert_true (opv_outline_filter_equal (&none, &none_in_june));
  g_assert_true (opv_outline_filter_equal (NULL, &none));
  g_assert_true (opv_outline_filter_equal (&theme, &theme_later));
  g_assert_false (opv_outline_filter_equal (&theme, &none));
  g_assert_false (opv_outline_filter_equal (&theme, &other_theme));
  g_assert_false (opv_outline_filter_equal (&overdue, &overdue_later));
  g_assert_false (opv_outline_filter_equal (NULL, &overdue));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outline-model/filter-equal", test_filter_equal);
  g_test_add ("/outline-model/same-as-loaded", Fixture, NULL, fixture_set_up, test_same_as_loaded, fixture_tear_down);
  g_test_add ("/outline-model/lazy", Fixture, NULL, fixture_set_up, test_lazy, fixture_tear_down);
  g_test_add ("/outline-model/reload-and-round", Fixture, NULL, fixture_set_up, test_reload_and_round, fixture_tear_down);
  g_test_add_func ("/outline-model/filter/is-active", test_filter_is_active);
  g_test_add ("/outline-model/filter/same-as-loaded", Fixture, NULL, fixture_set_up, test_filter_same_as_loaded,
              fixture_tear_down);
  g_test_add ("/outline-model/filter/empty-theme", Fixture, NULL, fixture_set_up, test_filter_empty_theme,
              fixture_tear_down);
  g_test_add ("/outline-model/filter/kept", Fixture, NULL, fixture_set_up, test_filter_kept, fixture_tear_down);
  g_test_add ("/outline-model/filter/stale-rows", Fixture, NULL, fixture_set_up, test_filter_stale_rows,
              fixture_tear_down);
  g_test_add ("/outline-model/filter/fails", Fixture, NULL, fixture_set_up, test_filter_fails, fixture_tear_down);
  g_test_add ("/outline-model/filter/fast", Fixture, NULL, fixture_set_up, test_filter_fast, fixture_tear_down);
  g_test_add ("/outline-model/theme-counts", Fixture, NULL, fixture_set_up, test_theme_counts, fixture_tear_down);

  return g_test_run ();
}
