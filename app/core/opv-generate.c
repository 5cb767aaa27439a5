/* opv-generate.c: synthetic databases of any size, for benchmarks
 *
 * Everything comes from one seeded generator (splitmix64) and fixed word
 * lists, so that a size and a seed give the same database on every
 * machine. The text reads like the status tables it imitates: Dutch
 * sentences of varied length about policy, with parties and their roles,
 * rounds, statuses, timeframes, links and parliamentary papers.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-generate"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "opv-code.h"
#include "opv-generate.h"
#include "opv-store-private.h"
#include "opv-util.h"

typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static guint
rng_below (Rng   *rng,
           guint  n)
{
  return n > 0 ? (guint) (rng_next (rng) % n) : 0;
}

static gboolean
rng_chance (Rng   *rng,
            guint  percent)
{
  return rng_below (rng, 100) < percent;
}

#define PICK(rng, array) ((array)[rng_below ((rng), G_N_ELEMENTS (array))])

/* Word lists */

typedef struct
{
  const char *singular;
  const char *plural;
} Verb;

static const struct { const char *text; gboolean plural; } subjects[] = {
  { "De minister van OCW", FALSE }, { "Het kabinet", FALSE }, { "De inspectie", FALSE },
  { "Gemeenten", TRUE }, { "Instellingen", TRUE }, { "De sector", FALSE },
  { "Het ministerie", FALSE }, { "De werkgroep", FALSE }, { "Betrokken partijen", TRUE },
  { "Het expertisecentrum", FALSE }, { "De toezichthouder", FALSE }, { "Scholen", TRUE },
  { "Werkgevers", TRUE }, { "De regionale coördinatoren", TRUE }, { "Het landelijk meldpunt", FALSE },
  { "De staatssecretaris", FALSE }, { "Sportbonden", TRUE }, { "De Alliantie", FALSE },
  { "Hogescholen", TRUE }, { "De kwartiermaker", FALSE },
};

static const Verb verbs[] = {
  { "ontwikkelt", "ontwikkelen" }, { "verkent", "verkennen" }, { "onderzoekt", "onderzoeken" },
  { "versterkt", "versterken" }, { "evalueert", "evalueren" }, { "ondersteunt", "ondersteunen" },
  { "bevordert", "bevorderen" }, { "verbetert", "verbeteren" }, { "monitort", "monitoren" },
  { "publiceert", "publiceren" }, { "financiert", "financieren" }, { "organiseert", "organiseren" },
  { "herziet", "herzien" }, { "borgt", "borgen" }, { "bespreekt", "bespreken" },
  { "actualiseert", "actualiseren" },
};

static const char * const objects[] = {
  "een handreiking voor sociale veiligheid", "de meldprocedure", "het bestaande beleid",
  "een landelijk kennisplatform", "de samenwerking tussen instellingen", "de positie van slachtoffers",
  "de aanpak van grensoverschrijdend gedrag", "een onafhankelijk meldpunt", "de gedragscode",
  "het toezichtkader", "de opleiding van docenten", "een publiekscampagne",
  "de registratie van incidenten", "de financiering van de pilots", "de ondersteuning van vertrouwenspersonen",
  "een nulmeting", "de wettelijke grondslag", "het klachtenreglement",
  "de deskundigheid van professionals", "de informatievoorziening aan ouders",
  "het netwerk van ervaringsdeskundigen", "de regionale aanpak", "de interne klachtenregeling",
  "een verklaring omtrent het gedrag voor vrijwilligers", "de scholing van leidinggevenden",
  "het gesprek over omgangsvormen", "de bereikbaarheid van hulpverlening", "de nazorg na een melding",
  "de rol van de medezeggenschap", "een integraal veiligheidsplan", "de kennis over seksueel geweld",
  "de doorlooptijd van onderzoeken",
};

static const char * const adverbials[] = {
  "in 2024", "voor het einde van het jaar", "samen met de sector", "in overleg met de VNG",
  "op basis van de evaluatie", "in alle regio's", "vanaf het komende studiejaar",
  "in de eerste helft van 2025", "waar nodig", "met ingang van 1 januari",
  "binnen de bestaande middelen", "in nauwe samenwerking met het veld", "na advies van de Raad van State",
  "in een meerjarig programma", "met ervaringsdeskundigen", "in drie pilotregio's",
};

