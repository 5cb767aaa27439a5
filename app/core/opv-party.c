/* opv-party.c: an organisation that can be responsible for items
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-party"

#include "config.h"

#include "opv-party.h"
#include "opv-util.h"

struct _OpvParty
{
  GObject       parent_instance;
  gint64        id;
  char         *short_name;
  char         *full_name;
  OpvPartyKind  kind;
};

G_DEFINE_FINAL_TYPE (OpvParty, opv_party, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SHORT_NAME,
  PROP_FULL_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
opv_party_finalize (GObject *object)
{
  OpvParty *self = (OpvParty *)object;

  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->full_name, g_free);

  G_OBJECT_CLASS (opv_party_parent_class)->finalize (object);
}

static void
opv_party_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OpvParty *self = OPV_PARTY (object);

  switch (prop_id)
    {
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_party_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OpvParty *self = OPV_PARTY (object);

  switch (prop_id)
    {
    case PROP_SHORT_NAME:
      opv_party_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_FULL_NAME:
      opv_party_set_full_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      opv_party_set_kind (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_party_class_init (OpvPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opv_party_finalize;
  object_class->get_property = opv_party_get_property;
  object_class->set_property = opv_party_set_property;

  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      OPV_PARTY_KIND_OTHER, OPV_PARTY_KIND_SECTOR, OPV_PARTY_KIND_OTHER,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
opv_party_init (OpvParty *self)
{
  self->short_name = g_strdup ("");
  self->full_name = g_strdup ("");
}

OpvParty *
opv_party_new (const char   *short_name,
               const char   *full_name,
               OpvPartyKind  kind)
{
  return g_object_new (OPV_TYPE_PARTY,
                       "short-name", short_name,
                       "full-name", full_name,
                       "kind", kind,
                       NULL);
}

gint64
opv_party_get_id (OpvParty *self)
{
  g_return_val_if_fail (OPV_IS_PARTY (self), 0);
  return self->id;
}

void
opv_party_set_id (OpvParty *self,
                  gint64    id)
{
  g_return_if_fail (OPV_IS_PARTY (self));
  self->id = id;
}

const char *
opv_party_get_short_name (OpvParty *self)
{
  g_return_val_if_fail (OPV_IS_PARTY (self), NULL);
  return self->short_name;
}

void
opv_party_set_short_name (OpvParty   *self,
                          const char *short_name)
{
  g_return_if_fail (OPV_IS_PARTY (self));
  if (opv_set_str (&self->short_name, short_name ? short_name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

const char *
opv_party_get_full_name (OpvParty *self)
{
  g_return_val_if_fail (OPV_IS_PARTY (self), NULL);
  return self->full_name;
}

void
opv_party_set_full_name (OpvParty   *self,
                         const char *full_name)
{
  g_return_if_fail (OPV_IS_PARTY (self));
  if (opv_set_str (&self->full_name, full_name ? full_name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
}

OpvPartyKind
opv_party_get_kind (OpvParty *self)
{
  g_return_val_if_fail (OPV_IS_PARTY (self), OPV_PARTY_KIND_OTHER);
  return self->kind;
}

void
opv_party_set_kind (OpvParty     *self,
                    OpvPartyKind  kind)
{
  g_return_if_fail (OPV_IS_PARTY (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}
