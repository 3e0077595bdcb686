/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv-writer"

#include <math.h>

#include "fl-csv-writer.h"
#include "fl-test-util.h"

static char *
finish (FlCsvWriter *writer)
{
  g_autoptr(GBytes) bytes = fl_csv_writer_finish (writer);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_cmpuint (length, >=, 3);
  g_assert_cmpmem (data, 3, "\xEF\xBB\xBF", 3);
  return g_strndup (data + 3, length - 3);
}

/* Plain cells as they are, quoting where needed, CRLF rows. */
static void
test_quoting (void)
{
  g_autoptr(FlCsvWriter) writer = fl_csv_writer_new ();
  g_autofree char *text = NULL;

  fl_csv_writer_add_text (writer, "工号");
  fl_csv_writer_add_text (writer, "Chen, Emily");
  fl_csv_writer_add_text (writer, "said \"no\"");
  fl_csv_writer_add_text (writer, "two\nlines");
  fl_csv_writer_add_text (writer, NULL);
  fl_csv_writer_end_row (writer);
  fl_csv_writer_add_number (writer, 93.333, 1);
  fl_csv_writer_add_number (writer, NAN, 1);
  fl_csv_writer_add_number (writer, -2, 0);
  fl_csv_writer_end_row (writer);
  text = finish (writer);
  g_assert_cmpstr (text, ==, "工号,\"Chen, Emily\",\"said \"\"no\"\"\",\"two\nlines\",\r\n93.3,,-2\r\n");
}

/* A text cell that a spreadsheet would run as a formula is shown instead. */
static void
test_formula_safe (void)
{
  const char *cells[] = { "=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "a=b" };
  const char *expected = "\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",a=b\r\n";
  g_autoptr(FlCsvWriter) writer = fl_csv_writer_new ();
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    fl_csv_writer_add_text (writer, cells[i]);
  fl_csv_writer_end_row (writer);
  text = finish (writer);
  g_assert_cmpstr (text, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/csv-writer/quoting", test_quoting);
  g_test_add_func ("/csv-writer/formula-safe", test_formula_safe);

  return g_test_run ();
}
