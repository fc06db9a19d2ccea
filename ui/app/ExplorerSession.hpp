#pragma once

#include "Appearance.hpp"
#include "UiLanguage.hpp"

#include <QObject>
#include <QPointer>

namespace dtx::ui {

class MainWindow;
class Preferences;
class Document;

// The explorer's window and the preferences it lives under. A language
// chosen in the View menu takes a new window, because every text is written
// as the window is built; the scenario, its undo history, file, pinned
// scenarios, tab and layout carry over. A palette applies at once.
class ExplorerSession : public QObject {
    Q_OBJECT
public:
    // The language must be installed before the window is built.
    ExplorerSession(Document* document, Preferences* preferences, UiLanguage* language,
                    Appearance* appearance);
    ~ExplorerSession() override;

    MainWindow* window() const { return window_; }
    // Builds the window anew in CODE ("" for the system's language).
    void switchLanguage(const QString& code);

signals:
    void windowReplaced(dtx::ui::MainWindow* window);

private:
    void adopt(MainWindow* window);

    Document* document_;
    Preferences* preferences_;
    UiLanguage* language_;
    Appearance* appearance_;
    QPointer<MainWindow> window_;
};

} // namespace dtx::ui
