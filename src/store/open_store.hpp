// Creating and opening stores by location. A location is a file path (SQLite, the
// embedded default) or, later, a URL whose scheme names the backend.
// Thread-safety: no shared state.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "domain/randomisation.hpp"
#include "store/store.hpp"
#include "util/expected.hpp"

namespace myoivig::store {

struct NewStudy {
  StudyKind kind = StudyKind::study;
  std::string protocol_id;
  std::string protocol_text;
  // A randomised protocol's allocation list, stored concealed with the study (empty for a
  // single-arm protocol).
  std::vector<domain::AllocationSlot> allocation_list = {};
};

// Creates a new study database at `location`. Fails with conflict when it exists.
util::Expected<std::unique_ptr<Store>> create_store(const std::string& location,
                                                    const NewStudy& study,
                                                    const AuditContext& context);

// Opens an existing study database, applying pending schema migrations. Fails with
// not_found when there is none, corrupt when it is not a myoivig database.
util::Expected<std::unique_ptr<Store>> open_store(const std::string& location);

}  // namespace myoivig::store