static const char * const remarks[] = {
  "Hierover is de Kamer eerder geïnformeerd.", "Er is een kwartiermaker aangesteld.",
  "De eerste resultaten zijn positief.", "De uitvoering loopt vertraging op door een tekort aan capaciteit.",
  "Een tussenrapportage volgt in het najaar.", "De middelen zijn structureel vrijgemaakt.",
  "Dit gebeurt in aansluiting op het bestaande programma.", "De resultaten worden gedeeld met alle betrokkenen.",
  "Daarbij wordt ook gekeken naar de ervaringen in het buitenland.", "Het wetsvoorstel is in consultatie gegaan.",
  "De gesprekken met de koepels zijn afgerond.", "Een onafhankelijke evaluatie is gestart.",
  "Er hebben zich twintig organisaties aangemeld.", "De coördinatie ligt bij één aanspreekpunt.",
};

static const char * const imperatives[] = {
  "Zorg voor", "Investeer in", "Versterk", "Ontwikkel", "Maak werk van", "Verbeter",
  "Borg", "Onderzoek", "Stimuleer", "Organiseer", "Herzie", "Evalueer",
};

static const char * const theme_titles[] = {
  "Preventie en bewustwording", "Melden en ondersteunen", "Toezicht en handhaving",
  "Onderzoek en monitoring", "Cultuur en leiderschap", "Opleiding en deskundigheid",
  "Samenwerking in de keten", "Wet- en regelgeving", "Slachtofferhulp",
  "Communicatie en voorlichting", "Governance en verantwoording", "Kennis en expertise",
  "Digitale veiligheid", "Sport en cultuur", "Onderwijs en jeugd", "Zorg en welzijn",
};

static const char * const report_first[] = {
  "Samen", "Veilig", "Stil", "Open", "Sterk", "Gezond", "Eerlijk", "Blijvend", "Schaduw", "Helder",
};

static const char * const report_second[] = {
  "verder", "leren", "werken", "sporten", "wonen", "opgroeien", "vertrouwen", "herstel", "dansen", "zicht",
};

static const char * const publishers[] = {
  "Inspectie van het Onderwijs", "Verinorm", "Onderzoeksraad voor Veiligheid",
  "Commissie-De Winter", "Regioplan", "Movisie", "Nationaal Rapporteur",
};

