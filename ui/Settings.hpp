#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

// Every QSettings key of the explorer with its default, declared once
// (STYLE §9).
namespace dtx::ui::settings {

struct Key {
    const char* name;
    QVariant defaultValue;

    QVariant read(const QSettings& store) const
    {
        return store.value(QString::fromLatin1(name), defaultValue);
    }
    void write(QSettings& store, const QVariant& value) const
    {
        store.setValue(QString::fromLatin1(name), value);
    }
};

// Most recently used scenario files, newest first.
inline const Key kRecentFiles{"files/recent", QStringList()};
inline constexpr int kMaxRecentFiles = 8;
// The session to restore at start: the file it came from, the scenario as
// it was (saved or not) and whether it had unsaved changes.
inline const Key kSessionFile{"session/file", QString()};
inline const Key kSessionScenario{"session/scenario", QByteArray()};
inline const Key kSessionModified{"session/modified", false};
// The chosen UI language ("en", "de", ...); empty follows the system.
inline const Key kLanguage{"ui/language", QString()};
// The chosen palette: "system", "light" or "dark".
inline const Key kAppearance{"ui/appearance", QStringLiteral("system")};

} // namespace dtx::ui::settings
