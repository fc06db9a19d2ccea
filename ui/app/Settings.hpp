#pragma once

#include "SettingsFile.hpp"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Every setting of the explorer with its default, declared once (STYLE
// §9), and where the settings file lives. The file is written through the
// project's save path (SettingsFile), never through QSettings.
namespace dtx::ui::settings {

struct Key {
    const char* name;
    QJsonValue defaultValue;

    QJsonValue read(const SettingsFile& store) const
    {
        const QJsonValue value = store.value(QString::fromLatin1(name));
        return value.isUndefined() || value.type() != defaultValue.type() ? defaultValue : value;
    }
    QString readString(const SettingsFile& store) const { return read(store).toString(); }
    QStringList readStrings(const SettingsFile& store) const
    {
        QStringList strings;
        for (const QJsonValue& item : read(store).toArray())
            if (item.isString())
                strings << item.toString();
        return strings;
    }
    void write(SettingsFile& store, const QJsonValue& value) const
    {
        store.setValue(QString::fromLatin1(name), value);
    }
    void writeStrings(SettingsFile& store, const QStringList& strings) const
    {
        store.setValue(QString::fromLatin1(name), QJsonArray::fromStringList(strings));
    }
};

// Most recently used scenario files, newest first; a longer list in the
// file (written by hand, say) is cut to this when read.
inline const Key kRecentFiles{"files/recent", QJsonArray()};
inline constexpr int kMaxRecentFiles = 8;
// The chosen UI language ("en", "de", ...); empty follows the system.
inline const Key kLanguage{"ui/language", QString()};
// The chosen palette: "system", "light" or "dark".
inline const Key kAppearance{"ui/appearance", QStringLiteral("system")};

// ~/.config/dtx/dtx-explorer/settings.json (QStandardPaths' config place).
QString defaultSettingsPath();
// ~/.local/share/dtx/dtx-explorer/session.json: the last session, kept
// apart from the settings because it holds the user's work.
QString defaultSessionPath();

} // namespace dtx::ui::settings
