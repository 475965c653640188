// End-to-end tests of `myoivig analyze` and `demo` through the real binary on the bundled
// synthetic seed study: every number of the JSON document against R 4.2.2
// (tests/reference/demo_analysis_reference.R wrote tests/reference/demo_analysis.csv), the
// published figures of the seed study, the populations with their reasons, the terminal
// table and the report folder.
#include <cmath>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"
#include "util/csv.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::quoted;
using testing::read_text;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_source = MYOIVIG_SOURCE_DIR;

// One demo database and its analysis, shared by the tests (building it takes ~0.1 s).
class AnalyzeCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_scratch = new ScratchDir("analyze");
    s_database = s_scratch->path() / "demo.db";
    const auto demo = run_myoivig("demo --db " + quoted(s_database), s_scratch->path());
    ASSERT_EQ(demo.exit_status, 0) << demo.err;
    const auto analyze =
        run_myoivig("analyze --json --db " + quoted(s_database), s_scratch->path());
    ASSERT_EQ(analyze.exit_status, 0) << analyze.err;
    s_document = new json(json::parse(analyze.out));
  }
  static void TearDownTestSuite() {
    delete s_document;
    delete s_scratch;
  }

  static const json& document() { return *s_document; }
  static const json& endpoint(const std::string& id) {
    for (const json& found : document()["endpoints"]) {
      if (found["id"] == id) return found;
    }
    throw std::logic_error("no endpoint " + id);
  }

  static inline ScratchDir* s_scratch = nullptr;
  static inline fs::path s_database;
  static inline json* s_document = nullptr;
};

// The JSON value a reference row names: endpoint rows map quantity names onto the
// document's fields ("baseline_sd" -> endpoints[id].baseline.sd, "week-4_mean" ->
// by_visit[week -4].mean).
const json& value_for(const json& document, const json& endpoint, const std::string& quantity) {
  static const json k_null;
  if (quantity.rfind("week", 0) == 0) {
    const auto underscore = quantity.find('_');
    const int week = std::stoi(quantity.substr(4, underscore - 4));
    for (const json& visit : endpoint["by_visit"]) {
      if (visit["week"] == week) return visit[quantity.substr(underscore + 1)];
    }
    return k_null;
  }
  const auto underscore = quantity.find('_');
  const std::string group = quantity.substr(0, underscore);
  const std::string field = quantity.substr(underscore + 1);
  if (group == "change") return endpoint["change"][field];
  if (group == "baseline" || group == "followup") return endpoint[group][field];
  if (group == "ttest") return endpoint["ttest"][field];
  if (group == "signrank") return endpoint["signrank"][field];
  (void)document;
  return k_null;
}

TEST_F(AnalyzeCommand, EveryEndpointNumberAgreesWithR) {
  auto table = util::parse_csv(read_text(k_source / "tests/reference/demo_analysis.csv"));
  ASSERT_TRUE(table.has_value());
  int compared = 0;
  for (const util::CsvRow& row : table->rows) {
    const std::string& group = row.fields[0];
    const std::string& quantity = row.fields[1];
    const double expected = std::stod(row.fields[2]);
    const json* actual = nullptr;
    if (group == "physician") {
      actual = &document()["physician_assessment"][quantity];
    } else if (group == "steroid") {
      actual = &document()["steroid"][quantity];
    } else if (group == "safety") {
      actual =
          &document()["safety"][quantity == "courses_with_event" ? "courses_with_ae" : quantity];
    } else if (group == "demographics") {
      actual = &document()["demographics"]["age"][quantity.substr(4)];
    } else {
      actual = &value_for(document(), endpoint(group), quantity);
    }
    ASSERT_TRUE(actual->is_number()) << group << " " << quantity;
    EXPECT_NEAR(actual->get<double>(), expected, 1e-9 * std::max(1.0, std::fabs(expected)))
        << group << " " << quantity;
    ++compared;
  }
  EXPECT_EQ(compared, 256);
}

