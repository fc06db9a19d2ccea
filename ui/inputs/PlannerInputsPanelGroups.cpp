// The input groups of PlannerInputsPanel: which planner inputs it offers,
// with their ranges, units and help. The panel's mechanics are in
// PlannerInputsPanel.cpp.
#include "PlannerInputsPanel.hpp"

#include "CoreTerms.hpp"

#include "Efficiency.hpp"
#include "Format.hpp"
#include "PanelLayout.hpp"
#include "SliderField.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

constexpr double kTokensPerTrillion = 1e12;
// Slider ranges: what a real run might use, all inside the planner's limits
// (plannerInputLimits() in InputLimits.hpp; test_explorer holds every
// field to them) so every position plans without an input error.
constexpr double kSliderMinParamsB = 0.1;
constexpr double kSliderMaxParamsB = 1e5;
constexpr double kSliderMinTokensT = 0.01;
constexpr double kSliderMaxTokensT = 1e4;
constexpr double kSliderMaxLatencyMs = 1000;
constexpr double kSliderMaxCompression = 1000;
constexpr double kSliderMaxSteps = 10000;
constexpr double kSliderMaxGroupSize = 1000;
constexpr double kSliderMaxRounds = 1000;
constexpr double kSliderMaxGrowthOom = 2;
constexpr double kSliderMaxManualDays = 3650;

QStringList namesOf(const auto& table)
{
    QStringList names;
    for (const std::string_view name : table)
        names << QString::fromUtf8(name.data(), qsizetype(name.size()));
    return names;
}

} // namespace

QGroupBox* PlannerInputsPanel::buildModelGroup()
{
    auto* group = new QGroupBox(tr("Model"));
    QVBoxLayout* layout = groupLayout(group);
    addField(layout, QStringLiteral("model.params_b"),
             {tr("Parameters"), tr("billion"),
              tr("Total parameter count P of the model to train."), kSliderMinParamsB,
              kSliderMaxParamsB, 0, 2, true, false},
             [](const PlannerInputs& in) { return in.model.paramsB; },
             [](PlannerInputs& in, double v) { in.model.paramsB = v; });
    addField(layout, QStringLiteral("model.tokens"),
             {tr("Dataset"), tr("trillion tokens"),
              tr("Training tokens D; the run ends when all have been seen once."),
              kSliderMinTokensT, kSliderMaxTokensT, 0, 2, true, false},
             [](const PlannerInputs& in) { return in.model.tokens / kTokensPerTrillion; },
             [](PlannerInputs& in, double v) { in.model.tokens = v * kTokensPerTrillion; });
    addSwitch(layout, QStringLiteral("model.moe"), tr("Mixture of experts (MoE)"),
              tr("Only the active parameters compute each token; the experts can be split "
                 "over several nodes (expert parallelism)."),
              [](const PlannerInputs& in) { return in.model.moe; },
              [](PlannerInputs& in, bool on) { in.model.moe = on; });
    QVBoxLayout* sub = nullptr;
    moeInputs_ = subPanel(&sub);
    activeParams_ = addField(
        sub, QStringLiteral("model.active_params_b"),
        {tr("Active parameters"), tr("billion"),
         tr("Parameters that compute each token (P_act), at most the total."), kSliderMinParamsB,
         kSliderMaxParamsB, 0, 2, true, false},
        [](const PlannerInputs& in) { return in.model.activeParamsB; },
        [](PlannerInputs& in, double v) { in.model.activeParamsB = v; });
    addField(sub, QStringLiteral("model.moe_layers"),
             {tr("MoE layers"), QString(),
              tr("Layers with experts; each costs two all-to-all round trips per step when the "
                 "experts are split over the network."),
              0, 256, 0, 0, false, true},
             [](const PlannerInputs& in) { return in.model.moeLayers; },
             [](PlannerInputs& in, double v) { in.model.moeLayers = v; });
    addChoice(sub, QStringLiteral("model.expert_parallelism"), tr("Experts split"),
              tr("none: every node holds all experts. regional: experts split within a group "
                 "of nodes. global: experts split over all nodes, over the WAN."),
              CoreTerms::expertParallelismTitles(),
              [](const PlannerInputs& in) { return int(in.model.expertParallelism); },
              [](PlannerInputs& in, int i) {
                  in.model.expertParallelism = static_cast<ExpertParallelism>(i);
              });
    layout->addWidget(moeInputs_);
    return group;
}

