/* test-seeds.c: the default dossiers hold what their sources say
 *
 * The numbers below are counted from the source documents in
 * ../shared/seeds/ (see its README.md); each comment says where. Where a
 * number is a curator's decision rather than a count, the comment names
 * the curation notes in build-aux/seeds/ instead. The dossiers are read
 * as the application sees them: imported into a new database and loaded.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "opv-exchange.h"
#include "opv-store.h"
#include "opv-test-util.h"

typedef struct
{
  char       *dir;
  OpvStore   *store;
  OpvDossier *dossier;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = opv_test_make_tmpdir ();
  path = g_build_filename (f->dir, "opvolging.db", NULL);
  f->store = opv_test_open_with_defaults (path);
  f->dossier = opv_store_find_dossier (f->store, data, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opv_dossier_get_slug (f->dossier), ==, data);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->dossier);
  g_clear_object (&f->store);
  opv_test_remove_tree (f->dir);
  g_free (f->dir);
}

static OpvTheme *
theme_at (OpvDossier *dossier,
          guint       index)
{
  g_autoptr(OpvTheme) theme = g_list_model_get_item (opv_dossier_get_themes (dossier), index);

  g_assert_nonnull (theme);
  return theme;  /* the dossier keeps it alive */
}

static OpvRound *
round_named (OpvDossier *dossier,
             const char *label)
{
  OpvRound *round = opv_dossier_find_round (dossier, label);

  g_assert_nonnull (round);
  return round;
}

static OpvItem *
item_with_title (GPtrArray  *items,
                 const char *prefix)
{
  OpvItem *found = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);

      if (g_str_has_prefix (opv_item_get_title (item), prefix))
        {
          g_assert_null (found);  /* the prefix names one item */
          found = item;
        }
    }
  if (found == NULL)
    g_test_message ("no item titled “%s…”", prefix);
  g_assert_nonnull (found);
  return found;
}

/* "A,B,C": the parties of @entry in the order the source gives them. */
static char *
parties_of (OpvEntry *entry)
{
  GPtrArray *responsibilities = opv_entry_get_responsibilities (entry);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < responsibilities->len; i++)
    {
      OpvResponsibility *resp = g_ptr_array_index (responsibilities, i);
      g_string_append_printf (s, "%s%s", i ? "," : "", opv_party_get_short_name (resp->party));
    }
  return g_string_free (s, FALSE);
}

static guint
n_followups (OpvEntry *entry)
{
  return g_list_model_get_n_items (opv_entry_get_followups (entry));
}

/* Schaduw dansen, item by item. Parties, note and "nader te bepalen" are
 * the Verantwoordelijk column of 001 (the June 2023 table), in its order;
 * the 2023 follow-ups are the non-empty <li> bullets of the Opvolging
 * column in 001, continuation rows included (5.4 has a fourth, empty
 * bullet); the 2024 follow-ups are the numbered N.N.N lines of 000. */
static const struct {
  const char *code;
  const char *parties;
  gboolean    tbd;
  const char *note;
  guint       followups_2023;
  guint       followups_2024;
} schaduw_items[] = {
  { "1.1", "Danspartijen", FALSE, "", 5, 8 },
  { "1.2", "Alliantie", FALSE, "", 2, 12 },
  { "1.3", "Alliantie", FALSE, "", 2, 2 },
  { "2.1", "OCW", FALSE, "", 1, 2 },
  { "2.2", "", FALSE, "Gesprekken hierover lopen nog met betrokken partijen", 3, 4 },
  { "2.3", "Alliantie,VWS,OCW", FALSE, "", 2, 11 },
  { "2.4", "OCW", FALSE, "", 1, 3 },
  { "2.5", "", TRUE, "", 2, 3 },
  { "2.6", "VWS,OCW", FALSE, "", 4, 7 },
  { "3.1", "Regeringscommissaris,VWS,OCW", FALSE, "", 2, 5 },
  { "3.2", "VWS,OCW,Gemeenten", FALSE, "", 1, 5 },
  { "3.3", "Gemeenten", FALSE, "", 2, 3 },
  { "3.4", "Alliantie", FALSE, "", 2, 5 },
  { "3.5", "Alliantie", FALSE, "", 2, 4 },
  { "3.6", "OCW", FALSE, "", 2, 3 },
  { "3.7", "Alliantie", FALSE, "", 2, 6 },
  { "4.1", "Alliantie", FALSE, "", 2, 6 },
  { "4.2", "Alliantie", FALSE, "", 2, 4 },
  { "4.3", "Gemeenten,Alliantie", FALSE, "", 2, 4 },
  /* 001 writes "OCW, VWS, alliantie". */
  { "4.4", "OCW,VWS,Alliantie", FALSE, "", 2, 3 },
  { "5.1", "Alliantie", FALSE, "", 2, 4 },
  { "5.2", "Alliantie", FALSE, "", 2, 3 },
  { "5.3", "OCW", FALSE, "", 2, 5 },
  { "5.4", "Alliantie", FALSE, "", 3, 4 },
  /* 001: "OCW, gesprekken met partijen moeten nog gevoerd". */
  { "5.5", "OCW", FALSE, "gesprekken met partijen moeten nog gevoerd", 1, 3 },
  { "5.6", "OCW,Alliantie", FALSE, "", 3, 6 },
  { "5.7", "OCW,Alliantie", FALSE, "", 4, 5 },
  { "5.8", "Alliantie", FALSE, "", 2, 3 },
  { "5.9", "OCW", FALSE, "", 1, 5 },
  { "5.10", "", TRUE, "", 1, 1 },
  { "6.1", "Alliantie", FALSE, "", 2, 6 },
  { "6.2", "Alliantie", FALSE, "", 2, 4 },
  { "6.3", "Alliantie", FALSE, "", 1, 7 },
};

