#include "Appearance.hpp"

#include "Settings.hpp"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <array>

namespace dtx::ui {
namespace {

constexpr std::array kChoices = {Appearance::Choice::System, Appearance::Choice::Light,
                                 Appearance::Choice::Dark};
const char* const kNames[] = {"system", "light", "dark"};

QPalette fusionLightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(232, 232, 232);
    const QColor disabledText(130, 130, 130);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(80, 80, 84));
    p.setColor(QPalette::Midlight, QColor(62, 62, 66));
    p.setColor(QPalette::Mid, QColor(38, 38, 40));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text,
                                           QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

} // namespace

Appearance::Appearance() : systemPalette_(QApplication::palette()) {}

QString Appearance::name(Choice choice)
{
    return QString::fromLatin1(kNames[int(choice)]);
}

QString Appearance::title(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return tr("Follow the &system");
    case Choice::Light:
        return tr("&Light");
    case Choice::Dark:
        return tr("&Dark");
    }
    return {};
}

bool Appearance::parse(const QString& text, Choice* choice)
{
    for (const Choice candidate : kChoices)
        if (text == name(candidate)) {
            *choice = candidate;
            return true;
        }
    return false;
}

Appearance::Choice Appearance::saved(const SettingsFile& store)
{
    Choice choice = Choice::System;
    parse(settings::kAppearance.readString(store), &choice);
    return choice;
}

QPalette Appearance::lightPalette()
{
    return fusionLightPalette();
}

bool Appearance::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void Appearance::apply(Choice choice)
{
    const bool wasChosen = current_ != Choice::System;
    current_ = choice;
    switch (choice) {
    case Choice::System:
        // Left alone unless changed here, so that Qt keeps following the
        // desktop's theme while the program runs.
        if (wasChosen)
            QApplication::setPalette(systemPalette_);
        break;
    case Choice::Light:
        QApplication::setPalette(fusionLightPalette());
        break;
    case Choice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace dtx::ui
