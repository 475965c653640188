#include "stats/noncentral_hypergeometric.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/distributions.hpp"

namespace myoivig::stats {

NoncentralHypergeometric::NoncentralHypergeometric(std::int64_t m, std::int64_t n, std::int64_t k)
    : m_lo(std::max<std::int64_t>(0, k - n)), m_hi(std::min(k, m)) {
  for (std::int64_t x = m_lo; x <= m_hi; ++x) {
    m_log_central.push_back(hypergeometric_log_pmf(x, m, n, k));
  }
}

std::vector<double> NoncentralHypergeometric::weights(double theta) const {
  std::vector<double> result(m_log_central.size());
  double largest = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < result.size(); ++i) {
    result[i] = m_log_central[i] + theta * static_cast<double>(m_lo + static_cast<std::int64_t>(i));
    largest = std::max(largest, result[i]);
  }
  for (double& weight : result) weight = std::exp(weight - largest);
  return result;
}

double NoncentralHypergeometric::mean(double theta) const {
  const std::vector<double> w = weights(theta);
  double total = 0.0;
  double moment = 0.0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    total += w[i];
    moment += w[i] * static_cast<double>(m_lo + static_cast<std::int64_t>(i));
  }
  return moment / total;
}

double NoncentralHypergeometric::cdf(std::int64_t x, double theta) const {
  const std::vector<double> w = weights(theta);
  double total = 0.0;
  double tail = 0.0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    total += w[i];
    if (m_lo + static_cast<std::int64_t>(i) <= x) tail += w[i];
  }
  return tail / total;
}

double NoncentralHypergeometric::upper(std::int64_t x, double theta) const {
  const std::vector<double> w = weights(theta);
  double total = 0.0;
  double tail = 0.0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    total += w[i];
    if (m_lo + static_cast<std::int64_t>(i) >= x) tail += w[i];
  }
  return tail / total;
}

}  // namespace myoivig::stats
