/* opv-catalog.c: translations for one language, whatever the UI's
 *
 * An export is written in the language the user chose for it, which may
 * differ from the UI language. gettext() only answers in the process's
 * language (and switching it is neither thread-safe nor possible without
 * the matching system locale), so the export looks its strings up here, in
 * the same compiled catalogue that gettext uses for the UI: one nl.po, no
 * second copy of the translations.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "opv-catalog.h"
#include "opv-i18n.h"

#define MO_MAGIC         0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u

struct _OpvCatalog
{
  GMappedFile *file;      /* NULL for English, the source language */
  const char  *data;
  gsize        length;
  gboolean     swapped;
  guint32      n_strings;
  guint32      originals;
  guint32      translations;
};

static guint32
read_u32 (OpvCatalog *self,
          gsize       offset)
{
  guint32 value;

  memcpy (&value, self->data + offset, sizeof value);
  return self->swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Returns the string of table entry @index, or NULL when the table points
 * outside the file. */
static const char *
entry_string (OpvCatalog *self,
              guint32     table,
              guint32     index,
              guint32    *length)
{
  gsize entry = (gsize) table + (gsize) index * 8;
  guint32 len, offset;

  if (entry + 8 > self->length)
    return NULL;
  len = read_u32 (self, entry);
  offset = read_u32 (self, entry + 4);
  if ((gsize) offset + len >= self->length || self->data[offset + len] != '\0')
    return NULL;
  if (length != NULL)
    *length = len;
  return self->data + offset;
}

/**
 * opv_catalog_new:
 * @language: "nl" or "en"
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL with an error
 * when the language's compiled translations are missing or damaged
 */
OpvCatalog *
opv_catalog_new (const char  *language,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  OpvCatalog *self = g_new0 (OpvCatalog, 1);
  guint32 magic;

  if (g_strcmp0 (language, "en") == 0)
    return self;

  path = g_build_filename (opv_i18n_get_localedir (), language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  self->file = g_mapped_file_new (path, FALSE, &local_error);
  if (self->file == NULL)
    {
      g_set_error (error, G_FILE_ERROR, local_error->code,
                   _("The translations for “%s” are not installed (%s)"), language, local_error->message);
      opv_catalog_free (self);
      return NULL;
    }

  self->data = g_mapped_file_get_contents (self->file);
  self->length = g_mapped_file_get_length (self->file);

  if (self->length < 28)
    goto damaged;
  memcpy (&magic, self->data, sizeof magic);
  if (magic == MO_MAGIC_SWAPPED)
    self->swapped = TRUE;
  else if (magic != MO_MAGIC)
    goto damaged;

  self->n_strings = read_u32 (self, 8);
  self->originals = read_u32 (self, 12);
  self->translations = read_u32 (self, 16);
  if ((gsize) self->originals + (gsize) self->n_strings * 8 > self->length ||
      (gsize) self->translations + (gsize) self->n_strings * 8 > self->length)
    goto damaged;

  return self;

damaged:
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               _("The translation file “%s” is damaged"), path);
  opv_catalog_free (self);
  return NULL;
}

void
opv_catalog_free (OpvCatalog *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->file, g_mapped_file_unref);
  g_free (self);
}

/* The originals are sorted by strcmp(), as msgfmt writes them. */
static const char *
lookup (OpvCatalog *self,
        const char *key)
{
  guint32 low = 0, high = self->n_strings;

  while (low < high)
    {
      guint32 mid = low + (high - low) / 2;
      const char *original = entry_string (self, self->originals, mid, NULL);
      int cmp;

      if (original == NULL)
        return NULL;
      cmp = strcmp (key, original);
      if (cmp == 0)
        {
          guint32 length;
          const char *translation = entry_string (self, self->translations, mid, &length);

          return translation != NULL && length > 0 ? translation : NULL;
        }
      if (cmp < 0)
        high = mid;
      else
        low = mid + 1;
    }

  return NULL;
}

/**
 * opv_catalog_gettext:
 *
 * Returns: the translation of @msgid, or @msgid itself when there is none
 */
const char *
opv_catalog_gettext (OpvCatalog *self,
                     const char *msgid)
{
  const char *translation;

  if (self->file == NULL)
    return msgid;
  translation = lookup (self, msgid);
  return translation ? translation : msgid;
}

const char *
opv_catalog_pgettext (OpvCatalog *self,
                      const char *context,
                      const char *msgid)
{
  g_autofree char *key = NULL;
  const char *translation;

  if (self->file == NULL)
    return msgid;
  key = g_strconcat (context, "\004", msgid, NULL);
  translation = lookup (self, key);
  return translation ? translation : msgid;
}
