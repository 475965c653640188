// Builds myoivig records from a SourceTable with an ImportMapping: each [[entity]] of the
// mapping turns every row that carries its form (a row of the form's repeating instrument,
// or a plain row whose "<form>_complete" or one of the mapped fields of the form is filled)
// into one record. The mapped values are laid out as a row of the study bundle's file for
// that entity and parsed by the bundle's own row parsers (io/bundle_rows.hpp), so that an
// import reads types exactly as `myoivig load` does. Every problem is reported with the
// source row, the export column and the raw value.
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "domain/study_data.hpp"
#include "io/redcap/import_mapping.hpp"
#include "io/redcap/import_problem.hpp"
#include "io/redcap/redcap_dictionary.hpp"
#include "io/redcap/source_table.hpp"

namespace myoivig::io::redcap {

// Where one built record came from.
struct RecordOrigin {
  std::size_t line = 0;     // the source row's line
  std::size_t mapping = 0;  // index into ImportMapping::entities
};

struct ImportBatch {
  std::string file;  // the source file's name, for messages
  domain::StudyData data;
  // Per entity ("patients", ...), the origin of each record of `data`, in the same order.
  std::map<std::string, std::vector<RecordOrigin>, std::less<>> origins;
  std::size_t rows = 0;     // source rows read
  std::size_t records = 0;  // distinct REDCap records (record ids)
};

ImportBatch build_records(const SourceTable& table, const Dictionary& dictionary,
                          const ImportMapping& mapping, ImportProblems& problems);

// The export column a mapping reads for `bundle_column`, for messages; the bundle column
// itself when it is a constant or not mapped.
std::string source_column_of(const EntityMapping& mapping, std::string_view bundle_column);

}  // namespace myoivig::io::redcap
