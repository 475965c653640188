// Test support, not part of the library: a fresh study database in a temporary folder with
// one patient (S-01, site JP-01) who has a course, a week-0 visit with its assessment and an
// adverse event, for the tests of the web application's store functions.
// Thread-safety: one fixture per test.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "store/open_store.hpp"
#include "store/store.hpp"

namespace myoivig::store::testing {

class WebStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = std::filesystem::temp_directory_path() /
            ("myoivig-web-store-" + std::string(info->test_suite_name()) + "-" + info->name());
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
    auto created = create_store((m_dir / "study.db").string(),
                                {StudyKind::study, "P1", "[study]\nid = \"P1\"\n"},
                                context("test:admin", "create"));
    ASSERT_TRUE(created) << created.error().message;
    m_store = std::move(*created);
    auto added = m_store->add(one_patient("S-01", "JP-01"), context("test:alice", "load"));
    ASSERT_TRUE(added) << added.error().message;
  }
  void TearDown() override {
    m_store.reset();
    std::filesystem::remove_all(m_dir);
  }

  static AuditContext context(std::string actor, std::string reason,
                              std::string at = "2026-11-24T12:00:00Z") {
    return {std::move(actor), std::move(reason), std::move(at)};
  }

  static util::Date date(const char* iso) { return *util::parse_iso_date(iso); }

  static domain::StudyData one_patient(const std::string& id, const std::string& site) {
    domain::StudyData data;
    domain::Patient patient;
    patient.id = id;
    patient.site = site;
    patient.sex = domain::Sex::female;
    patient.birth_year = 1960;
    patient.diagnosis = domain::Diagnosis::dermatomyositis;
    patient.biopsy_proven = true;
    patient.enrolment_date = date("2002-03-01");
    data.patients.push_back(patient);
    domain::Course course;
    course.patient_id = id;
    course.regimen = "seed";
    course.start_date = date("2002-03-04");
    course.dosing_weight_kg = 52.5;
    course.dose_g_per_kg_per_day = 0.4;
    data.courses.push_back(course);
    data.visits.push_back({id, 0, date("2002-03-04")});
    domain::Assessment assessment;
    assessment.patient_id = id;
    assessment.week = 0;
    assessment.mmt_score = 64;
    assessment.fatigue_vas_mm = 55;
    data.assessments.push_back(assessment);
    domain::AdverseEvent event;
    event.patient_id = id;
    event.term = "headache";
    event.onset_date = date("2002-03-05");
    data.adverse_events.push_back(event);
    return data;
  }

  // Applies one write and fails the test when it is refused.
  WriteOutcome write_ok(WriteCommand command, const AuditContext& audit) {
    auto outcome = m_store->write(Write{std::move(command), audit});
    EXPECT_TRUE(outcome) << outcome.error().message;
    return outcome ? *outcome : WriteOutcome{};
  }

  PatientRecords patient(const std::string& id = "S-01") {
    auto records = m_store->read_patient(id);
    EXPECT_TRUE(records) << records.error().message;
    return records ? *records : PatientRecords{};
  }

  std::size_t audit_rows() {
    auto trail = m_store->audit_trail(0);
    EXPECT_TRUE(trail);
    return trail ? trail->size() : 0;
  }

  std::filesystem::path m_dir;
  std::unique_ptr<Store> m_store;
};

}  // namespace myoivig::store::testing
