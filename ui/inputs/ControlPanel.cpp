#include "ControlPanel.hpp"

#include "CoreTerms.hpp"

#include "Constants.hpp"
#include "Efficiency.hpp"
#include "InputLimits.hpp"
#include "ScenarioFile.hpp"
#include "Format.hpp"
#include "NetworkProfiles.hpp"
#include "NodeSelector.hpp"
#include "PanelLayout.hpp"
#include "Document.hpp"
#include "SliderField.hpp"
#include "WheelGuard.hpp"

#include <QCheckBox>
#include <QScrollBar>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// Model sizes the slider offers: PP-Group spreads a model over up to 16
// nodes' memory; the §8 search itself stops at 8x.
constexpr double kMaxPipelineSizeMultiple = 16;
constexpr double kMinSliderParamsB = 0.1;

constexpr Mode kModes[] = {Mode::Flat, Mode::Hierarchical, Mode::Moe, Mode::PipelineDiloco};

// Sizes the model-size slider offers: up to what fits one node, or in
// PP-Group mode more than one node and up to 16 nodes' worth.
std::pair<double, double> modelSizeRange(const Scenario& scenario)
{
    const double largest = scenario.node.maxParamsB();
    if (scenario.mode == Mode::PipelineDiloco)
        return {largest * 1.01, largest * kMaxPipelineSizeMultiple};
    return {std::min(kMinSliderParamsB, largest / 10), largest};
}

bool modelSizeFits(const Scenario& scenario)
{
    if (!scenario.paramsB)
        return true;
    const auto [lo, hi] = modelSizeRange(scenario);
    return *scenario.paramsB >= lo && *scenario.paramsB <= hi;
}

} // namespace

ControlPanel::ControlPanel(Document* document, QWidget* parent)
    : QScrollArea(parent), document_(document)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildNodeGroup());
    layout->addWidget(buildScaleGroup());
    layout->addWidget(buildNetworkGroup());
    layout->addWidget(buildAlgorithmGroup());
    layout->addWidget(buildTrainingGroup());
    layout->addWidget(buildTreatyGroup());
    layout->addStretch();
    setWidget(content);
    guardWheel(content);
    setWidgetResizable(true);
    setAccessibleName(tr("Inputs"));
    setAccessibleDescription(tr("The scenario's inputs: node, scale, network, algorithm, training "
                                "and treaty. Tab moves from one input to the next."));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the labels (which are longer in some languages) and a
    // usable slider, no wider: the plots need the room.
    setMinimumWidth(std::max(380, content->minimumSizeHint().width()
                                      + verticalScrollBar()->sizeHint().width() + 2 * frameWidth()));

    // The inputs without a slider, as the Edit menu names their changes.
    for (const auto& [key, title] :
         {std::pair{QStringLiteral("node"), tr("the node")},
          std::pair{QStringLiteral("network.profile"), tr("the deployment profile")},
          std::pair{QStringLiteral("mode"), tr("the training mode")},
          std::pair{QStringLiteral("assumptions.compression_quality"),
                    tr("the compression quality scenario")},
          std::pair{QStringLiteral("assumptions.replica_penalty"), tr("the replica penalty")},
          std::pair{QStringLiteral("assumptions.straggler"), tr("the straggler factor")}})
        document->setInputTitle(key, title);

    connect(document, &Document::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(QStringLiteral("scenario")))
            showScenario(document_->scenario());
    });
    showScenario(document->scenario());
}

