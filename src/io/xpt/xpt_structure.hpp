// The record structure of a SAS transport file, checked without libreadstat (which reads a
// damaged file without complaint): the LIBRARY header record, whole 80-byte records, the
// OBS header record where the rows begin, and blank padding after the last row.
// Used by read_xpt (io/xpt/xpt_reader.hpp). Thread-safety: no shared state; reads files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "util/expected.hpp"

namespace myoivig::io::xpt {

constexpr std::size_t k_record_length = 80;

struct XptLayout {
  std::uintmax_t file_size = 0;
  std::uintmax_t data_offset = 0;  // first byte of the first row, after the OBS header
  int version = 5;                 // 5 or 8, from the LIBRARY header record
};

// Finds the layout of the file at `path`. Fails with not_found when it does not exist,
// corrupt naming the file when its first record is not a SAS transport LIBRARY header,
// when it is not a whole number of 80-byte records, or when it ends before the OBS header
// record (truncated).
util::Expected<XptLayout> scan_layout(const std::filesystem::path& path);

// Checks that `rows` rows of `row_length` bytes fill the data section exactly up to blank
// padding shorter than one record. Fails with corrupt naming the file when the last row
// is incomplete (truncated) or more data follows (e.g. a second dataset).
util::Expected<void> check_data_section(const std::filesystem::path& path, const XptLayout& layout,
                                        std::uintmax_t rows, std::uintmax_t row_length);

}  // namespace myoivig::io::xpt
