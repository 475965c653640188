#include "io/xpt/xpt_structure.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

namespace myoivig::io::xpt {
namespace {

constexpr std::string_view k_library_v5 = "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!";
constexpr std::string_view k_library_v8 = "HEADER RECORD*******LIBV8   HEADER RECORD!!!!!!!";
constexpr std::string_view k_obs_v5 = "HEADER RECORD*******OBS     HEADER RECORD!!!!!!!";
constexpr std::string_view k_obs_v8 = "HEADER RECORD*******OBSV8   HEADER RECORD!!!!!!!";
// Library (3) + member (4) + namestr header (1) records at least precede the OBS header.
constexpr std::uintmax_t k_min_header_records = 8;

util::Error corrupt_file(const std::filesystem::path& path, const std::string& message) {
  return util::corrupt(fmt::format("{}: {}", path.string(), message));
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

util::Expected<XptLayout> scan_layout(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return util::not_found(fmt::format("{}: no such XPT file", path.string()));
  }
  XptLayout layout;
  layout.file_size = std::filesystem::file_size(path, error);
  std::ifstream in(path, std::ios::binary);
  if (error || !in) return util::io_error(fmt::format("{}: cannot be read", path.string()));

  std::array<char, k_record_length> record{};
  in.read(record.data(), record.size());
  const std::string_view first(record.data(), static_cast<std::size_t>(in.gcount()));
  const std::size_t compared = std::min(first.size(), k_library_v5.size());
  const bool v5 = first.substr(0, compared) == k_library_v5.substr(0, compared);
  const bool v8 = first.substr(0, compared) == k_library_v8.substr(0, compared);
  if (first.empty() || (!v5 && !v8)) {
    return corrupt_file(path,
                        "not a SAS transport (XPT) file: it does not start with the header "
                        "record 'HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!'");
  }
  layout.version = v5 ? 5 : 8;
  if (layout.file_size % k_record_length != 0) {
    return corrupt_file(path, fmt::format("truncated SAS transport file: {} bytes is not a whole "
                                          "number of 80-byte records",
                                          layout.file_size));
  }
  const std::string_view obs_header = layout.version == 5 ? k_obs_v5 : k_obs_v8;
  std::uintmax_t offset = k_record_length;
  while (in.read(record.data(), record.size())) {
    offset += k_record_length;
    if (offset / k_record_length > k_min_header_records - 1 &&
        starts_with(std::string_view(record.data(), record.size()), obs_header)) {
      layout.data_offset = offset;
      return layout;
    }
  }
  return corrupt_file(path, fmt::format("truncated SAS transport file: it ends after {} bytes, "
                                        "before the OBS header record that precedes the rows",
                                        layout.file_size));
}

util::Expected<void> check_data_section(const std::filesystem::path& path, const XptLayout& layout,
                                        std::uintmax_t rows, std::uintmax_t row_length) {
  const std::uintmax_t data_bytes = layout.file_size - layout.data_offset;
  const std::uintmax_t row_bytes = rows * row_length;
  if (row_bytes > data_bytes) {
    return corrupt_file(path, fmt::format("truncated SAS transport file: {} rows of {} bytes do "
                                          "not fit in the {} bytes of data",
                                          rows, row_length, data_bytes));
  }
  const std::uintmax_t rest = data_bytes - row_bytes;
  if (rest >= k_record_length) {
    return corrupt_file(path, fmt::format("{} bytes follow the last of {} rows: a second dataset "
                                          "in one file is not supported, or the file is damaged",
                                          rest, rows));
  }
  std::ifstream in(path, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(layout.data_offset + row_bytes));
  std::string tail(static_cast<std::size_t>(rest), '\0');
  if (!in.read(tail.data(), static_cast<std::streamsize>(tail.size()))) {
    return util::io_error(fmt::format("{}: cannot be read", path.string()));
  }
  if (tail.find_first_not_of(' ') != std::string::npos) {
    return corrupt_file(path, fmt::format("truncated SAS transport file: the row after row {} is "
                                          "incomplete ({} of {} bytes)",
                                          rows, rest, row_length));
  }
  return {};
}

}  // namespace myoivig::io::xpt
