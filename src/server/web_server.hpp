// WebServer: `myoivig serve`: the JSON API under /api/v1 (api_dispatch.hpp, routes.hpp)
// and the web UI's static files, over HTTP or HTTPS (cpp-httplib), on one study database:
// a pool of read connections and one group-commit writer.
//
// Lifecycle: open() reads the study and its protocol; bind() listens (port 0: any free
// port, returned); serve() handles requests until stop(), then waits for the requests in
// flight to finish and commits every write they queued, so a shutdown loses no save that
// was acknowledged. Every response carries security headers (CSP, nosniff, frame and
// referrer policy); API responses are not cached.
// Thread-safety: stop() may be called from any thread (e.g. a signal watcher); the rest
// from the thread that owns the server.
#pragma once

#include <memory>

#include "server/server_options.hpp"
#include "util/expected.hpp"

namespace httplib {
class Server;
}

namespace myoivig::server {

struct ServerContext;
class Router;

class WebServer {
 public:
  // Opens the study (not_found, corrupt) and the product table (a dose plan then reports
  // it missing), and checks the TLS files when given.
  static util::Expected<std::unique_ptr<WebServer>> open(ServerOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Listens on the options' address and port; returns the port. io_error when taken.
  util::Expected<int> bind();
  // Serves until stop(); then finishes in-flight requests and queued writes.
  util::Expected<void> serve();
  // Asks serve() to return. Safe from any thread, any number of times.
  void stop();

  [[nodiscard]] bool tls() const;

 private:
  WebServer() = default;
  void install_handlers();

  std::unique_ptr<ServerContext> m_context;
  std::unique_ptr<Router> m_router;
  std::unique_ptr<httplib::Server> m_http;
};

}  // namespace myoivig::server
