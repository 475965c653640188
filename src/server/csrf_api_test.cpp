// CSRF protection: every write needs the session's token in X-CSRF-Token, a same-origin
// browser context and a JSON body; refused writes save nothing.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using CsrfApiTest = ServerTest;

const nlohmann::json k_event = {
    {"course", 1},           {"term", "rash"},     {"onset_date", "2001-03-20"},
    {"serious", false},      {"severity", "mild"}, {"relatedness", "possible"},
    {"outcome", "recovered"}};

std::size_t events_of(testing::ApiClient& api) {
  return api.get("/api/v1/patients/SEED-01").json["adverse_events"].size();
}

TEST_F(CsrfApiTest, WritesWithoutTheSessionsTokenOrFromAnotherSiteAreRefused) {
  testing::ApiClient api = signed_in("ivy");
  const std::size_t before = events_of(api);
  const std::string path = "/api/v1/patients/SEED-01/adverse-events";
  const struct {
    const char* what;
    httplib::Headers headers;
    const char* code;
  } cases[] = {
      {"no token", {{"X-CSRF-Token", ""}}, "csrf"},
      {"another session's token", {{"X-CSRF-Token", std::string(64, 'a')}}, "csrf"},
      {"another origin", {{"Origin", "http://evil.example"}}, "cross_site"},
      {"a cross-site fetch", {{"Sec-Fetch-Site", "cross-site"}}, "cross_site"},
  };
  for (const auto& c : cases) {
    const testing::Response refused = api.send("POST", path, k_event, c.headers);
    EXPECT_EQ(refused.status, 403) << c.what;
    EXPECT_EQ(refused.json["error"]["code"], c.code) << c.what;
  }
  EXPECT_EQ(events_of(api), before);
  const testing::Response plain = api.send("POST", path, k_event, {}, "text/plain");
  EXPECT_EQ(plain.status, 415);
  EXPECT_EQ(events_of(api), before);
}

TEST_F(CsrfApiTest, ASameOriginWriteWithTheTokenIsAccepted) {
  testing::ApiClient api = signed_in("ivy");
  const std::size_t before = events_of(api);
  const testing::Response created = api.post("/api/v1/patients/SEED-01/adverse-events", k_event);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(events_of(api), before + 1);
}

TEST_F(CsrfApiTest, ALoginFromAnotherOriginIsRefused) {
  testing::ApiClient api = client();
  const testing::Response refused =
      api.send("POST", "/api/v1/session", {{"name", "ivy"}, {"password", testing::k_password}},
               {{"Origin", "https://evil.example"}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(refused.header("Set-Cookie").empty());
}

TEST_F(CsrfApiTest, ResponsesCarrySecurityHeaders) {
  const testing::Response page = client().get("/index.html");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(page.header("X-Frame-Options"), "SAMEORIGIN");
  EXPECT_NE(page.header("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(page.header("Content-Type"), "text/html");
  const testing::Response deep_link = client().get("/patients/SEED-01");
  EXPECT_EQ(deep_link.status, 200);  // the UI's index.html, for its own routing
  EXPECT_EQ(client().get("/missing.js").status, 404);
}

}  // namespace
}  // namespace myoivig::server
