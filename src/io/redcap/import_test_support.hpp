// Test support for the import tests, not part of the library: the fixture folders, a study
// database in a scratch folder created for the seed protocol (a real SQLite store), and a
// snapshot of everything stored (records and audit trail) to show that a refused import
// changed nothing. For *_test.cpp files only.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "domain/protocol.hpp"
#include "domain/record_fields_for_tests.hpp"
#include "io/protocol_file.hpp"
#include "store/open_store.hpp"
#include "store/store.hpp"

namespace myoivig::io::redcap::testing {

inline const std::filesystem::path k_source_dir = MYOIVIG_SOURCE_DIR;
inline const std::filesystem::path k_redcap_data = k_source_dir / "tests/data/redcap";
inline const std::filesystem::path k_odm_data = k_source_dir / "tests/data/odm";
inline const std::filesystem::path k_seed_protocol = k_source_dir / "protocols/seed-ivig.toml";

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline store::AuditContext test_context() {
  return {"test:importer", "import test", "2026-11-25T12:00:00Z"};
}

// A fresh study database for a protocol (the seed protocol unless told) in its own scratch
// folder.
class StudyDatabase {
 public:
  explicit StudyDatabase(const std::string& name,
                         const std::filesystem::path& protocol_file = k_seed_protocol)
      : m_dir(std::filesystem::temp_directory_path() /
              ("myoivig-import-" + name + "-" +
               std::to_string(::testing::UnitTest::GetInstance()->random_seed()))) {
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
    const std::string text = read_text(protocol_file);
    auto protocol = parse_protocol(text);
    EXPECT_TRUE(protocol) << protocol.error().message;
    m_protocol = *protocol;
    auto created =
        store::create_store((m_dir / "study.db").string(),
                            {store::StudyKind::study, m_protocol.id, text}, test_context());
    EXPECT_TRUE(created) << created.error().message;
    m_store = std::move(*created);
  }
  ~StudyDatabase() {
    m_store.reset();
    std::filesystem::remove_all(m_dir);
  }
  StudyDatabase(const StudyDatabase&) = delete;
  StudyDatabase& operator=(const StudyDatabase&) = delete;

  [[nodiscard]] store::Store& store() { return *m_store; }
  [[nodiscard]] const domain::Protocol& protocol() const { return m_protocol; }
  [[nodiscard]] const std::filesystem::path& dir() const { return m_dir; }

  // Every record and the number of audit rows: equal snapshots mean nothing was written.
  struct Snapshot {
    domain::StudyData data;
    std::size_t audit_rows = 0;
    [[nodiscard]] bool same_as(const Snapshot& other) const {
      return audit_rows == other.audit_rows && domain::testing::same_study(data, other.data);
    }
  };
  Snapshot snapshot() {
    auto data = m_store->read_all();
    auto audit = m_store->audit_trail(0);
    EXPECT_TRUE(data && audit);
    return {data ? *data : domain::StudyData{}, audit ? audit->size() : 0};
  }

 private:
  std::filesystem::path m_dir;
  domain::Protocol m_protocol;
  std::unique_ptr<store::Store> m_store;
};

}  // namespace myoivig::io::redcap::testing
