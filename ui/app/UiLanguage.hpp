#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

namespace dtx {
class SettingsFile;
}

namespace dtx::ui {

// The explorer's language: its own translation (:/i18n/dtx_<code>.qm), Qt's
// for standard dialogs, and the default QLocale, so that numbers are written
// the way the language writes them. Files (CSV, JSON, scenarios) stay in the
// C locale whatever is chosen.
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::UiLanguage)
public:
    UiLanguage() = default;
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    // "en", the language of the source, then every compiled translation.
    static QStringList available();
    // The language's name in itself: "Deutsch", "Français".
    static QString nativeName(const QString& code);
    // The system's language when there is a translation for it, else "en".
    static QString systemLanguage();
    // The language to start in: the saved choice, or the system's.
    static QString startLanguage(const SettingsFile& settings);

    // Switches to CODE; false with a message when there is no translation.
    bool install(const QString& code, QString* error);
    QString current() const { return current_; }

private:
    void removeTranslators();

    QList<QTranslator*> translators_;
    QString current_ = QStringLiteral("en");
};

} // namespace dtx::ui
