// Running an import: what every source (REDCap CSV, ODM XML) reads into the same
// ImportInput, then one shared step that plans it against the study's stored records and,
// when no problem was found anywhere and it is not a dry run, writes the new records with
// one Store::add: one transaction with its audit rows, all or nothing.
// Thread-safety: one import per Store (Store's own rule).
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "domain/protocol.hpp"
#include "io/redcap/import_mapping.hpp"
#include "io/redcap/import_plan.hpp"
#include "io/redcap/import_problem.hpp"
#include "io/redcap/record_builder.hpp"
#include "store/store.hpp"

namespace myoivig::io::redcap {

// Everything read from an export and its mapping, before the database is looked at.
struct ImportInput {
  std::string source;  // "redcap" or "odm"
  ImportMapping mapping;
  ImportBatch batch;
  ImportProblems problems;
  std::size_t fields = 0;  // fields of the project's dictionary
  std::size_t events = 0;  // events of a longitudinal project
};

struct ImportReport {
  std::string source;
  std::size_t rows = 0;     // source rows (records export rows, ODM form or group instances)
  std::size_t records = 0;  // REDCap records / ODM subjects
  std::size_t fields = 0;
  std::size_t events = 0;
  std::map<std::string, EntityCounts, std::less<>> counts;
  ImportProblems problems;
  bool dry_run = false;
  bool written = false;  // the new records are in the store
};

// Plans `input` against `store` and writes it unless a problem was found or `dry_run`.
// A failure of the store itself (unreadable, a conflict found while writing) is reported as
// a problem too, and then nothing is written.
ImportReport run_import(ImportInput input, store::Store& store, const domain::Protocol& protocol,
                        const store::AuditContext& context, bool dry_run);

}  // namespace myoivig::io::redcap
