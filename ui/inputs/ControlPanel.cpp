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
#include "RevisionSelector.hpp"
#include "Document.hpp"
#include "SliderField.hpp"
#include "WheelGuard.hpp"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QComboBox>
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

} // namespace

std::pair<double, double> ControlPanel::modelSizeRange(const Scenario& scenario)
{
    const double largest = scenario.node.maxParamsB();
    if (scenario.mode == Mode::PipelineDiloco)
        return {largest * 1.01, largest * kMaxPipelineSizeMultiple};
    return {std::min(kMinSliderParamsB, largest / 10), largest};
}

bool ControlPanel::modelSizeFits(const Scenario& scenario)
{
    if (!scenario.paramsB)
        return true;
    const auto [lo, hi] = modelSizeRange(scenario);
    return *scenario.paramsB >= lo && *scenario.paramsB <= hi;
}

ControlPanel::ControlPanel(Document* document, QWidget* parent)
    : QScrollArea(parent), document_(document)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    // The scenario's name: what the title bar, exports and the brief call it.
    nameEdit_ = new QLineEdit;
    nameEdit_->setObjectName(QStringLiteral("name"));
    nameEdit_->setPlaceholderText(tr("Untitled"));
    nameEdit_->setAccessibleName(tr("Scenario name"));
    nameEdit_->setToolTip(tr("A name for this scenario: exported images, CSV files and the brief "
                             "carry it."));
    nameEdit_->setMaxLength(200);
    connect(nameEdit_, &QLineEdit::editingFinished, this, [this] {
        const std::string name = nameEdit_->text().simplified().toStdString();
        if (name != document_->scenario().name)
            document_->editScenario(QStringLiteral("name"), [&](Scenario& s) { s.name = name; });
    });
    revisionSelector_ = new RevisionSelector(document);
    layout->addWidget(revisionSelector_);
    auto* nameForm = stackedForm();
    nameForm->addRow(tr("Scenario name"), nameEdit_);
    layout->addLayout(nameForm);
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
         {std::pair{QStringLiteral("node"), tr("node")},
          std::pair{QStringLiteral("network.profile"), tr("deployment profile")},
          std::pair{QStringLiteral("mode"), tr("training mode")},
          std::pair{QStringLiteral("assumptions.compression_quality"),
                    tr("compression quality")},
          std::pair{QStringLiteral("assumptions.replica_penalty"), tr("replica penalty")},
          std::pair{QStringLiteral("assumptions.straggler"), tr("straggler factor")},
          std::pair{QStringLiteral("assumptions.straggler_mode"), tr("straggler mode")},
          std::pair{QStringLiteral("revision"), tr("model revision")},
          std::pair{QStringLiteral("network.same_both_ways"), tr("same bandwidth both ways")},
          std::pair{QStringLiteral("training.error_feedback"), tr("error feedback")},
          std::pair{QStringLiteral("training.inner_steps"), tr("fixed inner steps")},
          std::pair{QStringLiteral("name"), tr("scenario name")}})
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
    return fieldNamed(bindings_, key);
}

QList<SliderField*> ControlPanel::fields() const
{
    return allFields(bindings_);
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

    const SwitchWithNote largest = addSwitchWithNote(layout, tr("Largest model"), QString());
    largestModelBox_ = largest.box;
    largestModelBox_->setObjectName(QStringLiteral("model.largest"));
    largestModelNote_ = largest.note;
    largestModelBox_->setToolTip(tr("Checked: train the largest model that fits the node (the "
                                    "default). Unchecked: set the size with the slider below."));
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

void ControlPanel::showModelSizeRange(const Scenario& scenario)
{
    const auto [lo, hi] = modelSizeRange(scenario);
    modelSize_->setRange(lo, hi);
    modelSize_->setDefaultValue(scenario.defaultParamsB());
    const QSignalBlocker blocker(largestModelBox_);
    largestModelNote_->setText(scenario.mode == Mode::PipelineDiloco
                                   ? tr("Model size: twice the largest that fits one node")
                                   : tr("Model size: the largest that fits one node"));
    largestModelBox_->setChecked(!scenario.paramsB);
    modelSize_->setEnabled(bool(scenario.paramsB));
    const bool applies = scenario.mode != Mode::Moe;
    largestModelBox_->setVisible(applies);
    largestModelNote_->setVisible(applies);
    modelSize_->setVisible(applies);
}

void ControlPanel::showScenario(const Scenario& scenario)
{
    if (!nameEdit_->hasFocus())
        nameEdit_->setText(QString::fromStdString(scenario.name));
    nodeSelector_->showScenario(scenario);
    if (scenario.revision != defaultsRevision_) {
        // "Back to the default" means the revision's default (150× under
        // 2026-04, 16× under 2026-02).
        defaultsRevision_ = scenario.revision;
        if (const std::optional<NodeConfig> node = referenceNode(document_->catalog(), scenario.revision)) {
            const Scenario reference = referenceScenario(*node, scenario.revision);
            for (const Binding& binding : bindings_)
                binding.field->setDefaultValue(binding.read(reference));
        }
    }
    showModelSizeRange(scenario);
    // A scenario file may hold values beyond a slider's usual range: the
    // spin box shows them as they are, the slider stands at its end.
    for (const Binding& binding : bindings_)
        binding.field->showValue(binding.read(scenario));

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
    showRevisedInputs(scenario);
    const QSignalBlocker memoryBlocker(memoryThresholdBox_);
    memoryThresholdBox_->setChecked(bool(scenario.treaty.memoryThresholdGb));
    memoryThreshold_->setEnabled(bool(scenario.treaty.memoryThresholdGb));

    const QSignalBlocker profileBlocker(profileBox_);
    int profile = 0;
    for (int i = 0; i < int(std::size(kDeploymentProfiles)); ++i)
        if (scenario.wan.symmetric() && kDeploymentProfiles[i].bandwidthMbps == scenario.wan.uploadMbps
            && kDeploymentProfiles[i].rttMs == scenario.wan.latencyMs)
            profile = profileBox_->findData(i);
    profileBox_->setCurrentIndex(profile);
}

} // namespace dtx::ui
