// The network, algorithm and treaty groups of ControlPanel: which scenario
// inputs they offer, with their ranges, units and help. The panel's
// mechanics and the node, scale and training groups are in ControlPanel.cpp.
#include "ControlPanel.hpp"

#include "CoreTerms.hpp"
#include "Document.hpp"
#include "Efficiency.hpp"
#include "Format.hpp"
#include "NetworkProfiles.hpp"
#include "PanelLayout.hpp"
#include "SliderField.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace dtx::ui {
namespace {

constexpr Mode kModes[] = {Mode::Flat, Mode::Hierarchical, Mode::Moe, Mode::PipelineDiloco};

} // namespace

QGroupBox* ControlPanel::buildNetworkGroup()
{
    auto* group = new QGroupBox(tr("Network"));
    QVBoxLayout* layout = groupLayout(group);
    profileBox_ = new QComboBox;
    profileBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    profileBox_->setMinimumContentsLength(16);
    profileBox_->setAccessibleName(tr("Deployment profile"));
    profileBox_->setToolTip(tr("Where the nodes sit: sets the WAN bandwidth and round-trip "
                               "latency together."));
    profileBox_->addItem(tr("Custom bandwidth and latency"), -1);
    for (int i = 0; i < int(std::size(kDeploymentProfiles)); ++i) {
        const DeploymentProfile& profile = kDeploymentProfiles[i];
        profileBox_->addItem(tr("%1: %2, %3 ms")
                                 .arg(CoreTerms::networkLabel(profile.label),
                                      formatBandwidth(profile.bandwidthMbps),
                                      formatSignificant(profile.rttMs)),
                             i);
    }
    showWholeItems(profileBox_);
    auto* form = stackedForm();
    form->addRow(tr("Deployment"), profileBox_);
    layout->addLayout(form);
    connect(profileBox_, &QComboBox::currentIndexChanged, this, [this] {
        const int index = profileBox_->currentData().toInt();
        if (index < 0)
            return;
        document_->editScenario(QStringLiteral("network.profile"), [&](Scenario& s) {
            s.wan.setBandwidth(kDeploymentProfiles[index].bandwidthMbps);
            s.wan.latencyMs = kDeploymentProfiles[index].rttMs;
        });
    });
    addField(layout, QStringLiteral("network.bandwidth_mbps"),
             {tr("WAN bandwidth"), tr("Mbps"),
              tr("Symmetric internet bandwidth of each node, in megabits per second."), 1, 10000, 0,
              1, true, false},
             [](const Scenario& s) { return s.wan.uploadMbps; },
             [](Scenario& s, double v) { s.wan.setBandwidth(v); });
    addWanDirections(layout);
    addField(layout, QStringLiteral("network.latency_ms"),
             {tr("WAN latency"), tr("ms"), tr("Round-trip time between nodes, in milliseconds."), 0,
              500, 0, 0, false, false},
             [](const Scenario& s) { return s.wan.latencyMs; },
             [](Scenario& s, double v) { s.wan.latencyMs = v; });
    return group;
}

