// Reads a protocol file (TOML, e.g. protocols/seed-ivig.toml) into domain::Protocol and
// validates it. Unknown keys are errors, so a misspelt setting never goes unread.
// Thread-safety: pure functions.
#pragma once

#include <filesystem>
#include <string_view>

#include "domain/protocol.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

// Parses protocol TOML text. Fails with "<key path>: <rule>", e.g.
// "regimen.days: must be a positive integer, got 0", or with the TOML syntax error and
// its line.
util::Expected<domain::Protocol> parse_protocol(std::string_view toml_text);

// Reads and parses a protocol file; errors are prefixed with the path.
util::Expected<domain::Protocol> read_protocol_file(const std::filesystem::path& path);

}  // namespace myoivig::io
