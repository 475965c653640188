#include "stats/signrank.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "stats/check.hpp"
#include "stats/distributions.hpp"
#include "stats/ranks.hpp"
#include "stats/sample.hpp"
#include "stats/signed_rank_distribution.hpp"
#include "stats/signrank_interval.hpp"
#include "stats/walsh.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "signrank";
constexpr std::size_t k_classic_exact_limit = 50;  // R: exact when n < 50

// The differences after mu is subtracted and zeros are handled.
struct RankedSample {
  std::vector<double> nonzero;        // d_i - mu != 0, in input order
  std::vector<std::int64_t> scores;   // their doubled (mid)ranks
  std::vector<double> interval_data;  // values for the estimate and interval, sorted
  std::size_t zeros = 0;
  bool ties = false;
};

RankedSample rank_sample(std::span<const double> values, const SignrankOptions& options) {
  RankedSample sample;
  std::vector<double> all_magnitudes;
  for (const double value : values) {
    const double shifted = value - options.mu;
    all_magnitudes.push_back(std::fabs(shifted));
    if (shifted == 0) {
      ++sample.zeros;
    } else {
      sample.nonzero.push_back(shifted);
    }
  }
  std::vector<double> magnitudes;
  for (const double shifted : sample.nonzero) magnitudes.push_back(std::fabs(shifted));
  const DoubledRanks nonzero_ranks = doubled_midranks(magnitudes);
  sample.ties = nonzero_ranks.ties;
  if (options.zeros == ZeroMethod::wilcoxon) {
    sample.scores = nonzero_ranks.ranks;
    for (const double shifted : sample.nonzero)
      sample.interval_data.push_back(shifted + options.mu);
  } else {
    const DoubledRanks all_ranks = doubled_midranks(all_magnitudes);
    for (std::size_t i = 0; i < values.size(); ++i) {
      const double shifted = values[i] - options.mu;
      if (shifted != 0) sample.scores.push_back(all_ranks.ranks[i]);
      sample.interval_data.push_back(shifted + options.mu);
    }
  }
  std::sort(sample.interval_data.begin(), sample.interval_data.end());
  return sample;
}

util::Expected<SignrankMethodUsed> choose_method(const RankedSample& sample,
                                                 SignrankMethod requested) {
  const std::size_t n = sample.nonzero.size();
  const bool plain = !sample.ties && sample.zeros == 0;
  const SignrankMethodUsed exact =
      plain ? SignrankMethodUsed::exact : SignrankMethodUsed::exact_conditional;
  switch (requested) {
    case SignrankMethod::classic:
      return plain && n < k_classic_exact_limit ? SignrankMethodUsed::exact
                                                : SignrankMethodUsed::normal;
    case SignrankMethod::automatic:
      return n <= k_signrank_auto_exact_max_n ? exact : SignrankMethodUsed::normal;
    case SignrankMethod::normal:
      return SignrankMethodUsed::normal;
    case SignrankMethod::exact:
      if (n <= k_signrank_exact_max_n) return exact;
      return argument_error(k_function, "method",
                            "exact supports at most " + std::to_string(k_signrank_exact_max_n) +
                                " nonzero differences, got " + std::to_string(n) +
                                "; use method normal");
  }
  return exact;
}

double exact_p_value(const SignedRankDistribution& distribution, std::int64_t statistic,
                     Alternative alternative) {
  switch (alternative) {
    case Alternative::less:
      return distribution.cdf(statistic);
    case Alternative::greater:
      return distribution.upper(statistic);
    case Alternative::two_sided: {
      // The tail on the statistic's side of the centre, summed directly.
      const double tail = 2 * statistic > distribution.total() ? distribution.upper(statistic)
                                                               : distribution.cdf(statistic);
      return std::min(1.0, 2 * tail);
    }
  }
  return 1.0;
}

