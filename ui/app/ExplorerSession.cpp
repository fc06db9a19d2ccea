#include "ExplorerSession.hpp"

#include "MainWindow.hpp"

#include <QTextStream>

namespace dtx::ui {

ExplorerSession::ExplorerSession(Document* document, Preferences* preferences,
                                 UiLanguage* language, Appearance* appearance)
    : document_(document), preferences_(preferences), language_(language), appearance_(appearance)
{
    adopt(new MainWindow(document_, preferences_));
}

ExplorerSession::~ExplorerSession()
{
    delete window_;
}

void ExplorerSession::adopt(MainWindow* window)
{
    window_ = window;
    connect(window, &MainWindow::languageChosen, this, &ExplorerSession::switchLanguage,
            Qt::QueuedConnection); // the menu's action finishes before its window goes
    connect(window, &MainWindow::appearanceChosen, this,
            [this](int choice) { appearance_->apply(Appearance::Choice(choice)); });
}

void ExplorerSession::switchLanguage(const QString& code)
{
    QString error;
    if (!language_->install(code.isEmpty() ? UiLanguage::systemLanguage() : code, &error)) {
        QTextStream(stderr) << "error: " << error << '\n';
        return;
    }
    MainWindow* old = window_;
    auto* replacement = new MainWindow(document_, preferences_);
    if (old) {
        replacement->continueFrom(*old);
        if (old->isVisible())
            replacement->show();
        // Not closed, which would ask to save: its scenario lives on.
        old->hide();
        old->deleteLater();
    }
    adopt(replacement);
    emit windowReplaced(replacement);
}

} // namespace dtx::ui
