#include "domain/rational.hpp"

#include <limits>
#include <stdexcept>

#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

__extension__ using Wide = __int128;  // GCC's 128-bit integer, for exact intermediate products

constexpr int k_max_exact_decimals = 9;

Wide wide_gcd(Wide a, Wide b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    const Wide rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

std::int64_t narrow(Wide value) {
  if (value > std::numeric_limits<std::int64_t>::max() ||
      value < std::numeric_limits<std::int64_t>::min()) {
    throw std::overflow_error("Rational: a result does not fit 64 bits");
  }
  return static_cast<std::int64_t>(value);
}

// Reduces a wide fraction to lowest terms (denominator non-zero).
Rational reduce(Wide numerator, Wide denominator) {
  if (denominator == 0) throw std::invalid_argument("Rational: denominator 0");
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const Wide divisor = wide_gcd(numerator, denominator);
  if (divisor > 1) {
    numerator /= divisor;
    denominator /= divisor;
  }
  return Rational::fraction(narrow(numerator), narrow(denominator));
}

}  // namespace

Rational Rational::fraction(std::int64_t numerator, std::int64_t denominator) {
  if (denominator == 0) throw std::invalid_argument("Rational: denominator 0");
  Wide top = numerator;
  Wide bottom = denominator;
  if (bottom < 0) {
    top = -top;
    bottom = -bottom;
  }
  const Wide divisor = wide_gcd(top, bottom);
  if (divisor > 1) {
    top /= divisor;
    bottom /= divisor;
  }
  Rational result;
  result.m_numerator = narrow(top);
  result.m_denominator = narrow(bottom);
  return result;
}

util::Expected<Rational> Rational::parse(std::string_view text) {
  constexpr int k_to_string_decimals = 9;
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return parse_decimal(text, k_to_string_decimals);
  auto numerator = util::parse_integer(text.substr(0, slash));
  auto denominator = util::parse_integer(text.substr(slash + 1));
  if (!numerator || !denominator || *denominator <= 0) {
    return util::invalid_argument("must be a decimal or a fraction n/d with d > 0, got '" +
                                  std::string(text) + "'");
  }
  return fraction(*numerator, *denominator);
}

util::Expected<Rational> Rational::parse_decimal(std::string_view text, int max_decimals) {
  const auto rule = [&] {
    return util::invalid_argument("must be a decimal number with at most " +
                                  std::to_string(max_decimals) + " decimals, got '" +
                                  std::string(text) + "'");
  };
  std::string_view rest = text;
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) rest.remove_prefix(1);
  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view decimals =
      point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && decimals.empty()) ||
      decimals.size() > static_cast<std::size_t>(max_decimals)) {
    return rule();
  }
  constexpr std::int64_t k_limit = std::numeric_limits<std::int64_t>::max() / 10 - 9;
  std::int64_t digits = 0;
  std::int64_t scale = 1;
  for (std::string_view part : {whole, decimals}) {
    for (char c : part) {
      if (c < '0' || c > '9') return rule();
      if (digits > k_limit) {
        return util::invalid_argument("is out of range, got '" + std::string(text) + "'");
      }
      digits = digits * 10 + (c - '0');
    }
  }
  for (std::size_t i = 0; i < decimals.size(); ++i) scale *= 10;
  return fraction(negative ? -digits : digits, scale);
}

double Rational::to_double() const {
  return static_cast<double>(m_numerator) / static_cast<double>(m_denominator);
}

std::string Rational::to_string() const {
  // A decimal exists exactly when the denominator divides 10^k.
  std::int64_t power = 1;
  int decimals = 0;
  while (decimals <= k_max_exact_decimals && power % m_denominator != 0) {
    power *= 10;
    ++decimals;
  }
  if (decimals > k_max_exact_decimals) {
    return std::to_string(m_numerator) + "/" + std::to_string(m_denominator);
  }
  const Wide scaled = static_cast<Wide>(m_numerator) * (power / m_denominator);
  const bool negative = scaled < 0;
  std::string digits = std::to_string(narrow(negative ? -scaled : scaled));
  if (decimals > 0) {
    if (digits.size() <= static_cast<std::size_t>(decimals)) {
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  }
  return negative ? "-" + digits : digits;
}

Rational operator+(const Rational& a, const Rational& b) {
  return reduce(static_cast<Wide>(a.m_numerator) * b.m_denominator +
                    static_cast<Wide>(b.m_numerator) * a.m_denominator,
                static_cast<Wide>(a.m_denominator) * b.m_denominator);
}

Rational operator-(const Rational& a, const Rational& b) {
  return reduce(static_cast<Wide>(a.m_numerator) * b.m_denominator -
                    static_cast<Wide>(b.m_numerator) * a.m_denominator,
                static_cast<Wide>(a.m_denominator) * b.m_denominator);
}

Rational operator*(const Rational& a, const Rational& b) {
  return reduce(static_cast<Wide>(a.m_numerator) * b.m_numerator,
                static_cast<Wide>(a.m_denominator) * b.m_denominator);
}

Rational operator/(const Rational& a, const Rational& b) {
  if (b.m_numerator == 0) throw std::invalid_argument("Rational: division by zero");
  return reduce(static_cast<Wide>(a.m_numerator) * b.m_denominator,
                static_cast<Wide>(a.m_denominator) * b.m_numerator);
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  const Wide left = static_cast<Wide>(a.m_numerator) * b.m_denominator;
  const Wide right = static_cast<Wide>(b.m_numerator) * a.m_denominator;
  if (left < right) return std::strong_ordering::less;
  if (left > right) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

}  // namespace myoivig::domain