void normal_p_value(const RankedSample& sample, std::int64_t statistic,
                    const SignrankOptions& options, SignrankResult& result) {
  std::int64_t total = 0;
  std::int64_t squares = 0;
  for (const std::int64_t score : sample.scores) {
    total += score;
    squares += score * score;
  }
  // Scores are doubled ranks: V - E = (2 V2 - S2) / 4 and Var V = sum(r2^2) / 16.
  const double centered = static_cast<double>(2 * statistic - total) / 4;
  const double sigma = std::sqrt(static_cast<double>(squares) / 16);
  double correction = 0.0;
  if (options.correct) {
    switch (options.alternative) {
      case Alternative::two_sided:
        correction = centered > 0 ? 0.5 : (centered < 0 ? -0.5 : 0.0);
        break;
      case Alternative::greater:
        correction = 0.5;
        break;
      case Alternative::less:
        correction = -0.5;
        break;
    }
  }
  const double z = (centered - correction) / sigma;
  result.z = z;
  result.continuity_correction = options.correct;
  switch (options.alternative) {
    case Alternative::less:
      result.p_value = normal_cdf(z);
      break;
    case Alternative::greater:
      result.p_value = normal_upper(z);
      break;
    case Alternative::two_sided:
      result.p_value = 2 * std::min(normal_cdf(z), normal_upper(z));
      break;
  }
}

util::Expected<SignrankResult> run(std::span<const double> values, const SignrankOptions& options) {
  const RankedSample sample = rank_sample(values, options);
  if (sample.nonzero.empty()) {
    return argument_error(k_function, "x - mu",
                          "must have at least 1 nonzero value, got " +
                              std::to_string(sample.zeros) + " values all equal to mu (" +
                              format_number(options.mu) + ")");
  }
  MYOIVIG_TRY_ASSIGN(method, choose_method(sample, options.method));

  SignrankResult result;
  result.method = method;
  result.zeros = options.zeros;
  result.n = sample.nonzero.size();
  result.n_zero = sample.zeros;
  result.ties = sample.ties;
  result.alternative = options.alternative;
  std::int64_t statistic = 0;  // doubled V
  for (std::size_t i = 0; i < sample.nonzero.size(); ++i) {
    if (sample.nonzero[i] > 0) statistic += sample.scores[i];
  }
  result.statistic = static_cast<double>(statistic) / 2;

  if (method == SignrankMethodUsed::normal) {
    normal_p_value(sample, statistic, options, result);
    if (options.conf_int) {
      const WalshOrderStatistics walsh(sample.interval_data);
      result.interval = detail::normal_interval(sample.interval_data, walsh, options.alternative,
                                                options.conf_level, options.correct);
    }
    return result;
  }
  const SignedRankDistribution distribution(sample.scores);
  result.p_value = exact_p_value(distribution, statistic, options.alternative);
  if (!options.conf_int) return result;
  if (method == SignrankMethodUsed::exact) {
    const WalshOrderStatistics walsh(sample.interval_data);
    result.interval =
        detail::exact_interval(walsh, distribution, options.alternative, options.conf_level);
  } else {
    // The conditional interval needs the statistic at every Walsh average (n <= 1000).
    const std::vector<double> walsh = sorted_walsh_averages(sample.interval_data);
    const std::int64_t min_score = *std::min_element(sample.scores.begin(), sample.scores.end());
    // Pratt scores are not 1..n even without ties: rank the shifted data every time.
    const bool rank_each = sample.ties || options.zeros == ZeroMethod::pratt;
    result.interval =
        detail::conditional_interval(sample.interval_data, walsh, distribution, min_score,
                                     rank_each, options.alternative, options.conf_level);
  }
  return result;
}

util::Expected<void> check_options(const SignrankOptions& options) {
  MYOIVIG_TRY(check_finite(k_function, "mu", options.mu));
  MYOIVIG_TRY(check_conf_level(k_function, options.conf_level));
  return {};
}

}  // namespace

util::Expected<SignrankResult> signrank(std::span<const double> x, const SignrankOptions& options) {
  MYOIVIG_TRY(check_options(options));
  MYOIVIG_TRY_ASSIGN(values, non_missing(k_function, "x", x));
  MYOIVIG_TRY(check_sample_size(k_function, "x", values.size(), 1));
  return run(values, options);
}

util::Expected<SignrankResult> signrank_paired(std::span<const double> x, std::span<const double> y,
                                               const SignrankOptions& options) {
  MYOIVIG_TRY(check_options(options));
  MYOIVIG_TRY_ASSIGN(differences, paired_differences(k_function, x, y));
  MYOIVIG_TRY(check_sample_size(k_function, "x - y", differences.size(), 1));
  return run(differences, options);
}

std::string_view to_string(SignrankMethodUsed method) {
  return util::name_of(k_signrank_method_used_names, method);
}

std::string_view to_string(ZeroMethod zeros) {
  return util::name_of(k_zero_method_names, zeros);
}

}  // namespace myoivig::stats
