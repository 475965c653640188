// Confirmed course plans in the blinded randomised trial (protocols/rct-ivig-2g.toml): a
// course planned in the blinded period is masked study drug, planned the same whatever the
// arm, so its stored plan tells investigators and monitors nothing about the arm.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using CoursePlanBlindedApiTest = testing::TrialServerTest;

// Enrols and randomises US-01 patients (RCT-900, RCT-901, ...) until one of each arm is
// found; returns {ivig patient, placebo patient} as the statistician sees the arms.
std::pair<std::string, std::string> one_patient_per_arm(testing::ApiClient& ivy,
                                                        testing::ApiClient& stan) {
  std::string ivig;
  std::string placebo;
  constexpr int k_block_size = 4;  // permuted blocks of 4: both arms within 4 patients
  for (int i = 0; i < k_block_size && (ivig.empty() || placebo.empty()); ++i) {
    const std::string id = "RCT-90" + std::to_string(i);
    const testing::Response enrolled =
        ivy.post("/api/v1/patients", {{"patient_id", id},
                                      {"site", "US-01"},
                                      {"sex", "F"},
                                      {"birth_year", 1970},
                                      {"diagnosis", "DM"},
                                      {"biopsy_proven", true},
                                      {"height_cm", 165},
                                      {"enrolment_date", "2026-11-02"}});
    EXPECT_EQ(enrolled.status, 201) << enrolled.body;
    const testing::Response randomised =
        ivy.post("/api/v1/patients/" + id + "/randomise", {{"randomised_on", "2026-11-28"}});
    EXPECT_EQ(randomised.status, 201) << randomised.body;
    const std::string arm = stan.get("/api/v1/patients/" + id).json["allocation"]["arm"];
    (arm == "placebo" ? placebo : ivig) = id;
  }
  return {ivig, placebo};
}

TEST_F(CoursePlanBlindedApiTest, AStoredPlanOfAMaskedCourseRevealsNoArm) {
  testing::ApiClient ivy = signed_in("ivy");
  testing::ApiClient mona = signed_in("mona");
  testing::ApiClient stan = signed_in("stan");
  const auto [ivig, placebo] = one_patient_per_arm(ivy, stan);
  ASSERT_FALSE(ivig.empty());
  ASSERT_FALSE(placebo.empty());
  const nlohmann::json form = {{"weight_kg", 70}, {"start_date", "2026-11-30"}};
  std::map<std::string, nlohmann::json> plans;  // patient -> ivy's read-back
  for (const std::string& id : {ivig, placebo}) {
    const testing::Response confirmed = ivy.post("/api/v1/patients/" + id + "/courses", form);
    ASSERT_EQ(confirmed.status, 201) << confirmed.body;
    EXPECT_EQ(confirmed.json["records"][0]["blinded"], true);  // in the blinded period
    for (const auto& [name, reader] : {std::pair{"ivy", &ivy}, std::pair{"mona", &mona}}) {
      const testing::Response read = reader->get("/api/v1/patients/" + id + "/courses/1/plan");
      ASSERT_EQ(read.status, 200) << name << ": " << read.body;
      EXPECT_EQ(read.json["plan"], confirmed.json["plan"]) << name;
      EXPECT_EQ(read.json["course"]["blinded"], true) << name;
      EXPECT_EQ(read.json["record"]["blinded"], true) << name;
      EXPECT_EQ(read.body.find("placebo"), std::string::npos) << name << ": " << read.body;
      EXPECT_EQ(read.body.find("\"arm\""), std::string::npos) << name;
      EXPECT_EQ(read.body.find("IVIG 2 g/kg every 4 weeks"), std::string::npos) << name;
      plans[id] = read.json;
    }
  }
  // Both arms: the same plan (Octagam 10 %, 0.4 g/kg x 70 kg = 28 g a day, 280 mL), the
  // same infusion days; only the patient differs.
  EXPECT_EQ(plans[ivig]["plan"], plans[placebo]["plan"]);
  EXPECT_EQ(plans[ivig]["infusion_days"], plans[placebo]["infusion_days"]);
  EXPECT_EQ(plans[ivig]["plan"]["product"]["name"], "Octagam 10%");
  EXPECT_EQ(plans[ivig]["plan"]["daily_dose_g"], 28);
  EXPECT_EQ(plans[ivig]["plan"]["volume_ml"], 280);
  // The statistician reads the same plan; the arm is on the allocation, not in the plan.
  EXPECT_EQ(stan.get("/api/v1/patients/" + placebo + "/courses/1/plan").json["plan"],
            plans[placebo]["plan"]);
}

}  // namespace
}  // namespace myoivig::server
