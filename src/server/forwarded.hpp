// Behind a reverse proxy: what the server takes from X-Forwarded-For and from its public
// address. A proxy that ends TLS and forwards plain HTTP changes three things the server
// checks: the Origin browsers send is the public one (https://trial.example.org), not
// this server's own; session cookies must still be Secure; and every request comes from
// the proxy's address, so login throttling by address needs the client's address from
// X-Forwarded-For, believed only when the socket peer is a proxy the operator trusts.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include <httplib.h>

#include "server/server_options.hpp"
#include "util/expected.hpp"

namespace myoivig::server {

// --public-url as an origin ("https://trial.example.org", "http://10.0.0.5:8080"): scheme
// http or https, a host, an optional port, nothing after it but one "/". invalid_argument
// naming the value and the rule otherwise.
util::Expected<std::string> parse_public_url(std::string_view url);

// The origin a browser's write must come from: the public URL when set, otherwise this
// server's scheme and the request's Host.
std::string expected_origin(const httplib::Request& request, const ServerOptions& options);

// Whether session cookies get the Secure attribute: TLS here, or an https public URL.
bool secure_cookies(const ServerOptions& options);

// The client's address: the socket peer, unless the peer is a trusted proxy; then the
// rightmost X-Forwarded-For address that is not itself a trusted proxy (the client as
// the first trusted proxy saw it; entries further left are the client's own claims).
std::string client_address(const httplib::Request& request, const ServerOptions& options);

}  // namespace myoivig::server
