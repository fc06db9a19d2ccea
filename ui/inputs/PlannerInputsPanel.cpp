#include "PlannerInputsPanel.hpp"

#include "CoreTerms.hpp"
#include "Document.hpp"
#include "InputLimits.hpp"
#include "PlanFile.hpp"
#include "SliderField.hpp"
#include "WheelGuard.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// The default as the spin box can show it (log10 1.37 shows as 0.137), so
// that the slider knows when it stands at the default.
double shownDefault(double exact, const FieldSpec& spec)
{
    // Divided by an exact power of ten, as the spin box parses "0.137".
    const double scale = std::pow(10.0, spec.integer ? 0 : spec.decimals);
    return std::round(exact * scale) / scale;
}

// Keeps dependent inputs consistent: MoE active parameters within the total.
void constrain(PlannerInputs* in)
{
    in->model.activeParamsB = std::min(in->model.activeParamsB, in->model.paramsB);
}

} // namespace

PlannerInputsPanel::PlannerInputsPanel(Document* document, QWidget* parent)
    : QScrollArea(parent), document_(document)
{
    document->setInputTitle(QStringLiteral("planner.own_cluster"), tr("planned cluster"));
    document->setInputTitle(QStringLiteral("planner"), tr("planner inputs"));
    setAccessibleName(tr("Training run inputs"));
    setAccessibleDescription(tr("The planner's inputs: model, cluster, network, algorithm "
                                "and run length."));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    ownCluster_ = new QCheckBox(tr("Plan a different cluster"));
    ownCluster_->setObjectName(QStringLiteral("planner.own_cluster"));
    ownCluster_->setToolTip(tr("Off: the planner plans the scenario in the headline (its nodes, "
                               "node, model, network and the tokens its time budget trains), and "
                               "those inputs are locked here. On: it plans the cluster set here."));
    connect(ownCluster_, &QCheckBox::toggled, this, &PlannerInputsPanel::setOwnCluster);
    layout->addWidget(ownCluster_);
    layout->addWidget(buildModelGroup());
    layout->addWidget(buildClusterGroup());
    layout->addWidget(buildNetworkGroup());
    layout->addWidget(buildAlgorithmGroup());
    layout->addWidget(buildHierarchyGroup());
    layout->addWidget(buildAssumptionsGroup());
    layout->addWidget(buildRunLengthGroup());
    layout->addStretch();
    setWidget(content);
    guardWheel(content);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the widest input needs, no wider: the plots need the room.
    setFixedWidth(content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
                  + 2 * frameWidth());
    connect(document_, &Document::evaluated, this, [this](const ChangeSet& changes) {
        if (changes.touches(QStringLiteral("planner")) || changes.touches(QStringLiteral("scenario"))
            || changes.touches(QStringLiteral("growth")))
            showInputs();
    });
    showInputs();
}

bool PlannerInputsPanel::takenFromScenario(const QString& key)
{
    static const QStringList keys = {
        QStringLiteral("model.params_b"), QStringLiteral("model.tokens"), QStringLiteral("model.moe"),
        QStringLiteral("model.active_params_b"), QStringLiteral("model.moe_layers"),
        QStringLiteral("cluster"), QStringLiteral("network"), QStringLiteral("algorithm.compression"),
        QStringLiteral("algorithm.local_batch_tokens"), QStringLiteral("algorithm.precision"),
        QStringLiteral("hierarchy.enabled"), QStringLiteral("hierarchy.nodes_per_group"),
        QStringLiteral("hierarchy.bandwidth_mbps"), QStringLiteral("hierarchy.latency_ms")};
    for (const QString& taken : keys)
        if (key == taken || key.startsWith(taken + QLatin1Char('.')))
            return true;
    return false;
}

PlannerInputs PlannerInputsPanel::inputs() const
{
    return document_->plannedInputs();
}

void PlannerInputsPanel::setOwnCluster(bool own)
{
    if (own == document_->state().planner.ownCluster)
        return;
    const PlannerInputs planned = document_->plannedInputs();
    document_->edit(QStringLiteral("planner.own_cluster"), [&](DocumentState& state) {
        state.planner.ownCluster = own;
        // A cluster of its own starts from the scenario's, so that switching
        // changes nothing until an input moves.
        if (own) {
            const RunLengthInputs runLength = state.planner.inputs.runLength;
            state.planner.inputs = planned;
            state.planner.inputs.runLength = runLength;
        }
    });
}