static void
test_schaduw_dossier (Fixture       *f,
                      gconstpointer  data)
{
  /* The head of 001, and "Bij het verschijnen van het rapport (22/5/2023)"
   * in its item 1.1. */
  static const char * const parties[] = {
    "Danspartijen", "Alliantie", "OCW", "VWS", "Regeringscommissaris", "Gemeenten",
  };
  GListModel *list = opv_dossier_get_parties (f->dossier);
  OpvRound *june = round_named (f->dossier, "Update juni 2023");
  OpvRound *update = round_named (f->dossier, "Update 2024");
  g_autoptr(OpvRound) first = g_list_model_get_item (opv_dossier_get_rounds (f->dossier), 0);

  g_assert_cmpstr (opv_dossier_get_title (f->dossier), ==, "Opvolging Verinorm rapport 'Schaduw dansen'");
  g_assert_cmpstr (opv_dossier_get_short_name (f->dossier), ==, "Schaduw dansen");
  g_assert_cmpint (opv_dossier_get_kind (f->dossier), ==, OPV_DOSSIER_KIND_RECOMMENDATIONS);
  g_assert_cmpstr (opv_dossier_get_publisher (f->dossier), ==, "Verinorm");
  g_assert_cmpstr (opv_dossier_get_published (f->dossier), ==, "2023-05-22");

  /* Two rounds, oldest first: 001 is "Update juni 2023"; 000 names no month. */
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_rounds (f->dossier)), ==, 2);
  g_assert_true (first == june);
  g_assert_true (opv_dossier_get_newest_round (f->dossier) == update);
  g_assert_cmpstr (opv_round_get_period (june), ==, "2023-06");
  g_assert_cmpstr (opv_round_get_period (update), ==, "2024");

  /* Every party in 001's Verantwoordelijk column, in order of first
   * appearance (1.1, 1.2, 2.1, 2.3, 3.1, 3.2). */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (parties));
  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (list, i);
      g_assert_cmpstr (opv_party_get_short_name (party), ==, parties[i]);
    }
}

static void
test_schaduw_themes (Fixture       *f,
                     gconstpointer  data)
{
  /* Theme rows of 001 (<b>1.</b> … <b>6.</b>), the item rows under each,
   * and the theme lines "N. title" of 000, which reword 2, 5 and 6. */
  static const struct {
    const char *number;
    const char *title_2023;
    const char *title_2024;   /* NULL when 000 words it the same */
    guint       n_items;
  } themes[] = {
    { "1", "Aandacht voor slachtoffers", NULL, 3 },
    { "2", "Meldingen en opvolging", "Melding en opvolging", 6 },
    { "3", "Structuur", NULL, 7 },
    { "4", "Cultuur", NULL, 4 },
    { "5", "Professionalisering", "Professionaliseren", 10 },
    { "6", "Uitvoering/ praktijk", "Uitvoeren in de praktijk", 3 },
  };
  OpvRound *june = round_named (f->dossier, "Update juni 2023");
  OpvRound *update = round_named (f->dossier, "Update 2024");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  guint total = 0;

  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_themes (f->dossier)), ==, G_N_ELEMENTS (themes));
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      OpvTheme *theme = theme_at (f->dossier, i);

      g_assert_cmpstr (opv_theme_get_number (theme), ==, themes[i].number);
      g_assert_cmpstr (opv_theme_get_title (theme), ==, themes[i].title_2023);
      g_assert_null (opv_theme_get_wording (theme, june));
      g_assert_cmpstr (opv_theme_get_wording (theme, update), ==, themes[i].title_2024);
      g_assert_cmpstr (opv_theme_get_title_for (theme, update), ==,
                       themes[i].title_2024 ? themes[i].title_2024 : themes[i].title_2023);
      g_assert_cmpuint (g_list_model_get_n_items (opv_theme_get_items (theme)), ==, themes[i].n_items);
      total += themes[i].n_items;
    }

  /* 33 items, 1.1 … 6.3, in 001's order: so 5.10 comes after 5.9. */
  g_assert_cmpuint (total, ==, 33);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (schaduw_items));
  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);
      g_autofree char *theme_number = g_strndup (schaduw_items[i].code, strcspn (schaduw_items[i].code, "."));

      g_assert_cmpstr (opv_item_get_code (item), ==, schaduw_items[i].code);
      g_assert_cmpstr (opv_theme_get_number (opv_item_get_theme (item)), ==, theme_number);
    }
  g_assert_cmpstr (opv_item_get_code (g_ptr_array_index (items, 28)), ==, "5.9");
  g_assert_cmpstr (opv_item_get_code (g_ptr_array_index (items, 29)), ==, "5.10");
}

