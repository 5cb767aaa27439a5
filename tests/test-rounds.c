/* test-rounds.c: starting a round from the last, freezing a sent round,
 * reopening it, and comparing two rounds
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include "opv-core.h"
#include <sqlite3.h>

#include "opv-test-util.h"

typedef struct
{
  char     *dir;
  char     *path;
  OpvStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = opv_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "rounds.db", NULL);
  f->store = opv_test_open_with_defaults (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  opv_test_remove_tree (f->dir);
  g_free (f->path);
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

static OpvItem *
find_item (OpvDossier *dossier,
           const char *code)
{
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (dossier);

  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (opv_item_get_code (g_ptr_array_index (items, i)), code))
      return g_ptr_array_index (items, i);
  g_assert_not_reached ();
}

static guint
count_kind (GPtrArray     *changes,
            OpvChangeKind  kind,
            const char    *code)
{
  guint n = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      OpvChange *c = g_ptr_array_index (changes, i);

      if (c->kind != kind)
        continue;
      if (code == NULL)
        n++;
      else if (c->item != NULL && g_str_equal (opv_item_get_code (c->item), code))
        n++;
      else if (c->item == NULL && g_str_equal (opv_theme_get_number (c->theme), code))
        n++;
    }
  return n;
}

/* The two Schaduw dansen rounds as the sources have them: 001 (June 2023)
 * and 000 (2024). */
static void
test_compare_schaduw_dansen (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(OpvDossier) dossier = load (f, "schaduw-dansen");
  g_autoptr(GPtrArray) changes = opv_compare_rounds (dossier,
                                                     opv_dossier_find_round (dossier, "Update juni 2023"),
                                                     opv_dossier_find_round (dossier, "Update 2024"));
  guint unchanged;

  /* Themes 2, 5 and 6 were renamed: "Meldingen en opvolging" became
   * "Melding en opvolging", "Professionalisering" "Professionaliseren",
   * "Uitvoering/ praktijk" "Uitvoeren in de praktijk". */
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_THEME_TITLE, NULL), ==, 3);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_THEME_TITLE, "2"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_THEME_TITLE, "5"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_THEME_TITLE, "6"), ==, 1);

  /* The recommendations worded differently in 2024: 1.3 ("meer ogen"),
   * 3.5 ("welzijns) eisen"), 3.6 ("verantwoording") and 5.3
   * ("regelmatig"). */
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_ITEM_TEXT, NULL), ==, 4);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_ITEM_TEXT, "1.3"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_ITEM_TEXT, "3.5"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_ITEM_TEXT, "3.6"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_ITEM_TEXT, "5.3"), ==, 1);

  /* 1.1: five bullets in June 2023, eight numbered points in 2024. 1.1.1–
   * 1.1.4 repeat bullets 1, 2, 3 and 5; bullet 4 ("De aanbevelingen uit
   * het rapport worden overgenomen …") was dropped; 1.1.5–1.1.8 are new. */
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_REMOVED, "1.1"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_ADDED, "1.1"), ==, 4);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_REWORDED, "1.1"), ==, 0);

  /* 2.1: "OCW overlegt met partijen in de culturele sector hierover"
   * became "OCW overlegt met Mores hierover", and 2.1.2 is new. */
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_REWORDED, "2.1"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_ADDED, "2.1"), ==, 1);

  /* 5.10: "Nader te bepalen" gave way to 5.10.1. */
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_REMOVED, "5.10"), ==, 1);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_ADDED, "5.10"), ==, 1);

  /* Over the dossier: of 2023's 69 bullets, 45 return word for word, 15
   * reworded and 9 dropped; 2024's 156 points are those 60 and 96 new. */
  unchanged = 69 - count_kind (changes, OPV_CHANGE_FOLLOWUP_REMOVED, NULL)
                 - count_kind (changes, OPV_CHANGE_FOLLOWUP_REWORDED, NULL);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_REMOVED, NULL), ==, 9);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_REWORDED, NULL), ==, 15);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_FOLLOWUP_ADDED, NULL), ==, 96);
  g_assert_cmpuint (unchanged + count_kind (changes, OPV_CHANGE_FOLLOWUP_REWORDED, NULL)
                              + count_kind (changes, OPV_CHANGE_FOLLOWUP_ADDED, NULL), ==, 156);

  /* 2024 names no parties, which is no change of party; no status, no
   * timeframe; every recommendation is in both rounds. */
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_PARTY_ADDED, NULL), ==, 0);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_PARTY_REMOVED, NULL), ==, 0);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_STATUS, NULL), ==, 0);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_ITEM_ADDED, NULL), ==, 0);
  g_assert_cmpuint (count_kind (changes, OPV_CHANGE_ITEM_REMOVED, NULL), ==, 0);
  g_assert_cmpuint (changes->len, ==, 3 + 4 + 9 + 15 + 96);
}