static const struct { const char *short_name; const char *full_name; const char *kind; } parties[] = {
  { "OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap", "ministry" },
  { "JenV", "Ministerie van Justitie en Veiligheid", "ministry" },
  { "VWS", "Ministerie van Volksgezondheid, Welzijn en Sport", "ministry" },
  { "BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "ministry" },
  { "SZW", "Ministerie van Sociale Zaken en Werkgelegenheid", "ministry" },
  { "EZK", "Ministerie van Economische Zaken en Klimaat", "ministry" },
  { "IenW", "Ministerie van Infrastructuur en Waterstaat", "ministry" },
  { "Defensie", "Ministerie van Defensie", "ministry" },
  { "Inspectie", "Inspectie van het Onderwijs", "government" },
  { "Politie", "Nationale Politie", "government" },
  { "OM", "Openbaar Ministerie", "government" },
  { "NZa", "Nederlandse Zorgautoriteit", "government" },
  { "VNG", "Vereniging van Nederlandse Gemeenten", "local-government" },
  { "Gemeenten", "", "local-government" },
  { "IPO", "Interprovinciaal Overleg", "local-government" },
  { "GGD GHOR", "GGD GHOR Nederland", "local-government" },
  { "MBO Raad", "", "sector" },
  { "VH", "Vereniging Hogescholen", "sector" },
  { "UNL", "Universiteiten van Nederland", "sector" },
  { "PO-Raad", "", "sector" },
  { "VO-raad", "", "sector" },
  { "NOC*NSF", "Nederlands Olympisch Comité * Nederlandse Sport Federatie", "sector" },
  { "Kunsten '92", "", "sector" },
  { "ActiZ", "", "sector" },
  { "Alliantie", "Alliantie Verandering van Binnenuit", "other" },
  { "Slachtofferhulp", "Slachtofferhulp Nederland", "other" },
  { "CSG", "Centrum Seksueel Geweld", "other" },
  { "Rutgers", "", "other" },
  { "Movisie", "", "other" },
  { "CVSV", "Centrum Veilige Sport Nederland", "other" },
};

static const char * const timeframes[] = {
  "Q1 2024", "Q3 2025", "2023-2025", "Vanaf 2022", "Eind 2024", "Doorlopend",
  "Voorjaar 2025", "Najaar 2024", "2024", "Medio 2025", "Q2 2026", "2025",
};

static const char * const kamerstuk_dossiers[] = {
  "30420", "31288", "34843", "29240", "33 000 VIII", "36200 VIII", "32827", "28345",
};

static const char * const link_labels[] = {
  "de handreiking", "het factsheet", "de kennisbank", "het onderzoeksrapport", "de toolkit",
  "de brochure", "het actieplan", "de voortgangsbrief",
};

static const char * const notes[] = {
  "Gesprekken hierover lopen nog met betrokken partijen",
  "Wordt in samenhang met het programma opgepakt",
  "Eigenaarschap wordt belegd in de stuurgroep",
};

/* The statuses, weighted as the default dossiers have them: mostly under
 * way, a quarter done. */
static const char * const status_ids[] = {
  NULL, "done", "done", "done", "done", "done", "in-progress", "in-progress", "in-progress",
  "in-progress", "in-progress", "in-progress", "in-progress", "ongoing", "ongoing",
  "delayed", "delayed", "delayed", "not-started", "not-started",
};

/* Text */

static void
append_sentence (GString *s,
                 Rng     *rng)
{
  guint subject = rng_below (rng, G_N_ELEMENTS (subjects));
  const Verb *verb = &PICK (rng, verbs);

  if (s->len > 0)
    g_string_append_c (s, ' ');
  g_string_append_printf (s, "%s %s %s", subjects[subject].text,
                          subjects[subject].plural ? verb->plural : verb->singular, PICK (rng, objects));
  if (rng_chance (rng, 70))
    g_string_append_printf (s, " %s", PICK (rng, adverbials));
  if (rng_chance (rng, 25))
    g_string_append_printf (s, " en %s %s", verb->plural, PICK (rng, objects));
  g_string_append_c (s, '.');
  if (rng_chance (rng, 30))
    g_string_append_printf (s, " %s", PICK (rng, remarks));
}

/* One to @max sentences; the first sometimes as short as a heading. */
static void
append_paragraph (GString *s,
                  Rng     *rng,
                  guint    max)
{
  guint n = 1 + rng_below (rng, max);

  for (guint i = 0; i < n; i++)
    append_sentence (s, rng);
}

static char *
item_title (Rng *rng)
{
  g_autofree char *object = g_strdup (PICK (rng, objects));

  return g_strdup_printf ("%s %s", PICK (rng, imperatives), object);
}

static char *
item_text (Rng        *rng,
           const char *title)
{
  GString *s = g_string_new (title);

  if (rng_chance (rng, 60))
    g_string_append_printf (s, " %s", PICK (rng, adverbials));
  g_string_append_c (s, '.');
  if (rng_chance (rng, 80))
    append_paragraph (s, rng, 3);
  if (rng_chance (rng, 10))
    {
      GString *more = g_string_new (NULL);

      append_paragraph (more, rng, 4);
      g_string_append_printf (s, "\n%s", more->str);
      g_string_free (more, TRUE);
    }
  return g_string_free (s, FALSE);
}

/* The generator's state while it writes */

typedef struct
{
  OpvStore *store;
  Rng       rng;
  GArray   *party_ids;      /* gint64, by index in parties[] */
  gint64    next_position;
} Generator;

typedef struct
{
  gint64   id;
  char    *label;
} Round;

static gboolean
step (Generator     *g,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  return opv_store_step_done (g->store, stmt, error);
}

static gint64
last_id (Generator *g)
{
  return sqlite3_last_insert_rowid (g->store->db);
}

static gboolean
insert_parties (Generator  *g,
                GError    **error)
{
  g->party_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      sqlite3_stmt *stmt = opv_store_prepare (g->store,
                                              "INSERT OR IGNORE INTO party (short_name, full_name, kind) VALUES (?, ?, ?)",
                                              error);
      gint64 id;
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, parties[i].short_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, parties[i].full_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, parties[i].kind, -1, SQLITE_STATIC);
      if (!step (g, stmt, error))
        return FALSE;

      stmt = opv_store_prepare (g->store, "SELECT id FROM party WHERE short_name = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, parties[i].short_name, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        return opv_store_set_sqlite_error (g->store, rc, _("Could not read the parties"), error);
      g_array_append_val (g->party_ids, id);
    }

  return TRUE;
}

