/* opv-round.c: a reporting round of a dossier ("Update juni 2023")
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#define G_LOG_DOMAIN "opv-round"

#include "config.h"

#include "opv-round.h"
#include "opv-util.h"

struct _OpvRound
{
  GObject        parent_instance;
  gint64         id;
  char          *label;
  char          *period;
  OpvRoundState  state;
  char          *sent_on;
  OpvKamerstuk  *sent_reference;
};

G_DEFINE_FINAL_TYPE (OpvRound, opv_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
opv_round_finalize (GObject *object)
{
  OpvRound *self = (OpvRound *)object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->sent_on, g_free);
  g_clear_pointer (&self->sent_reference, opv_kamerstuk_free);

  G_OBJECT_CLASS (opv_round_parent_class)->finalize (object);
}

static void
opv_round_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OpvRound *self = OPV_ROUND (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opv_round_class_init (OpvRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opv_round_finalize;
  object_class->get_property = opv_round_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, OPV_ROUND_OPEN, OPV_ROUND_SENT, OPV_ROUND_OPEN,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
opv_round_init (OpvRound *self)
{
  self->label = g_strdup ("");
  self->period = g_strdup ("");
  self->sent_on = g_strdup ("");
}

OpvRound *
opv_round_new (const char *label,
               const char *period)
{
  OpvRound *self = g_object_new (OPV_TYPE_ROUND, NULL);

  opv_set_str (&self->label, label ? label : "");
  opv_set_str (&self->period, period ? period : "");

  return self;
}

gint64
opv_round_get_id (OpvRound *self)
{
  g_return_val_if_fail (OPV_IS_ROUND (self), 0);
  return self->id;
}

void
opv_round_set_id (OpvRound *self,
                  gint64    id)
{
  g_return_if_fail (OPV_IS_ROUND (self));
  self->id = id;
}

const char *
opv_round_get_label (OpvRound *self)
{
  g_return_val_if_fail (OPV_IS_ROUND (self), NULL);
  return self->label;
}

void
opv_round_set_label (OpvRound   *self,
                     const char *label)
{
  g_return_if_fail (OPV_IS_ROUND (self));
  if (opv_set_str (&self->label, label ? label : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
opv_round_get_period (OpvRound *self)
{
  g_return_val_if_fail (OPV_IS_ROUND (self), NULL);
  return self->period;
}

void
opv_round_set_period (OpvRound   *self,
                      const char *period)
{
  g_return_if_fail (OPV_IS_ROUND (self));
  opv_set_str (&self->period, period ? period : "");
}

OpvRoundState
opv_round_get_state (OpvRound *self)
{
  g_return_val_if_fail (OPV_IS_ROUND (self), OPV_ROUND_OPEN);
  return self->state;
}

void
opv_round_set_state (OpvRound      *self,
                     OpvRoundState  state)
{
  g_return_if_fail (OPV_IS_ROUND (self));
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
}

const char *
opv_round_get_sent_on (OpvRound *self)
{
  g_return_val_if_fail (OPV_IS_ROUND (self), NULL);
  return self->sent_on;
}

void
opv_round_set_sent_on (OpvRound   *self,
                       const char *sent_on)
{
  g_return_if_fail (OPV_IS_ROUND (self));
  opv_set_str (&self->sent_on, sent_on ? sent_on : "");
}

const OpvKamerstuk *
opv_round_get_sent_reference (OpvRound *self)
{
  g_return_val_if_fail (OPV_IS_ROUND (self), NULL);
  return self->sent_reference;
}

void
opv_round_set_sent_reference (OpvRound           *self,
                              const OpvKamerstuk *reference)
{
  g_return_if_fail (OPV_IS_ROUND (self));
  g_clear_pointer (&self->sent_reference, opv_kamerstuk_free);
  if (reference != NULL)
    self->sent_reference = opv_kamerstuk_copy (reference);
}
