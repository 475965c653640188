#include "store/account.hpp"

#include "util/enum_names.hpp"

namespace myoivig::store {
namespace {

constexpr util::EnumNames<Role, 4> k_roles{{
    {Role::admin, "admin"},
    {Role::investigator, "investigator"},
    {Role::monitor, "monitor"},
    {Role::statistician, "statistician"},
}};
constexpr std::size_t k_max_user_name = 64;

bool allowed_in_name(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-' || c == '@';
}

}  // namespace

std::string_view code(Role role) {
  return util::name_of(k_roles, role);
}

util::Expected<Role> parse_role(std::string_view text) {
  auto role = util::value_of(k_roles, text);
  if (!role) return role.error().with_context("role");
  return role;
}

util::Expected<void> check_user_name(std::string_view name) {
  bool ok = !name.empty() && name.size() <= k_max_user_name;
  for (const char c : name) ok = ok && allowed_in_name(c);
  if (ok) return {};
  return util::invalid_argument("name: '" + std::string(name) +
                                "' must be 1-64 letters, digits, '.', '_', '-' or '@'");
}

}  // namespace myoivig::store
