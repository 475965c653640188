// HAQ-DI: the Stanford Health Assessment Questionnaire disability index
// (shared/specs/outcomes.md section 3). 20 items in 8 categories, each item 0 (without
// any difficulty) to 3 (unable to do):
//   dressing 2 (dress incl. shoelaces and buttons; shampoo hair), arising 2 (stand up from
//   a chair; in and out of bed), eating 3 (cut meat; lift a full cup; open a new carton),
//   walking 2 (outdoors on flat ground; climb five steps), hygiene 3 (wash and dry body;
//   take a tub bath; on and off the toilet), reach 2 (get a 5 lb object from above the
//   head; bend down to pick up clothing), grip 3 (open car doors; open opened jars; turn
//   taps), activities 3 (run errands and shop; in and out of a car; chores).
// Category score = the highest answered item; an aid or device, or help from another
// person, in that category raises it to at least 2 [published: Stanford scoring]. A
// category with no answered item is unanswered (its aids and help are not scored).
// HAQ-DI = sum of answered category scores / number answered, kept as an exact Rational
// (eighths when all 8 are answered); not computed with fewer than 6 answered [adopted].
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/rational.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class HaqCategory { dressing, arising, eating, walking, hygiene, reach, grip, activities };

inline constexpr std::array<HaqCategory, 8> k_haq_categories{
    HaqCategory::dressing, HaqCategory::arising, HaqCategory::eating, HaqCategory::walking,
    HaqCategory::hygiene,  HaqCategory::reach,   HaqCategory::grip,   HaqCategory::activities};

// "dressing", "arising", "eating", "walking", "hygiene", "reach", "grip", "activities"
std::string_view code(HaqCategory category);
util::Expected<HaqCategory> parse_haq_category(std::string_view text);
// How many items the category has (2 or 3; 20 in all).
int item_count(HaqCategory category);

constexpr int k_haq_max_item = 3;
constexpr int k_haq_aid_or_help_floor = 2;
constexpr int k_haq_min_answered_categories = 6;

struct HaqCategoryAnswers {
  std::vector<std::optional<int>> items;  // item_count() entries; empty optional = unanswered
  bool aids_or_devices = false;
  bool help_from_another_person = false;
};

struct HaqAnswers {
  std::array<HaqCategoryAnswers, 8> categories;  // in k_haq_categories order
};

struct HaqCategoryScore {
  HaqCategory category = HaqCategory::dressing;
  std::optional<int> score;  // empty when unanswered
  int highest_item = 0;      // before the aids and help rule (when answered)
  bool raised_by_aids_or_help = false;
};

struct HaqResult {
  std::array<HaqCategoryScore, 8> categories;
  int answered = 0;
  std::optional<Rational> haq_di;  // empty with fewer than 6 answered categories

  [[nodiscard]] bool computed() const { return haq_di.has_value(); }
};

// Scores the answers; invalid_argument naming the item, e.g. "eating.items[2]: 4 is outside
// 0-3", or "grip.items: 2 answers given, the category has 3 items".
util::Expected<HaqResult> score_haq_di(const HaqAnswers& answers);

}  // namespace myoivig::domain