static void
test_schaduw_items (Fixture       *f,
                    gconstpointer  data)
{
  OpvRound *june = round_named (f->dossier, "Update juni 2023");
  OpvRound *update = round_named (f->dossier, "Update 2024");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  guint total_2023 = 0, total_2024 = 0;

  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (schaduw_items));
  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);
      OpvEntry *e2023 = opv_item_get_entry (item, june);
      OpvEntry *e2024 = opv_item_get_entry (item, update);
      g_autofree char *parties = NULL;
      g_autofree char *parties_2024 = NULL;

      g_test_message ("item %s", schaduw_items[i].code);
      g_assert_cmpstr (opv_item_get_code (item), ==, schaduw_items[i].code);
      g_assert_nonnull (e2023);
      g_assert_nonnull (e2024);

      parties = parties_of (e2023);
      g_assert_cmpstr (parties, ==, schaduw_items[i].parties);
      g_assert_cmpint (opv_entry_get_to_be_determined (e2023), ==, schaduw_items[i].tbd);
      g_assert_cmpstr (opv_entry_get_responsibility_note (e2023), ==, schaduw_items[i].note);
      for (guint j = 0; j < opv_entry_get_responsibilities (e2023)->len; j++)
        {
          OpvResponsibility *resp = g_ptr_array_index (opv_entry_get_responsibilities (e2023), j);
          g_assert_cmpint (resp->role, ==, OPV_ROLE_LEAD);
        }

      /* 000 names no responsible parties at all. */
      parties_2024 = parties_of (e2024);
      g_assert_cmpstr (parties_2024, ==, "");
      g_assert_false (opv_entry_get_to_be_determined (e2024));
      g_assert_cmpstr (opv_entry_get_responsibility_note (e2024), ==, "");

      /* Neither source has a status or a timeframe column. */
      g_assert_cmpint (opv_entry_get_status (e2023), ==, OPV_STATUS_UNSET);
      g_assert_cmpint (opv_entry_get_status (e2024), ==, OPV_STATUS_UNSET);
      g_assert_cmpstr (opv_entry_get_timeframe (e2023), ==, "");
      g_assert_cmpstr (opv_entry_get_timeframe (e2024), ==, "");

      g_assert_cmpuint (n_followups (e2023), ==, schaduw_items[i].followups_2023);
      g_assert_cmpuint (n_followups (e2024), ==, schaduw_items[i].followups_2024);
      total_2023 += n_followups (e2023);
      total_2024 += n_followups (e2024);

      /* 2023 follow-ups are not numbered; 2024 ones are N.N.1, N.N.2, … */
      for (guint j = 0; j < n_followups (e2023); j++)
        {
          g_autoptr(OpvFollowup) followup = g_list_model_get_item (opv_entry_get_followups (e2023), j);
          g_assert_cmpstr (opv_followup_get_code (followup), ==, "");
        }
      for (guint j = 0; j < n_followups (e2024); j++)
        {
          g_autoptr(OpvFollowup) followup = g_list_model_get_item (opv_entry_get_followups (e2024), j);
          g_autofree char *code = g_strdup_printf ("%s.%u", schaduw_items[i].code, j + 1);
          g_assert_cmpstr (opv_followup_get_code (followup), ==, code);
        }
    }

  g_assert_cmpuint (total_2023, ==, 69);
  g_assert_cmpuint (total_2024, ==, 156);
}

