#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QCPItemLine;
class QCPItemText;

namespace dtx::ui {

class PlotView;

// Names marked points on one plot so that no name covers another, a curve,
// a line label or the legend: each label tries the spots right beside its
// point first, then further away with a thin leader line back to the point.
// Labels keep their pixel offsets from their points and are rearranged on
// every relayout of the plot, after its legend and guide labels have been
// placed. Use: clear() before the plot's clearAnnotations(), add() while
// drawing.
class LabelPlacer : public QObject {
    Q_OBJECT
public:
    explicit LabelPlacer(PlotView* plot);

    void clear();
    // Earlier labels get the better spots.
    void add(double x, double y, const QString& text);
    // Places every label for the plot's current ranges and size.
    void arrange();

private:
    struct Label {
        QCPItemText* text;
        QCPItemLine* leader;
    };

    PlotView* plot_;
    QList<Label> labels_;
};

} // namespace dtx::ui
