// Test support, not part of the library: a real server on loopback for API tests. Creates
// a study database in a temporary folder from a shipped protocol and demo bundle
// (data/demo/seed-study or data/demo/rct-trial), adds users of every role, starts
// WebServer on a free port in a thread with a settable clock and a captured access log,
// and gives an HTTP client (httplib::Client) that keeps the session cookie and the CSRF
// token like a browser page would.
// Thread-safety: one fixture per test.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "domain/randomisation.hpp"
#include "domain/study_design.hpp"
#include "io/bundle_reader.hpp"
#include "io/protocol_file.hpp"
#include "server/password_hash.hpp"
#include "server/web_server.hpp"
#include "store/open_store.hpp"
#include "util/file.hpp"

namespace myoivig::server::testing {

namespace fs = std::filesystem;

inline const std::string k_password = "correct horse battery";
inline constexpr const char* k_start_time = "2026-11-24T12:00:00Z";

struct Response {
  int status = 0;
  nlohmann::json json;
  std::string body;
  httplib::Headers headers;
  [[nodiscard]] std::string header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? "" : found->second;
  }
};

// A browser page's view of the API: the session cookie and the CSRF token it was given.
class ApiClient {
 public:
  explicit ApiClient(int port) : m_client("127.0.0.1", port) {
    m_client.set_read_timeout(std::chrono::seconds(30));
  }

  Response log_in(const std::string& name, const std::string& password = k_password) {
    Response response = send("POST", "/api/v1/session", {{"name", name}, {"password", password}});
    const std::string cookie = response.header("Set-Cookie");
    if (response.status == 201) {
      m_cookie = cookie.substr(0, cookie.find(';'));
      m_csrf = response.json.value("csrf_token", "");
    }
    return response;
  }

  Response get(const std::string& path) { return send("GET", path, nullptr); }
  Response post(const std::string& path, const nlohmann::json& body) {
    return send("POST", path, body);
  }
  Response patch(const std::string& path, const nlohmann::json& body) {
    return send("PATCH", path, body);
  }
  Response del(const std::string& path) { return send("DELETE", path, nullptr); }

  // Sends with the cookie, the CSRF token and `extra` headers (which override them).
  Response send(const std::string& method, const std::string& path, const nlohmann::json& body,
                const httplib::Headers& extra = {},
                const std::string& content_type = "application/json") {
    httplib::Headers headers;
    if (!m_cookie.empty()) headers.emplace("Cookie", m_cookie);
    if (!m_csrf.empty() && method != "GET") headers.emplace("X-CSRF-Token", m_csrf);
    for (const auto& [name, value] : extra) {
      headers.erase(name);
      headers.emplace(name, value);
    }
    const std::string text = body.is_null() ? "" : body.dump();
    httplib::Result result =
        method == "GET"     ? m_client.Get(path, headers)
        : method == "POST"  ? m_client.Post(path, headers, text, content_type.c_str())
        : method == "PATCH" ? m_client.Patch(path, headers, text, content_type.c_str())
                            : m_client.Delete(path, headers);
    Response response;
    if (!result) {
      if (!m_server_may_stop) ADD_FAILURE() << method << " " << path << ": no response";
      return response;
    }
    response.status = result->status;
    response.body = result->body;
    response.headers = result->headers;
    response.json = nlohmann::json::parse(result->body, nullptr, false);
    return response;
  }

  // A missing response (the server stopped) is then status 0, not a test failure.
  void expect_no_response_after_stop() { m_server_may_stop = true; }

  std::string& cookie() { return m_cookie; }
  std::string& csrf() { return m_csrf; }

 private:
  httplib::Client m_client;
  std::string m_cookie;
  std::string m_csrf;
  bool m_server_may_stop = false;
};

// Which demo study the server runs on.
enum class Demo { seed, rct };

