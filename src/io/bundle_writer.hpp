// Writes domain::StudyData as a study bundle (docs/bundle.md), the inverse of read_bundle:
// reading the folder back gives the same records in the same order. Numbers are written
// in their shortest exact form ("64.3", "27.5"), VAS in cm with one decimal, dates ISO
// 8601, times HH:MM, booleans true/false; a text field with a comma, quote or line break
// is quoted. manifest.csv and patients.csv are always written, every other file only when
// it has records. Text is stored trimmed by the reader, so a value with leading or
// trailing blanks does not come back unchanged.
// Thread-safety: no shared state; writes files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>

#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

// Records written per file stem ("patients", "visits", ...; the manifest not counted).
using BundleCounts = std::map<std::string, std::size_t>;

// Writes the bundle into `directory`, which must not exist or be empty. The files are
// written into "<directory>.partial" first and the folder is renamed into place at the
// end, so a failure leaves no half bundle behind. Fails with conflict when `directory`
// holds anything or "<directory>.partial" exists, io_error when a file cannot be written.
util::Expected<BundleCounts> write_bundle(const domain::StudyData& data,
                                          const std::filesystem::path& directory);

}  // namespace myoivig::io
