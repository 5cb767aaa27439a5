/* baseline-xlsx.c: the plain libxlsxwriter program that build-aux/bench
 * compares Opvolging's export with
 *
 *   baseline-xlsx CELLS.tsv OUT.xlsx
 *
 * Writes the cells of CELLS.tsv (made by gen-dossier.py: the exact strings
 * the app writes) to the same cells as the app's status sheet: a title
 * block, the header row on row 5, then one row per theme (merged across
 * the table) or item (item cell, follow-up cell). Like the app it uses
 * constant_memory, wrapped text with borders, row heights from the line
 * count, a frozen header row and an autofilter. It reads its input from a
 * file where the app reads sqlite: the benchmark's report says so.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#define HEADER_ROW 4
#define ITEM_WIDTH 58.0
#define FOLLOWUP_WIDTH 87.0

/* Undoes gen-dossier.py's escapes in place; returns the field's end. */
static char *
unescape (char *field)
{
  char *in = field, *out = field;

  while (*in != '\0' && *in != '\t' && *in != '\n')
    {
      if (*in == '\\' && in[1] != '\0')
        {
          in++;
          *out++ = *in == 'n' ? '\n' : *in == 't' ? '\t' : *in;
          in++;
        }
      else
        *out++ = *in++;
    }
  char *end = in;
  *out = '\0';
  return end;
}

static unsigned
count_lines (const char *text,
             double      width)
{
  unsigned per_line = (unsigned) (width * 1.15);
  unsigned lines = 1, used = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          lines++;
          used = 0;
        }
      else if ((*p & 0xC0) != 0x80 && ++used > per_line)
        {
          lines++;
          used = 1;
        }
    }
  return lines;
}

int
main (int   argc,
      char *argv[])
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *wrap, *header, *theme;
  FILE *in;
  char *line = NULL;
  size_t cap = 0;
  lxw_row_t row;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s CELLS.tsv OUT.xlsx\n", argv[0]);
      return 2;
    }
  in = fopen (argv[1], "r");
  if (in == NULL)
    {
      perror (argv[1]);
      return 1;
    }

  workbook = workbook_new_opt (argv[2], &options);
  sheet = workbook_add_worksheet (workbook, "Status");

  wrap = workbook_add_format (workbook);
  format_set_text_wrap (wrap);
  format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (wrap, LXW_BORDER_THIN);
  header = workbook_add_format (workbook);
  format_set_bold (header);
  format_set_border (header, LXW_BORDER_THIN);
  format_set_bg_color (header, 0x1F4E79);
  format_set_font_color (header, LXW_COLOR_WHITE);
  theme = workbook_add_format (workbook);
  format_set_bold (theme);
  format_set_border (theme, LXW_BORDER_THIN);
  format_set_bg_color (theme, 0xDDEBF7);

  worksheet_set_column (sheet, 0, 0, ITEM_WIDTH, NULL);
  worksheet_set_column (sheet, 1, 1, FOLLOWUP_WIDTH, NULL);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, HEADER_ROW, HEADER_ROW);
  worksheet_freeze_panes (sheet, HEADER_ROW + 1, 0);

  worksheet_write_string (sheet, 0, 0, "Benchmark", NULL);
  worksheet_write_string (sheet, 1, 0, "Status per aanbeveling", NULL);
  worksheet_write_string (sheet, 2, 0, "Meting 2024", NULL);
  worksheet_write_string (sheet, HEADER_ROW, 0, "Aanbeveling", header);
  worksheet_write_string (sheet, HEADER_ROW, 1, "Opvolging", header);

  row = HEADER_ROW + 1;
  while (getline (&line, &cap, in) > 0)
    {
      char *first = line + 2;

      if (line[0] == 'T')
        {
          unescape (first);
          worksheet_set_row (sheet, row, 20, NULL);
          worksheet_merge_range (sheet, row, 0, row, 1, first, theme);
          row++;
        }
      else if (line[0] == 'I')
        {
          char *end = unescape (first);
          char *second = end + 1;
          unsigned a, b;

          /* unescape() stopped at the tab that ends the first field. */
          unescape (second);
          a = count_lines (first, ITEM_WIDTH);
          b = count_lines (second, FOLLOWUP_WIDTH);
          worksheet_set_row (sheet, row, (a > b ? a : b) * 15.0 + 6, NULL);
          worksheet_write_string (sheet, row, 0, first, wrap);
          worksheet_write_string (sheet, row, 1, second, wrap);
          row++;
        }
    }
  worksheet_autofilter (sheet, HEADER_ROW, 0, row - 1, 1);
  free (line);
  fclose (in);

  if (workbook_close (workbook) != LXW_NO_ERROR)
    {
      fprintf (stderr, "could not write %s\n", argv[2]);
      return 1;
    }
  return 0;
}
