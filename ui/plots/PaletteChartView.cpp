#include "PaletteChartView.hpp"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLegend>

namespace dtx::ui {

PaletteChartView::PaletteChartView(QWidget* parent) : QChartView(parent)
{
    setFocusPolicy(Qt::NoFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);
}

void PaletteChartView::applyPalette()
{
    QChart* shown = chart();
    if (!shown)
        return;
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(45);
    shown->setBackgroundBrush(p.brush(QPalette::Base));
    shown->setTitleBrush(text);
    shown->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : shown->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    for (QAbstractSeries* series : shown->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                set->setLabelColor(text);
}

void PaletteChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace dtx::ui