static void
test_word_diff (void)
{
  g_autofree char *diff = opv_word_diff_format ("OCW overlegt met partijen in de culturele sector hierover",
                                                "OCW overlegt met Mores hierover.");
  g_assert_cmpstr (diff, ==, "OCW overlegt met [-partijen in de culturele sector-] {+Mores+} hierover.");
  g_assert_cmpfloat (opv_text_similarity ("Een zin.", "een zin"), ==, 1.0);
  g_assert_cmpfloat (opv_text_similarity ("een", "twee"), ==, 0.0);
}

static void
test_create_round_carries_forward (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) before = load (f, "nap");
  g_autoptr(OpvDossier) after = NULL;
  g_autoptr(OpvDossier) without = NULL;
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (before);
  OpvRound *old_round = opv_dossier_get_newest_round (before);
  gint64 id;

  id = opv_store_create_round (f->store, opv_dossier_get_id (before), "Voortgangsrapportage 2025", "2025-03", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  after = load (f, "nap");
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_rounds (after)), ==, 2);
  {
    OpvRound *new_round = opv_dossier_get_newest_round (after);
    OpvRound *kept = opv_dossier_find_round (after, opv_round_get_label (old_round));
    g_autoptr(GPtrArray) new_items = opv_dossier_dup_items (after);
    g_autoptr(GPtrArray) changes = opv_compare_rounds (after, kept, new_round);

    g_assert_cmpstr (opv_round_get_label (new_round), ==, "Voortgangsrapportage 2025");
    g_assert_cmpint (opv_round_get_state (new_round), ==, OPV_ROUND_OPEN);

    /* Everything carried: the comparison finds no change at all. */
    g_assert_cmpuint (changes->len, ==, 0);

    for (guint i = 0; i < new_items->len; i++)
      {
        OpvItem *item = g_ptr_array_index (new_items, i);
        OpvEntry *a = opv_item_get_entry (item, kept);
        OpvEntry *b = opv_item_get_entry (item, new_round);
        GListModel *fa = opv_entry_get_followups (a);
        GListModel *fb = opv_entry_get_followups (b);

        g_assert_nonnull (b);
        g_assert_cmpint (opv_entry_get_status (a), ==, opv_entry_get_status (b));
        g_assert_cmpstr (opv_entry_get_timeframe (a), ==, opv_entry_get_timeframe (b));
        g_assert_cmpstr (opv_entry_get_explanation (a), ==, opv_entry_get_explanation (b));
        g_assert_cmpstr (opv_entry_get_responsibility_note (a), ==, opv_entry_get_responsibility_note (b));
        g_assert_cmpuint (opv_entry_get_responsibilities (a)->len, ==, opv_entry_get_responsibilities (b)->len);
        g_assert_cmpuint (opv_entry_get_kamerstukken (a)->len, ==, opv_entry_get_kamerstukken (b)->len);
        g_assert_cmpuint (opv_entry_get_links (a)->len, ==, opv_entry_get_links (b)->len);
        g_assert_cmpuint (g_list_model_get_n_items (fa), ==, g_list_model_get_n_items (fb));
        for (guint j = 0; j < g_list_model_get_n_items (fb); j++)
          {
            g_autoptr(OpvFollowup) x = g_list_model_get_item (fa, j);
            g_autoptr(OpvFollowup) y = g_list_model_get_item (fb, j);

            g_assert_cmpstr (opv_followup_get_text (x), ==, opv_followup_get_text (y));
            g_assert_false (opv_followup_get_carried (x));
            g_assert_true (opv_followup_get_carried (y));
            g_assert_cmpuint (opv_followup_get_links (x)->len, ==, opv_followup_get_links (y)->len);
          }
      }
    g_assert_cmpuint (new_items->len, ==, items->len);
  }

  /* Undo removes the whole round; starting without follow-up carries
   * the rest only. */
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opv_store_create_round (f->store, opv_dossier_get_id (before), "Leeg", "2025", FALSE, &error), >, 0);
  without = load (f, "schaduw-dansen");   /* another dossier is untouched */
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_rounds (without)), ==, 2);
  g_clear_object (&after);
  after = load (f, "nap");
  {
    g_autoptr(GPtrArray) items = opv_dossier_dup_items (after);
    OpvItem *item = g_ptr_array_index (items, 0);
    OpvEntry *entry = opv_item_get_entry (item, opv_dossier_find_round (after, "Leeg"));
    g_assert_cmpuint (g_list_model_get_n_items (opv_entry_get_followups (entry)), ==, 0);
    g_assert_cmpstr (opv_entry_get_responsibility_note (entry), ==, "Allen");
  }

  /* Labels are unique in a dossier. */
  g_assert_cmpint (opv_store_create_round (f->store, opv_dossier_get_id (before), "Leeg", "2026", FALSE, &error), ==, 0);
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_EXISTS);
}

