// Simulated power against R's simulation of the same designs
// (tests/reference/simulation_reference.R -> tests/reference/stats_simulation.csv): the
// two estimates must agree within 4 combined Monte Carlo standard errors,
// |p_ours - p_R| <= 4 sqrt(mcse_ours^2 + mcse_R^2).
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analysis/power_design.hpp"
#include "stats/alternative.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::analysis {
namespace {

constexpr std::uint64_t k_reps = 100'000;

std::filesystem::path source_dir() {
  const char* environment = std::getenv("MYOIVIG_SOURCE_DIR");
  return environment != nullptr ? environment : MYOIVIG_SOURCE_DIR;
}

class Row {
 public:
  Row(const util::CsvTable& table, const util::CsvRow& row) : m_table(table), m_row(row) {}
  [[nodiscard]] std::string text(std::string_view column) const {
    return m_row.fields.at(*m_table.column(column));
  }
  [[nodiscard]] double number(std::string_view column) const {
    return *util::parse_number(text(column));
  }
  [[nodiscard]] std::int64_t integer(std::string_view column) const {
    return *util::parse_integer(text(column));
  }

 private:
  const util::CsvTable& m_table;
  const util::CsvRow& m_row;
};

PowerDesign design_of(const Row& row) {
  const stats::Alternative alternative = *stats::parse_alternative(row.text("alternative"));
  const double alpha = row.number("alpha");
  if (row.text("design") == "two-arm") {
    TwoArmDesign design;
    design.n1 = row.integer("n1");
    design.n2 = row.integer("n2");
    design.p1 = row.number("p1");
    design.p2 = row.number("p2");
    design.test = {*util::value_of(stats::k_two_arm_test_names, row.text("test")), alpha,
                   alternative};
    return design;
  }
  PairedDesign design;
  design.n = static_cast<std::size_t>(row.integer("n"));
  design.distribution =
      *util::value_of(stats::k_change_distribution_names, row.text("distribution"));
  design.mean_change = row.number("mean_change");
  design.sd = row.number("sd");
  design.round_step = row.number("round");
  std::istringstream observed(row.text("observed"));
  for (double value = 0; observed >> value;) design.observed.push_back(value);
  design.test = {*util::value_of(stats::k_paired_test_names, row.text("test")), alpha, alternative};
  return design;
}

TEST(PowerDesignReference, AgreesWithRSimulationWithinMonteCarloError) {
  const auto text = util::read_file(source_dir() / "tests/reference/stats_simulation.csv");
  ASSERT_TRUE(text) << text.error().message;
  const auto table = util::parse_csv(*text);
  ASSERT_TRUE(table) << table.error().message;
  ASSERT_GE(table->rows.size(), 16U);
  for (const util::CsvRow& csv_row : table->rows) {
    const Row row(*table, csv_row);
    SCOPED_TRACE(row.text("id"));
    stats::SimulationSettings settings;
    settings.reps = k_reps;
    settings.seed = 4;
    settings.threads = 2;
    const auto count = simulate_power(design_of(row), settings);
    ASSERT_TRUE(count) << count.error().message;
    const double r_power = row.number("power");
    const double r_mcse = row.number("mcse");
    const double combined = std::sqrt(r_mcse * r_mcse + count->mcse() * count->mcse());
    EXPECT_LE(std::fabs(count->power() - r_power), 4 * combined)
        << "myoivig " << count->power() << " (mcse " << count->mcse() << "), R " << r_power
        << " (mcse " << r_mcse << ")";
  }
}

}  // namespace
}  // namespace myoivig::analysis