static gboolean
insert_kamerstuk (Generator    *g,
                  const char   *owner_sql,
                  gint64        owner_id,
                  guint         position,
                  guint         year,
                  GError      **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (g->store, owner_sql, error);
  const char *dossier = PICK (&g->rng, kamerstuk_dossiers);
  guint number = 1 + rng_below (&g->rng, 480);
  g_autofree char *session = g_strdup_printf ("%u/%02u", year - 1, year % 100);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *url = NULL;

  if (stmt == NULL)
    return FALSE;
  if (rng_chance (&g->rng, 80))
    {
      g_autofree char *slug = g_strdup (dossier);

      g_strdelimit (slug, " ", '-');
      url = g_strdup_printf ("https://zoek.officielebekendmakingen.nl/kst-%s-%u.html", slug, number);
    }
  sqlite3_bind_int64 (stmt, 1, owner_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, rng_chance (&g->rng, 95) ? "II" : "I", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, session, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, dossier, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, number_text, -1, SQLITE_STATIC);
  opv_store_bind_text (stmt, 7, url);
  return step (g, stmt, error);
}

#define INSERT_KAMERSTUK(owner) \
  "INSERT INTO kamerstuk (" owner ", position, chamber, session, dossier, number, url) " \
  "VALUES (?, ?, ?, ?, ?, ?, ?)"

static gboolean
insert_link (Generator   *g,
             const char  *owner_sql,
             gint64       owner_id,
             guint        position,
             const char  *label,
             guint        year,
             GError     **error)
{
  sqlite3_stmt *stmt = opv_store_prepare (g->store, owner_sql, error);
  g_autofree char *url = NULL;

  if (stmt == NULL)
    return FALSE;
  /* Now and then a link whose address the source lost. */
  if (rng_chance (&g->rng, 90))
    url = g_strdup_printf ("https://www.rijksoverheid.nl/documenten/rapporten/%u/%02u/%02u/document-%u",
                           year, 1 + rng_below (&g->rng, 12), 1 + rng_below (&g->rng, 28),
                           rng_below (&g->rng, 100000));
  sqlite3_bind_int64 (stmt, 1, owner_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, label, -1, SQLITE_STATIC);
  opv_store_bind_text (stmt, 4, url);
  return step (g, stmt, error);
}

/* What one dossier looks like before its rows are written. */
typedef struct
{
  gint64   id;
  gboolean activities;
  gboolean codes;            /* items and follow-ups numbered */
  guint    first_year;
  GArray  *parties;          /* guint indexes into parties[] */
  GArray  *rounds;           /* Round */
  GPtrArray *codes_so_far;   /* item codes, for cross-references */
} Dossier;

static void
round_clear (gpointer data)
{
  g_free (((Round *) data)->label);
}

