#include "stats/trial_kernels.hpp"

#include <utility>
#include <vector>

#include "stats/random_variates.hpp"

namespace myoivig::stats {
namespace {

class PairedTrial final : public TrialKernel {
 public:
  PairedTrial(std::shared_ptr<const ChangeGenerator> generator,
              std::shared_ptr<const PairedTestPlan> plan)
      : m_generator(std::move(generator)),
        m_plan(std::move(plan)),
        m_test(*m_plan),
        m_changes(m_plan->n()) {}

  TrialOutcome run(Rng& rng) override {
    m_generator->fill(rng, m_changes);
    return m_test.decide(m_changes);
  }

 private:
  std::shared_ptr<const ChangeGenerator> m_generator;
  std::shared_ptr<const PairedTestPlan> m_plan;
  PairedTestKernel m_test;
  std::vector<double> m_changes;
};

struct TwoArmSamplers {
  BinomialSampler arm1;
  BinomialSampler arm2;
};

class TwoArmTrial final : public TrialKernel {
 public:
  TwoArmTrial(std::shared_ptr<const TwoArmSamplers> samplers, const TwoArmTestSettings& settings)
      : m_samplers(std::move(samplers)),
        m_test(m_samplers->arm1.trials(), m_samplers->arm2.trials(), settings) {}

  TrialOutcome run(Rng& rng) override {
    const std::int64_t x1 = m_samplers->arm1.draw(rng);
    const std::int64_t x2 = m_samplers->arm2.draw(rng);
    return m_test.decide(x1, x2);
  }

 private:
  std::shared_ptr<const TwoArmSamplers> m_samplers;
  TwoArmTestKernel m_test;
};

}  // namespace

TrialKernelFactory paired_trial_factory(std::shared_ptr<const ChangeGenerator> generator,
                                        std::size_t n, const PairedTestSettings& settings) {
  auto plan = std::make_shared<const PairedTestPlan>(n, settings);
  return [generator = std::move(generator), plan]() -> std::unique_ptr<TrialKernel> {
    return std::make_unique<PairedTrial>(generator, plan);
  };
}

TrialKernelFactory two_arm_trial_factory(std::int64_t n1, double p1, std::int64_t n2, double p2,
                                         const TwoArmTestSettings& settings) {
  auto samplers = std::make_shared<const TwoArmSamplers>(
      TwoArmSamplers{BinomialSampler(n1, p1), BinomialSampler(n2, p2)});
  return [samplers, settings]() -> std::unique_ptr<TrialKernel> {
    return std::make_unique<TwoArmTrial>(samplers, settings);
  };
}

}  // namespace myoivig::stats
