#pragma once

#include "Hardware.hpp"
#include "Scenario.hpp"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace dtx::ui {

// Chooses the node: one of the MODEL.md §1 presets, or a custom node of K
// GPUs from the hardware catalog. Shows what the node is (PFLOPS, VRAM,
// H100-equivalents, largest model, cost) and whether it escapes the
// treaty's registration thresholds.
class NodeSelector : public QWidget {
    Q_OBJECT
public:
    NodeSelector(const HardwareCatalog& catalog, QWidget* parent = nullptr);

    // Shows the scenario's node (and its threshold status) without emitting.
    void showScenario(const Scenario& scenario);

    QComboBox* presetBox() const { return presetBox_; }
    QComboBox* gpuBox() const { return gpuBox_; }
    QSpinBox* gpuCountBox() const { return gpuCountBox_; }
    QComboBox* precisionBox() const { return precisionBox_; }
    QLabel* statusBadge() const { return badge_; }

signals:
    void nodeEdited(const dtx::NodeConfig& node, const dtx::NodeOrigin& origin);

private:
    void emitChoice();
    void showCustomInputs(bool custom);
    void updatePrecisionChoices(const GpuSpec* gpu);

    const HardwareCatalog& catalog_;
    void fillPresets(Revision revision);

    Revision revision_ = kDefaultRevision; // whose presets the box lists
    QComboBox* presetBox_;
    QComboBox* gpuBox_;
    QSpinBox* gpuCountBox_;
    QComboBox* precisionBox_;
    QWidget* customInputs_;
    QLabel* details_;
    QLabel* badge_;
};

} // namespace dtx::ui