QGroupBox* PlannerInputsPanel::buildClusterGroup()
{
    auto* group = new QGroupBox(tr("Cluster"));
    QVBoxLayout* layout = groupLayout(group);
    addField(layout, QStringLiteral("cluster.nodes"),
             {tr("Nodes"), QString(), tr("Machine rooms that train together over the WAN."), 1,
              kPlannerSliderMaxNodes, 0, 0, true, true},
             [](const PlannerInputs& in) { return in.cluster.nodes; },
             [](PlannerInputs& in, double v) { in.cluster.nodes = v; });
    addField(layout, QStringLiteral("cluster.node_pflops"),
             {tr("Node throughput"), tr("PFLOPS"),
              tr("Peak training throughput of one node (the reference planner credits its "
                 "node with %1 PFLOPS).")
                  .arg(formatSignificant(PlannerCluster{}.nodePflops)),
              0.01, 10000, 0, 3, true, false},
             [](const PlannerInputs& in) { return in.cluster.nodePflops; },
             [](PlannerInputs& in, double v) { in.cluster.nodePflops = v; });
    addField(layout, QStringLiteral("cluster.node_vram_gb"),
             {tr("Node memory"), tr("GB"),
              tr("GPU memory of one node. A model whose training state does not fit is split "
                 "into pipeline stages over several nodes."),
              1, 1e6, 0, 0, true, false},
             [](const PlannerInputs& in) { return in.cluster.nodeVramGb; },
             [](PlannerInputs& in, double v) { in.cluster.nodeVramGb = v; });
    addField(layout, QStringLiteral("cluster.mfu"),
             {tr("MFU"), QString(),
              tr("Model FLOPs utilisation: the fraction of peak throughput training achieves."),
              0.01, 1, 0, 2, false, false},
             [](const PlannerInputs& in) { return in.cluster.mfu; },
             [](PlannerInputs& in, double v) { in.cluster.mfu = v; });
    return group;
}

QGroupBox* PlannerInputsPanel::buildNetworkGroup()
{
    auto* group = new QGroupBox(tr("Network"));
    QVBoxLayout* layout = groupLayout(group);
    addField(layout, QStringLiteral("network.bandwidth_mbps"),
             {tr("WAN bandwidth"), tr("Mbps"),
              tr("Symmetric internet bandwidth of each node, in megabits per second."),
              kPlannerSliderMinBandwidthMbps, kPlannerSliderMaxBandwidthMbps, 0, 1, true, false},
             [](const PlannerInputs& in) { return in.network.bandwidthMbps; },
             [](PlannerInputs& in, double v) { in.network.setBandwidth(v); });
    addField(layout, QStringLiteral("network.latency_ms"),
             {tr("WAN latency"), tr("ms"), tr("Round-trip time between nodes."), 0,
              kSliderMaxLatencyMs, 0, 0, false, false},
             [](const PlannerInputs& in) { return in.network.latencyMs; },
             [](PlannerInputs& in, double v) { in.network.latencyMs = v; });
    return group;
}

