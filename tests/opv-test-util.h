/* opv-test-util.h: what the core tests share
 *
 * SPDX-License-Identifier: EUPL-1.2
 */

#pragma once

#include <gio/gio.h>

#include "opv-store.h"

G_BEGIN_DECLS

char     *opv_test_make_tmpdir        (void);
OpvStore *opv_test_open_with_defaults (const char   *path);
void      opv_test_remove_tree        (const char   *path);
char     *opv_test_srcdir_file        (const char   *first_element,
                                       ...) G_GNUC_NULL_TERMINATED;
char     *opv_test_default_dossier    (const char   *basename);
GBytes   *opv_test_load_bytes         (const char   *path);
char     *opv_test_file_sha256        (const char   *path);
void      opv_test_write_file         (const char   *path,
                                       const void   *data,
                                       gssize        length);
gboolean  opv_test_has_sqlite_sidecar (const char   *db_path);
void      opv_test_become_nobody      (void);
void      opv_test_become_self        (void);
void      opv_test_assert_same_text   (const char   *what,
                                       const char   *expected,
                                       gsize         expected_length,
                                       const char   *actual,
                                       gsize         actual_length);
void      opv_test_assert_error_at    (const GError *error,
                                       GQuark        domain,
                                       int           code,
                                       const char   *prefix);

G_END_DECLS
