/* opv-export.c: the status table as an Excel workbook, ready to attach to
 * a letter to parliament
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <locale.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "opv-catalog.h"
#include "opv-compare.h"
#include "opv-export.h"
#include "opv-item-stream.h"
#include "opv-store-private.h"
#include "opv-util.h"

/* Layout figures, in Excel's units: column widths in characters of the
 * default font (Calibri 11), row heights in points. Running Dutch text in
 * Calibri fits about 1.2 characters per width unit (measured on LibreOffice
 * PDFs with Carlito, Calibri's metric twin); a little less is assumed, so
 * that a row is never too short: LibreOffice does not grow rows itself. */
#define CHARS_PER_UNIT     1.15
#define LINE_HEIGHT       15.0
#define ROW_PADDING        3.0
#define MAX_LINES         26        /* 26 × 15 pt + padding stays under Excel's 409 pt row */
#define HEADER_ROW         4        /* zero-based: the title block takes rows 0–2 */
#define MAX_HEADER_FOOTER 200       /* libxlsxwriter allows 255, with escapes */
#define PAGE_WIDTH       145.0      /* what A4 landscape holds at 100 %, in width units */
#define CONTINUED        "… "       /* the start of an item text continued on another row */
#define NEW_MARK         "\xee\x80\x80" /* U+E000: where "New" goes, in bold */
#define NEW_MARK_WIDTH     5        /* the longest translation of "New" */

G_DEFINE_QUARK (opv-export-error-quark, opv_export_error)

static const OpvExportColumns recommendation_order[] = {
  OPV_EXPORT_COLUMN_ITEM, OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_STATUS,
  OPV_EXPORT_COLUMN_TIMEFRAME, OPV_EXPORT_COLUMN_FOLLOWUPS, OPV_EXPORT_COLUMN_EXPLANATION,
};

static const OpvExportColumns activity_order[] = {
  OPV_EXPORT_COLUMN_ITEM, OPV_EXPORT_COLUMN_STATUS, OPV_EXPORT_COLUMN_TIMEFRAME,
  OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_EXPLANATION, OPV_EXPORT_COLUMN_FOLLOWUPS,
};

#define N_COLUMNS G_N_ELEMENTS (recommendation_order)

/* Fill and text colours per status, chosen to stay readable in print and
 * for the colour-blind together with the status text, which is always
 * written too. */
static const struct { lxw_color_t fill; lxw_color_t font; } status_colours[OPV_N_STATUSES] = {
  [OPV_STATUS_UNSET]       = { LXW_COLOR_WHITE, 0x404040 },
  [OPV_STATUS_DONE]        = { 0xC8E6C9, 0x1B5E20 },
  [OPV_STATUS_IN_PROGRESS] = { 0xBBDEFB, 0x0D47A1 },
  [OPV_STATUS_ONGOING]     = { 0xD1C4E9, 0x311B92 },
  [OPV_STATUS_DELAYED]     = { 0xFFE0B2, 0x8A3A00 },
  [OPV_STATUS_NOT_STARTED] = { 0xFFCDD2, 0xB71C1C },
};

#define COLOUR_HEADER      0x154273  /* the Rijksoverheid's dark blue */
#define COLOUR_THEME       0xDCE3ED
#define COLOUR_BORDER      0xA6A6A6
#define COLOUR_DIM         0x595959

void
opv_export_options_init (OpvExportOptions *options)
{
  memset (options, 0, sizeof *options);
  options->language = opv_export_language_of_ui ();
  options->layout = OPV_EXPORT_LAYOUT_AUTO;
  options->summary = TRUE;
  options->legend = TRUE;
}

void
opv_export_options_clear (OpvExportOptions *options)
{
  g_clear_pointer (&options->items, g_ptr_array_unref);
  g_clear_pointer (&options->item_ids, g_array_unref);
  g_clear_pointer (&options->author, g_free);
  g_clear_pointer (&options->organisation, g_free);
}

OpvExportLayout
opv_export_resolve_layout (OpvExportLayout  layout,
                           OpvDossier      *dossier)
{
  if (layout != OPV_EXPORT_LAYOUT_AUTO)
    return layout;
  return opv_dossier_get_kind (dossier) == OPV_DOSSIER_KIND_ACTIVITIES
         ? OPV_EXPORT_LAYOUT_ACTIVITIES : OPV_EXPORT_LAYOUT_RECOMMENDATIONS;
}

OpvExportColumns
opv_export_layout_columns (void)
{
  return OPV_EXPORT_ALL_COLUMNS;
}

static const struct { OpvExportColumns column; const char *id; } column_ids[] = {
  { OPV_EXPORT_COLUMN_ITEM, "item" },
  { OPV_EXPORT_COLUMN_PARTIES, "parties" },
  { OPV_EXPORT_COLUMN_STATUS, "status" },
  { OPV_EXPORT_COLUMN_TIMEFRAME, "timeframe" },
  { OPV_EXPORT_COLUMN_FOLLOWUPS, "followups" },
  { OPV_EXPORT_COLUMN_EXPLANATION, "explanation" },
};

const char *
opv_export_column_id (OpvExportColumns column)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_ids); i++)
    if (column_ids[i].column == column)
      return column_ids[i].id;
  g_return_val_if_reached (NULL);
}

/**
 * opv_export_parse_columns:
 * @text: column ids separated by commas: "item,status,followups"
 */
gboolean
opv_export_parse_columns (const char        *text,
                          OpvExportColumns  *columns,
                          GError           **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  OpvExportColumns result = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean found = FALSE;

      g_strstrip (parts[i]);
      for (guint j = 0; j < G_N_ELEMENTS (column_ids); j++)
        {
          if (strcmp (parts[i], column_ids[j].id) == 0)
            {
              result |= column_ids[j].column;
              found = TRUE;
            }
        }
      if (!found)
        {
          g_set_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_INVALID,
                       _("Unknown column “%s” (use item, parties, status, timeframe, followups or explanation)"),
                       parts[i]);
          return FALSE;
        }
    }

  if (result == 0)
    {
      g_set_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_INVALID, _("No columns were given"));
      return FALSE;
    }

  *columns = result;
  return TRUE;
}

/**
 * opv_export_column_msgid:
 *
 * Returns: the column's heading, untranslated; translate it in the context
 * opv_export_column_msgctxt() gives, with the export's catalogue (or with
 * g_dpgettext2(), for the UI)
 */
