// Argument checks shared by every statistics function, so that all of them fail the same
// way: invalid_argument with the message "<function>: <name> <rule>, got <value>", e.g.
// "binom: conf_level must be in (0, 1), got 1.5". Each check returns an empty Expected on
// success, to be used with MYOIVIG_TRY at the top of a function.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/error.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

// The error every check returns: "<function>: <name> <rule>".
util::Error argument_error(std::string_view function, std::string_view name, std::string_view rule);

// Shortest decimal text that reads back as the same double ("0.1", "1e-300", "inf").
std::string format_number(double value);

// value is finite (not NaN, not infinite).
util::Expected<void> check_finite(std::string_view function, std::string_view name, double value);

// 0 < level < 1.
util::Expected<void> check_conf_level(std::string_view function, double level);

// 0 <= value <= 1.
util::Expected<void> check_probability(std::string_view function, std::string_view name,
                                       double value);

// count >= minimum, for the number of usable values in a sample:
// "<function>: <name> must have at least <minimum> non-missing value(s), got <count>".
util::Expected<void> check_sample_size(std::string_view function, std::string_view name,
                                       std::size_t count, std::size_t minimum);

// A count: 0 <= value.
util::Expected<void> check_count(std::string_view function, std::string_view name,
                                 std::int64_t value);

}  // namespace myoivig::stats