static void
test_schaduw_links_and_references (Fixture       *f,
                                   gconstpointer  data)
{
  /* The follow-ups of 000 that end in "zie 6.1.4", in any of its forms. */
  static const char * const referring[] = {
    "1.2.1", "1.3.1", "3.4.2", "3.5.1", "3.7.1", "4.1.1",
    "4.2.2", "4.3.1", "4.3.2", "5.1.1", "5.2.1", "5.8.1",
  };
  OpvRound *june = round_named (f->dossier, "Update juni 2023");
  OpvRound *update = round_named (f->dossier, "Update 2024");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  guint links_2023 = 0, known_2023 = 0, links_2024 = 0, known_2024 = 0;
  gboolean target_exists = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);
      OpvRound *rounds[] = { june, update };

      for (guint r = 0; r < G_N_ELEMENTS (rounds); r++)
        {
          OpvEntry *entry = opv_item_get_entry (item, rounds[r]);
          GListModel *followups = opv_entry_get_followups (entry);

          /* The seeds cite their links on follow-ups only. */
          g_assert_cmpuint (opv_entry_get_links (entry)->len, ==, 0);

          for (guint j = 0; j < g_list_model_get_n_items (followups); j++)
            {
              g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, j);
              GPtrArray *links = opv_followup_get_links (followup);
              GPtrArray *refs = opv_followup_get_references (followup);

              if (g_strcmp0 (opv_followup_get_code (followup), "6.1.4") == 0)
                target_exists = TRUE;

              for (guint k = 0; k < links->len; k++)
                {
                  OpvLink *link = g_ptr_array_index (links, k);

                  g_assert_cmpstr (link->label, !=, "");
                  /* A link's label stands in the follow-up's text. */
                  g_assert_nonnull (strstr (opv_followup_get_text (followup), link->label));
                  if (r == 0)
                    {
                      links_2023++;
                      if (link->url != NULL)
                        {
                          known_2023++;
                          g_assert_cmpstr (link->url, ==, "http://www.dansveilig.nl");
                        }
                    }
                  else
                    {
                      links_2024++;
                      if (link->url != NULL)
                        known_2024++;
                    }
                }

              if (refs->len > 0)
                {
                  g_assert_cmpuint (refs->len, ==, 1);
                  g_assert_cmpstr (g_ptr_array_index (refs, 0), ==, "6.1.4");
                  g_assert_true (rounds[r] == update);
                  g_ptr_array_add (found, g_strdup (opv_followup_get_code (followup)));
                  /* The marker is gone from the text. */
                  g_assert_null (strstr (opv_followup_get_text (followup), "zie 6.1.4"));
                }
            }
        }
    }

  /* 001 has 11 <a> elements: 9 with href="#" (target lost) and 2 to
   * http://www.dansveilig.nl (6.2 and 6.3). */
  g_assert_cmpuint (links_2023, ==, 11);
  g_assert_cmpuint (known_2023, ==, 2);
  /* Every link in 000 is "[label](#)": none has a target. 000 has 99 of
   * them; 8 are "[*zie 6.1.4](#)" cross-references, and the curators list
   * a link repeated within one follow-up once (build-aux/seeds/
   * schaduw_dansen.md: "portretreeks" twice, "expertgroepen"), which gives
   * 88. */
  g_assert_cmpuint (links_2024, ==, 88);
  g_assert_cmpuint (known_2024, ==, 0);

  /* 12 references, all to 6.1.4, which is itself a 2024 follow-up. */
  g_assert_true (target_exists);
  g_assert_cmpuint (found->len, ==, G_N_ELEMENTS (referring));
  for (guint i = 0; i < G_N_ELEMENTS (referring); i++)
    g_assert_cmpstr (g_ptr_array_index (found, i), ==, referring[i]);
}

/* Spot checks of single follow-ups against 001. */
static void
test_schaduw_followup_text (Fixture       *f,
                            gconstpointer  data)
{
  OpvRound *june = round_named (f->dossier, "Update juni 2023");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  OpvItem *first = g_ptr_array_index (items, 0);
  OpvItem *last = g_ptr_array_index (items, items->len - 1);
  OpvEntry *entry = opv_item_get_entry (first, june);
  g_autoptr(OpvFollowup) third = g_list_model_get_item (opv_entry_get_followups (entry), 2);
  g_autoptr(OpvFollowup) on_63 = g_list_model_get_item (opv_entry_get_followups (opv_item_get_entry (last, june)),
                                                         0);
  OpvLink *link;

  /* 001, 1.1, third bullet: "… vertegenwoordigt <a href="#">erkenning</a> uit …" */
  g_assert_true (g_str_has_prefix (opv_followup_get_text (third),
                                   "Bij het verschijnen van het rapport (22/5/2023)"));
  g_assert_nonnull (strstr (opv_followup_get_text (third), "vertegenwoordigt erkenning uit"));
  g_assert_null (strstr (opv_followup_get_text (third), "<a"));
  g_assert_cmpuint (opv_followup_get_links (third)->len, ==, 1);
  link = g_ptr_array_index (opv_followup_get_links (third), 0);
  g_assert_cmpstr (link->label, ==, "erkenning");
  g_assert_null (link->url);

  /* 001, 6.3: the one bullet links to www.dansveilig.nl. */
  g_assert_cmpstr (opv_item_get_code (last), ==, "6.3");
  g_assert_cmpuint (opv_followup_get_links (on_63)->len, ==, 1);
  link = g_ptr_array_index (opv_followup_get_links (on_63), 0);
  g_assert_cmpstr (link->url, ==, "http://www.dansveilig.nl");
}

