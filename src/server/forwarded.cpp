#include "server/forwarded.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "util/strings.hpp"

namespace myoivig::server {
namespace {

constexpr int k_max_port = 65535;

bool is_trusted(const ServerOptions& options, std::string_view address) {
  return std::find(options.trusted_proxies.begin(), options.trusted_proxies.end(), address) !=
         options.trusted_proxies.end();
}

bool valid_host(std::string_view host) {
  if (host.empty()) return false;
  if (host.front() == '[') return host.back() == ']' && host.size() > 2;  // IPv6 literal
  return std::all_of(host.begin(), host.end(),
                     [](unsigned char c) { return std::isalnum(c) != 0 || c == '-' || c == '.'; });
}

}  // namespace

util::Expected<std::string> parse_public_url(std::string_view url) {
  const auto refuse = [url](const std::string& rule) {
    return util::invalid_argument("--public-url: '" + std::string(url) + "' " + rule);
  };
  std::string_view rest = url;
  std::string scheme;
  for (const char* candidate : {"https://", "http://"}) {
    if (rest.rfind(candidate, 0) == 0) {
      scheme = candidate;
      rest.remove_prefix(scheme.size());
      break;
    }
  }
  if (scheme.empty()) return refuse("must start with https:// or http://");
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  if (rest.find_first_of("/?#@") != std::string_view::npos) {
    return refuse("must be scheme://host[:port] only (no path, query or user)");
  }
  std::string_view host = rest;
  const std::size_t colon = rest.rfind(':');
  if (colon != std::string_view::npos && rest.find(']', colon) == std::string_view::npos) {
    host = rest.substr(0, colon);
    const auto port = util::parse_integer(rest.substr(colon + 1));
    if (!port || *port < 1 || *port > k_max_port) {
      return refuse("has no valid port (1 to 65535) after ':'");
    }
  }
  if (!valid_host(host)) return refuse("has no valid host name");
  return util::to_lower(scheme + std::string(rest));
}

std::string expected_origin(const httplib::Request& request, const ServerOptions& options) {
  if (!options.public_url.empty()) return options.public_url;
  return std::string(options.cert_file.empty() ? "http://" : "https://") +
         request.get_header_value("Host");
}

bool secure_cookies(const ServerOptions& options) {
  return !options.cert_file.empty() || options.public_url.rfind("https://", 0) == 0;
}

std::string client_address(const httplib::Request& request, const ServerOptions& options) {
  if (!is_trusted(options, request.remote_addr)) return request.remote_addr;
  std::vector<std::string> hops;
  const std::size_t headers = request.get_header_value_count("X-Forwarded-For");
  for (std::size_t i = 0; i < headers; ++i) {
    for (const std::string& hop :
         util::split(request.get_header_value("X-Forwarded-For", i), ',')) {
      hops.emplace_back(util::trim(hop));
    }
  }
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    if (!hop->empty() && !is_trusted(options, *hop)) return *hop;
  }
  return request.remote_addr;  // only trusted proxies: the nearest one is the client
}

}  // namespace myoivig::server
