#include "ExplorerCommandLine.hpp"

#include "HardwareCatalogFile.hpp"
#include "InteractionBenchmark.hpp"
#include "MainWindow.hpp"
#include "PlotTab.hpp"
#include "ScenarioController.hpp"
#include "ScenarioFiles.hpp"
#include "ScenarioFile.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace dtx::ui {
namespace {

constexpr int kExitSuccess = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kMaxGrabSide = 8192;
const QString kTranslationsDir = QStringLiteral(":/i18n");

int fail(int status, const QString& message)
{
    QTextStream(stderr) << "error: " << message << '\n';
    return status;
}

// Languages with a compiled translation in the resources, plus English,
// the language of the source.
QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(kTranslationsDir).entryList({QStringLiteral("dtx_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << file.mid(4, file.size() - 7);
    return languages;
}

// False with a message when CODE has no translation.
bool installLanguage(QApplication& app, const QString& code, QString* error)
{
    if (!availableLanguages().contains(code)) {
        *error = QStringLiteral("--lang: no translation for '%1'; available: %2")
                     .arg(code, availableLanguages().join(QStringLiteral(", ")));
        return false;
    }
    QLocale::setDefault(QLocale(code));
    if (code == QStringLiteral("en"))
        return true;
    for (const auto& [name, dir] :
         {std::pair{QStringLiteral("dtx_") + code, kTranslationsDir},
          std::pair{QStringLiteral("qtbase_") + code,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)}}) {
        auto* translator = new QTranslator(&app);
        if (translator->load(name, dir))
            QApplication::installTranslator(translator);
    }
    return true;
}

bool parseSize(const QString& text, QSize* size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return size->width() >= 320 && size->height() >= 240 && size->width() <= kMaxGrabSide
           && size->height() <= kMaxGrabSide;
}

int grabWindow(MainWindow& window, const QString& path)
{
    window.show();
    QApplication::processEvents();
    window.controller()->evaluateNow();
    if (PlotTab* tab = window.currentPlotTab())
        tab->refreshNow();
    QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(kExitFailure, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!pixmap.save(&file, "PNG") || !file.commit())
        return fail(kExitFailure, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return kExitSuccess;
}

} // namespace

int runExplorer(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "dtx::ui::ExplorerCommandLine",
        "Explore how much training compute many small, unregistered nodes reach over the "
        "internet with DiLoCo-style training."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("Open with the scenario in FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"), QStringLiteral("Render the window into a PNG file and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("With --grab: the tab to show."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("With --grab: the window size in pixels."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption benchOption(
        QStringLiteral("bench-interaction"),
        QStringLiteral("Drive 200 slider changes offscreen, print the update times and exit."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Start in that UI language."),
                                        QStringLiteral("CODE"));
    parser.addOptions({scenarioOption, grabOption, tabOption, sizeOption, benchOption, langOption});

    if (!parser.parse(QApplication::arguments()))
        return fail(kExitBadInput, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(kExitSuccess);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(kExitBadInput, QStringLiteral("unexpected argument '%1'; use --scenario FILE")
                                       .arg(parser.positionalArguments().front()));
    for (const QCommandLineOption* option : {&tabOption, &sizeOption})
        if (parser.isSet(*option) && !parser.isSet(grabOption))
            return fail(kExitBadInput, QStringLiteral("--%1 needs --grab").arg(option->names().front()));
    if (parser.isSet(grabOption) && parser.isSet(benchOption))
        return fail(kExitBadInput, QStringLiteral("--grab and --bench-interaction exclude each other"));

    QSize size(1440, 900);
    if (parser.isSet(sizeOption) && !parseSize(parser.value(sizeOption), &size))
        return fail(kExitBadInput,
                    QStringLiteral("--size: '%1' is not WxH between 320x240 and %2x%2 pixels")
                        .arg(parser.value(sizeOption))
                        .arg(kMaxGrabSide));
    if (parser.isSet(langOption)) {
        QString error;
        if (!installLanguage(app, parser.value(langOption), &error))
            return fail(kExitBadInput, error);
    }

    ScenarioController controller(builtInHardwareCatalog());
    MainWindow window(&controller);
    window.resize(size);
    // Scripted runs (grab, benchmark) leave the user's settings alone: no
    // session restored, no recent file added.
    const bool scripted = parser.isSet(grabOption) || parser.isSet(benchOption);
    if (parser.isSet(scenarioOption)) {
        const QString path = parser.value(scenarioOption);
        if (scripted) {
            const ScenarioLoad load = loadScenarioFile(path, {}, controller.catalog());
            if (!load.scenario)
                return fail(kExitBadInput, load.error);
            controller.setScenario(*load.scenario);
        } else if (QString error; !window.files()->openFile(path, &error)) {
            return fail(kExitBadInput, error);
        }
    } else if (!scripted) {
        window.files()->restoreSession();
    }
    controller.evaluateNow();

    if (parser.isSet(tabOption) && !window.showTab(parser.value(tabOption)))
        return fail(kExitBadInput, QStringLiteral("--tab: unknown tab '%1'; use %2")
                                       .arg(parser.value(tabOption),
                                            window.tabNames().join(QStringLiteral(", "))));
    if (parser.isSet(grabOption))
        return grabWindow(window, parser.value(grabOption));
    if (parser.isSet(benchOption)) {
        window.show();
        QTextStream out(stdout);
        for (const QString& line : runInteractionBenchmark(&window))
            out << line << '\n';
        return kExitSuccess;
    }
    window.show();
    return app.exec();
}

} // namespace dtx::ui