/* The NAP progress table (003). */

static void
test_nap_structure (Fixture       *f,
                    gconstpointer  data)
{
  /* Actielijn 1–5 with their goal sentences (the page headers of 003,
   * "ledereen" read as "Iedereen"), and the activities under each:
   * 27/7/31/6/12 according to the curation notes (build-aux/seeds/nap.md,
   * "Final counts"); Actielijn 2's seven rows were counted in 003 (lines
   * 371–453). */
  static const struct {
    const char *number;
    const char *title_start;
    guint       n_items;
  } themes[] = {
    { "Actielijn 1", "Er zijn gedeelde maatschappelijke waarden en normen", 27 },
    { "Actielijn 2", "Wet- en regelgeving weerspiegelen de (veranderende) maatschappelijke normen", 7 },
    { "Actielijn 3", "Organisaties hebben processen voor preventie, signalering en opvolging op orde", 31 },
    { "Actielijn 4", "Iedereen herkent seksueel grensoverschrijdend gedrag", 6 },
    { "Actielijn 5", "Er is goede hulpverlening die makkelijk vindbaar is", 12 },
  };
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  OpvRound *round = NULL;

  g_assert_cmpstr (opv_dossier_get_short_name (f->dossier), ==, "NAP");
  g_assert_cmpint (opv_dossier_get_kind (f->dossier), ==, OPV_DOSSIER_KIND_ACTIVITIES);

  /* One round: the progress report, written in March 2024 (nap.md, call 22). */
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_rounds (f->dossier)), ==, 1);
  round = round_named (f->dossier, "Voortgangsrapportage 2024");
  g_assert_cmpstr (opv_round_get_period (round), ==, "2024-03");

  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_themes (f->dossier)), ==, G_N_ELEMENTS (themes));
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      OpvTheme *theme = theme_at (f->dossier, i);

      g_assert_cmpstr (opv_theme_get_number (theme), ==, themes[i].number);
      g_assert_true (g_str_has_prefix (opv_theme_get_title (theme), themes[i].title_start));
      g_assert_cmpuint (g_list_model_get_n_items (opv_theme_get_items (theme)), ==, themes[i].n_items);
    }
  g_assert_cmpuint (items->len, ==, 83);

  /* The table numbers no activity, and reports each once, without
   * follow-up items. */
  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);

      g_assert_cmpstr (opv_item_get_code (item), ==, "");
      g_assert_cmpuint (opv_item_get_entries (item)->len, ==, 1);
      g_assert_nonnull (opv_item_get_entry (item, round));
      g_assert_cmpuint (n_followups (opv_item_get_entry (item, round)), ==, 0);
    }
}

static void
test_nap_statuses (Fixture       *f,
                   gconstpointer  data)
{
  /* Only the rows whose glyph the curators could match to the legend have
   * a status (nap.md, "Glyph → status, per activity"): 9 in-progress,
   * 4 ongoing, 1 delayed, none done or not started, 69 without. */
  static const struct {
    const char *title_start;
    OpvStatus   status;
  } set[] = {
    { "Kennisplatform Inclusief Samenleven (KIS)", OPV_STATUS_IN_PROGRESS },
    { "Actualisatie kerndoelen seksuele vorming", OPV_STATUS_IN_PROGRESS },
    { "Kwalificatie-eisen MBO", OPV_STATUS_IN_PROGRESS },
    { "Wijziging van de Arbeidsomstandighedenwet", OPV_STATUS_IN_PROGRESS },
    { "Verkenning randvoorwaarden subsidieverstrekking", OPV_STATUS_IN_PROGRESS },
    { "Integrale aanpak sociale veiligheid in hoger onderwijs", OPV_STATUS_IN_PROGRESS },
    { "Professionaliseren bedrijfsvoering, bestuur en toezicht", OPV_STATUS_IN_PROGRESS },
    { "Stimuleren sectorale aanpak Bouw en techniek", OPV_STATUS_IN_PROGRESS },
    { "Innovatie challenge voor startups nr. 2", OPV_STATUS_IN_PROGRESS },
    { "Alliantie Act4Respect Unlimited", OPV_STATUS_ONGOING },
    { "Expertisepunt Burgerschap", OPV_STATUS_ONGOING },
    { "Rijksoverheid als werkgever", OPV_STATUS_ONGOING },
    { "Hulpverlening bij seksualiteitsvraagstukken van jongeren", OPV_STATUS_ONGOING },
    /* 003 line 398: glyph "g", the legend's "In uitvoering met vertraging". */
    { "Wettelijke verplichting gedragscode en klachtenregeling", OPV_STATUS_DELAYED },
  };
  OpvRound *round = round_named (f->dossier, "Voortgangsrapportage 2024");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  guint counts[OPV_N_STATUSES] = { 0 };
  OpvEntry *delayed;
  g_autofree char *delayed_parties = NULL;

  for (guint i = 0; i < items->len; i++)
    counts[opv_entry_get_status (opv_item_get_entry (g_ptr_array_index (items, i), round))]++;

  g_assert_cmpuint (counts[OPV_STATUS_IN_PROGRESS], ==, 9);
  g_assert_cmpuint (counts[OPV_STATUS_ONGOING], ==, 4);
  g_assert_cmpuint (counts[OPV_STATUS_DELAYED], ==, 1);
  g_assert_cmpuint (counts[OPV_STATUS_DONE], ==, 0);
  g_assert_cmpuint (counts[OPV_STATUS_NOT_STARTED], ==, 0);
  g_assert_cmpuint (counts[OPV_STATUS_UNSET], ==, 69);

  for (guint i = 0; i < G_N_ELEMENTS (set); i++)
    {
      OpvItem *item = item_with_title (items, set[i].title_start);
      g_assert_cmpint (opv_entry_get_status (opv_item_get_entry (item, round)), ==, set[i].status);
    }

  /* 003 lines 398–400: "Q3-Q4 / 2024", SZW. */
  delayed = opv_item_get_entry (item_with_title (items, "Wettelijke verplichting gedragscode en klachtenregeling"),
                                round);
  g_assert_cmpstr (opv_entry_get_timeframe (delayed), ==, "Q3-Q4 2024");
  delayed_parties = parties_of (delayed);
  g_assert_cmpstr (delayed_parties, ==, "SZW");
}

