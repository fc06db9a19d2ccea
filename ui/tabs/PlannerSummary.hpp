#pragma once

#include "TrainingPlanner.hpp"

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace dtx::ui {

// The planner's answer in words: how many days, whether that fits the
// maximum run length, what limits the run (in a sentence with both times),
// and the details behind it (mode, step times, efficiency, utilisation,
// memory). An input error replaces all of it with a message naming the input.
class PlannerSummary : public QWidget {
    Q_OBJECT
public:
    explicit PlannerSummary(QWidget* parent = nullptr);

    void showResult(const PlannerInputs& inputs, const PlannerResult& result);
    void showError(const QString& inputLabel, const QString& message);

    // The sentences as shown, for tests.
    QString headlineText() const;
    QString feasibilityText() const;
    QString bottleneckText() const;

private:
    QLabel* addRow(const QString& label, const QString& objectName);
    static void setRow(QLabel* row, const QString& value);
    void showFeasibility(const QColor& color, const QString& text);

    QLabel* headline_;
    QLabel* feasibility_;
    QLabel* bottleneck_;
    QWidget* details_;
    QVBoxLayout* rows_;
    QLabel* mode_ = nullptr;
    QLabel* days_ = nullptr;
    QLabel* step_ = nullptr;
    QLabel* block_ = nullptr;
    QLabel* globalSync_ = nullptr;
    QLabel* regionalSync_ = nullptr;
    QLabel* efficiency_ = nullptr;
    QLabel* quality_ = nullptr; // R-planner's q_c, q_act, replica loss, chi and C_quality
    QLabel* utilisation_ = nullptr;
    QLabel* perNode_ = nullptr;
    QLabel* largest_ = nullptr;
    QLabel* runLength_ = nullptr;
    QString feasibilityPlain_;
};

} // namespace dtx::ui
