// End-to-end tests of `myoivig import redcap|odm` through the real binary: the report, exit
// statuses, the JSON document, and that a refused import leaves the database unchanged.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"
#include "store/open_store.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using testing::quoted;
using testing::read_text;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_source = MYOIVIG_SOURCE_DIR;
const fs::path k_redcap = k_source / "tests/data/redcap/longitudinal";
const fs::path k_odm = k_source / "tests/data/odm";

std::string redcap_arguments(const fs::path& dir, const fs::path& database) {
  return "import redcap --dictionary " + quoted(dir / "dictionary.csv") + " --records " +
         quoted(dir / "records.csv") + " --events " + quoted(dir / "events.csv") +
         " --form-events " + quoted(dir / "form_events.csv") + " --mapping " +
         quoted(dir / "mapping.toml") + " --db " + quoted(database);
}

fs::path new_study(const fs::path& scratch) {
  const fs::path database = scratch / "study.db";
  const auto init = run_myoivig("init --protocol " + quoted(k_source / "protocols/seed-ivig.toml") +
                                    " --db " + quoted(database),
                                scratch);
  EXPECT_EQ(init.exit_status, 0) << init.err;
  return database;
}

// Records and audit rows stored: equal counts before and after mean nothing was written.
std::pair<std::size_t, std::size_t> stored(const fs::path& database) {
  auto store = store::open_store(database.string());
  EXPECT_TRUE(store);
  const auto data = (*store)->read_all();
  const auto audit = (*store)->audit_trail(0);
  return {data->patients.size() + data->visits.size() + data->assessments.size(), audit->size()};
}

TEST(ImportCommand, ImportsARedcapExportOnceAndThenChangesNothing) {
  ScratchDir scratch("import-redcap");
  const fs::path database = new_study(scratch.path());
  const auto first = run_myoivig(redcap_arguments(k_redcap, database), scratch.path());
  ASSERT_EQ(first.exit_status, 0) << first.out << first.err;
  EXPECT_NE(first.out.find("patients: 2 read, 2 new, 0 stored already"), std::string::npos)
      << first.out;
  EXPECT_NE(first.out.find("Imported in one transaction."), std::string::npos) << first.out;
  const auto after_first = stored(database);
  EXPECT_EQ(after_first.first, 2U + 7U + 7U);

  const auto again = run_myoivig(redcap_arguments(k_redcap, database) + " --json", scratch.path());
  ASSERT_EQ(again.exit_status, 0) << again.err;
  const auto json = nlohmann::json::parse(again.out);
  EXPECT_EQ(json.at("source"), "redcap");
  EXPECT_FALSE(json.at("written").get<bool>());
  EXPECT_EQ(json.at("read").at("rows"), 23);
  EXPECT_EQ(json.at("entities").at("visits").at("unchanged"), 7);
  EXPECT_EQ(json.at("entities").at("visits").at("added"), 0);
  EXPECT_EQ(json.at("errors"), 0);
  EXPECT_EQ(stored(database), after_first);
}

TEST(ImportCommand, ARefusedImportExitsWithTwoListsEveryProblemAndWritesNothing) {
  ScratchDir scratch("import-bad");
  const fs::path database = new_study(scratch.path());
  const fs::path bad = scratch.path() / "bad";
  fs::copy(k_redcap, bad);
  std::string records = read_text(bad / "records.csv");
  records.replace(records.find(",ck_uln,"), 8, ",ck_upper,");
  std::ofstream(bad / "records.csv", std::ios::binary) << records;
  const auto before = stored(database);

  const auto text = run_myoivig(redcap_arguments(bad, database), scratch.path());
  EXPECT_EQ(text.exit_status, 2);
  EXPECT_NE(text.out.find("records.csv:1: column 'ck_upper': not a field of the data dictionary"),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("Nothing was imported: the database is unchanged."), std::string::npos);

  const auto json_run = run_myoivig(redcap_arguments(bad, database) + " --json", scratch.path());
  EXPECT_EQ(json_run.exit_status, 2);
  const auto json = nlohmann::json::parse(json_run.out);
  // The renamed column, and the mapping's reference to its old name.
  EXPECT_EQ(json.at("errors"), 2);
  EXPECT_EQ(json.at("problems").at(0).at("file"), "records.csv");
  EXPECT_EQ(json.at("problems").at(0).at("row"), 1);
  EXPECT_EQ(json.at("problems").at(0).at("column"), "ck_upper");
  EXPECT_EQ(json.at("problems").at(1).at("file"), "mapping.toml");
  EXPECT_EQ(json.at("problems").at(1).at("value"), "ck_uln");
  EXPECT_EQ(stored(database), before);
}

TEST(ImportCommand, ADryRunReportsButWritesNothing) {
  ScratchDir scratch("import-dry");
  const fs::path database = new_study(scratch.path());
  const auto before = stored(database);
  const auto dry =
      run_myoivig(redcap_arguments(k_redcap, database) + " --dry-run --json", scratch.path());
  ASSERT_EQ(dry.exit_status, 0) << dry.err;
  const auto json = nlohmann::json::parse(dry.out);
  EXPECT_TRUE(json.at("dry_run").get<bool>());
  EXPECT_FALSE(json.at("written").get<bool>());
  EXPECT_EQ(json.at("entities").at("administrations").at("added"), 10);
  EXPECT_EQ(stored(database), before);
}

TEST(ImportCommand, ImportsAnOdmFile) {
  ScratchDir scratch("import-odm");
  const fs::path database = new_study(scratch.path());
  const auto run = run_myoivig("import odm " + quoted(k_odm / "openclinica.xml") + " --mapping " +
                                   quoted(k_odm / "openclinica_mapping.toml") + " --db " +
                                   quoted(database) + " --json",
                               scratch.path());
  ASSERT_EQ(run.exit_status, 0) << run.out << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json.at("source"), "odm");
  EXPECT_TRUE(json.at("written").get<bool>());
  EXPECT_EQ(json.at("entities").at("administrations").at("added"), 2);
}

TEST(ImportCommand, UsageErrorsExitWithTwo) {
  ScratchDir scratch("import-usage");
  const fs::path database = new_study(scratch.path());
  EXPECT_EQ(run_myoivig("import", scratch.path()).exit_status, 2);
  EXPECT_EQ(run_myoivig("import redcap --db " + quoted(database), scratch.path()).exit_status, 2);
  EXPECT_EQ(run_myoivig("import odm --mapping m.toml --db " + quoted(database), scratch.path())
                .exit_status,
            2);
  const auto missing_db =
      run_myoivig(redcap_arguments(k_redcap, scratch.path() / "none.db"), scratch.path());
  EXPECT_EQ(missing_db.exit_status, 2);
  EXPECT_NE(missing_db.err.find("myoivig import redcap: "), std::string::npos) << missing_db.err;
  for (const char* command : {"import --help", "import redcap --help", "import odm --help"}) {
    const auto help = run_myoivig(command, scratch.path());
    EXPECT_EQ(help.exit_status, 0) << command;
    EXPECT_NE(help.out.find("import"), std::string::npos) << command;
  }
  EXPECT_NE(run_myoivig("import redcap --help", scratch.path()).out.find("--form-events"),
            std::string::npos);
}

}  // namespace
}  // namespace myoivig::cli