static void
test_nap_timeframes (Fixture       *f,
                     gconstpointer  data)
{
  /* The two activities whose Wanneer cell is lost in 003 (nap.md,
   * "Unreadable or lost": activity 1 at the cut-off top of the file and
   * activity 7 at line 78). */
  static const char * const without[] = {
    "Publiekscommunicatie voor het NAP",
    "Mannenemancipatie als deel van de oplossing",
  };
  OpvRound *round = round_named (f->dossier, "Voortgangsrapportage 2024");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  OpvItem *arbowet;
  guint n_without = 0;

  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);
      OpvEntry *entry = opv_item_get_entry (item, round);

      if (opv_entry_get_timeframe (entry)[0] != '\0')
        continue;
      g_assert_cmpuint (n_without, <, G_N_ELEMENTS (without));
      g_assert_cmpstr (opv_item_get_title (item), ==, without[n_without]);
      n_without++;
    }
  g_assert_cmpuint (n_without, ==, G_N_ELEMENTS (without));

  /* 003 line 371: "… tfl 2023-2024 Initiatiefnemer …". */
  arbowet = item_with_title (items, "Wijziging van de Arbeidsomstandighedenwet");
  g_assert_cmpstr (opv_entry_get_timeframe (opv_item_get_entry (arbowet, round)), ==, "2023-2024");
}

static void
test_nap_papers_and_links (Fixture       *f,
                           gconstpointer  data)
{
  OpvRound *round = round_named (f->dossier, "Voortgangsrapportage 2024");
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  OpvItem *gender = item_with_title (items, "Gendergelijkheid op de werkvloer");
  guint n_papers = 0, n_unknown_chamber = 0, n_links = 0, n_urls = 0, n_found = 0;

  for (guint i = 0; i < items->len; i++)
    {
      OpvItem *item = g_ptr_array_index (items, i);
      OpvEntry *entry = opv_item_get_entry (item, round);
      GPtrArray *papers = opv_entry_get_kamerstukken (entry);
      GPtrArray *links = opv_entry_get_links (entry);

      for (guint j = 0; j < papers->len; j++)
        {
          OpvKamerstuk *k = g_ptr_array_index (papers, j);
          g_autofree char *text = opv_kamerstuk_format (k);

          n_papers++;
          if (k->chamber == OPV_CHAMBER_UNKNOWN)
            n_unknown_chamber++;
          else
            g_assert_cmpint (k->chamber, ==, OPV_CHAMBER_SECOND);
          if (strcmp (text, "Kamerstukken 2023/24, 30420, nr. 390") == 0)
            {
              /* Footnote 2 (003 line 152), cited for this activity. */
              g_assert_true (item == gender);
              g_assert_cmpint (k->chamber, ==, OPV_CHAMBER_UNKNOWN);
              n_found++;
            }
        }

      for (guint j = 0; j < links->len; j++)
        {
          OpvLink *link = g_ptr_array_index (links, j);

          n_links++;
          if (link->url != NULL)
            n_urls++;
        }
    }

  /* 003 cites 11 papers in 10 footnotes (lines 152, 267, 268, 332, 333,
   * 375, 664, 709, 822 with two, and 994); only footnote 2 names no
   * chamber. */
  g_assert_cmpuint (n_found, ==, 1);
  g_assert_cmpuint (n_papers, ==, 11);
  g_assert_cmpuint (n_unknown_chamber, ==, 1);
  /* Links: 16 footnotes and one address in the text, 11 with a URL
   * printed on their page (nap.md, "Footnotes: Kamerstukken and links"). */
  g_assert_cmpuint (n_links, ==, 17);
  g_assert_cmpuint (n_urls, ==, 11);
}