const char *
opv_export_column_msgid (OpvExportColumns column,
                         OpvExportLayout  layout)
{
  gboolean activities = layout == OPV_EXPORT_LAYOUT_ACTIVITIES;

  switch (column)
    {
    case OPV_EXPORT_COLUMN_ITEM:
      return activities ? NC_("export column", "Activity") : NC_("export column", "Recommendation");
    case OPV_EXPORT_COLUMN_PARTIES:
      /* Translators: the NAP's table calls this column "Wie" */
      return activities ? NC_("export column, activities", "Responsible") : NC_("export column", "Responsible");
    case OPV_EXPORT_COLUMN_STATUS:
      return NC_("export column", "Status");
    case OPV_EXPORT_COLUMN_TIMEFRAME:
      /* Translators: the source tables call this column "Wanneer" */
      return NC_("export column", "Timeframe");
    case OPV_EXPORT_COLUMN_FOLLOWUPS:
      return NC_("export column", "Follow-up");
    case OPV_EXPORT_COLUMN_EXPLANATION:
      /* Translators: the source tables call this column "Toelichting" */
      return NC_("export column", "Explanation");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opv_export_column_msgctxt (OpvExportColumns column,
                           OpvExportLayout  layout)
{
  if (column == OPV_EXPORT_COLUMN_PARTIES && layout == OPV_EXPORT_LAYOUT_ACTIVITIES)
    return "export column, activities";
  return "export column";
}

gboolean
opv_export_language_from_id (const char        *id,
                             OpvExportLanguage *language)
{
  if (g_strcmp0 (id, "nl") == 0)
    *language = OPV_EXPORT_LANGUAGE_NL;
  else if (g_strcmp0 (id, "en") == 0)
    *language = OPV_EXPORT_LANGUAGE_EN;
  else
    return FALSE;
  return TRUE;
}

const char *
opv_export_language_to_id (OpvExportLanguage language)
{
  return language == OPV_EXPORT_LANGUAGE_NL ? "nl" : "en";
}

/**
 * opv_export_language_of_ui:
 *
 * Returns: Dutch when the UI speaks Dutch, English otherwise
 */
OpvExportLanguage
opv_export_language_of_ui (void)
{
  /* The catalogue gettext picked tells the UI language best: it honours
   * LANGUAGE as well as the locale. "Completed" is one of our own strings. */
  return strcmp (g_dgettext (GETTEXT_PACKAGE, "Completed"), "Completed") != 0
         ? OPV_EXPORT_LANGUAGE_NL : OPV_EXPORT_LANGUAGE_EN;
}

/**
 * opv_export_default_filename:
 *
 * Returns: (transfer full): "Schaduw dansen - Update juni 2023.xlsx", with
 * characters that file systems refuse replaced
 */
char *
opv_export_default_filename (OpvDossier *dossier,
                             OpvRound   *round)
{
  g_autofree char *name = NULL;

  if (round != NULL)
    name = g_strdup_printf ("%s - %s", opv_dossier_get_short_name (dossier), opv_round_get_label (round));
  else
    name = g_strdup (opv_dossier_get_short_name (dossier));

  g_strdelimit (name, "/\\:*?\"<>|\n\r\t", '-');
  return g_strconcat (g_strstrip (name), ".xlsx", NULL);
}

/* Writing */

typedef struct
{
  OpvExportColumns  id;
  double            width;
} Column;

typedef struct
{
  lxw_workbook           *workbook;
  lxw_worksheet          *sheet;
  OpvCatalog             *catalog;
  const OpvExportOptions *options;
  OpvDossier             *dossier;
  OpvRound               *round;
  OpvExportLayout         layout;
  /* The items, in table order: from a loaded dossier, or read one by one */
  GPtrArray              *items;       /* OpvItem, or NULL when streamed */
  guint                   next_item;
  OpvItemStream          *stream;
  guint                   n_items;     /* how many there will be, for the progress */
  OpvExportColumns        present;     /* columns the items have something in */
  OpvRound               *previous;    /* the round before, when changes are asked for */
  GHashTable             *new_followups; /* the item's OpvFollowup added since the previous round */
  Column                  columns[N_COLUMNS];
  guint                   n_columns;
  lxw_row_t               row;

  /* The other sheets, added before the status table is written: the
   * changes are written beside it, item by item. */
  lxw_worksheet          *summary_sheet;
  lxw_worksheet          *changes_sheet;
  lxw_worksheet          *legend_sheet;
  lxw_row_t               changes_row;
  guint                   n_changes;

  /* Counted while the table is written, for the summary */
  GPtrArray              *themes_used;  /* OpvTheme, in the dossier's order */
  GArray                 *counts;       /* guint, per theme used and status */
  guint                   n_exported;

  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *round_label;
  lxw_format *header;
  lxw_format *theme;
  lxw_format *cell;
  lxw_format *item;
  lxw_format *number;
  lxw_format *total;
  lxw_format *new_mark;
  lxw_format *plain;
  lxw_format *status[OPV_N_STATUSES];
} Writer;

static const char *
tr (Writer     *w,
    const char *msgid)
{
  return opv_catalog_gettext (w->catalog, msgid);
}

/* XML 1.0 cannot hold most control characters; libxlsxwriter would write
 * them as escapes that readers show literally. Tabs and line breaks stay. */
static gboolean
needs_cleaning (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      /* Nearly every byte is printable and leads no sequence of concern. */
      if (*p >= 0x20 && *p != 0xEE && *p != 0xEF)
        continue;
      if (*p < 0x20 && *p != '\t' && *p != '\n')
        return TRUE;
      /* U+FFFE and U+FFFF are EF BF BE and EF BF BF. */
      if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return TRUE;
      /* U+E000, the export's own mark for "New", is EE 80 80. */
      if (p[0] == 0xEE && p[1] == 0x80 && p[2] == 0x80)
        return TRUE;
    }
  return FALSE;
}

static char *
clean_text (const char *text)
{
  GString *out;

  if (!needs_cleaning (text))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF || c == 0xE000)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static lxw_error
write_text (Writer        *w,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *clean = NULL;

  if (text == NULL || text[0] == '\0')
    return worksheet_write_blank (sheet, row, col, format);

  if (needs_cleaning (text))
    text = clean = clean_text (text);

  /* Always a string cell: text that starts with "=", "+", "-" or "@" is
   * never a formula. */
  return worksheet_write_string (sheet, row, col, text, format);
}

/* A follow-up cell with NEW_MARK where "New" goes: a rich string, with
 * "New" in bold. */
static lxw_error
write_marked_text (Writer        *w,
                   lxw_worksheet *sheet,
                   lxw_row_t      row,
                   lxw_col_t      col,
                   const char    *text,
                   lxw_format    *format)
{
  g_auto(GStrv) pieces = g_strsplit (text, NEW_MARK, -1);
  g_autoptr(GPtrArray) tuples = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  /* Translators: before a follow-up that the previous round did not have, in bold */
  const char *new_word = opv_catalog_pgettext (w->catalog, "follow-up", NC_("follow-up", "New"));

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      lxw_rich_string_tuple *tuple;

      if (i > 0)
        {
          tuple = g_new0 (lxw_rich_string_tuple, 1);
          tuple->format = w->new_mark;
          tuple->string = (char *) new_word;
          g_ptr_array_add (tuples, tuple);
        }
      if (pieces[i][0] == '\0')
        continue;
      tuple = g_new0 (lxw_rich_string_tuple, 1);
      tuple->format = w->plain;
      tuple->string = clean_text (pieces[i]);
      g_ptr_array_add (strings, tuple->string);
      g_ptr_array_add (tuples, tuple);
    }
  g_ptr_array_add (tuples, NULL);

  return worksheet_write_rich_string (sheet, row, col, (lxw_rich_string_tuple **) tuples->pdata, format);
}

/* How many lines @text takes in a column @width characters wide, wrapping
 * at spaces as a spreadsheet does. It runs for every cell of every row, so
 * it walks the text once without allocating. */
static guint
count_lines (const char *text,
             double      width)
{
  guint per_line = MAX (1, (guint) (width * CHARS_PER_UNIT));
  guint lines = 1;
  guint used = 0;
  guint word = 0;
  const char *p = text;

  for (;;)
    {
      /* The characters up to the next space, line break, end or NEW_MARK
       * (whose first byte, EE, begins no other sequence of concern) are
       * all counted alike: one each, a character being a byte that does
       * not continue a UTF-8 sequence. */
      gsize span = strcspn (p, " \n\xee");
      char c;

      for (gsize i = 0; i < span; i++)
        word += ((guchar) p[i] & 0xC0) != 0x80;
      p += span;
      c = *p;

      if (c == ' ' || c == '\n' || c == '\0')
        {
          if (word > 0)
            {
              if (used > 0 && used + 1 + word > per_line)
                {
                  lines++;
                  used = 0;
                }
              /* A word longer than the line is broken over several lines. */
              while (word > per_line)
                {
                  lines++;
                  word -= per_line;
                }
              used += (used > 0 ? 1 : 0) + word;
              word = 0;
            }
          if (c == '\0')
            break;
          if (c == '\n')
            {
              lines++;
              used = 0;
            }
          p++;
        }
      else if (strncmp (p, NEW_MARK, strlen (NEW_MARK)) == 0)
        {
          word += NEW_MARK_WIDTH;
          p += strlen (NEW_MARK);
        }
      else
        {
          word++;
          p = g_utf8_next_char (p);
        }
    }

  return lines;
}

/* The width of the word at @p, as count_lines() counts it, and its end. */
static const char *
word_at (const char *p,
         guint      *width)
{
  *width = 0;
  while (*p != '\0' && *p != ' ' && *p != '\n')
    {
      if (strncmp (p, NEW_MARK, strlen (NEW_MARK)) == 0)
        {
          *width += NEW_MARK_WIDTH;
          p += strlen (NEW_MARK);
        }
      else
        {
          (*width)++;
          p = g_utf8_next_char (p);
        }
    }
  return p;
}

/* Where @lines and @used stand after a word of @width, wrapped as
 * count_lines() wraps it. */
static void
wrap_word (guint  per_line,
           guint  width,
           guint *lines,
           guint *used)
{
  if (*used > 0 && *used + 1 + width > per_line)
    {
      (*lines)++;
      *used = 0;
    }
  while (width > per_line)
    {
      (*lines)++;
      width -= per_line;
    }
  *used += (*used > 0 ? 1 : 0) + width;
}

static void
add_piece (GPtrArray  *pieces,
           const char *start,
           const char *end)
{
  while (end > start && end[-1] == ' ')
    end--;
  if (end > start)
    g_ptr_array_add (pieces, g_strndup (start, end - start));
}

/* Splits @paragraph, which alone is too tall for one row, into pieces of
 * at most MAX_LINES lines as count_lines() counts them: it wraps the words
 * the same way and cuts before the word that would not fit, or inside a
 * word longer than a whole row. Line breaks in @paragraph are kept: the
 * pieces are joined by them again. Counting characters instead let a
 * paragraph with many short lines make rows of 33 lines, taller than the
 * 409 points Excel allows. */
static void
split_paragraph (const char *paragraph,
                 double      width,
                 GPtrArray  *pieces)
{
  guint per_line = MAX (1, (guint) (width * CHARS_PER_UNIT));
  const char *start = paragraph;
  const char *p = paragraph;
  guint lines = 1;
  guint used = 0;

  while (*p != '\0')
    {
      const char *end;
      guint word, new_lines, new_used;

      if (*p == '\n')
        {
          if (lines == MAX_LINES)
            {
              add_piece (pieces, start, p);
              start = p + 1;
              lines = 1;
            }
          else
            lines++;
          used = 0;
          p++;
          continue;
        }

      if (*p == ' ')
        {
          p++;
          continue;
        }

      end = word_at (p, &word);
      new_lines = lines;
      new_used = used;
      wrap_word (per_line, word, &new_lines, &new_used);

      if (new_lines > MAX_LINES && p > start)
        {
          /* The word starts the next piece. */
          add_piece (pieces, start, p);
          start = p;
          lines = 1;
          used = 0;
          new_lines = 1;
          new_used = 0;
          wrap_word (per_line, word, &new_lines, &new_used);
        }

      if (new_lines > MAX_LINES)
        {
          /* Alone longer than a row: cut it into rows' worth. */
          guint n = 0;
          const char *q = p;

          while (q < end && n + 1 <= per_line * MAX_LINES)
            {
              if (strncmp (q, NEW_MARK, strlen (NEW_MARK)) == 0)
                {
                  if (n + NEW_MARK_WIDTH > per_line * MAX_LINES)
                    break;
                  n += NEW_MARK_WIDTH;
                  q += strlen (NEW_MARK);
                }
              else
                {
                  n++;
                  q = g_utf8_next_char (q);
                }
            }
          add_piece (pieces, start, q);
          start = p = q;
          lines = 1;
          used = 0;
          continue;
        }

      lines = new_lines;
      used = new_used;
      p = end;
    }

  add_piece (pieces, start, p);
}

