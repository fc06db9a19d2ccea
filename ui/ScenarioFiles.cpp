#include "ScenarioFiles.hpp"

#include "ScenarioController.hpp"
#include "ScenarioFile.hpp"
#include "Settings.hpp"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

namespace dtx::ui {
namespace {

QString fileFilter()
{
    return ScenarioFiles::tr("dtx scenarios (*.json);;All files (*)");
}

} // namespace

ScenarioFiles::ScenarioFiles(ScenarioController* controller, QWidget* dialogParent)
    : QObject(dialogParent), controller_(controller), dialogParent_(dialogParent)
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(json.data(), qint64(json.size())) != qint64(json.size()) || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
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
    QSettings store;
    QStringList recent = settings::kRecentFiles.read(store).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > settings::kMaxRecentFiles)
        recent.removeLast();
    settings::kRecentFiles.write(store, recent);
}

void ScenarioFiles::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = settings::kRecentFiles.read(QSettings()).toStringList();
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

void ScenarioFiles::storeSession() const
{
    QSettings store;
    settings::kSessionFile.write(store, filePath_);
    const std::string json = scenarioToJson(controller_->scenario(), false);
    settings::kSessionScenario.write(store, QByteArray::fromStdString(json));
    settings::kSessionModified.write(store, !controller_->undoStack()->isClean());
}

void ScenarioFiles::restoreSession()
{
    const QSettings store;
    const QByteArray json = settings::kSessionScenario.read(store).toByteArray();
    if (json.isEmpty())
        return;
    // A session that no longer parses (an older catalog, say) is skipped:
    // the reference scenario is a fine start.
    const ScenarioLoad load = loadScenario(json, tr("the last session"), {}, controller_->catalog());
    if (!load.scenario)
        return;
    controller_->setScenario(*load.scenario);
    setFilePath(settings::kSessionFile.read(store).toString());
    if (settings::kSessionModified.read(store).toBool())
        controller_->undoStack()->resetClean();
}

} // namespace dtx::ui
