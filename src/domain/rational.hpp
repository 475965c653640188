// Rational: an exact fraction of two 64-bit integers, for the outcome instruments' values
// and percent changes, so that a category bound lands exactly (shared/DESIGN.md, Numbers):
// a VAS of 1.1 -> 0.6 cm is a change of exactly 5 % of the 10 cm range, where doubles give
// 5.000000000000001 % and would score the next column.
//
// Always kept in lowest terms with a positive denominator. Arithmetic runs in 128 bits and
// is reduced; a result whose lowest terms do not fit 64 bits throws std::overflow_error
// (a programmer error: validated instrument values stay many orders of magnitude inside).
// Thread-safety: a plain value type.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/expected.hpp"

namespace myoivig::domain {

class Rational {
 public:
  constexpr Rational() = default;
  constexpr Rational(std::int64_t integer) : m_numerator(integer) {}  // NOLINT: a whole number

  // numerator / denominator in lowest terms; std::invalid_argument when denominator is 0.
  static Rational fraction(std::int64_t numerator, std::int64_t denominator);

  // A decimal written the usual way ("4.49", "-0.125", "3000") exactly; at most
  // `max_decimals` digits after the point. invalid_argument quoting the text otherwise.
  static util::Expected<Rational> parse_decimal(std::string_view text, int max_decimals);

  // The text to_string() writes, back: a decimal of at most 9 decimals or "n/d" (d > 0).
  static util::Expected<Rational> parse(std::string_view text);

  [[nodiscard]] std::int64_t numerator() const { return m_numerator; }
  [[nodiscard]] std::int64_t denominator() const { return m_denominator; }
  [[nodiscard]] bool is_integer() const { return m_denominator == 1; }
  [[nodiscard]] int sign() const { return (m_numerator > 0) - (m_numerator < 0); }

  // The nearest double when numerator and denominator are below 2^53 (always, in practice).
  [[nodiscard]] double to_double() const;

  // Exact decimal text when the value has one with at most 9 decimals ("4.5", "0.125",
  // "-3"), otherwise the fraction "10/7".
  [[nodiscard]] std::string to_string() const;

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  // std::invalid_argument when b is zero.
  friend Rational operator/(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a) { return fraction(-a.m_numerator, a.m_denominator); }

  friend bool operator==(const Rational& a, const Rational& b) = default;
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

 private:
  std::int64_t m_numerator = 0;
  std::int64_t m_denominator = 1;
};

}  // namespace myoivig::domain
