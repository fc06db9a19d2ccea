#include "ScenarioFiles.hpp"

#include "Preferences.hpp"
#include "SaveFile.hpp"
#include "Document.hpp"
#include "DocumentFile.hpp"
#include "SessionStore.hpp"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace dtx::ui {
namespace {

QString fileFilter()
{
    return ScenarioFiles::tr("dtx scenarios (*.json);;All files (*)");
}

} // namespace

ScenarioFiles::ScenarioFiles(Document* document, Preferences* preferences,
                             QWidget* dialogParent)
    : QObject(dialogParent), document_(document), preferences_(preferences),
      dialogParent_(dialogParent)
{
}

void ScenarioFiles::addActions(QMenu* fileMenu)
{
    fileMenu->addAction(tr("&New scenario"), QKeySequence::New, this, [this] {
        if (maybeSave())
            newScenario();
    });
    fileMenu->addAction(tr("&Open scenario…"), QKeySequence::Open, this, &ScenarioFiles::open);
    recentMenu_ = fileMenu->addMenu(tr("Open &recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &ScenarioFiles::fillRecentMenu);
    fileMenu->addAction(tr("&Save"), QKeySequence::Save, this, &ScenarioFiles::save);
    // Spelled out: Qt binds SaveAs only under GNOME and KDE.
    fileMenu->addAction(tr("Save &as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                        &ScenarioFiles::saveAs);
}

bool ScenarioFiles::openFile(const QString& path, QString* error)
{
    // The story is not in scenario files: the one being told stays.
    DocumentState base = document_->defaultState();
    base.story = document_->state().story;
    const DocumentLoad load = loadDocumentFile(path, document_->catalog(), base);
    if (!load.state) {
        *error = load.error;
        return false;
    }
    document_->reset(*load.state);
    document_->setFilePath(path);
    discarded_ = false;
    addRecentFile(path);
    return true;
}

bool ScenarioFiles::saveFile(const QString& path, QString* error)
{
    const std::string json = documentToJson(document_->state(), document_->defaultState());
    if (const QString reason = saveBytes(path, json); !reason.isEmpty()) {
        *error = tr("cannot write %1: %2").arg(path, reason);
        return false;
    }
    document_->markSaved();
    document_->setFilePath(path);
    discarded_ = false;
    addRecentFile(path);
    return true;
}

void ScenarioFiles::newScenario()
{
    DocumentState fresh = document_->defaultState();
    fresh.story = document_->state().story;
    document_->reset(fresh);
    document_->setFilePath(QString());
    discarded_ = false;
}

const QString& ScenarioFiles::filePath() const
{
    return document_->filePath();
}

QString ScenarioFiles::displayName() const
{
    return filePath().isEmpty() ? tr("Untitled") : QFileInfo(filePath()).fileName();
}

bool ScenarioFiles::maybeSave()
{
    if (document_->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::question(
        dialogParent_, tr("Unsaved changes"),
        tr("The scenario “%1” has changes that are not saved. Save them first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    discarded_ = answer == QMessageBox::Discard;
    return discarded_;
}

void ScenarioFiles::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(dialogParent_, tr("Open scenario"),
                                                      QFileInfo(filePath()).path(), fileFilter());
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        QMessageBox::warning(dialogParent_, tr("Cannot open the scenario"),
                             tr("%1\n\nThe current scenario is unchanged.").arg(error));
}

bool ScenarioFiles::save()
{
    if (filePath().isEmpty())
        return saveAs();
    QString error;
    if (saveFile(filePath(), &error))
        return true;
    QMessageBox::warning(dialogParent_, tr("Cannot save the scenario"),
                         tr("%1\n\nThe file on disk is unchanged.").arg(error));
    return false;
}

bool ScenarioFiles::saveAs()
{
    QString path = QFileDialog::getSaveFileName(dialogParent_, tr("Save scenario as"),
                                                filePath().isEmpty() ? tr("scenario.json") : filePath(),
                                                fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (saveFile(path, &error))
        return true;
    QMessageBox::warning(dialogParent_, tr("Cannot save the scenario"),
                         tr("%1\n\nThe file on disk is unchanged.").arg(error));
    return false;
}

void ScenarioFiles::addRecentFile(const QString& path)
{
    QStringList recent = settings::kRecentFiles.readStrings(preferences_->file());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    preferences_->writeStrings(settings::kRecentFiles, recent.mid(0, settings::kMaxRecentFiles));
}

void ScenarioFiles::fillRecentMenu()
{
    recentMenu_->clear();
    // Files deleted or moved since are dropped, and a list grown long by
    // hand is cut to its first entries.
    const QStringList stored = settings::kRecentFiles.readStrings(preferences_->file());
    QStringList recent;
    for (const QString& path : stored.mid(0, settings::kMaxRecentFiles))
        if (QFileInfo(path).isFile())
            recent << path;
    if (recent != stored)
        preferences_->writeStrings(settings::kRecentFiles, recent);
    for (const QString& path : recent)
        recentMenu_->addAction(path, this, [this, path] {
            if (!maybeSave())
                return;
            QString error;
            if (!openFile(path, &error))
                QMessageBox::warning(dialogParent_, tr("Cannot open the scenario"),
                                     tr("%1\n\nThe current scenario is unchanged.").arg(error));
        });
    if (recent.isEmpty())
        recentMenu_->addAction(tr("No recent scenarios"))->setEnabled(false);
}

QString ScenarioFiles::storeSession() const
{
    if (!sessionWritable_)
        return tr("the unusable session at %1 is kept as it was").arg(preferences_->sessionPath());
    // After Discard the session is the document as last opened or saved:
    // what was discarded must not come back.
    const SessionState session =
        discarded_ ? SessionState{document_->savedState(), filePath(), false}
                   : SessionState{document_->state(), filePath(), !document_->undoStack()->isClean()};
    const QString reason =
        SessionStore(preferences_->sessionPath()).save(session, document_->defaultState());
    return reason.isEmpty() ? QString() : tr("cannot write %1: %2").arg(preferences_->sessionPath(), reason);
}

bool ScenarioFiles::storeSessionBeforeQuit()
{
    const QString problem = storeSession();
    if (problem.isEmpty() || document_->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::warning(
        dialogParent_, tr("The session cannot be kept"),
        tr("%1\n\nThe unsaved changes to “%2” will not come back at the next start. Quit all "
           "the same?")
            .arg(problem, displayName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

QString ScenarioFiles::restoreSession()
{
    const SessionStore::Restored restored = SessionStore(preferences_->sessionPath())
                                                .restore(document_->catalog(), document_->defaultState());
    if (!restored.state) {
        if (restored.problem.isEmpty())
            return {};
        if (restored.keptAs.isEmpty()) {
            sessionWritable_ = false;
            return tr("The last session could not be restored: %1\n\nIt could not be moved aside "
                      "either, so it is left untouched at %2.")
                .arg(restored.problem, preferences_->sessionPath());
        }
        return tr("The last session could not be restored: %1\n\nIt was kept as %2; the window "
                  "starts with the reference scenario.")
            .arg(restored.problem, restored.keptAs);
    }
    document_->reset(restored.state->document, restored.state->modified);
    document_->setFilePath(restored.state->filePath);
    return {};
}

} // namespace dtx::ui