class ServerTest : public ::testing::Test {
 protected:
  // The study and the users; override demo() to run on the randomised trial.
  virtual Demo demo() const { return Demo::seed; }
  // Changes the server's options before it starts (e.g. a reverse proxy in front).
  virtual void configure(ServerOptions& /*options*/) const {}

  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = fs::temp_directory_path() /
            ("myoivig-server-" + std::string(info->test_suite_name()) + "-" + info->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir / "web");
    std::ofstream(m_dir / "web" / "index.html") << "<!doctype html><title>myoivig</title>";
    create_study();
    ServerOptions options;
    options.database = (m_dir / "study.db").string();
    options.port = 0;
    options.web_dir = m_dir / "web";
    options.products_file = fs::path(MYOIVIG_SOURCE_DIR) / "data/products.toml";
    options.threads = 8;
    options.clock = [this] {
      return std::chrono::system_clock::from_time_t(k_start_epoch) +
             std::chrono::seconds(m_clock_seconds.load());
    };
    options.access_log = [this](std::string_view line) {
      const std::lock_guard lock(m_log_mutex);
      m_log.emplace_back(line);
    };
    configure(options);
    auto server = WebServer::open(std::move(options));
    ASSERT_TRUE(server) << server.error().message;
    m_server = std::move(*server);
    auto port = m_server->bind();
    ASSERT_TRUE(port) << port.error().message;
    m_port = *port;
    m_thread = std::thread([this] { (void)m_server->serve(); });
  }

  void TearDown() override {
    stop_server();
    m_server.reset();
    fs::remove_all(m_dir);
  }

  // Stops the server and waits until serve() has returned (requests finished, writes
  // committed).
  void stop_server() {
    if (m_server) m_server->stop();
    if (m_thread.joinable()) m_thread.join();
  }

  ApiClient client() { return ApiClient(m_port); }
  ApiClient signed_in(const std::string& name) {
    ApiClient api(m_port);
    const Response response = api.log_in(name);
    EXPECT_EQ(response.status, 201) << name << ": " << response.body;
    return api;
  }
  void advance_clock(std::chrono::seconds by) { m_clock_seconds += by.count(); }
  std::vector<std::string> access_log() {
    const std::lock_guard lock(m_log_mutex);
    return m_log;
  }
  std::unique_ptr<store::Store> open_store() {
    auto store = store::open_store((m_dir / "study.db").string());
    EXPECT_TRUE(store);
    return store ? std::move(*store) : nullptr;
  }

  static constexpr std::time_t k_start_epoch = 1'795'867'200;  // 2026-11-28T12:00:00Z

 private:
  void create_study() {
    const bool rct = demo() == Demo::rct;
    const fs::path source(MYOIVIG_SOURCE_DIR);
    auto text =
        util::read_file(source / (rct ? "protocols/rct-ivig-2g.toml" : "protocols/seed-ivig.toml"));
    ASSERT_TRUE(text);
    auto protocol = io::parse_protocol(*text);
    ASSERT_TRUE(protocol) << protocol.error().message;
    store::NewStudy study{store::StudyKind::study, protocol->id, *text, {}};
    if (rct) {
      auto scheme = domain::randomisation_scheme(protocol->design);
      ASSERT_TRUE(scheme);
      auto list = domain::allocation_list(*scheme);
      ASSERT_TRUE(list);
      study.allocation_list = std::move(*list);
    }
    const store::AuditContext context{"test:setup", "test study", k_start_time};
    auto store = store::create_store((m_dir / "study.db").string(), study, context);
    ASSERT_TRUE(store) << store.error().message;
    auto bundle = io::read_bundle(source / (rct ? "data/demo/rct-trial" : "data/demo/seed-study"));
    ASSERT_TRUE(bundle) << bundle.error().message;
    ASSERT_TRUE(io::check_bundle(*bundle, {}, *protocol));
    ASSERT_TRUE((*store)->add(bundle->data, context));
    const std::string site = rct ? "US-01" : "JP-01";
    const std::string other = rct ? "EU-01" : "JP-02";
    const struct {
      const char* name;
      store::Role role;
      std::string site;
    } users[] = {
        {"ivy", store::Role::investigator, site},   {"ian", store::Role::investigator, site},
        {"otto", store::Role::investigator, other}, {"mona", store::Role::monitor, ""},
        {"stan", store::Role::statistician, ""},    {"ada", store::Role::admin, ""}};
    for (const auto& user : users) {
      auto added = (*store)->write(
          {store::AddUser{{user.name, user.role, user.site, password_hash()}}, context});
      ASSERT_TRUE(added) << added.error().message;
    }
  }

  // One Argon2id hash of k_password for every user of every test (hashing is slow).
  static const std::string& password_hash() {
    static const std::string hash = *hash_password(k_password);
    return hash;
  }

  fs::path m_dir;
  std::unique_ptr<WebServer> m_server;
  std::thread m_thread;
  int m_port = 0;
  std::atomic<long long> m_clock_seconds{0};
  std::mutex m_log_mutex;
  std::vector<std::string> m_log;
};

// The same fixture on the randomised, blinded demo trial.
class TrialServerTest : public ServerTest {
 protected:
  Demo demo() const override { return Demo::rct; }
};

// A new seed-study patient of site JP-01 (SEED-99) as the enrolment form sends it.
inline nlohmann::json new_seed_patient() {
  return {{"patient_id", "SEED-99"},
          {"site", "JP-01"},
          {"sex", "F"},
          {"birth_year", 1960},
          {"diagnosis", "DM"},
          {"biopsy_proven", true},
          {"height_cm", 160},
          {"enrolment_date", "2026-11-02"}};
}

// The id of a record (or query) object of the API.
inline int id_of(const nlohmann::json& record) {
  return record["id"].get<int>();
}

// The object of `list` whose `key` is `value`; a test failure and null when there is none.
inline nlohmann::json with(const nlohmann::json& list, const std::string& key,
                           const nlohmann::json& value) {
  for (const auto& record : list) {
    if (record[key] == value) return record;
  }
  ADD_FAILURE() << "no " << key << " " << value << " in " << list.dump();
  return nullptr;
}

// Raises a query as `monitor` on a record (and one of its fields); the query as the
// answer gives it.
inline nlohmann::json raise_query(ApiClient& monitor, const std::string& patient,
                                  const std::string& entity, int record_id,
                                  const std::string& field = "") {
  nlohmann::json body = {{"patient_id", patient},
                         {"entity", entity},
                         {"record_id", record_id},
                         {"text", "Please check against the source document"}};
  if (!field.empty()) body["field"] = field;
  const Response raised = monitor.post("/api/v1/queries", body);
  EXPECT_EQ(raised.status, 201) << entity << ": " << raised.body;
  return raised.json["query"];
}

}  // namespace myoivig::server::testing