QGroupBox* PlannerInputsPanel::buildAlgorithmGroup()
{
    auto* group = new QGroupBox(tr("Algorithm"));
    QVBoxLayout* layout = groupLayout(group);
    addField(layout, QStringLiteral("algorithm.inner_steps"),
             {tr("Inner steps H"), QString(),
              tr("Local steps between two synchronisations. More steps hide a slow network "
                 "but cost some learning efficiency."),
              1, kSliderMaxSteps, 0, 0, true, true},
             [](const PlannerInputs& in) { return in.algorithm.innerSteps; },
             [](PlannerInputs& in, double v) { in.algorithm.innerSteps = v; });
    addField(layout, QStringLiteral("algorithm.compression"),
             {tr("Pseudo-gradient compression"), tr("×"),
              tr("How much smaller each synchronisation is than the raw pseudo-gradient."), 1,
              kSliderMaxCompression, 0, 1, true, false},
             [](const PlannerInputs& in) { return in.algorithm.compression; },
             [](PlannerInputs& in, double v) { in.algorithm.compression = v; });
    addField(layout, QStringLiteral("algorithm.local_batch_tokens"),
             {tr("Local batch"), tr("tokens"), tr("Tokens per inner step on each node."), 1024,
              16777216, 0, 0, true, true},
             [](const PlannerInputs& in) { return in.algorithm.localBatchTokens; },
             [](PlannerInputs& in, double v) { in.algorithm.localBatchTokens = v; });
    addChoice(layout, QStringLiteral("algorithm.precision"), tr("Precision"),
              tr("Training precision (FP16 / FP8 / FP4): %1 / %2 / %3 bytes of training state "
                 "per parameter and %4 / %5 / %6 bytes per value sent.")
                  .arg(formatSignificant(plannerBytesPerParam(PlannerPrecision::Fp16)),
                       formatSignificant(plannerBytesPerParam(PlannerPrecision::Fp8)),
                       formatSignificant(plannerBytesPerParam(PlannerPrecision::Fp4)),
                       formatSignificant(plannerBytesPerValue(PlannerPrecision::Fp16)),
                       formatSignificant(plannerBytesPerValue(PlannerPrecision::Fp8)),
                       formatSignificant(plannerBytesPerValue(PlannerPrecision::Fp4))),
              namesOf(kPlannerPrecisionNames),
              [](const PlannerInputs& in) { return int(in.algorithm.precision); },
              [](PlannerInputs& in, int i) {
                  in.algorithm.precision = static_cast<PlannerPrecision>(i);
              });
    addSwitch(layout, QStringLiteral("algorithm.streaming"),
              tr("Streaming"),
              tr("Streaming DiLoCo sends the pseudo-gradient while the next block computes; "
                 "without it the two run one after the other."),
              [](const PlannerInputs& in) { return in.algorithm.streaming; },
              [](PlannerInputs& in, bool on) { in.algorithm.streaming = on; });
    addChoice(layout, QStringLiteral("algorithm.straggler_mitigation"), tr("Stragglers"),
              tr("none: every sync waits for the slowest node. threshold: a deadline drops late "
                 "updates (costs efficiency). redundancy: one spare node per ten."),
              CoreTerms::stragglerMitigationTitles(),
              [](const PlannerInputs& in) { return int(in.algorithm.stragglerMitigation); },
              [](PlannerInputs& in, int i) {
                  in.algorithm.stragglerMitigation = static_cast<StragglerMitigation>(i);
              });
    auto* note = new QLabel(tr("Pipeline (only when the model does not fit one node):"));
    note->setWordWrap(true);
    layout->addWidget(note);
    addField(layout, QStringLiteral("algorithm.activation_compression"),
             {tr("Activation compression"), tr("×"),
              tr("How much smaller the activations sent between pipeline stages are."), 1, 100,
              0, 1, true, false},
             [](const PlannerInputs& in) { return in.algorithm.activationCompression; },
             [](PlannerInputs& in, double v) { in.algorithm.activationCompression = v; });
    addField(layout, QStringLiteral("algorithm.micro_batches"),
             {tr("Micro-batches M"), QString(),
              tr("Micro-batches per pipeline step; more of them shrink the pipeline bubble."), 1,
              1024, 0, 0, true, true},
             [](const PlannerInputs& in) { return in.algorithm.microBatches; },
             [](PlannerInputs& in, double v) { in.algorithm.microBatches = v; });
    return group;
}

QGroupBox* PlannerInputsPanel::buildHierarchyGroup()
{
    auto* group = new QGroupBox(tr("Hierarchy"));
    QVBoxLayout* layout = groupLayout(group);
    addSwitch(layout, QStringLiteral("hierarchy.enabled"), tr("Regional groups"),
              tr("Nodes sync within regional groups over a faster link, and only every R "
                 "regional rounds over the WAN. The regional link also joins pipeline stages."),
              [](const PlannerInputs& in) { return in.hierarchy.enabled; },
              [](PlannerInputs& in, bool on) { in.hierarchy.enabled = on; });
    // Outside the hidden panel: regional expert parallelism splits the
    // experts over a group even without the regional tier.
    groupSize_ = addField(layout, QStringLiteral("hierarchy.nodes_per_group"),
                          {tr("Nodes per group"), QString(),
                           tr("Nodes in one regional group (also the expert-parallel group "
                              "for regional experts)."),
                           1, kSliderMaxGroupSize, 0, 0, true, true},
                          [](const PlannerInputs& in) { return in.hierarchy.nodesPerGroup; },
                          [](PlannerInputs& in, double v) { in.hierarchy.nodesPerGroup = v; });
    QVBoxLayout* sub = nullptr;
    hierarchyInputs_ = subPanel(&sub);
    addField(sub, QStringLiteral("hierarchy.bandwidth_mbps"),
             {tr("Regional bandwidth"), tr("Mbps"), tr("Bandwidth inside a regional group."),
              kPlannerSliderMinBandwidthMbps, kPlannerSliderMaxBandwidthMbps, 0, 1, true, false},
             [](const PlannerInputs& in) { return in.hierarchy.bandwidthMbps; },
             [](PlannerInputs& in, double v) { in.hierarchy.bandwidthMbps = v; });
    addField(sub, QStringLiteral("hierarchy.latency_ms"),
             {tr("Regional latency"), tr("ms"), tr("Round trip inside a regional group."), 0,
              kSliderMaxLatencyMs, 0, 0, false, false},
             [](const PlannerInputs& in) { return in.hierarchy.latencyMs; },
             [](PlannerInputs& in, double v) { in.hierarchy.latencyMs = v; });
    addField(sub, QStringLiteral("hierarchy.regional_steps"),
             {tr("Regional rounds R"), QString(),
              tr("Regional synchronisations per WAN synchronisation."), 1, kSliderMaxRounds,
              0, 0, true, true},
             [](const PlannerInputs& in) { return in.hierarchy.regionalSteps; },
             [](PlannerInputs& in, double v) { in.hierarchy.regionalSteps = v; });
    layout->addWidget(hierarchyInputs_);
    return group;
}

