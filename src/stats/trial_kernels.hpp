// The TrialKernels (stats/simulation.hpp) of the simulator's two designs:
//   paired   draw n changes (ChangeGenerator) and test them (PairedTestKernel);
//   two-arm  draw x1 ~ Binomial(n1, p1) and x2 ~ Binomial(n2, p2) (BinomialSampler, in
//            that order from the trial's stream) and test them (TwoArmTestKernel).
// A factory captures the design's shared, immutable parts (generator, plan, samplers) and
// gives each thread a kernel with its own buffers.
// Thread-safety: the factories may be called from any thread; each kernel belongs to one.
#pragma once

#include <cstdint>
#include <memory>

#include "stats/change_generator.hpp"
#include "stats/paired_test_kernel.hpp"
#include "stats/simulation.hpp"
#include "stats/two_arm_test_kernel.hpp"

namespace myoivig::stats {

// Preconditions: n >= 1, valid settings (alpha in (0, 1)).
TrialKernelFactory paired_trial_factory(std::shared_ptr<const ChangeGenerator> generator,
                                        std::size_t n, const PairedTestSettings& settings);

// Preconditions: n1, n2 >= 1; 0 <= p1, p2 <= 1; valid settings.
TrialKernelFactory two_arm_trial_factory(std::int64_t n1, double p1, std::int64_t n2, double p2,
                                         const TwoArmTestSettings& settings);

}  // namespace myoivig::stats
