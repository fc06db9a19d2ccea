#include "Preferences.hpp"

#include "SaveFile.hpp"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace dtx::ui {

namespace settings {

QString defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/settings.json");
}

QString defaultSessionPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/session.json");
}

} // namespace settings

namespace {

// Empty when the folder exists (or can be made) and takes new files.
QString folderProblem(const QString& filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Preferences::tr("the folder %1 cannot be created").arg(folder);
    if (!QFileInfo(folder).isWritable())
        return Preferences::tr("the folder %1 is not writable").arg(folder);
    return {};
}

// Earlier versions kept settings and the session in QSettings
// (~/.config/dtx/dtx-explorer.conf). Read once, never written: their values
// move to the new files so that an update loses nothing.
void takeOverOldSettings(SettingsFile* file, const QString& sessionPath)
{
    const QSettings old;
    if (!QFileInfo::exists(old.fileName()) || old.status() == QSettings::FormatError)
        return;
    if (const QStringList recent = old.value(QStringLiteral("files/recent")).toStringList(); !recent.isEmpty())
        settings::kRecentFiles.writeStrings(*file, recent);
    for (const settings::Key* key : {&settings::kLanguage, &settings::kAppearance})
        if (const QString name = QString::fromLatin1(key->name); old.contains(name))
            key->write(*file, old.value(name).toString());
    const QByteArray scenario = old.value(QStringLiteral("session/scenario")).toByteArray();
    const QJsonDocument parsed = QJsonDocument::fromJson(scenario);
    if (parsed.isObject() && !QFileInfo::exists(sessionPath) && QDir().mkpath(QFileInfo(sessionPath).absolutePath())) {
        const QJsonObject session{{QStringLiteral("dtx_session"), 1},
                                  {QStringLiteral("file"), old.value(QStringLiteral("session/file")).toString()},
                                  {QStringLiteral("modified"), old.value(QStringLiteral("session/modified")).toBool()},
                                  {QStringLiteral("scenario"), parsed.object()}};
        (void)saveBytes(sessionPath, QJsonDocument(session).toJson());
    }
    (void)file->save();
}

} // namespace

Preferences::Preferences(QString settingsPath, QString sessionPath, QObject* parent)
    : QObject(parent), file_(std::move(settingsPath)), sessionPath_(std::move(sessionPath))
{
}

QString Preferences::load()
{
    QStringList problems;
    if (!QFileInfo::exists(file_.path()) && !QFileInfo::exists(file_.backupPath()))
        takeOverOldSettings(&file_, sessionPath_);
    if (const QString notice = file_.load(); !notice.isEmpty())
        problems << notice;
    for (const QString& path : {file_.path(), sessionPath_})
        if (const QString problem = folderProblem(path); !problem.isEmpty())
            problems << tr("%1: settings and the session cannot be kept after you quit.")
                            .arg(problem);
    problems.removeDuplicates();
    return problems.join(QLatin1Char('\n'));
}

void Preferences::write(const settings::Key& key, const QJsonValue& value)
{
    key.write(file_, value);
    save();
}

void Preferences::writeStrings(const settings::Key& key, const QStringList& values)
{
    key.writeStrings(file_, values);
    save();
}

bool Preferences::save()
{
    const QString reason = file_.save();
    if (reason.isEmpty())
        return true;
    const QString message =
        tr("The settings could not be saved in %1: %2. They hold until you quit.")
            .arg(file_.path(), reason);
    // Once: every later change would fail the same way.
    if (message != lastProblem_) {
        lastProblem_ = message;
        emit problemFound(message);
    }
    return false;
}

} // namespace dtx::ui
