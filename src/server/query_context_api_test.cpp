// What a data query carries besides the record's id: the patient, a label of the record,
// the record's address in the UI (the edit form for the site's investigator, the patient
// page's section for other readers) and the field's label, with free text left out for the
// statistician; and the record kinds named as the API names them ("infusions").
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using QueryContextApiTest = ServerTest;

using TrialQueryContextApiTest = testing::TrialServerTest;
using testing::id_of;
using testing::raise_query;
using testing::with;

// The query `id` of GET /api/v1/queries as `reader` gets it.
nlohmann::json listed(testing::ApiClient& reader, int id) {
  return with(reader.get("/api/v1/queries").json["queries"], "id", id);
}

TEST_F(QueryContextApiTest, EachKindOfRecordIsLabelledAndLinked) {
  testing::ApiClient mona = signed_in("mona");
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json seed01 = ivy.get("/api/v1/patients/SEED-01").json;
  const nlohmann::json seed04 = ivy.get("/api/v1/patients/SEED-04").json;
  const int visit4 = id_of(with(seed01["visits"], "week", 4));
  const int assessment4 = id_of(with(seed01["assessments"], "week", 4));
  const int day3 = id_of(with(seed01["courses"][0]["infusions"], "day", 3));
  const int event = id_of(seed04["adverse_events"][0]);
  const std::string edit_visit = "/patients/SEED-01/visits/" + std::to_string(visit4);
  const std::string edit_event = "/patients/SEED-04/adverse-events/" + std::to_string(event);
  const struct {
    const char* patient;
    const char* entity;
    int id;
    const char* field;
    std::string label;
    std::string monitor_link;
    std::string investigator_link;
    const char* stored_field;
    const char* field_label;
  } cases[] = {
      {"SEED-01", "visits", visit4, "date", "Visit week 4 (2001-04-06)", "/patients/SEED-01#visits",
       edit_visit, "date", "date"},
      // A VAS is asked about by its form name (cm) and stored as the column (mm).
      {"SEED-01", "assessments", assessment4, "fatigue_vas_cm",
       "Assessment at visit week 4 (2001-04-06)", "/patients/SEED-01#visits", edit_visit,
       "fatigue_vas_mm", "Fatigue VAS"},
      {"SEED-01", "infusions", day3, "", "Course 1 day 3 infusion (2001-03-14)",
       "/patients/SEED-01/courses/1", "/patients/SEED-01/courses/1", "", ""},
      {"SEED-01", "courses", id_of(seed01["courses"][0]), "dosing_weight_kg",
       "Course 1 (from 2001-03-12)", "/patients/SEED-01/courses/1", "/patients/SEED-01/courses/1",
       "dosing_weight_kg", "dosing weight kg"},
      {"SEED-01", "steroid_doses", id_of(seed01["steroid_doses"][0]), "",
       "Prednisolone 60 mg/day from 2001-01-11 to 2001-04-08", "/patients/SEED-01#screening",
       "/patients/SEED-01#screening", "", ""},
      {"SEED-04", "adverse_events", event, "severity",
       "Adverse event: asymptomatic myocardial infarction (2001-09-15)",
       "/patients/SEED-04#adverse-events", edit_event, "severity", "severity"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.entity);
    const nlohmann::json raised = raise_query(mona, c.patient, c.entity, c.id, c.field);
    EXPECT_EQ(raised["patient_id"], c.patient);
    EXPECT_EQ(raised["entity"], c.entity);
    EXPECT_EQ(raised["record_id"], c.id);
    EXPECT_EQ(raised["record_label"], c.label);
    EXPECT_EQ(raised["link"], c.monitor_link);
    if (*c.stored_field) {
      EXPECT_EQ(raised["field"], c.stored_field);
      EXPECT_EQ(raised["field_label"], c.field_label);
    } else {
      EXPECT_EQ(raised["field"], nullptr);
      EXPECT_EQ(raised["field_label"], nullptr);
    }
    const int id = raised["id"].get<int>();
    EXPECT_EQ(listed(mona, id)["record_label"], c.label);
    const nlohmann::json for_ivy = listed(ivy, id);  // JP-01: SEED-01 and SEED-04 are hers
    EXPECT_EQ(for_ivy["record_label"], c.label);
    EXPECT_EQ(for_ivy["link"], c.investigator_link);
    const nlohmann::json page = ivy.get(std::string("/api/v1/patients/") + c.patient).json;
    EXPECT_EQ(with(page["queries"], "id", id)["link"], c.investigator_link);
  }
}

