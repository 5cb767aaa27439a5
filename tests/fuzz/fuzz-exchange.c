/* fuzz-exchange.c: the exchange JSON reader
 *
 * Properties: reading never crashes, leaks or warns; a file that reads is
 * written back as a file that reads again, and writing that gives the same
 * bytes (the writer's form is a fixed point).
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#include "config.h"

#include <string.h>

#include "opv-exchange.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpvDossier) dossier = opv_exchange_read_bytes (bytes, "fuzz.json", &error);
  g_autoptr(OpvDossier) again = NULL;
  g_autoptr(GBytes) written_bytes = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gsize length = 0, relength = 0;

  if (dossier == NULL)
    {
      /* Every refusal says where, in one line: the CLI prints it so. */
      FUZZ_CHECK (error != NULL && error->domain == OPV_EXCHANGE_ERROR, "no exchange error");
      FUZZ_CHECK (g_str_has_prefix (error->message, "fuzz.json"), "%s", error->message);
      FUZZ_CHECK (strchr (error->message, '\n') == NULL, "%s", error->message);
      FUZZ_CHECK (strlen (error->message) < 1000, "a message of %zu bytes", strlen (error->message));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL), "the message is not UTF-8");
      return 0;
    }

  FUZZ_CHECK (error == NULL, "%s", error->message);

  written = opv_exchange_write (dossier, &length);
  FUZZ_CHECK (g_utf8_validate (written, length, NULL), "the writer wrote bytes that are not UTF-8");

  written_bytes = g_bytes_new_static (written, length);
  again = opv_exchange_read_bytes (written_bytes, "written.json", &error);
  FUZZ_CHECK (again != NULL, "what the writer wrote does not read: %s", error->message);

  rewritten = opv_exchange_write (again, &relength);
  FUZZ_CHECK (relength == length && memcmp (written, rewritten, length) == 0,
              "writing what was read back gives other bytes");
  return 0;
}