/* Cuts a cell's paragraphs into chunks that each fit one row, and gives
 * each chunk's number of lines in @chunk_lines. A chunk's lines are the
 * sum of its pieces' lines: a line break starts a line, as count_lines()
 * counts it, so no text is counted twice. */
static GPtrArray *
chunk_cell (GPtrArray *paragraphs,
            double     width,
            GArray    *chunk_lines)
{
  GPtrArray *chunks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) split = g_ptr_array_new_with_free_func (g_free);   /* owns split pieces */
  g_autoptr(GPtrArray) pieces = g_ptr_array_new ();
  g_autoptr(GArray) piece_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) current = g_string_new (NULL);
  guint current_lines = 0;   /* what decides where a chunk ends */
  guint text_lines = 0;      /* the lines of the chunk's text */

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      guint lines = count_lines (paragraph, width);

      if (lines > MAX_LINES)
        {
          guint first = split->len;

          split_paragraph (paragraph, width, split);
          for (guint p = first; p < split->len; p++)
            {
              guint piece = count_lines (g_ptr_array_index (split, p), width);

              g_ptr_array_add (pieces, g_ptr_array_index (split, p));
              g_array_append_val (piece_lines, piece);
            }
        }
      else
        {
          g_ptr_array_add (pieces, (gpointer) paragraph);
          g_array_append_val (piece_lines, lines);
        }
    }

  for (guint i = 0; i < pieces->len; i++)
    {
      const char *piece = g_ptr_array_index (pieces, i);
      guint lines = g_array_index (piece_lines, guint, i);

      if (current->len > 0 && current_lines + lines > MAX_LINES)
        {
          g_ptr_array_add (chunks, g_strdup (current->str));
          g_array_append_val (chunk_lines, text_lines);
          g_string_truncate (current, 0);
          current_lines = 0;
        }
      if (current->len > 0)
        g_string_append_c (current, '\n');
      else
        text_lines = 0;   /* empty pieces before this one left no text */
      g_string_append (current, piece);
      current_lines += lines;
      text_lines += lines;
    }

  if (current->len > 0)
    {
      g_ptr_array_add (chunks, g_string_free (g_steal_pointer (&current), FALSE));
      g_array_append_val (chunk_lines, text_lines);
    }

  return chunks;
}

static void
add_paragraph (GPtrArray  *paragraphs,
               const char *text)
{
  if (!opv_str_empty (text))
    g_ptr_array_add (paragraphs, g_strdup (text));
}

static void
add_link_lines (GPtrArray *paragraphs,
                GPtrArray *links,
                GPtrArray *kamerstukken)
{
  for (guint i = 0; kamerstukken != NULL && i < kamerstukken->len; i++)
    g_ptr_array_add (paragraphs, opv_kamerstuk_format (g_ptr_array_index (kamerstukken, i)));

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);

      g_ptr_array_add (paragraphs, link->url != NULL ? g_strdup_printf ("%s (%s)", link->label, link->url)
                                                     : g_strdup (link->label));
    }
}

/* A follow-up as one "• " line, after "New" when it is new: its code, its text with each link's URL
 * after the link's label, its parliamentary papers and cross-references. */
static char *
followup_line (Writer      *w,
               OpvFollowup *followup)
{
  GString *s = g_string_new ("• ");
  GPtrArray *links = opv_followup_get_links (followup);
  GPtrArray *kamerstukken = opv_followup_get_kamerstukken (followup);
  GPtrArray *references = opv_followup_get_references (followup);
  g_autoptr(GString) text = g_string_new (opv_followup_get_text (followup));
  gsize search_from = 0;

  if (!opv_str_empty (opv_followup_get_code (followup)))
    {
      g_string_append (s, opv_followup_get_code (followup));
      g_string_append_c (s, ' ');
    }

  for (guint i = 0; i < links->len; i++)
    {
      OpvLink *link = g_ptr_array_index (links, i);
      const char *found;

      if (link->url == NULL)
        continue;
      found = strstr (text->str + search_from, link->label);
      if (found != NULL)
        {
          gsize at = (found - text->str) + strlen (link->label);
          g_autofree char *insert = g_strdup_printf (" (%s)", link->url);

          g_string_insert (text, at, insert);
          search_from = at + strlen (insert);
        }
      else
        g_string_append_printf (text, " %s (%s)", link->label, link->url);
    }
  g_string_append (s, text->str);

  for (guint i = 0; i < kamerstukken->len; i++)
    {
      g_autofree char *citation = opv_kamerstuk_format (g_ptr_array_index (kamerstukken, i));
      g_string_append_printf (s, " (%s)", citation);
    }

  if (references->len > 0)
    {
      g_autofree char *see = NULL;
      g_autofree char *joined = NULL;

      g_ptr_array_add (references, NULL);
      joined = g_strjoinv (", ", (char **) references->pdata);
      g_ptr_array_remove_index (references, references->len - 1);
      /* Translators: a cross-reference after a follow-up, as in "(see 6.1.4)" */
      see = g_strdup_printf (tr (w, N_("(see %s)")), joined);
      g_string_append_printf (s, " %s", see);
    }

  /* The user's text never holds the mark; the export alone puts it in. */
  if (needs_cleaning (s->str))
    {
      g_autofree char *clean = clean_text (s->str);
      g_string_assign (s, clean);
    }
  if (w->new_followups != NULL && g_hash_table_contains (w->new_followups, followup))
    g_string_prepend (s, NEW_MARK " ");

  return g_string_free (s, FALSE);
}

/* The paragraphs of one cell of one item. */
static GPtrArray *
cell_paragraphs (Writer           *w,
                 OpvItem          *item,
                 OpvExportColumns  column)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  OpvEntry *entry = opv_item_get_entry (item, w->round);

  switch (column)
    {
    case OPV_EXPORT_COLUMN_ITEM:
      {
        const char *title = opv_item_get_title_for (item, w->round);
        const char *text = opv_item_get_text_for (item, w->round);
        const char *code = opv_item_get_code (item);
        g_autofree char *first = NULL;
        g_auto(GStrv) lines = NULL;

        /* The full text; when it does not begin with the title (a heading
         * and its paragraph, as in the Inspectie report), both. */
        if (opv_str_empty (text))
          lines = g_strsplit (title, "\n", -1);
        else if (g_str_has_prefix (text, title))
          lines = g_strsplit (text, "\n", -1);
        else
          {
            g_autofree char *both = g_strconcat (title, "\n", text, NULL);
            lines = g_strsplit (both, "\n", -1);
          }

        first = opv_str_empty (code) ? g_strdup (lines[0]) : g_strconcat (code, " ", lines[0], NULL);
        g_ptr_array_add (paragraphs, g_steal_pointer (&first));
        for (guint i = 1; lines[i] != NULL; i++)
          add_paragraph (paragraphs, lines[i]);
      }
      break;

    case OPV_EXPORT_COLUMN_PARTIES:
      if (entry != NULL)
        {
          g_autoptr(GPtrArray) sorted = opv_entry_dup_parties_sorted (entry);
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; i < sorted->len; i++)
            {
              OpvResponsibility *resp = g_ptr_array_index (sorted, i);
              g_string_append_printf (names, "%s%s", i ? ", " : "", opv_party_get_short_name (resp->party));
            }
          add_paragraph (paragraphs, names->str);
          if (opv_entry_get_to_be_determined (entry))
            add_paragraph (paragraphs, tr (w, N_("To be determined")));
          add_paragraph (paragraphs, opv_entry_get_responsibility_note (entry));
        }
      break;

    case OPV_EXPORT_COLUMN_STATUS:
      if (entry != NULL && opv_entry_get_status (entry) != OPV_STATUS_UNSET)
        add_paragraph (paragraphs, tr (w, opv_status_msgid (opv_entry_get_status (entry))));
      break;

    case OPV_EXPORT_COLUMN_TIMEFRAME:
      if (entry != NULL)
        add_paragraph (paragraphs, opv_entry_get_timeframe (entry));
      break;

    case OPV_EXPORT_COLUMN_FOLLOWUPS:
      if (entry != NULL)
        {
          GListModel *followups = opv_entry_get_followups (entry);

          for (guint i = 0; i < g_list_model_get_n_items (followups); i++)
            {
              g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, i);
              g_ptr_array_add (paragraphs, followup_line (w, followup));
            }
        }
      break;

    case OPV_EXPORT_COLUMN_EXPLANATION:
      if (entry != NULL)
        {
          g_auto(GStrv) lines = g_strsplit (opv_entry_get_explanation (entry), "\n", -1);

          /* Blank lines between paragraphs stay: they are the source's. */
          for (guint i = 0; lines[i] != NULL; i++)
            if (lines[i][0] != '\0' || (i > 0 && lines[i + 1] != NULL))
              g_ptr_array_add (paragraphs, g_strdup (lines[i]));
          add_link_lines (paragraphs, opv_entry_get_links (entry), opv_entry_get_kamerstukken (entry));
        }
      break;

    default:
      g_assert_not_reached ();
    }

  return paragraphs;
}

