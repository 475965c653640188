// The round trip of issue 7: the demo seed study loaded into a fresh store, written as a
// REDCap project export (redcap_export.hpp), imported into another fresh store, gives the
// same records and the same analysis results.
#include <algorithm>

#include <gtest/gtest.h>

#include "analysis/analyse_study.hpp"
#include "analysis/trial_analysis.hpp"
#include "domain/record_fields_for_tests.hpp"
#include "io/analysis_json.hpp"
#include "io/bundle_reader.hpp"
#include "io/redcap/import_test_support.hpp"
#include "io/redcap/record_text.hpp"
#include "io/redcap/redcap_export.hpp"
#include "io/redcap/redcap_import.hpp"
#include "io/trial_json.hpp"

namespace myoivig::io::redcap {
namespace {

using testing::StudyDatabase;

template <typename Record>
std::vector<Record> sorted(std::vector<Record> records) {
  std::sort(records.begin(), records.end(),
            [](const Record& a, const Record& b) { return record_key(a) < record_key(b); });
  return records;
}

template <typename Record>
void expect_same(const std::vector<Record>& a, const std::vector<Record>& b, const char* entity) {
  EXPECT_EQ(a.size(), b.size()) << entity;
  EXPECT_LT(domain::testing::first_difference(sorted(a), sorted(b)), 0) << entity;
}

std::vector<int> schedule_weeks(const domain::Protocol& protocol) {
  std::vector<int> weeks;
  for (const domain::ScheduledVisit& visit : protocol.schedule) weeks.push_back(visit.week);
  return weeks;
}

TEST(RedcapRoundTrip, TheSeedStudyComesBackWithTheSameRecordsAndAnalysis) {
  StudyDatabase original("round-trip-a");
  auto bundle = read_bundle(testing::k_source_dir / "data/demo/seed-study");
  ASSERT_TRUE(bundle) << bundle.error().message;
  // Muscle grades too (the demo has none): a repeating instrument at a visit event.
  bundle->data.muscle_grades = {
      {"SEED-01", 0, "deltoid", domain::Side::right, domain::GradeStatus::tested, 4},
      {"SEED-01", 0, "deltoid", domain::Side::left, domain::GradeStatus::not_testable, {}},
      {"SEED-02", 12, "neck flexors", domain::Side::axial, domain::GradeStatus::tested, 3}};
  ASSERT_TRUE(check_bundle(*bundle, domain::StudyData{}, original.protocol()));
  ASSERT_TRUE(original.store().add(bundle->data, testing::test_context()));
  const domain::StudyData before = *original.store().read_all();

  const RedcapExport files = export_redcap(before, schedule_weeks(original.protocol()));
  const std::filesystem::path dir = original.dir() / "redcap";
  ASSERT_TRUE(write_redcap_export(files, dir));
  StudyDatabase copy("round-trip-b");
  const ImportReport report = run_import(
      read_redcap_export({dir / "dictionary.csv", dir / "records.csv", dir / "events.csv",
                          dir / "form_events.csv", dir / "mapping.toml"}),
      copy.store(), copy.protocol(), testing::test_context(), false);
  ASSERT_FALSE(report.problems.has_errors()) << report.problems.all().front().to_string();
  EXPECT_EQ(report.problems.warning_count(), 0U);
  ASSERT_TRUE(report.written);
  EXPECT_EQ(report.rows, files.rows);
  EXPECT_EQ(report.records, before.patients.size());

  const domain::StudyData after = *copy.store().read_all();
  EXPECT_EQ(after.info.study_id, before.info.study_id);
  EXPECT_EQ(after.info.description, before.info.description);
  EXPECT_EQ(after.info.synthetic, before.info.synthetic);
  EXPECT_LT(domain::testing::first_difference(after.patients, before.patients), 0);
  expect_same(after.conditions, before.conditions, "conditions");
  expect_same(after.steroid_doses, before.steroid_doses, "steroid_doses");
  expect_same(after.courses, before.courses, "courses");
  expect_same(after.administrations, before.administrations, "administrations");
  expect_same(after.visits, before.visits, "visits");
  expect_same(after.assessments, before.assessments, "assessments");
  expect_same(after.adverse_events, before.adverse_events, "adverse_events");
  ASSERT_EQ(before.muscle_grades.size(), 3U);
  expect_same(after.muscle_grades, before.muscle_grades, "muscle_grades");

  auto result_before = analysis::analyse_study(before, original.protocol());
  auto result_after = analysis::analyse_study(after, copy.protocol());
  ASSERT_TRUE(result_before && result_after);
  ASSERT_EQ(result_after->endpoints.size(), result_before->endpoints.size());
  for (std::size_t i = 0; i < result_before->endpoints.size(); ++i) {
    const analysis::EndpointResult& a = result_before->endpoints[i];
    const analysis::EndpointResult& b = result_after->endpoints[i];
    EXPECT_EQ(b.n, a.n);
    EXPECT_EQ(b.changes, a.changes);
    ASSERT_EQ(b.change.has_value(), a.change.has_value());
    if (a.change) {
      EXPECT_EQ(b.change->mean, a.change->mean);
    }
    ASSERT_EQ(b.signrank.has_value(), a.signrank.has_value());
    if (a.signrank) {
      EXPECT_EQ(b.signrank->p_value, a.signrank->p_value);
    }
  }
  // And every other figure of the analysis, as `myoivig analyze --json` prints it.
  EXPECT_EQ(analysis_json(*result_after).dump(), analysis_json(*result_before).dump());

  // Importing the export again into the copy changes nothing.
  const auto snapshot = copy.snapshot();
  const ImportReport again = run_import(
      read_redcap_export({dir / "dictionary.csv", dir / "records.csv", dir / "events.csv",
                          dir / "form_events.csv", dir / "mapping.toml"}),
      copy.store(), copy.protocol(), testing::test_context(), false);
  EXPECT_FALSE(again.problems.has_errors());
  EXPECT_FALSE(again.written);
  EXPECT_TRUE(copy.snapshot().same_as(snapshot));
}

// The randomised demo trial: allocations, the IMACS core set (activity VAS, MMT-8, exact
// HAQ-DI) come back too, with the same trial analysis.
TEST(RedcapRoundTrip, TheRandomisedDemoTrialComesBackTheSame) {
  const std::filesystem::path protocol = testing::k_source_dir / "protocols/rct-ivig-2g.toml";
  StudyDatabase original("rct-a", protocol);
  auto bundle = read_bundle(testing::k_source_dir / "data/demo/rct-trial");
  ASSERT_TRUE(bundle) << bundle.error().message;
  ASSERT_TRUE(original.store().add(bundle->data, testing::test_context()));
  const domain::StudyData before = *original.store().read_all();
  const std::filesystem::path dir = original.dir() / "redcap";
  ASSERT_TRUE(write_redcap_export(export_redcap(before, schedule_weeks(original.protocol())), dir));

  StudyDatabase copy("rct-b", protocol);
  const ImportReport report = run_import(
      read_redcap_export({dir / "dictionary.csv", dir / "records.csv", dir / "events.csv",
                          dir / "form_events.csv", dir / "mapping.toml"}),
      copy.store(), copy.protocol(), testing::test_context(), false);
  ASSERT_FALSE(report.problems.has_errors()) << report.problems.all().front().to_string();
  const domain::StudyData after = *copy.store().read_all();
  ASSERT_FALSE(before.allocations.empty());
  expect_same(after.allocations, before.allocations, "allocations");
  expect_same(after.patients, before.patients, "patients");
  expect_same(after.conditions, before.conditions, "conditions");
  expect_same(after.steroid_doses, before.steroid_doses, "steroid_doses");
  expect_same(after.courses, before.courses, "courses");
  expect_same(after.administrations, before.administrations, "administrations");
  expect_same(after.visits, before.visits, "visits");
  expect_same(after.assessments, before.assessments, "assessments");
  expect_same(after.adverse_events, before.adverse_events, "adverse_events");
  auto trial_before = analysis::analyse_trial(before, original.protocol());
  auto trial_after = analysis::analyse_trial(after, copy.protocol());
  ASSERT_TRUE(trial_before && trial_after);
  EXPECT_EQ(trial_json(*trial_after).dump(), trial_json(*trial_before).dump());
}

}  // namespace
}  // namespace myoivig::io::redcap
