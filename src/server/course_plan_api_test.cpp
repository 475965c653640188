// The course planner's product list and confirmed plans, against a real server on loopback:
// GET /api/v1/products is data/products.toml; a confirmed course's plan reads back as it was
// confirmed (GET .../courses/{n}/plan), is stored with the course or not at all, is not
// there for courses loaded from a bundle, follows the patient page's site scoping, and
// reveals no arm in a blinded trial.
#include <gtest/gtest.h>

#include "server/product_json.hpp"
#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using CoursePlanApiTest = ServerTest;

// SEED-99's planner form: 60 kg, day 1 on 2026-11-30, diabetes entered.
const nlohmann::json k_plan_form = {{"weight_kg", 60},
                                    {"start_date", "2026-11-30"},
                                    {"product", "PEG-IgG 5%"},
                                    {"risk_factors", {"diabetes"}}};

const nlohmann::json* product_named(const nlohmann::json& list, const std::string& name) {
  for (const auto& product : list["products"]) {
    if (product["name"] == name) return &product;
  }
  return nullptr;
}

TEST_F(CoursePlanApiTest, TheProductListIsTheServersProductTable) {
  testing::ApiClient ivy = signed_in("ivy");
  const testing::Response list = ivy.get("/api/v1/products");
  ASSERT_EQ(list.status, 200) << list.body;
  // data/products.toml, in its order.
  std::vector<std::string> names;
  for (const auto& product : list.json["products"]) names.push_back(product["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"Octagam 10%", "Gamunex-C", "Gammagard Liquid",
                                             "Privigen", "PEG-IgG 5%"}));
  EXPECT_EQ(list.json["regimen_product"], "PEG-IgG 5%");  // protocols/seed-ivig.toml

  const nlohmann::json* octagam = product_named(list.json, "Octagam 10%");
  ASSERT_NE(octagam, nullptr);
  EXPECT_EQ((*octagam)["id"], "octagam-10");
  EXPECT_EQ((*octagam)["concentration_g_per_ml"], 0.1);
  EXPECT_EQ((*octagam)["vials_g"], nlohmann::json({2, 5, 10, 20, 30}));
  EXPECT_EQ((*octagam)["contains_maltose"], true);
  EXPECT_EQ((*octagam)["max_dose_g_per_kg_per_day"], 1.0);
  EXPECT_EQ((*octagam)["max_dose_g_per_kg_per_course"], 2.0);
  EXPECT_EQ((*octagam)["min_age_years"], 18);
  EXPECT_EQ((*octagam)["rate"], nlohmann::json({{"unit", "mL/kg/min"},
                                                {"start", 0.01},
                                                {"step", 0.01},
                                                {"step_interval_min", 30},
                                                {"max", 0.04},
                                                {"at_risk_max", 0.03}}));
  const nlohmann::json* gammagard = product_named(list.json, "Gammagard Liquid");
  ASSERT_NE(gammagard, nullptr);
  EXPECT_EQ((*gammagard)["vials_g"], nlohmann::json({1, 2.5, 5, 10, 20, 30}));
  EXPECT_EQ((*gammagard)["max_dose_g_per_kg_per_course"], 2.4);
  EXPECT_EQ((*gammagard)["min_age_years"], nullptr);
  EXPECT_EQ((*gammagard)["rate"]["unit"], "mL/kg/h");
  EXPECT_EQ((*gammagard)["rate"]["start"], 0.5);
  EXPECT_EQ((*gammagard)["rate"]["max"], 5.0);
  EXPECT_EQ((*gammagard)["rate"]["at_risk_max"], 1.8);
  const nlohmann::json* peg = product_named(list.json, "PEG-IgG 5%");
  ASSERT_NE(peg, nullptr);
  EXPECT_EQ((*peg)["concentration_g_per_ml"], 0.05);
  EXPECT_EQ((*peg)["vials_g"], nlohmann::json({2.5, 5}));
  EXPECT_EQ((*peg)["contains_maltose"], nullptr);  // not recorded in the table
  EXPECT_EQ((*peg)["max_dose_g_per_kg_per_day"], 0.4);
  EXPECT_NE((*peg)["assumption"].get<std::string>().find("vial sizes"), std::string::npos);

  // Any signed-in user; nobody else.
  for (const char* name : {"mona", "stan", "ada"}) {
    EXPECT_EQ(signed_in(name).get("/api/v1/products").json, list.json) << name;
  }
  EXPECT_EQ(client().get("/api/v1/products").status, 401);
}

