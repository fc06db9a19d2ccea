#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace dtx {
class SettingsFile;
}

namespace dtx::ui {

// Light or dark: the system's palette (the default, and what the desktop's
// theme gives), or a chosen light or dark one. Plots and charts take their
// colours from the palette, so they follow.
class Appearance {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::Appearance)
public:
    enum class Choice { System, Light, Dark };

    // Remembers the system's palette; call once the application exists.
    Appearance();

    static QString name(Choice choice);   // "system", "light", "dark" (settings)
    static QString title(Choice choice);  // for the menu
    static bool parse(const QString& name, Choice* choice);
    static Choice saved(const SettingsFile& settings);
    static bool isDark(const QPalette& palette);
    // The light palette, also what paper (the policy brief) is drawn in.
    static QPalette lightPalette();

    void apply(Choice choice);
    Choice current() const { return current_; }

private:
    QPalette systemPalette_;
    Choice current_ = Choice::System;
};

} // namespace dtx::ui
