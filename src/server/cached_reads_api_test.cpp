// The read cache seen from outside: a read after a save, or after another process wrote
// to the database, shows the new data; replies made for one audience (role and site) are
// never given to another.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using CachedReadsApiTest = ServerTest;

// A patient record as a CLI `myoivig load` would add it beside the running server.
domain::StudyData one_patient(const std::string& id, const std::string& site) {
  domain::Patient patient;
  patient.id = id;
  patient.site = site;
  patient.sex = domain::Sex::female;
  patient.birth_year = 1961;
  patient.diagnosis = domain::Diagnosis::polymyositis;
  patient.biopsy_proven = true;
  patient.enrolment_date = *util::parse_iso_date("2026-11-02");
  domain::StudyData data;
  data.patients.push_back(patient);
  return data;
}

int mmt_at_week(const testing::Response& page, int week) {
  for (const auto& assessment : page.json["assessments"]) {
    if (assessment["week"] == week) return assessment["mmt"].get<int>();
  }
  return -1;
}

TEST_F(CachedReadsApiTest, ASaveShowsOnTheNextReadOfEveryCachedPage) {
  testing::ApiClient ivy = signed_in("ivy");
  testing::ApiClient mona = signed_in("mona");
  const testing::Response first = ivy.get("/api/v1/patients/SEED-01");
  ASSERT_EQ(first.status, 200);
  ASSERT_EQ(ivy.get("/api/v1/patients/SEED-01").body, first.body);  // from the cache
  ASSERT_EQ(mmt_at_week(mona.get("/api/v1/patients/SEED-01"), 12), 83);
  nlohmann::json week12;
  for (const auto& assessment : first.json["assessments"]) {
    if (assessment["week"] == 12) week12 = assessment;
  }
  const testing::Response saved =
      ivy.patch("/api/v1/patients/SEED-01/assessments/" + std::to_string(week12["id"].get<int>()),
                {{"version", week12["version"]}, {"reason", "transcription error"}, {"mmt", 84}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(mmt_at_week(ivy.get("/api/v1/patients/SEED-01"), 12), 84);
  EXPECT_EQ(mmt_at_week(mona.get("/api/v1/patients/SEED-01"), 12), 84);
}

TEST_F(CachedReadsApiTest, AWriteByAnotherProcessShowsOnTheNextRead) {
  testing::ApiClient ivy = signed_in("ivy");
  ASSERT_EQ(ivy.get("/api/v1/patients").json["total"], 5);
  ASSERT_EQ(ivy.get("/api/v1/patients").json["total"], 5);  // from the cache
  const nlohmann::json dashboard = ivy.get("/api/v1/dashboard").json;
  std::unique_ptr<store::Store> other = open_store();  // as `myoivig load` would
  ASSERT_NE(other, nullptr);
  ASSERT_TRUE(other->add(one_patient("SEED-90", "JP-01"),
                         {"cli:loader", "late enrolment", "2026-11-28T12:00:00Z"}));
  const testing::Response list = ivy.get("/api/v1/patients");
  EXPECT_EQ(list.json["total"], 6);
  EXPECT_EQ(list.json["patients"].back()["patient_id"], "SEED-90");
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-90").status, 200);
  EXPECT_NE(ivy.get("/api/v1/dashboard").body, dashboard.dump());
}

TEST_F(CachedReadsApiTest, RepliesAreKeptApartByRoleAndSite) {
  testing::ApiClient ivy = signed_in("ivy");    // investigator, JP-01
  testing::ApiClient otto = signed_in("otto");  // investigator, JP-02
  testing::ApiClient mona = signed_in("mona");  // monitor, every site
  for (int round = 0; round < 2; ++round) {     // the second round comes from the cache
    EXPECT_EQ(ivy.get("/api/v1/patients").json["total"], 5) << round;
    EXPECT_EQ(otto.get("/api/v1/patients").json["total"], 4) << round;
    EXPECT_EQ(mona.get("/api/v1/patients").json["total"], 12) << round;
    EXPECT_EQ(ivy.get("/api/v1/patients/SEED-01").status, 200) << round;
    EXPECT_EQ(otto.get("/api/v1/patients/SEED-01").status, 404) << round;
    EXPECT_EQ(ivy.get("/api/v1/patients/SEED-01").json["can_edit"], true) << round;
    EXPECT_EQ(mona.get("/api/v1/patients/SEED-01").json["can_edit"], false) << round;
  }
}

using CachedBlindedApiTest = testing::TrialServerTest;

TEST_F(CachedBlindedApiTest, TheStatisticiansCachedPageNeverReachesTheBlindedRoles) {
  testing::ApiClient stan = signed_in("stan");
  testing::ApiClient ivy = signed_in("ivy");
  testing::ApiClient mona = signed_in("mona");
  ASSERT_EQ(stan.get("/api/v1/patients/RCT-001").json["allocation"]["arm"], "placebo");
  ASSERT_EQ(stan.get("/api/v1/dashboard").json["consort"]["arms"].size(), 2u);
  for (testing::ApiClient* blinded : {&ivy, &mona}) {
    const testing::Response page = blinded->get("/api/v1/patients/RCT-001");
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.json["allocation"]["arm"], nullptr);
    EXPECT_EQ(page.body.find("placebo"), std::string::npos);
    EXPECT_EQ(blinded->get("/api/v1/dashboard").json["consort"]["arms"], nullptr);
    EXPECT_EQ(blinded->get("/api/v1/report").status, 403);
  }
}

}  // namespace
}  // namespace myoivig::server