TEST(ProductsReply, WithoutAProductTableTheListIs503WithTheReason) {
  const Reply reply =
      products_reply(std::nullopt, "data/products.toml: cannot open file", "PEG-IgG 5%");
  EXPECT_EQ(reply.status, 503);
  const nlohmann::json body = nlohmann::json::parse(reply.body);
  EXPECT_EQ(body["error"]["code"], "no_product_table");
  EXPECT_EQ(body["error"]["message"],
            "the product table could not be read, so no course can be planned: "
            "data/products.toml: cannot open file");
  // A table without the regimen's product still lists the others.
  io::ProductTable table;
  table.products.push_back({});
  table.products.back().id = "octagam-10";
  table.products.back().name = "Octagam 10%";
  const Reply listed = products_reply(table, "", "PEG-IgG 5%");
  EXPECT_EQ(listed.status, 200);
  EXPECT_EQ(nlohmann::json::parse(listed.body)["regimen_product"], nullptr);
}

TEST_F(CoursePlanApiTest, AConfirmedPlanReadsBackAsItWasConfirmed) {
  testing::ApiClient ivy = signed_in("ivy");
  ASSERT_EQ(ivy.post("/api/v1/patients", testing::new_seed_patient()).status, 201);
  const testing::Response proposal = ivy.post("/api/v1/patients/SEED-99/dose-plan", k_plan_form);
  ASSERT_EQ(proposal.status, 200) << proposal.body;
  const testing::Response confirmed = ivy.post("/api/v1/patients/SEED-99/courses", k_plan_form);
  ASSERT_EQ(confirmed.status, 201) << confirmed.body;
  EXPECT_EQ(confirmed.json["plan"], proposal.json["plan"]);  // what the clinician checked

  const testing::Response read = ivy.get("/api/v1/patients/SEED-99/courses/1/plan");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json["plan"].dump(), confirmed.json["plan"].dump());
  EXPECT_EQ(read.json["infusion_days"].dump(), confirmed.json["infusion_days"].dump());
  nlohmann::json course = confirmed.json["records"][0];
  EXPECT_EQ(read.json["record"], course);
  course.erase("id");
  course.erase("version");
  EXPECT_EQ(read.json["course"], course);
  EXPECT_EQ(read.json["patient_id"], "SEED-99");
  EXPECT_EQ(read.json["course_number"], 1);
  EXPECT_EQ(read.json["confirmed_by"], "web:ivy");
  EXPECT_EQ(read.json["confirmed_at"], "2026-11-28T12:00:00.000Z");
  // Entered: diabetes; the planner adds advanced age (thrombosis) and age over 65 (renal)
  // from the patient's age (born 1960, 66 on 2026-11-30).
  EXPECT_EQ(read.json["risk_factors_entered"], nlohmann::json({"diabetes"}));
  EXPECT_EQ(read.json["plan"]["risk_factors"], nlohmann::json({"age", "diabetes", "age_over_65"}));
  // 0.4 g/kg x 60 kg = 24 g a day: 480 mL of a 5 % solution, five 5 g vials (1 g waste).
  EXPECT_EQ(read.json["plan"]["dosing_weight_kg"], 60);
  EXPECT_EQ(read.json["plan"]["weight_policy"], "actual");
  EXPECT_EQ(read.json["plan"]["daily_dose_g"], 24);
  EXPECT_EQ(read.json["plan"]["vials"], nlohmann::json({{{"size_g", 5}, {"count", 5}}}));
  EXPECT_EQ(read.json["plan"]["waste_g"], 1);
  ASSERT_EQ(read.json["infusion_days"].size(), 5u);
  EXPECT_EQ(
      read.json["infusion_days"][4],
      nlohmann::json(
          {{"course", 1}, {"day", 5}, {"date", "2026-12-04"}, {"dose_g", 24}, {"volume_ml", 480}}));
  EXPECT_FALSE(read.json["plan"]["warnings"].empty());
  EXPECT_FALSE(read.json["plan"]["formulas"].empty());

  // The plan is created with the course, audited with it; an edit of the course later
  // leaves the confirmed plan as it was.
  const testing::Response audit = ivy.get("/api/v1/patients/SEED-99/audit");
  int plan_rows = 0;
  for (const auto& entry : audit.json["entries"]) {
    if (entry["entity"] != "course_plans") continue;
    ++plan_rows;
    EXPECT_EQ(entry["record"], "SEED-99/course 1");
    EXPECT_EQ(entry["actor"], "web:ivy");
    EXPECT_EQ(entry["reason"], "confirmed in the course planner");
  }
  EXPECT_EQ(plan_rows, 1);
  const std::string course_path = "/api/v1/patients/SEED-99/courses/" +
                                  std::to_string(confirmed.json["records"][0]["id"].get<int>());
  ASSERT_EQ(
      ivy.patch(course_path, {{"version", 1}, {"reason", "reweighed"}, {"dosing_weight_kg", 61}})
          .status,
      200);
  const testing::Response after_edit = ivy.get("/api/v1/patients/SEED-99/courses/1/plan");
  EXPECT_EQ(after_edit.json["plan"], read.json["plan"]);
  EXPECT_EQ(after_edit.json["record"]["dosing_weight_kg"], 61);
  EXPECT_EQ(after_edit.json["record"]["version"], 2);
}

