#pragma once

#include "Settings.hpp"
#include "SettingsFile.hpp"

#include <QObject>
#include <QString>

namespace dtx::ui {

// The explorer's settings (language, appearance, recent files) and where
// its session is kept. Every change is saved at once through the project's
// save path; when saving fails — a full disk, an unwritable home folder —
// problemFound says so once, in words the window shows, and the values
// still hold for the rest of the run.
class Preferences : public QObject {
    Q_OBJECT
public:
    explicit Preferences(QString settingsPath = settings::defaultSettingsPath(),
                         QString sessionPath = settings::defaultSessionPath(),
                         QObject* parent = nullptr);

    // Reads the settings file. Returns a sentence for the user when the
    // file was unusable or its folder cannot be written; else empty.
    QString load();

    const SettingsFile& file() const { return file_; }
    const QString& sessionPath() const { return sessionPath_; }

    // Sets and saves.
    void write(const settings::Key& key, const QJsonValue& value);
    void writeStrings(const settings::Key& key, const QStringList& values);
    // Saves again (at quit); false after reporting the problem.
    bool save();

signals:
    void problemFound(const QString& message);

private:
    SettingsFile file_;
    QString sessionPath_;
    QString lastProblem_;
};

} // namespace dtx::ui
