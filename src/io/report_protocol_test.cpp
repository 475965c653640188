// The protocol section: names of plan codes, the assumptions table (or its absence), the
// schedule with windows.
#include "io/report_protocol.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

struct NameCase {
  const char* code;
  const char* name;
  const char* description;
};

class TestNames : public testing::TestWithParam<NameCase> {};

TEST_P(TestNames, KnownCodesReadAsWordsOthersAsThey) {
  EXPECT_EQ(test_name(GetParam().code), GetParam().name);
  EXPECT_EQ(describe_test(GetParam().code), GetParam().description);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TestNames,
    testing::Values(NameCase{"signrank", "Wilcoxon signed-rank test",
                             "Wilcoxon signed-rank test (exact; exact-conditional with ties or "
                             "zeros)"},
                    NameCase{"ttest", "paired t-test", "paired t-test"},
                    NameCase{"mixed_model", "mixed_model", "mixed_model"}));

TEST(DescribePopulation, ExplainsTheSeedPopulation) {
  EXPECT_EQ(describe_population("treated_with_primary_assessment"),
            "treated patients with every endpoint assessed at baseline and at the primary "
            "timepoint, not withdrawn before it");
  EXPECT_EQ(describe_population("itt"), "itt");
}

TEST(ProtocolSection, ListsAssumptionsEscapedAndTheSchedule) {
  domain::Protocol protocol;
  protocol.id = "P<1>";
  protocol.version = "2";
  protocol.title = "Trial & error";
  protocol.instruments = {{domain::Measure::mmt, 0, 80, "MMT-8 <assumed>"},
                          {domain::Measure::ck, 0, 100000, ""}};
  protocol.schedule = {{-4, 28, 7, {domain::Measure::mmt}},
                       {12, 7, 7, {domain::Measure::mmt, domain::Measure::ck}}};
  protocol.schedule_assumption = "windows \"guessed\"";
  const std::string html = render_protocol_section(protocol);
  for (const char* expected :
       {"Protocol P&lt;1&gt; version 2: Trial &amp; error.", ">MMT score range<",
        ">0 to 80 points<", ">MMT-8 &lt;assumed&gt;<", ">windows &quot;guessed&quot;<",
        ">-28 / +7<", ">-7 / +7<", ">MMT score, CK<"}) {
    EXPECT_NE(html.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(html.find("CK range"), std::string::npos);  // published range: no assumption row
}

TEST(ProtocolSection, SaysSoWithoutAssumptions) {
  domain::Protocol protocol;
  protocol.instruments = {{domain::Measure::ck, 0, 100000, ""}};
  EXPECT_NE(render_protocol_section(protocol).find("The protocol file records no assumption."),
            std::string::npos);
}

}  // namespace
}  // namespace myoivig::io
