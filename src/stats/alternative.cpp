#include "stats/alternative.hpp"

namespace myoivig::stats {

std::string_view to_string(Alternative alternative) {
  return util::name_of(k_alternative_names, alternative);
}

util::Expected<Alternative> parse_alternative(std::string_view text) {
  return util::value_of(k_alternative_names, text);
}

}  // namespace myoivig::stats