static double
column_width (OpvExportColumns column,
              OpvExportLayout  layout)
{
  gboolean activities = layout == OPV_EXPORT_LAYOUT_ACTIVITIES;

  switch (column)
    {
    case OPV_EXPORT_COLUMN_ITEM:
      return activities ? 34 : 48;
    case OPV_EXPORT_COLUMN_PARTIES:
      return 22;
    case OPV_EXPORT_COLUMN_STATUS:
      return 19;
    case OPV_EXPORT_COLUMN_TIMEFRAME:
      return 14;
    case OPV_EXPORT_COLUMN_FOLLOWUPS:
      return activities ? 60 : 72;
    case OPV_EXPORT_COLUMN_EXPLANATION:
      return activities ? 80 : 60;
    default:
      g_return_val_if_reached (20);
    }
}

/* The columns in which @item has something to show, without building the
 * cells' text. */
static OpvExportColumns
columns_with_content (Writer  *w,
                      OpvItem *item)
{
  OpvEntry *entry = opv_item_get_entry (item, w->round);
  OpvExportColumns columns = OPV_EXPORT_COLUMN_ITEM;

  if (entry == NULL)
    return columns;

  if (opv_entry_states_responsibility (entry))
    columns |= OPV_EXPORT_COLUMN_PARTIES;
  if (opv_entry_get_status (entry) != OPV_STATUS_UNSET)
    columns |= OPV_EXPORT_COLUMN_STATUS;
  if (!opv_str_empty (opv_entry_get_timeframe (entry)))
    columns |= OPV_EXPORT_COLUMN_TIMEFRAME;
  if (g_list_model_get_n_items (opv_entry_get_followups (entry)) > 0)
    columns |= OPV_EXPORT_COLUMN_FOLLOWUPS;
  if (!opv_str_empty (opv_entry_get_explanation (entry)) ||
      opv_entry_get_links (entry)->len > 0 || opv_entry_get_kamerstukken (entry)->len > 0)
    columns |= OPV_EXPORT_COLUMN_EXPLANATION;

  return columns;
}

static gboolean
is_text_column (OpvExportColumns column)
{
  return column == OPV_EXPORT_COLUMN_ITEM || column == OPV_EXPORT_COLUMN_FOLLOWUPS ||
         column == OPV_EXPORT_COLUMN_EXPLANATION;
}

/* Chooses the columns: the ones asked for, or every column of the layout
 * that has something to show for at least one exported item. */
static void
choose_columns (Writer *w)
{
  const OpvExportColumns *order = w->layout == OPV_EXPORT_LAYOUT_ACTIVITIES ? activity_order : recommendation_order;
  OpvExportColumns wanted = w->options->columns;

  if (wanted == 0)
    wanted = OPV_EXPORT_COLUMN_ITEM | w->present;

  w->n_columns = 0;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (wanted & order[c])
        {
          w->columns[w->n_columns].id = order[c];
          w->columns[w->n_columns].width = column_width (order[c], w->layout);
          w->n_columns++;
        }
    }

  /* A table with few columns would leave most of the page empty and make
   * its rows very tall: the text columns share the rest of the width. */
  {
    double total = 0, text_total = 0;

    for (guint c = 0; c < w->n_columns; c++)
      {
        total += w->columns[c].width;
        if (is_text_column (w->columns[c].id))
          text_total += w->columns[c].width;
      }

    if (total < PAGE_WIDTH && text_total > 0)
      for (guint c = 0; c < w->n_columns; c++)
        if (is_text_column (w->columns[c].id))
          w->columns[c].width += (PAGE_WIDTH - total) * w->columns[c].width / text_total;
  }
}

static lxw_format *
new_format (Writer *w)
{
  lxw_format *format = workbook_add_format (w->workbook);

  format_set_font_name (format, "Calibri");
  format_set_font_size (format, 11);
  format_set_text_wrap (format);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

static lxw_format *
new_cell_format (Writer *w)
{
  lxw_format *format = new_format (w);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_border_color (format, COLOUR_BORDER);
  return format;
}

static void
create_formats (Writer *w)
{
  w->title = new_format (w);
  format_set_bold (w->title);
  format_set_font_size (w->title, 16);
  format_set_font_color (w->title, COLOUR_HEADER);

  w->subtitle = new_format (w);
  format_set_bold (w->subtitle);
  format_set_font_size (w->subtitle, 13);

  w->round_label = new_format (w);
  format_set_italic (w->round_label);
  format_set_font_color (w->round_label, COLOUR_DIM);

  w->header = new_cell_format (w);
  format_set_bold (w->header);
  format_set_font_color (w->header, LXW_COLOR_WHITE);
  format_set_bg_color (w->header, COLOUR_HEADER);
  format_set_align (w->header, LXW_ALIGN_VERTICAL_CENTER);

  w->theme = new_cell_format (w);
  format_set_bold (w->theme);
  format_set_bg_color (w->theme, COLOUR_THEME);

  w->cell = new_cell_format (w);

  w->item = new_cell_format (w);

  /* The pieces of a rich string carry only a font. */
  w->plain = workbook_add_format (w->workbook);
  format_set_font_name (w->plain, "Calibri");
  format_set_font_size (w->plain, 11);
  w->new_mark = workbook_add_format (w->workbook);
  format_set_font_name (w->new_mark, "Calibri");
  format_set_font_size (w->new_mark, 11);
  format_set_bold (w->new_mark);
  format_set_font_color (w->new_mark, COLOUR_HEADER);

  w->number = new_cell_format (w);
  format_set_num_format (w->number, "0");
  format_set_align (w->number, LXW_ALIGN_CENTER);

  w->total = new_cell_format (w);
  format_set_bold (w->total);
  format_set_num_format (w->total, "0");
  format_set_align (w->total, LXW_ALIGN_CENTER);
  format_set_bg_color (w->total, COLOUR_THEME);

  for (guint s = 0; s < OPV_N_STATUSES; s++)
    {
      w->status[s] = new_cell_format (w);
      format_set_bg_color (w->status[s], status_colours[s].fill);
      format_set_font_color (w->status[s], status_colours[s].font);
      if (s != OPV_STATUS_UNSET)
        format_set_bold (w->status[s]);
    }
}

/* Header and footer text: "&" starts a code there, so user text doubles it. */
static char *
escape_header (const char *text)
{
  g_autofree char *clean = clean_text (text);
  GString *s = g_string_new (NULL);
  glong n = 0;

  for (const char *p = clean; *p != '\0' && n < MAX_HEADER_FOOTER / 2; p = g_utf8_next_char (p), n++)
    {
      if (*p == '&')
        g_string_append (s, "&&");
      else if (*p == '\n')
        g_string_append_c (s, ' ');
      else
        g_string_append_unichar (s, g_utf8_get_char (p));
    }
  return g_string_free (s, FALSE);
}

static const char *
per_item_msgid (Writer *w)
{
  /* Translators: the title of the exported table */
  return w->layout == OPV_EXPORT_LAYOUT_ACTIVITIES ? N_("Status per activity") : N_("Status per recommendation");
}

static double
total_width (Writer *w)
{
  double width = 0;

  for (guint c = 0; c < w->n_columns; c++)
    width += w->columns[c].width;
  return width;
}

static void
write_title_block (Writer *w)
{
  lxw_col_t last = w->n_columns - 1;
  /* The title is set in 16 pt: fewer characters fit per width unit. */
  guint title_lines = count_lines (opv_dossier_get_title (w->dossier), total_width (w) * 11.0 / 16.0);

  worksheet_set_row (w->sheet, 0, 22 * MIN (title_lines, 4) + 2, NULL);
  if (last > 0)
    worksheet_merge_range (w->sheet, 0, 0, 0, last, "", w->title);
  write_text (w, w->sheet, 0, 0, opv_dossier_get_title (w->dossier), w->title);

  worksheet_set_row (w->sheet, 1, 20, NULL);
  if (last > 0)
    worksheet_merge_range (w->sheet, 1, 0, 1, last, "", w->subtitle);
  write_text (w, w->sheet, 1, 0, tr (w, per_item_msgid (w)), w->subtitle);

  if (w->round != NULL)
    {
      if (last > 0)
        worksheet_merge_range (w->sheet, 2, 0, 2, last, "", w->round_label);
      write_text (w, w->sheet, 2, 0, opv_round_get_label (w->round), w->round_label);
    }
}

static const char *
column_heading (Writer           *w,
                OpvExportColumns  column)
{
  return opv_catalog_pgettext (w->catalog, opv_export_column_msgctxt (column, w->layout),
                               opv_export_column_msgid (column, w->layout));
}

static void
write_header_row (Writer *w)
{
  guint lines = 1;

  for (guint c = 0; c < w->n_columns; c++)
    lines = MAX (lines, count_lines (column_heading (w, w->columns[c].id), w->columns[c].width));

  worksheet_set_row (w->sheet, HEADER_ROW, lines * LINE_HEIGHT + ROW_PADDING + 4, NULL);
  for (guint c = 0; c < w->n_columns; c++)
    write_text (w, w->sheet, HEADER_ROW, c, column_heading (w, w->columns[c].id), w->header);
  w->row = HEADER_ROW + 1;
}

static void
write_theme_row (Writer   *w,
                 OpvTheme *theme)
{
  g_autofree char *heading = opv_theme_dup_heading (theme, w->round);
  guint lines = MIN (count_lines (heading, total_width (w)), MAX_LINES);

  worksheet_set_row (w->sheet, w->row, lines * LINE_HEIGHT + ROW_PADDING, NULL);
  if (w->n_columns > 1)
    worksheet_merge_range (w->sheet, w->row, 0, w->row, w->n_columns - 1, "", w->theme);
  write_text (w, w->sheet, w->row, 0, heading, w->theme);
  w->row++;
}

/* One cell of a table row, before it is cut into rows that fit. */
typedef struct
{
  GPtrArray  *paragraphs;     /* (transfer full) */
  double      width;
  lxw_format *format;
  lxw_format *first_format;   /* the first row's, when it differs */
  gboolean    continued;      /* later rows start with an ellipsis */
  gboolean    marked;         /* follow-up lines, cleaned already; may hold NEW_MARK */
} Cell;

/* Writes one table row of @n_cells cells from *@row on. A tall row
 * continues on the next rows, as the hand-made tables do at a page break;
 * every row stays within Excel's height and cell limits, and nothing is
 * cut. */
static void
write_cells (Writer        *w,
             lxw_worksheet *sheet,
             lxw_row_t     *row,
             Cell          *cells,
             guint          n_cells)
{
  g_autoptr(GPtrArray) chunks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) lines_of_chunks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint n_rows = 1;

  for (guint c = 0; c < n_cells; c++)
    {
      GArray *chunk_lines = g_array_new (FALSE, FALSE, sizeof (guint));
      GPtrArray *cell_chunks = chunk_cell (cells[c].paragraphs, cells[c].width, chunk_lines);

      g_ptr_array_add (chunks, cell_chunks);
      g_ptr_array_add (lines_of_chunks, chunk_lines);
      n_rows = MAX (n_rows, cell_chunks->len);
      g_clear_pointer (&cells[c].paragraphs, g_ptr_array_unref);
    }

  for (guint r = 0; r < n_rows; r++, (*row)++)
    {
      guint lines = 1;

      for (guint c = 0; c < n_cells; c++)
        {
          GArray *chunk_lines = g_ptr_array_index (lines_of_chunks, c);

          if (r < chunk_lines->len)
            lines = MAX (lines, g_array_index (chunk_lines, guint, r));
        }

      worksheet_set_row (sheet, *row, lines * LINE_HEIGHT + ROW_PADDING, NULL);
      for (guint c = 0; c < n_cells; c++)
        {
          GPtrArray *cell_chunks = g_ptr_array_index (chunks, c);
          const char *text = r < cell_chunks->len ? g_ptr_array_index (cell_chunks, r) : "";
          lxw_format *format = r == 0 && cells[c].first_format ? cells[c].first_format : cells[c].format;
          g_autofree char *continued = NULL;

          /* A continued item text starts with an ellipsis, so that neither
           * a reader nor a filter takes it for another item. */
          if (cells[c].continued && r > 0 && text[0] != '\0')
            text = continued = g_strconcat (CONTINUED, text, NULL);

          /* Follow-up lines were cleaned when made (followup_line ()),
           * and only they carry the mark for "New". */
          if (cells[c].marked && w->new_followups != NULL && strstr (text, NEW_MARK) != NULL)
            write_marked_text (w, sheet, *row, c, text, format);
          else if (cells[c].marked && text[0] != '\0')
            worksheet_write_string (sheet, *row, c, text, format);
          else
            write_text (w, sheet, *row, c, text, format);
        }
    }
}

