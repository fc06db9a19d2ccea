#include "MemoryRuleCompute.hpp"

#include "Format.hpp"
#include "NodesForTarget.hpp"

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// "17–50", or "8" for a single count.
QString countRange(double from, double to)
{
    return from == to ? formatCount(from)
                      : QStringLiteral("%1–%2").arg(formatCount(from), formatCount(to));
}

QString decimalRange(double from, double to)
{
    return from == to ? formatDecimal(from, 1)
                      : QStringLiteral("%1–%2").arg(formatDecimal(from, 1), formatDecimal(to, 1));
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// "100,000": where the searches stop.
QString searchLimit()
{
    return formatCount(double(kMaxSearchNodes));
}

// MODEL.md §10's reference systems are the catalog's first ones (2026-04
// lists three more after them).
std::size_t referenceSystemCount(const HardwareCatalog& catalog)
{
    return std::min(catalog.referenceSystems.size(),
                    revisionRules(Revision::Feb2026).collateralSystemCount);
}

} // namespace

bool MemoryRuleCompute::reads(const ChangeSet& changes)
{
    return cheapestReads(changes) || changes.touches(kAnalysisKey);
}

bool MemoryRuleCompute::cheapestReads(const ChangeSet& changes)
{
    return changes.touchesAnyBut({QStringLiteral("scenario")}, {QStringLiteral("scenario.name")});
}

QString MemoryRuleCompute::limitText(const MemoryRuleOptions& options)
{
    return options.hbmOnly ? tr("%1 GB (HBM only)").arg(formatCount(options.limitGb))
                           : tr("%1 GB (all memory counted)").arg(formatCount(options.limitGb));
}

QString MemoryRuleCompute::targetText(double targetFlop)
{
    return tr("%1 FLOP").arg(formatPowerOfTen(targetFlop, 1));
}

QString MemoryRuleCompute::scenarioChip(const Scenario& scenario)
{
    return text(dtx::scenarioChip(scenario));
}

QStringList MemoryRuleCompute::chipColumns()
{
    return {tr("Chip"),
            tr("Memory"),
            tr("FP16\nTFLOPS"),
            tr("GPUs per node\nnow"),
            tr("GPUs per node\nwith the rule"),
            tr("Largest model\nnow → with the rule"),
            tr("First count over\nthe limit"),
            tr("Newly caught\n(GPUs)")};
}

QStringList MemoryRuleCompute::useCaseColumns()
{
    return {tr("Use case"), tr("GPUs"), tr("Memory"), tr("H100-\nequivalents"),
            tr("Under the amendment"), tr("Burden")};
}

QStringList MemoryRuleCompute::cheapestColumns()
{
    return {tr("Target"), tr("Rule"), tr("Cheapest node"), tr("Nodes"), tr("Mode"), tr("Model"),
            tr("Over-\ntraining"), tr("eta"), tr("Cost"), tr("Cost with the rule\n÷ without")};
}

