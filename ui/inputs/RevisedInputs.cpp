// The inputs model revision 2026-04 adds (REVISION-2026-04.md R2). Under
// 2026-02 they stay on screen, locked at the seed model's equivalents, with
// a tooltip saying why: a user sees what the other revision would let them
// change.
#include "ControlPanel.hpp"

#include "CoreTerms.hpp"
#include "Document.hpp"
#include "Efficiency.hpp"
#include "Format.hpp"
#include "PanelLayout.hpp"
#include "SliderField.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

constexpr StragglerMode kStragglerModes[] = {StragglerMode::Synchronous, StragglerMode::Threshold,
                                             StragglerMode::Relay};

QString lockedUnder2026_02()
{
    return ControlPanel::tr("Locked under model revision 2026-02: the seed model (MODEL.md) has no "
                            "such input. Choose 2026-04 at the top of the inputs to change it.");
}

} // namespace

void ControlPanel::addWanDirections(QVBoxLayout* layout)
{
    sameBothWaysBox_ = addSwitchWithNote(layout, tr("Same speed both ways"),
                                         tr("Upload and download at the one bandwidth above."))
                           .box;
    sameBothWaysBox_->setChecked(true); // linked until the user unlinks or a file is asymmetric
    QVBoxLayout* sub = nullptr;
    wanDirections_ = subPanel(&sub);
    addField(sub, QStringLiteral("network.upload_mbps"),
             {tr("WAN upload"), tr("Mbps"),
              tr("What each node sends per second; a sync sends V bits up."), 1, 10000, 0, 1,
              true, false},
             [](const Scenario& s) { return s.wan.uploadMbps; },
             [](Scenario& s, double v) { s.wan.uploadMbps = v; });
    addField(sub, QStringLiteral("network.download_mbps"),
             {tr("WAN download"), tr("Mbps"),
              tr("What each node receives per second; a sync receives V bits down."), 1, 10000, 0,
              1, true, false},
             [](const Scenario& s) { return s.wan.downloadMbps; },
             [](Scenario& s, double v) { s.wan.downloadMbps = v; });
    layout->addWidget(wanDirections_);
    connect(sameBothWaysBox_, &QCheckBox::toggled, this, [this](bool same) {
        // Linking sets both to the upload rate; unlinking changes nothing
        // until a direction is moved.
        if (same)
            document_->editScenario(QStringLiteral("network.same_both_ways"),
                                    [](Scenario& s) { s.wan.setBandwidth(s.wan.uploadMbps); });
        else
            showRevisedInputs(document_->scenario());
    });
}

void ControlPanel::addRevisedAlgorithmInputs(QVBoxLayout* layout)
{
    stragglerModeBox_ = new QComboBox;
    stragglerModeBox_->setAccessibleName(tr("Straggler mode"));
    for (const StragglerMode mode : kStragglerModes)
        stragglerModeBox_->addItem(CoreTerms::stragglerModeTitle(mode), int(mode));
    showWholeItems(stragglerModeBox_);
    auto* form = stackedForm();
    form->addRow(tr("Stragglers"), stragglerModeBox_);
    layout->addLayout(form);
    connect(stragglerModeBox_, &QComboBox::currentIndexChanged, this, [this] {
        const StragglerMode mode = StragglerMode(stragglerModeBox_->currentData().toInt());
        document_->editScenario(QStringLiteral("assumptions.straggler_mode"),
                                [&](Scenario& s) { s.assumptions.stragglerMode = mode; });
    });

    errorFeedbackBox_ = addSwitchWithNote(layout, tr("Error feedback"),
                                          tr("Each sync adds back what the last compression lost."))
                            .box;
    connect(errorFeedbackBox_, &QCheckBox::toggled, this, [this](bool on) {
        document_->editScenario(QStringLiteral("training.error_feedback"),
                                [&](Scenario& s) { s.training.errorFeedback = on; });
    });

    fixedInnerStepsBox_ = addSwitchWithNote(layout, tr("Fixed inner steps"),
                                            tr("Sync every H steps instead of the H that hides "
                                               "the sync (flat mode)."))
                              .box;
    connect(fixedInnerStepsBox_, &QCheckBox::toggled, this, [this](bool on) {
        // Fixing starts from the H the model chose, so nothing jumps.
        const std::optional<Evaluation>& e = document_->outcome().evaluation;
        const double chosen = e ? e->innerSteps : 1.0;
        document_->editScenario(QStringLiteral("training.inner_steps"), [&](Scenario& s) {
            if (on)
                s.training.innerSteps = chosen;
            else
                s.training.innerSteps.reset();
        });
    });
    innerSteps_ = addField(layout, QStringLiteral("training.inner_steps"),
                           {tr("Inner steps H"), QString(),
                            tr("Inner steps between syncs. Below the H that hides the sync, the "
                               "run waits on the network; above it, syncs are rarer and "
                               "efficiency falls."),
                            1, 1000, 0, 0, true, true},
                           [](const Scenario& s) { return s.training.innerSteps.value_or(1.0); },
                           [](Scenario& s, double v) { s.training.innerSteps = v; });
}

