// ProgressBar: silent when disabled or before the delay, rate-limited redraws, the line
// ended once by finish(). A fake clock stands in for time.
#include "util/progress.hpp"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::util {
namespace {

struct FakeClock {
  double now = 0.0;
};

ProgressBar make_bar(std::ostream& out, FakeClock& clock, bool enabled) {
  return ProgressBar(out, "run", enabled, ProgressBar::Settings{1.0, 0.1, 10},
                     [&clock] { return clock.now; });
}

TEST(ProgressBar, DisabledPrintsNothing) {
  std::ostringstream out;
  FakeClock clock;
  {
    ProgressBar bar = make_bar(out, clock, false);
    clock.now = 5.0;
    bar.update(5, 10);
    EXPECT_FALSE(bar.drawn());
  }
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressBar, ShortRunsPrintNothing) {
  std::ostringstream out;
  FakeClock clock;
  {
    ProgressBar bar = make_bar(out, clock, true);
    clock.now = 0.99;
    bar.update(10, 10);
  }
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressBar, DrawsAfterTheDelayAndEndsTheLine) {
  std::ostringstream out;
  FakeClock clock;
  ProgressBar bar = make_bar(out, clock, true);
  clock.now = 1.5;
  bar.update(5, 10);
  EXPECT_EQ(out.str(), "\rrun [#####     ]  50% 5/10\x1b[K");
  clock.now = 1.55;  // within the redraw interval: skipped
  bar.update(6, 10);
  EXPECT_EQ(out.str(), "\rrun [#####     ]  50% 5/10\x1b[K");
  clock.now = 1.7;
  bar.update(10, 10);
  EXPECT_EQ(out.str(), "\rrun [#####     ]  50% 5/10\x1b[K\rrun [##########] 100% 10/10\x1b[K");
  bar.finish();
  bar.finish();
  EXPECT_EQ(out.str().back(), '\n');
  EXPECT_EQ(out.str().find('\n'), out.str().size() - 1);
}

TEST(ProgressBar, TheLastUpdateIsAlwaysDrawn) {
  std::ostringstream out;
  FakeClock clock;
  ProgressBar bar = make_bar(out, clock, true);
  clock.now = 2.0;
  bar.update(1, 4);
  bar.update(4, 4);  // same instant, but complete: drawn
  EXPECT_NE(out.str().find("4/4"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::util
