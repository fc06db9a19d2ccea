// REVISION-2026-04.md R11, the quality-target optimizer: every candidate
// family is searched for its fewest nodes, and the cheapest result wins.
#include "QualityTargetOptimizer.hpp"

#include "DilocoModes.hpp"
#include "ModelSizeSearch.hpp"
#include "NodesForTarget.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace dtx {
namespace {

// The fewest nodes tried (one node is never a distributed run), and the
// first node count of the bisection after it.
constexpr std::int64_t kFirstNodeCount = 2;
constexpr std::int64_t kFirstBisectedNodeCount = 3;
// R11: past this H_min, half of it is tried as well.
constexpr double kHalvedInnerStepsAbove = 60;

// One family's run of a scenario; empty where the mode does not apply.
using EvaluateAt = std::function<std::optional<Evaluation>(const Scenario&)>;
using Found = QualityTargetNodes;

bool reaches(const std::optional<Evaluation>& run, double targetFlop)
{
    return run && run->computeQuality >= targetFlop;
}

// cands(h0) of R11, ascending: h0 itself, the round counts between 1 and
// h0, and half of a large h0.
std::set<double> innerStepCandidates(double minimumInnerSteps)
{
    std::set<double> candidates{std::max(1.0, minimumInnerSteps)};
    for (const double h : kQualityTargetInnerSteps)
        if (h > 1 && h < minimumInnerSteps)
            candidates.insert(h);
    if (minimumInnerSteps > kHalvedInnerStepsAbove)
        candidates.insert(std::max(2.0, std::floor(minimumInnerSteps / 2)));
    return candidates;
}

// Flat mode at the H that gives the most C_quality: a longer inner phase
// than H_min can trade throughput for fewer, better-averaged syncs.
Evaluation flatWithBestInnerSteps(Scenario scenario)
{
    scenario.training.innerSteps.reset();
    Evaluation best = evaluateFlat(scenario);
    const double minimumInnerSteps = best.innerSteps;
    for (const double h : innerStepCandidates(minimumInnerSteps)) {
        if (h == minimumInnerSteps)
            continue;
        scenario.training.innerSteps = h;
        Evaluation candidate = evaluateFlat(scenario);
        if (candidate.computeQuality > best.computeQuality)
            best = candidate;
    }
    return best;
}

class Optimizer {
public:
    Optimizer(const Scenario& scenario, double targetFlop)
        : base_(scenario), targetFlop_(targetFlop)
    {
        base_.training.innerSteps.reset();
        // R11: the regional and stage links are the WAN's upload direction.
        const NetworkLink wanLink{base_.wan.uploadMbps, base_.wan.latencyMs};
        base_.hierarchy.regional = wanLink;
        base_.pipeline.stageLink = wanLink;
    }

    std::optional<QualityTargetRun> run()
    {
        const double maxParamsB = base_.node.maxParamsB();
        for (const double multiple : kFlatSizeMultiples)
            searchFlat(multiple * maxParamsB);
        for (const double multiple : kFlatSizeMultiples)
            for (const double groupSize : kQualityTargetGroupSizes)
                searchHierarchical(multiple * maxParamsB, groupSize);
        for (const double activation : kQualityTargetActivationCompressions)
            for (const double multiple : kQualityTargetPipelineSizeMultiples)
                searchPipeline(multiple * maxParamsB, activation);
        return best_;
    }

private:
    void searchFlat(double paramsB)
    {
        if (paramsB < kQualityTargetSmallestParamsB)
            return;
        Scenario scenario = base_;
        scenario.mode = Mode::Flat;
        scenario.paramsB = paramsB;
        consider(search(scenario, [](const Scenario& s) -> std::optional<Evaluation> {
                     return flatWithBestInnerSteps(s);
                 }),
                 {});
    }

