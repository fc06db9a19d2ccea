#pragma once

#include <QMainWindow>

class QMenu;
class QTabWidget;

namespace dtx::ui {

class CompareTab;
class ControlPanel;
class HeadlinePanel;
class PlotTab;
class Preferences;
class PresentationMode;
class Document;
class ScenarioFiles;

// The explorer's window: the inputs in a dock on the left, the headline
// figures on top, the plot tabs below them. It only assembles the parts;
// each part talks to the document itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Document* document, Preferences* preferences, QWidget* parent = nullptr);

    Document* document() const { return document_; }
    Preferences* preferences() const { return preferences_; }
    ControlPanel* controlPanel() const { return controlPanel_; }
    HeadlinePanel* headline() const { return headline_; }
    QTabWidget* tabWidget() const { return tabs_; }
    // The actions of the menus and their submenus (Help → Keyboard shortcuts).
    QList<QAction*> shortcutActions() const;
    QList<PlotTab*> plotTabs() const;
    PlotTab* currentPlotTab() const;
    // Brings the tab with this --tab name to the front; false if none has it.
    bool showTab(const QString& name);
    QStringList tabNames() const;
    ScenarioFiles* files() const { return files_; }
    PresentationMode* presentation() const { return presentation_; }

    // Takes over a window being replaced (after a language change): its file,
    // tab, pinned scenarios, geometry and dock layout.
    void continueFrom(const MainWindow& previous);

    // Tells the user something went wrong that needs no answer (settings
    // that cannot be saved, a session kept aside), without blocking.
    void showNotice(const QString& title, const QString& text);
    const QString& lastNotice() const { return lastNotice_; }

signals:
    // The user chose a language ("en", "de", ...; empty for the system's)
    // or a palette in the View menu; the choice is saved already.
    void languageChosen(const QString& code);
    void appearanceChosen(int choice);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showHelpPage(const QString& title, const QString& html);
    void buildMenus();
    void addPreferenceMenus(QMenu* view);
    void describeTabs();
    void addPlotTab(PlotTab* tab);
    void updateTitle();

    Document* document_;
    Preferences* preferences_;
    QString lastNotice_;
    ControlPanel* controlPanel_;
    HeadlinePanel* headline_;
    QTabWidget* tabs_;
    int tabBeforePresentation_ = 0;
    ScenarioFiles* files_;
    CompareTab* compareTab_ = nullptr;
    PresentationMode* presentation_ = nullptr;
};

} // namespace dtx::ui
