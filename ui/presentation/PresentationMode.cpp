#include "PresentationMode.hpp"

#include "ControlPanel.hpp"
#include "PlotExport.hpp"
#include "PlotView.hpp"
#include "ReadFile.hpp"
#include "StoryText.hpp"
#include "Document.hpp"
#include "BuiltInStory.hpp"
#include "SliderField.hpp"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

// Large enough to read from the back of a meeting room on a projector.
constexpr double kPresentationTextScale = 1.35;
const char* const kBaseFontSize = "dtxBaseFontSize";
// The inputs an audience asks about: how many nodes, how fast the links,
// where the registration threshold sits.
const char* const kPresentedInputs[] = {"nodes", "network.bandwidth_mbps",
                                        "treaty.ccc_threshold_h100e"};

} // namespace

void scaleFonts(QWidget* root, double factor)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    // All sizes are taken before any is changed: a parent's new font would
    // otherwise reach the children not yet visited, and compound.
    for (QWidget* widget : std::as_const(widgets))
        if (!widget->property(kBaseFontSize).isValid())
            widget->setProperty(kBaseFontSize, widget->font().pointSizeF());
    for (QWidget* widget : std::as_const(widgets)) {
        if (auto* plot = qobject_cast<PlotView*>(widget))
            plot->setTextScale(factor);
        QFont font = widget->font();
        font.setPointSizeF(widget->property(kBaseFontSize).toDouble() * factor);
        widget->setFont(font);
    }
}

PresentationMode::PresentationMode(QMainWindow* window, QDockWidget* inputs, ControlPanel* panel,
                                   Document* document, ShowTab showTab,
                                   QWidget* parent)
    : QFrame(parent),
      window_(window),
      inputs_(inputs),
      document_(document),
      showTab_(std::move(showTab)),
      title_(new QLabel),
      message_(new QLabel),
      counter_(new QLabel),
      previous_(new QPushButton(tr("◀ Previous"))),
      next_(new QPushButton(tr("Next ▶")))
{
    document->setInputTitle(QStringLiteral("story"), tr("story"));

    setObjectName(QStringLiteral("storyBar"));
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title_->setFont(titleFont);
    message_->setWordWrap(true);
    previous_->setToolTip(tr("Previous step (Left arrow or Page Up)"));
    next_->setToolTip(tr("Next step (Right arrow or Page Down)"));
    auto* leave = new QPushButton(tr("Leave presentation (Esc)"));
    leave->setToolTip(tr("Back to the window and to the scenario as it was before the story."));
    connect(previous_, &QPushButton::clicked, this, &PresentationMode::previous);
    connect(next_, &QPushButton::clicked, this, &PresentationMode::next);
    connect(leave, &QPushButton::clicked, this, &PresentationMode::leave);

    auto* text = new QVBoxLayout;
    text->addWidget(title_);
    text->addWidget(message_);
    // Mirrors of the dock's sliders: they drive the dock's own, so the
    // binding to the scenario lives in one place.
    auto* sliders = new QHBoxLayout;
    for (const char* key : kPresentedInputs) {
        SliderField* source = panel->field(QString::fromLatin1(key));
        auto* mirror = new SliderField(source->spec());
        mirror->setObjectName(source->objectName());
        mirror->showValue(source->value());
        connect(mirror, &SliderField::valueEdited, source, &SliderField::editValue);
        connect(mirror, &SliderField::dragStarted, document, &Document::beginDrag);
        connect(mirror, &SliderField::dragFinished, document, &Document::endDrag);
        connect(document, &Document::changed, mirror,
                [mirror, source] { mirror->showValue(source->value()); });
        sliders->addWidget(mirror, 1);
    }
    text->addLayout(sliders);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(counter_);
    layout->addWidget(previous_);
    layout->addWidget(next_);
    layout->addWidget(leave);
    hide();
}

QString PresentationMode::shownTitle() const
{
    return title_->text();
}

QString PresentationMode::shownMessage() const
{
    return message_->text();
}

const Story& PresentationMode::story() const
{
    return document_->state().story;
}

Story PresentationMode::shownStory() const
{
    if (!story().builtIn)
        return story();
    return builtInStory(document_->catalog());
}

void PresentationMode::setStory(Story story)
{
    step_ = 0;
    document_->edit(QStringLiteral("story"), [&](DocumentState& state) { state.story = std::move(story); });
}

void PresentationMode::addStep(const QString& title, const QString& message, const QString& tab)
{
    // The built-in story becomes the user's own, in the language shown.
    Story extended = shownStory();
    extended.builtIn = false;
    extended.steps.push_back({title, message, tab, document_->scenario()});
    document_->edit(QStringLiteral("story"), [&](DocumentState& state) { state.story = std::move(extended); });
}

