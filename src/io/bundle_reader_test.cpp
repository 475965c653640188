#include "io/bundle_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "io/protocol_file.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io {
namespace {

namespace fs = std::filesystem;

const fs::path k_source = fs::path(MYOIVIG_SOURCE_DIR);
const fs::path k_demo_bundle = k_source / "data/demo/seed-study";

const domain::Protocol& seed_protocol() {
  static const domain::Protocol protocol = [] {
    auto read = read_protocol_file(k_source / "protocols/seed-ivig.toml");
    EXPECT_TRUE(read) << read.error().message;
    return read ? *read : domain::Protocol{};
  }();
  return protocol;
}

// Reads and checks a bundle as `load` does, against the seed protocol and no stored data.
util::Expected<void> load(const fs::path& directory) {
  MYOIVIG_TRY_ASSIGN(bundle, read_bundle(directory));
  return check_bundle(bundle, domain::StudyData{}, seed_protocol());
}

// --- the demo bundle -----------------------------------------------------------------------

class DemoBundle : public ::testing::Test {
 protected:
  void SetUp() override {
    auto read = read_bundle(k_demo_bundle);
    ASSERT_TRUE(read) << read.error().message;
    m_bundle = std::move(*read);
  }

  // The index of `patient_id`'s assessment at `week`, or fails the test.
  std::size_t assessment_index(std::string_view patient_id, int week) const {
    const auto& all = m_bundle.data.assessments;
    const auto found = std::find_if(all.begin(), all.end(), [&](const domain::Assessment& a) {
      return a.patient_id == patient_id && a.week == week;
    });
    EXPECT_NE(found, all.end()) << patient_id << " week " << week;
    return static_cast<std::size_t>(found - all.begin());
  }

