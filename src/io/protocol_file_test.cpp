#include "io/protocol_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "util/file.hpp"

namespace myoivig::io {
namespace {

namespace fs = std::filesystem;
using domain::Measure;

const fs::path k_seed_protocol = fs::path(MYOIVIG_SOURCE_DIR) / "protocols/seed-ivig.toml";

std::string seed_text() {
  auto text = util::read_file(k_seed_protocol);
  EXPECT_TRUE(text) << text.error().message;
  return text ? *text : std::string();
}

// --- the seed protocol file ----------------------------------------------------------------

class SeedProtocolFile : public ::testing::Test {
 protected:
  void SetUp() override {
    auto read = read_protocol_file(k_seed_protocol);
    ASSERT_TRUE(read) << read.error().message;
    m_protocol = std::move(*read);
  }
  domain::Protocol m_protocol;
};

TEST_F(SeedProtocolFile, Study) {
  EXPECT_EQ(m_protocol.id, "SEED-IVIG-2003");
  EXPECT_EQ(m_protocol.version, "1.0");
  EXPECT_EQ(m_protocol.title,
            "High-dose IVIG in steroid-resistant polymyositis and dermatomyositis (prospective, "
            "open)");
}

TEST_F(SeedProtocolFile, Eligibility) {
  const domain::EligibilityRules& rules = m_protocol.eligibility;
  EXPECT_EQ(rules.diagnoses, (std::vector<domain::Diagnosis>{domain::Diagnosis::polymyositis,
                                                             domain::Diagnosis::dermatomyositis}));
  EXPECT_TRUE(rules.biopsy_required);
  EXPECT_EQ(rules.steroid_resistance->prednisolone_above_mg_per_day, 50);
  EXPECT_EQ(rules.steroid_resistance->duration_above_weeks, 4);
  EXPECT_EQ(rules.steroid_resistance->mmt_improvement_min_points, 1);

  const std::vector<std::string> codes = {"iga_deficiency",
                                          "thrombosis_history",
                                          "ischaemic_heart_disease",
                                          "severe_renal_disease",
                                          "severe_hepatic_disease",
                                          "prior_ivig",
                                          "malignancy"};
  ASSERT_EQ(rules.exclusions.size(), 7U);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(rules.exclusions[i].code, codes[i]);
    // Only prior IVIG is limited in time: within 6 weeks before enrolment.
    if (codes[i] == "prior_ivig") {
      EXPECT_EQ(rules.exclusions[i].within_weeks, 6);
      EXPECT_EQ(rules.exclusions[i].label, "IVIG within 6 weeks before enrolment");
    } else {
      EXPECT_EQ(rules.exclusions[i].within_weeks, std::nullopt) << codes[i];
    }
  }
  EXPECT_EQ(rules.exclusions[0].label, "IgA deficiency");
}

TEST_F(SeedProtocolFile, Regimen) {
  const domain::Regimen& regimen = m_protocol.regimen;
  EXPECT_EQ(regimen.id, "seed");
  EXPECT_DOUBLE_EQ(regimen.dose_g_per_kg_per_day, 0.4);
  EXPECT_EQ(regimen.days, 5);
  EXPECT_EQ(regimen.max_courses, 2);
  EXPECT_EQ(regimen.interval_weeks, std::nullopt);
  EXPECT_EQ(regimen.weight_policy, domain::WeightPolicy::actual);
  EXPECT_EQ(regimen.product, "PEG-IgG 5%");
  EXPECT_DOUBLE_EQ(regimen.dose_g_per_kg_per_course(), 2.0);
  EXPECT_DOUBLE_EQ(m_protocol.dose_tolerance_fraction, 0.10);
}

TEST_F(SeedProtocolFile, Schedule) {
  struct Expected {
    int week;
    int before;
    int after;
    std::size_t required;
  };
  const std::vector<Expected> expected = {{-4, 28, 7, 1}, {0, 14, 0, 6}, {2, 3, 3, 5},
                                          {4, 3, 3, 5},   {8, 7, 7, 5},  {12, 7, 7, 6}};
  ASSERT_EQ(m_protocol.schedule.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const domain::ScheduledVisit& visit = m_protocol.schedule[i];
    EXPECT_EQ(visit.week, expected[i].week) << i;
    EXPECT_EQ(visit.window_before_days, expected[i].before) << i;
    EXPECT_EQ(visit.window_after_days, expected[i].after) << i;
    EXPECT_EQ(visit.required.size(), expected[i].required) << i;
  }
  EXPECT_EQ(m_protocol.schedule[0].required, std::vector<Measure>{Measure::mmt});
  EXPECT_EQ(m_protocol.schedule[5].required.back(), Measure::weight);
  EXPECT_FALSE(m_protocol.schedule_assumption.empty());
}

TEST_F(SeedProtocolFile, Instruments) {
  ASSERT_EQ(m_protocol.instruments.size(), 6U);
  const domain::InstrumentRange* mmt = m_protocol.range(Measure::mmt);
  ASSERT_NE(mmt, nullptr);
  EXPECT_EQ(mmt->min, 0);
  EXPECT_EQ(mmt->max, 130);
  EXPECT_EQ(mmt->assumption.rfind("MMT score maximum not stated in the source; 130 assumed", 0), 0U)
      << mmt->assumption;
  EXPECT_EQ(m_protocol.range(Measure::adl)->max, 100);
  EXPECT_FALSE(m_protocol.range(Measure::adl)->assumption.empty());
  EXPECT_EQ(m_protocol.range(Measure::ck)->max, 100000);
  EXPECT_EQ(m_protocol.range(Measure::vas_fatigue)->max, 10);
  EXPECT_EQ(m_protocol.range(Measure::vas_pain)->max, 10);
  // Published ranges carry no assumption.
  EXPECT_EQ(m_protocol.range(Measure::vas_pain)->assumption, "");
  EXPECT_EQ(m_protocol.range(Measure::weight)->min, 20);
  EXPECT_EQ(m_protocol.range(Measure::weight)->max, 250);
}

TEST_F(SeedProtocolFile, Analysis) {
  const domain::AnalysisPlan& plan = m_protocol.analysis;
  EXPECT_EQ(plan.baseline_week, 0);
  EXPECT_EQ(plan.primary_week, 12);
  EXPECT_EQ(plan.endpoints, (std::vector<Measure>{Measure::mmt, Measure::adl, Measure::ck,
                                                  Measure::vas_fatigue, Measure::vas_pain}));
  EXPECT_EQ(plan.primary_test, "signrank");
  EXPECT_DOUBLE_EQ(plan.alpha, 0.05);
  EXPECT_DOUBLE_EQ(plan.conf_level, 0.95);
  EXPECT_EQ(plan.population, "treated_with_primary_assessment");
}

// --- errors from edited copies of the seed text ---------------------------------------------

// `from` must occur exactly once in the seed text; it is replaced by `to`.
struct EditCase {
  std::string_view name;
  std::string from;
  std::string to;
  std::string message;  // the exact error
  friend void PrintTo(const EditCase& c, std::ostream* os) { *os << c.name; }
};

class EditedSeedProtocol : public ::testing::TestWithParam<EditCase> {};

TEST_P(EditedSeedProtocol, IsRefusedWithKeyPathAndReason) {
  const EditCase& c = GetParam();
  std::string text = seed_text();
  const std::size_t at = text.find(c.from);
  ASSERT_NE(at, std::string::npos) << "'" << c.from << "' is not in the seed protocol";
  ASSERT_EQ(text.find(c.from, at + 1), std::string::npos) << "'" << c.from << "' is not unique";
  text.replace(at, c.from.size(), c.to);
  const auto protocol = parse_protocol(text);
  ASSERT_FALSE(protocol) << "accepted";
  EXPECT_EQ(protocol.error().code, util::ErrorCode::invalid_argument);
  EXPECT_EQ(protocol.error().message, c.message);
}

std::string case_name(const ::testing::TestParamInfo<EditCase>& param_info) {
  return std::string(param_info.param.name);
}

const std::string k_measures =
    "must be one of mmt, adl, ck, vas_fatigue, vas_pain, weight, mmt8, physician_activity, "
    "patient_activity, extramuscular_activity, haq, got";

INSTANTIATE_TEST_SUITE_P(
    Values, EditedSeedProtocol,
    ::testing::Values(
        EditCase{"days_0", "days = 5\n", "days = 0\n",
                 "regimen.days: must be a positive integer, got 0"},
        EditCase{"max_courses_0", "max_courses = 2\n", "max_courses = 0\n",
                 "regimen.max_courses: must be a positive integer, got 0"},
        EditCase{"dose_0", "dose_g_per_kg_per_day = 0.4\n", "dose_g_per_kg_per_day = 0\n",
                 "regimen.dose_g_per_kg_per_day: must be above 0 and at most 2.0 g/kg/day, got 0"},
        EditCase{"within_weeks_0", "within_weeks = 6\n", "within_weeks = 0\n",
                 "eligibility.exclusions[5].within_weeks: must be a positive integer, got 0"},
        EditCase{"weeks_not_increasing", "week = 4\n", "week = 2\n",
                 "schedule.visits[3].week: weeks must increase, got 2 after 2"},
        EditCase{"primary_week_not_scheduled", "primary_week = 12\n", "primary_week = 16\n",
                 "analysis.primary_week: week 16 is not a scheduled visit"},
        EditCase{"mmt_max_below_min", "min = 0\nmax = 130\n", "min = 0\nmax = -1\n",
                 "instruments.mmt: min must be below max, got 0 and -1"},
        EditCase{"alpha_1", "alpha = 0.05\n", "alpha = 1.0\n",
                 "analysis.alpha: must be between 0 and 1, got 1"},
        // A TOML integer is 64-bit; a value beyond int must not wrap round (2^32 + 5 = 5).
        EditCase{"days_wrapping_to_5", "days = 5\n", "days = 4294967301\n",
                 "regimen.days: must be an integer from -2147483648 to 2147483647, got "
                 "4294967301"},
        EditCase{"week_wrapping", "week = 12\nwindow", "week = 4294967308\nwindow",
                 "schedule.visits[5].week: must be an integer from -2147483648 to 2147483647, "
                 "got 4294967308"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    UnknownKeys, EditedSeedProtocol,
    ::testing::Values(EditCase{"in_regimen", "days = 5\n", "days = 5\ncolour = \"red\"\n",
                               "regimen.colour: unknown setting"},
                      EditCase{"in_study", "version = \"1.0\"\n",
                               "version = \"1.0\"\nsponsor = \"x\"\n",
                               "study.sponsor: unknown setting"},
                      EditCase{"misspelt_in_exclusion", "within_weeks = 6\n", "within_days = 6\n",
                               "eligibility.exclusions[5].within_days: unknown setting"},
                      EditCase{"in_steroid_resistance", "duration_above_weeks = 4\n",
                               "duration_above_weeks = 4\nduration_unit = \"weeks\"\n",
                               "eligibility.steroid_resistance.duration_unit: unknown setting"},
                      EditCase{"in_schedule_visit", "week = 2\n", "week = 2\nwindow = 3\n",
                               "schedule.visits[2].window: unknown setting"},
                      EditCase{"in_instrument", "max = 130\n", "max = 130\nunit = \"points\"\n",
                               "instruments.mmt.unit: unknown setting"},
                      EditCase{"in_analysis", "alpha = 0.05\n", "alpha = 0.05\nbeta = 0.2\n",
                               "analysis.beta: unknown setting"},
                      EditCase{"top_level_table", "[analysis]\n", "[extras]\nx = 1\n\n[analysis]\n",
                               "extras: unknown setting"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    WrongTypes, EditedSeedProtocol,
    ::testing::Values(
        EditCase{"days_as_string", "days = 5\n", "days = \"5\"\n",
                 "regimen.days: must be an integer"},
        EditCase{"days_as_float", "days = 5\n", "days = 5.0\n", "regimen.days: must be an integer"},
        EditCase{"dose_as_string", "dose_g_per_kg_per_day = 0.4\n",
                 "dose_g_per_kg_per_day = \"0.4\"\n",
                 "regimen.dose_g_per_kg_per_day: must be a number"},
        EditCase{"biopsy_as_string", "biopsy_required = true\n", "biopsy_required = \"yes\"\n",
                 "eligibility.biopsy_required: must be true or false"},
        EditCase{"id_as_integer", "id = \"SEED-IVIG-2003\"\n", "id = 2003\n",
                 "study.id: must be a string"},
        EditCase{"diagnosis_as_integer", "diagnoses = [\"PM\", \"DM\"]\n",
                 "diagnoses = [\"PM\", 3]\n", "eligibility.diagnoses[1]: must be a string"},
        EditCase{"diagnoses_as_string", "diagnoses = [\"PM\", \"DM\"]\n", "diagnoses = \"PM\"\n",
                 "eligibility.diagnoses: must be an array"},
        EditCase{"unknown_diagnosis", "diagnoses = [\"PM\", \"DM\"]\n",
                 "diagnoses = [\"PM\", \"IBM\"]\n",
                 "eligibility.diagnoses[1]: must be one of PM, DM, got 'IBM'"},
        EditCase{"unknown_weight_policy", "weight_policy = \"actual\"\n",
                 "weight_policy = \"heaviest\"\n",
                 "regimen.weight_policy: must be one of actual, ibw, adjbw, auto, got 'heaviest'"},
        EditCase{"missing_days", "days = 5\n", "",
                 "regimen.days: missing (an integer is required)"},
        EditCase{"missing_study_id", "id = \"SEED-IVIG-2003\"\n", "",
                 "study.id: missing (a string is required)"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    UnknownMeasures, EditedSeedProtocol,
    ::testing::Values(
        EditCase{"in_endpoints",
                 "endpoints = [\"mmt\", \"adl\", \"ck\", \"vas_fatigue\", \"vas_pain\"]",
                 "endpoints = [\"mmt\", \"adl\", \"strength\"]",
                 "analysis.endpoints[2]: " + k_measures + " 'strength'"},
        EditCase{"in_required", "required = [\"mmt\"]\n", "required = [\"MMT\"]\n",
                 "schedule.visits[0].required[0]: " + k_measures + " 'MMT'"},
        EditCase{"as_instrument", "[instruments.weight]\n", "[instruments.grip]\n",
                 "instruments.grip: " + k_measures + " 'grip'"},
        // An endpoint needs a range under [instruments].
        EditCase{"endpoint_without_range", "[instruments.vas_pain]\nmin = 0\nmax = 10\n", "",
                 "analysis.endpoints: 'vas_pain' has no range under [instruments]"}),
    case_name);

// --- syntax errors and files --------------------------------------------------------------

struct SyntaxCase {
  std::string_view name;
  std::string text;
  int line;
  friend void PrintTo(const SyntaxCase& c, std::ostream* os) { *os << c.name; }
};

class ProtocolSyntax : public ::testing::TestWithParam<SyntaxCase> {};

TEST_P(ProtocolSyntax, NamesTheLine) {
  const SyntaxCase& c = GetParam();
  const auto protocol = parse_protocol(c.text);
  ASSERT_FALSE(protocol) << "accepted";
  const std::string prefix = "line " + std::to_string(c.line) + ": ";
  EXPECT_EQ(protocol.error().message.rfind(prefix, 0), 0U) << protocol.error().message;
  EXPECT_GT(protocol.error().message.size(), prefix.size());
}

INSTANTIATE_TEST_SUITE_P(
    Toml, ProtocolSyntax,
    ::testing::Values(
        SyntaxCase{"unclosed_table", "[study]\nid = \"X\"\n\n[regimen\ndays = 5\n", 4},
        SyntaxCase{"missing_value", "[study]\nid =\ntitle = \"T\"\n", 2},
        SyntaxCase{"duplicate_key", "[study]\nid = \"A\"\ntitle = \"T\"\nid = \"B\"\n", 4},
        SyntaxCase{"unterminated_string", "# protocol\n\n[study]\nid = \"SEED\n", 4}),
    [](const ::testing::TestParamInfo<SyntaxCase>& param_info) {
      return std::string(param_info.param.name);
    });

TEST(ProtocolSyntax, SyntaxErrorInTheSeedFileNamesItsLine) {
  std::string text = seed_text();
  const std::string from = "days = 5\n";
  const std::size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, from.size(), "days = = 5\n");
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  const auto protocol = parse_protocol(text);
  ASSERT_FALSE(protocol);
  EXPECT_EQ(protocol.error().message.rfind("line " + std::to_string(line) + ": ", 0), 0U)
      << protocol.error().message;
}

TEST(ProtocolFile, ErrorsArePrefixedWithThePath) {
  const fs::path file =
      fs::temp_directory_path() /
      ("myoivig-protocol-test-" + std::to_string(std::random_device()()) + ".toml");
  std::string text = seed_text();
  text.replace(text.find("days = 5\n"), 9, "days = 0\n");
  {
    std::ofstream out(file, std::ios::binary);
    out << text;
  }
  const auto protocol = read_protocol_file(file);
  fs::remove(file);
  ASSERT_FALSE(protocol);
  EXPECT_EQ(protocol.error().message,
            file.string() + ": regimen.days: must be a positive integer, got 0");
}

TEST(ProtocolFile, MissingFileIsAnIoError) {
  const auto protocol = read_protocol_file("/nonexistent/myoivig/protocol.toml");
  ASSERT_FALSE(protocol);
  EXPECT_EQ(protocol.error().code, util::ErrorCode::io_error);
  EXPECT_NE(protocol.error().message.find("/nonexistent/myoivig/protocol.toml"), std::string::npos)
      << protocol.error().message;
}

}  // namespace
}  // namespace myoivig::io