static void
test_nap_parties (Fixture       *f,
                  gconstpointer  data)
{
  /* The Wie column as the curators read it (nap.md, "Final counts"). */
  static const struct {
    const char *short_name;
    guint       activities;
    guint       involved;
  } parties[] = {
    { "OCW", 34, 0 },
    { "VWS", 22, 0 },
    { "SZW", 11, 1 },
    { "JenV", 6, 0 },
    { "BZK", 1, 0 },
    { "Regeringscommissaris", 18, 0 },
    { "NLA", 1, 0 },
    { "Rijksoverheid", 1, 0 },
    { "Sociale partners", 1, 0 },
    { "Lid Maatoug (PvdA-GL)", 1, 0 },
  };
  OpvRound *round = round_named (f->dossier, "Voortgangsrapportage 2024");
  GListModel *declared = opv_dossier_get_parties (f->dossier);
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  guint n_allen = 0, n_initiator = 0;

  g_assert_cmpuint (g_list_model_get_n_items (declared), ==, G_N_ELEMENTS (parties));
  for (guint p = 0; p < G_N_ELEMENTS (parties); p++)
    {
      g_autoptr(OpvParty) party = g_list_model_get_item (declared, p);
      guint activities = 0, involved = 0;

      g_assert_cmpstr (opv_party_get_short_name (party), ==, parties[p].short_name);
      for (guint i = 0; i < items->len; i++)
        {
          OpvEntry *entry = opv_item_get_entry (g_ptr_array_index (items, i), round);
          GPtrArray *resps = opv_entry_get_responsibilities (entry);

          for (guint j = 0; j < resps->len; j++)
            {
              OpvResponsibility *resp = g_ptr_array_index (resps, j);

              if (resp->party != party)
                continue;
              activities++;
              if (resp->role == OPV_ROLE_INVOLVED)
                involved++;
            }
        }
      g_test_message ("party %s", parties[p].short_name);
      g_assert_cmpuint (activities, ==, parties[p].activities);
      g_assert_cmpuint (involved, ==, parties[p].involved);
    }

  for (guint i = 0; i < items->len; i++)
    {
      OpvEntry *entry = opv_item_get_entry (g_ptr_array_index (items, i), round);
      const char *note = opv_entry_get_responsibility_note (entry);

      if (strcmp (note, "Allen") == 0)
        n_allen++;
      else if (strcmp (note, "Initiatiefnemer (Lid Maatoug van PvdA-GL)") == 0)
        n_initiator++;
      else
        g_assert_cmpstr (note, ==, "");
    }
  g_assert_cmpuint (n_allen, ==, 2);
  g_assert_cmpuint (n_initiator, ==, 1);
}

