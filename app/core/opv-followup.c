/* opv-followup.c: one piece of follow-up reported in a round
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-followup"

#include "config.h"

#include "opv-followup.h"
#include "opv-util.h"

struct _OpvFollowup
{
  GObject    parent_instance;
  gint64     id;
  char      *code;
  char      *text;
  gboolean   carried;
  GPtrArray *links;         /* OpvLink */
  GPtrArray *references;    /* char*: codes of items or follow-ups */
  GPtrArray *kamerstukken;  /* OpvKamerstuk */
};

G_DEFINE_FINAL_TYPE (OpvFollowup, opv_followup, G_TYPE_OBJECT)

static void
opv_followup_finalize (GObject *object)
{
  OpvFollowup *self = (OpvFollowup *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->references, g_ptr_array_unref);
  g_clear_pointer (&self->kamerstukken, g_ptr_array_unref);

  G_OBJECT_CLASS (opv_followup_parent_class)->finalize (object);
}

static void
opv_followup_class_init (OpvFollowupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = opv_followup_finalize;
}

static void
opv_followup_init (OpvFollowup *self)
{
  self->code = g_strdup ("");
  self->text = g_strdup ("");
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_link_free);
  self->references = g_ptr_array_new_with_free_func (g_free);
  self->kamerstukken = g_ptr_array_new_with_free_func ((GDestroyNotify) opv_kamerstuk_free);
}

OpvFollowup *
opv_followup_new (const char *code,
                  const char *text)
{
  OpvFollowup *self = g_object_new (OPV_TYPE_FOLLOWUP, NULL);

  opv_followup_set_code (self, code);
  opv_followup_set_text (self, text);

  return self;
}

gint64
opv_followup_get_id (OpvFollowup *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP (self), 0);
  return self->id;
}

void
opv_followup_set_id (OpvFollowup *self,
                     gint64       id)
{
  g_return_if_fail (OPV_IS_FOLLOWUP (self));
  self->id = id;
}

const char *
opv_followup_get_code (OpvFollowup *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP (self), NULL);
  return self->code;
}

void
opv_followup_set_code (OpvFollowup *self,
                       const char  *code)
{
  g_return_if_fail (OPV_IS_FOLLOWUP (self));
  opv_set_str (&self->code, code ? code : "");
}

const char *
opv_followup_get_text (OpvFollowup *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP (self), NULL);
  return self->text;
}

void
opv_followup_set_text (OpvFollowup *self,
                       const char  *text)
{
  g_return_if_fail (OPV_IS_FOLLOWUP (self));
  opv_set_str (&self->text, text ? text : "");
}

gboolean
opv_followup_get_carried (OpvFollowup *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP (self), FALSE);
  return self->carried;
}

void
opv_followup_set_carried (OpvFollowup *self,
                          gboolean     carried)
{
  g_return_if_fail (OPV_IS_FOLLOWUP (self));
  self->carried = !!carried;
}

/**
 * opv_followup_get_links:
 *
 * Returns: (transfer none) (element-type OpvLink): the links, which the
 * caller may add to.
 */
GPtrArray *
opv_followup_get_links (OpvFollowup *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP (self), NULL);
  return self->links;
}

GPtrArray *
opv_followup_get_references (OpvFollowup *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP (self), NULL);
  return self->references;
}

GPtrArray *
opv_followup_get_kamerstukken (OpvFollowup *self)
{
  g_return_val_if_fail (OPV_IS_FOLLOWUP (self), NULL);
  return self->kamerstukken;
}
