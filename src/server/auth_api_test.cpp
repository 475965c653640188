// Logging in and out, sessions and login throttling, against a real server on loopback.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using AuthApiTest = ServerTest;

TEST_F(AuthApiTest, LoggingInGivesAnHttpOnlyStrictCookieAndTheSessionsCsrfToken) {
  testing::ApiClient api = client();
  const testing::Response login = api.log_in("ivy");
  ASSERT_EQ(login.status, 201) << login.body;
  const std::string cookie = login.header("Set-Cookie");
  EXPECT_EQ(cookie.substr(0, 16), "myoivig_session=");
  EXPECT_EQ(cookie.find(';'), 16u + 64u);  // 256 bits as 64 hex digits
  EXPECT_NE(cookie.find("; Path=/; HttpOnly; SameSite=Strict; Max-Age=28800"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP in this test
  EXPECT_EQ(login.json["user"]["name"], "ivy");
  EXPECT_EQ(login.json["user"]["role"], "investigator");
  EXPECT_EQ(login.json["user"]["site"], "JP-01");
  EXPECT_EQ(login.json["csrf_token"].get<std::string>().size(), 64u);
  EXPECT_EQ(login.json["expires_utc"], "2026-11-28T20:00:00.000Z");

  const testing::Response me = api.get("/api/v1/session");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json["user"]["name"], "ivy");
  EXPECT_EQ(me.json["csrf_token"], login.json["csrf_token"]);
  EXPECT_EQ(me.header("Cache-Control"), "no-store");
  EXPECT_EQ(client().get("/api/v1/session").status, 401);
  EXPECT_EQ(client().get("/api/v1/health").status, 200);
}

TEST_F(AuthApiTest, AWrongPasswordAndAnUnknownUserGetTheSameRefusal) {
  const testing::Response wrong = client().log_in("ivy", "not the password");
  const testing::Response unknown = client().log_in("nobody", "not the password");
  const testing::Response missing = client().post("/api/v1/session", {{"name", "ivy"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.json["error"]["message"], "wrong user name or password");
  EXPECT_EQ(unknown.json, wrong.json);
  EXPECT_TRUE(wrong.header("Set-Cookie").empty());
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(missing.json["errors"][0]["field"], "password");
}

TEST_F(AuthApiTest, FiveFailedLoginsForANameThrottleItUntilTheWindowHasPassed) {
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(client().log_in("ivy", "guess " + std::to_string(i)).status, 401);
  const testing::Response throttled = client().log_in("ivy");  // even the right password
  EXPECT_EQ(throttled.status, 429);
  EXPECT_EQ(throttled.json["error"]["code"], "throttled");
  EXPECT_EQ(throttled.header("Retry-After"), "900");
  EXPECT_EQ(client().log_in("ian").status, 201);  // other names are not locked
  advance_clock(std::chrono::minutes(16));
  EXPECT_EQ(client().log_in("ivy").status, 201);
}

TEST_F(AuthApiTest, TwentyFailedLoginsFromOneAddressThrottleEveryNameFromIt) {
  const char* names[] = {"u1", "u2", "u3", "u4", "u5"};
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(client().log_in(names[i % 5], "guess").status, 401);
  }
  EXPECT_EQ(client().log_in("mona").status, 429);
}

TEST_F(AuthApiTest, LoggingOutEndsTheSessionAndClearsTheCookie) {
  testing::ApiClient api = signed_in("mona");
  const testing::Response out = api.del("/api/v1/session");
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.header("Set-Cookie")
                .find("myoivig_session=; Path=/; HttpOnly; SameSite=Strict; "
                      "Max-Age=0"),
            std::string::npos);
  EXPECT_EQ(api.get("/api/v1/session").status, 401);
}

TEST_F(AuthApiTest, ASessionExpiresAfterItsLifetime) {
  testing::ApiClient api = signed_in("stan");
  advance_clock(std::chrono::hours(7) + std::chrono::minutes(59));
  EXPECT_EQ(api.get("/api/v1/session").status, 200);
  advance_clock(std::chrono::minutes(1));
  EXPECT_EQ(api.get("/api/v1/session").status, 401);
}

TEST_F(AuthApiTest, ADisabledUserCannotLogInAndLosesTheirSessions) {
  testing::ApiClient ivy = signed_in("ivy");
  testing::ApiClient admin = signed_in("ada");
  const testing::Response users = admin.get("/api/v1/users");
  ASSERT_EQ(users.status, 200);
  std::int64_t version = 0;
  for (const auto& user : users.json["users"]) {
    if (user["name"] == "ivy") version = user["version"];
    EXPECT_FALSE(user.contains("password_hash"));
  }
  const testing::Response disabled =
      admin.patch("/api/v1/users/ivy", {{"version", version}, {"disabled", true}});
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(disabled.json["user"]["disabled"], true);
  EXPECT_EQ(ivy.get("/api/v1/session").status, 401);
  EXPECT_EQ(client().log_in("ivy").status, 401);
}

TEST_F(AuthApiTest, AnAdminAddsUsersWithACheckedPassword) {
  testing::ApiClient admin = signed_in("ada");
  const testing::Response short_password =
      admin.post("/api/v1/users", {{"name", "nina"}, {"role", "monitor"}, {"password", "short"}});
  EXPECT_EQ(short_password.status, 422);
  EXPECT_EQ(short_password.json["errors"][0]["message"],
            "password: must have at least 10 characters, got 5");
  EXPECT_EQ(short_password.json["errors"][0]["value"], nullptr);  // never echoed
  const testing::Response added = admin.post(
      "/api/v1/users", {{"name", "nina"}, {"role", "monitor"}, {"password", "a long passphrase"}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json["user"]["role"], "monitor");
  EXPECT_EQ(client().log_in("nina", "a long passphrase").status, 201);
  EXPECT_EQ(signed_in("ivy").get("/api/v1/users").status, 403);
}

}  // namespace
}  // namespace myoivig::server
