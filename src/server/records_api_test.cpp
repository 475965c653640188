// Entering and editing records through the API: validation with nothing saved, version
// conflicts, audit rows, and the screening, course planner and visit flows.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using RecordsApiTest = ServerTest;

// The stored assessment of `week` on the patient page.
nlohmann::json assessment_at(testing::ApiClient& api, const std::string& patient, int week) {
  const testing::Response page = api.get("/api/v1/patients/" + patient);
  for (const auto& a : page.json["assessments"]) {
    if (a["week"] == week) return a;
  }
  return nullptr;
}

std::string assessment_path(const nlohmann::json& assessment) {
  return "/api/v1/patients/SEED-01/assessments/" + std::to_string(assessment["id"].get<int>());
}

TEST_F(RecordsApiTest, InvalidValuesAreReportedFieldByFieldAndNothingIsSaved) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json before = assessment_at(ivy, "SEED-01", 12);
  ASSERT_EQ(before["mmt"], 83);
  const std::size_t audit_rows = ivy.get("/api/v1/patients/SEED-01/audit").json["entries"].size();
  const testing::Response refused = ivy.patch(assessment_path(before), {{"version", 1},
                                                                        {"reason", "recheck"},
                                                                        {"mmt", 140},
                                                                        {"fatigue_vas_cm", 12.5},
                                                                        {"pain_vas_cm", 1.25},
                                                                        {"adl", "forty"},
                                                                        {"colour", "red"}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json["error"]["code"], "invalid");
  std::map<std::string, nlohmann::json> errors;
  for (const auto& e : refused.json["errors"]) errors[e["field"]] = e;
  ASSERT_EQ(errors.size(), 5u) << refused.body;  // every message at once
  EXPECT_EQ(errors["adl"]["message"], "adl: must be a number, got \"forty\"");
  EXPECT_EQ(errors["adl"]["value"], "forty");
  EXPECT_EQ(errors["pain_vas_cm"]["message"], "pain_vas_cm: 1.25 has more than 1 decimals");
  EXPECT_EQ(errors["colour"]["message"], "colour: is not a field of this form");
  EXPECT_EQ(errors["mmt"]["message"], "mmt: 140 is above the maximum 130 (instruments.mmt)");
  EXPECT_EQ(errors["fatigue_vas_cm"]["value"], 12.5);

  const testing::Response ranges =
      ivy.patch(assessment_path(before),
                {{"version", 1}, {"reason", "recheck"}, {"mmt", 140}, {"fatigue_vas_cm", 12.5}});
  ASSERT_EQ(ranges.status, 422);
  ASSERT_EQ(ranges.json["errors"].size(), 2u) << ranges.body;
  EXPECT_EQ(ranges.json["errors"][0]["field"], "mmt");
  EXPECT_EQ(ranges.json["errors"][0]["value"], 140);
  EXPECT_EQ(ranges.json["errors"][0]["message"],
            "mmt: 140 is above the maximum 130 (instruments.mmt)");
  EXPECT_EQ(ranges.json["errors"][1]["field"], "fatigue_vas_cm");
  EXPECT_EQ(ranges.json["errors"][1]["value"], 12.5);

  EXPECT_EQ(assessment_at(ivy, "SEED-01", 12), before);
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-01/audit").json["entries"].size(), audit_rows);
}

TEST_F(RecordsApiTest, AnEditNeedsTheVersionAndAReason) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json before = assessment_at(ivy, "SEED-01", 12);
  const testing::Response refused = ivy.patch(assessment_path(before), {{"mmt", 84}});
  ASSERT_EQ(refused.status, 422);
  ASSERT_EQ(refused.json["errors"].size(), 2u);
  EXPECT_EQ(refused.json["errors"][0]["field"], "version");
  EXPECT_EQ(refused.json["errors"][1]["field"], "reason");
}