static void
test_sent_round_is_frozen (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = load (f, "schaduw-dansen");
  g_autoptr(OpvDossier) reloaded = NULL;
  g_autoptr(OpvKamerstuk) letter = opv_kamerstuk_parse ("Kamerstukken II 2023/24, 33 000 VIII, nr. 123");
  OpvRound *june = opv_dossier_find_round (dossier, "Update juni 2023");
  OpvItem *item = find_item (dossier, "2.3");
  gint64 item_id = opv_item_get_id (item), round_id = opv_round_get_id (june);
  OpvEntry *entry = opv_item_get_entry (item, june);
  g_autoptr(OpvFollowup) followup = g_list_model_get_item (opv_entry_get_followups (entry), 0);
  gint64 followup_id = opv_followup_get_id (followup);
  gint64 ocw = 0;
  g_autofree char *frozen = NULL;

  for (guint i = 0; i < opv_entry_get_responsibilities (entry)->len; i++)
    {
      OpvResponsibility *r = g_ptr_array_index (opv_entry_get_responsibilities (entry), i);
      if (g_str_equal (opv_party_get_short_name (r->party), "OCW"))
        ocw = opv_party_get_id (r->party);
    }

  g_assert_nonnull (letter);
  g_assert_true (opv_store_mark_round_sent (f->store, round_id, "2023-06-15", letter, &error));
  g_assert_no_error (error);

  reloaded = load (f, "schaduw-dansen");
  {
    OpvRound *r = opv_dossier_find_round (reloaded, "Update juni 2023");
    g_autofree char *citation = opv_kamerstuk_format (opv_round_get_sent_reference (r));

    g_assert_cmpint (opv_round_get_state (r), ==, OPV_ROUND_SENT);
    g_assert_cmpstr (opv_round_get_sent_on (r), ==, "2023-06-15");
    g_assert_cmpstr (citation, ==, "Kamerstukken II 2023/24, 33 000 VIII, nr. 123");
  }
  frozen = opv_exchange_write (reloaded, NULL);

#define REFUSED(call) \
  G_STMT_START { \
    g_assert_false (call); \
    g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_READ_ONLY); \
    g_assert_nonnull (strstr (error->message, "Update juni 2023")); \
    g_clear_error (&error); \
  } G_STMT_END

  /* Every kind of write to the sent round is refused by the store. */
  REFUSED (opv_store_set_entry_field (f->store, item_id, round_id, OPV_ENTRY_FIELD_STATUS, "done", &error));
  REFUSED (opv_store_set_entry_field (f->store, item_id, round_id, OPV_ENTRY_FIELD_TIMEFRAME, "2024", &error));
  REFUSED (opv_store_set_entry_field (f->store, item_id, round_id, OPV_ENTRY_FIELD_EXPLANATION, "x", &error));
  REFUSED (opv_store_set_entry_field (f->store, item_id, round_id, OPV_ENTRY_FIELD_RESPONSIBILITY_NOTE, "x", &error));
  REFUSED (opv_store_set_entry_field (f->store, item_id, round_id, OPV_ENTRY_FIELD_TO_BE_DETERMINED, "1", &error));
  REFUSED (opv_store_add_responsibility (f->store, item_id, round_id, "SZW", OPV_ROLE_LEAD, &error));
  REFUSED (opv_store_set_responsibility_role (f->store, item_id, round_id, ocw, OPV_ROLE_INVOLVED, &error));
  REFUSED (opv_store_remove_responsibility (f->store, item_id, round_id, ocw, &error));
  REFUSED (opv_store_add_followup (f->store, item_id, round_id, -1, "", "Nieuw", &error) != 0);
  REFUSED (opv_store_update_followup (f->store, followup_id, NULL, "Anders", &error));
  REFUSED (opv_store_move_followup (f->store, followup_id, 1, &error));
  REFUSED (opv_store_delete_followup (f->store, followup_id, &error));
  REFUSED (opv_store_set_followup_sources (f->store, followup_id, NULL, NULL, &error));
  REFUSED (opv_store_delete_item (f->store, item_id, &error));
  REFUSED (opv_store_delete_theme (f->store, opv_theme_get_id (opv_item_get_theme (item)), &error));
  REFUSED (opv_store_delete_dossier (f->store, opv_dossier_get_id (dossier), &error));
  REFUSED (opv_store_merge_parties (f->store, ocw, ocw + 1, &error));
  REFUSED (opv_store_mark_round_sent (f->store, round_id, "2023-06-16", NULL, &error));
