#include "domain/haq_di.hpp"

#include <algorithm>
#include <string>

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<HaqCategory, 8> k_codes{{
    {HaqCategory::dressing, "dressing"},
    {HaqCategory::arising, "arising"},
    {HaqCategory::eating, "eating"},
    {HaqCategory::walking, "walking"},
    {HaqCategory::hygiene, "hygiene"},
    {HaqCategory::reach, "reach"},
    {HaqCategory::grip, "grip"},
    {HaqCategory::activities, "activities"},
}};

// Items per category, in k_haq_categories order (2+2+3+2+3+2+3+3 = 20).
constexpr std::array<int, 8> k_item_counts{2, 2, 3, 2, 3, 2, 3, 3};

util::Expected<void> check_items(HaqCategory category, const HaqCategoryAnswers& answers) {
  const std::string field = std::string(code(category)) + ".items";
  const auto expected_count = static_cast<std::size_t>(item_count(category));
  if (answers.items.size() != expected_count) {
    return util::invalid_argument(
        field + ": " + std::to_string(answers.items.size()) + " answers given, the category has " +
        std::to_string(expected_count) + " items (use null for an unanswered item)");
  }
  for (std::size_t i = 0; i < answers.items.size(); ++i) {
    const std::optional<int>& item = answers.items[i];
    if (item && (*item < 0 || *item > k_haq_max_item)) {
      return util::invalid_argument(field + "[" + std::to_string(i) +
                                    "]: " + std::to_string(*item) +
                                    " is outside 0-3 (0 without any difficulty, 3 unable to do)");
    }
  }
  return {};
}

HaqCategoryScore score_category(HaqCategory category, const HaqCategoryAnswers& answers) {
  HaqCategoryScore result;
  result.category = category;
  std::optional<int> highest;
  for (const std::optional<int>& item : answers.items) {
    if (item) highest = std::max(highest.value_or(0), *item);
  }
  if (!highest) return result;  // unanswered: aids and help are not scored
  result.highest_item = *highest;
  int score = *highest;
  if ((answers.aids_or_devices || answers.help_from_another_person) &&
      score < k_haq_aid_or_help_floor) {
    score = k_haq_aid_or_help_floor;
    result.raised_by_aids_or_help = true;
  }
  result.score = score;
  return result;
}

}  // namespace

std::string_view code(HaqCategory category) {
  return util::name_of(k_codes, category);
}
util::Expected<HaqCategory> parse_haq_category(std::string_view text) {
  return util::value_of(k_codes, text);
}
int item_count(HaqCategory category) {
  return k_item_counts[static_cast<std::size_t>(category)];
}

util::Expected<HaqResult> score_haq_di(const HaqAnswers& answers) {
  HaqResult result;
  int sum = 0;
  for (std::size_t i = 0; i < k_haq_categories.size(); ++i) {
    const HaqCategory category = k_haq_categories[i];
    MYOIVIG_TRY(check_items(category, answers.categories[i]));
    result.categories[i] = score_category(category, answers.categories[i]);
    if (result.categories[i].score) {
      sum += *result.categories[i].score;
      ++result.answered;
    }
  }
  if (result.answered >= k_haq_min_answered_categories) {
    result.haq_di = Rational::fraction(sum, result.answered);
  }
  return result;
}

}  // namespace myoivig::domain