SliderField* ControlPanel::addField(QLayout* layout, const QString& key, const FieldSpec& spec,
                                    std::function<double(const Scenario&)> read,
                                    std::function<void(Scenario&, double)> write)
{
    FieldSpec withDefault = spec;
    withDefault.defaultValue = read(document_->defaultScenario());
    // What may be typed: the key's input limits (the ones the command line
    // checks), in the field's unit.
    if (const InputLimit* limit = scenarioInputLimit(key.toStdString())) {
        const auto shown = [&](double fileValue) {
            Scenario probe = document_->defaultScenario();
            assignScenarioNumber(&probe, key.toStdString(), fileValue, document_->catalog());
            return read(probe);
        };
        withDefault.limitMinimum = std::min(spec.minimum, shown(limit->min));
        withDefault.limitMaximum = std::max(spec.maximum, shown(limit->max));
        withDefault.check = [this, limit, key, write](double value) -> QString {
            Scenario probe = document_->scenario();
            write(probe, value);
            const std::optional<double> fileValue = scenarioNumber(probe, key.toStdString());
            if (!fileValue)
                return {};
            const std::optional<InputError> error = checkLimit(*limit, *fileValue);
            return error ? CoreTerms::inputErrorText(*error) : QString();
        };
    }
    auto* field = new SliderField(withDefault);
    field->setObjectName(key);
    document_->setInputTitle(key, spec.label);
    layout->addWidget(field);
    connect(field, &SliderField::valueEdited, this, [this, key, write](double value) {
        document_->editScenario(key, [&](Scenario& s) { write(s, value); });
    });
    connect(field, &SliderField::dragStarted, document_, &Document::beginDrag);
    connect(field, &SliderField::dragFinished, document_, &Document::endDrag);
    bindings_.push_back({field, std::move(read), std::move(write)});
    return field;
}

SliderField* ControlPanel::field(const QString& key) const
{
    for (const Binding& binding : bindings_)
        if (binding.field->objectName() == key)
            return binding.field;
    return nullptr;
}

QList<SliderField*> ControlPanel::fields() const
{
    QList<SliderField*> list;
    for (const Binding& binding : bindings_)
        list << binding.field;
    return list;
}

QGroupBox* ControlPanel::buildNodeGroup()
{
    auto* group = new QGroupBox(tr("Node"));
    nodeSelector_ = new NodeSelector(document_->catalog());
    groupLayout(group)->addWidget(nodeSelector_);
    connect(nodeSelector_, &NodeSelector::nodeEdited, this,
            [this](const NodeConfig& node, const NodeOrigin& origin) {
                document_->editScenario(QStringLiteral("node"), [&](Scenario& s) {
                    s.node = node;
                    s.nodeOrigin = origin;
                    if (!modelSizeFits(s))
                        s.paramsB.reset();
                });
            });
    return group;
}

QGroupBox* ControlPanel::buildScaleGroup()
{
    auto* group = new QGroupBox(tr("Scale"));
    addField(groupLayout(group), QStringLiteral("nodes"),
             {tr("Nodes"), QString(),
              tr("How many nodes train together. Each is one machine room below the "
                 "registration threshold; they exchange pseudo-gradients over the WAN."),
              1, 10000, 0, 0, true, true},
             [](const Scenario& s) { return double(s.nodes); },
             [](Scenario& s, double v) { s.nodes = std::int64_t(v); });
    return group;
}

