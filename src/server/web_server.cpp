#include "server/web_server.hpp"

#include <chrono>
#include <filesystem>

#include <httplib.h>

#include "io/product_table.hpp"
#include "io/protocol_file.hpp"
#include "server/access_log.hpp"
#include "server/api_dispatch.hpp"
#include "server/routes.hpp"
#include "server/server_context.hpp"
#include "store/open_store.hpp"

namespace myoivig::server {
namespace {

constexpr std::size_t k_keep_alive_requests = 10'000;
constexpr std::size_t k_max_body_bytes = 1 << 20;  // 1 MiB: forms are small
// Reply bodies the read cache keeps (a patient page is ~10-50 kB: at most ~100 MB).
constexpr std::size_t k_cached_bodies = 2'000;

// Per worker thread: when the current request started and what the log should call it.
struct RequestLog {
  std::chrono::steady_clock::time_point start;
  std::string path_template;
  std::string role;
};
thread_local RequestLog t_request;

httplib::Headers security_headers() {
  return {{"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "SAMEORIGIN"},
          {"Referrer-Policy", "no-referrer"},
          {"Content-Security-Policy",
           "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
           "frame-ancestors 'self'; form-action 'self'; base-uri 'none'"}};
}

bool looks_like_page(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return path.find('.', slash == std::string::npos ? 0 : slash) == std::string::npos;
}

}  // namespace

util::Expected<std::unique_ptr<WebServer>> WebServer::open(ServerOptions options) {
  auto context = std::make_unique<ServerContext>();
  MYOIVIG_TRY_ASSIGN(store, store::open_store(options.database));
  MYOIVIG_TRY_ASSIGN(study, store->study());
  auto protocol = io::parse_protocol(study.protocol_text);
  if (!protocol) {
    return util::corrupt(options.database +
                         ": the stored protocol no longer reads: " + protocol.error().message);
  }
  if (!options.products_file.empty()) {
    auto products = io::read_product_table(options.products_file);
    if (products) {
      context->products = std::move(*products);
    } else {
      context->products_error = products.error().message;
    }
  } else {
    context->products_error = "the server was started without a product table";
  }
  const bool tls = !options.cert_file.empty() || !options.key_file.empty();
  if (tls && (options.cert_file.empty() || options.key_file.empty())) {
    return util::invalid_argument("--cert and --key: TLS needs both the certificate and the key");
  }
  context->protocol = std::move(*protocol);
  context->study = std::move(study);
  context->cache = std::make_unique<ReadCache>(k_cached_bodies);
  context->readers = std::make_unique<StorePool>(
      options.database, [cache = context->cache.get()] { cache->invalidate(); });
  context->writer = std::make_unique<GroupWriter>(std::move(store), options.max_batch);
  context->options = std::move(options);

  std::unique_ptr<WebServer> server(new WebServer());
  if (tls) {
    auto secure = std::make_unique<httplib::SSLServer>(context->options.cert_file.c_str(),
                                                       context->options.key_file.c_str());
    if (!secure->is_valid()) {
      return util::invalid_argument("--cert/--key: " + context->options.cert_file + ", " +
                                    context->options.key_file +
                                    ": not a readable PEM certificate and matching key");
    }
    server->m_http = std::move(secure);
  } else {
    server->m_http = std::make_unique<httplib::Server>();
  }
  server->m_context = std::move(context);
  server->m_router = std::make_unique<Router>(api_router());
  server->install_handlers();
  return server;
}

WebServer::~WebServer() {
  stop();
  if (m_context && m_context->writer) m_context->writer->stop();
}

bool WebServer::tls() const {
  return !m_context->options.cert_file.empty();
}

void WebServer::install_handlers() {
  httplib::Server& http = *m_http;
  ServerContext& context = *m_context;
  const Router& router = *m_router;
  const std::size_t threads = context.options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_keep_alive_max_count(k_keep_alive_requests);
  // httplib writes a response's head and body separately: without TCP_NODELAY, Nagle's
  // algorithm and the client's delayed ACK hold the body back by ~40 ms.
  http.set_tcp_nodelay(true);
  http.set_payload_max_length(k_max_body_bytes);
  http.set_default_headers(security_headers());

  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    t_request = {std::chrono::steady_clock::now(), "/(static)", ""};
    return httplib::Server::HandlerResponse::Unhandled;
  });
  const auto api = [&router, &context](const httplib::Request& request,
                                       httplib::Response& response) {
    Dispatched dispatched = dispatch(router, context, request);
    t_request.path_template = std::move(dispatched.path_template);
    t_request.role = std::move(dispatched.role);
    Reply& reply = dispatched.reply;
    response.status = reply.status;
    for (auto& [name, value] : reply.headers) response.set_header(name, value);
    response.set_header("Cache-Control", "no-store");
    if (!reply.body.empty()) response.set_content(std::move(reply.body), reply.content_type);
  };
  for (const char* pattern : {"/api", "/api/.*"}) {
    http.Get(pattern, api);
    http.Post(pattern, api);
    http.Put(pattern, api);
    http.Patch(pattern, api);
    http.Delete(pattern, api);
  }
  const std::filesystem::path web_dir = context.options.web_dir;
  if (!web_dir.empty()) {
    http.set_mount_point("/", web_dir.string());
    // A page address of the UI (no file extension) gets the UI's index.html.
    http.Get(".*", [web_dir](const httplib::Request& request, httplib::Response& response) {
      const std::filesystem::path index = web_dir / "index.html";
      if (!looks_like_page(request.path) || !std::filesystem::exists(index)) {
        t_request.path_template = "/(unmatched)";
        response.status = k_not_found;
        return;
      }
      std::string html;
      httplib::detail::read_file(index.string(), html);
      response.set_content(std::move(html), "text/html");
    });
  }
  if (const auto& sink = context.options.access_log) {
    http.set_logger(
        [sink, &context](const httplib::Request& request, const httplib::Response& response) {
          const auto elapsed = std::chrono::steady_clock::now() - t_request.start;
          const bool started = t_request.start != std::chrono::steady_clock::time_point{};
          const bool unmatched = t_request.path_template.empty() ||
                                 (t_request.path_template == "/(static)" && response.status == 404);
          sink(access_log_line(
              {context.now_utc(), request.method,
               unmatched ? "/(unmatched)" : t_request.path_template, response.status,
               started ? std::chrono::duration<double, std::milli>(elapsed).count() : 0.0,
               t_request.role}));
          t_request = {};
        });
  }
}

util::Expected<int> WebServer::bind() {
  const ServerOptions& options = m_context->options;
  const int port =
      options.port == 0
          ? m_http->bind_to_any_port(options.bind_address)
          : (m_http->bind_to_port(options.bind_address, options.port) ? options.port : -1);
  if (port < 0) {
    return util::io_error(options.bind_address + ":" + std::to_string(options.port) +
                          ": cannot listen (in use, or not an address of this machine)");
  }
  return port;
}

util::Expected<void> WebServer::serve() {
  const bool clean = m_http->listen_after_bind();
  // Every request has finished (the worker threads are joined): commit what they queued.
  m_context->writer->stop();
  if (!clean) return util::io_error("the server stopped listening unexpectedly");
  return {};
}

void WebServer::stop() {
  if (m_http) m_http->stop();
}

}  // namespace myoivig::server