QGroupBox* ControlPanel::buildAlgorithmGroup()
{
    auto* group = new QGroupBox(tr("Algorithm"));
    QVBoxLayout* layout = groupLayout(group);
    auto* form = stackedForm();
    modeBox_ = new QComboBox;
    modeBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    modeBox_->setMinimumContentsLength(16);
    modeBox_->setAccessibleName(tr("Training mode"));
    modeBox_->setToolTip(tr("How the nodes train together. Default: flat."));
    for (const Mode mode : kModes)
        modeBox_->addItem(CoreTerms::modeTitle(mode), int(mode));
    qualityBox_ = new QComboBox;
    qualityBox_->setAccessibleName(tr("Compression quality scenario"));
    qualityBox_->setToolTip(tr("How much quality lossy pseudo-gradient compression costs. "
                               "Default: expected."));
    for (const QualityScenario quality : {QualityScenario::None, QualityScenario::Optimistic,
                                          QualityScenario::Expected, QualityScenario::Conservative})
        qualityBox_->addItem(CoreTerms::qualityTitle(quality), int(quality));
    showWholeItems(modeBox_);
    showWholeItems(qualityBox_);
    form->addRow(tr("Mode"), modeBox_);
    form->addRow(tr("Compression quality"), qualityBox_);
    layout->addLayout(form);
    connect(modeBox_, &QComboBox::currentIndexChanged, this, [this] {
        const Mode mode = Mode(modeBox_->currentData().toInt());
        document_->editScenario(QStringLiteral("mode"), [&](Scenario& s) {
            s.mode = mode;
            if (!modelSizeFits(s))
                s.paramsB.reset();
        });
    });
    connect(qualityBox_, &QComboBox::currentIndexChanged, this, [this] {
        const QualityScenario quality = QualityScenario(qualityBox_->currentData().toInt());
        document_->editScenario(QStringLiteral("assumptions.compression_quality"), [&](Scenario& s) { s.assumptions.quality = quality; });
    });

    addField(layout, QStringLiteral("training.compression"),
             {tr("Pseudo-gradient compression"), tr("×"),
              tr("How much smaller each synchronisation is than the raw pseudo-gradient (16× is "
                 "4-bit quantization with sparsification)."),
              1, 1000, 0, 1, true, false},
             [](const Scenario& s) { return s.training.compression; },
             [](Scenario& s, double v) { s.training.compression = v; });

    replicaPenaltyBox_ = addSwitchWithNote(layout, tr("Replica penalty"),
                                           tr("More replicas, less efficient.")).box;
    replicaPenaltyBox_->setToolTip(tr("DiLoCo loses efficiency as replicas are added. Default: on."));
    connect(replicaPenaltyBox_, &QCheckBox::toggled, this, [this](bool on) {
        document_->editScenario(QStringLiteral("assumptions.replica_penalty"), [&](Scenario& s) { s.assumptions.replicaPenalty = on; });
    });
    addRevisedAlgorithmInputs(layout);

    QVBoxLayout* sub = nullptr;
    hierarchyInputs_ = subPanel(&sub);
    sub->addWidget(wrappedLabel(tr("<b>Hierarchical:</b> regional groups sync often over a fast "
                                 "regional link, then globally over the WAN.")));
    addField(sub, QStringLiteral("hierarchy.nodes_per_group"),
             {tr("Nodes per regional group"), QString(),
              tr("Nodes that share one fast regional link."), 1, 1000, 0, 0, true, true},
             [](const Scenario& s) { return s.hierarchy.nodesPerGroup; },
             [](Scenario& s, double v) { s.hierarchy.nodesPerGroup = v; });
    addField(sub, QStringLiteral("hierarchy.bandwidth_mbps"),
             {tr("Regional bandwidth"), tr("Mbps"), tr("Bandwidth inside a regional group."), 1,
              100000, 0, 0, true, false},
             [](const Scenario& s) { return s.hierarchy.regional.bandwidthMbps; },
             [](Scenario& s, double v) { s.hierarchy.regional.bandwidthMbps = v; });
    addField(sub, QStringLiteral("hierarchy.latency_ms"),
             {tr("Regional latency"), tr("ms"), tr("Round trip inside a regional group."), 0, 200,
              0, 0, false, false},
             [](const Scenario& s) { return s.hierarchy.regional.latencyMs; },
             [](Scenario& s, double v) { s.hierarchy.regional.latencyMs = v; });
    layout->addWidget(hierarchyInputs_);

    moeInputs_ = subPanel(&sub);
    sub->addWidget(wrappedLabel(tr("<b>MoE:</b> experts are spread over nodes; every layer "
                                 "adds an all-to-all round trip.")));
    addField(sub, QStringLiteral("moe.total_params_b"),
             {tr("Total parameters"), tr("B"), tr("All experts together, in billions."), 1, 10000,
              0, 0, true, false},
             [](const Scenario& s) { return s.moe.totalParamsB; },
             [](Scenario& s, double v) {
                 s.moe.totalParamsB = v;
                 s.moe.activeParamsB = std::min(s.moe.activeParamsB, v);
             });
    addField(sub, QStringLiteral("moe.active_params_b"),
             {tr("Active parameters"), tr("B"),
              tr("Parameters used per token, in billions; at most the total."), 0.1, 1000, 0, 1,
              true, false},
             [](const Scenario& s) { return s.moe.activeParamsB; },
             [](Scenario& s, double v) { s.moe.activeParamsB = std::min(v, s.moe.totalParamsB); });
    addField(sub, QStringLiteral("moe.layers"),
             {tr("MoE layers"), QString(), tr("Layers with experts: one all-to-all each."), 1, 256,
              0, 0, false, true},
             [](const Scenario& s) { return s.moe.layers; },
             [](Scenario& s, double v) { s.moe.layers = v; });
    layout->addWidget(moeInputs_);

    pipelineInputs_ = subPanel(&sub);
    sub->addWidget(wrappedLabel(tr("<b>PP-Group:</b> a model too big for one node is split "
                                 "into pipeline stages; groups of stages run DiLoCo.")));
    addField(sub, QStringLiteral("pipeline.activation_compression"),
             {tr("Activation compression"), tr("×"),
              tr("How much smaller the activations sent between stages are."), 1, 100, 0, 1, true,
              false},
             [](const Scenario& s) { return s.pipeline.activationCompression; },
             [](Scenario& s, double v) { s.pipeline.activationCompression = v; });
    addField(sub, QStringLiteral("pipeline.micro_batches"),
             {tr("Micro-batches"), QString(), tr("Micro-batches per pipeline step (GPipe)."), 1, 256,
              0, 0, true, true},
             [](const Scenario& s) { return s.pipeline.microBatches; },
             [](Scenario& s, double v) { s.pipeline.microBatches = v; });
    addField(sub, QStringLiteral("pipeline.bandwidth_mbps"),
             {tr("Stage link bandwidth"), tr("Mbps"), tr("Bandwidth between pipeline stages."), 1,
              100000, 0, 0, true, false},
             [](const Scenario& s) { return s.pipeline.stageLink.bandwidthMbps; },
             [](Scenario& s, double v) { s.pipeline.stageLink.bandwidthMbps = v; });
    addField(sub, QStringLiteral("pipeline.latency_ms"),
             {tr("Stage link latency"), tr("ms"), tr("Round trip between pipeline stages."), 0, 200,
              0, 0, false, false},
             [](const Scenario& s) { return s.pipeline.stageLink.latencyMs; },
             [](Scenario& s, double v) { s.pipeline.stageLink.latencyMs = v; });
    layout->addWidget(pipelineInputs_);
    return group;
}

