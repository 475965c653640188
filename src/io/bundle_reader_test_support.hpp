// Test support for the bundle reader's tests, not part of the library: the seed protocol,
// load() as `myoivig load` reads and checks a bundle, a temporary copy of the demo bundle
// to corrupt, and the parameterised CorruptedBundle fixture (its cases are instantiated in
// bundle_reader_format_test.cpp and bundle_reader_values_test.cpp).
// Thread-safety: single-threaded tests.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "io/bundle_reader.hpp"
#include "io/protocol_file.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io::testing {

namespace fs = std::filesystem;

inline const fs::path k_source = fs::path(MYOIVIG_SOURCE_DIR);
inline const fs::path k_demo_bundle = k_source / "data/demo/seed-study";

inline const domain::Protocol& seed_protocol() {
  static const domain::Protocol protocol = [] {
    auto read = read_protocol_file(k_source / "protocols/seed-ivig.toml");
    EXPECT_TRUE(read) << read.error().message;
    return read ? *read : domain::Protocol{};
  }();
  return protocol;
}

// Reads and checks a bundle as `load` does, against the seed protocol and no stored data.
inline util::Expected<void> load(const fs::path& directory) {
  MYOIVIG_TRY_ASSIGN(bundle, read_bundle(directory));
  return check_bundle(bundle, domain::StudyData{}, seed_protocol());
}

// A copy of the demo bundle's CSV files in a fresh temporary folder, removed afterwards.
class TemporaryBundle {
 public:
  TemporaryBundle() {
    std::random_device random;
    m_directory = fs::temp_directory_path() /
                  ("myoivig-bundle-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(m_directory);
    for (const fs::directory_entry& entry : fs::directory_iterator(k_demo_bundle)) {
      if (entry.path().extension() == ".csv") {
        fs::copy_file(entry.path(), m_directory / entry.path().filename());
      }
    }
  }
  ~TemporaryBundle() {
    std::error_code ignored;
    fs::remove_all(m_directory, ignored);
  }
  TemporaryBundle(const TemporaryBundle&) = delete;
  TemporaryBundle& operator=(const TemporaryBundle&) = delete;

  [[nodiscard]] const fs::path& directory() const { return m_directory; }

  [[nodiscard]] std::string read(std::string_view file) const {
    auto text = util::read_file(m_directory / file);
    EXPECT_TRUE(text) << text.error().message;
    return text ? *text : std::string();
  }

  void write(std::string_view file, std::string_view text) const {
    const auto written = util::write_file_atomically(m_directory / file, text);
    ASSERT_TRUE(written) << written.error().message;
  }

  // Replaces `from` by `to` in line `line` (1-based) of `file`; `from` must be there.
  void edit_line(std::string_view file, std::size_t line, std::string_view from,
                 std::string_view to) const {
    std::vector<std::string> lines = util::split(read(file), '\n');
    ASSERT_LT(line - 1, lines.size()) << file;
    std::string& text = lines[line - 1];
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << file << ":" << line << " has no '" << from << "'";
    text.replace(at, from.size(), to);
    write(file, util::join(lines, "\n"));
  }

  // Applies `change` to every line of `file` but the empty one after the last line break.
  void edit_each_line(std::string_view file,
                      const std::function<std::string(const std::string&)>& change) const {
    std::vector<std::string> lines = util::split(read(file), '\n');
    for (std::string& text : lines) {
      if (!text.empty()) text = change(text);
    }
    write(file, util::join(lines, "\n"));
  }

 private:
  fs::path m_directory;
};

inline std::string without_last_field(const std::string& line) {
  return line.substr(0, line.rfind(','));
}

inline std::string with_crlf(const std::string& line) {
  return line + "\r";
}

struct CorruptCase {
  std::string_view name;
  std::function<void(const TemporaryBundle&)> corrupt;
  std::string message;  // the exact error of load(); empty: loads
  friend void PrintTo(const CorruptCase& c, std::ostream* os) { *os << c.name; }
};

class CorruptedBundle : public ::testing::TestWithParam<CorruptCase> {};

inline std::string case_name(const ::testing::TestParamInfo<CorruptCase>& param_info) {
  return std::string(param_info.param.name);
}

}  // namespace myoivig::io::testing