  Bundle m_bundle;
};

TEST_F(DemoBundle, HoldsTheSeedCohort) {
  const domain::StudyData& data = m_bundle.data;
  EXPECT_EQ(data.info.study_id, "SEED-IVIG-DEMO");
  EXPECT_EQ(data.info.protocol_id, "SEED-IVIG-2003");
  EXPECT_TRUE(data.info.synthetic);
  EXPECT_EQ(data.info.description.rfind("SYNTHETIC", 0), 0U) << data.info.description;
  EXPECT_EQ(data.patients.size(), 12U);
  EXPECT_EQ(data.courses.size(), 15U);
  EXPECT_EQ(data.administrations.size(), 75U);  // 15 courses x 5 days
  EXPECT_EQ(data.adverse_events.size(), 2U);
  EXPECT_EQ(data.visits.size(), 64U);
  EXPECT_EQ(data.assessments.size(), 64U);
  EXPECT_EQ(data.conditions.size(), 84U);  // 12 patients x 7 exclusions
  EXPECT_EQ(data.steroid_doses.size(), 34U);
  EXPECT_TRUE(data.muscle_grades.empty());
  // Three patients have a second course: 12 + 3 = 15.
  EXPECT_EQ(std::count_if(data.courses.begin(), data.courses.end(),
                          [](const domain::Course& c) { return c.number == 2; }),
            3);
}

TEST_F(DemoBundle, ReadsRowsExactly) {
  const domain::Patient& third = m_bundle.data.patients[2];
  EXPECT_EQ(third.id, "SEED-03");
  EXPECT_EQ(third.sex, domain::Sex::female);
  EXPECT_EQ(third.diagnosis, domain::Diagnosis::dermatomyositis);
  EXPECT_EQ(third.birth_year, 1940);
  EXPECT_EQ(third.enrolment_date.iso(), "2001-06-04");
  ASSERT_TRUE(third.withdrawal_date);
  EXPECT_EQ(third.withdrawal_date->iso(), "2001-07-20");
  EXPECT_EQ(third.height_cm, 152.0);

  const domain::Administration& first = m_bundle.data.administrations[0];
  EXPECT_EQ(first.patient_id, "SEED-01");
  EXPECT_EQ(first.date.iso(), "2001-03-12");
  EXPECT_DOUBLE_EQ(first.dose_g, 27.5);
  EXPECT_EQ(first.volume_ml, 550.0);
  ASSERT_TRUE(first.start_time && first.end_time);
  EXPECT_EQ(first.start_time->minutes(), 9 * 60 + 15);
  EXPECT_EQ(first.end_time->minutes(), 15 * 60 + 40);

  const domain::AdverseEvent& event = m_bundle.data.adverse_events[0];
  EXPECT_EQ(event.patient_id, "SEED-04");
  EXPECT_TRUE(event.serious);
  EXPECT_EQ(event.severity, domain::Severity::moderate);
  EXPECT_EQ(event.outcome, domain::AdverseEventOutcome::recovered);
}

// VAS is written in cm with one decimal and stored exactly as whole millimetres.
TEST_F(DemoBundle, StoresVasExactlyInMillimetres) {
  // assessments.csv line 9: SEED-02,0,58,22,690,190,6.7,5.5,,51.6
  const std::size_t i = assessment_index("SEED-02", 0);
  const domain::Assessment& baseline = m_bundle.data.assessments[i];
  EXPECT_EQ(m_bundle.lines.at("assessments").at(i), 9U);
  EXPECT_EQ(baseline.fatigue_vas_mm, 67);
  EXPECT_EQ(baseline.pain_vas_mm, 55);
  EXPECT_EQ(baseline.mmt_score, 58);
  EXPECT_EQ(baseline.ck_uln_iu_per_l, 190);
  EXPECT_EQ(baseline.physician_global, std::nullopt);
  EXPECT_EQ(baseline.weight_kg, 51.6);

  // line 7: SEED-01,12,83,43,512,200,0.9,1.0,improved,64.2
  const domain::Assessment& week_12 = m_bundle.data.assessments[assessment_index("SEED-01", 12)];
  EXPECT_EQ(week_12.fatigue_vas_mm, 9);
  EXPECT_EQ(week_12.pain_vas_mm, 10);
  EXPECT_EQ(week_12.physician_global, domain::PhysicianGlobal::improved);

  // line 2: screening, VAS not taken: missing, never 0.
  const domain::Assessment& screening = m_bundle.data.assessments[assessment_index("SEED-01", -4)];
  EXPECT_EQ(screening.fatigue_vas_mm, std::nullopt);
  EXPECT_EQ(screening.pain_vas_mm, std::nullopt);
}

TEST_F(DemoBundle, RemembersTheLineOfEveryRecord) {
  ASSERT_EQ(m_bundle.lines.at("patients").size(), 12U);
  for (std::size_t i = 0; i < 12; ++i) EXPECT_EQ(m_bundle.lines.at("patients")[i], i + 2);
  EXPECT_EQ(m_bundle.lines.at("administrations").size(), 75U);
  EXPECT_EQ(m_bundle.lines.at("administrations").back(), 76U);
}

TEST_F(DemoBundle, PassesTheSeedProtocolsChecks) {
  const auto checked = check_bundle(m_bundle, domain::StudyData{}, seed_protocol());
  EXPECT_TRUE(checked) << checked.error().message;
}

TEST_F(DemoBundle, LoadedTwiceNamesTheDuplicateLine) {
  const auto checked = check_bundle(m_bundle, m_bundle.data, seed_protocol());
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message,
            "patients.csv:2: patient_id: 'SEED-01' appears more than once");
}

TEST_F(DemoBundle, RefusesAnotherProtocol) {
  domain::Protocol other = seed_protocol();
  other.id = "OTHER-2024";
  const auto checked = check_bundle(m_bundle, domain::StudyData{}, other);
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message,
            "manifest.csv: protocol 'SEED-IVIG-2003' does not match the database's protocol "
            "'OTHER-2024'");
}

// --- corrupted copies of the demo bundle ------------------------------------------------------

