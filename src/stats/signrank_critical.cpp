#include "stats/signrank_critical.hpp"

#include <algorithm>
#include <cassert>

#include "stats/signed_rank_distribution.hpp"

namespace myoivig::stats {
namespace {

// stats::signrank's exact p-value, on doubled scores and doubled statistic as there.
double exact_p_value(const SignedRankDistribution& distribution, std::int64_t doubled,
                     Alternative alternative) {
  switch (alternative) {
    case Alternative::less:
      return distribution.cdf(doubled);
    case Alternative::greater:
      return distribution.upper(doubled);
    case Alternative::two_sided: {
      const double tail = 2 * doubled > distribution.total() ? distribution.upper(doubled)
                                                             : distribution.cdf(doubled);
      return std::min(1.0, 2 * tail);
    }
  }
  return 1.0;
}

}  // namespace

SignrankRejectionTable::SignrankRejectionTable(std::size_t n, double alpha, Alternative alternative)
    : m_n(n), m_total(static_cast<std::int64_t>(n * (n + 1) / 2)) {
  assert(n >= 1 && alpha > 0 && alpha < 1);
  // Doubled ranks 2, 4, ..., 2n: the scores stats::signrank builds from midranks.
  std::vector<std::int64_t> scores(n);
  for (std::size_t i = 0; i < n; ++i) scores[i] = 2 * static_cast<std::int64_t>(i + 1);
  const SignedRankDistribution distribution(scores);

  m_rejects.assign(static_cast<std::size_t>(m_total) + 1, 0);
  m_upper = m_total + 1;
  for (std::int64_t v = 0; v <= m_total; ++v) {
    if (exact_p_value(distribution, 2 * v, alternative) > alpha) continue;
    m_rejects[static_cast<std::size_t>(v)] = 1;
    if (2 * (2 * v) > distribution.total()) {
      m_upper = std::min(m_upper, v);
    } else {
      m_lower = std::max(m_lower, v);
    }
  }
  if (m_lower >= 0) m_attained_alpha += distribution.cdf(2 * m_lower);
  if (m_upper <= m_total) m_attained_alpha += distribution.upper(2 * m_upper);
}

}  // namespace myoivig::stats
