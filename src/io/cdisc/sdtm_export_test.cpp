// build_sdtm on the bundled seed study (data/demo/seed-study, protocols/seed-ivig.toml):
// row counts and values hand-computed from the bundle's CSV rows. SEED-01 (JP-01, born 1949,
// enrolled 2001-02-09) had its first infusion on 2001-03-12 (day 1) and last on 2001-03-16;
// its last visit (week 12) was 2001-06-01. Study days count from day 1 with no day 0:
// 2001-02-09 is 31 days before, day -31.
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

class SeedSdtm : public ::testing::Test {
 protected:
  void SetUp() override {
    study = testing::seed_study();
    auto built = build_sdtm(study.data, study.protocol);
    ASSERT_TRUE(built) << built.error().message;
    exported = std::move(*built);
  }
  testing::DemoStudy study;
  CdiscExport exported;
};

struct CountCase {
  const char* dataset;
  std::size_t rows;
  const char* why;
};

TEST_F(SeedSdtm, EachDomainHasOneRecordPerSourceRecord) {
  const std::vector<CountCase> cases = {
      {"DM", 12, "patients.csv"},
      {"SV", 64, "visits.csv"},
      {"EX", 75, "administrations.csv"},
      {"CM", 34, "steroid_doses.csv"},
      {"AE", 2, "adverse_events.csv"},
      {"LB", 64, "assessments with CK"},
      {"VS", 76, "64 weights + 12 heights"},
      {"QS", 272, "mmt, adl, 2 VAS and physician_global values recorded"},
      {"TA", 2, "screening + IVIG"},
      {"TE", 2, "screening + IVIG"},
      {"TV", 6, "weeks -4, 0, 2, 4, 8, 12"},
  };
  std::vector<std::string> names;
  for (const CdiscDataset& d : exported.datasets) names.push_back(d.data.name);
  EXPECT_EQ(names, (std::vector<std::string>{"DM", "SV", "EX", "CM", "AE", "LB", "VS", "QS", "TA",
                                             "TE", "TV"}));
  EXPECT_TRUE(exported.empty.empty());
  for (const CountCase& c : cases) {
    EXPECT_EQ(dataset(exported, c.dataset).data.rows.size(), c.rows) << c.dataset << ": " << c.why;
  }
  EXPECT_EQ(exported.study_id, "SEED-IVIG-DEMO");
}

struct CellCase {
  const char* dataset;
  std::size_t row;
  const char* variable;
  xpt::Cell expected;
};