MemoryRuleView MemoryRuleCompute::run(const HardwareCatalog& catalog, const Scenario& scenario,
                                      const MemoryRuleOptions& options)
{
    MemoryRuleView view;
    view.rows = memoryRuleTable(catalog, options);
    view.scenarioChip = scenarioChip(scenario);
    view.limit = limitText(options);
    view.chartTitle = tr("Largest unregistered model per chip: compute rule only and with the "
                         "memory rule at %1")
                          .arg(view.limit);
    view.data = {tr("GPUs per node (now, then with the memory rule)"),
                 tr("Largest model (billions of parameters)"),
                 {}};

    const auto params = [](double paramsB) {
        return paramsB > 0 && std::isfinite(paramsB) ? formatParamsB(paramsB) : tr("none");
    };
    int shrinking = 0;
    const MemoryRuleRow* own = nullptr;
    for (const MemoryRuleRow& row : view.rows) {
        const GpuSpec& gpu = *row.gpu;
        const QString name = text(gpu.name);
        if (row.nMax < row.nCompute)
            ++shrinking;
        if (name == view.scenarioChip)
            own = &row;
        MemoryRuleLine line;
        const QString memory = tr("%1 GB %2").arg(formatCount(gpu.vramGb), text(gpu.memoryType));
        QString firstOver = tr("never (memory not counted)");
        if (row.firstOver) {
            firstOver = tr("%1 GPUs → %2 H100-eq")
                            .arg(formatCount(*row.firstOver),
                                 formatDecimal(row.firstOverH100e().value_or(0), 1));
            if (row.computeFirst)
                firstOver = tr("%1 (compute first)").arg(firstOver);
        }
        line.cells = {name,
                      row.memoryCounts ? memory : tr("%1 (not counted)").arg(memory),
                      formatCount(gpu.fp16Tflops),
                      formatCount(row.nCompute),
                      formatCount(row.nMax),
                      tr("%1 → %2").arg(params(row.maxParamsBBefore), params(row.maxParamsBAfter)),
                      firstOver,
                      row.newlyCaughtMin ? countRange(*row.newlyCaughtMin, *row.newlyCaughtMax)
                                         : tr("none")};
        line.toolTip = tr("%1 (%2): %3")
                           .arg(name,
                                row.fp8 ? tr("trains in FP8, 14 bytes a parameter")
                                        : tr("trains in FP16, 16 bytes a parameter"),
                                text(gpu.source));
        line.bold = name == view.scenarioChip;
        view.chips.push_back(line);
        view.data.series.push_back({name,
                                    {double(row.nCompute), double(row.nMax)},
                                    {row.maxParamsBBefore, row.maxParamsBAfter},
                                    QStringLiteral("chip")});
    }

    for (const MemoryRuleUseCase& useCase : catalog.memoryRuleUseCases) {
        const GpuSpec* gpu = catalog.findGpu(useCase.gpu);
        if (!gpu)
            continue;
        const UseCaseCoverage coverage = useCaseCoverage(catalog, useCase, options);
        QString status = tr("not covered");
        if (coverage.atMin == MemoryRuleCoverage::CoveredNow) {
            status = tr("covered now by compute");
        } else if (coverage.atMin == MemoryRuleCoverage::NewlyCovered) {
            status = tr("newly covered");
        } else if (coverage.atMax != MemoryRuleCoverage::NotCovered) {
            // The first count either rule covers.
            const MemoryRuleRow row = memoryRuleRow(*gpu, options);
            int first = row.nCompute + 1;
            if (row.firstOver)
                first = std::min(first, *row.firstOver);
            first = std::max(first, useCase.gpusMin);
            status = memoryRuleCoverage(*gpu, first, options) == MemoryRuleCoverage::NewlyCovered
                         ? tr("newly covered from %1 GPUs").arg(formatCount(first))
                         : tr("covered by compute from %1 GPUs").arg(formatCount(first));
        }
        MemoryRuleLine line;
        line.cells = {text(useCase.name),
                      tr("%1 × %2").arg(countRange(useCase.gpusMin, useCase.gpusMax), text(gpu->name)),
                      tr("%1 GB").arg(countRange(coverage.memoryGbMin, coverage.memoryGbMax)),
                      decimalRange(coverage.h100eMin, coverage.h100eMax),
                      status,
                      text(useCase.burden)};
        line.toolTip = tr("Source: %1").arg(text(useCase.source));
        view.useCases.push_back(line);
    }

    // MODEL.md §10's systems, with the memory each counts under the switch.
    const std::size_t systems = referenceSystemCount(catalog);
    int caught = 0;
    double largestGb = 0;
    for (std::size_t i = 0; i < systems; ++i) {
        const ReferenceSystem& system = catalog.referenceSystems[i];
        const GpuSpec* gpu = catalog.findGpu(system.gpu);
        if (!gpu)
            continue;
        if (!options.hbmOnly || gpu->hasHbm())
            largestGb = std::max(largestGb, system.gpuCount * gpu->vramGb);
        if (memoryRuleCoverage(*gpu, system.gpuCount, options) == MemoryRuleCoverage::NewlyCovered)
            ++caught;
    }
    const QString counting = options.hbmOnly ? tr("HBM only") : tr("All memory counted");
    const QString at = tr("%1 GB").arg(formatCount(options.limitGb));
    view.referenceSystems =
        caught == 0
            ? tr("%1 at %2 catches none of MODEL.md §10's %3 reference systems (largest %4 GB).")
                  .arg(counting, at, formatCount(double(systems)), formatCount(largestGb))
            : tr("%1 at %2 catches %3 of MODEL.md §10's %4 reference systems (largest %5 GB).")
                  .arg(counting, at, formatCount(caught), formatCount(double(systems)),
                       formatCount(largestGb));

    // The sentence: how many chips lose node size, and the scenario's node.
    QString sentence = tr("At %1, %2 of %3 chips lose node size")
                           .arg(view.limit, formatCount(shrinking),
                                formatCount(double(view.rows.size())));
    const NodeConfig& node = scenario.node;
    if (own && node.gpuCount > 0) {
        const GpuSpec& gpu = *own->gpu;
        const int count = node.gpuCount;
        const int allowed = own->nMemory ? std::min(count, *own->nMemory) : count;
        const QString name = text(gpu.name);
        if (count * gpu.fp16Tflops > kCccComputeBoundTflops)
            sentence += tr("; the scenario's node of %1 %2 is covered by the compute rule already.")
                            .arg(formatCount(count), name);
        else if (allowed == 0)
            sentence += tr("; not even one %1 stays under the limit, so the scenario's node is "
                           "covered whatever its size.")
                            .arg(name);
        else if (allowed < count)
            sentence += tr("; the scenario's %1 node shrinks from %2 to %3 GPUs and its largest "
                           "model from %4 to %5.")
                            .arg(name, formatCount(count), formatCount(allowed),
                                 params(node.maxParamsB()),
                                 params(node.maxParamsB() * allowed / count));
        else
            sentence += tr("; the scenario's node of %1 %2 stays under the limit as it is.")
                            .arg(formatCount(count), name);
    } else {
        sentence += tr("; the scenario's node is not one of the table's chips.");
    }
    view.sentence = sentence;
    return view;
}

