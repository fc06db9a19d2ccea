#include "SettingsFile.hpp"

#include "ReadFile.hpp"
#include "SaveFile.hpp"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dtx {
namespace {

// Settings are a few hundred bytes; anything near this is not ours.
constexpr qint64 kMaxSettingsBytes = 1024 * 1024;

// The object in FILE; false with `problem` when it is missing, empty or
// not a JSON object.
bool readObject(const QString& path, QJsonObject* object, QString* problem)
{
    QByteArray bytes;
    if (!readRegularFile(path, kMaxSettingsBytes, &bytes, problem))
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (bytes.trimmed().isEmpty()) {
        *problem = path + QStringLiteral(": the file is empty");
        return false;
    }
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = path + QStringLiteral(": not a settings file (%1)").arg(error.errorString());
        return false;
    }
    *object = document.object();
    return true;
}

} // namespace

SettingsFile::SettingsFile(QString path) : path_(std::move(path)) {}

QString SettingsFile::load()
{
    values_ = {};
    const bool exists = QFileInfo::exists(path_);
    QString problem;
    if (exists && readObject(path_, &values_, &problem))
        return {};
    QString backupProblem;
    const bool backupUsable =
        QFileInfo::exists(backupPath()) && readObject(backupPath(), &values_, &backupProblem);
    if (!exists)
        return backupUsable ? QStringLiteral("%1 was missing; its backup %2 was used.")
                                  .arg(path_, backupPath())
                            : QString();
    if (backupUsable)
        return QStringLiteral("%1; its backup %2 was used.").arg(problem, backupPath());
    return QStringLiteral("%1; the settings start from their defaults.").arg(problem);
}

void SettingsFile::setValue(const QString& key, const QJsonValue& value)
{
    values_.insert(key, value);
}

void SettingsFile::remove(const QString& key)
{
    values_.remove(key);
}

QString SettingsFile::save()
{
    if (!QDir().mkpath(QFileInfo(path_).absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(QFileInfo(path_).absolutePath());
    const QByteArray bytes = QJsonDocument(values_).toJson(QJsonDocument::Indented);
    if (QString reason = saveBytes(path_, bytes); !reason.isEmpty())
        return reason;
    // The backup only ever holds a copy that was written whole; failing to
    // refresh it leaves the previous good copy, which is still usable.
    (void)saveBytes(backupPath(), bytes);
    return {};
}

} // namespace dtx