TEST_F(SeedSdtm, ValuesFollowTheSourceRows) {
  const std::vector<CellCase> cases = {
      {"DM", 1, "STUDYID", text("SEED-IVIG-DEMO")},
      {"DM", 1, "DOMAIN", text("DM")},
      {"DM", 1, "USUBJID", text("SEED-IVIG-DEMO-JP-01-SEED-01")},
      {"DM", 1, "SUBJID", text("SEED-01")},
      {"DM", 1, "RFSTDTC", text("2001-03-12")},
      {"DM", 1, "RFENDTC", text("2001-06-01")},
      {"DM", 1, "RFXSTDTC", text("2001-03-12")},
      {"DM", 1, "RFXENDTC", text("2001-03-16")},
      {"DM", 1, "BRTHDTC", text("1949")},
      {"DM", 1, "AGE", number(52)},
      {"DM", 1, "AGEU", text("YEARS")},
      {"DM", 1, "SEX", text("M")},
      {"DM", 1, "ARMCD", text("IVIG")},
      {"DM", 1, "COUNTRY", text("JPN")},
      {"DM", 1, "DMDTC", text("2001-02-09")},
      {"DM", 1, "DMDY", number(-31)},
      {"DM", 1, "DTHFL", text("")},
      {"DM", 3, "RFENDTC", text("2001-07-20")},  // SEED-03 withdrew on 2001-07-20
      {"EX", 1, "EXSEQ", number(1)},
      {"EX", 1, "EXLNKGRP", text("COURSE 1")},
      {"EX", 1, "EXTRT", text("PEG-IgG 5%")},
      {"EX", 1, "EXDOSE", number(27.5)},
      {"EX", 1, "EXDOSU", text("g")},
      {"EX", 1, "EXDOSFRM", text("SOLUTION")},
      {"EX", 1, "EXROUTE", text("INTRAVENOUS")},
      {"EX", 1, "EXVAMT", number(550)},
      {"EX", 1, "EXSTDTC", text("2001-03-12T09:15")},
      {"EX", 1, "EXENDTC", text("2001-03-12T15:40")},
      {"EX", 1, "EXSTDY", number(1)},
      {"EX", 1, "VISIT", text("BASELINE")},  // the week-0 visit was on the first infusion day
      {"EX", 2, "EXSTDY", number(2)},
      {"EX", 2, "VISIT", text("")},
      {"AE", 1, "USUBJID", text("SEED-IVIG-DEMO-JP-01-SEED-04")},
      {"AE", 1, "AESEQ", number(1)},
      {"AE", 1, "AELNKGRP", text("COURSE 1")},
      {"AE", 1, "AETERM", text("asymptomatic myocardial infarction")},
      {"AE", 1, "AEDECOD", text("ASYMPTOMATIC MYOCARDIAL INFARCTION")},
      {"AE", 1, "AESEV", text("MODERATE")},
      {"AE", 1, "AESER", text("Y")},
      {"AE", 1, "AEREL", text("POSSIBLY RELATED")},
      {"AE", 1, "AEOUT", text("RECOVERED/RESOLVED")},
      {"AE", 1, "AESTDTC", text("2001-09-15")},
      {"AE", 1, "AESTDY", number(6)},   // first infusion 2001-09-10
      {"AE", 1, "AEENDY", number(27)},  // 2001-10-06
      {"AE", 2, "AELNKGRP", text("COURSE 2")},
      {"AE", 2, "AESER", text("N")},
      {"AE", 2, "AEREL", text("PROBABLY RELATED")},
      {"AE", 2, "AESTDY", number(42)},  // SEED-05: 2001-11-05 to 2001-12-16
      {"LB", 1, "LBTESTCD", text("CK")},
      {"LB", 1, "LBTEST", text("Creatine Kinase")},
      {"LB", 1, "LBCAT", text("CHEMISTRY")},
      {"LB", 1, "LBORRES", text("1670")},
      {"LB", 1, "LBORRESU", text("U/L")},
      {"LB", 1, "LBORNRHI", text("200")},
      {"LB", 1, "LBSTRESN", number(1670)},
      {"LB", 1, "LBSTNRHI", number(200)},
      {"LB", 1, "LBNRIND", text("HIGH")},
      {"LB", 1, "LBBLFL", text("")},
      {"LB", 1, "VISITNUM", number(1)},
      {"LB", 1, "VISIT", text("SCREENING")},
      {"LB", 1, "VISITDY", number(-28)},
      {"LB", 1, "LBDTC", text("2001-02-09")},
      {"LB", 1, "LBDY", number(-31)},
      {"LB", 2, "LBBLFL", text("Y")},
      {"LB", 2, "LBSTRESN", number(1580)},
      {"LB", 2, "VISIT", text("BASELINE")},
      {"LB", 2, "LBDY", number(1)},
      {"VS", 1, "VSTESTCD", text("HEIGHT")},
      {"VS", 1, "VSORRES", text("168")},
      {"VS", 1, "VSSTRESU", text("cm")},
      {"VS", 1, "VSDTC", text("2001-02-09")},
      {"VS", 1, "VISIT", text("SCREENING")},
      {"VS", 2, "VSTESTCD", text("WEIGHT")},
      {"VS", 2, "VSSTRESN", number(64.2)},
      {"VS", 3, "VSSTRESN", number(64.3)},
      {"VS", 3, "VSBLFL", text("Y")},
      {"QS", 1, "QSTESTCD", text("MMTTOT")},
      {"QS", 1, "QSSTRESN", number(68)},
      {"QS", 2, "QSTESTCD", text("ADLTOT")},
      {"QS", 6, "QSTESTCD", text("PAINVAS")},
      {"QS", 6, "QSORRES", text("4.2")},
      {"QS", 6, "QSSTRESN", number(4.2)},
      {"QS", 6, "QSSTRESU", text("cm")},
      {"QS", 6, "QSBLFL", text("Y")},
      {"QS", 6, "QSDY", number(1)},
      {"QS", 11, "QSTESTCD", text("PHGLCHG")},
      {"QS", 11, "QSORRES", text("UNCHANGED")},
      {"QS", 11, "QSSTRESN", missing()},
      {"QS", 11, "VISIT", text("WEEK 2")},
      {"QS", 11, "QSSEQ", number(11)},
      {"CM", 1, "CMTRT", text("PREDNISOLONE")},
      {"CM", 1, "CMDOSE", number(60)},
      {"CM", 1, "CMDOSU", text("mg")},
      {"CM", 1, "CMSTDTC", text("2001-01-11")},
      {"CM", 1, "CMSTDY", number(-60)},
      {"CM", 1, "CMENDY", number(28)},
      {"CM", 4, "CMDOSE", number(45)},
      {"CM", 4, "CMENDTC", text("")},
      {"CM", 4, "CMENRTPT", text("ONGOING")},
      {"CM", 4, "CMENTPT", text("2001-06-01")},
      {"SV", 1, "VISIT", text("SCREENING")},
      {"SV", 1, "SVSTDTC", text("2001-02-09")},
      {"SV", 6, "VISIT", text("WEEK 12")},
      {"SV", 6, "SVSTDY", number(82)},  // 2001-06-01 is 81 days after 2001-03-12
      {"TV", 2, "VISIT", text("BASELINE")},
      {"TV", 2, "VISITDY", number(1)},
      {"TV", 6, "VISIT", text("WEEK 12")},
      {"TV", 6, "VISITDY", number(85)},
      {"TA", 1, "ETCD", text("SCRN")},
      {"TA", 2, "ETCD", text("IVIG")},
      {"TA", 2, "EPOCH", text("TREATMENT")},
      {"TE", 1, "TEDUR", text("P4W")},
      {"TE", 2, "TEDUR", text("P12W")},
  };
  for (const CellCase& c : cases) {
    EXPECT_EQ(cell(dataset(exported, c.dataset), c.row, c.variable), c.expected)
        << c.dataset << " row " << c.row << " " << c.variable;
  }
}