void ControlPanel::showRevisedInputs(const Scenario& scenario)
{
    const bool revised = scenario.rules().hasRevisedInputs;
    const QString locked = revised ? QString() : lockedUnder2026_02();

    const QSignalBlocker sameBlocker(sameBothWaysBox_);
    // Unlinked by the user but still equal: keep the two fields showing.
    const bool unlinked = !sameBothWaysBox_->isChecked() && sameBothWaysBox_->isEnabled();
    const bool showDirections = revised && (!scenario.wan.symmetric() || unlinked);
    sameBothWaysBox_->setChecked(!showDirections);
    sameBothWaysBox_->setEnabled(revised);
    sameBothWaysBox_->setToolTip(revised ? tr("Off: set upload and download apart (R2). "
                                              "Default: on, 100 Mbps each way.")
                                         : locked);
    wanDirections_->setVisible(showDirections);
    field(QStringLiteral("network.bandwidth_mbps"))->setEnabled(!showDirections);

    const QSignalBlocker modeBlocker(stragglerModeBox_);
    stragglerModeBox_->setCurrentIndex(
        stragglerModeBox_->findData(int(scenario.assumptions.stragglerMode)));
    if (auto* model = qobject_cast<QStandardItemModel*>(stragglerModeBox_->model()))
        model->item(stragglerModeBox_->findData(int(StragglerMode::Relay)))->setEnabled(revised);
    stragglerModeBox_->setToolTip(
        tr("<p>How a sync waits for late nodes. Synchronous: f(n) = 1 + %1 log2 n; threshold: "
           "late nodes are dropped, f = 1; relay (2026-04 only): a relay tree, f(n) = 1 + %2 "
           "log2 n. Default: synchronous under 2026-02, relay under 2026-04.</p>")
            .arg(formatDecimal(kStragglerCoefficient, 2), formatDecimal(kRelayStragglerCoefficient, 2)));

    const QSignalBlocker feedbackBlocker(errorFeedbackBox_);
    errorFeedbackBox_->setChecked(scenario.training.errorFeedback);
    errorFeedbackBox_->setEnabled(revised);
    errorFeedbackBox_->setToolTip(revised ? tr("Changes which compression-quality table applies "
                                               "(R4): with error feedback 150× costs about 1 %; "
                                               "without, about 4 %. Default: on.")
                                          : locked);

    const bool flat = scenario.mode == Mode::Flat;
    const QSignalBlocker fixedBlocker(fixedInnerStepsBox_);
    fixedInnerStepsBox_->setChecked(bool(scenario.training.innerSteps));
    fixedInnerStepsBox_->setEnabled(revised && flat);
    fixedInnerStepsBox_->setToolTip(!revised ? locked
                                    : flat   ? tr("Default: off (H = H_min, the smallest H that "
                                                  "hides the sync behind compute).")
                                             : tr("Flat mode only: the other modes choose H "
                                                  "themselves."));
    innerSteps_->setVisible(bool(scenario.training.innerSteps));
}

} // namespace dtx::ui
