#pragma once

#include "Scenario.hpp"

#include <QScrollArea>

#include <functional>
#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QComboBox;
class QGroupBox;
class QVBoxLayout;

namespace dtx::ui {

class NodeSelector;
class RevisionSelector;
class Document;
class SliderField;
struct FieldSpec;

// The inputs of a scenario in labelled groups (node, scale, network,
// algorithm, training, treaty), in a scroll area for the control dock.
// Every edit goes to the document; every scenario change is shown back,
// so the panel also follows scenarios loaded from a file.
class ControlPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ControlPanel(Document* document, QWidget* parent = nullptr);

    // The slider of a scenario-file key ("nodes", "network.bandwidth_mbps",
    // "training.years" ...), or null.
    SliderField* field(const QString& key) const;
    QList<SliderField*> fields() const;
    QComboBox* modeBox() const { return modeBox_; }
    QComboBox* profileBox() const { return profileBox_; }
    QComboBox* qualityBox() const { return qualityBox_; }
    NodeSelector* nodeSelector() const { return nodeSelector_; }
    RevisionSelector* revisionSelector() const { return revisionSelector_; }
    QComboBox* stragglerModeBox() const { return stragglerModeBox_; }
    QCheckBox* sameBothWaysBox() const { return sameBothWaysBox_; }
    QCheckBox* errorFeedbackBox() const { return errorFeedbackBox_; }
    QCheckBox* fixedInnerStepsBox() const { return fixedInnerStepsBox_; }

private:
    struct Binding {
        SliderField* field;
        std::function<double(const Scenario&)> read;
        std::function<void(Scenario&, double)> write;
    };

    SliderField* addField(QLayout* layout, const QString& key, const FieldSpec& spec,
                          std::function<double(const Scenario&)> read,
                          std::function<void(Scenario&, double)> write);
    QGroupBox* buildNodeGroup();
    QGroupBox* buildScaleGroup();
    QGroupBox* buildNetworkGroup();
    // 2026-04's inputs (RevisedInputs.cpp): separate upload and download,
    // error feedback, the straggler mode, a fixed inner-step count; under
    // 2026-02 they stand locked at the seed's equivalents.
    void addWanDirections(QVBoxLayout* layout);
    void addRevisedAlgorithmInputs(QVBoxLayout* layout);
    void showRevisedInputs(const Scenario& scenario);
    QGroupBox* buildAlgorithmGroup();
    QGroupBox* buildTrainingGroup();
    QGroupBox* buildTreatyGroup();
    void showScenario(const Scenario& scenario);
    void showModelSizeRange(const Scenario& scenario);
    // Sizes the model-size slider offers: up to what fits one node, or in
    // PP-Group mode more than one node and up to 16 nodes' worth; and
    // whether a scenario's own size lies among them.
    static std::pair<double, double> modelSizeRange(const Scenario& scenario);
    static bool modelSizeFits(const Scenario& scenario);

    Document* document_;
    std::vector<Binding> bindings_;
    Revision defaultsRevision_ = kDefaultRevision; // whose defaults the reset buttons restore
    NodeSelector* nodeSelector_ = nullptr;
    QComboBox* profileBox_ = nullptr;
    QComboBox* modeBox_ = nullptr;
    QComboBox* qualityBox_ = nullptr;
    QCheckBox* replicaPenaltyBox_ = nullptr;
    QComboBox* stragglerModeBox_ = nullptr;
    QCheckBox* sameBothWaysBox_ = nullptr;
    QWidget* wanDirections_ = nullptr;
    QCheckBox* errorFeedbackBox_ = nullptr;
    QCheckBox* fixedInnerStepsBox_ = nullptr;
    SliderField* innerSteps_ = nullptr;
    class RevisionSelector* revisionSelector_ = nullptr;
    QLabel* largestModelNote_ = nullptr;
    QLineEdit* nameEdit_ = nullptr;
    QCheckBox* largestModelBox_ = nullptr;
    QCheckBox* memoryThresholdBox_ = nullptr;
    SliderField* modelSize_ = nullptr;
    SliderField* memoryThreshold_ = nullptr;
    QWidget* hierarchyInputs_ = nullptr;
    QWidget* moeInputs_ = nullptr;
    QWidget* pipelineInputs_ = nullptr;
};

} // namespace dtx::ui
