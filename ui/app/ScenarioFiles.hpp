#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace dtx::ui {

class Preferences;
class Document;

// The document as a file: New, Open, Save, Save As and recent files, in the
// scenario format of CLI.md (the files `dtx` reads) with the explorer's own
// sections (DocumentFile). Saving goes through
// the project's save path (SaveFile): a full disk or a killed program
// leaves the old file whole, says so, and the scenario stays modified; a
// file that cannot be read leaves the current scenario untouched. Asks
// before unsaved changes are lost, and keeps the session for the next start.
class ScenarioFiles : public QObject {
    Q_OBJECT
public:
    // `dialogParent` hosts the file dialogs and questions.
    ScenarioFiles(Document* document, Preferences* preferences, QWidget* dialogParent);

    // Adds New, Open…, Open Recent, Save and Save As… to the menu.
    void addActions(QMenu* fileMenu);

    // The work of the actions without dialogs; false with a message naming
    // the file and what is wrong.
    bool openFile(const QString& path, QString* error);
    bool saveFile(const QString& path, QString* error);
    void newScenario();

    const QString& filePath() const;
    // The name for the title bar: the file's name, or "Untitled".
    QString displayName() const;

    // True when the changes are saved, discarded, or there are none; false
    // when the user cancels.
    bool maybeSave();

    // The scenario and file of this session, for the next start: empty, or
    // why they could not be stored.
    QString storeSession() const;
    // At quit: stores the session; when that fails and there are unsaved
    // changes, asks whether to quit all the same. False: stay.
    bool storeSessionBeforeQuit();
    // Back at start. Returns what the user must hear (a session that could
    // not be restored, and where it was kept), else empty.
    QString restoreSession();

private:
    void open();
    bool save();
    bool saveAs();
    void addRecentFile(const QString& path);
    void fillRecentMenu();

    Document* document_;
    Preferences* preferences_;
    QWidget* dialogParent_;
    // False when an unusable session could not be moved aside: it must not
    // be overwritten either.
    bool sessionWritable_ = true;
    QMenu* recentMenu_ = nullptr;
    // The user chose Discard when asked: the session keeps the saved state.
    bool discarded_ = false;
};

} // namespace dtx::ui
