#include "store/data_query.hpp"

#include "util/enum_names.hpp"

namespace myoivig::store {
namespace {

constexpr util::EnumNames<QueryStatus, 3> k_statuses{{
    {QueryStatus::open, "open"},
    {QueryStatus::answered, "answered"},
    {QueryStatus::closed, "closed"},
}};

}  // namespace

std::string_view code(QueryStatus status) {
  return util::name_of(k_statuses, status);
}

util::Expected<QueryStatus> parse_query_status(std::string_view text) {
  auto status = util::value_of(k_statuses, text);
  if (!status) return status.error().with_context("status");
  return status;
}

}  // namespace myoivig::store