TEST_F(CoursePlanApiTest, ACourseLoadedFromTheBundleHasNoStoredPlan) {
  testing::ApiClient ivy = signed_in("ivy");
  ASSERT_EQ(ivy.get("/api/v1/patients/SEED-01").json["courses"].size(), 1u);
  const testing::Response loaded = ivy.get("/api/v1/patients/SEED-01/courses/1/plan");
  EXPECT_EQ(loaded.status, 404);
  EXPECT_EQ(loaded.json["error"]["code"], "not_found");
  EXPECT_NE(loaded.json["error"]["message"].get<std::string>().find(
                "course 1 of SEED-01 was not planned in the web application"),
            std::string::npos)
      << loaded.body;
  for (const char* course : {"2", "0", "one"}) {
    const testing::Response missing =
        ivy.get(std::string("/api/v1/patients/SEED-01/courses/") + course + "/plan");
    EXPECT_EQ(missing.status, 404) << course;
    EXPECT_EQ(missing.json["error"]["message"],
              std::string("patient SEED-01 has no course ") + course);
  }
}

TEST_F(CoursePlanApiTest, APlanIsReadWhereThePatientIsVisible) {
  testing::ApiClient ivy = signed_in("ivy");
  ASSERT_EQ(ivy.post("/api/v1/patients", testing::new_seed_patient()).status, 201);
  ASSERT_EQ(ivy.post("/api/v1/patients/SEED-99/courses", k_plan_form).status, 201);
  const testing::Response own = ivy.get("/api/v1/patients/SEED-99/courses/1/plan");
  ASSERT_EQ(own.status, 200);
  // Another site's investigator: the patient does not exist for them.
  const testing::Response other = signed_in("otto").get("/api/v1/patients/SEED-99/courses/1/plan");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.body.find("diabetes"), std::string::npos);
  EXPECT_EQ(other.json["error"]["message"],
            "patient 'SEED-99' is not in the study or not at your site");
  for (const char* reader : {"ian", "mona", "stan"}) {
    const testing::Response read = signed_in(reader).get("/api/v1/patients/SEED-99/courses/1/plan");
    EXPECT_EQ(read.status, 200) << reader;
    EXPECT_EQ(read.json["plan"], own.json["plan"]) << reader;
  }
  EXPECT_EQ(signed_in("ada").get("/api/v1/patients/SEED-99/courses/1/plan").status, 403);
}

TEST_F(CoursePlanApiTest, ARefusedPlanOrCourseStoresNothing) {
  testing::ApiClient ivy = signed_in("ivy");
  ASSERT_EQ(ivy.post("/api/v1/patients", testing::new_seed_patient()).status, 201);
  const auto audit_rows = [&] {
    return ivy.get("/api/v1/patients/SEED-99/audit").json["entries"].size();
  };
  const std::size_t rows_before = audit_rows();
  nlohmann::json contraindicated = k_plan_form;
  contraindicated["risk_factors"] = {"severe_hypersensitivity"};
  const testing::Response refused = ivy.post("/api/v1/patients/SEED-99/courses", contraindicated);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json["errors"][0]["field"], "plan");
  nlohmann::json unknown_product = k_plan_form;
  unknown_product["product"] = "Hizentra";
  EXPECT_EQ(ivy.post("/api/v1/patients/SEED-99/courses", unknown_product).status, 422);
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-99").json["courses"].size(), 0u);
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-99/courses/1/plan").status, 404);
  EXPECT_EQ(audit_rows(), rows_before);
  std::unique_ptr<store::Store> db = open_store();
  ASSERT_TRUE(db);
  auto stored = db->course_plan("SEED-99", 1);
  ASSERT_TRUE(stored);
  EXPECT_FALSE(*stored);

  // A second course 1 is refused whole: the first plan stays the only one.
  ASSERT_EQ(ivy.post("/api/v1/patients/SEED-99/courses", k_plan_form).status, 201);
  const std::size_t rows_with_course = audit_rows();
  nlohmann::json again = k_plan_form;
  again["course"] = 1;
  again["weight_kg"] = 70;
  const testing::Response duplicate = ivy.post("/api/v1/patients/SEED-99/courses", again);
  EXPECT_TRUE(duplicate.status == 409 || duplicate.status == 422) << duplicate.body;
  EXPECT_EQ(audit_rows(), rows_with_course);
  EXPECT_EQ(ivy.get("/api/v1/patients/SEED-99/courses/1/plan").json["plan"]["dosing_weight_kg"],
            60);
}

}  // namespace
}  // namespace myoivig::server
