// HAQ-DI: category = highest item, the aids and help rule, the 6-category minimum and the
// exact mean (eighths with 8 categories), against hand-scored questionnaires.
#include "domain/haq_di.hpp"

#include <functional>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

// Every item answered with `item`, no aids, no help.
HaqAnswers all_items(int item) {
  HaqAnswers answers;
  for (std::size_t i = 0; i < k_haq_categories.size(); ++i) {
    answers.categories[i].items.assign(static_cast<std::size_t>(item_count(k_haq_categories[i])),
                                       item);
  }
  return answers;
}

HaqCategoryAnswers& category(HaqAnswers& answers, HaqCategory which) {
  return answers.categories[static_cast<std::size_t>(which)];
}

struct HaqCase {
  const char* name;
  std::function<void(HaqAnswers&)> change;
  int answered;
  std::optional<Rational> haq_di;
};

class HaqScoring : public testing::TestWithParam<HaqCase> {};

TEST_P(HaqScoring, GivesTheHandScoredIndex) {
  const HaqCase& c = GetParam();
  HaqAnswers answers = all_items(0);
  c.change(answers);
  const auto result = score_haq_di(answers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->answered, c.answered);
  EXPECT_EQ(result->haq_di, c.haq_di);
  EXPECT_EQ(result->computed(), c.haq_di.has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Table, HaqScoring,
    testing::Values(
        HaqCase{"all_zero", [](HaqAnswers&) {}, 8, Rational(0)},
        HaqCase{"all_three", [](HaqAnswers& a) { a = all_items(3); }, 8, Rational(3)},
        // Category = highest item: eating 0,2,1 -> 2; walking 1,0 -> 1: 3/8.
        HaqCase{"highest_item",
                [](HaqAnswers& a) {
                  category(a, HaqCategory::eating).items = {0, 2, 1};
                  category(a, HaqCategory::walking).items = {1, 0};
                },
                8, Rational::fraction(3, 8)},
        // Aids raise walking 1 -> 2; help raises dressing 0 -> 2; grip 3 stays 3: 7/8.
        HaqCase{"aids_and_help_raise_to_two",
                [](HaqAnswers& a) {
                  category(a, HaqCategory::walking).items = {1, 0};
                  category(a, HaqCategory::walking).aids_or_devices = true;
                  category(a, HaqCategory::dressing).help_from_another_person = true;
                  category(a, HaqCategory::grip).items = {3, 1, 0};
                  category(a, HaqCategory::grip).aids_or_devices = true;
                },
                8, Rational::fraction(7, 8)},
        // 9 / 8 = 1.125 (case A's follow-up).
        HaqCase{"one_and_an_eighth",
                [](HaqAnswers& a) {
                  a = all_items(1);
                  category(a, HaqCategory::reach).items = {2, 1};
                },
                8, Rational::fraction(9, 8)},
        // An unanswered item does not unanswer its category.
        HaqCase{"partly_answered_category",
                [](HaqAnswers& a) {
                  category(a, HaqCategory::hygiene).items = {std::nullopt, 2, std::nullopt};
                },
                8, Rational::fraction(2, 8)},
        // Seven categories answered, sum 10: 10/7, not a multiple of 1/8.
        HaqCase{"seven_categories",
                [](HaqAnswers& a) {
                  a = all_items(1);
                  category(a, HaqCategory::activities).items = {std::nullopt, std::nullopt,
                                                                std::nullopt};
                  category(a, HaqCategory::grip).items = {3, 0, 0};
                  category(a, HaqCategory::reach).items = {2, 0};
                },
                7, Rational::fraction(10, 7)},
        // Six answered: the minimum. Aids in an unanswered category are not scored.
        HaqCase{
            "six_categories",
            [](HaqAnswers& a) {
              category(a, HaqCategory::eating).items = {std::nullopt, std::nullopt, std::nullopt};
              category(a, HaqCategory::eating).aids_or_devices = true;
              category(a, HaqCategory::grip).items = {std::nullopt, std::nullopt, std::nullopt};
              category(a, HaqCategory::arising).items = {3, 3};
            },
            6, Rational::fraction(1, 2)},
        HaqCase{"five_categories_not_computed",
                [](HaqAnswers& a) {
                  for (HaqCategory which :
                       {HaqCategory::eating, HaqCategory::grip, HaqCategory::activities}) {
                    for (auto& item : category(a, which).items) item.reset();
                  }
                },
                5, std::nullopt}),
    [](const testing::TestParamInfo<HaqCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(HaqScoring, RecordsWhyACategoryWasRaised) {
  HaqAnswers answers = all_items(0);
  category(answers, HaqCategory::walking).items = {1, 0};
  category(answers, HaqCategory::walking).aids_or_devices = true;
  const auto result = score_haq_di(answers);
  ASSERT_TRUE(result);
  const HaqCategoryScore& walking = result->categories[3];
  EXPECT_EQ(walking.category, HaqCategory::walking);
  EXPECT_EQ(walking.highest_item, 1);
  EXPECT_EQ(walking.score, 2);
  EXPECT_TRUE(walking.raised_by_aids_or_help);
  EXPECT_FALSE(result->categories[0].raised_by_aids_or_help);
}

struct InvalidCase {
  const char* name;
  std::function<void(HaqAnswers&)> change;
  const char* error;
};

class HaqInvalid : public testing::TestWithParam<InvalidCase> {};

TEST_P(HaqInvalid, NamesTheItem) {
  HaqAnswers answers = all_items(0);
  GetParam().change(answers);
  const auto result = score_haq_di(answers);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Table, HaqInvalid,
    testing::Values(
        InvalidCase{"item_4", [](HaqAnswers& a) { category(a, HaqCategory::eating).items[2] = 4; },
                    "eating.items[2]: 4 is outside 0-3 (0 without any difficulty, 3 unable to do)"},
        InvalidCase{"item_negative",
                    [](HaqAnswers& a) { category(a, HaqCategory::reach).items[0] = -1; },
                    "reach.items[0]: -1 is outside 0-3 (0 without any difficulty, 3 unable to do)"},
        InvalidCase{"wrong_count",
                    [](HaqAnswers& a) {
                      category(a, HaqCategory::grip).items = {1, 2};
                    },
                    "grip.items: 2 answers given, the category has 3 items (use null for an "
                    "unanswered item)"}),
    [](const testing::TestParamInfo<InvalidCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(HaqScoring, TwentyItemsInEightCategories) {
  int items = 0;
  for (HaqCategory which : k_haq_categories) {
    items += item_count(which);
    EXPECT_EQ(*parse_haq_category(code(which)), which);
  }
  EXPECT_EQ(items, 20);
}

}  // namespace
}  // namespace myoivig::domain