TEST_F(QueryContextApiTest, TheStatisticianGetsNoFreeTextInALabel) {
  testing::ApiClient mona = signed_in("mona");
  testing::ApiClient ivy = signed_in("ivy");
  testing::ApiClient stan = signed_in("stan");
  const nlohmann::json iga =
      with(ivy.get("/api/v1/patients/SEED-01").json["conditions"], "condition", "iga_deficiency");
  const testing::Response noted =
      ivy.patch("/api/v1/patients/SEED-01/conditions/" + std::to_string(id_of(iga)),
                {{"version", iga["version"]}, {"reason", "lab value"}, {"note", "IgA 2.1 g/l"}});
  ASSERT_EQ(noted.status, 200) << noted.body;
  const int condition =
      raise_query(mona, "SEED-01", "conditions", id_of(iga), "note")["id"].get<int>();
  const int seed03 = ivy.get("/api/v1/patients/SEED-03").json["patient"]["id"].get<int>();
  const int patient =
      raise_query(mona, "SEED-03", "patients", seed03, "withdrawal_reason")["id"].get<int>();

  EXPECT_EQ(listed(mona, condition)["record_label"],
            "Screening: IgA deficiency: absent; note: IgA 2.1 g/l");
  EXPECT_EQ(listed(stan, condition)["record_label"], "Screening: IgA deficiency: absent");
  EXPECT_EQ(listed(mona, patient)["record_label"],
            "Patient SEED-03 (withdrawn 2001-07-20: Withdrew consent after the week-2 visit "
            "(personal reasons); no further study data)");
  const nlohmann::json for_stan = listed(stan, patient);
  EXPECT_EQ(for_stan["record_label"], "Patient SEED-03 (withdrawn 2001-07-20)");
  EXPECT_EQ(for_stan["field_label"], "withdrawal reason");
  EXPECT_EQ(for_stan["text"], nullptr);
  EXPECT_EQ(for_stan["link"], "/patients/SEED-03");
  for (const auto& query : stan.get("/api/v1/queries").json["queries"]) {
    const std::string label = query["record_label"];
    EXPECT_EQ(label.find("IgA 2.1"), std::string::npos) << label;
    EXPECT_EQ(label.find("Withdrew"), std::string::npos) << label;
  }
  // The patient page's queries are labelled the same way.
  const nlohmann::json page = stan.get("/api/v1/patients/SEED-01").json;
  EXPECT_EQ(with(page["queries"], "id", condition)["record_label"],
            "Screening: IgA deficiency: absent");
}

TEST_F(QueryContextApiTest, InfusionsAreNamedSoInTheTimelineTheAuditTrailAndQueries) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json page = ivy.get("/api/v1/patients/SEED-01").json;
  const int day1 = id_of(with(page["courses"][0]["infusions"], "day", 1));
  const nlohmann::json event = with(page["timeline"], "kind", "infusion");
  EXPECT_EQ(event["entity"], "infusions");
  EXPECT_EQ(event["id"], day1);
  EXPECT_EQ(event["label"], "Course 1 day 1: 27.5 g");
  EXPECT_EQ(event["link"], "/patients/SEED-01/courses/1");
  EXPECT_EQ(with(page["timeline"], "kind", "visit")["link"],
            "/patients/SEED-01/visits/" + std::to_string(id_of(with(page["visits"], "week", -4))));
  for (const auto& e : page["timeline"]) EXPECT_NE(e["entity"], "administrations") << e.dump();
  for (const auto& f : page["findings"]) EXPECT_NE(f["entity"], "administrations") << f.dump();

  const testing::Response history =
      ivy.get("/api/v1/patients/SEED-01/audit?entity=infusions&id=" + std::to_string(day1));
  ASSERT_EQ(history.status, 200) << history.body;
  ASSERT_EQ(history.json["entries"].size(), 1u);  // loaded once, never edited
  EXPECT_EQ(history.json["entries"][0]["entity"], "infusions");
  EXPECT_EQ(history.json["entries"][0]["field"], "*");
  for (const auto& e : ivy.get("/api/v1/patients/SEED-01/audit").json["entries"]) {
    EXPECT_NE(e["entity"], "administrations");
  }
  EXPECT_EQ(
      ivy.get("/api/v1/patients/SEED-01/audit?entity=administrations&id=" + std::to_string(day1))
          .status,
      422);

  testing::ApiClient mona = signed_in("mona");
  const testing::Response refused = mona.post("/api/v1/queries", {{"patient_id", "SEED-01"},
                                                                  {"entity", "administrations"},
                                                                  {"record_id", day1},
                                                                  {"text", "Which day?"}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json["errors"][0]["field"], "entity");
  EXPECT_EQ(refused.json["errors"][0]["message"],
            "entity: must be one of patients, allocations, conditions, steroid_doses, courses, "
            "infusions, visits, assessments, muscle_grades, adverse_events, got "
            "'administrations'");
}

TEST_F(TrialQueryContextApiTest, GradesCriteriaAndRandomisationAreLabelledWithoutTheArm) {
  testing::ApiClient ivy = signed_in("ivy");
  const testing::Response graded =
      ivy.post("/api/v1/patients/RCT-001/muscle-grades", {{"week", 0},
                                                          {"muscle_group", "deltoid"},
                                                          {"side", "R"},
                                                          {"status", "tested"},
                                                          {"grade", 8}});
  ASSERT_EQ(graded.status, 201) << graded.body;
  const nlohmann::json page = ivy.get("/api/v1/patients/RCT-001").json;
  testing::ApiClient mona = signed_in("mona");
  const nlohmann::json grade =
      raise_query(mona, "RCT-001", "muscle_grades", id_of(graded.json["records"][0]), "grade");
  EXPECT_EQ(grade["record_label"], "MMT-8 deltoid (middle) right, visit week 0 (2017-03-06)");
  EXPECT_EQ(grade["link"], "/patients/RCT-001#visits");
  const int weakness = id_of(with(page["conditions"], "condition", "bohan_peter_weakness"));
  EXPECT_EQ(raise_query(mona, "RCT-001", "conditions", weakness, "condition")["record_label"],
            "Screening: Bohan and Peter: symmetric proximal weakness: met");
  const nlohmann::json allocation =
      raise_query(mona, "RCT-001", "allocations", id_of(page["allocation"]), "randomised_on");
  EXPECT_EQ(allocation["record_label"], "Randomisation (2017-03-06)");
  EXPECT_EQ(allocation["link"], "/patients/RCT-001");
  const int id = allocation["id"].get<int>();
  EXPECT_EQ(listed(ivy, id)["record_label"], "Randomisation (2017-03-06)");
  testing::ApiClient stan = signed_in("stan");
  EXPECT_EQ(listed(stan, id)["record_label"], "Randomisation (2017-03-06)");
}

}  // namespace
}  // namespace myoivig::server
