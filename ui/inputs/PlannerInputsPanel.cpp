#include "PlannerInputsPanel.hpp"

#include "SliderField.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
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

} // namespace

PlannerInputsPanel::PlannerInputsPanel(QWidget* parent) : QScrollArea(parent)
{
    setAccessibleName(tr("Training run inputs"));
    setAccessibleDescription(tr("The planner's own inputs: model, cluster, network, algorithm "
                                "and run length."));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* useCluster = new QPushButton(tr("Use the explorer's cluster"));
    useCluster->setObjectName(QStringLiteral("useExplorerCluster"));
    useCluster->setToolTip(tr("Copy node count, node PFLOPS, VRAM, MFU, WAN bandwidth and "
                              "latency, compression and local batch from the scenario in the "
                              "Inputs dock."));
    connect(useCluster, &QPushButton::clicked, this,
            &PlannerInputsPanel::useExplorerClusterRequested);
    layout->addWidget(useCluster);
    layout->addWidget(buildModelGroup());
    layout->addWidget(buildClusterGroup());
    layout->addWidget(buildNetworkGroup());
    layout->addWidget(buildAlgorithmGroup());
    layout->addWidget(buildHierarchyGroup());
    layout->addWidget(buildAssumptionsGroup());
    layout->addWidget(buildRunLengthGroup());
    layout->addStretch();
    setWidget(content);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the widest input needs, no wider: the plots need the room.
    setFixedWidth(content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
                  + 2 * frameWidth());
    showInputs();
}

SliderField* PlannerInputsPanel::addField(QVBoxLayout* layout, const QString& key,
                                          const FieldSpec& spec,
                                          std::function<double(const PlannerInputs&)> read,
                                          std::function<void(PlannerInputs&, double)> write)
{
    const double exact = read(PlannerInputs{});
    FieldSpec withDefault = spec;
    withDefault.defaultValue = shownDefault(exact, spec);
    auto* field = new SliderField(withDefault);
    field->setObjectName(key);
    layout->addWidget(field);
    connect(field, &SliderField::valueEdited, this, [this, field, exact, write](double value) {
        // The default as shown stands for the exact default.
        const double edited = value == field->spec().defaultValue ? exact : value;
        edit([&](PlannerInputs& in) { write(in, edited); });
    });
    fields_.push_back({field, std::move(read), std::move(write)});
    return field;
}

QCheckBox* PlannerInputsPanel::addSwitch(QVBoxLayout* layout, const QString& key,
                                         const QString& text, const QString& help,
                                         std::function<bool(const PlannerInputs&)> read,
                                         std::function<void(PlannerInputs&, bool)> write)
{
    auto* box = new QCheckBox(text);
    box->setObjectName(key);
    box->setToolTip(help);
    layout->addWidget(box);
    connect(box, &QCheckBox::toggled, this,
            [this, write](bool on) { edit([&](PlannerInputs& in) { write(in, on); }); });
    switches_.push_back({box, std::move(read), std::move(write)});
    return box;
}

QComboBox* PlannerInputsPanel::addChoice(QVBoxLayout* layout, const QString& key,
                                         const QString& label, const QString& help,
                                         const QStringList& items,
                                         std::function<int(const PlannerInputs&)> read,
                                         std::function<void(PlannerInputs&, int)> write)
{
    auto* box = new QComboBox;
    box->setObjectName(key);
    box->addItems(items);
    box->setToolTip(help);
    box->setAccessibleName(label);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 2, 0, 2);
    form->addRow(label, box);
    layout->addLayout(form);
    connect(box, &QComboBox::activated, this,
            [this, write](int index) { edit([&](PlannerInputs& in) { write(in, index); }); });
    choices_.push_back({box, std::move(read), std::move(write)});
    return box;
}

void PlannerInputsPanel::edit(const std::function<void(PlannerInputs&)>& change)
{
    change(inputs_);
    constrain();
    updateVisibility();
    emit inputsEdited();
}

void PlannerInputsPanel::constrain()
{
    activeParams_->setRange(activeParams_->spec().minimum, inputs_.model.paramsB);
    inputs_.model.activeParamsB = std::min(inputs_.model.activeParamsB, inputs_.model.paramsB);
}

void PlannerInputsPanel::setInputs(const PlannerInputs& inputs)
{
    inputs_ = inputs;
    // Hold each value to its slider's range, so what the panel shows is what
    // plans; values in range stay exact (a copied 94.5 GB shows rounded to
    // the spin box's 95 but plans as itself).
    for (const FieldBinding& binding : fields_) {
        const double value = binding.read(inputs_);
        double shown = std::isfinite(value)
                           ? std::clamp(value, binding.field->minimum(), binding.field->maximum())
                           : binding.field->spec().defaultValue;
        if (binding.field->spec().integer)
            shown = std::round(shown);
        if (shown != value)
            binding.write(inputs_, shown);
    }
    constrain();
    showInputs();
}

void PlannerInputsPanel::showInputs()
{
    for (const FieldBinding& binding : fields_)
        binding.field->showValue(binding.read(inputs_));
    for (const SwitchBinding& binding : switches_) {
        const QSignalBlocker blocker(binding.box);
        binding.box->setChecked(binding.read(inputs_));
    }
    for (const ChoiceBinding& binding : choices_)
        binding.box->setCurrentIndex(binding.read(inputs_)); // emits no `activated`
    updateVisibility();
}

void PlannerInputsPanel::updateVisibility()
{
    const PlannerModel& model = inputs_.model;
    moeInputs_->setVisible(model.moe);
    hierarchyInputs_->setVisible(inputs_.hierarchy.enabled);
    groupSize_->setVisible(inputs_.hierarchy.enabled
                           || (model.moe
                               && model.expertParallelism == ExpertParallelism::Regional));
    manualDays_->setVisible(inputs_.runLength.manualDays.has_value());
    growthInputs_->setVisible(!inputs_.runLength.manualDays.has_value());
}

SliderField* PlannerInputsPanel::field(const QString& key) const
{
    for (const FieldBinding& binding : fields_)
        if (binding.field->objectName() == key)
            return binding.field;
    return nullptr;
}

QList<SliderField*> PlannerInputsPanel::fields() const
{
    QList<SliderField*> list;
    for (const FieldBinding& binding : fields_)
        list << binding.field;
    return list;
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
