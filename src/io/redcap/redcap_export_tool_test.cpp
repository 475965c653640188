// Not a check but a tool, disabled unless asked for: writes the REDCap-shaped export
// (redcap_export.hpp) of a study bundle, for bench/import_bench.sh, which makes large
// REDCap exports from `myoivig synth` bundles this way. Run it with the environment
// MYOIVIG_EXPORT_BUNDLE=DIR MYOIVIG_EXPORT_OUT=DIR [MYOIVIG_EXPORT_PROTOCOL=FILE] and
// `myoivig_io_tests --gtest_also_run_disabled_tests --gtest_filter='RedcapExportTool.*'`.
#include <cstdlib>
#include <iostream>

#include <gtest/gtest.h>

#include "io/bundle_reader.hpp"
#include "io/protocol_file.hpp"
#include "io/redcap/import_test_support.hpp"
#include "io/redcap/redcap_export.hpp"

namespace myoivig::io::redcap {
namespace {

TEST(RedcapExportTool, DISABLED_WritesTheExportOfABundle) {
  const char* bundle_dir = std::getenv("MYOIVIG_EXPORT_BUNDLE");
  const char* out_dir = std::getenv("MYOIVIG_EXPORT_OUT");
  const char* protocol_file = std::getenv("MYOIVIG_EXPORT_PROTOCOL");
  if (!bundle_dir || !out_dir) GTEST_SKIP() << "set MYOIVIG_EXPORT_BUNDLE and MYOIVIG_EXPORT_OUT";
  auto protocol = read_protocol_file(protocol_file ? std::filesystem::path(protocol_file)
                                                   : testing::k_seed_protocol);
  ASSERT_TRUE(protocol) << protocol.error().message;
  auto bundle = read_bundle(bundle_dir);
  ASSERT_TRUE(bundle) << bundle.error().message;
  std::vector<int> weeks;
  for (const domain::ScheduledVisit& visit : protocol->schedule) weeks.push_back(visit.week);
  const RedcapExport files = export_redcap(bundle->data, weeks);
  ASSERT_TRUE(write_redcap_export(files, out_dir));
  std::cout << "wrote " << files.rows << " records rows for " << bundle->data.patients.size()
            << " patients to " << out_dir << '\n';
}

}  // namespace
}  // namespace myoivig::io::redcap
