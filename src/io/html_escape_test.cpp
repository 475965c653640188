// html_escape: every markup character of data text is neutralised, the rest passes through.
#include "io/html_escape.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

struct EscapeCase {
  const char* text;
  const char* escaped;
};

class HtmlEscape : public testing::TestWithParam<EscapeCase> {};

TEST_P(HtmlEscape, ReplacesMarkupCharacters) {
  EXPECT_EQ(html_escape(GetParam().text), GetParam().escaped);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlEscape,
    testing::Values(EscapeCase{"", ""}, EscapeCase{"SEED-01", "SEED-01"},
                    EscapeCase{"a & b", "a &amp; b"},
                    EscapeCase{"<script>alert(1)</script>",
                               "&lt;script&gt;alert(1)&lt;/script&gt;"},
                    EscapeCase{"say \"no\"", "say &quot;no&quot;"},
                    EscapeCase{"patient's", "patient&#39;s"}, EscapeCase{"&amp;", "&amp;amp;"},
                    EscapeCase{"CK \xE2\x89\xA5 1000 IU/l", "CK \xE2\x89\xA5 1000 IU/l"}));

}  // namespace
}  // namespace myoivig::io
