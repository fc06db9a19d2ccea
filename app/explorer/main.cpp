// dtx-explorer: the Qt Widgets explorer (CLI.md).
#include "ExplorerCommandLine.hpp"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dtx-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Decentralized Training Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(DTX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("dtx"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dtx/dtx-explorer.svg")));
    // Lets the desktop match the window to its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("dtx-explorer"));
    return dtx::ui::runExplorer(application);
}
