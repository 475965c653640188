#include "util/expected.hpp"

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "util/error.hpp"

namespace myoivig::util {
namespace {

TEST(Expected, HoldsAValue) {
  Expected<int> value = 42;
  ASSERT_TRUE(value.has_value());
  EXPECT_TRUE(static_cast<bool>(value));
  EXPECT_EQ(*value, 42);
  EXPECT_EQ(value.value(), 42);
  *value = 43;
  EXPECT_EQ(*value, 43);
}

TEST(Expected, HoldsAnError) {
  Expected<int> value = not_found("patient 'SEED-99'");
  ASSERT_FALSE(value.has_value());
  EXPECT_FALSE(static_cast<bool>(value));
  EXPECT_EQ(value.error().code, ErrorCode::not_found);
  EXPECT_EQ(value.error().message, "patient 'SEED-99'");
}

TEST(Expected, ConvertsFromWhatBuildsTheValue) {
  const Expected<std::string> text = "SEED-01";  // const char* -> std::string
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "SEED-01");
  EXPECT_EQ(text->size(), 7U);
}

TEST(Expected, MovesOutMoveOnlyValuesAndErrors) {
  Expected<std::unique_ptr<int>> owned = std::make_unique<int>(7);
  ASSERT_TRUE(owned);
  const std::unique_ptr<int> taken = std::move(owned).value();
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(*taken, 7);

  Expected<std::unique_ptr<int>> failed = io_error("disk full");
  const Error error = std::move(failed).error();
  EXPECT_EQ(error.code, ErrorCode::io_error);
  EXPECT_EQ(error.message, "disk full");
}

TEST(ExpectedVoid, DefaultIsSuccess) {
  const Expected<void> done;
  EXPECT_TRUE(done.has_value());
  EXPECT_TRUE(static_cast<bool>(done));
}

TEST(ExpectedVoid, HoldsAnError) {
  const Expected<void> failed = conflict("course 1 already exists");
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::conflict);
  EXPECT_EQ(failed.error().message, "course 1 already exists");
}

// --- MYOIVIG_TRY / MYOIVIG_TRY_ASSIGN ------------------------------------------------------

// Records which steps ran, so a test can see that a failure stops the function there.
struct Trace {
  std::vector<std::string> steps;
};

Expected<void> step(Trace& trace, std::string_view name, bool fail) {
  trace.steps.emplace_back(name);
  if (fail) return invalid_argument(std::string(name) + " failed");
  return {};
}

Expected<int> number(Trace& trace, std::string_view name, int value, bool fail) {
  trace.steps.emplace_back(name);
  if (fail) return corrupt(std::string(name) + " is corrupt");
  return value;
}

Expected<void> two_steps(Trace& trace, bool fail_first, bool fail_second) {
  MYOIVIG_TRY(step(trace, "first", fail_first));
  MYOIVIG_TRY(step(trace, "second", fail_second));
  trace.steps.emplace_back("end");
  return {};
}

Expected<int> sum_of_two(Trace& trace, bool fail_first, bool fail_second) {
  MYOIVIG_TRY_ASSIGN(a, number(trace, "a", 2, fail_first));
  MYOIVIG_TRY_ASSIGN(b, number(trace, "b", 40, fail_second));
  trace.steps.emplace_back("end");
  return a + b;
}

// MYOIVIG_TRY also propagates the error of an Expected<T> into a function of another type.
Expected<std::string> describe(Trace& trace, bool fail) {
  MYOIVIG_TRY(number(trace, "a", 1, fail));
  return std::string("ok");
}

struct TryCase {
  bool fail_first;
  bool fail_second;
  std::vector<std::string> steps;
  std::string message;  // empty for success
  friend void PrintTo(const TryCase& c, std::ostream* os) { *os << c.fail_first << c.fail_second; }
};

class MyoivigTry : public ::testing::TestWithParam<TryCase> {};

