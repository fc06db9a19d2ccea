#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// A program's settings as one small JSON object in a file, written through
// SaveFile and copied to a backup (FILE.bak) after every good save. At
// start the file is read, or, when it is empty or broken (something outside
// dtx damaged it), the backup; either way nothing half-written is ever
// read. QSettings is not used: Qt 6.4 commits its file after a failed
// flush, so a full disk left it empty.
namespace dtx {

class SettingsFile {
public:
    explicit SettingsFile(QString path);

    const QString& path() const { return path_; }
    QString backupPath() const { return path_ + QStringLiteral(".bak"); }

    // Reads the file (or its backup). Returns what the user should hear
    // about: empty when all is well or there is simply no file yet, else a
    // sentence saying which file was unusable and what was used instead.
    QString load();

    QJsonValue value(const QString& key) const { return values_.value(key); }
    void setValue(const QString& key, const QJsonValue& value);
    void remove(const QString& key);

    // Writes the file, then the backup. Empty, or why the file could not be
    // written (it then holds what it held before).
    QString save();

private:
    QString path_;
    QJsonObject values_;
};

} // namespace dtx