QString PresentationMode::openStory(const QString& path)
{
    QByteArray bytes;
    if (QString error; !readRegularFile(path, kMaxDocumentBytes, &bytes, &error))
        return error;
    StoryLoad load = loadStory(bytes, path, document_->catalog());
    if (!load.story)
        return load.error;
    setStory(std::move(*load.story));
    return {};
}

QString PresentationMode::saveStory(const QString& path) const
{
    // A saved story is the user's own, in the language it was saved in.
    Story saved = shownStory();
    saved.builtIn = false;
    return writeFileAtomically(path, storyToJson(saved));
}

void PresentationMode::addStoryActions(QMenu* menu, std::function<QString()> currentTab)
{
    menu->addAction(tr("&Add this scenario as a step…"), this, [this, currentTab] {
        bool ok = false;
        const QString title = QInputDialog::getText(window_, tr("Story step"),
                                                    tr("Title of the step:"), QLineEdit::Normal,
                                                    QString(), &ok);
        if (!ok)
            return;
        const QString message =
            QInputDialog::getText(window_, tr("Story step"),
                                  tr("Its message, in one sentence. {c_local}, {c_quality}, "
                                     "{eta}, {cost}, {nodes}, {nodes_for_1e25} and the like quote "
                                     "the step's own figures, so they always match the screen:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            addStep(title, message, currentTab());
    });
    menu->addAction(tr("&Open story…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(window_, tr("Open story"), QString(),
                                                          tr("dtx stories (*.json)"));
        if (path.isEmpty())
            return;
        if (const QString error = openStory(path); !error.isEmpty())
            QMessageBox::warning(window_, tr("Cannot open the story"), error);
    });
    menu->addAction(tr("&Save story as…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(window_, tr("Save story"),
                                                          QStringLiteral("story.json"),
                                                          tr("dtx stories (*.json)"));
        if (path.isEmpty())
            return;
        if (const QString error = saveStory(path); !error.isEmpty())
            QMessageBox::warning(window_, tr("Cannot save the story"), error);
    });
    menu->addAction(tr("Start a &new story"), this, [this] { setStory({}); });
    menu->addAction(tr("Use the &built-in story"), this,
                    [this] { setStory(builtInStory(document_->catalog())); });
}

void PresentationMode::enter()
{
    if (active_)
        return;
    emit entering();
    active_ = true;
    userScenario_ = document_->scenario();
    dockWasVisible_ = inputs_->isVisible();
    inputs_->hide();
    show();
    scaleFonts(window_->centralWidget(), kPresentationTextScale);
    window_->showFullScreen();
    qApp->installEventFilter(this);
    if (story().steps.empty()) { // full screen still works: the bar says how to fill it
        title_->setText(tr("This story has no steps yet"));
        message_->setText(tr("Leave with Esc, then add scenarios with View → Story → Add this "
                             "scenario as a step."));
        counter_->setText(tr("0 / 0"));
        previous_->setEnabled(false);
        next_->setEnabled(false);
        return;
    }
    showStep(0);
}

void PresentationMode::leave()
{
    if (!active_)
        return;
    active_ = false;
    qApp->removeEventFilter(this);
    hide();
    scaleFonts(window_->centralWidget(), 1.0);
    inputs_->setVisible(dockWasVisible_);
    window_->showNormal();
    document_->setInputTitle(QStringLiteral("presentation.end"), tr("presentation's scenario"));
    document_->editScenario(QStringLiteral("presentation.end"),
                      [this](Scenario& s) { s = userScenario_; });
    emit left();
}

void PresentationMode::toggle()
{
    active_ ? leave() : enter();
}

void PresentationMode::next()
{
    showStep(step_ + 1);
}

void PresentationMode::previous()
{
    showStep(step_ - 1);
}

void PresentationMode::showStep(int index)
{
    const Story shown = shownStory();
    const int count = int(shown.steps.size());
    if (count == 0)
        return;
    step_ = std::clamp(index, 0, count - 1);
    const StoryStep& step = shown.steps[std::size_t(step_)];
    counter_->setText(tr("%1 / %2").arg(step_ + 1).arg(count));
    previous_->setEnabled(step_ > 0);
    next_->setEnabled(step_ < count - 1);
    document_->editScenario(tr("story step %1").arg(step_ + 1),
                      [&step](Scenario& s) { s = step.scenario; });
    document_->evaluateNow();
    // The words quote the step's own figures, filled in from the evaluation
    // the screen shows.
    const EvaluationOutcome& outcome = document_->outcome();
    const Evaluation* evaluation = outcome.evaluation ? &*outcome.evaluation : nullptr;
    title_->setText(fillStoryText(step.title, step.scenario, evaluation, document_->catalog()));
    message_->setText(fillStoryText(step.message, step.scenario, evaluation, document_->catalog()));
    if (!step.tab.isEmpty())
        showTab_(step.tab);
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (active_ && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Right:
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            next();
            return true;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
            previous();
            return true;
        case Qt::Key_Escape:
            leave();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace dtx::ui