TEST_F(SeedSdtm, SequencesCountWithinEachSubjectAndCharacterLengthsFitTheLongestValue) {
  const CdiscDataset& ex = dataset(exported, "EX");
  EXPECT_EQ(cell(ex, 5, "EXSEQ"), number(5));
  EXPECT_EQ(cell(ex, 6, "EXSEQ"), number(1));  // SEED-02's first infusion
  const CdiscDataset& dm = dataset(exported, "DM");
  EXPECT_EQ(dm.data.variables[*dm.data.column("USUBJID")].length,
            std::string("SEED-IVIG-DEMO-JP-01-SEED-01").size());
  EXPECT_EQ(dm.data.variables[*dm.data.column("DTHFL")].length, 1u);  // all blank
  EXPECT_EQ(count_text(dm, "ACTARMCD", "IVIG"), 12u);  // every seed patient was treated
}

// The trial's masked courses are placebo in the placebo arm: 178 courses of 5 days (counted
// from courses.csv and allocations.csv), so 890 EX records say PLACEBO with dose 0, and the
// other 3,670 name the product.
TEST(RctSdtm, PlaceboInfusionsArePlaceboWithDoseZero) {
  const testing::DemoStudy study = testing::rct_study();
  auto built = build_sdtm(study.data, study.protocol);
  ASSERT_TRUE(built) << built.error().message;
  const CdiscDataset& ex = dataset(*built, "EX");
  EXPECT_EQ(count_text(ex, "EXTRT", "PLACEBO"), 890u);
  EXPECT_EQ(count_text(ex, "EXTRT", "Octagam 10%"), 3670u);
  const auto treatment = ex.data.column("EXTRT");
  const auto dose = ex.data.column("EXDOSE");
  ASSERT_TRUE(treatment && dose);
  for (const xpt::Row& row : ex.data.rows) {
    const bool placebo = std::get<std::string>(row[*treatment]) == "PLACEBO";
    const double grams = std::get<double>(row[*dose]);
    EXPECT_EQ(placebo, grams == 0) << grams;
  }
}

}  // namespace
}  // namespace myoivig::io::cdisc
