// Copies of the demo bundle with broken files, columns and CSV syntax: each is refused
// naming the file, the line and the column (or loads, when the change is allowed).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/bundle_reader_test_support.hpp"

namespace myoivig::io::testing {
namespace {

TEST_P(CorruptedBundle, IsRefusedNamingFileLineAndColumn) {
  const CorruptCase& c = GetParam();
  const TemporaryBundle bundle;
  ASSERT_TRUE(load(bundle.directory())) << "the unchanged copy must load";
  c.corrupt(bundle);
  const auto loaded = load(bundle.directory());
  if (c.message.empty()) {
    EXPECT_TRUE(loaded) << loaded.error().message;
    return;
  }
  ASSERT_FALSE(loaded) << "accepted";
  EXPECT_EQ(loaded.error().message, c.message);
}

const std::string k_patient_columns =
    "patient_id, site, sex, birth_year, diagnosis, biopsy_proven, biopsy_date, height_cm, "
    "enrolment_date, withdrawal_date, withdrawal_reason";

INSTANTIATE_TEST_SUITE_P(
    Files, CorruptedBundle,
    ::testing::Values(
        CorruptCase{
            "unknown_column",
            [](const TemporaryBundle& b) { b.edit_line("patients.csv", 1, "height_cm", "height"); },
            "patients.csv:1: unknown column 'height' (known: " + k_patient_columns + ")"},
        CorruptCase{"missing_required_column",
                    [](const TemporaryBundle& b) {
                      b.edit_each_line("visits.csv", without_last_field);  // drops "date"
                    },
                    "visits.csv:1: required column 'date' is missing"},
        CorruptCase{"missing_optional_column",
                    [](const TemporaryBundle& b) {
                      b.edit_each_line("patients.csv", without_last_field);  // withdrawal_reason
                    },
                    // SEED-03 (line 4) is withdrawn and now has no reason.
                    "patients.csv:4: withdrawal_reason: is required when withdrawal_date is "
                    "given"},
        CorruptCase{"column_twice",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 1, "patient_id,week,date", "patient_id,week,week");
                    },
                    "visits.csv:1: column 'week' appears twice"},
        CorruptCase{"columns_in_another_order",
                    [](const TemporaryBundle& b) {
                      b.edit_each_line("visits.csv", [](const std::string& line) {
                        const std::vector<std::string> f = util::split(line, ',');
                        return f[2] + "," + f[0] + "," + f[1];
                      });
                    },
                    ""},
        CorruptCase{"empty_file", [](const TemporaryBundle& b) { b.write("visits.csv", ""); },
                    "visits.csv: the file is empty (a header row is required)"},
        CorruptCase{"header_only",
                    [](const TemporaryBundle& b) {
                      const std::string text = b.read("adverse_events.csv");
                      b.write("adverse_events.csv", text.substr(0, text.find('\n') + 1));
                    },
                    ""},
        CorruptCase{"unknown_file",
                    [](const TemporaryBundle& b) { b.write("notes.csv", "a\n1\n"); },
                    "notes.csv: not a file of the bundle format (see docs/bundle.md)"},
        CorruptCase{"other_files_ignored",
                    [](const TemporaryBundle& b) { b.write("README.md", "# notes\n"); }, ""},
        CorruptCase{"unknown_manifest_key",
                    [](const TemporaryBundle& b) {
                      b.write("manifest.csv", b.read("manifest.csv") + "colour,red\n");
                    },
                    "manifest.csv:6: unknown key 'colour' (known: study_id, protocol, "
                    "description, synthetic)"},
        CorruptCase{"manifest_synthetic_not_boolean",
                    [](const TemporaryBundle& b) {
                      b.edit_line("manifest.csv", 5, "synthetic,true", "synthetic,maybe");
                    },
                    "manifest.csv:5: synthetic: must be true or false (yes/no, 1/0), got "
                    "'maybe'"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    CsvSyntax, CorruptedBundle,
    ::testing::Values(
        CorruptCase{"ragged_row",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 5, "2001-08-10,,", "2001-08-10,");
                    },
                    "patients.csv:5: has 10 fields, the header has 11"},
        CorruptCase{"unterminated_quote",
                    [](const TemporaryBundle& b) {
                      b.edit_line("adverse_events.csv", 2, "asymptomatic", "\"asymptomatic");
                    },
                    "adverse_events.csv:2: quoted field is not closed (missing '\"')"},
        CorruptCase{"stray_quote",
                    [](const TemporaryBundle& b) {
                      b.edit_line("adverse_events.csv", 2, "asymptomatic", "a\"symptomatic");
                    },
                    "adverse_events.csv:2: a quote inside an unquoted field (quote the whole "
                    "field)"},
        // A quoted reason spanning two lines moves every later row down by one line.
        CorruptCase{"multi_line_field_shifts_lines",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 4, "Withdrew consent after the week-2 visit",
                                  "\"Withdrew consent\nafter the week-2 visit");
                      b.edit_line("patients.csv", 5, "no further study data",
                                  "no further study data\"");
                      b.edit_line("patients.csv", 6, "2001-08-10", "2001-02-30");
                    },
                    "patients.csv:6: column 'enrolment_date': '2001-02-30' is not a real date "
                    "(day 30 does not exist in 2001-02)"},
        CorruptCase{"crlf_and_bom",
                    [](const TemporaryBundle& b) {
                      b.edit_each_line("patients.csv", with_crlf);
                      b.write("patients.csv", "\xEF\xBB\xBF" + b.read("patients.csv"));
                    },
                    ""},
        CorruptCase{"crlf_error_line",
                    [](const TemporaryBundle& b) {
                      b.edit_each_line("visits.csv", with_crlf);
                      b.edit_line("visits.csv", 11, "SEED-02,4,", "SEED-99,4,");
                    },
                    "visits.csv:11: patient_id: unknown patient 'SEED-99' (not in patients)"},
        CorruptCase{"blank_lines_counted",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 5, "SEED-01,4,2001-04-06",
                                  "\n\nSEED-01,4,2001-04-06");
                      b.edit_line("visits.csv", 11 + 2, "SEED-02,4,", "SEED-99,4,");
                    },
                    "visits.csv:13: patient_id: unknown patient 'SEED-99' (not in patients)"}),
    case_name);

}  // namespace
}  // namespace myoivig::io::testing
