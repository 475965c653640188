// Reverse-proxy handling: the public URL as an origin, Secure cookies behind https, and
// the client address taken from X-Forwarded-For only when a trusted proxy sent it.
#include "server/forwarded.hpp"

#include <gtest/gtest.h>

namespace myoivig::server {
namespace {

TEST(ParsePublicUrl, GivesTheOriginOrNamesTheRule) {
  const struct {
    const char* url;
    const char* origin;  // null: refused with `rule`
    const char* rule;
  } cases[] = {
      {"https://trial.example.org", "https://trial.example.org", nullptr},
      {"https://Trial.Example.org/", "https://trial.example.org", nullptr},
      {"http://10.0.0.5:8080", "http://10.0.0.5:8080", nullptr},
      {"https://[2001:db8::1]:8443", "https://[2001:db8::1]:8443", nullptr},
      {"https://[2001:db8::1]", "https://[2001:db8::1]", nullptr},
      {"trial.example.org", nullptr, "must start with https:// or http://"},
      {"ftp://trial.example.org", nullptr, "must start with https:// or http://"},
      {"https://trial.example.org/myoivig", nullptr, "no path, query or user"},
      {"https://user@trial.example.org", nullptr, "no path, query or user"},
      {"https://trial.example.org:99999", nullptr, "no valid port (1 to 65535)"},
      {"https://trial.example.org:", nullptr, "no valid port (1 to 65535)"},
      {"https://", nullptr, "no valid host name"},
      {"https://trial_example.org", nullptr, "no valid host name"},
  };
  for (const auto& c : cases) {
    const auto origin = parse_public_url(c.url);
    if (c.origin != nullptr) {
      ASSERT_TRUE(origin) << c.url << ": " << origin.error().message;
      EXPECT_EQ(*origin, c.origin) << c.url;
    } else {
      ASSERT_FALSE(origin) << c.url;
      EXPECT_NE(origin.error().message.find(std::string("--public-url: '") + c.url + "'"),
                std::string::npos)
          << origin.error().message;
      EXPECT_NE(origin.error().message.find(c.rule), std::string::npos)
          << c.url << ": " << origin.error().message;
    }
  }
}

httplib::Request request_from(const std::string& peer, std::vector<std::string> forwarded) {
  httplib::Request request;
  request.remote_addr = peer;
  request.headers.emplace("Host", "127.0.0.1:8080");
  for (auto& value : forwarded) request.headers.emplace("X-Forwarded-For", std::move(value));
  return request;
}

TEST(ClientAddress, BelievesXForwardedForOnlyFromATrustedProxy) {
  ServerOptions options;
  options.trusted_proxies = {"127.0.0.1", "10.0.0.2"};
  const struct {
    const char* peer;
    std::vector<std::string> forwarded;
    const char* client;
  } cases[] = {
      {"203.0.113.9", {"198.51.100.1"}, "203.0.113.9"},  // not a proxy: its claim is ignored
      {"127.0.0.1", {}, "127.0.0.1"},                    // the proxy itself, nothing forwarded
      {"127.0.0.1", {"198.51.100.1"}, "198.51.100.1"},
      {"127.0.0.1", {"6.6.6.6, 198.51.100.1"}, "198.51.100.1"},    // the client's own claim left
      {"127.0.0.1", {"198.51.100.1, 10.0.0.2"}, "198.51.100.1"},   // two trusted hops
      {"127.0.0.1", {"6.6.6.6", "198.51.100.1"}, "198.51.100.1"},  // two header lines
      {"127.0.0.1", {"10.0.0.2"}, "127.0.0.1"},                    // only proxies: the nearest one
  };
  for (const auto& c : cases) {
    EXPECT_EQ(client_address(request_from(c.peer, c.forwarded), options), c.client) << c.peer;
  }
  options.trusted_proxies.clear();
  EXPECT_EQ(client_address(request_from("127.0.0.1", {"198.51.100.1"}), options), "127.0.0.1");
}

TEST(ExpectedOrigin, IsThePublicUrlWhenSetAndThisServerOtherwise) {
  ServerOptions options;
  const httplib::Request request = request_from("127.0.0.1", {});
  EXPECT_EQ(expected_origin(request, options), "http://127.0.0.1:8080");
  EXPECT_FALSE(secure_cookies(options));
  options.cert_file = "cert.pem";
  EXPECT_EQ(expected_origin(request, options), "https://127.0.0.1:8080");
  EXPECT_TRUE(secure_cookies(options));
  options.cert_file.clear();
  options.public_url = "https://trial.example.org";
  EXPECT_EQ(expected_origin(request, options), "https://trial.example.org");
  EXPECT_TRUE(secure_cookies(options));
  options.public_url = "http://10.0.0.5:8080";
  EXPECT_FALSE(secure_cookies(options));
}

}  // namespace
}  // namespace myoivig::server
