// Graceful shutdown: stopping the server while saves are in flight loses none that was
// answered, and the writer commits every write it had queued.
#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using ShutdownApiTest = ServerTest;

TEST_F(ShutdownApiTest, StoppingWhileSavesAreInFlightLosesNoAnsweredSave) {
  testing::ApiClient ivy = signed_in("ivy");
  const testing::Response page = ivy.get("/api/v1/patients/SEED-01");
  ASSERT_EQ(page.status, 200);
  const nlohmann::json assessments = page.json["assessments"];
  constexpr int k_writers = 6;
  std::atomic<int> answered{0};
  std::atomic<bool> go{false};
  std::vector<std::thread> writers;
  for (int w = 0; w < k_writers; ++w) {
    writers.emplace_back([&, w] {
      testing::ApiClient api = client();
      api.cookie() = ivy.cookie();
      api.csrf() = ivy.csrf();
      api.expect_no_response_after_stop();
      const auto& record = assessments[static_cast<std::size_t>(w)];
      const std::string path =
          "/api/v1/patients/SEED-01/assessments/" + std::to_string(record["id"].get<int>());
      int version = record["version"];
      while (!go) std::this_thread::yield();
      for (int i = 0; i < 1000; ++i) {
        const testing::Response saved = api.send(
            "PATCH", path,
            {{"version", version}, {"reason", "shutdown test"}, {"weight_kg", 60 + version % 2}});
        if (saved.status != 200) break;  // the server has stopped
        version = saved.json["record"]["version"];
        ++answered;
      }
    });
  }
  go = true;
  while (answered < 30) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  stop_server();
  for (std::thread& writer : writers) writer.join();

  auto store = open_store();
  ASSERT_TRUE(store);
  auto trail = store->audit_trail(0);
  ASSERT_TRUE(trail);
  int saved = 0;
  for (const auto& row : *trail) saved += row.reason == "shutdown test" ? 1 : 0;
  EXPECT_GE(saved, answered.load());  // a save may commit just as its connection closes
  EXPECT_LE(saved, answered.load() + k_writers);
}

}  // namespace
}  // namespace myoivig::server
