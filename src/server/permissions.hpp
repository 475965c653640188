// What each role may see and do, enforced by the server (the UI only mirrors it):
// - investigator: reads and edits the patients of their own site;
// - monitor: reads every site, raises and closes data queries;
// - statistician: reads every site pseudonymised (no free text: notes, withdrawal reasons,
//   query texts), runs the analysis report;
// - admin: manages users; reads no patient data.
// In a blinded randomised study the arm is hidden from investigators and monitors (the
// allocation's arm and stratum slot, and its audit rows).
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/patient.hpp"
#include "domain/protocol.hpp"
#include "store/account.hpp"

namespace myoivig::server {

// Roles for Access lists.
const std::vector<store::Role>& patient_readers();  // investigator, monitor, statistician
const std::vector<store::Role>& record_editors();   // investigator
const std::vector<store::Role>& query_raisers();    // monitor
const std::vector<store::Role>& report_readers();   // statistician, monitor (unblinded only)
const std::vector<store::Role>& user_admins();      // admin

bool can_see_patient(const store::SessionUser& user, const domain::Patient& patient);
bool can_edit_patient(const store::SessionUser& user, const domain::Patient& patient);

// The site a user is limited to (investigators), or nullopt for every site.
std::optional<std::string> site_scope(const store::SessionUser& user);

bool arm_visible(const store::SessionUser& user, const domain::Protocol& protocol);

// Whether free-text fields are shown (not to statisticians: pseudonymised data).
bool sees_free_text(const store::SessionUser& user);

// Whether the user may read the analysis report: statisticians always, monitors when the
// arm is not hidden from them.
bool can_read_report(const store::SessionUser& user, const domain::Protocol& protocol);

}  // namespace myoivig::server
