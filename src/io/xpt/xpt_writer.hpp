// Writes a Dataset as a SAS transport file, version 5 (the FDA's format), through
// libreadstat. Every limit of XPT v5 is checked first (io/xpt/xpt_limits.hpp), because
// libreadstat would silently truncate long names and labels; the file is written beside
// its destination and renamed into place, so a failure leaves nothing behind and a reader
// never sees half a file.
// Thread-safety: no shared state; writes one file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "io/xpt/xpt_dataset.hpp"
#include "util/expected.hpp"

namespace myoivig::io::xpt {

struct XptWriteOptions {
  // The created/modified timestamp in the headers, as seconds since 1970-01-01 (shown in
  // local time, as SAS does); empty: now. A fixed value makes the output byte for byte
  // reproducible.
  std::optional<std::int64_t> timestamp_seconds;
};

// Fails with invalid_argument (the dataset, variable, row and rule named, nothing
// written) when the dataset breaks a limit of XPT v5; io_error naming the path when the
// file cannot be written.
util::Expected<void> write_xpt(const Dataset& dataset, const std::filesystem::path& path,
                               const XptWriteOptions& options = {});

}  // namespace myoivig::io::xpt