// A copy of the demo bundle's CSV files in a fresh temporary folder, removed afterwards.
class TemporaryBundle {
 public:
  TemporaryBundle() {
    std::random_device random;
    m_directory = fs::temp_directory_path() /
                  ("myoivig-bundle-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(m_directory);
    for (const fs::directory_entry& entry : fs::directory_iterator(k_demo_bundle)) {
      if (entry.path().extension() == ".csv") {
        fs::copy_file(entry.path(), m_directory / entry.path().filename());
      }
    }
  }
  ~TemporaryBundle() {
    std::error_code ignored;
    fs::remove_all(m_directory, ignored);
  }
  TemporaryBundle(const TemporaryBundle&) = delete;
  TemporaryBundle& operator=(const TemporaryBundle&) = delete;

  [[nodiscard]] const fs::path& directory() const { return m_directory; }

  [[nodiscard]] std::string read(std::string_view file) const {
    auto text = util::read_file(m_directory / file);
    EXPECT_TRUE(text) << text.error().message;
    return text ? *text : std::string();
  }

  void write(std::string_view file, std::string_view text) const {
    const auto written = util::write_file_atomically(m_directory / file, text);
    ASSERT_TRUE(written) << written.error().message;
  }

  // Replaces `from` by `to` in line `line` (1-based) of `file`; `from` must be there.
  void edit_line(std::string_view file, std::size_t line, std::string_view from,
                 std::string_view to) const {
    std::vector<std::string> lines = util::split(read(file), '\n');
    ASSERT_LT(line - 1, lines.size()) << file;
    std::string& text = lines[line - 1];
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << file << ":" << line << " has no '" << from << "'";
    text.replace(at, from.size(), to);
    write(file, util::join(lines, "\n"));
  }

  // Applies `change` to every line of `file` but the empty one after the last line break.
  void edit_each_line(std::string_view file,
                      const std::function<std::string(const std::string&)>& change) const {
    std::vector<std::string> lines = util::split(read(file), '\n');
    for (std::string& text : lines) {
      if (!text.empty()) text = change(text);
    }
    write(file, util::join(lines, "\n"));
  }

 private:
  fs::path m_directory;
};

std::string without_last_field(const std::string& line) {
  return line.substr(0, line.rfind(','));
}

std::string with_crlf(const std::string& line) {
  return line + "\r";
}

struct CorruptCase {
  std::string_view name;
  std::function<void(const TemporaryBundle&)> corrupt;
  std::string message;  // the exact error of load(); empty: loads
  friend void PrintTo(const CorruptCase& c, std::ostream* os) { *os << c.name; }
};

class CorruptedBundle : public ::testing::TestWithParam<CorruptCase> {};

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

std::string case_name(const ::testing::TestParamInfo<CorruptCase>& param_info) {
  return std::string(param_info.param.name);
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
    Values, CorruptedBundle,
    ::testing::Values(
        CorruptCase{"impossible_date",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 3, "2001-04-24", "2003-02-30");
                    },
                    "patients.csv:3: column 'enrolment_date': '2003-02-30' is not a real date "
                    "(day 30 does not exist in 2003-02)"},
        CorruptCase{"date_wrong_shape",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 11, "2001-06-20", "20/06/2001");
                    },
                    "visits.csv:11: column 'date': must be an ISO 8601 date YYYY-MM-DD, got "
                    "'20/06/2001'"},
        CorruptCase{
            "vas_two_decimals",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 9, ",5.5,", ",5.55,"); },
            "assessments.csv:9: column 'pain_vas_cm': must be a number with at most 1 "
            "decimal, got '5.55'"},
        // 429496735.1 cm = 4294967351 mm = 2^32 + 55: must not be read as 5.5 cm.
        CorruptCase{"vas_too_large_for_mm",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 9, ",5.5,", ",429496735.1,");
                    },
                    "assessments.csv:9: column 'pain_vas_cm': 429496735.1 is too large"},
        CorruptCase{
            "vas_above_max",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 9, ",5.5,", ",10.1,"); },
            "assessments.csv:9: pain_vas_cm: 10.1 is above the maximum 10 "
            "(instruments.vas_pain)"},
        CorruptCase{
            "vas_at_max",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 9, ",5.5,", ",10.0,"); },
            ""},
        CorruptCase{"mmt_above_max",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 7, "SEED-01,12,83,", "SEED-01,12,131,");
                    },
                    "assessments.csv:7: mmt: 131 is above the maximum 130 (instruments.mmt)"},
        CorruptCase{"mmt_at_max",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 7, "SEED-01,12,83,", "SEED-01,12,130,");
                    },
                    ""},
        CorruptCase{
            "integer_in_exponent_form",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 7, ",512,", ",1e3,"); },
            "assessments.csv:7: column 'ck_iu_per_l': must be a whole number, got '1e3'"},
        CorruptCase{"physician_global_at_baseline",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 9, ",5.5,,", ",5.5,improved,");
                    },
                    "assessments.csv:9: physician_global: is a change since baseline and must "
                    "be empty at week 0"},
        CorruptCase{"required_value_empty",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 2, "SEED-01,JP-01,M,", "SEED-01,JP-01,,");
                    },
                    "patients.csv:2: column 'sex': a value is required"},
        CorruptCase{"unknown_code",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 2, "SEED-01,JP-01,M,", "SEED-01,JP-01,X,");
                    },
                    "patients.csv:2: column 'sex': must be one of M, F, got 'X'"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    References, CorruptedBundle,
    ::testing::Values(
        CorruptCase{"unknown_patient_in_visits",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 11, "SEED-02,4,", "SEED-99,4,");
                    },
                    "visits.csv:11: patient_id: unknown patient 'SEED-99' (not in patients)"},
        CorruptCase{"unknown_patient_in_assessments",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 9, "SEED-02,0,", "SEED-99,0,");
                    },
                    "assessments.csv:9: patient_id: unknown patient 'SEED-99' (not in patients)"},
        CorruptCase{"duplicate_patient",
                    [](const TemporaryBundle& b) {
                      b.write("patients.csv", b.read("patients.csv") +
                                                  "SEED-01,JP-02,F,1950,DM,true,,,2001-03-01,,\n");
                    },
                    "patients.csv:14: patient_id: 'SEED-01' appears more than once"},
        CorruptCase{"duplicate_visit",
                    [](const TemporaryBundle& b) {
                      b.write("visits.csv", b.read("visits.csv") + "SEED-12,12,2003-02-06\n");
                    },
                    "visits.csv:66: patient_id: 'SEED-12' already has a record with this week"},
        CorruptCase{"infusion_on_the_wrong_day",
                    [](const TemporaryBundle& b) {
                      b.edit_line("administrations.csv", 3, "2001-03-13", "2001-03-14");
                    },
                    "administrations.csv:3: date: 2001-03-14 is not day 2 of a course starting "
                    "2001-03-12 (expected 2001-03-13)"},
        CorruptCase{"adverse_event_of_missing_course",
                    [](const TemporaryBundle& b) {
                      b.edit_line("adverse_events.csv", 3, "SEED-05,2,", "SEED-06,2,");
                    },
                    "adverse_events.csv:3: course: patient 'SEED-06' has no course 2"},
        // Emptying visits.csv line 11 (SEED-02 week 4) leaves a blank line, which is skipped.
        CorruptCase{"assessment_without_visit",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 11, "SEED-02,4,2001-06-20", "");
                    },
                    "assessments.csv:11: week: patient 'SEED-02' has no visit at week 4 (add it "
                    "to visits)"},
        CorruptCase{"protocol_mismatch",
                    [](const TemporaryBundle& b) {
                      b.edit_line("manifest.csv", 3, "SEED-IVIG-2003", "OTHER-2024");
                    },
                    "manifest.csv: protocol 'OTHER-2024' does not match the database's protocol "
                    "'SEED-IVIG-2003'"}),
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