TEST_F(RecordsApiTest, TheSecondOfTwoEditsOfTheSameVersionIsRefusedAndNothingIsLost) {
  testing::ApiClient ivy = signed_in("ivy");
  testing::ApiClient ian = signed_in("ian");
  const nlohmann::json opened = assessment_at(ivy, "SEED-01", 12);
  const testing::Response first = ivy.patch(
      assessment_path(opened), {{"version", 1}, {"reason", "transcription"}, {"mmt", 84}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json["record"]["version"], 2);
  EXPECT_EQ(first.json["record"]["mmt"], 84);
  const testing::Response second =
      ian.patch(assessment_path(opened), {{"version", 1}, {"reason", "other fix"}, {"adl", 44}});
  ASSERT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(second.json["error"]["code"], "conflict");
  const std::string message = second.json["error"]["message"];
  EXPECT_EQ(message.substr(0, 50), "assessments SEED-01/week 12 was changed by web:ivy");
  EXPECT_NE(message.find("it is now version 2, your edit was based on version 1"),
            std::string::npos);
  const nlohmann::json after = assessment_at(ivy, "SEED-01", 12);
  EXPECT_EQ(after["mmt"], 84);
  EXPECT_EQ(after["adl"], 43);
  EXPECT_EQ(after["version"], 2);

  const testing::Response history =
      ivy.get("/api/v1/patients/SEED-01/audit?entity=assessments&id=" +
              std::to_string(opened["id"].get<int>()));
  ASSERT_EQ(history.status, 200);
  const auto& entries = history.json["entries"];
  ASSERT_EQ(entries.size(), 2u);  // created by the load, then ivy's edit
  EXPECT_EQ(entries[0]["field"], "*");
  EXPECT_EQ(entries[1]["field"], "mmt");
  EXPECT_EQ(entries[1]["old_value"], "83");
  EXPECT_EQ(entries[1]["new_value"], "84");
  EXPECT_EQ(entries[1]["actor"], "web:ivy");
  EXPECT_EQ(entries[1]["reason"], "transcription");
  EXPECT_EQ(entries[1]["at"], "2026-11-28T12:00:00.000Z");
}

TEST_F(RecordsApiTest, AVisitWithItsAssessmentAndAnAdverseEventAreEnteredAndEdited) {
  testing::ApiClient ivy = signed_in("ivy");
  const testing::Response bad_visit =
      ivy.post("/api/v1/patients/SEED-01/visits",
               {{"week", 7}, {"date", "2001-04-30"}, {"assessment", {{"mmt", 80}}}});
  ASSERT_EQ(bad_visit.status, 422);
  EXPECT_EQ(bad_visit.json["errors"][0]["field"], "week");
  const nlohmann::json visit = {
      {"week", 8}, {"date", "2002-08-30"}, {"assessment", {{"mmt", 131}, {"adl", 50}}}};
  const testing::Response bad_assessment = ivy.post("/api/v1/patients/SEED-10/visits", visit);
  EXPECT_EQ(bad_assessment.status, 422);
  EXPECT_EQ(bad_assessment.json["errors"][0]["field"], "assessment.mmt");
  EXPECT_EQ(bad_assessment.json["errors"][0]["message"],
            "assessment.mmt: 131 is above the maximum 130 (instruments.mmt)");
  nlohmann::json good_visit = visit;
  good_visit["assessment"]["mmt"] = 101;
  const testing::Response visit_created = ivy.post("/api/v1/patients/SEED-10/visits", good_visit);
  ASSERT_EQ(visit_created.status, 201) << visit_created.body;
  ASSERT_EQ(visit_created.json["records"].size(), 2u);
  EXPECT_EQ(visit_created.json["records"][0]["date"], "2002-08-30");
  EXPECT_EQ(visit_created.json["records"][1]["mmt"], 101);
  EXPECT_EQ(visit_created.json["records"][1]["week"], 8);

  testing::ApiClient other = signed_in("otto");
  EXPECT_EQ(other.post("/api/v1/patients/SEED-01/adverse-events", {{"term", "x"}}).status, 404);

  const nlohmann::json event = {{"course", 1},
                                {"term", "headache"},
                                {"onset_date", "2001-03-13"},
                                {"end_date", "2001-03-12"},
                                {"serious", false},
                                {"severity", "mild"},
                                {"relatedness", "possible"},
                                {"outcome", "recovered"}};
  const testing::Response backwards = ivy.post("/api/v1/patients/SEED-01/adverse-events", event);
  ASSERT_EQ(backwards.status, 422);
  EXPECT_EQ(backwards.json["errors"][0]["message"],
            "end_date: 2001-03-12 is before onset_date 2001-03-13");
  nlohmann::json fixed = event;
  fixed["end_date"] = "2001-03-14";
  const testing::Response created = ivy.post("/api/v1/patients/SEED-01/adverse-events", fixed);
  ASSERT_EQ(created.status, 201) << created.body;
  const nlohmann::json record = created.json["records"][0];
  EXPECT_EQ(record["term"], "headache");
  EXPECT_EQ(record["version"], 1);
  const std::string path =
      "/api/v1/patients/SEED-01/adverse-events/" + std::to_string(record["id"].get<int>());
  const testing::Response graded =
      ivy.patch(path, {{"version", 1}, {"reason", "regraded"}, {"severity", "moderate"}});
  ASSERT_EQ(graded.status, 200) << graded.body;
  EXPECT_EQ(graded.json["record"]["severity"], "moderate");
  EXPECT_EQ(graded.json["record"]["version"], 2);
}

TEST_F(RecordsApiTest, ScreeningEnrolmentAndTheCoursePlannerWorkTogether) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json patient = testing::new_seed_patient();
  nlohmann::json screening = patient;
  screening["conditions"] = {{{"condition", "iga_deficiency"}, {"present", true}}};
  const testing::Response evaluated = ivy.post("/api/v1/screening/evaluate", screening);
  ASSERT_EQ(evaluated.status, 200) << evaluated.body;
  EXPECT_EQ(evaluated.json["verdict"], "ineligible");
  bool iga = false;
  for (const auto& rule : evaluated.json["rules"]) {
    if (rule["id"] == "exclusion.iga_deficiency") iga = rule["status"] == "not_met";
  }
  EXPECT_TRUE(iga) << evaluated.body;
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-99").status, 404);  // evaluating saved nothing

  nlohmann::json other_site = patient;
  other_site["site"] = "JP-02";
  EXPECT_EQ(ivy.post("/api/v1/patients", other_site).status, 422);
  nlohmann::json enrolment = patient;
  enrolment["conditions"] = {{{"condition", "iga_deficiency"}, {"present", false}}};
  const testing::Response enrolled = ivy.post("/api/v1/patients", enrolment);
  ASSERT_EQ(enrolled.status, 201) << enrolled.body;
  EXPECT_EQ(enrolled.json["conditions"].size(), 1u);
  EXPECT_EQ(ivy.post("/api/v1/patients", patient).status, 409);  // the id exists

  const testing::Response plan = ivy.post("/api/v1/patients/SEED-99/dose-plan",
                                          {{"weight_kg", 60}, {"start_date", "2026-11-30"}});
  ASSERT_EQ(plan.status, 200) << plan.body;
  EXPECT_EQ(plan.json["plan"]["refused"], false);
  EXPECT_EQ(plan.json["plan"]["daily_dose_g"], 24);  // 0.4 g/kg x 60 kg
  EXPECT_EQ(plan.json["plan"]["days"], 5);
  EXPECT_EQ(plan.json["course"]["dosing_weight_kg"], 60);
  ASSERT_EQ(plan.json["infusion_days"].size(), 5u);
  EXPECT_EQ(plan.json["infusion_days"][4]["date"], "2026-12-04");
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-99").json["courses"].size(), 0u);

  const testing::Response refused =
      ivy.post("/api/v1/patients/SEED-99/courses", {{"weight_kg", 60},
                                                    {"start_date", "2026-11-30"},
                                                    {"risk_factors", {"severe_hypersensitivity"}}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.json["errors"][0]["field"], "plan");
  const testing::Response course = ivy.post("/api/v1/patients/SEED-99/courses",
                                            {{"weight_kg", 60}, {"start_date", "2026-11-30"}});
  ASSERT_EQ(course.status, 201) << course.body;
  EXPECT_EQ(course.json["records"][0]["course"], 1);
  EXPECT_EQ(course.json["records"][0]["dose_g_per_kg_per_day"], 0.4);

  nlohmann::json day = course.json["infusion_days"][0];
  day["start_time"] = "09:00";
  day["end_time"] = "13:30";
  const testing::Response infusion = ivy.post("/api/v1/patients/SEED-99/infusions", day);
  ASSERT_EQ(infusion.status, 201) << infusion.body;
  const testing::Response page = ivy.get("/api/v1/patients/SEED-99");
  ASSERT_EQ(page.json["courses"][0]["infusions"].size(), 1u);
  EXPECT_EQ(page.json["status"], "treated");
}

// Enrolment with the screening visit and its assessment is one transaction: an MMT above the
// protocol's maximum refuses the patient too.
TEST_F(RecordsApiTest, EnrolmentWithScreeningVisitsIsAllOrNothing) {
  testing::ApiClient ivy = signed_in("ivy");
  nlohmann::json enrolment = {{"patient_id", "SEED-98"},
                              {"site", "JP-01"},
                              {"sex", "M"},
                              {"birth_year", 1955},
                              {"diagnosis", "PM"},
                              {"biopsy_proven", true},
                              {"enrolment_date", "2026-11-02"}};
  enrolment["visits"] = {{{"week", -4}, {"date", "2026-10-05"}}};
  enrolment["assessments"] = {{{"week", -4}, {"mmt", 140}, {"adl", 60}}};
  const testing::Response refused = ivy.post("/api/v1/patients", enrolment);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json["errors"][0]["field"], "assessments[0].mmt");
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-98").status, 404);

  enrolment["assessments"][0]["mmt"] = 70;
  const testing::Response enrolled = ivy.post("/api/v1/patients", enrolment);
  ASSERT_EQ(enrolled.status, 201) << enrolled.body;
  ASSERT_EQ(enrolled.json["visits"].size(), 1u);
  EXPECT_EQ(enrolled.json["assessments"][0]["mmt"], 70);
  EXPECT_EQ(assessment_at(ivy, "SEED-98", -4)["adl"], 60);
}

