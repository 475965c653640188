// Samples as the statistics functions receive them: a NaN marks a missing value (R's NA)
// and is dropped; infinite values are errors. Paired samples keep the complete cases only
// (R's complete.cases), as R's paired tests do.
// Thread-safety: pure functions.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::stats {

// The non-missing values of x in their order. Fails when a value is infinite
// ("<function>: <name> must hold finite values or NaN for missing, got inf at position 3",
// positions 1-based).
util::Expected<std::vector<double>> non_missing(std::string_view function, std::string_view name,
                                                std::span<const double> x);

// x[i] - y[i] over the complete cases i (neither missing). Fails when the lengths differ
// or a value is infinite.
util::Expected<std::vector<double>> paired_differences(std::string_view function,
                                                       std::span<const double> x,
                                                       std::span<const double> y);

}  // namespace myoivig::stats