SliderField* PlannerInputsPanel::addField(QVBoxLayout* layout, const QString& key,
                                          const FieldSpec& spec,
                                          std::function<double(const PlannerInputs&)> read,
                                          std::function<void(PlannerInputs&, double)> write)
{
    document_->setInputTitle(QStringLiteral("planner.") + key, tr("planner's %1").arg(spec.label));
    const double exact = read(PlannerInputs{});
    FieldSpec withDefault = spec;
    withDefault.defaultValue = shownDefault(exact, spec);
    // What may be typed: the key's input limits, in the field's unit.
    if (const InputLimit* limit = plannerInputLimit(key.toStdString())) {
        const auto shown = [&](double fileValue) {
            PlannerInputs probe;
            setPlanNumber(&probe, key.toStdString(), fileValue);
            return read(probe);
        };
        withDefault.limitMinimum = std::min(spec.minimum, shown(limit->min));
        withDefault.limitMaximum = std::max(spec.maximum, shown(limit->max));
        withDefault.check = [this, limit, key, write](double value) -> QString {
            PlannerInputs probe = inputs();
            write(probe, value);
            const std::optional<double> fileValue = planNumber(probe, key.toStdString());
            if (!fileValue)
                return {};
            const std::optional<InputError> error = checkLimit(*limit, *fileValue);
            return error ? CoreTerms::inputErrorText(*error) : QString();
        };
    }
    auto* field = new SliderField(withDefault);
    field->setObjectName(key);
    layout->addWidget(field);
    connect(field, &SliderField::valueEdited, this, [this, field, exact, write](double value) {
        // The default as shown stands for the exact default.
        const double edited = value == field->spec().defaultValue ? exact : value;
        edit(field->objectName(), [&](PlannerInputs& in) { write(in, edited); });
    });
    connect(field, &SliderField::dragStarted, document_, &Document::beginDrag);
    connect(field, &SliderField::dragFinished, document_, &Document::endDrag);
    fields_.push_back({field, std::move(read), std::move(write)});
    return field;
}

QCheckBox* PlannerInputsPanel::addSwitch(QVBoxLayout* layout, const QString& key,
                                         const QString& text, const QString& help,
                                         std::function<bool(const PlannerInputs&)> read,
                                         std::function<void(PlannerInputs&, bool)> write)
{
    document_->setInputTitle(QStringLiteral("planner.") + key, tr("planner's %1").arg(text));
    auto* box = new QCheckBox(text);
    box->setObjectName(key);
    box->setToolTip(help);
    layout->addWidget(box);
    connect(box, &QCheckBox::toggled, this, [this, key, write](bool on) {
        edit(key, [&](PlannerInputs& in) { write(in, on); });
    });
    switches_.push_back({box, std::move(read), std::move(write)});
    return box;
}

QComboBox* PlannerInputsPanel::addChoice(QVBoxLayout* layout, const QString& key,
                                         const QString& label, const QString& help,
                                         const QStringList& items,
                                         std::function<int(const PlannerInputs&)> read,
                                         std::function<void(PlannerInputs&, int)> write)
{
    document_->setInputTitle(QStringLiteral("planner.") + key, tr("planner's %1").arg(label));
    auto* box = new QComboBox;
    box->setObjectName(key);
    box->addItems(items);
    box->setToolTip(help);
    box->setAccessibleName(label);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 2, 0, 2);
    form->addRow(label, box);
    layout->addLayout(form);
    connect(box, &QComboBox::activated, this, [this, key, write](int index) {
        edit(key, [&](PlannerInputs& in) { write(in, index); });
    });
    choices_.push_back({box, std::move(read), std::move(write)});
    return box;
}

