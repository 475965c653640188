// Cached reads: a GET handler's reply made once per database state and audience, then
// answered from the server's ReadCache until the next commit (read_cache.hpp says when a
// body goes stale). Only 200 replies are kept; errors are made again each time.
// Thread-safety: one Call per request; the cache is shared and thread-safe.
#pragma once

#include <functional>
#include <string>

#include "server/reply.hpp"
#include "server/server_context.hpp"
#include "store/store.hpp"

namespace myoivig::server {

// Who a reply is made for, as far as the permissions tell replies apart: the role and the
// site (site scoping, blinding and pseudonymisation follow from these and the protocol).
std::string audience_key(const Call& call);

// The reply under `key` from the cache, or `make` run on a leased read connection (and its
// 200 reply kept). `key` must name the route, the audience and every parameter and date
// the reply depends on.
Reply cached_read(Call& call, const std::string& key,
                  const std::function<Reply(store::Store&)>& make);

}  // namespace myoivig::server