static void
write_item_rows (Writer  *w,
                 OpvItem *item)
{
  Cell cells[N_COLUMNS] = { { 0 } };
  OpvEntry *entry = opv_item_get_entry (item, w->round);
  OpvStatus status = entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET;

  for (guint c = 0; c < w->n_columns; c++)
    {
      OpvExportColumns id = w->columns[c].id;

      cells[c].paragraphs = cell_paragraphs (w, item, id);
      cells[c].width = w->columns[c].width;
      cells[c].format = id == OPV_EXPORT_COLUMN_ITEM ? w->item : w->cell;
      cells[c].first_format = id == OPV_EXPORT_COLUMN_STATUS ? w->status[status] : NULL;
      cells[c].continued = id == OPV_EXPORT_COLUMN_ITEM;
      cells[c].marked = id == OPV_EXPORT_COLUMN_FOLLOWUPS;
    }

  write_cells (w, w->sheet, &w->row, cells, w->n_columns);
}

/* A table sheet prints one page wide with its header row on every page;
 * the summary and legend print on one page each. */
static void
setup_page (Writer        *w,
            lxw_worksheet *sheet,
            gboolean       table)
{
  g_autofree char *title = escape_header (opv_dossier_get_short_name (w->dossier));
  g_autofree char *round = escape_header (w->round ? opv_round_get_label (w->round) : "");
  g_autofree char *header = g_strdup_printf ("&L&8%s&R&8%s", title, round);
  /* Translators: the page footer; keep &P (page) and &N (number of pages) */
  g_autofree char *footer = g_strdup_printf ("&C&8%s", tr (w, N_("Page &P of &N")));

  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);   /* A4 */
  worksheet_set_margins (sheet, 0.5, 0.5, 0.75, 0.75);
  worksheet_fit_to_pages (sheet, 1, table ? 0 : 1);
  worksheet_set_header (sheet, header);
  worksheet_set_footer (sheet, footer);
  if (table)
    worksheet_repeat_rows (sheet, HEADER_ROW, HEADER_ROW);
}

static OpvItem *
next_item (Writer  *w,
           GError **error)
{
  if (w->stream != NULL)
    return opv_item_stream_next (w->stream, error);
  if (w->next_item < w->items->len)
    return g_object_ref (g_ptr_array_index (w->items, w->next_item++));
  return NULL;
}

static void write_change_rows (Writer    *w,
                               GPtrArray *changes);
static GHashTable *collect_new_followups (Writer    *w,
                                          GPtrArray *changes);

/* The status order of the legend and the summary: the NAP legend's,
 * with "no status" last. */
static const OpvStatus summary_statuses[] = {
  OPV_STATUS_DONE, OPV_STATUS_IN_PROGRESS, OPV_STATUS_ONGOING, OPV_STATUS_DELAYED,
  OPV_STATUS_NOT_STARTED, OPV_STATUS_UNSET,
};

static void
count_for_summary (Writer   *w,
                   OpvTheme *theme,
                   OpvItem  *item)
{
  guint n_statuses = G_N_ELEMENTS (summary_statuses);
  OpvEntry *entry = opv_item_get_entry (item, w->round);
  guint index;

  if (w->themes_used->len == 0 || g_ptr_array_index (w->themes_used, w->themes_used->len - 1) != theme)
    {
      g_ptr_array_add (w->themes_used, theme);
      g_array_set_size (w->counts, w->themes_used->len * n_statuses);
    }
  for (index = 0; index < n_statuses; index++)
    if (summary_statuses[index] == (entry ? opv_entry_get_status (entry) : OPV_STATUS_UNSET))
      break;
  g_array_index (w->counts, guint, (w->themes_used->len - 1) * n_statuses + index)++;
  w->n_exported++;
}

/* Writes the table item by item; with a previous round, also what changed
 * since, on the changes sheet, and the marks for new follow-up. Each item
 * is let go once written. */
static gboolean
write_status_sheet (Writer            *w,
                    OpvExportProgress  progress,
                    gpointer           user_data,
                    GCancellable      *cancellable,
                    GError           **error)
{
  OpvTheme *current_theme = NULL;
  guint n = MAX (w->n_items, 1);

  setup_page (w, w->sheet, TRUE);

  for (guint c = 0; c < w->n_columns; c++)
    worksheet_set_column (w->sheet, c, c, w->columns[c].width, NULL);

  write_title_block (w);
  write_header_row (w);
  worksheet_freeze_panes (w->sheet, HEADER_ROW + 1, 0);

  for (guint i = 0;; i++)
    {
      g_autoptr(OpvItem) item = NULL;
      g_autoptr(GPtrArray) changes = NULL;
      OpvTheme *theme;

      if (g_cancellable_is_cancelled (cancellable))
        return TRUE;

      item = next_item (w, error);
      if (item == NULL)
        return error == NULL || *error == NULL;

      theme = opv_item_get_theme (item);
      if (w->previous != NULL)
        changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_change_free);
      if (theme != current_theme)
        {
          current_theme = theme;
          write_theme_row (w, current_theme);
          if (changes != NULL)
            opv_compare_theme (changes, theme, w->previous, w->round);
        }

      if (changes != NULL)
        {
          opv_compare_item (changes, theme, item, w->previous, w->round);
          if (w->options->mark_new)
            w->new_followups = collect_new_followups (w, changes);
        }
      write_item_rows (w, item);
      g_clear_pointer (&w->new_followups, g_hash_table_unref);
      if (changes != NULL && w->changes_sheet != NULL)
        write_change_rows (w, changes);
      count_for_summary (w, theme, item);

      if (progress != NULL && (i % 256 == 0 || i + 1 == w->n_items))
        progress (MIN (0.4 * (i + 1) / n, 0.4), user_data);
    }
}