void PlannerInputsPanel::edit(const QString& key, const std::function<void(PlannerInputs&)>& change)
{
    document_->edit(QStringLiteral("planner.") + key, [&](DocumentState& state) {
        PlannerInputs in = state.planner.inputs;
        in.runLength.hardwareGrowthOom = state.growth.hardwareGrowthOom;
        in.runLength.softwareGrowthOom = state.growth.softwareGrowthOom;
        in.runLength.investmentGrowthOom = state.growth.investmentGrowthOom;
        change(in);
        constrain(&in);
        // The growth rates are the document's, shared with the Time tab.
        state.growth.hardwareGrowthOom = in.runLength.hardwareGrowthOom;
        state.growth.softwareGrowthOom = in.runLength.softwareGrowthOom;
        state.growth.investmentGrowthOom = in.runLength.investmentGrowthOom;
        const RunLengthInputs kept = state.planner.inputs.runLength;
        in.runLength.hardwareGrowthOom = kept.hardwareGrowthOom;
        in.runLength.softwareGrowthOom = kept.softwareGrowthOom;
        in.runLength.investmentGrowthOom = kept.investmentGrowthOom;
        state.planner.inputs = in;
    });
}

void PlannerInputsPanel::setInputs(const PlannerInputs& inputs)
{
    PlannerInputs held = inputs;
    // Hold each value to its slider's range, so what the panel shows is what
    // plans; values in range stay exact (a copied 94.5 GB shows rounded to
    // the spin box's 95 but plans as itself).
    for (const FieldBinding& binding : fields_) {
        const double value = binding.read(held);
        double shown = std::isfinite(value)
                           ? std::clamp(value, binding.field->minimum(), binding.field->maximum())
                           : binding.field->spec().defaultValue;
        if (binding.field->spec().integer)
            shown = std::round(shown);
        if (shown != value)
            binding.write(held, shown);
    }
    constrain(&held);
    document_->edit(QStringLiteral("planner"), [&](DocumentState& state) {
        state.planner.ownCluster = true;
        state.planner.inputs = held;
        state.growth.hardwareGrowthOom = held.runLength.hardwareGrowthOom;
        state.growth.softwareGrowthOom = held.runLength.softwareGrowthOom;
        state.growth.investmentGrowthOom = held.runLength.investmentGrowthOom;
    });
    document_->evaluateNow();
}

void PlannerInputsPanel::showInputs()
{
    const PlannerInputs in = inputs();
    const bool own = document_->state().planner.ownCluster;
    {
        const QSignalBlocker blocker(ownCluster_);
        ownCluster_->setChecked(own);
    }
    const QString lockedTip = tr("Taken from the scenario in the headline; switch on \"Plan a "
                                 "different cluster\" to set it here.");
    const auto lock = [&](QWidget* widget) {
        const bool locked = !own && takenFromScenario(widget->objectName());
        widget->setEnabled(!locked);
        widget->setStatusTip(locked ? lockedTip : QString());
    };
    activeParams_->setRange(activeParams_->spec().minimum,
                            std::max(activeParams_->spec().minimum, in.model.paramsB));
    for (const FieldBinding& binding : fields_) {
        binding.field->showValue(binding.read(in));
        lock(binding.field);
    }
    for (const SwitchBinding& binding : switches_) {
        const QSignalBlocker blocker(binding.box);
        binding.box->setChecked(binding.read(in));
        lock(binding.box);
    }
    for (const ChoiceBinding& binding : choices_) {
        binding.box->setCurrentIndex(binding.read(in)); // emits no `activated`
        lock(binding.box);
    }
    updateVisibility(in);
}

void PlannerInputsPanel::updateVisibility(const PlannerInputs& in)
{
    const PlannerModel& model = in.model;
    moeInputs_->setVisible(model.moe);
    hierarchyInputs_->setVisible(in.hierarchy.enabled);
    groupSize_->setVisible(in.hierarchy.enabled
                           || (model.moe
                               && model.expertParallelism == ExpertParallelism::Regional));
    manualDays_->setVisible(in.runLength.manualDays.has_value());
    growthInputs_->setVisible(!in.runLength.manualDays.has_value());
}

SliderField* PlannerInputsPanel::field(const QString& key) const
{
    return fieldNamed(fields_, key);
}

QList<SliderField*> PlannerInputsPanel::fields() const
{
    return allFields(fields_);
}

QString PlannerInputsPanel::inputLabel(const QString& key) const
{
    if (const SliderField* slider = field(key))
        return slider->spec().label;
    for (const SwitchBinding& binding : switches_)
        if (binding.box->objectName() == key)
            return binding.box->text();
    if (key.startsWith(QStringLiteral("run_length")))
        return tr("Maximum run length");
    return key;
}

} // namespace dtx::ui
