// Planning an import against a study's stored records: which records are new, which are
// stored already and identical (skipped, so importing the same export twice changes
// nothing), and which clash with a stored record of the same key (refused, naming the
// record and the field: the store never updates a record). The new records are then
// checked with the same rules as a bundle load: each record's own rules
// (domain/record_rules.hpp) for every record, and the rules across records
// (domain/study_integrity.hpp) together with the stored records.
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/redcap/import_mapping.hpp"
#include "io/redcap/import_problem.hpp"
#include "io/redcap/record_builder.hpp"

namespace myoivig::io::redcap {

struct EntityCounts {
  std::size_t read = 0;       // records built from the source
  std::size_t added = 0;      // new to the study
  std::size_t unchanged = 0;  // stored already, identical
};

struct ImportPlan {
  domain::StudyData to_add;  // the new records; info.study_id set when the facts change
  std::map<std::string, EntityCounts, std::less<>> counts;  // per entity, every entity listed
  [[nodiscard]] bool empty() const;                         // nothing to write
};

// `existing` is every stored record (Store::read_all, whose info is the stored study's).
// Problems go to `problems`; integrity across records is checked only when no problem was
// found before (it would report their consequences again).
ImportPlan plan_import(const ImportBatch& batch, const ImportMapping& mapping,
                       const domain::StudyData& existing, const domain::Protocol& protocol,
                       ImportProblems& problems);

}  // namespace myoivig::io::redcap
