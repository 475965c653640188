#include "io/bundle_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include <gtest/gtest.h>

#include "io/bundle_reader_test_support.hpp"

namespace myoivig::io {
namespace {

using testing::k_demo_bundle;
using testing::load;
using testing::seed_protocol;
using testing::TemporaryBundle;
namespace fs = std::filesystem;

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

// --- missing files ---------------------------------------------------------------------------

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