static gboolean
insert_followup (Generator   *g,
                 Dossier     *d,
                 gint64       entry_id,
                 gint64       item_id,
                 const Round *round,
                 guint        year,
                 guint        position,
                 const char  *code,
                 const char  *carried_text,
                 GPtrArray   *texts,
                 GError     **error)
{
  g_autoptr(GString) text = g_string_new (carried_text);
  g_autofree char *indexed = NULL;
  const char *link_label = NULL;
  const char *reference = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  if (carried_text == NULL)
    {
      append_paragraph (text, &g->rng, rng_chance (&g->rng, 15) ? 4 : 2);
      if (rng_chance (&g->rng, 6))
        {
          link_label = PICK (&g->rng, link_labels);
          g_string_append_printf (text, " Zie %s.", link_label);
        }
      if (d->codes_so_far->len > 1 && rng_chance (&g->rng, 3))
        {
          reference = g_ptr_array_index (d->codes_so_far, rng_below (&g->rng, d->codes_so_far->len - 1));
          g_string_append_printf (text, " Dit hangt samen met aanbeveling %s.", reference);
        }
    }

  stmt = opv_store_prepare (g->store,
                            "INSERT INTO followup (entry_id, position, code, text, carried) VALUES (?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text->str, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, carried_text != NULL);
  if (!step (g, stmt, error))
    return FALSE;
  id = last_id (g);

  indexed = g_strconcat (code, " ", text->str, NULL);
  if (!opv_store_index_text (g->store, indexed, "followup", d->id, item_id, round->id, id, error))
    return FALSE;

  if (reference != NULL)
    {
      stmt = opv_store_prepare (g->store,
                                "INSERT INTO followup_reference (followup_id, position, target) VALUES (?, 0, ?)",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, reference, -1, SQLITE_STATIC);
      if (!step (g, stmt, error))
        return FALSE;
    }
  if (link_label != NULL &&
      !insert_link (g, "INSERT INTO link (followup_id, position, label, url) VALUES (?, ?, ?, ?)",
                    id, 0, link_label, year, error))
    return FALSE;
  if (carried_text == NULL && rng_chance (&g->rng, 8) &&
      !insert_kamerstuk (g, INSERT_KAMERSTUK ("followup_id"), id, 0, year, error))
    return FALSE;

  g_ptr_array_add (texts, g_string_free (g_steal_pointer (&text), FALSE));
  return TRUE;
}

static gboolean
insert_entry (Generator    *g,
              Dossier      *d,
              gint64        item_id,
              const char   *item_code,
              guint         r,
              guint         n_followups,
              GPtrArray    *previous_texts,
              GPtrArray    *texts,
              gboolean      reworded,
              GError      **error)
{
  const Round *round = &g_array_index (d->rounds, Round, r);
  guint year = d->first_year + r;
  g_autoptr(GString) explanation = g_string_new (NULL);
  g_autofree char *wording_title = NULL;
  const char *status = PICK (&g->rng, status_ids);
  const char *timeframe = rng_chance (&g->rng, 88) ? PICK (&g->rng, timeframes) : "";
  gboolean tbd = rng_chance (&g->rng, 4);
  const char *note = rng_chance (&g->rng, 4) ? PICK (&g->rng, notes) : "";
  guint n_parties = tbd ? 0 : 1 + rng_below (&g->rng, MIN (3, d->parties->len));
  sqlite3_stmt *stmt;
  gint64 id;

  if (rng_chance (&g->rng, 40))
    append_paragraph (explanation, &g->rng, 3);
  if (reworded)
    wording_title = item_title (&g->rng);

  stmt = opv_store_prepare (g->store,
                            "INSERT INTO entry (item_id, round_id, status, timeframe, explanation, "
                            "  to_be_determined, responsibility_note, title, text) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, round->id);
  opv_store_bind_text (stmt, 3, status);
  sqlite3_bind_text (stmt, 4, timeframe, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, explanation->str, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, tbd);
  sqlite3_bind_text (stmt, 7, note, -1, SQLITE_STATIC);
  opv_store_bind_text (stmt, 8, wording_title);
  if (!step (g, stmt, error))
    return FALSE;
  id = last_id (g);

  if (explanation->len > 0 &&
      !opv_store_index_text (g->store, explanation->str, "explanation", d->id, item_id, round->id, id, error))
    return FALSE;

  /* Different parties, the first one leading. */
  {
    guint start = rng_below (&g->rng, d->parties->len);

    for (guint i = 0; i < n_parties; i++)
      {
        guint index = g_array_index (d->parties, guint, (start + i) % d->parties->len);
        gint64 party_id = g_array_index (g->party_ids, gint64, index);

        stmt = opv_store_prepare (g->store,
                                  "INSERT INTO responsibility (entry_id, party_id, position, role) VALUES (?, ?, ?, ?)",
                                  error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_bind_int64 (stmt, 2, party_id);
        sqlite3_bind_int (stmt, 3, i);
        sqlite3_bind_text (stmt, 4, i == 0 || rng_chance (&g->rng, 30) ? "lead" : "involved", -1, SQLITE_STATIC);
        if (!step (g, stmt, error) ||
            !opv_store_index_party (g->store, party_id, d->id, item_id, round->id, error))
          return FALSE;
      }
  }

  if (explanation->len > 0 && rng_chance (&g->rng, 8) &&
      !insert_link (g, "INSERT INTO link (entry_id, position, label, url) VALUES (?, ?, ?, ?)",
                    id, 0, PICK (&g->rng, link_labels), year, error))
    return FALSE;
  if (rng_chance (&g->rng, 5) &&
      !insert_kamerstuk (g, INSERT_KAMERSTUK ("entry_id"), id, 0, year, error))
    return FALSE;

  for (guint i = 0; i < n_followups; i++)
    {
      g_autofree char *code = d->codes && item_code[0] != '\0' ? g_strdup_printf ("%s.%u", item_code, i + 1)
                                                               : g_strdup ("");
      /* Some follow-up is reported again unchanged, as the rounds do. */
      const char *carried = previous_texts != NULL && i < previous_texts->len && rng_chance (&g->rng, 20)
                            ? g_ptr_array_index (previous_texts, i) : NULL;

      if (!insert_followup (g, d, id, item_id, round, year, i, code, carried, texts, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_item (Generator  *g,
             Dossier    *d,
             gint64      theme_id,
             guint       theme_number,
             guint       position,
             guint       n_followups,
             GError    **error)
{
  g_autofree char *code = d->codes ? g_strdup_printf ("%u.%u", theme_number, position + 1) : g_strdup ("");
  g_autofree char *sort_key = opv_code_sort_key (code);
  g_autofree char *title = item_title (&g->rng);
  g_autofree char *text = item_text (&g->rng, title);
  g_autofree char *indexed = NULL;
  g_autoptr(GPtrArray) previous = NULL;
  guint n_rounds = d->rounds->len;
  /* Most items are reported from the first round on; some came later. */
  guint first_round = n_rounds > 1 && rng_chance (&g->rng, 10) ? 1 + rng_below (&g->rng, n_rounds - 1) : 0;
  guint n_entries = n_rounds - first_round;
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = opv_store_prepare (g->store,
                            "INSERT INTO item (theme_id, position, code, sort_key, title, text) VALUES (?, ?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, theme_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sort_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, text, -1, SQLITE_STATIC);
  if (!step (g, stmt, error))
    return FALSE;
  id = last_id (g);

  indexed = g_strconcat (code, " ", title, " ", text, NULL);
  if (!opv_store_index_text (g->store, indexed, "item", d->id, id, 0, id, error))
    return FALSE;

  /* The follow-up is spread over the rounds, the later ones a little
   * longer: the total stays exact. */
  for (guint e = 0; e < n_entries; e++)
    {
      guint r = first_round + e;
      guint share = n_followups / n_entries + (e < n_followups % n_entries ? 1 : 0);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      if (!insert_entry (g, d, id, code, r, share, previous, texts,
                         r > 0 && rng_chance (&g->rng, 3), error))
        return FALSE;
      g_clear_pointer (&previous, g_ptr_array_unref);
      previous = g_steal_pointer (&texts);
    }

  if (code[0] != '\0')
    g_ptr_array_add (d->codes_so_far, g_steal_pointer (&code));
  return TRUE;
}

static const char * const round_labels[] = {
  "Update juni %u", "Voortgangsrapportage %u", "Update %u", "Stand van zaken %u",
};

static gboolean
insert_dossier (Generator   *g,
                guint        number,
                guint        n_items,
                const guint *followups_per_item,
                GError     **error)
{
  Dossier d = { 0 };
  g_autofree char *slug = g_strdup_printf ("gen-%04u", number + 1);
  g_autofree char *short_name = g_strdup_printf ("%s %s", PICK (&g->rng, report_first), PICK (&g->rng, report_second));
  g_autofree char *title = NULL;
  g_autofree char *published = NULL;
  guint n_rounds = 1 + rng_below (&g->rng, 4);
  guint n_themes = CLAMP (n_items / 8, 1, 3 + rng_below (&g->rng, 10));
  guint item = 0;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  d.activities = rng_chance (&g->rng, 25);
  d.codes = !d.activities || rng_chance (&g->rng, 50);
  d.first_year = 2019 + rng_below (&g->rng, 4);
  d.parties = g_array_new (FALSE, FALSE, sizeof (guint));
  d.rounds = g_array_new (FALSE, TRUE, sizeof (Round));
  g_array_set_clear_func (d.rounds, round_clear);
  d.codes_so_far = g_ptr_array_new_with_free_func (g_free);

  title = d.activities ? g_strdup_printf ("Nationaal actieprogramma %s", short_name)
                       : g_strdup_printf ("Opvolging rapport '%s'", short_name);
  published = g_strdup_printf ("%u-%02u", d.first_year - 1, 1 + rng_below (&g->rng, 12));

  stmt = opv_store_prepare (g->store,
                            "INSERT INTO dossier (slug, title, short_name, kind, publisher, published, position) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_text (stmt, 1, slug, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, short_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, d.activities ? "activities" : "recommendations", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, PICK (&g->rng, publishers), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, published, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, g->next_position++);
  if (!step (g, stmt, error))
    goto out;
  d.id = last_id (g);

  /* Three to eight different parties. */
  {
    guint n = 3 + rng_below (&g->rng, 6);
    guint start = rng_below (&g->rng, G_N_ELEMENTS (parties));

    for (guint i = 0; i < n; i++)
      {
        guint index = (start + i * 7) % G_N_ELEMENTS (parties);

        g_array_append_val (d.parties, index);
        stmt = opv_store_prepare (g->store,
                                  "INSERT INTO dossier_party (dossier_id, party_id, position) VALUES (?, ?, ?)",
                                  error);
        if (stmt == NULL)
          goto out;
        sqlite3_bind_int64 (stmt, 1, d.id);
        sqlite3_bind_int64 (stmt, 2, g_array_index (g->party_ids, gint64, index));
        sqlite3_bind_int (stmt, 3, i);
        if (!step (g, stmt, error))
          goto out;
      }
  }

  for (guint r = 0; r < n_rounds; r++)
    {
      guint year = d.first_year + r;
      Round round = { 0 };
      g_autofree char *period = r % 2 == 0 ? g_strdup_printf ("%u-06", year) : g_strdup_printf ("%u", year);
      g_autofree char *sent_on = NULL;
      gboolean sent = r + 1 < n_rounds;

      round.label = g_strdup_printf (round_labels[r % G_N_ELEMENTS (round_labels)], year);
      if (sent)
        sent_on = g_strdup_printf ("%u-%02u-%02u", year, 6 + rng_below (&g->rng, 6), 1 + rng_below (&g->rng, 28));

      stmt = opv_store_prepare (g->store,
                                "INSERT INTO round (dossier_id, position, label, period, state, sent_on) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                error);
      if (stmt == NULL)
        {
          g_free (round.label);
          goto out;
        }
      sqlite3_bind_int64 (stmt, 1, d.id);
      sqlite3_bind_int (stmt, 2, r);
      sqlite3_bind_text (stmt, 3, round.label, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, period, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, sent ? "sent" : "open", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, sent ? sent_on : "", -1, SQLITE_STATIC);
      if (!step (g, stmt, error))
        {
          g_free (round.label);
          goto out;
        }
      round.id = last_id (g);
      g_array_append_val (d.rounds, round);

      if (sent && !insert_kamerstuk (g, INSERT_KAMERSTUK ("round_id"), round.id, 0, year, error))
        goto out;
    }

  for (guint t = 0; t < n_themes; t++)
    {
      guint first = (guint) ((guint64) n_items * t / n_themes);
      guint end = (guint) ((guint64) n_items * (t + 1) / n_themes);
      g_autofree char *number = d.activities ? g_strdup_printf ("Actielijn %u", t + 1) : g_strdup_printf ("%u", t + 1);
      const char *theme_title = theme_titles[(t + d.id) % G_N_ELEMENTS (theme_titles)];
      gint64 theme_id;

      stmt = opv_store_prepare (g->store,
                                "INSERT INTO theme (dossier_id, position, number, title) VALUES (?, ?, ?, ?)",
                                error);
      if (stmt == NULL)
        goto out;
      sqlite3_bind_int64 (stmt, 1, d.id);
      sqlite3_bind_int (stmt, 2, t);
      sqlite3_bind_text (stmt, 3, number, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, theme_title, -1, SQLITE_STATIC);
      if (!step (g, stmt, error))
        goto out;
      theme_id = last_id (g);

      /* A later round now and then words a theme anew. */
      if (n_rounds > 1 && rng_chance (&g->rng, 8))
        {
          g_autofree char *wording = g_strdup_printf ("%s en nazorg", theme_title);

          stmt = opv_store_prepare (g->store,
                                    "INSERT INTO theme_wording (theme_id, round_id, title) VALUES (?, ?, ?)",
                                    error);
          if (stmt == NULL)
            goto out;
          sqlite3_bind_int64 (stmt, 1, theme_id);
          sqlite3_bind_int64 (stmt, 2, g_array_index (d.rounds, Round, n_rounds - 1).id);
          sqlite3_bind_text (stmt, 3, wording, -1, SQLITE_STATIC);
          if (!step (g, stmt, error))
            goto out;
        }

      for (guint i = first; i < end; i++, item++)
        if (!insert_item (g, &d, theme_id, t + 1, i - first, followups_per_item[item], error))
          goto out;
    }

  ok = TRUE;

out:
  g_array_unref (d.parties);
  g_array_unref (d.rounds);
  g_ptr_array_unref (d.codes_so_far);
  return ok;
}

/**
 * opv_generate_parse_size:
 * @text: `medium` (100 dossiers, 10,000 items, 100,000 follow-ups),
 *   `large` (1,000, 100,000 and 1,000,000), `small` (3, 60, 300), or a
 *   number of items, with one dossier per 100 items and 10 follow-ups
 *   per item
 *
 * Sets the sizes of @options and leaves its seed alone.
 */
gboolean
opv_generate_parse_size (const char          *text,
                         OpvGenerateOptions  *options,
                         GError             **error)
{
  guint64 n = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (g_str_equal (text, "small"))
    n = 60, options->n_dossiers = 3;
  else if (g_str_equal (text, "medium"))
    n = 10000, options->n_dossiers = 100;
  else if (g_str_equal (text, "large"))
    n = 100000, options->n_dossiers = 1000;
  else if (!g_ascii_string_to_unsigned (text, 10, 1, 10000000, &n, NULL))
    {
      g_set_error (error, OPV_STORE_ERROR, OPV_STORE_ERROR_FAILED,
                   _("“%s” is not a size: use small, medium, large or a number of items"), text);
      return FALSE;
    }
  else
    options->n_dossiers = MAX (1, n / 100);

  options->n_items = n;
  options->n_followups = n * 10;
  return TRUE;
}

/* Items per dossier: the first holds its share, the others vary around the
 * mean; every dossier has one at least and the total is exact. */
static guint *
spread_items (Rng                      *rng,
              const OpvGenerateOptions *options)
{
  guint n = options->n_dossiers;
  guint *counts = g_new0 (guint, n);
  guint big = n > 1 ? CLAMP (options->n_items / OPV_GENERATE_BIG_DOSSIER_SHARE, 1, options->n_items - (n - 1))
                    : options->n_items;
  guint rest = options->n_items - big;
  g_autofree double *weights = g_new0 (double, n);
  double total = 0;
  guint given = 0;

  counts[0] = big;
  for (guint i = 1; i < n; i++)
    total += weights[i] = 0.2 + rng_below (rng, 1600) / 1000.0;
  for (guint i = 1; i < n; i++)
    {
      counts[i] = 1 + (guint) ((rest - (n - 1)) * weights[i] / total);
      given += counts[i];
    }
  for (guint i = 1; given < rest; i = i % (n - 1) + 1)
    counts[i]++, given++;

  return counts;
}

/**
 * opv_generate:
 *
 * Adds synthetic dossiers to @store, in one transaction: numbered
 * `gen-0001`…, each with its parties, one to four rounds, themes, items and
 * follow-up, exactly as many items and follow-ups in all as @options says.
 * The same options give the same rows.
 */
gboolean
opv_generate (OpvStore                  *store,
              const OpvGenerateOptions  *options,
              GError                   **error)
{
  Generator g = { store, { options->seed }, NULL, 0 };
  g_autofree guint *items_per_dossier = NULL;
  g_autofree guint *followups = NULL;
  sqlite3_stmt *stmt;
  guint item = 0;
  int rc;

  g_return_val_if_fail (OPV_IS_STORE (store), FALSE);
  g_return_val_if_fail (options->n_dossiers > 0 && options->n_items >= options->n_dossiers, FALSE);

  items_per_dossier = spread_items (&g.rng, options);

  /* Follow-up per item: the same number give or take a few, pairwise, so
   * that the total stays exact. */
  followups = g_new0 (guint, options->n_items);
  for (guint i = 0; i < options->n_items; i++)
    followups[i] = (guint) (((guint64) options->n_followups * (i + 1)) / options->n_items -
                            ((guint64) options->n_followups * i) / options->n_items);
  for (guint i = 0; i + 1 < options->n_items; i += 2)
    {
      guint shift = rng_below (&g.rng, MIN (followups[i], 5) + 1);

      followups[i] -= shift;
      followups[i + 1] += shift;
    }

  if (!opv_store_begin_bulk (store, error))
    return FALSE;

  stmt = opv_store_prepare (store, "SELECT coalesce (max (position), -1) + 1 FROM dossier", error);
  if (stmt == NULL)
    goto fail;
  rc = sqlite3_step (stmt);
  g.next_position = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      opv_store_set_sqlite_error (store, rc, _("Could not read the dossiers"), error);
      goto fail;
    }

  if (!insert_parties (&g, error))
    goto fail;

  for (guint d = 0; d < options->n_dossiers; d++)
    {
      if (!insert_dossier (&g, d, items_per_dossier[d], followups + item, error))
        goto fail;
      item += items_per_dossier[d];
    }

  g_clear_pointer (&g.party_ids, g_array_unref);
  return opv_store_commit_bulk (store, error);

fail:
  g_clear_pointer (&g.party_ids, g_array_unref);
  opv_store_rollback_bulk (store);
  return FALSE;
}
