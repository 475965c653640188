// Expected<T>: a T or an Error, for routine failures (C++23's std::expected is not in
// GCC 12's library, so this is the small subset myoivig uses).
//
//   Expected<int> parse(std::string_view text);
//   auto value = parse("12");
//   if (!value) return value.error();   // an Error converts to any Expected<U>
//   use(*value);
//
// MYOIVIG_TRY(expr) returns the error of an Expected<void> expression from the enclosing
// function; MYOIVIG_TRY_ASSIGN(name, expr) declares `name` from an Expected<T> or returns
// its error. Thread-safety: a plain value type.
#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

#include "util/error.hpp"

namespace myoivig::util {

template <typename T>
class [[nodiscard]] Expected {
 public:
  using value_type = T;

  Expected(T value) : m_state(std::in_place_index<0>, std::move(value)) {}      // NOLINT
  Expected(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}  // NOLINT
  template <typename U>
  requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, T> &&
           !std::is_same_v<std::decay_t<U>, Error> && !std::is_same_v<std::decay_t<U>, Expected>)
      Expected(U&& value)
      : m_state(std::in_place_index<0>, T(std::forward<U>(value))) {}  // NOLINT

  [[nodiscard]] bool has_value() const { return m_state.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(m_state);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(m_state);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(m_state));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  [[nodiscard]] const Error& error() const& {
    assert(!has_value());
    return std::get<1>(m_state);
  }
  [[nodiscard]] Error&& error() && {
    assert(!has_value());
    return std::get<1>(std::move(m_state));
  }

 private:
  std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Expected<void> {
 public:
  using value_type = void;

  Expected() = default;
  Expected(Error error) : m_error(std::move(error)), m_failed(true) {}  // NOLINT

  [[nodiscard]] bool has_value() const { return !m_failed; }
  explicit operator bool() const { return has_value(); }

  [[nodiscard]] const Error& error() const& {
    assert(m_failed);
    return m_error;
  }
  [[nodiscard]] Error&& error() && {
    assert(m_failed);
    return std::move(m_error);
  }

 private:
  Error m_error;
  bool m_failed = false;
};

}  // namespace myoivig::util

#define MYOIVIG_CONCAT_INNER(a, b) a##b
#define MYOIVIG_CONCAT(a, b) MYOIVIG_CONCAT_INNER(a, b)

#define MYOIVIG_TRY_IMPL(tmp, expr)  \
  do {                               \
    auto tmp = (expr);               \
    if (!tmp) {                      \
      return std::move(tmp).error(); \
    }                                \
  } while (false)

#define MYOIVIG_TRY(expr) MYOIVIG_TRY_IMPL(MYOIVIG_CONCAT(myoivig_try_result_, __LINE__), expr)

#define MYOIVIG_TRY_ASSIGN_IMPL(tmp, name, expr) \
  auto tmp = (expr);                             \
  if (!tmp) {                                    \
    return std::move(tmp).error();               \
  }                                              \
  auto name = std::move(tmp).value()

#define MYOIVIG_TRY_ASSIGN(name, expr) \
  MYOIVIG_TRY_ASSIGN_IMPL(MYOIVIG_CONCAT(myoivig_try_, __LINE__), name, expr)
