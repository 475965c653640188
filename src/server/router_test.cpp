// Route matching: templates, parameters, other methods, and the access list.
#include "server/router.hpp"

#include <gtest/gtest.h>

namespace myoivig::server {
namespace {

Reply named(const char* name) {
  return Reply{k_ok, name, "text/plain", {}};
}

Router example() {
  Router router;
  router.add("GET", "/api/v1/patients", Access{}, [](Call&) { return named("list"); });
  router.add("GET", "/api/v1/patients/{patient}", Access{}, [](Call&) { return named("one"); });
  router.add("PATCH", "/api/v1/patients/{patient}/assessments/{id}", Access{},
             [](Call&) { return named("edit"); });
  return router;
}

TEST(RouterTest, MatchesTemplatesAndReturnsTheirParameters) {
  const Router router = example();
  const struct {
    const char* method;
    const char* path;
    const char* route;  // "" when nothing matches
    PathParams params;
    bool other_methods;
  } cases[] = {
      {"GET", "/api/v1/patients", "/api/v1/patients", {}, false},
      {"GET", "/api/v1/patients/", "/api/v1/patients", {}, false},
      {"GET",
       "/api/v1/patients/SEED-01",
       "/api/v1/patients/{patient}",
       {{"patient", "SEED-01"}},
       false},
      {"PATCH",
       "/api/v1/patients/SEED-01/assessments/17",
       "/api/v1/patients/{patient}/assessments/{id}",
       {{"patient", "SEED-01"}, {"id", "17"}},
       false},
      {"DELETE", "/api/v1/patients/SEED-01", "", {}, true},
      {"GET", "/api/v1/patients/SEED-01/visits", "", {}, false},
      {"GET", "/api/v2/patients", "", {}, false},
  };
  for (const auto& c : cases) {
    const RouteMatch match = router.match(c.method, c.path);
    const std::string route = match.route ? match.route->path_template : "";
    EXPECT_EQ(route, c.route) << c.method << ' ' << c.path;
    EXPECT_EQ(match.params, c.params) << c.path;
    EXPECT_EQ(match.other_methods, c.other_methods) << c.path;
  }
}

TEST(RouterTest, AnAccessListAllowsItsRolesOrEveryRoleWhenEmpty) {
  const Access anyone{};
  const Access investigators{false, {store::Role::investigator}};
  EXPECT_TRUE(anyone.allows(store::Role::admin));
  EXPECT_TRUE(investigators.allows(store::Role::investigator));
  EXPECT_FALSE(investigators.allows(store::Role::monitor));
}

TEST(RouterTest, SplitsPathsIntoSegments) {
  EXPECT_EQ(path_segments("/a//b/c/"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(path_segments("/"), std::vector<std::string>{});
}

}  // namespace
}  // namespace myoivig::server