/* The Inspectie report (004), chapter 9. */
static void
test_inspectie (Fixture       *f,
                gconstpointer  data)
{
  /* The section headings of chapter 9 (9.1 is a heading above the first
   * three, not a theme) and the numbered recommendations under each. */
  static const struct {
    const char *number;
    const char *title;
    guint       n_items;
  } themes[] = {
    { "9.1.1", "PLAN (ontwikkelen)", 6 },
    { "9.1.2", "DO (uitvoeren)", 6 },
    { "9.1.3", "CHECK EN ACT (monitoren, evalueren en bijstellen)", 5 },
    { "9.2", "Stelselgerichte aanbevelingen", 4 },
  };
  /* The numbered headings of chapter 9; 1, 10, 12, 13 and 14 wrap onto a
   * second line in 004. */
  static const char * const titles[] = {
    "Formuleer een visie en concrete doelen, maatregelen en acties en baseer deze op een risicoanalyse",
    "Een veilige cultuur voor de hele organisatie",
    "Zorg voor helderheid over waarden en normen, gewenst en ongewenst gedrag",
    "Zorg voor structurele planning en centrale regie",
    "Expertise: vergroot kennis en kunde – informeer en leer",
    "Betrek de organisatie, en vooral docenten en studenten",
    "Informeer de studenten en docenten, en andere betrokken medewerkers",
    "Aandacht en leiderschap",
    "Aandacht voor meldprocedure en transparante afhandeling",
    "Voer het gesprek over gewenst en ongewenst gedrag en geef studenten en docenten daar handvatten voor",
    "Scholing didactische en pedagogische vaardigheden van docenten",
    "Specifieke maatregelen voor zzp’ers, gastdocenten en docenten met een tijdelijke of kleine aanstelling",
    "Gebruik instrumenten of methoden om effect maatregelen en sociale veiligheid te monitoren en evalueren",
    "Voer als bestuur het gesprek met verschillende geledingen binnen de hogeschool over doelen en "
    "(uitvoering van) maatregelen",
    "Verantwoording intern en extern",
    "Waarborg sociale veiligheid bij beoordelingen; een rol voor examencommissies",
    "Intern toezicht – een rol voor de raad van toezicht",
    "Zorg voor kennisdeling",
    "Monitoren sociale veiligheid in de sector hoger onderwijs",
    "Standaarden voor beleid voor sociale veiligheid",
    "Betrek ook niet-bekostigde instellingen",
  };
  g_autoptr(GPtrArray) items = opv_dossier_dup_items (f->dossier);
  guint next = 0;

  g_assert_cmpstr (opv_dossier_get_title (f->dossier), ==,
                   "Sturen op blijvende sociale veiligheid in het hoger kunst- en mode-onderwijs");
  g_assert_cmpstr (opv_dossier_get_short_name (f->dossier), ==, "Inspectie");
  g_assert_cmpstr (opv_dossier_get_publisher (f->dossier), ==, "Inspectie van het Onderwijs");
  /* The report states no date (inspectie.md). */
  g_assert_cmpstr (opv_dossier_get_published (f->dossier), ==, "");
  /* No follow-up has been reported on it yet. */
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_rounds (f->dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_parties (f->dossier)), ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (opv_dossier_get_themes (f->dossier)), ==, G_N_ELEMENTS (themes));
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      OpvTheme *theme = theme_at (f->dossier, i);
      GListModel *theme_items = opv_theme_get_items (theme);

      g_assert_cmpstr (opv_theme_get_number (theme), ==, themes[i].number);
      g_assert_cmpstr (opv_theme_get_title (theme), ==, themes[i].title);
      g_assert_cmpuint (g_list_model_get_n_items (theme_items), ==, themes[i].n_items);

      /* Codes 1 … 21 run on across the themes. */
      for (guint j = 0; j < g_list_model_get_n_items (theme_items); j++)
        {
          g_autoptr(OpvItem) item = g_list_model_get_item (theme_items, j);
          g_autofree char *code = g_strdup_printf ("%u", ++next);

          g_assert_cmpstr (opv_item_get_code (item), ==, code);
          g_assert_cmpstr (opv_item_get_title (item), ==, titles[next - 1]);
          g_assert_cmpstr (opv_item_get_text (item), !=, "");
          g_assert_cmpuint (opv_item_get_entries (item)->len, ==, 0);
        }
    }
  g_assert_cmpuint (next, ==, 21);
  g_assert_cmpuint (items->len, ==, 21);

  /* Footnote 38 is carried as the last paragraph of 20, its marker gone. */
  g_assert_nonnull (strstr (opv_item_get_text (g_ptr_array_index (items, 19)),
                            "\n(38) Voor het middelbaar beroepsonderwijs"));
  g_assert_null (strstr (opv_item_get_text (g_ptr_array_index (items, 19)), "is38"));
  g_assert_nonnull (strstr (opv_item_get_text (g_ptr_array_index (items, 19)), "het geval is."));
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, and untranslated whatever LANGUAGE says. */
  setlocale (LC_ALL, "");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, slug) \
  g_test_add (path, Fixture, slug, fixture_set_up, func, fixture_tear_down)

  ADD ("/seeds/schaduw-dansen/dossier", test_schaduw_dossier, "schaduw-dansen");
  ADD ("/seeds/schaduw-dansen/themes", test_schaduw_themes, "schaduw-dansen");
  ADD ("/seeds/schaduw-dansen/items", test_schaduw_items, "schaduw-dansen");
  ADD ("/seeds/schaduw-dansen/links-and-references", test_schaduw_links_and_references, "schaduw-dansen");
  ADD ("/seeds/schaduw-dansen/followup-text", test_schaduw_followup_text, "schaduw-dansen");
  ADD ("/seeds/nap/structure", test_nap_structure, "nap");
  ADD ("/seeds/nap/statuses", test_nap_statuses, "nap");
  ADD ("/seeds/nap/timeframes", test_nap_timeframes, "nap");
  ADD ("/seeds/nap/papers-and-links", test_nap_papers_and_links, "nap");
  ADD ("/seeds/nap/parties", test_nap_parties, "nap");
  ADD ("/seeds/inspectie", test_inspectie, "inspectie");

#undef ADD

  return g_test_run ();
}
