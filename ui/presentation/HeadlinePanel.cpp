#include "HeadlinePanel.hpp"

#include "Contrast.hpp"

#include "Document.hpp"
#include "HeadlineText.hpp"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

// Room for this many lines from the start, so that a text that wraps one
// line more after a slider step does not resize every plot below it (each
// resize is a full replot: it made the slowest frames twice as slow).
void reserveLines(QLabel* label, int lines)
{
    // Half a line more: bold text and superscripts make some lines a few
    // pixels taller than others.
    const int lineSpacing = label->fontMetrics().lineSpacing();
    label->setMinimumHeight(lines * lineSpacing + lineSpacing / 2);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

} // namespace

HeadlinePanel::HeadlinePanel(Document* document, QWidget* parent)
    : QFrame(parent), document_(document), grid_(new QGridLayout), sentence_(new QLabel), targets_(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("headline"));
    QGridLayout* grid = grid_;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    int index = 0;
    for (const HeadlineFigure& figure : HeadlineText::figures()) {
        addFigure(figure.id, figure.title, figure.help, index / 4, index % 4);
        ++index;
    }
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);

    sentence_->setWordWrap(true);
    sentence_->setObjectName(QStringLiteral("sentence"));
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont sentenceFont = sentence_->font();
    sentenceFont.setPointSizeF(sentenceFont.pointSizeF() * 1.1);
    sentence_->setFont(sentenceFont);

    targets_->setWordWrap(true);
    targets_->setObjectName(QStringLiteral("targets"));
    targets_->setToolTip(tr("The fewest nodes of this kind, with every other input as set, whose "
                            "C_local reaches each target, and what their GPUs cost."));

    reserveLines(sentence_, 2);
    reserveLines(targets_, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(sentence_);
    layout->addWidget(targets_);
    connect(document, &Document::evaluated, this, &HeadlinePanel::showOutcome);
    showOutcome();
    applyColors();
}

void HeadlinePanel::addFigure(const QString& id, const QString& title, const QString& help,
                              int row, int column)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* titleLabel = new QLabel(title);
    auto* value = new QLabel;
    auto* detail = new QLabel;
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setObjectName(id);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mutedLabels_ << titleLabel << detail;
    // Titles and details wrap so that four columns fit a laptop screen.
    titleLabel->setWordWrap(true);
    detail->setWordWrap(true);
    reserveLines(detail, 2);
    layout->addWidget(titleLabel);
    layout->addWidget(value);
    layout->addWidget(detail);
    box->setToolTip(help);
    box->setAccessibleName(title);
    grid_->addWidget(box, row, column);
    values_.insert(id, value);
    details_.insert(id, detail);
    titles_.insert(id, title);
    order_ << id;
}

void HeadlinePanel::setFigure(const QString& id, const QString& value, const QString& detail,
                              const QString& help)
{
    values_.value(id)->setText(value);
    details_.value(id)->setText(detail);
    // The help can grow with the result (the overtraining ratio's context).
    details_.value(id)->setToolTip(help);
}

QString HeadlinePanel::figureText(const QString& id) const
{
    const QLabel* label = values_.value(id);
    return label ? label->text() : QString();
}

QString HeadlinePanel::detailText(const QString& id) const
{
    const QLabel* label = details_.value(id);
    return label ? label->text() : QString();
}

QString HeadlinePanel::sentence() const
{
    return sentence_->text();
}

QString HeadlinePanel::targetsText() const
{
    return targets_->text();
}

void HeadlinePanel::showOutcome()
{
    const OtherRevisionResult other{document_->otherScenario(), document_->otherOutcome()};
    Headline headline = HeadlineText::describe(
        document_->scenario(), document_->outcome(),
        document_->showsOtherRevision() ? &other : nullptr);
    HeadlineText::addIntervals(document_->scenario(), document_->analysisSettings(), &headline);
    for (const HeadlineFigure& figure : headline.figures)
        setFigure(figure.id, figure.value, figure.detail, figure.help);
    sentence_->setText(headline.sentence);
    targets_->setText(headline.targets);
    if (!headline.ok)
        return;
    // A palette, not a style sheet: re-polishing on every evaluation costs
    // a millisecond of every slider step.
    underThreshold_ = headline.underThreshold;
    applyStatusColor();
}

void HeadlinePanel::setCompact(bool compact)
{
    for (QLabel* detail : std::as_const(details_))
        detail->setVisible(!compact);
    targets_->setVisible(!compact);
}

void HeadlinePanel::applyColors()
{
    // Captions and details a step quieter than the figures, the verdict in
    // green or red: each kept legible on this appearance's background.
    const QColor muted = mutedText(palette());
    for (QLabel* label : std::as_const(mutedLabels_)) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, muted);
        label->setPalette(p);
    }
    applyStatusColor();
}

void HeadlinePanel::applyStatusColor()
{
    const QColor window = palette().color(QPalette::Window);
    QLabel* status = values_.value(QStringLiteral("status"));
    QPalette p = status->palette();
    p.setColor(QPalette::WindowText,
               legibleOn(underThreshold_ ? QColor(0x15803d) : QColor(0xb91c1c), window));
    status->setPalette(p);
}

void HeadlinePanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

} // namespace dtx::ui
