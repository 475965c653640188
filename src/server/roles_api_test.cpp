// Roles and site scoping on the seed study: what each role may read and do.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using RolesApiTest = ServerTest;

TEST_F(RolesApiTest, AnInvestigatorSeesAndEditsTheirOwnSiteOnly) {
  testing::ApiClient ivy = signed_in("ivy");
  const testing::Response list = ivy.get("/api/v1/patients");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json["total"], 5);  // JP-01 of the seed study
  for (const auto& patient : list.json["patients"]) EXPECT_EQ(patient["site"], "JP-01");
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-01").status, 200);
  const testing::Response other = ivy.get("/api/v1/patients/SEED-02");  // JP-02
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.json["error"]["message"],
            "patient 'SEED-02' is not in the study or not at your site");
  EXPECT_EQ(ivy.patch("/api/v1/patients/SEED-02", {{"version", 1}, {"reason", "x"}}).status, 404);
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-02/audit").status, 404);
  const testing::Response moved = ivy.patch(
      "/api/v1/patients/SEED-01", {{"version", 1}, {"reason", "moved"}, {"site", "JP-02"}});
  EXPECT_EQ(moved.status, 422);
  EXPECT_EQ(moved.json["errors"][0]["field"], "site");
  const testing::Response edited = ivy.patch(
      "/api/v1/patients/SEED-01", {{"version", 1}, {"reason", "measured"}, {"height_cm", 168.5}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json["record"]["height_cm"], 168.5);
  const testing::Response dashboard = ivy.get("/api/v1/dashboard?as_of=2001-12-31");
  ASSERT_EQ(dashboard.status, 200);
  EXPECT_EQ(dashboard.json["site"], "JP-01");
  EXPECT_EQ(dashboard.json["consort"]["screened"], 5);
}

