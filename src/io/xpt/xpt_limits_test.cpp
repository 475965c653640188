// Every XPT v5 limit is checked before anything is written: each case below breaks one
// rule, and write_xpt fails with the dataset, variable (and row) named, creating no file
// and leaving an existing one untouched. Datasets at the limits are accepted.
#include "io/xpt/xpt_limits.hpp"

#include <filesystem>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/xpt/xpt_test_support.hpp"
#include "io/xpt/xpt_writer.hpp"
#include "util/file.hpp"

namespace myoivig::io::xpt {
namespace {

namespace fs = std::filesystem;

// A valid dataset: AE with a sequence number, a term and a start day.
Dataset valid_dataset() {
  Dataset dataset;
  dataset.name = "AE";
  dataset.label = "Adverse Events";
  dataset.variables = {
      {"AESEQ", "Sequence Number", VariableType::numeric, 8, ""},
      {"AETERM", "Reported Term for the Adverse Event", VariableType::character, 20, ""},
      {"ASTDT", "Analysis Start Date", VariableType::numeric, 8, "DATE9."},
  };
  dataset.rows = {
      {number(1), text("headache"), number(15000)},
      {number(2), text("fever"), missing()},
  };
  return dataset;
}

struct LimitCase {
  const char* rule;
  std::function<void(Dataset&)> change;
  std::string message;
};

const std::string k_long_label(41, 'L');

const std::vector<LimitCase> k_cases = {
    {"dataset name over 8", [](Dataset& d) { d.name = "ADVERSEEV"; },
     "XPT dataset 'ADVERSEEV': dataset name 'ADVERSEEV' is not a SAS name (1-8 upper case "
     "letters, digits or '_', not starting with a digit)"},
    {"dataset name lower case", [](Dataset& d) { d.name = "ae"; },
     "XPT dataset 'ae': dataset name 'ae' is not a SAS name"},
    {"dataset name empty", [](Dataset& d) { d.name = ""; },
     "XPT dataset '': dataset name '' is not a SAS name"},
    {"dataset label over 40", [](Dataset& d) { d.label = k_long_label; },
     "XPT dataset 'AE': dataset label '" + k_long_label + "' is 41 characters, at most 40 allowed"},
    {"dataset label not ASCII", [](Dataset& d) { d.label = "Adverse \xC3\xA9v\xC3\xA9nements"; },
     "XPT dataset 'AE': dataset label 'Adverse \xC3\xA9v\xC3\xA9nements' holds a character that "
     "is not printable ASCII"},
    {"no variables", [](Dataset& d) { d.variables.clear(), d.rows.clear(); },
     "XPT dataset 'AE': 0 variables; SAS transport holds 1-9999"},
    {"variable name over 8", [](Dataset& d) { d.variables[1].name = "AETERMVER"; },
     "XPT dataset 'AE', variable 'AETERMVER': name 'AETERMVER' is not a SAS name (1-8 upper "
     "case letters, digits or '_', not starting with a digit)"},
    {"variable name starts with a digit", [](Dataset& d) { d.variables[1].name = "1TERM"; },
     "XPT dataset 'AE', variable '1TERM': name '1TERM' is not a SAS name"},
    {"variable name with a hyphen", [](Dataset& d) { d.variables[1].name = "AE-TERM"; },
     "XPT dataset 'AE', variable 'AE-TERM': name 'AE-TERM' is not a SAS name"},
    {"variable name twice", [](Dataset& d) { d.variables[2].name = "AESEQ"; },
     "XPT dataset 'AE', variable 'AESEQ': name used twice (variables 1 and 3)"},
    {"variable label over 40",
     [](Dataset& d) { d.variables[1].label = "Reported Term for the Adverse Event (text)"; },
     "XPT dataset 'AE', variable 'AETERM': label 'Reported Term for the Adverse Event (text)' is "
     "42 characters, at most 40 allowed"},
    {"variable label with a tab", [](Dataset& d) { d.variables[1].label = "Term\tverbatim"; },
     "XPT dataset 'AE', variable 'AETERM': label 'Term\tverbatim' holds a character that is not "
     "printable ASCII"},
    {"character length over 200", [](Dataset& d) { d.variables[1].length = 201; },
     "XPT dataset 'AE', variable 'AETERM': character length 201 is outside 1-200"},
    {"character length 0", [](Dataset& d) { d.variables[1].length = 0; },
     "XPT dataset 'AE', variable 'AETERM': character length 0 is outside 1-200"},
    {"numeric length 2", [](Dataset& d) { d.variables[0].length = 2; },
     "XPT dataset 'AE', variable 'AESEQ': numeric length 2 is outside 3-8"},
    {"numeric length 9", [](Dataset& d) { d.variables[0].length = 9; },
     "XPT dataset 'AE', variable 'AESEQ': numeric length 9 is outside 3-8"},
    {"format without a dot", [](Dataset& d) { d.variables[2].format = "DATE9"; },
     "XPT dataset 'AE', variable 'ASTDT': format 'DATE9' is not a SAS format [$]NAME[w].[d] "
     "with a name of at most 8 characters"},
    {"format name over 8", [](Dataset& d) { d.variables[2].format = "E8601DATX10."; },
     "XPT dataset 'AE', variable 'ASTDT': format 'E8601DATX10.' is not a SAS format"},
    {"row with a cell missing", [](Dataset& d) { d.rows[1].pop_back(); },
     "XPT dataset 'AE': row 2 has 2 cells for 3 variables"},
    {"text in a numeric variable", [](Dataset& d) { d.rows[0][0] = text("1"); },
     "XPT dataset 'AE', variable 'AESEQ': row 1: text '1' in a numeric variable"},
    {"number in a character variable", [](Dataset& d) { d.rows[1][1] = number(3); },
     "XPT dataset 'AE', variable 'AETERM': row 2: number 3 in a character variable"},
    {"text longer than the variable", [](Dataset& d) { d.rows[1][1] = text(std::string(21, 'x')); },
     "XPT dataset 'AE', variable 'AETERM': row 2: text '" + std::string(21, 'x') +
         "' is 21 bytes, longer than the variable's length 20"},
    {"text not ASCII", [](Dataset& d) { d.rows[0][1] = text("na\xC3\xAFve"); },
     "XPT dataset 'AE', variable 'AETERM': row 1: text 'na\xC3\xAFve' holds a character that is "
     "not printable ASCII"},
    {"text with a line break", [](Dataset& d) { d.rows[0][1] = text("head\nache"); },
     "XPT dataset 'AE', variable 'AETERM': row 1: text 'head\nache' holds a character that is "
     "not printable ASCII"},
    {"number not finite",
     [](Dataset& d) { d.rows[1][2] = number(std::numeric_limits<double>::infinity()); },
     "XPT dataset 'AE', variable 'ASTDT': row 2: number inf is outside the SAS transport range "
     "(|x| < 7.23701e+75)"},
    {"NaN", [](Dataset& d) { d.rows[1][2] = number(std::numeric_limits<double>::quiet_NaN()); },
     "XPT dataset 'AE', variable 'ASTDT': row 2: number nan is outside the SAS transport range"},
    {"number above the IBM range", [](Dataset& d) { d.rows[0][0] = number(1e76); },
     "XPT dataset 'AE', variable 'AESEQ': row 1: number 1e+76 is outside the SAS transport range"},
    {"number below the IBM range", [](Dataset& d) { d.rows[0][0] = number(-1e-80); },
     "XPT dataset 'AE', variable 'AESEQ': row 1: number -1e-80 is nearer zero than SAS "
     "transport holds (5.39761e-79)"},
};

TEST(XptLimits, EachBrokenLimitFailsNamingDatasetVariableAndRowAndWritesNothing) {
  testing::Scratch scratch("limits");
  const fs::path existing = scratch.path() / "existing.xpt";
  ASSERT_TRUE(util::write_file_atomically(existing, "previous contents"));
  for (const LimitCase& c : k_cases) {
    Dataset dataset = valid_dataset();
    c.change(dataset);
    auto valid = validate_for_xpt(dataset);
    ASSERT_FALSE(valid) << c.rule;
    EXPECT_EQ(valid.error().code, util::ErrorCode::invalid_argument) << c.rule;
    EXPECT_EQ(valid.error().message.substr(0, c.message.size()), c.message) << c.rule;

    const fs::path fresh = scratch.path() / "fresh.xpt";
    auto written = write_xpt(dataset, fresh);
    ASSERT_FALSE(written) << c.rule;
    EXPECT_EQ(written.error().message, valid.error().message) << c.rule;
    EXPECT_FALSE(fs::exists(fresh)) << c.rule;
    EXPECT_FALSE(write_xpt(dataset, existing)) << c.rule;
    EXPECT_EQ(*util::read_file(existing), "previous contents") << c.rule;
    EXPECT_EQ(std::distance(fs::directory_iterator(scratch.path()), fs::directory_iterator()), 1)
        << c.rule << ": a partial file was left behind";
  }
}

TEST(XptLimits, ValuesAtTheLimitsAreAccepted) {
  Dataset dataset = valid_dataset();
  dataset.name = "ABCDEFG8";
  dataset.label = std::string(40, 'L');
  dataset.variables[1] = {"_TERM_99", std::string(40, 'x'), VariableType::character, 200,
                          "$CHAR200."};
  dataset.variables[0].length = 3;
  dataset.variables[2].format = "8.2";
  dataset.rows[0][1] = text(std::string(200, '~'));
  dataset.rows[1][1] = missing();  // written blank
  dataset.rows[0][2] = number(-7.2e75);
  dataset.rows[1][2] = number(5.4e-79);
  EXPECT_TRUE(validate_for_xpt(dataset));
}

struct NameCase {
  const char* name;
  bool valid;
};

TEST(XptLimits, SasNames) {
  const std::vector<NameCase> cases = {
      {"A", true},          {"_", true},    {"AB_12", true},     {"ABCDEFGH", true},
      {"ABCDEFGHI", false}, {"", false},    {"1A", false},       {"Ab", false},
      {"A B", false},       {"A.B", false}, {"\xC3\x84", false}, {"QSTESTCD", true},
  };
  for (const NameCase& c : cases) EXPECT_EQ(is_valid_name(c.name), c.valid) << c.name;
}

}  // namespace
}  // namespace myoivig::io::xpt
