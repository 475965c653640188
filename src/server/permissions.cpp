#include "server/permissions.hpp"

namespace myoivig::server {

using store::Role;

const std::vector<Role>& patient_readers() {
  static const std::vector<Role> roles{Role::investigator, Role::monitor, Role::statistician};
  return roles;
}
const std::vector<Role>& record_editors() {
  static const std::vector<Role> roles{Role::investigator};
  return roles;
}
const std::vector<Role>& query_raisers() {
  static const std::vector<Role> roles{Role::monitor};
  return roles;
}
const std::vector<Role>& report_readers() {
  static const std::vector<Role> roles{Role::statistician, Role::monitor};
  return roles;
}
const std::vector<Role>& user_admins() {
  static const std::vector<Role> roles{Role::admin};
  return roles;
}

bool can_see_patient(const store::SessionUser& user, const domain::Patient& patient) {
  switch (user.role) {
    case Role::investigator:
      return patient.site == user.site;
    case Role::monitor:
    case Role::statistician:
      return true;
    case Role::admin:
      break;
  }
  return false;
}

bool can_edit_patient(const store::SessionUser& user, const domain::Patient& patient) {
  return user.role == Role::investigator && patient.site == user.site;
}

std::optional<std::string> site_scope(const store::SessionUser& user) {
  if (user.role == Role::investigator) return user.site;
  return std::nullopt;
}

bool arm_visible(const store::SessionUser& user, const domain::Protocol& protocol) {
  if (!protocol.design.blinded) return true;
  return user.role != Role::investigator && user.role != Role::monitor;
}

bool sees_free_text(const store::SessionUser& user) {
  return user.role != Role::statistician;
}

bool can_read_report(const store::SessionUser& user, const domain::Protocol& protocol) {
  if (user.role == Role::statistician) return true;
  return user.role == Role::monitor && arm_visible(user, protocol);
}

}  // namespace myoivig::server