TEST_F(RecordsApiTest, AVisitsMuscleGradesAreSavedTogetherOrNotAtAll) {
  testing::ApiClient ivy = signed_in("ivy");
  nlohmann::json grid = {
      {"week", 12},
      {"grades",
       {{{"muscle_group", "deltoid"}, {"side", "R"}, {"status", "tested"}, {"grade", 4}},
        {{"muscle_group", "deltoid"}, {"side", "L"}, {"status", "tested"}}}}};
  const testing::Response refused = ivy.post("/api/v1/patients/SEED-01/muscle-grades", grid);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json["errors"][0]["message"],
            "grades[1].grade: is required when status is tested");
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-01").json["muscle_grades"].size(), 0u);
  grid["grades"][1]["status"] = "not_testable";
  const testing::Response saved = ivy.post("/api/v1/patients/SEED-01/muscle-grades", grid);
  ASSERT_EQ(saved.status, 201) << saved.body;
  ASSERT_EQ(saved.json["records"].size(), 2u);
  EXPECT_EQ(saved.json["records"][0]["grade"], 4);
  EXPECT_EQ(saved.json["records"][1]["status"], "not_testable");
}

TEST_F(RecordsApiTest, ThePatientPageHasTheTimelineSeriesAndEligibility) {
  testing::ApiClient ivy = signed_in("ivy");
  const testing::Response page = ivy.get("/api/v1/patients/SEED-01?as_of=2001-07-01");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.json["eligibility"]["verdict"], "eligible");
  const auto& mmt = page.json["series"]["mmt"];
  ASSERT_EQ(mmt.size(), 6u);
  EXPECT_EQ(mmt[0]["week"], -4);
  EXPECT_EQ(mmt[5]["value"], 83);
  EXPECT_EQ(page.json["series"]["ck"][0]["uln"], 200);
  EXPECT_EQ(page.json["series"]["vas_fatigue"][0]["week"], 0);  // not measured at -4
  EXPECT_EQ(page.json["series"]["vas_fatigue"][0]["value"], 5.9);
  EXPECT_EQ(page.json["timeline"][0]["kind"], "steroid");
  EXPECT_EQ(page.json["courses"][0]["infusions"].size(), 5u);
  EXPECT_TRUE(page.json["can_edit"].get<bool>());
}

TEST_F(RecordsApiTest, TheAccessLogHasRouteTemplatesAndRolesButNoIdsOrNames) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json opened = assessment_at(ivy, "SEED-01", 12);
  ivy.patch(assessment_path(opened), {{"version", 1}, {"reason", "fix"}, {"mmt", 84}});
  std::vector<std::string> log = access_log();
  // The server logs a request once its response is written: wait for the last line.
  for (int i = 0; i < 100 && log.size() < 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    log = access_log();
  }
  ASSERT_EQ(log.size(), 3u);
  const nlohmann::json last = nlohmann::json::parse(log.back());
  EXPECT_EQ(last["method"], "PATCH");
  EXPECT_EQ(last["path"], "/api/v1/patients/{patient}/assessments/{id}");
  EXPECT_EQ(last["status"], 200);
  EXPECT_EQ(last["role"], "investigator");
  EXPECT_TRUE(last["duration_ms"].is_number());
  for (const std::string& line : log) {
    EXPECT_EQ(line.find("SEED-01"), std::string::npos) << line;
    EXPECT_EQ(line.find("ivy"), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace myoivig::server
