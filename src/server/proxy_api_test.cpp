// A server behind a TLS-ending reverse proxy (--public-url https://trial.example.org
// --trusted-proxy 127.0.0.1): browsers' writes from the public origin pass, others are
// refused; the session cookie is Secure; login throttling counts the forwarded client
// address, so one client's guesses do not lock out the others behind the same proxy.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;

class ProxyApiTest : public ServerTest {
 protected:
  void configure(ServerOptions& options) const override {
    options.public_url = "https://trial.example.org";
    options.trusted_proxies = {"127.0.0.1"};
  }
};

testing::Response log_in_from(testing::ApiClient& api, const std::string& client,
                              const std::string& name, const std::string& password) {
  return api.send("POST", "/api/v1/session", {{"name", name}, {"password", password}},
                  {{"X-Forwarded-For", client}, {"Origin", "https://trial.example.org"}});
}

TEST_F(ProxyApiTest, WritesFromThePublicOriginPassAndTheCookieIsSecure) {
  testing::ApiClient api = client();
  const testing::Response login = log_in_from(api, "198.51.100.7", "ivy", testing::k_password);
  ASSERT_EQ(login.status, 201) << login.body;
  EXPECT_NE(login.header("Set-Cookie").find("; Secure"), std::string::npos);
  const testing::Response direct =
      api.send("POST", "/api/v1/session", {{"name", "ivy"}, {"password", testing::k_password}},
               {{"Origin", "http://127.0.0.1"}});
  EXPECT_EQ(direct.status, 403);
  EXPECT_EQ(direct.json["error"]["code"], "cross_site");
  EXPECT_EQ(direct.json["error"]["message"],
            "a write from origin http://127.0.0.1 is refused: this server is "
            "https://trial.example.org (behind a proxy, start it with --public-url)");
}

TEST_F(ProxyApiTest, ThrottlingCountsTheForwardedClientAddress) {
  testing::ApiClient api = client();
  const char* names[] = {"u1", "u2", "u3", "u4", "u5"};
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(log_in_from(api, "198.51.100.66", names[i % 5], "guess").status, 401);
  }
  EXPECT_EQ(log_in_from(api, "198.51.100.66", "mona", testing::k_password).status, 429);
  // Another client behind the same proxy is not locked out ...
  EXPECT_EQ(log_in_from(api, "198.51.100.7", "mona", testing::k_password).status, 201);
  // ... and a client cannot escape by claiming another address left of the proxy's entry.
  EXPECT_EQ(log_in_from(api, "203.0.113.1, 198.51.100.66", "stan", testing::k_password).status,
            429);
}

}  // namespace
}  // namespace myoivig::server