QGroupBox* ControlPanel::buildTreatyGroup()
{
    auto* group = new QGroupBox(tr("Treaty"));
    QVBoxLayout* layout = groupLayout(group);
    addField(layout, QStringLiteral("treaty.ccc_threshold_h100e"),
             {tr("Registration threshold (CCC)"), tr("H100-equivalents"),
              tr("A cluster above this much FP16 compute must be registered (covered computing "
                 "cluster)."),
              1, 64, 0, 1, true, false},
             [](const Scenario& s) { return s.treaty.cccThresholdH100e; },
             [](Scenario& s, double v) { s.treaty.cccThresholdH100e = v; });
    memoryThresholdBox_ = addSwitchWithNote(layout, tr("Memory threshold"),
                                            tr("Also register nodes above a memory threshold.")).box;
    memoryThresholdBox_->setObjectName(QStringLiteral("treaty.memory_rule"));
    memoryThresholdBox_->setToolTip(tr("A countermeasure the treaty does not have yet: register "
                                       "any node with more VRAM than this."));
    memoryThreshold_ = addField(
        layout, QStringLiteral("treaty.memory_threshold_gb"),
        {tr("Memory threshold"), tr("GB VRAM"), tr("Nodes with more HBM than this must register."),
         16, 8192, 0, 0, true, true},
        [](const Scenario& s) { return s.treaty.memoryThresholdGb.value_or(1024); },
        [](Scenario& s, double v) { s.treaty.memoryThresholdGb = v; });
    connect(memoryThresholdBox_, &QCheckBox::toggled, this, [this](bool on) {
        const double value = memoryThreshold_->value();
        document_->editScenario(QStringLiteral("treaty.memory_threshold_gb"), [&](Scenario& s) {
            if (on)
                s.treaty.memoryThresholdGb = value;
            else
                s.treaty.memoryThresholdGb.reset();
        });
    });
    addField(layout, QStringLiteral("treaty.strict_threshold_flop"),
             {tr("Strict Threshold"), tr("10ˣ FLOP"),
              tr("Training compute the treaty prohibits, as a power of ten (24 = 10²⁴ FLOP)."), 23,
              27, 0, 2, false, false},
             [](const Scenario& s) { return std::log10(s.treaty.strictThresholdFlop); },
             [](Scenario& s, double v) { s.treaty.strictThresholdFlop = std::pow(10.0, v); });
    return group;
}

} // namespace dtx::ui