QGroupBox* ControlPanel::buildNetworkGroup()
{
    auto* group = new QGroupBox(tr("Network"));
    QVBoxLayout* layout = groupLayout(group);
    profileBox_ = new QComboBox;
    profileBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    profileBox_->setMinimumContentsLength(16);
    profileBox_->setAccessibleName(tr("Deployment profile"));
    profileBox_->setToolTip(tr("Where the nodes sit (MODEL.md §11): sets the WAN bandwidth and "
                               "round-trip latency together."));
    profileBox_->addItem(tr("Custom bandwidth and latency"), -1);
    for (int i = 0; i < int(std::size(kDeploymentProfiles)); ++i) {
        const DeploymentProfile& profile = kDeploymentProfiles[i];
        profileBox_->addItem(tr("%1: %2, %3 ms")
                                 .arg(CoreTerms::networkLabel(profile.label),
                                      formatBandwidth(profile.bandwidthMbps),
                                      formatSignificant(profile.rttMs)),
                             i);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Deployment"), profileBox_);
    layout->addLayout(form);
    connect(profileBox_, &QComboBox::currentIndexChanged, this, [this] {
        const int index = profileBox_->currentData().toInt();
        if (index < 0)
            return;
        document_->editScenario(QStringLiteral("network.profile"), [&](Scenario& s) {
            s.wan.bandwidthMbps = kDeploymentProfiles[index].bandwidthMbps;
            s.wan.latencyMs = kDeploymentProfiles[index].rttMs;
        });
    });
    addField(layout, QStringLiteral("network.bandwidth_mbps"),
             {tr("WAN bandwidth"), tr("Mbps"),
              tr("Symmetric internet bandwidth of each node, in megabits per second."), 1, 10000, 0,
              1, true, false},
             [](const Scenario& s) { return s.wan.bandwidthMbps; },
             [](Scenario& s, double v) { s.wan.bandwidthMbps = v; });
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
    auto* form = new QFormLayout;
    modeBox_ = new QComboBox;
    modeBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    modeBox_->setMinimumContentsLength(16);
    modeBox_->setAccessibleName(tr("Training mode"));
    modeBox_->setToolTip(tr("How the nodes train together (MODEL.md §4–§7). Default: flat."));
    for (const Mode mode : kModes)
        modeBox_->addItem(CoreTerms::modeTitle(mode), int(mode));
    qualityBox_ = new QComboBox;
    qualityBox_->setAccessibleName(tr("Compression quality scenario"));
    qualityBox_->setToolTip(tr("How much quality lossy pseudo-gradient compression costs "
                               "(MODEL.md §3). Default: expected."));
    for (const QualityScenario quality : {QualityScenario::None, QualityScenario::Optimistic,
                                          QualityScenario::Expected, QualityScenario::Conservative})
        qualityBox_->addItem(CoreTerms::qualityTitle(quality), int(quality));
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

    replicaPenaltyBox_ = new QCheckBox(tr("Replica penalty (more replicas, less efficient)"));
    replicaPenaltyBox_->setToolTip(tr("DiLoCo loses efficiency as replicas are added (MODEL.md "
                                      "§3). Default: on."));
    stragglerBox_ = new QCheckBox(tr("Stragglers (slowest node sets the pace)"));
    stragglerBox_->setToolTip(tr("Each sync waits for the slowest of n nodes: f(n) = 1 + %1 "
                                 "log2 n. Default: on.")
                                  .arg(formatDecimal(kStragglerCoefficient, 2)));
    layout->addWidget(replicaPenaltyBox_);
    layout->addWidget(stragglerBox_);
    connect(replicaPenaltyBox_, &QCheckBox::toggled, this, [this](bool on) {
        document_->editScenario(QStringLiteral("assumptions.replica_penalty"), [&](Scenario& s) { s.assumptions.replicaPenalty = on; });
    });
    connect(stragglerBox_, &QCheckBox::toggled, this, [this](bool on) {
        document_->editScenario(QStringLiteral("assumptions.straggler"), [&](Scenario& s) { s.assumptions.straggler = on; });
    });

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

QGroupBox* ControlPanel::buildTrainingGroup()
{
    auto* group = new QGroupBox(tr("Training"));
    QVBoxLayout* layout = groupLayout(group);
    addField(layout, QStringLiteral("training.years"),
             {tr("Time budget"), tr("months"),
              tr("How long the run lasts: the window before enforcement or a better run catches "
                 "up."),
              1, 60, 0, 1, false, false},
             [](const Scenario& s) { return s.training.years * kMonthsPerYear; },
             [](Scenario& s, double v) { s.training.years = v / kMonthsPerYear; });
    addField(layout, QStringLiteral("training.mfu"),
             {tr("MFU"), QString(),
              tr("Model FLOPs utilisation: the fraction of peak throughput training achieves."),
              0.01, 1, 0, 2, false, false},
             [](const Scenario& s) { return s.training.mfu; },
             [](Scenario& s, double v) { s.training.mfu = v; });
    addField(layout, QStringLiteral("training.local_batch_tokens"),
             {tr("Local batch"), tr("tokens"), tr("Tokens per inner step on each node."), 1024,
              16777216, 0, 0, true, true},
             [](const Scenario& s) { return s.training.localBatchTokens; },
             [](Scenario& s, double v) { s.training.localBatchTokens = v; });

    largestModelBox_ = new QCheckBox;
    largestModelBox_->setToolTip(tr("Checked: train the largest model that fits the node (the "
                                    "default). Unchecked: set the size with the slider below."));
    layout->addWidget(largestModelBox_);
    modelSize_ = addField(layout, QStringLiteral("model.params_b"),
                          {tr("Model size"), tr("B parameters"),
                           tr("Dense model size in billions of parameters. Flat and hierarchical "
                              "runs need it to fit one node; PP-Group needs it larger."),
                           kMinSliderParamsB, 240, 0, 1, true, false},
                          [](const Scenario& s) { return s.resolvedParamsB(); },
                          [](Scenario& s, double v) { s.paramsB = v; });
    connect(largestModelBox_, &QCheckBox::toggled, this, [this](bool useDefault) {
        document_->editScenario(QStringLiteral("model.params_b"), [&](Scenario& s) {
            if (useDefault)
                s.paramsB.reset();
            else
                s.paramsB = s.resolvedParamsB();
        });
    });
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
    memoryThresholdBox_ = new QCheckBox(tr("Also register nodes above a memory threshold"));
    memoryThresholdBox_->setToolTip(tr("A countermeasure the treaty does not have yet (MODEL.md "
                                       "§10): register any node with more VRAM than this."));
    layout->addWidget(memoryThresholdBox_);
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
             {tr("Strict Threshold"), tr("10^x FLOP"),
              tr("Training compute the treaty prohibits, as a power of ten (24 = 10²⁴ FLOP)."), 23,
              27, 0, 2, false, false},
             [](const Scenario& s) { return std::log10(s.treaty.strictThresholdFlop); },
             [](Scenario& s, double v) { s.treaty.strictThresholdFlop = std::pow(10.0, v); });
    return group;
}

void ControlPanel::showModelSizeRange(const Scenario& scenario)
{
    const auto [lo, hi] = modelSizeRange(scenario);
    modelSize_->setRange(lo, hi);
    modelSize_->setDefaultValue(scenario.defaultParamsB());
    const QSignalBlocker blocker(largestModelBox_);
    largestModelBox_->setText(scenario.mode == Mode::PipelineDiloco
                                  ? tr("Model size: twice the largest that fits one node")
                                  : tr("Model size: the largest that fits one node"));
    largestModelBox_->setChecked(!scenario.paramsB);
    modelSize_->setEnabled(bool(scenario.paramsB));
    const bool applies = scenario.mode != Mode::Moe;
    largestModelBox_->setVisible(applies);
    modelSize_->setVisible(applies);
}

void ControlPanel::showScenario(const Scenario& scenario)
{
    nodeSelector_->showScenario(scenario);
    showModelSizeRange(scenario);
    for (const Binding& binding : bindings_) {
        // A scenario file may hold values beyond a slider's usual range:
        // widen the range rather than show a value that is not the input.
        const double value = binding.read(scenario);
        SliderField* f = binding.field;
        if (std::isfinite(value) && (value < f->minimum() || value > f->maximum()))
            f->setRange(std::min(value, f->minimum()), std::max(value, f->maximum()));
        f->showValue(value);
    }

    const QSignalBlocker modeBlocker(modeBox_);
    modeBox_->setCurrentIndex(modeBox_->findData(int(scenario.mode)));
    hierarchyInputs_->setVisible(scenario.mode == Mode::Hierarchical);
    moeInputs_->setVisible(scenario.mode == Mode::Moe);
    pipelineInputs_->setVisible(scenario.mode == Mode::PipelineDiloco);
    field(QStringLiteral("moe.active_params_b"))->setRange(0.1, std::min(1000.0, scenario.moe.totalParamsB));

    const QSignalBlocker qualityBlocker(qualityBox_);
    qualityBox_->setCurrentIndex(qualityBox_->findData(int(scenario.assumptions.quality)));
    const QSignalBlocker penaltyBlocker(replicaPenaltyBox_);
    replicaPenaltyBox_->setChecked(scenario.assumptions.replicaPenalty);
    const QSignalBlocker stragglerBlocker(stragglerBox_);
    stragglerBox_->setChecked(scenario.assumptions.straggler);
    const QSignalBlocker memoryBlocker(memoryThresholdBox_);
    memoryThresholdBox_->setChecked(bool(scenario.treaty.memoryThresholdGb));
    memoryThreshold_->setEnabled(bool(scenario.treaty.memoryThresholdGb));

    const QSignalBlocker profileBlocker(profileBox_);
    int profile = 0;
    for (int i = 0; i < int(std::size(kDeploymentProfiles)); ++i)
        if (kDeploymentProfiles[i].bandwidthMbps == scenario.wan.bandwidthMbps
            && kDeploymentProfiles[i].rttMs == scenario.wan.latencyMs)
            profile = profileBox_->findData(i);
    profileBox_->setCurrentIndex(profile);
}

} // namespace dtx::ui
