// write_xpt: every CDISC pilot file read, written and read again is identical, and the
// `readstat` command reads what myoivig wrote with the same values; awkward values (thirds,
// huge and tiny numbers, missing numbers, blank and 200-byte text, quotes, commas, leading
// blanks) survive the round trip; the file is XPT version 5 with the dataset's name and
// label in its headers and is byte-for-byte reproducible with a fixed timestamp.
#include "io/xpt/xpt_writer.hpp"

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/xpt/xpt_reader.hpp"
#include "io/xpt/xpt_test_support.hpp"
#include "util/file.hpp"

namespace myoivig::io::xpt {
namespace {

namespace fs = std::filesystem;

// 2026-01-02 03:04:05 UTC
constexpr std::int64_t k_timestamp = 1767323045;

const std::vector<const char*> k_pilot_files = {"dm.xpt", "ex.xpt", "ta.xpt", "adsl.xpt",
                                                "adae.xpt"};

TEST(XptWriter, PilotFilesComeBackIdenticalAndReadstatAgrees) {
  if (!fs::is_directory(testing::pilot_directory())) {
    GTEST_SKIP() << "CDISC pilot files not found at " << testing::pilot_directory();
  }
  testing::Scratch scratch("pilot-roundtrip");
  for (const char* file : k_pilot_files) {
    auto original = read_xpt(testing::pilot_directory() / file);
    ASSERT_TRUE(original) << original.error().message;
    const fs::path written = scratch.path() / file;
    auto result = write_xpt(*original, written, {k_timestamp});
    ASSERT_TRUE(result) << result.error().message;
    auto again = read_xpt(written);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_TRUE(*again == *original) << file;
    EXPECT_EQ(again->rows.size(), original->rows.size()) << file;

    auto csv = testing::readstat_csv(written, scratch.path() / (std::string(file) + ".csv"));
    ASSERT_TRUE(csv) << csv.error().message;
    EXPECT_EQ(testing::mismatch_with_readstat(*original, *csv), "") << file;
  }
}

Dataset awkward_dataset() {
  Dataset dataset;
  dataset.name = "QS";
  dataset.label = "Questionnaires, \"awkward\" values";
  dataset.variables = {
      {"USUBJID", "Unique Subject Identifier", VariableType::character, 200, ""},
      {"QSSTRESN", "Numeric Finding in Standard Format", VariableType::numeric, 8, "8.3"},
      {"QSDTC", "Date/Time of Finding", VariableType::character, 10, "$CHAR10."},
      {"ADT", "Analysis Date", VariableType::numeric, 8, "DATE9."},
  };
  dataset.rows = {
      {text("SEED-IVIG-DEMO-JP-01-SEED-01"), number(1.0 / 3.0), text("2001-03-12"), number(15046)},
      {text("say \"hi\", then, leave"), number(-1e70), text(""), missing()},
      {text("  leading blanks"), number(1e-10), missing(), number(-21915)},
      {text(std::string(200, 'x')), number(123456789.125), text("2001"), number(0)},
      {text("tab\tinside"), number(-0.5), text("ab,c"), number(2.5e-78)},
  };
  return dataset;
}

TEST(XptWriter, AwkwardValuesComeBackAndReadstatAgrees) {
  testing::Scratch scratch("awkward");
  const Dataset dataset = awkward_dataset();
  const fs::path path = scratch.path() / "qs.xpt";
  auto result = write_xpt(dataset, path, {k_timestamp});
  ASSERT_TRUE(result) << result.error().message;
  auto back = read_xpt(path);
  ASSERT_TRUE(back) << back.error().message;
  // A blank character value is read back as empty text.
  Dataset expected = dataset;
  expected.rows[2][2] = text("");
  EXPECT_TRUE(*back == expected);
  EXPECT_EQ(back->label, "Questionnaires, \"awkward\" values");
  EXPECT_EQ(back->variables[1].format, "8.3");
  EXPECT_EQ(back->variables[2].format, "$CHAR10.");
  EXPECT_EQ(back->variables[3].format, "DATE9.");
  EXPECT_EQ(std::get<double>(back->rows[0][1]), 1.0 / 3.0);  // exact: IBM holds 53 bits

  auto csv = testing::readstat_csv(path, scratch.path() / "qs.csv");
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(testing::mismatch_with_readstat(expected, *csv), "");
}

TEST(XptWriter, TheReadstatComparisonNamesTheFirstDifference) {
  testing::Scratch scratch("compare");
  const fs::path path = scratch.path() / "qs.xpt";
  ASSERT_TRUE(write_xpt(awkward_dataset(), path, {k_timestamp}));
  auto csv = testing::readstat_csv(path, scratch.path() / "qs.csv");
  ASSERT_TRUE(csv) << csv.error().message;
  Dataset changed = awkward_dataset();
  changed.rows[2][2] = text("");
  changed.rows[3][1] = number(123456789.126);
  EXPECT_EQ(testing::mismatch_with_readstat(changed, *csv),
            "row 4, QSSTRESN: readstat '123456789.125000', dataset 123456789.126");
  changed.rows[3][1] = number(123456789.125);
  changed.rows[0][0] = text("SEED-01");
  EXPECT_EQ(testing::mismatch_with_readstat(changed, *csv),
            "row 1, USUBJID: readstat 'SEED-IVIG-DEMO-JP-01-SEED-01', dataset 'SEED-01'");
}

TEST(XptWriter, AnEmptyDatasetHasItsVariablesAndNoRows) {
  testing::Scratch scratch("empty");
  Dataset dataset = awkward_dataset();
  dataset.rows.clear();
  const fs::path path = scratch.path() / "qs.xpt";
  ASSERT_TRUE(write_xpt(dataset, path, {k_timestamp}));
  auto back = read_xpt(path);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_TRUE(*back == dataset);
}

TEST(XptWriter, WritesVersion5HeadersWithTheDatasetNameAndLabel) {
  testing::Scratch scratch("headers");
  const fs::path path = scratch.path() / "qs.xpt";
  ASSERT_TRUE(write_xpt(awkward_dataset(), path, {k_timestamp}));
  auto bytes = util::read_file(path);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->size() % 80, 0u);
  // Records (TS-140): 1 library header, 4 member header, 5 descriptor header, 6-7 member
  // data (name at 8-15 of record 6, label at 32-71 of record 7), 8 namestr header.
  const auto record = [&](std::size_t n) { return bytes->substr((n - 1) * 80, 80); };
  EXPECT_EQ(record(1).substr(0, 48), "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!");
  EXPECT_EQ(record(4).substr(0, 48), "HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!");
  EXPECT_EQ(record(4).substr(74, 4), "0140");  // 140-byte namestr records
  EXPECT_EQ(record(6).substr(0, 16), "SAS     QS      ");
  EXPECT_EQ(record(7).substr(32, 40), "Questionnaires, \"awkward\" values        ");
  EXPECT_EQ(record(8).substr(0, 48), "HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!");
  EXPECT_EQ(record(8).substr(54, 4), "0004");  // variables
  EXPECT_EQ(bytes->find("LIBV8"), std::string::npos);
}

TEST(XptWriter, AFixedTimestampGivesTheSameBytes) {
  testing::Scratch scratch("reproducible");
  ASSERT_TRUE(write_xpt(awkward_dataset(), scratch.path() / "a.xpt", {k_timestamp}));
  ASSERT_TRUE(write_xpt(awkward_dataset(), scratch.path() / "b.xpt", {k_timestamp}));
  EXPECT_EQ(*util::read_file(scratch.path() / "a.xpt"), *util::read_file(scratch.path() / "b.xpt"));
}

TEST(XptWriter, AnUnwritableFolderIsAnIoErrorNamingThePath) {
  auto result = write_xpt(awkward_dataset(), "/nonexistent/folder/qs.xpt");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, util::ErrorCode::io_error);
  EXPECT_NE(result.error().message.find("cannot write XPT file '/nonexistent/folder/qs.xpt'"),
            std::string::npos)
      << result.error().message;
}

}  // namespace
}  // namespace myoivig::io::xpt
