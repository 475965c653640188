// Word wrapping for SVG text: widths in code points, long words cut, spaces collapsed.
#include "io/text_wrap.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

struct WrapCase {
  const char* name;
  const char* text;
  std::size_t first_width;
  std::size_t rest_width;
  std::vector<std::string> lines;
};

class WrapWords : public testing::TestWithParam<WrapCase> {};

TEST_P(WrapWords, SplitsAtSpaces) {
  const WrapCase& c = GetParam();
  EXPECT_EQ(wrap_words(c.text, c.first_width, c.rest_width), c.lines);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, WrapWords,
    testing::Values(WrapCase{"empty", "", 10, 10, {}}, WrapCase{"spaces_only", "   ", 10, 10, {}},
                    WrapCase{"fits", "SEED-03 withdrawn", 20, 20, {"SEED-03 withdrawn"}},
                    WrapCase{"exact_width", "abc def", 7, 7, {"abc def"}},
                    WrapCase{"breaks", "abc def ghi", 7, 7, {"abc def", "ghi"}},
                    WrapCase{"narrower_rest", "aa bb cc dd", 5, 2, {"aa bb", "cc", "dd"}},
                    WrapCase{"collapses_spaces", "  a   b  ", 10, 10, {"a b"}},
                    WrapCase{"cuts_long_word", "abcdefghij", 4, 4, {"abcd", "efgh", "ij"}},
                    WrapCase{"long_word_after_text", "ab cdefgh", 4, 4, {"ab", "cdef", "gh"}},
                    // "é" is 2 bytes and "≥" 3, each one character.
                    WrapCase{"utf8",
                             "\xC3\xA9t\xC3\xA9 \xE2\x89\xA5 50",
                             5,
                             5,
                             {"\xC3\xA9t\xC3\xA9 \xE2\x89\xA5", "50"}}),
    [](const testing::TestParamInfo<WrapCase>& param_info) { return param_info.param.name; });

TEST(CharacterCount, CountsCodePoints) {
  EXPECT_EQ(character_count(""), 0U);
  EXPECT_EQ(character_count("SEED-01"), 7U);
  EXPECT_EQ(character_count("\xC3\xA9t\xC3\xA9"), 3U);
  EXPECT_EQ(character_count("\xE2\x80\x94"), 1U);
}

}  // namespace
}  // namespace myoivig::io
