// Adjustment of p-values for multiple comparisons (R's p.adjust semantics). With the m
// non-missing p-values sorted ascending, p_(1) <= ... <= p_(m):
//   bonferroni  min(1, m p_i)
//   holm        (Holm 1979) p~_(i) = min(1, max_{j <= i} (m - j + 1) p_(j))
//   hochberg    (Hochberg 1988) p~_(i) = min(1, min_{j >= i} (m - j + 1) p_(j))
//   BH          (Benjamini & Hochberg 1995) p~_(i) = min(1, min_{j >= i} m / j p_(j))
// A NaN p-value is missing: it stays NaN in the output and does not count in m (R: NA).
// Thread-safety: pure functions.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "util/enum_names.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

enum class PAdjustMethod { holm, hochberg, bh, bonferroni };

inline constexpr util::EnumNames<PAdjustMethod, 4> k_p_adjust_method_names{{
    {PAdjustMethod::holm, "holm"},
    {PAdjustMethod::hochberg, "hochberg"},
    {PAdjustMethod::bh, "BH"},
    {PAdjustMethod::bonferroni, "bonferroni"},
}};

// The adjusted p-values in the input order. Fails when a non-missing value is outside
// [0, 1] ("p_adjust: p must hold probabilities in [0, 1] or NaN for missing, got 1.5 at
// position 2").
util::Expected<std::vector<double>> p_adjust(std::span<const double> p, PAdjustMethod method);

}  // namespace myoivig::stats