    void searchHierarchical(double paramsB, double groupSize)
    {
        if (paramsB < kQualityTargetSmallestParamsB)
            return;
        Scenario scenario = base_;
        scenario.mode = Mode::Hierarchical;
        scenario.paramsB = paramsB;
        scenario.hierarchy.nodesPerGroup = groupSize;
        QualityTargetRun shape;
        shape.nodesPerGroup = groupSize;
        consider(search(scenario, [](const Scenario& s) -> std::optional<Evaluation> {
                     return evaluateHierarchical(s);
                 }),
                 shape);
    }

    void searchPipeline(double paramsB, double activationCompression)
    {
        if (paramsB < kQualityTargetSmallestParamsB)
            return;
        Scenario scenario = base_;
        scenario.mode = Mode::PipelineDiloco;
        scenario.paramsB = paramsB;
        scenario.pipeline.activationCompression = activationCompression;
        QualityTargetRun shape;
        shape.activationCompression = activationCompression;
        consider(search(scenario, [](const Scenario& s) -> std::optional<Evaluation> {
                     EvaluationOutcome outcome = evaluatePipelineDiloco(s);
                     return outcome.evaluation;
                 }),
                 shape);
    }

    std::optional<Found> search(Scenario scenario, const EvaluateAt& evaluateAt)
    {
        return searchNodesForQualityTarget(
            [&](std::int64_t nodes) {
                scenario.nodes = nodes;
                return evaluateAt(scenario);
            },
            targetFlop_);
    }

    // A later candidate wins only when strictly cheaper (R11).
    void consider(const std::optional<Found>& found, QualityTargetRun shape)
    {
        if (!found || (best_ && found->evaluation.costUsd >= best_->evaluation.costUsd))
            return;
        shape.mode = found->evaluation.mode;
        // A hierarchical candidate with fewer than two groups ran flat.
        if (shape.mode != Mode::Hierarchical)
            shape.nodesPerGroup = 0;
        shape.nodes = found->nodes;
        shape.evaluation = found->evaluation;
        best_ = shape;
    }

    Scenario base_;
    double targetFlop_;
    std::optional<QualityTargetRun> best_;
};

} // namespace

std::optional<QualityTargetNodes> searchNodesForQualityTarget(const RunAtNodes& run,
                                                              double targetFlop)
{
    if (std::optional<Evaluation> first = run(kFirstNodeCount); reaches(first, targetFlop))
        return QualityTargetNodes{kFirstNodeCount, *first};
    std::int64_t lo = kFirstBisectedNodeCount;
    std::int64_t hi = kMaxSearchNodes;
    if (!reaches(run(hi), targetFlop))
        return std::nullopt;
    while (lo < hi) {
        const std::int64_t mid = (lo + hi) / 2;
        if (reaches(run(mid), targetFlop))
            hi = mid;
        else
            lo = mid + 1;
    }
    if (std::optional<Evaluation> last = run(lo); reaches(last, targetFlop))
        return QualityTargetNodes{lo, *last};
    return std::nullopt;
}

std::optional<QualityTargetRun> cheapestRunForQualityTarget(const Scenario& scenario,
                                                            double targetFlop)
{
    return Optimizer(scenario, targetFlop).run();
}

std::string qualityTargetModeLabel(const QualityTargetRun& run)
{
    const Evaluation& e = run.evaluation;
    const auto count = [](double value) { return std::to_string(std::llround(value)); };
    if (run.mode == Mode::Hierarchical && e.hierarchical)
        return "Hier " + count(e.hierarchical->nodesPerGroup) + "x" + count(e.hierarchical->groups);
    if (run.mode == Mode::PipelineDiloco && e.pipeline) {
        std::string label = "PP-Group DiLoCo (" + count(e.pipeline->stages) + " stages x "
                            + count(e.pipeline->groups) + " groups)";
        // 4x is the pipeline default; only the aggressive setting is named.
        if (run.activationCompression != PipelineInputs{}.activationCompression)
            label += " act" + count(run.activationCompression) + "x";
        return label;
    }
    return "Flat DiLoCo";
}

} // namespace dtx
