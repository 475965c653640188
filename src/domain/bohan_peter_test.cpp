// Bohan and Peter 1975: PM by 4/3/2 of criteria 1-4, DM by the rash plus 3/2/1.
#include "domain/bohan_peter.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

struct BohanPeterCase {
  const char* name;
  BohanPeterFindings findings;  // weakness, enzymes, EMG, biopsy, rash
  BohanPeterDiagnosis diagnosis;
  BohanPeterCertainty certainty;
  int criteria;
};

class BohanPeterTable : public testing::TestWithParam<BohanPeterCase> {};

TEST_P(BohanPeterTable, CountsTheCriteria) {
  const BohanPeterCase& c = GetParam();
  const BohanPeter result = bohan_peter(c.findings);
  EXPECT_EQ(result.diagnosis, c.diagnosis);
  EXPECT_EQ(result.certainty, c.certainty);
  EXPECT_EQ(result.criteria_1_to_4, c.criteria);
}

using D = BohanPeterDiagnosis;
using C = BohanPeterCertainty;

INSTANTIATE_TEST_SUITE_P(
    Table, BohanPeterTable,
    testing::Values(
        BohanPeterCase{"pm_definite", {true, true, true, true, false}, D::pm, C::definite, 4},
        BohanPeterCase{"pm_probable", {true, true, false, true, false}, D::pm, C::probable, 3},
        BohanPeterCase{"pm_possible", {true, false, true, false, false}, D::pm, C::possible, 2},
        BohanPeterCase{"pm_one_is_none", {false, true, false, false, false}, D::none, C::none, 1},
        BohanPeterCase{"nothing", {}, D::none, C::none, 0},
        BohanPeterCase{
            "dm_definite_with_four", {true, true, true, true, true}, D::dm, C::definite, 4},
        BohanPeterCase{"dm_definite", {true, true, true, false, true}, D::dm, C::definite, 3},
        BohanPeterCase{"dm_probable", {true, false, false, true, true}, D::dm, C::probable, 2},
        BohanPeterCase{"dm_possible", {false, false, true, false, true}, D::dm, C::possible, 1},
        BohanPeterCase{"rash_alone", {false, false, false, false, true}, D::none, C::none, 0}),
    [](const testing::TestParamInfo<BohanPeterCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(BohanPeter, Codes) {
  EXPECT_EQ(code(D::dm), "dm");
  EXPECT_EQ(code(C::probable), "probable");
}

}  // namespace
}  // namespace myoivig::domain
