#pragma once

#include "TrainingPlanner.hpp"

#include <QScrollArea>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QVBoxLayout;

namespace dtx::ui {

class SliderField;
struct FieldSpec;

// Slider ranges the training-run tab's sweeps share, so the current node
// count and bandwidth always lie on the swept curves.
inline constexpr double kPlannerSliderMaxNodes = 10000;
inline constexpr double kPlannerSliderMinBandwidthMbps = 1;
inline constexpr double kPlannerSliderMaxBandwidthMbps = 1e5;

// The inputs of the forward training-run planner (MODEL.md §13) in labelled
// groups: model, cluster, network, algorithm, hierarchy, assumptions and the
// maximum run length. Unlike the control dock it edits its own
// PlannerInputs, not the explorer's scenario; inputs that do not apply (MoE
// details for a dense model, the regional tier when hierarchy is off) are
// hidden. Object names are the planner-file keys of CLI.md.
class PlannerInputsPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit PlannerInputsPanel(QWidget* parent = nullptr);

    const PlannerInputs& inputs() const { return inputs_; }
    // Shows these inputs, held to the sliders' ranges, without emitting
    // inputsEdited (the caller decides when to recompute).
    void setInputs(const PlannerInputs& inputs);

    // The slider of a planner-file key ("cluster.nodes" ...), or null.
    SliderField* field(const QString& key) const;
    QList<SliderField*> fields() const;
    // What the user calls the input behind a key of a PlannerInputError.
    QString inputLabel(const QString& key) const;

signals:
    // After every edit the user makes, including switches and choices.
    void inputsEdited();
    // "Use the explorer's cluster": the owner copies the scenario's cluster.
    void useExplorerClusterRequested();

private:
    struct FieldBinding {
        SliderField* field;
        std::function<double(const PlannerInputs&)> read;
        std::function<void(PlannerInputs&, double)> write;
    };
    struct SwitchBinding {
        QCheckBox* box;
        std::function<bool(const PlannerInputs&)> read;
        std::function<void(PlannerInputs&, bool)> write;
    };
    struct ChoiceBinding {
        QComboBox* box;
        std::function<int(const PlannerInputs&)> read;
        std::function<void(PlannerInputs&, int)> write;
    };

    SliderField* addField(QVBoxLayout* layout, const QString& key, const FieldSpec& spec,
                          std::function<double(const PlannerInputs&)> read,
                          std::function<void(PlannerInputs&, double)> write);
    QCheckBox* addSwitch(QVBoxLayout* layout, const QString& key, const QString& text,
                         const QString& help, std::function<bool(const PlannerInputs&)> read,
                         std::function<void(PlannerInputs&, bool)> write);
    QComboBox* addChoice(QVBoxLayout* layout, const QString& key, const QString& label,
                         const QString& help, const QStringList& items,
                         std::function<int(const PlannerInputs&)> read,
                         std::function<void(PlannerInputs&, int)> write);
    QGroupBox* buildModelGroup();
    QGroupBox* buildClusterGroup();
    QGroupBox* buildNetworkGroup();
    QGroupBox* buildAlgorithmGroup();
    QGroupBox* buildHierarchyGroup();
    QGroupBox* buildAssumptionsGroup();
    QGroupBox* buildRunLengthGroup();

    void edit(const std::function<void(PlannerInputs&)>& change);
    // Keeps dependent inputs consistent: MoE active params within the total.
    void constrain();
    void showInputs();
    void updateVisibility();

    PlannerInputs inputs_;
    std::vector<FieldBinding> fields_;
    std::vector<SwitchBinding> switches_;
    std::vector<ChoiceBinding> choices_;
    SliderField* activeParams_ = nullptr;
    SliderField* groupSize_ = nullptr;
    SliderField* manualDays_ = nullptr;
    QWidget* moeInputs_ = nullptr;
    QWidget* hierarchyInputs_ = nullptr;
    QWidget* growthInputs_ = nullptr;
};

} // namespace dtx::ui
