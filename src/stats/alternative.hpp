// Alternative hypotheses of a test and the names they carry on the command line and in
// JSON ("two-sided", "less", "greater"; R writes "two.sided").
// Thread-safety: pure functions over a constant table.
#pragma once

#include <string_view>

#include "util/enum_names.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

enum class Alternative {
  two_sided,  // the parameter differs from the null value
  less,       // the parameter is less than the null value
  greater,    // the parameter is greater than the null value
};

inline constexpr util::EnumNames<Alternative, 3> k_alternative_names{{
    {Alternative::two_sided, "two-sided"},
    {Alternative::less, "less"},
    {Alternative::greater, "greater"},
}};

std::string_view to_string(Alternative alternative);

// "two-sided", "less" or "greater"; invalid_argument naming the allowed names otherwise.
util::Expected<Alternative> parse_alternative(std::string_view text);

}  // namespace myoivig::stats
