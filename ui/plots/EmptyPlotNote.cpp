#include "EmptyPlotNote.hpp"

#include "CoreTerms.hpp"

#include "PlotView.hpp"

namespace dtx::ui {

void addEmptyPlotNote(PlotView* plot, const EvaluationOutcome& outcome)
{
    if (plot->hasData())
        return;
    const QString why =
        outcome.ok() ? PlotView::tr("No setting in this range gives a valid configuration.")
                     : PlotView::tr("No valid configuration:\n%1")
                           .arg(CoreTerms::inputErrorText(outcome.error));
    QCPItemText* note = plot->addPointLabel(0, 0, why);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.5);
    note->setPositionAlignment(Qt::AlignCenter);
    note->setTextAlignment(Qt::AlignCenter);
    note->setFont(plot->font());
    note->setBrush(plot->labelBacking());
    note->setPadding(QMargins(6, 4, 6, 4));
}

} // namespace dtx::ui