#undef REFUSED

  /* Editing an item's current wording leaves what was sent as it was. */
  g_assert_true (opv_store_set_item_field (f->store, item_id, OPV_ITEM_FIELD_TEXT, "Herziene tekst.", &error));
  g_assert_no_error (error);
  {
    g_autoptr(OpvDossier) after = load (f, "schaduw-dansen");
    OpvItem *same = find_item (after, "2.3");
    OpvRound *r = opv_dossier_find_round (after, "Update juni 2023");

    g_assert_true (g_str_has_prefix (opv_item_get_text_for (same, r), "Zorg voor betere vindbaarheid"));
    /* The open round has no wording of its own for 2.3: it follows. */
    g_assert_cmpstr (opv_item_get_text_for (same, opv_dossier_find_round (after, "Update 2024")), ==,
                     "Herziene tekst.");
  }
  g_assert_true (opv_store_undo (f->store, NULL, NULL, &error));
  {
    g_autoptr(OpvDossier) after = load (f, "schaduw-dansen");
    g_autofree char *now = opv_exchange_write (after, NULL);
    g_assert_cmpstr (now, ==, frozen);
  }

  /* A sent round survives import: the exchange file keeps its state. */
  g_assert_nonnull (strstr (frozen, "\"state\" : \"sent\""));
  g_assert_nonnull (strstr (frozen, "\"sent_on\" : \"2023-06-15\""));
}

static void
test_reopen_is_recorded (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = load (f, "schaduw-dansen");
  OpvRound *june = opv_dossier_find_round (dossier, "Update juni 2023");
  OpvItem *item = find_item (dossier, "1.1");
  gint64 round_id = opv_round_get_id (june);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_false (opv_store_reopen_round (f->store, round_id, &error));
  g_assert_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_true (opv_store_mark_round_sent (f->store, round_id, "2023-06-15", NULL, &error));
  g_assert_true (opv_store_reopen_round (f->store, round_id, &error));
  g_assert_no_error (error);

  /* Editable again. */
  g_assert_true (opv_store_set_entry_field (f->store, opv_item_get_id (item), round_id, OPV_ENTRY_FIELD_STATUS,
                                            "done", &error));
  g_assert_no_error (error);

  /* The audit trail has who reopened which round, and when. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT description, old, new, user, at FROM audit "
                                       "WHERE object = 'round' AND object_id = ? AND field = 'state' ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, round_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Mark the round as sent");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Reopen the round");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "sent");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "open");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), !=, "");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Who is responsible as of a round that names nobody, and what is late:
 * the rules the list, its filters, the parties view and the detail pane
 * share. */
static void
test_responsible_and_overdue (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(OpvDossier) schaduw = load (f, "schaduw-dansen");
  g_autoptr(OpvDossier) nap = load (f, "nap");
  OpvItem *item = find_item (schaduw, "2.3");
  OpvRound *june = opv_dossier_find_round (schaduw, "Update juni 2023");
  OpvRound *newest = opv_dossier_find_round (schaduw, "Update 2024");
  g_autoptr(GPtrArray) activities = opv_dossier_dup_items (nap);
  guint overdue = 0;

  /* The 2024 update names no parties: June 2023 still says who. */
  g_assert_false (opv_entry_states_responsibility (opv_item_get_entry (item, newest)));
  g_assert_true (opv_item_get_responsible_entry (item, newest) == opv_item_get_entry (item, june));
  g_assert_true (opv_item_get_latest_entry (item) == opv_item_get_entry (item, newest));
  g_assert_true (opv_dossier_find_round_by_id (schaduw, opv_round_get_id (june)) == june);
  g_assert_null (opv_dossier_find_round_by_id (NULL, opv_round_get_id (june)));

  /* NAP as of June 2024: 20 activities past their timeframe and not done
   * (counted by hand from the progress table). */
  for (guint i = 0; i < activities->len; i++)
    overdue += opv_entry_is_overdue (opv_item_get_latest_entry (g_ptr_array_index (activities, i)), 2024, 6);
  g_assert_cmpuint (overdue, ==, 20);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rounds/word-diff", test_word_diff);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/rounds/compare-schaduw-dansen", test_compare_schaduw_dansen);
  ADD ("/rounds/create-carries-forward", test_create_round_carries_forward);
  ADD ("/rounds/sent-round-is-frozen", test_sent_round_is_frozen);
  ADD ("/rounds/reopen-is-recorded", test_reopen_is_recorded);
  ADD ("/rounds/responsible-and-overdue", test_responsible_and_overdue);
#undef ADD

  return g_test_run ();
}