/* The table's autofilter, once its last row is known. */
static void
finish_status_sheet (Writer *w)
{
  worksheet_autofilter (w->sheet, HEADER_ROW, 0, MAX (w->row - 1, HEADER_ROW), w->n_columns - 1);
}

static void
write_summary_sheet (Writer *w)
{
  lxw_worksheet *sheet = w->summary_sheet;
  GPtrArray *themes_used = w->themes_used;
  GArray *counts = w->counts;
  guint n_statuses = G_N_ELEMENTS (summary_statuses);
  const char *sheet_name = tr (w, N_("Summary"));
  lxw_row_t first_data_row = HEADER_ROW + 1;
  lxw_row_t total_row;
  lxw_chart *chart;
  guint column_total = n_statuses + 2;

  setup_page (w, sheet, FALSE);

  /* The counts per theme, for the themes that have exported items, were
   * made while the table was written. */

  worksheet_set_column (sheet, 0, 0, 12, NULL);
  worksheet_set_column (sheet, 1, 1, 44, NULL);
  worksheet_set_column (sheet, 2, column_total, 15, NULL);

  worksheet_set_row (sheet, 0, 24, NULL);
  worksheet_merge_range (sheet, 0, 0, 0, column_total, "", w->title);
  write_text (w, sheet, 0, 0, opv_dossier_get_title (w->dossier), w->title);
  worksheet_merge_range (sheet, 1, 0, 1, column_total, "", w->subtitle);
  write_text (w, sheet, 1, 0,
              tr (w, w->layout == OPV_EXPORT_LAYOUT_ACTIVITIES ? N_("Number of activities per status")
                                                              : N_("Number of recommendations per status")),
              w->subtitle);
  if (w->round != NULL)
    {
      worksheet_merge_range (sheet, 2, 0, 2, column_total, "", w->round_label);
      write_text (w, sheet, 2, 0, opv_round_get_label (w->round), w->round_label);
    }

  worksheet_set_row (sheet, HEADER_ROW, 3 * LINE_HEIGHT + ROW_PADDING, NULL);
  /* Translators: a column heading of the summary: a theme's number */
  write_text (w, sheet, HEADER_ROW, 0, tr (w, N_("No.")), w->header);
  /* Translators: a column heading of the summary */
  write_text (w, sheet, HEADER_ROW, 1, tr (w, w->layout == OPV_EXPORT_LAYOUT_ACTIVITIES ? N_("Action line") : N_("Theme")),
              w->header);
  for (guint s = 0; s < n_statuses; s++)
    write_text (w, sheet, HEADER_ROW, 2 + s, tr (w, opv_status_msgid (summary_statuses[s])), w->status[summary_statuses[s]]);
  /* Translators: a column and row heading of the summary */
  write_text (w, sheet, HEADER_ROW, column_total, tr (w, N_("Total")), w->header);

  for (guint t = 0; t < themes_used->len; t++)
    {
      OpvTheme *theme = g_ptr_array_index (themes_used, t);
      lxw_row_t row = first_data_row + t;
      guint theme_total = 0;
      const char *number = opv_theme_get_number (theme);

      worksheet_set_row (sheet, row, MIN (count_lines (opv_theme_get_title_for (theme, w->round), 44), 4) * LINE_HEIGHT + ROW_PADDING, NULL);
      write_text (w, sheet, row, 0, opv_str_empty (number) ? opv_theme_get_title_for (theme, w->round) : number, w->cell);
      write_text (w, sheet, row, 1, opv_theme_get_title_for (theme, w->round), w->cell);
      for (guint s = 0; s < n_statuses; s++)
        {
          guint count = g_array_index (counts, guint, t * n_statuses + s);

          worksheet_write_number (sheet, row, 2 + s, count, w->number);
          theme_total += count;
        }
      worksheet_write_number (sheet, row, column_total, theme_total, w->total);
    }

  total_row = first_data_row + themes_used->len;
  write_text (w, sheet, total_row, 0, tr (w, N_("Total")), w->total);
  write_text (w, sheet, total_row, 1, "", w->total);
  for (guint s = 0; s <= n_statuses; s++)
    {
      guint count = 0;

      for (guint t = 0; t < themes_used->len; t++)
        count += s < n_statuses ? g_array_index (counts, guint, t * n_statuses + s) : 0;
      if (s == n_statuses)
        count = w->n_exported;
      /* The totals are numbers, not formulas, so that every reader shows
       * them without recalculating. */
      worksheet_write_number (sheet, total_row, 2 + s, count, w->total);
    }

  if (themes_used->len == 0)
    return;

  chart = workbook_add_chart (w->workbook, LXW_CHART_BAR_STACKED);
  for (guint s = 0; s < n_statuses; s++)
    {
      lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
      lxw_chart_fill fill = { .color = status_colours[summary_statuses[s]].fill };
      lxw_chart_line line = { .color = status_colours[summary_statuses[s]].font, .width = 0.75 };

      chart_series_set_categories (series, sheet_name, first_data_row, 0, total_row - 1, 0);
      chart_series_set_values (series, sheet_name, first_data_row, 2 + s, total_row - 1, 2 + s);
      chart_series_set_name_range (series, sheet_name, HEADER_ROW, 2 + s);
      chart_series_set_fill (series, &fill);
      chart_series_set_line (series, &line);
    }
  chart_title_set_name (chart, tr (w, w->layout == OPV_EXPORT_LAYOUT_ACTIVITIES ? N_("Number of activities per status")
                                                                               : N_("Number of recommendations per status")));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  /* Bar charts list categories bottom up; reversed, the first theme is on top. */
  chart_axis_set_reverse (chart->y_axis);

  {
    lxw_chart_options chart_options = {
      .x_scale = 1.6,
      .y_scale = 1.0 + 0.12 * themes_used->len,
      .object_position = LXW_OBJECT_MOVE_DONT_SIZE,
    };
    worksheet_insert_chart_opt (sheet, total_row + 2, 1, chart, &chart_options);
  }
}

static void
write_legend_sheet (Writer *w)
{
  lxw_worksheet *sheet = w->legend_sheet;
  lxw_row_t row = HEADER_ROW + 1;

  setup_page (w, sheet, FALSE);
  worksheet_set_column (sheet, 0, 0, 36, NULL);
  worksheet_set_column (sheet, 1, 1, 70, NULL);

  worksheet_set_row (sheet, 0, 24, NULL);
  worksheet_merge_range (sheet, 0, 0, 0, 1, "", w->title);
  write_text (w, sheet, 0, 0, opv_dossier_get_title (w->dossier), w->title);
  worksheet_merge_range (sheet, 1, 0, 1, 1, "", w->subtitle);
  /* Translators: the title of the legend sheet */
  write_text (w, sheet, 1, 0, tr (w, N_("Meaning of the statuses")), w->subtitle);

  write_text (w, sheet, HEADER_ROW, 0, tr (w, N_("Status")), w->header);
  /* Translators: a column heading of the legend */
  write_text (w, sheet, HEADER_ROW, 1, tr (w, N_("Meaning")), w->header);

  for (guint s = 0; s < G_N_ELEMENTS (summary_statuses); s++, row++)
    {
      OpvStatus status = summary_statuses[s];
      const char *meaning = tr (w, opv_status_meaning_msgid (status));

      worksheet_set_row (sheet, row, count_lines (meaning, 70) * LINE_HEIGHT + ROW_PADDING + 2, NULL);
      write_text (w, sheet, row, 0, tr (w, opv_status_msgid (status)), w->status[status]);
      write_text (w, sheet, row, 1, meaning, w->cell);
    }
}

static GPtrArray *
text_paragraphs (const char *text)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    add_paragraph (paragraphs, lines[i]);
  return paragraphs;
}

/* Widths of the changes sheet: number, item, kind, older round, newer round. */
static const double change_widths[] = { 10, 36, 17, 40, 40 };

/* What changed since the previous round, one row per change, in table
 * order: the answer to "what is new since the last letter?". The heading
 * comes first; the rows follow the table's items as they are written. */
