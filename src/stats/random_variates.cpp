#include "stats/random_variates.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

#include "stats/distributions.hpp"

namespace myoivig::stats {
namespace {

constexpr int k_layers = 128;
constexpr std::uint64_t k_layer_mask = k_layers - 1;
constexpr double k_tail_start = 3.442619855899;       // r, the start of the tail
constexpr double k_layer_area = 9.91256303526217e-3;  // v, the area of each layer
constexpr double k_two_to_31 = 2147483648.0;

// Marsaglia & Tsang's tables: kn the acceptance thresholds of |hz|, wn the scale of a
// layer, fn the density at its upper edge.
struct ZigguratTables {
  std::array<std::int64_t, k_layers> kn{};
  std::array<double, k_layers> wn{};
  std::array<double, k_layers> fn{};
};

ZigguratTables make_tables() {
  ZigguratTables tables;
  double dn = k_tail_start;
  double tn = dn;
  const double q = k_layer_area / std::exp(-0.5 * dn * dn);
  tables.kn[0] = static_cast<std::int64_t>((dn / q) * k_two_to_31);
  tables.kn[1] = 0;
  tables.wn[0] = q / k_two_to_31;
  tables.wn[k_layers - 1] = dn / k_two_to_31;
  tables.fn[0] = 1.0;
  tables.fn[k_layers - 1] = std::exp(-0.5 * dn * dn);
  for (int i = k_layers - 2; i >= 1; --i) {
    dn = std::sqrt(-2.0 * std::log(k_layer_area / dn + std::exp(-0.5 * dn * dn)));
    tables.kn[i + 1] = static_cast<std::int64_t>((dn / tn) * k_two_to_31);
    tn = dn;
    tables.fn[i] = std::exp(-0.5 * dn * dn);
    tables.wn[i] = dn / k_two_to_31;
  }
  return tables;
}

// Built during static initialisation; nothing draws normals before main().
const ZigguratTables k_tables = make_tables();

// A uniform in (0, 1], safe for log().
double open_uniform(Rng& rng) {
  return 1.0 - rng.uniform();
}

struct Draw {
  std::int64_t hz;  // signed 32-bit abscissa
  std::size_t layer;
};

Draw next_draw(Rng& rng) {
  const std::uint64_t bits = rng.next();
  return {static_cast<std::int32_t>(static_cast<std::uint32_t>(bits >> 32)),
          static_cast<std::size_t>(bits & k_layer_mask)};
}

// The slow path: the tail beyond r (layer 0) or the wedge of a layer.
double normal_fix(Rng& rng, Draw draw, const ZigguratTables& t) {
  for (;;) {
    const double x = static_cast<double>(draw.hz) * t.wn[draw.layer];
    if (draw.layer == 0) {
      // Marsaglia's tail method (1964).
      double tail = 0.0;
      double y = 0.0;
      do {
        tail = -std::log(open_uniform(rng)) / k_tail_start;
        y = -std::log(open_uniform(rng));
      } while (y + y < tail * tail);
      return draw.hz > 0 ? k_tail_start + tail : -k_tail_start - tail;
    }
    const double f_high = t.fn[draw.layer];
    const double f_low = t.fn[draw.layer - 1];
    if (f_high + rng.uniform() * (f_low - f_high) < std::exp(-0.5 * x * x)) return x;
    draw = next_draw(rng);
    if (std::abs(draw.hz) < t.kn[draw.layer]) {
      return static_cast<double>(draw.hz) * t.wn[draw.layer];
    }
  }
}

}  // namespace

double standard_normal(Rng& rng) {
  const Draw draw = next_draw(rng);
  if (std::abs(draw.hz) < k_tables.kn[draw.layer]) [[likely]] {
    return static_cast<double>(draw.hz) * k_tables.wn[draw.layer];
  }
  return normal_fix(rng, draw, k_tables);
}

void fill_standard_normal(Rng& rng, std::span<double> values) {
  for (double& value : values) value = standard_normal(rng);
}

double standard_t3(Rng& rng) {
  const double z = standard_normal(rng);
  double chi_square = 0.0;
  for (int i = 0; i < 3; ++i) {
    const double w = standard_normal(rng);
    chi_square += w * w;
  }
  return z / std::sqrt(chi_square);
}

double standard_lognormal_change(Rng& rng) {
  static const double mean = std::exp(0.5);
  static const double sd = std::sqrt(std::exp(1.0) * (std::exp(1.0) - 1.0));
  return (std::exp(standard_normal(rng)) - mean) / sd;
}

BinomialSampler::BinomialSampler(std::int64_t trials, double p) : m_trials(trials) {
  m_cdf.reserve(static_cast<std::size_t>(trials) + 1);
  for (std::int64_t k = 0; k < trials; ++k) m_cdf.push_back(binomial_cdf(k, trials, p));
  m_cdf.push_back(1.0);
}

std::int64_t BinomialSampler::draw(Rng& rng) const {
  const double u = rng.uniform();
  // The smallest k with u < P(X <= k): X = k with probability P(X <= k) - P(X <= k - 1).
  const auto at = std::upper_bound(m_cdf.begin(), m_cdf.end(), u);
  return static_cast<std::int64_t>(at - m_cdf.begin());
}

}  // namespace myoivig::stats
