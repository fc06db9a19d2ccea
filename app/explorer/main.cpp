// dtx-explorer: the Qt Widgets explorer (CLI.md).
#include "ExplorerCommandLine.hpp"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dtx-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Decentralized Training Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(DTX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("dtx"));
    return dtx::ui::runExplorer(application);
}
