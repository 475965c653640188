// What every command that works on a study database needs: the store, the protocol the
// study was created with, and an audit context for writes made from the command line.
// Thread-safety: no shared state.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "domain/protocol.hpp"
#include "store/store.hpp"
#include "util/expected.hpp"

namespace myoivig::cli {

struct OpenStudy {
  std::unique_ptr<store::Store> store;
  store::StudyRecord record;
  domain::Protocol protocol;
};

// Opens the database at `location` and parses the protocol stored in it.
util::Expected<OpenStudy> open_study(const std::string& location);

// "cli:<login name>", the current UTC time, and `reason`.
store::AuditContext cli_audit_context(std::string reason);

// Today's date in UTC, for judging which visits are due.
util::Date today_utc();

// Loads a bundle folder into an open study in one transaction (load_command.cpp), after
// checking it together with the stored records; returns what was loaded.
util::Expected<domain::StudyData> load_bundle(OpenStudy& study, const std::string& bundle_dir);

// A file shipped with myoivig (protocols/, data/): under $MYOIVIG_HOME when set,
// otherwise under the source tree it was built from.
std::filesystem::path resource_path(const std::string& relative);

}  // namespace myoivig::cli