TEST_P(MyoivigTry, ReturnsTheFirstErrorAndStops) {
  const TryCase& c = GetParam();
  Trace trace;
  const auto result = two_steps(trace, c.fail_first, c.fail_second);
  EXPECT_EQ(trace.steps, c.steps);
  if (c.message.empty()) {
    EXPECT_TRUE(result);
  } else {
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(result.error().message, c.message);
  }
}

INSTANTIATE_TEST_SUITE_P(Steps, MyoivigTry,
                         ::testing::Values(TryCase{false, false, {"first", "second", "end"}, ""},
                                           TryCase{true, false, {"first"}, "first failed"},
                                           TryCase{
                                               false, true, {"first", "second"}, "second failed"},
                                           TryCase{true, true, {"first"}, "first failed"}));

class MyoivigTryAssign : public ::testing::TestWithParam<TryCase> {};

TEST_P(MyoivigTryAssign, DeclaresTheValueOrReturnsTheError) {
  const TryCase& c = GetParam();
  Trace trace;
  const auto result = sum_of_two(trace, c.fail_first, c.fail_second);
  EXPECT_EQ(trace.steps, c.steps);
  if (c.message.empty()) {
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(*result, 42);
  } else {
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::corrupt);  // the code travels unchanged
    EXPECT_EQ(result.error().message, c.message);
  }
}

INSTANTIATE_TEST_SUITE_P(Steps, MyoivigTryAssign,
                         ::testing::Values(TryCase{false, false, {"a", "b", "end"}, ""},
                                           TryCase{true, false, {"a"}, "a is corrupt"},
                                           TryCase{false, true, {"a", "b"}, "b is corrupt"}));

TEST(MyoivigTry, PropagatesAcrossValueTypes) {
  Trace trace;
  const auto failed = describe(trace, true);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::corrupt);
  EXPECT_EQ(failed.error().message, "a is corrupt");
  const auto passed = describe(trace, false);
  ASSERT_TRUE(passed);
  EXPECT_EQ(*passed, "ok");
}

// --- Error ---------------------------------------------------------------------------------

TEST(Error, WithContextPrefixesAndKeepsTheCode) {
  const Error original = invalid_argument("must be a positive integer, got 0");
  const Error keyed = original.with_context("regimen.days");
  EXPECT_EQ(keyed.code, ErrorCode::invalid_argument);
  EXPECT_EQ(keyed.message, "regimen.days: must be a positive integer, got 0");
  EXPECT_EQ(original.message, "must be a positive integer, got 0");  // a copy, not in place

  const Error filed = keyed.with_context("protocols/seed-ivig.toml");
  EXPECT_EQ(filed.message,
            "protocols/seed-ivig.toml: regimen.days: must be a positive integer, got 0");

  const Error lost = not_found("no such file").with_context("bundle");
  EXPECT_EQ(lost.code, ErrorCode::not_found);
  EXPECT_EQ(lost.message, "bundle: no such file");
}

struct CodeCase {
  Error error;
  ErrorCode code;
  std::string_view name;
  friend void PrintTo(const CodeCase& c, std::ostream* os) { *os << c.name; }
};

class ErrorFactories : public ::testing::TestWithParam<CodeCase> {};

TEST_P(ErrorFactories, SetCodeAndMessage) {
  const CodeCase& c = GetParam();
  EXPECT_EQ(c.error.code, c.code);
  EXPECT_EQ(c.error.message, "m");
  EXPECT_EQ(to_string(c.code), c.name);
}

INSTANTIATE_TEST_SUITE_P(
    Codes, ErrorFactories,
    ::testing::Values(CodeCase{invalid_argument("m"), ErrorCode::invalid_argument,
                               "invalid_argument"},
                      CodeCase{not_found("m"), ErrorCode::not_found, "not_found"},
                      CodeCase{conflict("m"), ErrorCode::conflict, "conflict"},
                      CodeCase{io_error("m"), ErrorCode::io_error, "io_error"},
                      CodeCase{corrupt("m"), ErrorCode::corrupt, "corrupt"}));

}  // namespace
}  // namespace myoivig::util
