// build_adam on the bundled studies. Seed study: values hand-computed from the bundle's CSV
// rows; the 8 analysed patients (SEED-01, 02, 04, 06, 08, 09, 11, 12) are the ones
// data/demo/seed-study/README.md names. SAS dates: 2001-03-12 is day 15046 after
// 1960-01-01. Randomised trial: 95 randomised (47 IVIG, 48 placebo); the responders at TIS
// >= 20 without confirmed deterioration are the published ProDERM counts the demo was
// built to reproduce, 37 of 47 and 21 of 48.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/cdisc/cdisc_export.hpp"
#include "io/cdisc/cdisc_test_support.hpp"

namespace myoivig::io::cdisc {
namespace {

using testing::cell;
using testing::count_text;
using testing::dataset;
using xpt::missing;
using xpt::number;
using xpt::text;

struct CellCase {
  const char* dataset;
  std::size_t row;
  const char* variable;
  xpt::Cell expected;
};

CdiscExport adam_of(const testing::DemoStudy& study) {
  auto built = build_adam(study.data, study.protocol);
  EXPECT_TRUE(built) << (built ? "" : built.error().message);
  return built ? std::move(*built) : CdiscExport{};
}

TEST(SeedAdam, DatasetsAndPopulations) {
  const CdiscExport exported = adam_of(testing::seed_study());
  ASSERT_EQ(exported.datasets.size(), 3u);
  const CdiscDataset& adsl = dataset(exported, "ADSL");
  EXPECT_EQ(adsl.data.rows.size(), 12u);
  EXPECT_EQ(count_text(adsl, "SAFFL", "Y"), 12u);
  EXPECT_EQ(count_text(adsl, "ITTFL", "Y"), 12u);
  EXPECT_EQ(count_text(adsl, "EFFFL", "Y"), 8u);
  EXPECT_EQ(count_text(adsl, "EOSSTT", "DISCONTINUED"), 4u);  // SEED-03, 05, 07, 10
  // mmt 64 + adl 64 + ck 64 + fatigue and pain VAS 52 each (no VAS at screening)
  EXPECT_EQ(dataset(exported, "ADEFF").data.rows.size(), 296u);
  EXPECT_EQ(dataset(exported, "ADAE").data.rows.size(), 2u);
  // Analysed patients: baseline and week 12 of the 5 endpoints: 8 x 5 x 2 records.
  EXPECT_EQ(count_text(dataset(exported, "ADEFF"), "ANL01FL", "Y"), 80u);
}

TEST(SeedAdam, ValuesFollowTheSourceRows) {
  const CdiscExport exported = adam_of(testing::seed_study());
  const std::vector<CellCase> cases = {
      {"ADSL", 1, "USUBJID", text("SEED-IVIG-DEMO-JP-01-SEED-01")},
      {"ADSL", 1, "AGE", number(52)},
      {"ADSL", 1, "DIAG", text("PM")},
      {"ADSL", 1, "TRT01P",
       text("PEG-treated human IgG 0.4 g/kg/day for 5 successive days; "
            "a second course allowed")},
      {"ADSL", 1, "TRT01PN", number(1)},
      {"ADSL", 1, "ENRLDT", number(15015)},  // 2001-02-09
      {"ADSL", 1, "RANDDT", missing()},
      {"ADSL", 1, "TRTSDT", number(15046)},  // 2001-03-12
      {"ADSL", 1, "TRTEDT", number(15050)},  // 2001-03-16
      {"ADSL", 1, "TRTDURD", number(5)},
      {"ADSL", 1, "NCOURSES", number(1)},
      {"ADSL", 1, "EFFFL", text("Y")},
      {"ADSL", 1, "EOSSTT", text("COMPLETED")},
      {"ADSL", 1, "EOSDT", number(15127)},  // week 12 visit 2001-06-01
      {"ADSL", 1, "HEIGHTBL", number(168)},
      {"ADSL", 1, "WEIGHTBL", number(64.3)},
      {"ADSL", 3, "EFFFL", text("N")},
      {"ADSL", 3, "EOSSTT", text("DISCONTINUED")},
      {"ADSL", 3, "EOSDT", number(15176)},  // 2001-07-20
      {"ADSL", 3, "DCSREAS",
       text("Withdrew consent after the week-2 visit (personal reasons); no further study data")},
      {"ADSL", 5, "NCOURSES", number(2)},
      // SEED-01 MMT: weeks -4, 0, 2, 4, 8, 12 = 68, 66, 70, 74, 81, 83
      {"ADEFF", 1, "PARAMCD", text("MMTTOT")},
      {"ADEFF", 1, "AVISIT", text("SCREENING")},
      {"ADEFF", 1, "AVISITN", number(-4)},
      {"ADEFF", 1, "AVAL", number(68)},
      {"ADEFF", 1, "BASE", number(66)},
      {"ADEFF", 1, "CHG", missing()},
      {"ADEFF", 1, "ABLFL", text("")},
      {"ADEFF", 1, "ANL01FL", text("")},
      {"ADEFF", 2, "AVISIT", text("BASELINE")},
      {"ADEFF", 2, "ABLFL", text("Y")},
      {"ADEFF", 2, "CHG", missing()},
      {"ADEFF", 2, "ANL01FL", text("Y")},
      {"ADEFF", 2, "ADT", number(15046)},
      {"ADEFF", 2, "ADY", number(1)},
      {"ADEFF", 6, "AVISIT", text("WEEK 12")},
      {"ADEFF", 6, "AVAL", number(83)},
      {"ADEFF", 6, "CHG", number(17)},
      {"ADEFF", 6, "PCHG", number(100.0 * 17 / 66)},
      {"ADEFF", 6, "ANL01FL", text("Y")},
      {"ADEFF", 6, "TRTP",
       text("PEG-treated human IgG 0.4 g/kg/day for 5 successive days; a "
            "second course allowed")},
      {"ADEFF", 5, "ANL01FL", text("")},  // week 8 is not the primary week
      // SEED-01 CK (rows 13-18), fatigue VAS (19-23, weeks 0-12: 5.9 ... 0.9)
      {"ADEFF", 18, "PARAMCD", text("CK")},
      {"ADEFF", 18, "AVAL", number(512)},
      {"ADEFF", 18, "CHG", number(512 - 1580)},
      {"ADEFF", 19, "PARAMCD", text("FATVAS")},
      {"ADEFF", 19, "AVAL", number(5.9)},
      {"ADEFF", 23, "AVAL", number(0.9)},
      {"ADEFF", 23, "CHG", number(-5)},
      {"ADEFF", 23, "PCHG", number(100.0 * -5 / 5.9)},
      {"ADAE", 1, "USUBJID", text("SEED-IVIG-DEMO-JP-01-SEED-04")},
      {"ADAE", 1, "ACOURSE", number(1)},
      {"ADAE", 1, "ASTDT", number(15233)},  // 2001-09-15
      {"ADAE", 1, "AENDT", number(15254)},  // 2001-10-06
      {"ADAE", 1, "ASTDY", number(6)},
      {"ADAE", 1, "ADURN", number(22)},
      {"ADAE", 1, "ADURU", text("DAYS")},
      {"ADAE", 1, "TRTEMFL", text("Y")},
      {"ADAE", 1, "AESIFL", text("")},
      {"ADAE", 1, "AESER", text("Y")},
      {"ADAE", 1, "EFFFL", text("Y")},
      {"ADAE", 2, "ACOURSE", number(2)},
      {"ADAE", 2, "EFFFL", text("N")},  // SEED-05 was not analysed
  };
  for (const CellCase& c : cases) {
    EXPECT_EQ(cell(dataset(exported, c.dataset), c.row, c.variable), c.expected)
        << c.dataset << " row " << c.row << " " << c.variable;
  }
}

TEST(TrialAdam, RespondersMatchThePublishedCountsByArm) {
  const CdiscExport exported = adam_of(testing::rct_study());
  const CdiscDataset& adsl = dataset(exported, "ADSL");
  EXPECT_EQ(adsl.data.rows.size(), 95u);
  EXPECT_EQ(count_text(adsl, "ITTFL", "Y"), 95u);
  EXPECT_EQ(count_text(adsl, "EFFFL", "Y"), 95u);
  EXPECT_EQ(count_text(adsl, "TRT01P", "IVIG 2 g/kg every 4 weeks"), 47u);
  EXPECT_EQ(count_text(adsl, "TRT01P", "Placebo"), 48u);

  const CdiscDataset& adeff = dataset(exported, "ADEFF");
  const auto paramcd = *adeff.data.column("PARAMCD");
  const auto trtp = *adeff.data.column("TRTP");
  const auto avalc = *adeff.data.column("AVALC");
  const auto dtype = *adeff.data.column("DTYPE");
  std::size_t ivig = 0, placebo = 0, records = 0, imputed = 0;
  for (const xpt::Row& row : adeff.data.rows) {
    if (std::get<std::string>(row[paramcd]) != "RESP20") continue;
    ++records;
    if (std::get<std::string>(row[dtype]) == "NRI") ++imputed;
    if (std::get<std::string>(row[avalc]) != "Y") continue;
    (std::get<std::string>(row[trtp]) == "Placebo" ? placebo : ivig) += 1;
  }
  EXPECT_EQ(records, 95u);
  EXPECT_EQ(ivig, 37u);
  EXPECT_EQ(placebo, 21u);
  EXPECT_GT(imputed, 0u);  // the 7 withdrawn patients include some without a week-16 TIS
  EXPECT_EQ(count_text(adeff, "PARAMCD", "RESP40"), 95u);
  EXPECT_EQ(count_text(adeff, "PARAMCD", "RESP60"), 95u);
  EXPECT_EQ(count_text(adeff, "PARAMCD", "CDETER"), 95u);
  EXPECT_GT(count_text(adeff, "PARAMCD", "TIS"), 95u * 4);
  // RCT-001, MMT-8 (parameter 6; CK rows come first): weeks -4, 0, 4 = 125, 122, 124
  const auto mmt8 = [&](std::size_t row, const char* variable) {
    std::size_t seen = 0;
    const auto usubjid = *adeff.data.column("USUBJID");
    for (std::size_t r = 0; r < adeff.data.rows.size(); ++r) {
      const xpt::Row& cells = adeff.data.rows[r];
      if (std::get<std::string>(cells[usubjid]) != "SYN-RCT-IVIG-2G-N95-S1-US-01-RCT-001" ||
          std::get<std::string>(cells[paramcd]) != "MMT8TOT" || ++seen != row) {
        continue;
      }
      return cell(adeff, r + 1, variable);
    }
    return xpt::text("not found");
  };
  EXPECT_EQ(mmt8(1, "AVAL"), number(125));
  EXPECT_EQ(mmt8(2, "ABLFL"), text("Y"));
  EXPECT_EQ(mmt8(3, "AVAL"), number(124));
  EXPECT_EQ(mmt8(3, "CHG"), number(2));
  EXPECT_EQ(mmt8(3, "AVISIT"), text("WEEK 4"));
}

}  // namespace
}  // namespace myoivig::io::cdisc
