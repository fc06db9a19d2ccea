// dtx: the command-line tool over the evaluation library (CLI.md).
#include "Cli.hpp"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dtx"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTX_VERSION));

    std::string errors;
    const dtx::CliStreams streams{[](std::string_view text) {
                                      return std::fwrite(text.data(), 1, text.size(), stdout)
                                             == text.size();
                                  },
                                  &errors};
    int status = dtx::runDtx(QCoreApplication::arguments().mid(1), streams);
    if (std::fflush(stdout) != 0 && status == dtx::kExitSuccess) {
        errors += "error: cannot write to standard output\n";
        status = dtx::kExitFailure;
    }
    std::fputs(errors.c_str(), stderr);
    return status;
}
