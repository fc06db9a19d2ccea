#pragma once

#include "BuiltInStory.hpp"

#include <QFrame>

#include <functional>

class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QPushButton;

namespace dtx::ui {

class ControlPanel;
class Document;

// Full screen with large type for a projector: the input dock gives way to
// a bar that tells a story, one scenario per step with a title and a
// one-sentence message, stepped through with the arrow keys (or a
// clicker's Page Up / Page Down), with the three sliders that matter most
// at hand. Each step is an undoable edit, and leaving puts back the
// scenario the user had.
class PresentationMode : public QFrame {
    Q_OBJECT
public:
    using ShowTab = std::function<bool(const QString&)>;

    // `inputs` is the dock the bar stands in for; its panel's sliders for
    // nodes, bandwidth and the CCC threshold are mirrored in the bar.
    PresentationMode(QMainWindow* window, QDockWidget* inputs, ControlPanel* panel,
                     Document* document, ShowTab showTab, QWidget* parent = nullptr);

    bool isActive() const { return active_; }
    // The step's words as shown, placeholders filled.
    QString shownTitle() const;
    QString shownMessage() const;
    // The document's story; replacing it or adding a step is an undo step.
    void setStory(Story story);
    const Story& story() const;
    // The story in the UI's language: the built-in one is shown in it.
    Story shownStory() const;
    int stepIndex() const { return step_; }

    // Appends the current scenario, shown on `tab`, as a step.
    void addStep(const QString& title, const QString& message, const QString& tab);
    // Story files; empty or a message naming the file and what is wrong.
    QString openStory(const QString& path);
    QString saveStory(const QString& path) const;
    // Adds: add this scenario as a step, open, save, new, built-in story.
    // `currentTab` names the tab a new step shows.
    void addStoryActions(QMenu* menu, std::function<QString()> currentTab);

    void enter();
    void leave();
    void toggle();

signals:
    // Around the presentation, so the window can put back what it showed.
    void entering();
    void left();

public:
    void next();
    void previous();
    void showStep(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* window_;
    QDockWidget* inputs_;
    Document* document_;
    ShowTab showTab_;
    int step_ = 0;
    bool active_ = false;
    bool dockWasVisible_ = true;
    Scenario userScenario_;
    QLabel* title_;
    QLabel* message_;
    QLabel* counter_;
    QPushButton* previous_;
    QPushButton* next_;
};

// Sets every widget's font under `root` to `factor` times its own first
// size, remembered on the first call (1 puts them back).
void scaleFonts(QWidget* root, double factor);

} // namespace dtx::ui
