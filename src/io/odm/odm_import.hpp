// Reading a CDISC ODM 1.3 file (REDCap project XML, OpenClinica extracts) for import: the
// clinical data are laid out as rows of a REDCap flat export (one row per subject, event
// and repeat instance; a repeating form, item group or event gives one row per repeat key),
// checked against the file's own metadata, and mapped with the same mapping file as a
// REDCap import (io/redcap/import_mapping.hpp; docs/import.md). The result goes to
// io::redcap::run_import.
// Thread-safety: reads files; no shared state.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "io/redcap/import_run.hpp"
#include "io/redcap/redcap_records.hpp"

namespace myoivig::io::odm {

redcap::ImportInput read_odm_export(const std::filesystem::path& odm_file,
                                    const std::filesystem::path& mapping_file,
                                    const redcap::ReadProgress& progress = {});

// The same, from the ODM text and a parsed mapping (for tests and callers that hold them).
redcap::ImportInput read_odm_text(std::string_view text, const std::string& file_name,
                                  redcap::ImportMapping mapping,
                                  const redcap::ReadProgress& progress = {});

}  // namespace myoivig::io::odm
