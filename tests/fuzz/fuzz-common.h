/* fuzz-common.h: what every fuzz harness shares
 *
 * A harness defines LLVMFuzzerTestOneInput() and checks properties that
 * must hold for any input; a broken property aborts, which libFuzzer
 * reports as a crash and the replay test (fuzz-replay.c) as a failure.
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

#define FUZZ_CHECK(cond, ...) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      { \
        fprintf (stderr, "%s:%d: property broken: %s: ", __FILE__, __LINE__, #cond); \
        fprintf (stderr, __VA_ARGS__); \
        fputc ('\n', stderr); \
        abort (); \
      } \
  } G_STMT_END

/* A critical or a warning from our code, GLib or json-glib is a bug, as
 * under the test suite's G_DEBUG=fatal-warnings. It aborts here rather than
 * through GLib's fatal mask, which raises SIGTRAP: libFuzzer saves the
 * input for SIGABRT but not for SIGTRAP. Debug output is dropped; it would
 * only slow the fuzzer down. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init_logging (void)
{
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}

/* The input as a C string: libFuzzer's data has no terminating NUL, and
 * the parsers take text; an embedded NUL ends the text as it would in C. */
static inline char *
fuzz_strndup (const guint8 *data,
              size_t        size)
{
  return g_strndup ((const char *) data, size);
}
