// Compile-time checks of the record field tables (record_fields.hpp): every member of each
// record struct is listed, so a member added without its field fails the build instead of
// being silently left out of the store, the bundle and the tests' comparisons.
#include "domain/record_fields.hpp"

#include <cstddef>
#include <utility>

namespace myoivig::domain {
namespace {

// Converts to any member type, to count an aggregate's members by brace initialisation.
struct AnyMember {
  template <typename T>
  operator T() const;  // NOLINT(google-explicit-constructor): declared only, never called
};

template <typename T, std::size_t... I>
constexpr bool initialisable_from(std::index_sequence<I...> /*count*/) {
  return requires {
    T{(void(I), AnyMember{})...};
  };
}

// The number of members of the aggregate T.
template <typename T, std::size_t N = 0>
constexpr std::size_t member_count() {
  if constexpr (initialisable_from<T>(std::make_index_sequence<N + 1>{})) {
    return member_count<T, N + 1>();
  } else {
    return N;
  }
}

template <typename... R>
constexpr bool every_member_listed(std::type_identity<std::tuple<R...>> /*types*/) {
  return ((member_count<R>() == field_count<R>)&&...);
}

static_assert(every_member_listed(std::type_identity<RecordTypes>{}),
              "a record struct has a member that its RecordFields list does not name");

}  // namespace
}  // namespace myoivig::domain
