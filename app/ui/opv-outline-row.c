/* opv-outline-row.c: the list pane's rows, theme headings between items
 *
 * GTK 4.8 has no section headers in list views, so a dossier is flattened
 * into one list in which a theme's heading row comes before its items.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-outline"

#include "config.h"

#include "opv-outline-row.h"

struct _OpvOutlineRow
{
  GObject   parent_instance;
  OpvTheme *theme;
  OpvItem  *item;    /* NULL for a theme's heading */
};

G_DEFINE_FINAL_TYPE (OpvOutlineRow, opv_outline_row, G_TYPE_OBJECT)

static void
opv_outline_row_finalize (GObject *object)
{
  OpvOutlineRow *self = (OpvOutlineRow *)object;

  g_clear_object (&self->theme);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (opv_outline_row_parent_class)->finalize (object);
}

static void
opv_outline_row_class_init (OpvOutlineRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = opv_outline_row_finalize;
}

static void
opv_outline_row_init (OpvOutlineRow *self)
{
}

static OpvOutlineRow *
opv_outline_row_new (OpvTheme *theme,
                     OpvItem  *item)
{
  OpvOutlineRow *self = g_object_new (OPV_TYPE_OUTLINE_ROW, NULL);

  self->theme = g_object_ref (theme);
  self->item = item ? g_object_ref (item) : NULL;

  return self;
}

OpvTheme *
opv_outline_row_get_theme (OpvOutlineRow *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_ROW (self), NULL);
  return self->theme;
}

/**
 * opv_outline_row_get_item:
 *
 * Returns: (transfer none) (nullable): the item, or %NULL for a heading
 */
OpvItem *
opv_outline_row_get_item (OpvOutlineRow *self)
{
  g_return_val_if_fail (OPV_IS_OUTLINE_ROW (self), NULL);
  return self->item;
}

/**
 * opv_outline_new:
 *
 * Returns: (transfer full): a #GListModel of #OpvOutlineRow
 */
GListModel *
opv_outline_new (OpvDossier *dossier)
{
  GListStore *store = g_list_store_new (OPV_TYPE_OUTLINE_ROW);
  GListModel *themes = opv_dossier_get_themes (dossier);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OpvTheme) theme = g_list_model_get_item (themes, i);
      GListModel *items = opv_theme_get_items (theme);

      g_ptr_array_add (rows, opv_outline_row_new (theme, NULL));
      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(OpvItem) item = g_list_model_get_item (items, j);
          g_ptr_array_add (rows, opv_outline_row_new (theme, item));
        }
    }

  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}