static void
start_changes_sheet (Writer *w)
{
  lxw_worksheet *sheet = w->changes_sheet;
  g_autofree char *subtitle = NULL;
  const char *headings[G_N_ELEMENTS (change_widths)];
  guint last = G_N_ELEMENTS (change_widths) - 1;
  guint header_lines = 1;

  setup_page (w, sheet, TRUE);
  for (guint c = 0; c <= last; c++)
    worksheet_set_column (sheet, c, c, change_widths[c], NULL);

  worksheet_set_row (sheet, 0, 24, NULL);
  worksheet_merge_range (sheet, 0, 0, 0, last, "", w->title);
  write_text (w, sheet, 0, 0, opv_dossier_get_title (w->dossier), w->title);
  /* Translators: the title of the changes sheet; %s is the previous round, as in "Update juni 2023" */
  subtitle = g_strdup_printf (tr (w, N_("Changes since %s")), opv_round_get_label (w->previous));
  worksheet_merge_range (sheet, 1, 0, 1, last, "", w->subtitle);
  write_text (w, sheet, 1, 0, subtitle, w->subtitle);
  worksheet_merge_range (sheet, 2, 0, 2, last, "", w->round_label);
  write_text (w, sheet, 2, 0, opv_round_get_label (w->round), w->round_label);

  /* Translators: a column heading of the changes sheet: an item's or theme's number */
  headings[0] = tr (w, N_("No."));
  headings[1] = column_heading (w, OPV_EXPORT_COLUMN_ITEM);
  /* Translators: a column heading of the changes sheet: the kind of change */
  headings[2] = tr (w, N_("Change"));
  headings[3] = opv_round_get_label (w->previous);
  headings[4] = opv_round_get_label (w->round);
  for (guint c = 0; c <= last; c++)
    header_lines = MAX (header_lines, MIN (count_lines (headings[c], change_widths[c]), 3));
  worksheet_set_row (sheet, HEADER_ROW, header_lines * LINE_HEIGHT + ROW_PADDING + 4, NULL);
  for (guint c = 0; c <= last; c++)
    write_text (w, sheet, HEADER_ROW, c, headings[c], w->header);
  worksheet_repeat_rows (sheet, HEADER_ROW, HEADER_ROW);
  worksheet_freeze_panes (sheet, HEADER_ROW + 1, 0);

  w->changes_row = HEADER_ROW + 1;
}

static void
write_change_rows (Writer    *w,
                   GPtrArray *changes)
{
  guint last = G_N_ELEMENTS (change_widths) - 1;

  for (guint i = 0; i < changes->len; i++)
    {
      OpvChange *change = g_ptr_array_index (changes, i);
      Cell cells[G_N_ELEMENTS (change_widths)] = { { 0 } };
      g_autofree char *older = opv_change_dup_value (change, FALSE, w->catalog);
      g_autofree char *newer = opv_change_dup_value (change, TRUE, w->catalog);
      const char *number;
      const char *name;

      if (change->item != NULL)
        {
          OpvRound *round = change->kind == OPV_CHANGE_ITEM_REMOVED ? w->previous : w->round;

          number = opv_item_get_code (change->item);
          name = opv_item_get_title_for (change->item, round);
        }
      else
        {
          number = opv_theme_get_number (change->theme);
          name = opv_theme_get_title_for (change->theme, w->round);
        }

      cells[0].paragraphs = text_paragraphs (number);
      cells[1].paragraphs = text_paragraphs (name);
      cells[1].continued = TRUE;
      cells[2].paragraphs = text_paragraphs (tr (w, opv_change_kind_msgid (change->kind)));
      cells[3].paragraphs = text_paragraphs (older);
      cells[4].paragraphs = text_paragraphs (newer);
      for (guint c = 0; c <= last; c++)
        {
          cells[c].width = change_widths[c];
          cells[c].format = c == 1 ? w->item : w->cell;
        }
      write_cells (w, w->changes_sheet, &w->changes_row, cells, G_N_ELEMENTS (cells));
      w->n_changes++;
    }
}

static void
finish_changes_sheet (Writer *w)
{
  lxw_worksheet *sheet = w->changes_sheet;
  guint last = G_N_ELEMENTS (change_widths) - 1;
  lxw_row_t row = HEADER_ROW + 1;

  if (w->n_changes == 0)
    {
      worksheet_merge_range (sheet, row, 0, row, last, "", w->cell);
      /* Translators: the only row of the changes sheet when nothing changed */
      write_text (w, sheet, row, 0, tr (w, N_("Nothing changed since the previous round.")), w->cell);
      return;
    }

  worksheet_autofilter (sheet, HEADER_ROW, 0, w->changes_row - 1, last);
}

/* The follow-ups that the previous round did not have: those added to an
 * item, and all of an item that is new. */
static GHashTable *
collect_new_followups (Writer    *w,
                       GPtrArray *changes)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      OpvChange *change = g_ptr_array_index (changes, i);

      if (change->kind == OPV_CHANGE_FOLLOWUP_ADDED && change->followup != NULL)
        g_hash_table_add (set, change->followup);
      else if (change->kind == OPV_CHANGE_ITEM_ADDED)
        {
          OpvEntry *entry = opv_item_get_entry (change->item, w->round);
          GListModel *followups = entry ? opv_entry_get_followups (entry) : NULL;

          for (guint f = 0; followups != NULL && f < g_list_model_get_n_items (followups); f++)
            {
              g_autoptr(OpvFollowup) followup = g_list_model_get_item (followups, f);
              g_hash_table_add (set, followup);
            }
        }
    }

  return set;
}

static GPtrArray *
items_to_export (OpvDossier             *dossier,
                 const OpvExportOptions *options)
{
  g_autoptr(GPtrArray) all = opv_dossier_dup_items (dossier);
  g_autoptr(GHashTable) wanted = NULL;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  if (options->items != NULL)
    {
      wanted = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < options->items->len; i++)
        g_hash_table_add (wanted, g_ptr_array_index (options->items, i));
    }

  for (guint i = 0; i < all->len; i++)
    {
      OpvItem *item = g_ptr_array_index (all, i);

      if (wanted == NULL || g_hash_table_contains (wanted, item))
        g_ptr_array_add (items, g_object_ref (item));
    }

  return items;
}

static gboolean
write_failed (const char  *path,
              lxw_error    status,
              int          saved_errno,
              GError     **error)
{
  const char *reason;

  if (saved_errno == ENOSPC)
    reason = _("the disk is full");
  else if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
    reason = _("you do not have permission to write there");
  else if (saved_errno != 0)
    reason = g_strerror (saved_errno);
  else
    reason = lxw_strerror (status);

  g_set_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), path, reason);
  return FALSE;
}

/* Writes the workbook of @w, whose dossier, round, options and items are
 * set, to @path through a temporary file. */
