#include "server/cached_read.hpp"

namespace myoivig::server {

std::string audience_key(const Call& call) {
  if (!call.user) return "public";
  return std::string(store::code(call.user->role)) + "@" + call.user->site;
}

Reply cached_read(Call& call, const std::string& key,
                  const std::function<Reply(store::Store&)>& make) {
  auto lease = call.store();  // first: the lease notices commits since the last read
  if (!lease) return error_reply(lease.error());
  ReadCache& cache = *call.server.cache;
  const std::uint64_t epoch = cache.epoch();
  if (auto body = cache.find(key, epoch)) return Reply{k_ok, body->text, body->content_type, {}};
  Reply reply = make(**lease);
  if (reply.status == k_ok && reply.headers.empty()) {
    cache.put(key, epoch, {reply.content_type, reply.body});
  }
  return reply;
}

}  // namespace myoivig::server
