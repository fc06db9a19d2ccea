#pragma once

#include "PlannerRanges.hpp"
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

class Document;
class SliderField;
struct FieldSpec;

// The inputs of the forward training-run planner (MODEL.md §13) in labelled
// groups: model, cluster, network, algorithm, hierarchy, assumptions and the
// maximum run length. The values are the document's: by default the
// planner plans the headline's scenario, and the inputs it takes from there
// (cluster, node, model, network, the tokens of the time budget) are shown
// locked; the "Plan a different cluster" switch unlocks them. The growth
// rates are the Time tab's. Inputs that do not apply (MoE details for a
// dense model, the regional tier when hierarchy is off) are hidden. Object
// names are the planner-file keys of CLI.md.
class PlannerInputsPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit PlannerInputsPanel(Document* document, QWidget* parent = nullptr);

    // What the planner plans (Document::plannedInputs).
    PlannerInputs inputs() const;
    // Plans these inputs as a cluster of its own (one undo step), each held
    // to its slider's range.
    void setInputs(const PlannerInputs& inputs);
    // The "Plan a different cluster" switch.
    QCheckBox* ownClusterSwitch() const { return ownCluster_; }
    // Whether a planner-file key is taken from the scenario unless the
    // planner plans a cluster of its own.
    static bool takenFromScenario(const QString& key);

    // The slider of a planner-file key ("cluster.nodes" ...), or null.
    SliderField* field(const QString& key) const;
    QList<SliderField*> fields() const;
    // What the user calls the input behind a key of a PlannerInputError.
    QString inputLabel(const QString& key) const;

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

    // One undo step on the planner's part of the document (the growth rates
    // on the document's own).
    void edit(const QString& key, const std::function<void(PlannerInputs&)>& change);
    void setOwnCluster(bool own);
    void showInputs();
    void updateVisibility(const PlannerInputs& in);

    Document* document_;
    QCheckBox* ownCluster_ = nullptr;
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
