// Interval: the two ends of a confidence interval; one-sided intervals have an infinite
// end (or 0 and 1 for a proportion), as in R.
// Thread-safety: a plain value type.
#pragma once

namespace myoivig::stats {

struct Interval {
  double low = 0.0;
  double high = 0.0;
};

}  // namespace myoivig::stats