std::vector<MemoryRuleLine> MemoryRuleCompute::cheapestLines(
    const std::vector<MemoryRuleCheapestTarget>& targets)
{
    std::vector<MemoryRuleLine> lines;
    for (const MemoryRuleCheapestTarget& target : targets) {
        const QString goal = targetText(target.targetFlop);
        for (const bool after : {false, true}) {
            const std::optional<MemoryRuleConfiguration>& c = after ? target.after : target.before;
            const QString rule = after ? tr("With the memory rule") : tr("Compute rule only");
            MemoryRuleLine line;
            if (!c) {
                line.cells = {goal, rule, tr("none within %1 nodes").arg(searchLimit()), noValue(),
                              noValue(), noValue(), noValue(), noValue(), noValue(), noValue()};
                line.toolTip =
                    tr("No chip's node reaches %1 within %2 nodes.").arg(goal, searchLimit());
            } else {
                const QString node = text(c->nodeName);
                const QString ratio =
                    after && target.costRatio ? formatMultiple(*target.costRatio) : QString();
                line.cells = {goal,
                              rule,
                              node,
                              formatCount(double(c->nodes)),
                              text(c->modeLabel),
                              formatParamsB(c->paramsB),
                              formatMultiple(c->overtrainingRatio),
                              formatDecimal(c->eta, 3),
                              formatUsd(c->costUsd),
                              ratio};
                line.toolTip = tr("%1 nodes of %2 at %3 a GPU, %4: a %5 model, overtraining %6, "
                                  "eta %7, C_quality %8, cost %9")
                                   .arg(formatCount(double(c->nodes)), node,
                                        formatUsd(c->gpuPriceUsd), text(c->modeLabel),
                                        formatParamsB(c->paramsB),
                                        formatMultiple(c->overtrainingRatio),
                                        formatDecimal(c->eta, 3), formatFlop(c->computeQuality),
                                        formatUsd(c->costUsd));
            }
            lines.push_back(line);
        }
    }
    return lines;
}

QString MemoryRuleCompute::cheapestSentence(const std::vector<MemoryRuleCheapestTarget>& targets)
{
    const auto describe = [](const MemoryRuleConfiguration& c) {
        return tr("%1 nodes of %2 (%3)")
            .arg(formatCount(double(c.nodes)), text(c.nodeName), formatUsd(c.costUsd));
    };
    for (const MemoryRuleCheapestTarget& target : targets) {
        // The middle target: the brief has room for one.
        if (target.targetFlop != kReferenceTargetsFlop[1])
            continue;
        const QString goal = targetText(target.targetFlop);
        if (!target.before)
            return tr("No chip's node reaches %1 within %2 nodes.").arg(goal, searchLimit());
        if (!target.after)
            return tr("The cheapest run to %1 takes %2 now; with the memory rule no chip's node "
                      "reaches it within %3 nodes.")
                .arg(goal, describe(*target.before), searchLimit());
        return tr("The cheapest run to %1 takes %2 now and %3 with the memory rule (%4 the "
                  "cost).")
            .arg(goal, describe(*target.before), describe(*target.after),
                 target.costRatio ? formatMultiple(*target.costRatio) : noValue());
    }
    return {};
}

QString MemoryRuleCompute::cheapestNote(const Scenario& scenario)
{
    const QString revision = QString::fromLatin1(revisionName(scenario.revision));
    return scenario.rules().qualityTargetOptimizer
               ? tr("The cheapest run whose C_quality reaches each target, over every chip of "
                    "the table with a price, with this scenario's WAN, time budget and other "
                    "inputs (model %1, REVISION-2026-04 R11: flat, hierarchical and PP-Group "
                    "DiLoCo). Hover a row for its details.")
                     .arg(revision)
               : tr("The cheapest run whose C_quality reaches each target, over every chip of "
                    "the table with a price, with this scenario's WAN, time budget and other "
                    "inputs (model %1, MODEL.md §8's candidates: flat and PP-Group DiLoCo, each "
                    "at its fewest nodes). Hover a row for its details.")
                     .arg(revision);
}

} // namespace dtx::ui
