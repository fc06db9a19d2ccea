// dtx: the command-line tool over the evaluation library (CLI.md).
#include "Cli.hpp"

#include <QCoreApplication>
#include <QLocale>

#include <cerrno>
#include <clocale>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dtx"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTX_VERSION));
    // The command line's text is a scripting interface (CLI.md): the same
    // bytes under every LANG and LC_*. QCoreApplication has just adopted the
    // environment's locale; numbers, messages and case rules go back to C.
    // (Arguments are already decoded: Qt 6 reads them as UTF-8.)
    std::setlocale(LC_ALL, "C");
    QLocale::setDefault(QLocale::c());

    std::string errors;
    int lastWriteError = 0;
    const dtx::CliStreams streams{[&lastWriteError](std::string_view text) {
                                      if (std::fwrite(text.data(), 1, text.size(), stdout)
                                          == text.size())
                                          return true;
                                      lastWriteError = errno;
                                      return false;
                                  },
                                  &errors, [&lastWriteError] {
                                      return "cannot write to standard output: "
                                             + qt_error_string(lastWriteError).toStdString();
                                  }};
    int status = dtx::runDtx(QCoreApplication::arguments().mid(1), streams);
    if (std::fflush(stdout) != 0 && status == dtx::kExitSuccess) {
        errors += "error: cannot write to standard output: " + qt_error_string(errno).toStdString()
                  + "\n";
        status = dtx::kExitFailure;
    }
    std::fputs(errors.c_str(), stderr);
    return status;
}