TEST_F(AnalyzeCommand, ReproducesThePublishedTable) {
  const json& population = document()["population"];
  EXPECT_EQ(population["enrolled"], 12);
  EXPECT_EQ(population["treated"], 12);
  EXPECT_EQ(population["analysed"], 8);
  EXPECT_EQ(population["courses"], 15);
  EXPECT_EQ(population["patients_with_repeat_course"], 3);
  const json& people = document()["demographics"];
  EXPECT_EQ(people["diagnosis"]["PM"], 6);
  EXPECT_EQ(people["diagnosis"]["DM"], 2);
  EXPECT_EQ(people["sex"]["M"], 5);
  EXPECT_EQ(people["sex"]["F"], 3);
  // Published means, to the decimal the paper gives.
  const std::pair<const char*, std::pair<double, double>> published[] = {
      {"mmt", {67.0, 81.0}},
      {"adl", {27.1, 39.1}},
      {"ck", {1287.4, 612.6}},
      {"vas_fatigue", {5.5, 1.3}}};
  for (const auto& [id, means] : published) {
    EXPECT_NEAR(endpoint(id)["baseline"]["mean"].get<double>(), means.first, 0.05) << id;
    EXPECT_NEAR(endpoint(id)["followup"]["mean"].get<double>(), means.second, 0.05) << id;
    EXPECT_EQ(endpoint(id)["signrank"]["method"], "exact") << id;
    EXPECT_LT(endpoint(id)["signrank"]["p_value"].get<double>(), 0.05) << id;
  }
  EXPECT_EQ(document()["physician_assessment"]["improved"], 7);
  EXPECT_NEAR(document()["steroid"]["dose_followup_mean"].get<double>(), 47.1, 0.05);
  EXPECT_EQ(document()["safety"]["courses_with_ae"], 2);
  EXPECT_NEAR(document()["safety"]["rate"].get<double>(), 2.0 / 15.0, 1e-15);
  ASSERT_EQ(document()["safety"]["events"].size(), 2u);
  EXPECT_EQ(document()["safety"]["events"][0]["term"], "asymptomatic myocardial infarction");
}

TEST_F(AnalyzeCommand, EveryPatientNotAnalysedHasTheReasonFromTheData) {
  const json& excluded = document()["population"]["excluded"];
  ASSERT_EQ(excluded.size(), 4u);
  const char* expected[][2] = {{"SEED-03", "Withdrew consent"},
                               {"SEED-05", "femoral neck fracture"},
                               {"SEED-07", "Moved to another region"},
                               {"SEED-10", "Cyclosporin A"}};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(excluded[i]["patient"], expected[i][0]);
    EXPECT_EQ(excluded[i]["stage"], "not_analysed");
    const std::string reason = excluded[i]["reason"];
    EXPECT_EQ(reason.rfind("withdrawn on ", 0), 0u) << reason;
    EXPECT_NE(reason.find(expected[i][1]), std::string::npos) << reason;
  }
}

TEST_F(AnalyzeCommand, DemoJsonIsTheAnalyzeDocument) {
  const auto demo = run_myoivig("demo --json --db " + quoted(s_scratch->path() / "again.db") +
                                    " --out " + quoted(s_scratch->path() / "again-report"),
                                s_scratch->path());
  ASSERT_EQ(demo.exit_status, 0) << demo.err;
  EXPECT_EQ(json::parse(demo.out), document());
}

TEST_F(AnalyzeCommand, TerminalTableShowsTheRowsOfTableTwo) {
  const auto text = run_myoivig("analyze --db " + quoted(s_database), s_scratch->path());
  ASSERT_EQ(text.exit_status, 0) << text.err;
  for (const char* expected :
       {"SYNTHETIC DATA", "12 enrolled, 12 treated, 8 analysed; 15 courses", "MMT score (points)",
        "67.0 (9.8)", "81.0 (10.2)", "+14.0 [8.5, 19.5]", "0.007812 exact", "CK (IU/l)", "1287.4",
        "612.6", "7 of 8 improved (87.5%, 95% CI 47.3% to 99.7%)", "47.1 mg/day",
        "after 2 of 15 courses (13.3%, 95% CI 1.7% to 40.5%)", "SEED-04 course 1"}) {
    EXPECT_NE(text.out.find(expected), std::string::npos) << expected << "\n" << text.out;
  }
}

TEST_F(AnalyzeCommand, OutWritesTheReportFolderAndDemoWritesItsDefault) {
  const fs::path out = s_scratch->path() / "report";
  const auto run = run_myoivig("analyze --db " + quoted(s_database) + " --out " + quoted(out),
                               s_scratch->path());
  ASSERT_EQ(run.exit_status, 0) << run.err;
  EXPECT_EQ(json::parse(read_text(out / "analysis.json")), document());
  const std::string html = read_text(out / "report.html");
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("SEED-03"), std::string::npos);
  EXPECT_TRUE(fs::exists(s_scratch->path() / "myoivig-report" / "report.html"));
}

TEST_F(AnalyzeCommand, BadUsageExitsTwoWithTheReason) {
  const auto missing = run_myoivig("analyze", s_scratch->path());
  EXPECT_EQ(missing.exit_status, 2);
  EXPECT_NE(missing.err.find("--db"), std::string::npos) << missing.err;
  const auto absent =
      run_myoivig("analyze --db " + quoted(s_scratch->path() / "absent.db"), s_scratch->path());
  EXPECT_EQ(absent.exit_status, 2);
  EXPECT_NE(absent.err.find("absent.db"), std::string::npos) << absent.err;
  EXPECT_FALSE(fs::exists(s_scratch->path() / "absent.db"));
}

}  // namespace
}  // namespace myoivig::cli