static gboolean
write_workbook (Writer             *w,
                const char         *path,
                OpvExportProgress   progress,
                gpointer            user_data,
                GCancellable       *cancellable,
                GError            **error)
{
  const OpvExportOptions *options = w->options;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) local_error = NULL;
  lxw_workbook_options workbook_options = { .constant_memory = LXW_TRUE };
  lxw_doc_properties properties = { 0 };
  lxw_error status;
  locale_t c_locale, old_locale;
  int fd, saved_errno;

  /* The temporary file sits beside the target, so that the final rename
   * is atomic and fails early when the folder cannot be written. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp_path, O_RDWR, 0644);
  if (fd < 0)
    return write_failed (path, LXW_NO_ERROR, errno, error);
  close (fd);

  w->layout = opv_export_resolve_layout (options->layout, w->dossier);
  w->themes_used = g_ptr_array_new ();
  w->counts = g_array_new (FALSE, TRUE, sizeof (guint));

  /* libxlsxwriter prints numbers with the C library's locale: under nl_NL
   * it would write "3,14" and readers would misread or refuse the file. */
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  old_locale = uselocale (c_locale);

  w->workbook = workbook_new_opt (tmp_path, &workbook_options);
  if (w->workbook == NULL)
    {
      saved_errno = errno;
      uselocale (old_locale);
      freelocale (c_locale);
      g_unlink (tmp_path);
      return write_failed (path, LXW_ERROR_CREATING_XLSX_FILE, saved_errno, error);
    }

  create_formats (w);
  choose_columns (w);

  title = clean_text (opv_dossier_get_title (w->dossier));
  subject = w->round ? g_strdup_printf ("%s, %s", tr (w, per_item_msgid (w)), opv_round_get_label (w->round))
                     : g_strdup (tr (w, per_item_msgid (w)));
  properties.title = title;
  properties.subject = subject;
  properties.author = options->author;
  properties.company = options->organisation;
  properties.created = options->created;
  workbook_set_properties (w->workbook, &properties);

  /* Every sheet is there before the table is written: the changes are
   * written beside it, one item at a time. */
  w->sheet = workbook_add_worksheet (w->workbook, "Status");
  if (options->summary)
    /* Translators: a sheet name; at most 31 characters */
    w->summary_sheet = workbook_add_worksheet (w->workbook, tr (w, N_("Summary")));
  if (options->changes && w->previous != NULL)
    /* Translators: a sheet name; at most 31 characters */
    w->changes_sheet = workbook_add_worksheet (w->workbook, tr (w, N_("Changes")));
  if (options->legend)
    /* Translators: a sheet name; at most 31 characters */
    w->legend_sheet = workbook_add_worksheet (w->workbook, tr (w, N_("Legend")));

  if (w->changes_sheet != NULL)
    start_changes_sheet (w);
  if (write_status_sheet (w, progress, user_data, cancellable, &local_error))
    finish_status_sheet (w);
  if (local_error == NULL && !g_cancellable_is_cancelled (cancellable) && w->summary_sheet != NULL)
    write_summary_sheet (w);
  if (local_error == NULL && !g_cancellable_is_cancelled (cancellable) && w->changes_sheet != NULL)
    finish_changes_sheet (w);
  if (local_error == NULL && !g_cancellable_is_cancelled (cancellable) && w->legend_sheet != NULL)
    write_legend_sheet (w);

  g_clear_pointer (&w->themes_used, g_ptr_array_unref);
  g_clear_pointer (&w->counts, g_array_unref);

  if (local_error != NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      lxw_workbook_free (w->workbook);
      uselocale (old_locale);
      freelocale (c_locale);
      g_unlink (tmp_path);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Most of the time goes into compressing the file here. */
  if (progress != NULL)
    progress (-1, user_data);
  errno = 0;
  status = workbook_close (w->workbook);
  saved_errno = errno;
  uselocale (old_locale);
  freelocale (c_locale);

  if (status != LXW_NO_ERROR)
    {
      g_unlink (tmp_path);
      return write_failed (path, status, saved_errno, error);
    }

  /* libxlsxwriter cannot stop while it compresses, but a cancel that came
   * meanwhile still leaves no file. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return write_failed (path, LXW_NO_ERROR, saved_errno, error);
    }

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

static OpvCatalog *
export_catalog (const OpvExportOptions  *options,
                GError                 **error)
{
  OpvCatalog *catalog = opv_catalog_new (opv_export_language_to_id (options->language), error);

  if (catalog == NULL && error != NULL && *error != NULL)
    (*error)->domain = OPV_EXPORT_ERROR, (*error)->code = OPV_EXPORT_ERROR_LANGUAGE;
  return catalog;
}

/**
 * opv_export_xlsx:
 * @dossier: a whole dossier, as opv_store_load_dossier() gives it; the
 *   export only reads it, and may run in another thread if nothing else
 *   touches the dossier meanwhile
 * @round: (nullable): the round to report, %NULL for a dossier with none
 * @path: the workbook to write
 * @progress: (nullable): called now and then with the fraction done
 *
 * Writes the status table, and the summary and legend sheets the options
 * ask for. The workbook is written beside @path under a temporary name and
 * renamed at the end, so a failed or cancelled export leaves no file and
 * an existing file unchanged. The result does not depend on the process
 * locale.
 *
 * For a large dossier, opv_export_xlsx_from_store() writes the same
 * workbook without holding the dossier in memory.
 */
gboolean
opv_export_xlsx (OpvDossier              *dossier,
                 OpvRound                *round,
                 const OpvExportOptions  *options,
                 const char              *path,
                 OpvExportProgress        progress,
                 gpointer                 user_data,
                 GCancellable            *cancellable,
                 GError                 **error)
{
  g_autoptr(OpvCatalog) catalog = NULL;
  g_autoptr(GPtrArray) items = NULL;
  Writer w = { 0 };

  g_return_val_if_fail (OPV_IS_DOSSIER (dossier), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  catalog = export_catalog (options, error);
  if (catalog == NULL)
    return FALSE;

  w.catalog = catalog;
  w.options = options;
  w.dossier = dossier;
  w.round = round;
  w.items = items = items_to_export (dossier, options);
  w.n_items = items->len;
  for (guint i = 0; options->columns == 0 && i < items->len; i++)
    w.present |= columns_with_content (&w, g_ptr_array_index (items, i));

  /* Changes need a round before this one; without one, there are none to
   * show or mark. */
  w.previous = round && (options->changes || options->mark_new) ? opv_dossier_get_previous_round (dossier, round) : NULL;

  return write_workbook (&w, path, progress, user_data, cancellable, error);
}

/* "[1,2,3]": the ids for json_each (). */
static char *
ids_as_json (GHashTable *ids)
{
  GString *s = g_string_new ("[");
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_string_append_printf (s, "%s%" G_GINT64_FORMAT, s->len > 1 ? "," : "", *(gint64 *) key);
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* What columns_with_content() says for every item together, asked of the
 * database: each question stops at the first entry that answers it. */
static gboolean
columns_in_store (OpvStore          *store,
                  gint64             round_id,
                  GHashTable        *only,
                  OpvExportColumns  *present,
                  GError           **error)
{
  g_autofree char *ids = only ? ids_as_json (only) : NULL;
  sqlite3_stmt *stmt;
  int rc;

  *present = 0;
  if (round_id == 0)
    return TRUE;

#define ENTRIES_WITH(condition)   "EXISTS (SELECT 1 FROM entry e WHERE e.round_id = ?1 "   "  AND (?2 IS NULL OR e.item_id IN (SELECT value FROM json_each (?2))) AND " condition ")"
  stmt = opv_store_prepare (store,
                            "SELECT "
                            ENTRIES_WITH ("(e.to_be_determined OR e.responsibility_note <> '' "
                                          "  OR EXISTS (SELECT 1 FROM responsibility rs WHERE rs.entry_id = e.id))") ", "
                            ENTRIES_WITH ("e.status IS NOT NULL") ", "
                            ENTRIES_WITH ("e.timeframe <> ''") ", "
                            ENTRIES_WITH ("EXISTS (SELECT 1 FROM followup f WHERE f.entry_id = e.id)") ", "
                            ENTRIES_WITH ("(e.explanation <> '' "
                                          "  OR EXISTS (SELECT 1 FROM link k WHERE k.entry_id = e.id) "
                                          "  OR EXISTS (SELECT 1 FROM kamerstuk k WHERE k.entry_id = e.id))"),
                            error);
#undef ENTRIES_WITH
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, round_id);
  if (ids != NULL)
    sqlite3_bind_text (stmt, 2, ids, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      static const OpvExportColumns columns[] = {
        OPV_EXPORT_COLUMN_PARTIES, OPV_EXPORT_COLUMN_STATUS, OPV_EXPORT_COLUMN_TIMEFRAME,
        OPV_EXPORT_COLUMN_FOLLOWUPS, OPV_EXPORT_COLUMN_EXPLANATION,
      };

      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        if (sqlite3_column_int (stmt, c))
          *present |= columns[c];
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return opv_store_set_sqlite_error (store, rc, _("Could not read the items"), error);
  return TRUE;
}

/**
 * opv_export_xlsx_from_store:
 * @database: the database file, which the app has opened before
 * @dossier_id: the dossier to export
 * @round_id: the round to report, 0 for a dossier with none
 * @options: as for opv_export_xlsx(); its @item_ids (or the ids of its
 *   @items) choose the items
 *
 * Writes the same workbook as opv_export_xlsx() does for the dossier as
 * loaded, without loading it: the items are read one at a time, on a
 * connection of its own, in one read transaction, and let go once
 * written, so that memory stays flat whatever the dossier's size. The
 * comparison with the previous round that the changes sheet and the
 * "New" marks need is made item by item as well.
 *
 * It runs in any one thread: the export dialog runs it in a worker while
 * the window keeps using its own store.
 */
gboolean
opv_export_xlsx_from_store (const char              *database,
                            gint64                   dossier_id,
                            gint64                   round_id,
                            const OpvExportOptions  *options,
                            const char              *path,
                            OpvExportProgress        progress,
                            gpointer                 user_data,
                            GCancellable            *cancellable,
                            GError                 **error)
{
  g_autoptr(OpvCatalog) catalog = NULL;
  g_autoptr(OpvStore) store = NULL;
  g_autoptr(OpvDossier) dossier = NULL;
  g_autoptr(OpvItemStream) stream = NULL;
  g_autoptr(GHashTable) only = NULL;
  OpvRound *round = NULL;
  Writer w = { 0 };
  gboolean ok;

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  catalog = export_catalog (options, error);
  if (catalog == NULL)
    return FALSE;

  store = opv_store_open_for_reading (database, error);
  if (store == NULL)
    return FALSE;

  /* One snapshot for all the statements: edits made meanwhile in the
   * window are not half in the workbook. */
  if (!opv_store_exec (store, "BEGIN", error))
    return FALSE;

  dossier = opv_store_load_dossier_without_items (store, dossier_id, error);
  if (dossier == NULL)
    goto fail;

  if (round_id != 0)
    {
      GListModel *rounds = opv_dossier_get_rounds (dossier);

      for (guint i = 0; round == NULL && i < g_list_model_get_n_items (rounds); i++)
        {
          g_autoptr(OpvRound) r = g_list_model_get_item (rounds, i);

          if (opv_round_get_id (r) == round_id)
            round = r;
        }
      if (round == NULL)
        {
          g_set_error (error, OPV_EXPORT_ERROR, OPV_EXPORT_ERROR_INVALID,
                       _("The dossier has no such reporting round"));
          goto fail;
        }
    }

  if (options->item_ids != NULL || options->items != NULL)
    {
      guint n = options->item_ids ? options->item_ids->len : options->items->len;

      only = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < n; i++)
        {
          gint64 id = options->item_ids ? g_array_index (options->item_ids, gint64, i)
                                        : opv_item_get_id (g_ptr_array_index (options->items, i));

          g_hash_table_add (only, g_memdup2 (&id, sizeof id));
        }
    }

  w.catalog = catalog;
  w.options = options;
  w.dossier = dossier;
  w.round = round;
  w.previous = round && (options->changes || options->mark_new) ? opv_dossier_get_previous_round (dossier, round) : NULL;
  w.n_items = only ? g_hash_table_size (only) : opv_dossier_get_n_items (dossier);
  if (options->columns == 0 && !columns_in_store (store, round_id, only, &w.present, error))
    goto fail;

  stream = opv_item_stream_new (store, dossier, round, w.previous, error);
  if (stream == NULL)
    goto fail;
  opv_item_stream_set_only (stream, only);
  w.stream = stream;

  ok = write_workbook (&w, path, progress, user_data, cancellable, error);
  g_clear_pointer (&stream, opv_item_stream_free);
  opv_store_rollback (store);
  return ok;

fail:
  g_clear_pointer (&stream, opv_item_stream_free);
  opv_store_rollback (store);
  return FALSE;
}