QGroupBox* PlannerInputsPanel::buildAssumptionsGroup()
{
    auto* group = new QGroupBox(tr("Assumptions"));
    QVBoxLayout* layout = groupLayout(group);
    addSwitch(layout, QStringLiteral("assumptions.straggler"), tr("Straggler model"),
              tr("A sync of k nodes waits for the slowest: 1 + %1 log2 k times longer. Off: "
                 "every node is equally fast.")
                  .arg(formatDecimal(kStragglerCoefficient, 2)),
              [](const PlannerInputs& in) { return in.assumptions.straggler; },
              [](PlannerInputs& in, bool on) { in.assumptions.straggler = on; });
    addSwitch(layout, QStringLiteral("assumptions.efficiency_penalty"),
              tr("Efficiency penalty of rare syncs"),
              tr("DiLoCo learns less per token the more inner steps pass between syncs "
                 "(Charles et al. 2025); the run takes longer by that factor."),
              [](const PlannerInputs& in) { return in.assumptions.efficiencyPenalty; },
              [](PlannerInputs& in, bool on) { in.assumptions.efficiencyPenalty = on; });
    return group;
}

QGroupBox* PlannerInputsPanel::buildRunLengthGroup()
{
    auto* group = new QGroupBox(tr("Maximum run length"));
    QVBoxLayout* layout = groupLayout(group);
    addSwitch(layout, QStringLiteral("run_length.manual"), tr("Set the limit by hand"),
              tr("Off: the limit follows from how fast hardware, software and investment grow "
                 "(Epoch AI, \"The longest training run\")."),
              [](const PlannerInputs& in) { return in.runLength.manualDays.has_value(); },
              [this](PlannerInputs& in, bool on) {
                  if (on)
                      in.runLength.manualDays = manualDays_->value();
                  else
                      in.runLength.manualDays.reset();
              });
    manualDays_ = addField(
        layout, QStringLiteral("run_length.manual_days"),
        {tr("Run-length limit"), tr("days"), tr("The longest run worth starting."), 1,
         kSliderMaxManualDays, 0, 0, false, false},
        [](const PlannerInputs& in) {
            return in.runLength.manualDays.value_or(kOfferedManualRunLengthDays);
        },
        [](PlannerInputs& in, double v) {
            if (in.runLength.manualDays)
                in.runLength.manualDays = v;
        });
    QVBoxLayout* sub = nullptr;
    growthInputs_ = subPanel(&sub);
    const auto growthField = [&](const char* key, const QString& label, const QString& help,
                                 double RunLengthInputs::*member) {
        addField(sub, QString::fromLatin1(key),
                 {label, tr("OOM/year"), help, 0, kSliderMaxGrowthOom, 0, 3, false, false},
                 [member](const PlannerInputs& in) { return in.runLength.*member; },
                 [member](PlannerInputs& in, double v) { in.runLength.*member = v; });
    };
    growthField("run_length.hardware_growth_oom", tr("Hardware growth"),
                tr("Orders of magnitude per year by which FLOP per dollar grows."),
                &RunLengthInputs::hardwareGrowthOom);
    growthField("run_length.software_growth_oom", tr("Software growth"),
                tr("Orders of magnitude per year of algorithmic progress."),
                &RunLengthInputs::softwareGrowthOom);
    growthField("run_length.investment_growth_oom", tr("Investment growth"),
                tr("Orders of magnitude per year by which training budgets grow."),
                &RunLengthInputs::investmentGrowthOom);
    layout->addWidget(growthInputs_);
    return group;
}

} // namespace dtx::ui