TEST(BundleFiles, MissingRequiredFileIsNotFound) {
  const TemporaryBundle bundle;
  fs::remove(bundle.directory() / "patients.csv");
  const auto read = read_bundle(bundle.directory());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, util::ErrorCode::not_found);
  EXPECT_EQ(read.error().message,
            (bundle.directory() / "patients.csv").string() + ": required file is missing");
}

TEST(BundleFiles, OptionalFilesMayBeAbsent) {
  const TemporaryBundle bundle;
  for (const char* file :
       {"conditions.csv", "steroid_doses.csv", "courses.csv", "administrations.csv", "visits.csv",
        "assessments.csv", "adverse_events.csv"}) {
    fs::remove(bundle.directory() / file);
  }
  const auto read = read_bundle(bundle.directory());
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->data.patients.size(), 12U);
  EXPECT_TRUE(read->data.courses.empty());
  EXPECT_TRUE(check_bundle(*read, domain::StudyData{}, seed_protocol()));
}

TEST(BundleFiles, NotAFolder) {
  const auto read = read_bundle(k_demo_bundle / "patients.csv");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, util::ErrorCode::not_found);
  EXPECT_EQ(read.error().message, (k_demo_bundle / "patients.csv").string() +
                                      ": not a folder (a bundle is a folder of CSV files)");
}

}  // namespace
}  // namespace myoivig::io
