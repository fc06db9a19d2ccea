#include "NodeSelector.hpp"

#include "Format.hpp"
#include "InputLimits.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

// The user data of the preset box's last entries.
const QString kCustomEntry = QStringLiteral("custom");
const QString kExplicitEntry = QStringLiteral("explicit");

QString describeNode(const NodeConfig& node)
{
    return NodeSelector::tr("<table>"
                            "<tr><td>Throughput</td><td align='right'>%1 PFLOPS</td></tr>"
                            "<tr><td>Memory (VRAM)</td><td align='right'>%2 GB</td></tr>"
                            "<tr><td>H100-equivalents</td><td align='right'>%3</td></tr>"
                            "<tr><td>Largest model</td><td align='right'>%4</td></tr>"
                            "<tr><td>Cost per node</td><td align='right'>%5</td></tr>"
                            "</table>")
        .arg(formatSignificant(node.pflops, 4), formatCount(node.vramGb),
             formatDecimal(node.h100Equiv, 2), formatParamsB(node.maxParamsB()),
             formatUsd(node.costUsd()));
}

} // namespace

NodeSelector::NodeSelector(const HardwareCatalog& catalog, QWidget* parent)
    : QWidget(parent),
      catalog_(catalog),
      presetBox_(new QComboBox),
      gpuBox_(new QComboBox),
      gpuCountBox_(new QSpinBox),
      precisionBox_(new QComboBox),
      customInputs_(new QWidget),
      details_(new QLabel),
      badge_(new QLabel)
{
    fillPresets(revision_);
    presetBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    presetBox_->setMinimumContentsLength(16);
    presetBox_->setToolTip(tr("<p>The machine room every node is: one of the reference presets "
                              "of the model revision (each the largest node of its chip under "
                              "16 H100-equivalents), or K GPUs of one type from the hardware "
                              "catalog. Default: 48x A100 80GB under 2026-02, 50x A100 80GB "
                              "under 2026-04.</p>"));
    presetBox_->setAccessibleName(tr("Node preset"));
    for (const GpuSpec& gpu : catalog.gpus)
        if (gpu.buildsNodes())
            gpuBox_->addItem(QString::fromStdString(gpu.name));
    gpuBox_->setAccessibleName(tr("GPU type"));
    gpuBox_->setToolTip(tr("The GPU of a custom node, from the hardware catalog."));
    gpuCountBox_->setRange(1, int(kMaxGpusPerNode));
    gpuCountBox_->setValue(8);
    gpuCountBox_->setAccessibleName(tr("GPUs per node"));
    gpuCountBox_->setToolTip(tr("GPUs in one node (1 to %1).").arg(formatCount(kMaxGpusPerNode)));
    precisionBox_->setAccessibleName(tr("Training precision"));
    precisionBox_->setToolTip(tr("FP16: %1 bytes of training state per parameter, %2-bit "
                                 "pseudo-gradients. FP8: the GPU's FP8 throughput, %3 bytes per "
                                 "parameter, %4-bit pseudo-gradients.")
                                  .arg(formatSignificant(bytesPerParam(Precision::Fp16)),
                                       formatSignificant(bitsPerPseudoGradient(Precision::Fp16)),
                                       formatSignificant(bytesPerParam(Precision::Fp8)),
                                       formatSignificant(bitsPerPseudoGradient(Precision::Fp8))));

    auto* customForm = new QFormLayout(customInputs_);
    customForm->setContentsMargins(0, 0, 0, 0);
    customForm->addRow(tr("GPU"), gpuBox_);
    customForm->addRow(tr("GPUs per node"), gpuCountBox_);
    customForm->addRow(tr("Precision"), precisionBox_);

    details_->setTextFormat(Qt::RichText);
    badge_->setAlignment(Qt::AlignCenter);
    badge_->setWordWrap(true);
    badge_->setObjectName(QStringLiteral("thresholdBadge"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(presetBox_);
    layout->addWidget(customInputs_);
    layout->addWidget(details_);
    layout->addWidget(badge_);
    showCustomInputs(false);

    connect(presetBox_, &QComboBox::currentIndexChanged, this, [this] { emitChoice(); });
    connect(gpuBox_, &QComboBox::currentIndexChanged, this, [this] { emitChoice(); });
    connect(gpuCountBox_, &QSpinBox::valueChanged, this, [this] { emitChoice(); });
    connect(precisionBox_, &QComboBox::currentIndexChanged, this, [this] { emitChoice(); });
}

void NodeSelector::fillPresets(Revision revision)
{
    const QSignalBlocker blocker(presetBox_);
    revision_ = revision;
    presetBox_->clear();
    for (const NodePreset& preset : nodePresets(revision))
        presetBox_->addItem(QString::fromUtf8(preset.name), QString::fromUtf8(preset.name));
    presetBox_->addItem(tr("Custom node from the hardware catalog"), kCustomEntry);
}

void NodeSelector::showCustomInputs(bool custom)
{
    customInputs_->setVisible(custom);
}

void NodeSelector::updatePrecisionChoices(const GpuSpec* gpu)
{
    const QSignalBlocker blocker(precisionBox_);
    const int previous = precisionBox_->currentIndex();
    precisionBox_->clear();
    precisionBox_->addItem(tr("FP16 / BF16"), int(Precision::Fp16));
    if (gpu && gpu->fp8Tflops)
        precisionBox_->addItem(tr("FP8"), int(Precision::Fp8));
    precisionBox_->setCurrentIndex(std::clamp(previous, 0, precisionBox_->count() - 1));
}

void NodeSelector::emitChoice()
{
    const QString choice = presetBox_->currentData().toString();
    if (choice == kExplicitEntry)
        return; // the file's own fields stay as they are
    showCustomInputs(choice == kCustomEntry);
    NodeOrigin origin;
    if (choice != kCustomEntry) {
        origin.preset = choice.toStdString();
        if (const std::optional<NodeConfig> node = presetNode(catalog_, origin.preset, revision_))
            emit nodeEdited(*node, origin);
        return;
    }
    const GpuSpec* gpu = catalog_.findGpu(gpuBox_->currentText().toStdString());
    if (!gpu)
        return;
    updatePrecisionChoices(gpu);
    origin.gpu = gpu->name;
    origin.gpus = gpuCountBox_->value();
    origin.precision = Precision(precisionBox_->currentData().toInt());
    emit nodeEdited(makeNode(*gpu, origin.gpus, origin.precision), origin);
}

void NodeSelector::showScenario(const Scenario& scenario)
{
    const QSignalBlocker presetBlocker(presetBox_);
    const QSignalBlocker gpuBlocker(gpuBox_);
    const QSignalBlocker countBlocker(gpuCountBox_);
    const QSignalBlocker precisionBlocker(precisionBox_);
    if (scenario.revision != revision_)
        fillPresets(scenario.revision);
    const NodeOrigin& origin = scenario.nodeOrigin;
    const int explicitIndex = presetBox_->findData(kExplicitEntry);
    int index = presetBox_->findData(QString::fromStdString(origin.preset));
    if (origin.preset.empty() && !origin.gpu.empty()) {
        index = presetBox_->findData(kCustomEntry);
        gpuBox_->setCurrentText(QString::fromStdString(origin.gpu));
        gpuCountBox_->setValue(origin.gpus);
        updatePrecisionChoices(catalog_.findGpu(origin.gpu));
        precisionBox_->setCurrentIndex(precisionBox_->findData(int(origin.precision)));
    }
    if (index < 0) { // every field given explicitly in a scenario file
        if (explicitIndex < 0)
            presetBox_->addItem(tr("Node as given in the scenario file"), kExplicitEntry);
        index = presetBox_->findData(kExplicitEntry);
    } else if (explicitIndex >= 0 && index != explicitIndex) {
        presetBox_->removeItem(explicitIndex);
    }
    presetBox_->setCurrentIndex(index);
    showCustomInputs(presetBox_->currentData().toString() == kCustomEntry);

    const NodeConfig& node = scenario.node;
    details_->setText(describeNode(node));
    const TreatyInputs& treaty = scenario.treaty;
    const bool unregistered = treaty.nodeUnregistered(node);
    QString rule = tr("%1 of %2 H100-equivalents allowed")
                       .arg(formatDecimal(node.h100Equiv, 2), formatSignificant(treaty.cccThresholdH100e, 3));
    if (treaty.memoryThresholdGb)
        rule += tr("; %1 of %2 GB VRAM").arg(formatCount(node.vramGb),
                                             formatCount(*treaty.memoryThresholdGb));
    badge_->setText(unregistered ? tr("✔ Under the thresholds: no registration\n%1").arg(rule)
                                 : tr("✖ Over a threshold: must register\n%1").arg(rule));
    // Style sheets re-polish the widget: set one only when the status flips.
    if (badge_->property("unregistered") != QVariant(unregistered)) {
        badge_->setProperty("unregistered", unregistered);
        badge_->setStyleSheet(unregistered
                                  ? QStringLiteral("QLabel { background: #d8f0dc; color: #14532d; "
                                                   "border: 1px solid #5aa56a; border-radius: 4px; "
                                                   "padding: 4px; font-weight: bold; }")
                                  : QStringLiteral("QLabel { background: #fbdada; color: #7f1d1d; "
                                                   "border: 1px solid #c05050; border-radius: 4px; "
                                                   "padding: 4px; font-weight: bold; }"));
    }
}

} // namespace dtx::ui
