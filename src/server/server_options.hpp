// ServerOptions: how `myoivig serve` runs: the study database, where it listens, the web
// UI's folder, TLS, a reverse proxy in front, worker threads, session lifetime and login
// throttling.
// Thread-safety: a plain value type.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "server/clock.hpp"

namespace myoivig::server {

struct ServerOptions {
  std::string database;  // the study database (`myoivig init`)
  std::string bind_address = "127.0.0.1";
  int port = 8080;                      // 0 picks a free port (tests)
  std::filesystem::path web_dir;        // static files of the UI; empty serves none
  std::filesystem::path products_file;  // product table for the dose planner
  std::string cert_file;                // TLS certificate (PEM); TLS when both are set
  std::string key_file;                 // TLS private key (PEM)
  // Behind a reverse proxy (server/forwarded.hpp): the origin browsers use, as
  // parse_public_url gives it ("" = this server's own), and the proxies' addresses whose
  // X-Forwarded-For is believed.
  std::string public_url;
  std::vector<std::string> trusted_proxies;
  std::size_t threads = 64;  // one per open connection (keep-alive)
  std::chrono::minutes session_lifetime{8 * 60};
  // Login throttling: after this many failed logins within the window, further logins
  // for the name (or from the address) are refused until the window has passed.
  int max_failures_per_name = 5;
  int max_failures_per_address = 20;
  std::chrono::minutes throttle_window{15};
  std::size_t max_batch = 256;  // writes committed together at most
  // Receives one JSON line per request (server/access_log.hpp); none when empty.
  std::function<void(std::string_view line)> access_log;
  Clock clock = system_clock();
};

}  // namespace myoivig::server
