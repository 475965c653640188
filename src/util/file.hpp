// Whole-file reading and writing for the layers that are allowed I/O (not domain/ or
// stats/). Thread-safety: no shared state.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/expected.hpp"

namespace myoivig::util {

// Returns the file's bytes, or io_error naming the path when it cannot be read.
Expected<std::string> read_file(const std::filesystem::path& path);

// Writes `contents` to a temporary file beside `path` and renames it over `path`, so a
// reader never sees half a file. io_error naming the path on failure.
Expected<void> write_file_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace myoivig::util
