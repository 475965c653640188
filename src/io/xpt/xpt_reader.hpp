// Reads a SAS transport file (XPT version 5, as SAS and the FDA write it; version 8 is
// read too) into a Dataset, through libreadstat. Only the first dataset (member) of a file
// is read; a file holding more is refused.
//
// libreadstat accepts a file cut short in its data and returns the rows it found, so the
// structure is checked here as well: the file must start with a LIBRARY header record,
// be a whole number of 80-byte records, reach its OBS header, and end with the last row
// followed only by blank padding. A file cut at a row boundary that is also a record
// boundary cannot be told from a shorter one (XPT v5 stores no row count).
//
// Formats come back as "NAME[w].[d]" (e.g. "DATE9."); character values without their
// trailing blanks; SAS special missing values (.A-.Z, ._) as Missing.
// Thread-safety: no shared state; reads one file.
#pragma once

#include <filesystem>

#include "io/xpt/xpt_dataset.hpp"
#include "util/expected.hpp"

namespace myoivig::io::xpt {

// Fails with not_found when the file does not exist, io_error when it cannot be read,
// corrupt naming the file when it is not a SAS transport file or is truncated.
util::Expected<Dataset> read_xpt(const std::filesystem::path& path);

}  // namespace myoivig::io::xpt
