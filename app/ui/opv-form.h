/* opv-form.h
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <adwaita.h>

#include "opv-window.h"

G_BEGIN_DECLS

/* One row of a form: an entry, a choice (when @choices is set) or a switch
 * (when @toggle is). Values come back as text: an entry's text, the chosen
 * index, or "1" and "0". */
typedef struct
{
  const char  *title;
  const char  *text;        /* an entry's starting text */
  gboolean     required;    /* an entry that may not be empty */
  const char **choices;     /* NULL-terminated */
  guint        selected;    /* a choice's starting index */
  gboolean     toggle;
  gboolean     active;      /* a switch's starting state */
  const char  *subtitle;    /* a switch's explanation */
} OpvFormField;

/* Applies the values; called once, when the user confirms. */
typedef void (*OpvFormApply) (OpvWindow *window,
                              GPtrArray *values,
                              gpointer   data);

/* Looks at the values while the user types. Returns a line to show under
 * the rows (a preview or what is wrong), or NULL; *@ok says whether the
 * form may be applied. */
typedef char *(*OpvFormCheck) (OpvWindow *window,
                               GPtrArray *values,
                               gboolean  *ok);

typedef void (*OpvConfirmed) (OpvWindow *window,
                              gint64     id);

AdwMessageDialog *opv_form_run     (OpvWindow          *window,
                                    const char         *heading,
                                    const char         *body,
                                    const char         *apply_label,
                                    const OpvFormField *fields,
                                    guint               n_fields,
                                    OpvFormCheck        check,
                                    OpvFormApply        apply,
                                    gpointer            data);
void              opv_form_confirm (OpvWindow          *window,
                                    const char         *heading,
                                    const char         *body,
                                    const char         *confirm_label,
                                    gboolean            destructive,
                                    OpvConfirmed        confirmed,
                                    gint64              id);
gboolean          opv_form_report  (OpvWindow          *window,
                                    gboolean            ok,
                                    GError             *error);

G_END_DECLS
