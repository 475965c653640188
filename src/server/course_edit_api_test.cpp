// Editing a course of the blinded trial: whether the kit was masked study drug is a
// recorded fact a site may correct (with a reason, audited), within the protocol's rules.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using CourseEditApiTest = testing::TrialServerTest;

// RCT-001's course `number` on the patient page as ivy sees it.
nlohmann::json course_of(testing::ApiClient& api, int number) {
  const testing::Response page = api.get("/api/v1/patients/RCT-001");
  for (const auto& course : page.json["courses"]) {
    if (course["course"] == number) return course;
  }
  return nullptr;
}

std::string course_path(const nlohmann::json& course) {
  return "/api/v1/patients/RCT-001/courses/" + std::to_string(course["id"].get<int>());
}

TEST_F(CourseEditApiTest, TheMaskedFlagOfACourseIsCorrectedWithAReasonAndAudited) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json before = course_of(ivy, 2);
  ASSERT_EQ(before["blinded"], true);  // data/demo/rct-trial/courses.csv
  const testing::Response saved = ivy.patch(
      course_path(before),
      {{"version", before["version"]}, {"reason", "open-label vial given"}, {"blinded", false}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json["record"]["blinded"], false);
  const nlohmann::json after = course_of(ivy, 2);
  EXPECT_EQ(after["blinded"], false);  // stored, not only echoed
  EXPECT_EQ(after["version"], before["version"].get<int>() + 1);
  const testing::Response history = ivy.get("/api/v1/patients/RCT-001/audit?entity=courses&id=" +
                                            std::to_string(before["id"].get<int>()));
  ASSERT_EQ(history.status, 200) << history.body;
  const nlohmann::json& last = history.json["entries"].back();
  EXPECT_EQ(last["field"], "blinded");
  EXPECT_EQ(last["old_value"], "true");
  EXPECT_EQ(last["new_value"], "false");
  EXPECT_EQ(last["reason"], "open-label vial given");
}

}  // namespace
}  // namespace myoivig::server
