// The dashboard's outstanding queries name their record and link to it exactly as the query
// list does (for the reader: the edit form for the site's investigator, the patient page's
// section for a monitor), and the patient list of a randomised study says whether and when
// each patient was randomised, with the arm only for those who may see it (checked against
// the demo bundle's allocations.csv); an open-label study's list has no such fields.
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "server/server_test_support.hpp"
#include "util/csv.hpp"

namespace myoivig::server {
namespace {

using DashboardQueriesApiTest = testing::ServerTest;
using TrialDashboardListApiTest = testing::TrialServerTest;
using testing::id_of;
using testing::raise_query;
using testing::with;

nlohmann::json dashboard_queries(testing::ApiClient& reader) {
  const testing::Response dashboard = reader.get("/api/v1/dashboard?as_of=2001-09-01");
  EXPECT_EQ(dashboard.status, 200) << dashboard.body;
  return dashboard.json["queries"];
}

TEST_F(DashboardQueriesApiTest, OutstandingQueriesCarryTheirRecordsLabelAndLink) {
  testing::ApiClient mona = signed_in("mona");
  testing::ApiClient ivy = signed_in("ivy");  // JP-01: SEED-01 and SEED-04 are hers
  const nlohmann::json seed01 = ivy.get("/api/v1/patients/SEED-01").json;
  const int visit4 = id_of(with(seed01["visits"], "week", 4));
  const int assessment4 = id_of(with(seed01["assessments"], "week", 4));
  const int event = id_of(ivy.get("/api/v1/patients/SEED-04").json["adverse_events"][0]);
  const std::string edit_visit = "/patients/SEED-01/visits/" + std::to_string(visit4);
  const struct {
    int id;
    std::string label;
    const char* field_label;
    std::string monitor_link;
    std::string investigator_link;
  } cases[] = {
      {id_of(raise_query(mona, "SEED-01", "visits", visit4, "date")), "Visit week 4 (2001-04-06)",
       "date", "/patients/SEED-01#visits", edit_visit},
      {id_of(raise_query(mona, "SEED-01", "assessments", assessment4, "fatigue_vas_cm")),
       "Assessment at visit week 4 (2001-04-06)", "Fatigue VAS", "/patients/SEED-01#visits",
       edit_visit},
      {id_of(raise_query(mona, "SEED-04", "adverse_events", event, "severity")),
       "Adverse event: asymptomatic myocardial infarction (2001-09-15)", "severity",
       "/patients/SEED-04#adverse-events",
       "/patients/SEED-04/adverse-events/" + std::to_string(event)},
  };
  // The second is answered (still outstanding); a fourth is closed (not listed).
  ASSERT_EQ(ivy.post("/api/v1/queries/" + std::to_string(cases[1].id) + "/answer",
                     {{"version", 1}, {"answer", "Checked"}})
                .status,
            200);
  const int closed = id_of(raise_query(mona, "SEED-01", "visits", visit4, "week"));
  ASSERT_EQ(
      mona.post("/api/v1/queries/" + std::to_string(closed) + "/close", {{"version", 1}}).status,
      200);

  const nlohmann::json for_mona = dashboard_queries(mona);  // first: the cache keeps roles apart
  const nlohmann::json for_ivy = dashboard_queries(ivy);
  for (const auto* queries : {&for_mona, &for_ivy}) {
    EXPECT_EQ((*queries)["open"], 2);
    EXPECT_EQ((*queries)["answered"], 1);
    EXPECT_EQ((*queries)["closed"], 1);
    ASSERT_EQ((*queries)["outstanding"].size(), 3u) << queries->dump();
  }
  for (const auto& c : cases) {
    SCOPED_TRACE(c.label);
    const nlohmann::json monitor_row = with(for_mona["outstanding"], "id", c.id);
    EXPECT_EQ(monitor_row["record_label"], c.label);
    EXPECT_EQ(monitor_row["field_label"], c.field_label);
    EXPECT_EQ(monitor_row["link"], c.monitor_link);
    const nlohmann::json investigator_row = with(for_ivy["outstanding"], "id", c.id);
    EXPECT_EQ(investigator_row["record_label"], c.label);
    EXPECT_EQ(investigator_row["link"], c.investigator_link);
    // Exactly what the query list gives the same reader.
    EXPECT_EQ(monitor_row, with(mona.get("/api/v1/queries").json["queries"], "id", c.id));
    EXPECT_EQ(investigator_row, with(ivy.get("/api/v1/queries").json["queries"], "id", c.id));
  }
  testing::ApiClient stan = signed_in("stan");
  const nlohmann::json for_stan = dashboard_queries(stan);
  EXPECT_EQ(with(for_stan["outstanding"], "id", cases[0].id)["link"], cases[0].monitor_link);
  EXPECT_EQ(with(for_stan["outstanding"], "id", cases[0].id)["text"], nullptr);
  testing::ApiClient otto = signed_in("otto");  // JP-02: none of these patients
  const nlohmann::json for_otto = dashboard_queries(otto);
  EXPECT_EQ(for_otto["open"], 0);
  EXPECT_TRUE(for_otto["outstanding"].empty());
}

TEST_F(DashboardQueriesApiTest, AnOpenLabelStudysListHasNoAllocationFields) {
  for (const char* name : {"ivy", "mona", "stan"}) {
    testing::ApiClient reader = signed_in(name);
    const testing::Response list = reader.get("/api/v1/patients");
    ASSERT_EQ(list.status, 200) << list.body;
    ASSERT_FALSE(list.json["patients"].empty());
    for (const auto& row : list.json["patients"]) {
      for (const char* key : {"randomised", "randomised_on", "arm"}) {
        EXPECT_FALSE(row.contains(key)) << name << ": " << row.dump();
      }
    }
  }
}

TEST_F(TrialDashboardListApiTest, ARandomisationQueryOnTheDashboardNamesNoArm) {
  testing::ApiClient mona = signed_in("mona");
  testing::ApiClient ivy = signed_in("ivy");  // US-01: RCT-001 is hers
  const int allocation = id_of(ivy.get("/api/v1/patients/RCT-001").json["allocation"]);
  const int id = id_of(raise_query(mona, "RCT-001", "allocations", allocation, "randomised_on"));
  for (auto* reader : {&mona, &ivy}) {
    const testing::Response dashboard = reader->get("/api/v1/dashboard");
    ASSERT_EQ(dashboard.status, 200) << dashboard.body;
    const nlohmann::json row = with(dashboard.json["queries"]["outstanding"], "id", id);
    EXPECT_EQ(row["record_label"], "Randomisation (2017-03-06)");
    EXPECT_EQ(row["field_label"], "randomised on");
    EXPECT_EQ(row["link"], "/patients/RCT-001");
    EXPECT_EQ(dashboard.body.find("placebo"), std::string::npos);
  }
}

struct BundleAllocation {
  std::string arm;
  std::string stratum;
  std::string randomised_on;
};

// allocations.csv of the demo trial, by patient, read as text.
std::map<std::string, BundleAllocation> bundle_allocations() {
  auto text =
      util::read_file(std::string(MYOIVIG_SOURCE_DIR) + "/data/demo/rct-trial/allocations.csv");
  EXPECT_TRUE(text);
  auto table = util::parse_csv(text ? *text : "");
  EXPECT_TRUE(table);
  std::map<std::string, BundleAllocation> out;
  if (!table) return out;
  const std::size_t patient = *table->column("patient_id");
  const std::size_t arm = *table->column("arm");
  const std::size_t stratum = *table->column("stratum");
  const std::size_t on = *table->column("randomised_on");
  for (const util::CsvRow& row : table->rows) {
    out[row.fields[patient]] = {row.fields[arm], row.fields[stratum], row.fields[on]};
  }
  return out;
}

nlohmann::json list(testing::ApiClient& reader, const std::string& query = "") {
  const testing::Response answer = reader.get("/api/v1/patients?limit=1000" + query);
  EXPECT_EQ(answer.status, 200) << answer.body;
  return answer.json;
}

TEST_F(TrialDashboardListApiTest, EachRowSaysWhetherAndWhenThePatientWasRandomised) {
  const std::map<std::string, BundleAllocation> bundle = bundle_allocations();
  ASSERT_EQ(bundle.size(), 95u);
  ASSERT_EQ(bundle.at("RCT-001").randomised_on, "2017-03-06");
  testing::ApiClient stan = signed_in("stan");
  testing::ApiClient mona = signed_in("mona");
  testing::ApiClient ivy = signed_in("ivy");
  std::size_t us01 = 0;
  for (const auto& [patient, allocation] : bundle) us01 += allocation.stratum == "US-01" ? 1 : 0;
  const struct {
    testing::ApiClient* reader;
    const char* name;
    bool arm_shown;
    std::size_t rows;
  } cases[] = {{&stan, "stan", true, bundle.size()},
               {&mona, "mona", false, bundle.size()},
               {&ivy, "ivy", false, us01}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const nlohmann::json rows = list(*c.reader)["patients"];
    ASSERT_EQ(rows.size(), c.rows);
    std::size_t randomised = 0;
    for (const auto& row : rows) {
      const BundleAllocation& expected = bundle.at(row["patient_id"].get<std::string>());
      randomised += row["randomised"] == true ? 1 : 0;
      EXPECT_EQ(row["randomised_on"], expected.randomised_on);
      if (c.arm_shown) {
        EXPECT_EQ(row["arm"], expected.arm);
      } else {
        EXPECT_FALSE(row.contains("arm")) << row.dump();
      }
    }
    EXPECT_EQ(randomised, c.rows);
    EXPECT_EQ(with(rows, "patient_id", "RCT-001")["randomised_on"], "2017-03-06");
  }

  // A new patient is not randomised until the investigator randomises them.
  nlohmann::json form = testing::new_seed_patient();
  form["patient_id"] = "RCT-990";
  form["site"] = "US-01";
  ASSERT_EQ(ivy.post("/api/v1/patients", form).status, 201);
  const nlohmann::json before = list(stan, "&q=rct-990")["patients"];
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0]["randomised"], false);
  EXPECT_EQ(before[0]["randomised_on"], nullptr);
  EXPECT_EQ(before[0]["arm"], nullptr);
  EXPECT_FALSE(list(ivy, "&q=rct-990")["patients"][0].contains("arm"));
  EXPECT_EQ(list(stan, "&status=not_randomised")["total"], 1);
  EXPECT_EQ(list(stan, "&status=randomised")["total"], 95);
  ASSERT_EQ(
      ivy.post("/api/v1/patients/RCT-990/randomise", {{"randomised_on", "2026-11-28"}}).status,
      201);
  const nlohmann::json after = list(stan, "&q=rct-990")["patients"][0];
  EXPECT_EQ(after["randomised"], true);
  EXPECT_EQ(after["randomised_on"], "2026-11-28");
  EXPECT_EQ(after["arm"], stan.get("/api/v1/patients/RCT-990").json["allocation"]["arm"]);
  EXPECT_EQ(list(ivy, "&status=randomised")["total"], us01 + 1);
  EXPECT_EQ(list(stan, "&status=not_randomised")["total"], 0);
}

}  // namespace
}  // namespace myoivig::server
