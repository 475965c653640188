// write_cdisc: every dataset of both demo studies (SDTM and ADaM) is written as XPT v5 that
// myoivig reads back identical and the `readstat` command reads with the same values;
// define.xml is well-formed (xmllint) and describes every dataset and variable written; CSV
// has a header of names and ISO dates; a value XPT cannot hold fails naming the dataset and
// variable before any file is written.
#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "io/cdisc/cdisc_export.hpp"
#include "io/cdisc/cdisc_test_support.hpp"
#include "io/xpt/xpt_reader.hpp"
#include "io/xpt/xpt_test_support.hpp"
#include "util/file.hpp"

namespace myoivig::io::cdisc {
namespace {

namespace fs = std::filesystem;
constexpr std::int64_t k_timestamp = 1767323045;  // 2026-01-02T03:04:05Z

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

void check_written(const CdiscExport& exported, const fs::path& folder) {
  auto written = write_cdisc(exported, folder, {ExportFormat::xpt, k_timestamp});
  ASSERT_TRUE(written) << written.error().message;
  ASSERT_EQ(written->size(), exported.datasets.size() + 1);
  std::size_t variables = 0;
  for (const CdiscDataset& dataset : exported.datasets) {
    std::string file = dataset.data.name;
    for (char& c : file) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const fs::path path = folder / (file + ".xpt");
    auto back = xpt::read_xpt(path);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_TRUE(*back == dataset.data) << path;
    auto csv = xpt::testing::readstat_csv(path, folder / (file + ".readstat.csv"));
    ASSERT_TRUE(csv) << csv.error().message;
    EXPECT_EQ(xpt::testing::mismatch_with_readstat(dataset.data, *csv), "") << path;
    variables += dataset.data.variables.size();
  }
  const fs::path define = folder / "define.xml";
  EXPECT_EQ(std::system(("xmllint --noout '" + define.string() + "' 2>/dev/null").c_str()), 0);
  auto xml = util::read_file(define);
  ASSERT_TRUE(xml);
  EXPECT_EQ(occurrences(*xml, "<ItemGroupDef "), exported.datasets.size());
  EXPECT_EQ(occurrences(*xml, "<ItemDef "), variables);
  EXPECT_EQ(occurrences(*xml, "<ItemRef "), variables);
  EXPECT_NE(xml->find("CreationDateTime=\"2026-01-02T03:04:05Z\""), std::string::npos);
}

// SDTM and ADaM of `study` written as XPT into a scratch folder `name` and checked.
void check_round_trip(const testing::DemoStudy& study, const std::string& name) {
  xpt::testing::Scratch scratch(name);
  auto sdtm = build_sdtm(study.data, study.protocol);
  ASSERT_TRUE(sdtm) << sdtm.error().message;
  check_written(*sdtm, scratch.path() / "sdtm");
  auto adam = build_adam(study.data, study.protocol);
  ASSERT_TRUE(adam) << adam.error().message;
  check_written(*adam, scratch.path() / "adam");
}

TEST(CdiscWrite, SeedStudyRoundTripsThroughXptAndReadstat) {
  check_round_trip(testing::seed_study(), "cdisc-seed");
}

TEST(CdiscWrite, RandomisedTrialRoundTripsThroughXptAndReadstat) {
  check_round_trip(testing::rct_study(), "cdisc-rct");
}

TEST(CdiscWrite, DefineXmlDescribesDatasetsVariablesAndCodelists) {
  const auto study = testing::seed_study();
  auto sdtm = build_sdtm(study.data, study.protocol);
  ASSERT_TRUE(sdtm);
  xpt::testing::Scratch scratch("cdisc-define");
  ASSERT_TRUE(write_cdisc(*sdtm, scratch.path(), {ExportFormat::xpt, k_timestamp}));
  const std::string xml = *util::read_file(scratch.path() / "define.xml");
  const std::vector<std::string> expected = {
      "def:DefineVersion=\"2.0.0\" def:StandardName=\"SDTM-IG\" def:StandardVersion=\"3.2\"",
      "<StudyName>SEED-IVIG-DEMO</StudyName>",
      "<ProtocolName>SEED-IVIG-2003</ProtocolName>",
      "<ItemGroupDef OID=\"IG.DM\" Name=\"DM\" Repeating=\"No\" IsReferenceData=\"No\" "
      "SASDatasetName=\"DM\" Domain=\"DM\" Purpose=\"Tabulation\" def:Structure=\"One record per "
      "subject\" def:Class=\"SPECIAL PURPOSE\" def:ArchiveLocationID=\"LF.DM\">",
      "<def:leaf ID=\"LF.QS\" xlink:href=\"qs.xpt\"><def:title>qs.xpt</def:title></def:leaf>",
      "<ItemRef ItemOID=\"IT.DM.USUBJID\" OrderNumber=\"3\" Mandatory=\"Yes\" KeySequence=\"2\" "
      "MethodOID=\"MT.DM.USUBJID\"/>",
      "<ItemDef OID=\"IT.DM.USUBJID\" Name=\"USUBJID\" SASFieldName=\"USUBJID\" "
      "DataType=\"text\" Length=\"28\">",
      "<ItemDef OID=\"IT.EX.EXSTDTC\" Name=\"EXSTDTC\" SASFieldName=\"EXSTDTC\" "
      "DataType=\"datetime\"",
      "<ItemDef OID=\"IT.DM.BRTHDTC\" Name=\"BRTHDTC\" SASFieldName=\"BRTHDTC\" "
      "DataType=\"partialDate\"",
      "<ItemDef OID=\"IT.EX.EXDOSE\" Name=\"EXDOSE\" SASFieldName=\"EXDOSE\" DataType=\"float\" "
      "Length=\"3\" SignificantDigits=\"1\"",
      "<ItemDef OID=\"IT.DM.AGE\" Name=\"AGE\" SASFieldName=\"AGE\" DataType=\"integer\" "
      "Length=\"2\"",
      "<CodeList OID=\"CL.DM.SEX\" Name=\"SEX (DM)\" DataType=\"text\">\n"
      "        <EnumeratedItem CodedValue=\"F\" OrderNumber=\"1\"/>\n"
      "        <EnumeratedItem CodedValue=\"M\" OrderNumber=\"2\"/>",
      "<CodeListItem CodedValue=\"MMTTOT\" OrderNumber=\"3\"><Decode><TranslatedText "
      "xml:lang=\"en\">MMT Total Score</TranslatedText></Decode></CodeListItem>",
      "<MethodDef OID=\"MT.DM.AGE\" Name=\"Algorithm to derive DM.AGE\" Type=\"Computation\">",
      "<def:CommentDef OID=\"COM.DM.BRTHDTC\"><Description><TranslatedText xml:lang=\"en\">Birth "
      "year only (ISO 8601 partial date): no full birth date is collected</TranslatedText>",
  };
  for (const std::string& fragment : expected) {
    EXPECT_NE(xml.find(fragment), std::string::npos) << fragment;
  }
}

TEST(CdiscWrite, CsvHasAHeaderOfNamesAndIsoDates) {
  const auto study = testing::seed_study();
  auto adam = build_adam(study.data, study.protocol);
  ASSERT_TRUE(adam);
  xpt::testing::Scratch scratch("cdisc-csv");
  auto written = write_cdisc(*adam, scratch.path(), {ExportFormat::csv, k_timestamp});
  ASSERT_TRUE(written) << written.error().message;
  const std::string csv = *util::read_file(scratch.path() / "adsl.csv");
  const std::string header =
      "STUDYID,USUBJID,SUBJID,SITEID,AGE,AGEU,SEX,DIAG,ARM,ACTARM,TRT01P,TRT01PN,TRT01A,TRT01AN,"
      "ENRLDT,RANDDT,TRTSDT,TRTEDT,TRTDURD,NCOURSES,SAFFL,ITTFL,EFFFL,EOSSTT,EOSDT,DCSREAS,"
      "HEIGHTBL,WEIGHTBL\n";
  EXPECT_EQ(csv.substr(0, header.size()), header);
  const std::string arm =
      "PEG-treated human IgG 0.4 g/kg/day for 5 successive days; a second course allowed";
  const std::string first =
      "SEED-IVIG-DEMO,SEED-IVIG-DEMO-JP-01-SEED-01,SEED-01,JP-01,52,YEARS,"
      "M,PM," +
      arm + "," + arm + "," + arm + ",1," + arm +
      ",1,2001-02-09,,2001-03-12,2001-03-16,5,1,Y,Y,Y,COMPLETED,2001-06-01,,"
      "168,64.3\n";
  EXPECT_EQ(csv.substr(header.size(), first.size()), first);
  EXPECT_TRUE(fs::exists(scratch.path() / "define.xml"));
  EXPECT_FALSE(fs::exists(scratch.path() / "adsl.xpt"));
}

TEST(CdiscWrite, ADatasetWithoutRecordsIsLeftOutAndItsOldFileRemoved) {
  auto study = testing::seed_study();
  xpt::testing::Scratch scratch("cdisc-empty");
  auto with_events = build_sdtm(study.data, study.protocol);
  ASSERT_TRUE(with_events);
  ASSERT_TRUE(write_cdisc(*with_events, scratch.path(), {ExportFormat::xpt, k_timestamp}));
  ASSERT_TRUE(fs::exists(scratch.path() / "ae.xpt"));
  study.data.adverse_events.clear();
  auto without = build_sdtm(study.data, study.protocol);
  ASSERT_TRUE(without);
  EXPECT_EQ(without->empty, std::vector<std::string>{"AE"});
  ASSERT_TRUE(write_cdisc(*without, scratch.path(), {ExportFormat::xpt, k_timestamp}));
  EXPECT_FALSE(fs::exists(scratch.path() / "ae.xpt"));
  EXPECT_EQ(util::read_file(scratch.path() / "define.xml")->find("IG.AE"), std::string::npos);
}

struct BadValueCase {
  const char* term;
  std::string message;
};

TEST(CdiscWrite, AValueXptCannotHoldFailsNamingDatasetAndVariableAndWritesNothing) {
  const std::vector<BadValueCase> cases = {
      {"a very long verbatim term ...",
       "XPT dataset 'AE', variable 'AETERM': character length "
       "201 is outside 1-200"},
      {"na\xC3\xAFve term",
       "XPT dataset 'AE', variable 'AETERM': row 1: text 'na\xC3\xAFve term' holds a character "
       "that is not printable ASCII"},
  };
  for (const BadValueCase& c : cases) {
    auto study = testing::seed_study();
    study.data.adverse_events[0].term =
        std::string(c.term).starts_with("a very") ? std::string(201, 'x') : c.term;
    auto sdtm = build_sdtm(study.data, study.protocol);
    ASSERT_TRUE(sdtm);
    xpt::testing::Scratch scratch("cdisc-bad");
    const fs::path folder = scratch.path() / "out";
    auto written = write_cdisc(*sdtm, folder, {ExportFormat::xpt, k_timestamp});
    ASSERT_FALSE(written) << c.term;
    EXPECT_EQ(written.error().message.substr(0, c.message.size()), c.message);
    EXPECT_FALSE(fs::exists(folder)) << "nothing may be written";
  }
}

}  // namespace
}  // namespace myoivig::io::cdisc
