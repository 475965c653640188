// Users, sessions and login attempts in the SQLite store.
#include <gtest/gtest.h>

#include "store/sqlite/web_store_test_support.hpp"

namespace myoivig::store {
namespace {

using testing::WebStoreTest;
using SqliteAccountsTest = WebStoreTest;

NewUser investigator(const std::string& name, const std::string& site = "JP-01") {
  return {name, Role::investigator, site, "$argon2id$v=19$m=65536,t=2,p=1$fake"};
}

TEST_F(SqliteAccountsTest, AddsAndFindsUsersIgnoringTheCaseOfTheName) {
  const WriteOutcome added = write_ok(AddUser{investigator("Alice")}, context("cli:root", "add"));
  EXPECT_GT(added.id, 0);
  auto found = m_store->find_user("alice");
  ASSERT_TRUE(found);
  ASSERT_TRUE(*found);
  EXPECT_EQ((*found)->name, "Alice");
  EXPECT_EQ((*found)->role, Role::investigator);
  EXPECT_EQ((*found)->site, "JP-01");
  EXPECT_EQ((*found)->created_utc, "2026-11-24T12:00:00Z");
  EXPECT_FALSE((*found)->disabled);
  auto none = m_store->find_user("bob");
  ASSERT_TRUE(none);
  EXPECT_FALSE(*none);
  auto users = m_store->users();
  ASSERT_TRUE(users);
  EXPECT_EQ(users->size(), 1u);
}

TEST_F(SqliteAccountsTest, RefusesDuplicateNamesBadNamesAndInvestigatorsWithoutSite) {
  write_ok(AddUser{investigator("alice")}, context("cli:root", "add"));
  const struct {
    NewUser user;
    util::ErrorCode code;
    std::string message;
  } cases[] = {
      {investigator("ALICE"), util::ErrorCode::conflict, "name: a user 'alice' exists already"},
      {investigator("al ice"), util::ErrorCode::invalid_argument,
       "name: 'al ice' must be 1-64 letters, digits, '.', '_', '-' or '@'"},
      {investigator("bob", ""), util::ErrorCode::invalid_argument,
       "site: an investigator needs the site whose patients they see"},
  };
  for (const auto& c : cases) {
    auto refused = m_store->write(Write{AddUser{c.user}, context("cli:root", "add")});
    ASSERT_FALSE(refused) << c.message;
    EXPECT_EQ(refused.error().code, c.code);
    EXPECT_EQ(refused.error().message, c.message);
  }
  NewUser monitor{"mona", Role::monitor, "", "hash"};
  write_ok(AddUser{monitor}, context("cli:root", "add"));
}

TEST_F(SqliteAccountsTest, SessionsLiveUntilTheyExpireTheUserIsDisabledOrTheyAreRemoved) {
  const std::int64_t user = write_ok(AddUser{investigator("alice")}, context("cli:root", "add")).id;
  write_ok(AddSession{{"hash-1", user, "csrf-1", "2026-11-24T12:00:00Z", "2026-11-24T20:00:00Z"}},
           {});
  write_ok(AddSession{{"hash-2", user, "csrf-2", "2026-11-24T12:00:00Z", "2026-11-24T13:00:00Z"}},
           {});
  const struct {
    const char* token_hash;
    const char* now;
    bool live;
  } cases[] = {{"hash-1", "2026-11-24T19:59:59Z", true},
               {"hash-1", "2026-11-24T20:00:00Z", false},
               {"hash-2", "2026-11-24T12:30:00Z", true},
               {"hash-x", "2026-11-24T12:30:00Z", false}};
  for (const auto& c : cases) {
    auto session = m_store->find_session(c.token_hash, c.now);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->has_value(), c.live) << c.token_hash << " at " << c.now;
  }
  auto live = m_store->find_session("hash-1", "2026-11-24T12:30:00Z");
  ASSERT_TRUE(live && *live);
  EXPECT_EQ((*live)->name, "alice");
  EXPECT_EQ((*live)->csrf_token, "csrf-1");

  // Removing hash-1 at 14:00 also removes the expired hash-2.
  write_ok(RemoveSession{"hash-1", "2026-11-24T14:00:00Z"}, {});
  for (const char* hash : {"hash-1", "hash-2"}) {
    auto gone = m_store->find_session(hash, "2026-11-24T12:30:00Z");
    ASSERT_TRUE(gone);
    EXPECT_FALSE(*gone) << hash;
  }

  write_ok(AddSession{{"hash-3", user, "csrf-3", "2026-11-24T12:00:00Z", "2026-11-24T20:00:00Z"}},
           {});
  UserChange disable{"alice", 1, std::nullopt, std::nullopt, true, std::nullopt};
  write_ok(ChangeUser{disable}, context("web:admin", "left the study"));
  auto ended = m_store->find_session("hash-3", "2026-11-24T12:30:00Z");
  ASSERT_TRUE(ended);
  EXPECT_FALSE(*ended);
}

TEST_F(SqliteAccountsTest, ChangingAUserChecksTheVersionAndAuditsWithoutTheHash) {
  write_ok(AddUser{investigator("alice")}, context("cli:root", "add"));
  UserChange change{"alice", 1, Role::monitor, std::string(""), std::nullopt, std::string("new")};
  EXPECT_EQ(write_ok(ChangeUser{change}, context("web:admin", "new role")).version, 2);
  auto user = m_store->find_user("alice");
  ASSERT_TRUE(user && *user);
  EXPECT_EQ((*user)->role, Role::monitor);
  EXPECT_EQ((*user)->password_hash, "new");
  auto stale = m_store->write(Write{ChangeUser{change}, context("web:admin", "again")});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, util::ErrorCode::conflict);
  auto trail = m_store->audit_trail(0);
  ASSERT_TRUE(trail);
  const AuditEntry& last = trail->back();
  EXPECT_EQ(last.entity, "users");
  EXPECT_EQ(last.field, "password");
  EXPECT_EQ(last.new_value, "(changed)");
}

TEST_F(SqliteAccountsTest, CountsFailedLoginsByNameSinceTheLastSuccessAndByAddress) {
  const struct {
    const char* name;
    const char* address;
    bool succeeded;
    const char* at;
  } attempts[] = {
      {"alice", "10.0.0.1", false, "2026-11-24T11:00:00.000Z"},  // before the window
      {"alice", "10.0.0.1", false, "2026-11-24T12:01:00.000Z"},
      {"alice", "10.0.0.1", true, "2026-11-24T12:02:00.000Z"},
      {"ALICE", "10.0.0.1", false, "2026-11-24T12:03:00.000Z"},
      {"alice", "10.0.0.2", false, "2026-11-24T12:04:00.000Z"},
      {"bob", "10.0.0.1", false, "2026-11-24T12:05:00.000Z"},
  };
  for (const auto& a : attempts) {
    write_ok(RecordLoginAttempt{{a.name, a.address, a.succeeded, a.at}}, {});
  }
  auto failures = m_store->login_failures("alice", "10.0.0.1", "2026-11-24T12:00:00.000Z");
  ASSERT_TRUE(failures);
  EXPECT_EQ(failures->by_name, 2);     // 12:03 and 12:04, after the success at 12:02
  EXPECT_EQ(failures->by_address, 3);  // 12:01, 12:03, 12:05 from 10.0.0.1
}

}  // namespace
}  // namespace myoivig::store
