#include "ScenarioFiles.hpp"

#include "Preferences.hpp"
#include "SaveFile.hpp"
#include "ScenarioController.hpp"
#include "ScenarioFile.hpp"
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

ScenarioFiles::ScenarioFiles(ScenarioController* controller, Preferences* preferences,
                             QWidget* dialogParent)
    : QObject(dialogParent), controller_(controller), preferences_(preferences),
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
    fileMenu->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &ScenarioFiles::saveAs);
}

bool ScenarioFiles::openFile(const QString& path, QString* error)
{
    const ScenarioLoad load = loadScenarioFile(path, {}, controller_->catalog());
    if (!load.scenario) {
        *error = load.error;
        return false;
    }
    controller_->setScenario(*load.scenario);
    setFilePath(path);
    addRecentFile(path);
    return true;
}

bool ScenarioFiles::saveFile(const QString& path, QString* error)
{
    const std::string json = scenarioToJson(controller_->scenario(), false);
    if (const QString reason = saveBytes(path, json); !reason.isEmpty()) {
        *error = tr("cannot write %1: %2").arg(path, reason);
        return false;
    }
    controller_->undoStack()->setClean();
    setFilePath(path);
    addRecentFile(path);
    return true;
}

void ScenarioFiles::newScenario()
{
    controller_->setScenario(controller_->defaultScenario());
    setFilePath(QString());
}

QString ScenarioFiles::displayName() const
{
    return filePath_.isEmpty() ? tr("Untitled") : QFileInfo(filePath_).fileName();
}

bool ScenarioFiles::maybeSave()
{
    if (controller_->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::question(
        dialogParent_, tr("Unsaved changes"),
        tr("The scenario “%1” has changes that are not saved. Save them first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ScenarioFiles::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(dialogParent_, tr("Open scenario"),
                                                      QFileInfo(filePath_).path(), fileFilter());
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        QMessageBox::warning(dialogParent_, tr("Cannot open the scenario"),
                             tr("%1\n\nThe current scenario is unchanged.").arg(error));
}

bool ScenarioFiles::save()
{
    if (filePath_.isEmpty())
        return saveAs();
    QString error;
    if (saveFile(filePath_, &error))
        return true;
    QMessageBox::warning(dialogParent_, tr("Cannot save the scenario"),
                         tr("%1\n\nThe file on disk is unchanged.").arg(error));
    return false;
}

bool ScenarioFiles::saveAs()
{
    QString path = QFileDialog::getSaveFileName(dialogParent_, tr("Save scenario as"),
                                                filePath_.isEmpty() ? tr("scenario.json") : filePath_,
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

void ScenarioFiles::setFilePath(const QString& path)
{
    filePath_ = path;
    emit filePathChanged();
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
    const QString reason = SessionStore(preferences_->sessionPath())
                               .save({controller_->scenario(), filePath_,
                                      !controller_->undoStack()->isClean()});
    return reason.isEmpty() ? QString() : tr("cannot write %1: %2").arg(preferences_->sessionPath(), reason);
}

bool ScenarioFiles::storeSessionBeforeQuit()
{
    const QString problem = storeSession();
    if (problem.isEmpty() || controller_->undoStack()->isClean())
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
    const SessionStore::Restored restored =
        SessionStore(preferences_->sessionPath()).restore(controller_->catalog());
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
    controller_->setScenario(restored.state->scenario);
    setFilePath(restored.state->filePath);
    if (restored.state->modified)
        controller_->undoStack()->resetClean();
    return {};
}

} // namespace dtx::ui
