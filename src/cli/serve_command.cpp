// myoivig serve --db FILE [--port 8080] [--bind 127.0.0.1] [--web DIR] [--cert F --key F]
//               [--public-url URL] [--trusted-proxy ADDR]... [--threads N]
//               [--session-hours H] [--access-log FILE] [--json]
// Serves the web application on a study database (server/web_server.hpp): the JSON API
// under /api/v1 (docs/api.md) and the UI's static files from --web (default: the shipped
// web/ folder). One JSON line per request goes to the access log (default: standard
// output; "-" standard output, "" none). SIGINT or SIGTERM stops it gracefully: requests
// in flight finish and their writes are committed. Exit 0 after a clean stop, 2 when the
// database, the address or the TLS files are unusable.
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <pthread.h>
#include <signal.h>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "server/forwarded.hpp"
#include "server/web_server.hpp"

namespace myoivig::cli {
namespace {

constexpr const char* k_command = "serve";
constexpr int k_default_port = 8080;
constexpr auto k_signal_poll = std::chrono::milliseconds(200);

struct ServeOptions {
  std::string database;
  int port = k_default_port;
  std::string bind = "127.0.0.1";
  std::string web;
  std::string cert;
  std::string key;
  std::string public_url;
  std::vector<std::string> trusted_proxies;
  std::size_t threads = 64;
  int session_hours = 8;
  std::string access_log = "-";
  bool json = false;
};

// Writes each access log line whole, from any thread.
class LogSink {
 public:
  explicit LogSink(const std::string& target) {
    if (target != "-" && !target.empty()) m_file.open(target, std::ios::app);
    m_out = target == "-" ? &std::cout : (m_file.is_open() ? &m_file : nullptr);
  }
  [[nodiscard]] bool open() const { return m_out != nullptr; }
  void write(std::string_view line) {
    const std::lock_guard lock(m_mutex);
    *m_out << line << '\n' << std::flush;
  }

 private:
  std::mutex m_mutex;
  std::ofstream m_file;
  std::ostream* m_out = nullptr;
};

std::filesystem::path products_file() {
  const char* data_dir = std::getenv("MYOIVIG_DATA_DIR");
  if (data_dir != nullptr && *data_dir != '\0') {
    return std::filesystem::path(data_dir) / "products.toml";
  }
  return resource_path("data/products.toml");
}

int run_serve(const ServeOptions& options) {
  // Block the stop signals in every thread the server starts; one watcher takes them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto sink = std::make_shared<LogSink>(options.access_log);
  if (!options.access_log.empty() && !sink->open()) {
    return report_error(k_command,
                        util::io_error("--access-log: cannot write " + options.access_log));
  }
  server::ServerOptions settings;
  settings.database = options.database;
  settings.bind_address = options.bind;
  settings.port = options.port;
  settings.web_dir =
      options.web.empty() ? resource_path("web") : std::filesystem::path(options.web);
  if (!std::filesystem::is_directory(settings.web_dir)) settings.web_dir.clear();
  settings.products_file = products_file();
  settings.cert_file = options.cert;
  settings.key_file = options.key;
  if (!options.public_url.empty()) {
    auto origin = server::parse_public_url(options.public_url);
    if (!origin) return report_error(k_command, origin.error());
    settings.public_url = std::move(*origin);
  }
  settings.trusted_proxies = options.trusted_proxies;
  settings.threads = options.threads;
  settings.session_lifetime = std::chrono::hours(options.session_hours);
  if (!options.access_log.empty()) {
    settings.access_log = [sink](std::string_view line) { sink->write(line); };
  }
  auto web = server::WebServer::open(std::move(settings));
  if (!web) return report_error(k_command, web.error());
  auto port = (*web)->bind();
  if (!port) return report_error(k_command, port.error());
  const std::string url = std::string((*web)->tls() ? "https://" : "http://") + options.bind + ":" +
                          std::to_string(*port);
  if (options.json) {
    std::cout << nlohmann::json{{"url", url},
                                {"port", *port},
                                {"db", options.database},
                                {"tls", (*web)->tls()}}
                     .dump()
              << std::endl;
  }
  std::cerr << "myoivig serve: " << url << " (study " << options.database
            << "); SIGINT or SIGTERM stops it" << std::endl;

  std::atomic<bool> served{false};
  std::thread watcher([&] {
    const timespec poll{0, std::chrono::nanoseconds(k_signal_poll).count()};
    bool stopping = false;
    while (!served) {
      if (!stopping && sigtimedwait(&stop_signals, nullptr, &poll) > 0) stopping = true;
      if (stopping) {
        (*web)->stop();  // again until serve() returns: it may not have started listening
        std::this_thread::sleep_for(k_signal_poll / 4);
      }
    }
  });
  auto result = (*web)->serve();
  served = true;
  watcher.join();
  if (!result) return report_error(k_command, result.error());
  std::cerr << "myoivig serve: stopped; every write in flight was committed" << std::endl;
  return k_exit_success;
}

}  // namespace

void add_serve_command(CLI::App& app, int& status) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app.add_subcommand(
      "serve", "Serve the web application (JSON API under /api/v1 and the web UI)");
  command->add_option("--db", options->database, "Study database")->required();
  command->add_option("--port", options->port, "TCP port (default 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  command->add_option("--bind", options->bind, "Address to listen on (default 127.0.0.1)");
  command->add_option("--web", options->web, "Folder of the web UI (default: the shipped web/)");
  command->add_option("--cert", options->cert, "TLS certificate (PEM); needs --key");
  command->add_option("--key", options->key, "TLS private key (PEM); needs --cert");
  command->add_option("--public-url", options->public_url,
                      "Behind a reverse proxy: the address browsers use, e.g. "
                      "https://trial.example.org (writes must come from it; https makes the "
                      "session cookie Secure)");
  command->add_option("--trusted-proxy", options->trusted_proxies,
                      "Address of a reverse proxy whose X-Forwarded-For is believed for login "
                      "throttling (repeatable)");
  command
      ->add_option("--threads", options->threads,
                   "Worker threads, one per open connection (default 64)")
      ->check(CLI::Range(1, 4096));
  command->add_option("--session-hours", options->session_hours, "Hours a login lasts (default 8)")
      ->check(CLI::Range(1, 24 * 30));
  command->add_option("--access-log", options->access_log,
                      "Access log file, one JSON line per request ('-' standard output, the "
                      "default; '' none)");
  command->add_flag("--json", options->json,
                    "Print the address as one JSON document when listening");
  command->callback([options, &status] { status = run_serve(*options); });
}

}  // namespace myoivig::cli
