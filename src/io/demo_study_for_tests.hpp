// Test support: the bundled demo studies (data/demo/) read with their protocols
// (protocols/), for the export and report tests. For *_test.cpp files only.
#pragma once

#include <filesystem>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/bundle_reader.hpp"
#include "io/protocol_file.hpp"

namespace myoivig::io::testing {

struct DemoStudy {
  domain::StudyData data;
  domain::Protocol protocol;
};

// data/demo/<bundle> with protocols/<protocol_file>; fails the test when either is unreadable.
inline DemoStudy load_demo(const std::string& bundle, const std::string& protocol_file) {
  const std::filesystem::path source(MYOIVIG_SOURCE_DIR);
  DemoStudy study;
  auto read = read_bundle(source / "data" / "demo" / bundle);
  EXPECT_TRUE(read) << (read ? "" : read.error().message);
  if (read) study.data = std::move(read->data);
  auto protocol = read_protocol_file(source / "protocols" / protocol_file);
  EXPECT_TRUE(protocol) << (protocol ? "" : protocol.error().message);
  if (protocol) study.protocol = std::move(*protocol);
  return study;
}

inline DemoStudy seed_study() {
  return load_demo("seed-study", "seed-ivig.toml");
}
inline DemoStudy rct_study() {
  return load_demo("rct-trial", "rct-ivig-2g.toml");
}

}  // namespace myoivig::io::testing