TEST_F(RolesApiTest, AMonitorReadsEverySiteRaisesQueriesAndTheSiteAnswersThem) {
  testing::ApiClient mona = signed_in("mona");
  EXPECT_EQ(mona.get("/api/v1/patients").json["total"], 12);
  const testing::Response page = mona.get("/api/v1/patients/SEED-01");
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(page.json["can_edit"].get<bool>());
  const auto& assessment = page.json["assessments"][0];
  EXPECT_EQ(mona.patch("/api/v1/patients/SEED-01/assessments/" +
                           std::to_string(assessment["id"].get<int>()),
                       {{"version", 1}, {"reason", "x"}, {"mmt", 60}})
                .status,
            403);
  const testing::Response raised =
      mona.post("/api/v1/queries", {{"patient_id", "SEED-01"},
                                    {"entity", "assessments"},
                                    {"record_id", assessment["id"]},
                                    {"field", "mmt"},
                                    {"text", "Please confirm the screening MMT"}});
  ASSERT_EQ(raised.status, 201) << raised.body;
  const std::string id = std::to_string(raised.json["query"]["id"].get<int>());
  EXPECT_EQ(raised.json["query"]["status"], "open");

  EXPECT_EQ(signed_in("otto")
                .post("/api/v1/queries/" + id + "/answer", {{"version", 1}, {"answer", "not mine"}})
                .status,
            404);  // JP-02's investigator does not see JP-01's queries
  testing::ApiClient ivy = signed_in("ivy");
  EXPECT_EQ(ivy.get("/api/v1/queries?status=open").json["queries"].size(), 1u);
  const testing::Response answered =
      ivy.post("/api/v1/queries/" + id + "/answer", {{"version", 1}, {"answer", "Confirmed"}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(answered.json["query"]["answered_by"], "web:ivy");
  EXPECT_EQ(mona.post("/api/v1/queries/" + id + "/close", {{"version", 1}}).status, 409);
  const testing::Response closed = mona.post("/api/v1/queries/" + id + "/close", {{"version", 2}});
  EXPECT_EQ(closed.json["query"]["status"], "closed");
  EXPECT_EQ(ivy.post("/api/v1/queries", {{"patient_id", "SEED-01"}}).status, 403);
}

TEST_F(RolesApiTest, AStatisticianReadsPseudonymisedDataAndTheReportButWritesNothing) {
  testing::ApiClient stan = signed_in("stan");
  const testing::Response withdrawn = stan.get("/api/v1/patients/SEED-03");
  ASSERT_EQ(withdrawn.status, 200);
  EXPECT_EQ(withdrawn.json["patient"]["withdrawal_date"], "2001-07-20");
  EXPECT_EQ(withdrawn.json["patient"]["withdrawal_reason"], nullptr);  // free text hidden
  EXPECT_EQ(signed_in("ivy")
                .get("/api/v1/patients/SEED-03")
                .json["patient"]["withdrawal_reason"]
                .is_string(),
            true);
  const testing::Response report = stan.get("/api/v1/report");
  ASSERT_EQ(report.status, 200);
  EXPECT_EQ(report.header("Content-Type"), "text/html");
  EXPECT_NE(report.body.find("<html"), std::string::npos);
  EXPECT_EQ(stan.get("/api/v1/analysis").status, 200);
  EXPECT_EQ(stan.post("/api/v1/patients/SEED-01/visits", {{"week", 16}}).status, 403);
  EXPECT_EQ(signed_in("ivy").get("/api/v1/report").status, 403);

  const testing::Response csv = stan.get("/api/v1/export/patients.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body.substr(0, 20), "patient_id,site,sex,");
  EXPECT_NE(csv.body.find("SEED-03,JP-01"), std::string::npos);
  EXPECT_NE(csv.body.find("(withheld)"), std::string::npos);
  EXPECT_EQ(stan.get("/api/v1/export/passwords.csv").status, 404);
  EXPECT_EQ(stan.get("/api/v1/export/allocations.csv").status, 404);  // single-arm study
  EXPECT_EQ(signed_in("ivy").get("/api/v1/export/patients.csv").status, 403);
}

TEST_F(RolesApiTest, AnAdministratorManagesUsersAndReadsNoPatientData) {
  testing::ApiClient ada = signed_in("ada");
  EXPECT_EQ(ada.get("/api/v1/patients").status, 403);
  EXPECT_EQ(ada.get("/api/v1/patients/SEED-01").status, 403);
  EXPECT_EQ(ada.get("/api/v1/dashboard").status, 403);
  EXPECT_EQ(ada.get("/api/v1/study").status, 200);
  EXPECT_EQ(ada.get("/api/v1/users").json["users"].size(), 6u);
  EXPECT_EQ(client().get("/api/v1/patients").status, 401);
}

using BlindedApiTest = testing::TrialServerTest;

TEST_F(BlindedApiTest, TheArmIsHiddenFromInvestigatorsAndMonitorsButNotStatisticians) {
  for (const char* name : {"ivy", "mona"}) {
    testing::ApiClient api = signed_in(name);
    const testing::Response page = api.get("/api/v1/patients/RCT-001");
    ASSERT_EQ(page.status, 200) << name;
    EXPECT_EQ(page.json["allocation"]["arm"], nullptr) << name;
    EXPECT_EQ(page.json["allocation"]["blinded"], true) << name;
    EXPECT_FALSE(page.json["allocation"].contains("sequence")) << name;
    EXPECT_EQ(page.body.find("placebo"), std::string::npos) << name;
    const testing::Response audit = api.get("/api/v1/patients/RCT-001/audit");
    ASSERT_EQ(audit.status, 200) << name;
    EXPECT_EQ(audit.body.find("placebo"), std::string::npos) << name;
    EXPECT_NE(audit.body.find("(blinded)"), std::string::npos) << name;
    const testing::Response dashboard = api.get("/api/v1/dashboard");
    EXPECT_EQ(dashboard.json["consort"]["arms"], nullptr) << name;
    EXPECT_EQ(api.get("/api/v1/report").status, 403) << name;
  }
  testing::ApiClient stan = signed_in("stan");
  const testing::Response page = stan.get("/api/v1/patients/RCT-001");
  EXPECT_EQ(page.json["allocation"]["arm"], "placebo");
  EXPECT_EQ(stan.get("/api/v1/dashboard").json["consort"]["arms"].size(), 2u);
  EXPECT_EQ(stan.get("/api/v1/report").status, 200);
}

TEST_F(BlindedApiTest, RandomisingAPatientDoesNotRevealTheArm) {
  testing::ApiClient ivy = signed_in("ivy");
  const testing::Response enrolled =
      ivy.post("/api/v1/patients", {{"patient_id", "RCT-900"},
                                    {"site", "US-01"},
                                    {"sex", "F"},
                                    {"birth_year", 1970},
                                    {"diagnosis", "DM"},
                                    {"biopsy_proven", true},
                                    {"enrolment_date", "2026-11-02"}});
  ASSERT_EQ(enrolled.status, 201) << enrolled.body;
  const testing::Response randomised =
      ivy.post("/api/v1/patients/RCT-900/randomise", {{"randomised_on", "2026-11-28"}});
  ASSERT_EQ(randomised.status, 201) << randomised.body;
  EXPECT_EQ(randomised.json["allocation"]["arm"], nullptr);
  EXPECT_EQ(randomised.json["allocation"]["randomised_on"], "2026-11-28");
  const testing::Response stan = signed_in("stan").get("/api/v1/patients/RCT-900");
  EXPECT_TRUE(stan.json["allocation"]["arm"].is_string());
  EXPECT_EQ(ivy.post("/api/v1/patients/RCT-900/randomise", nlohmann::json::object()).status, 409);
}

}  // namespace
}  // namespace myoivig::server
