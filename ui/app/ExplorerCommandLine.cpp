#include "ExplorerCommandLine.hpp"

#include "RevisionSwitch.hpp"

#include "ExitCodes.hpp"
#include "ExplorerSession.hpp"

#include "HardwareCatalogFile.hpp"
#include "InteractionBenchmark.hpp"
#include "MainWindow.hpp"
#include "PresentationMode.hpp"
#include "PlotExport.hpp"
#include "Preferences.hpp"
#include "PlotTab.hpp"
#include "PrintableText.hpp"
#include "Document.hpp"
#include "ScenarioFiles.hpp"
#include "ScenarioFile.hpp"
#include "TerminationSignals.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QRegularExpression>
#include <QBuffer>
#include <QTextStream>

#include <cstdio>

namespace dtx::ui {
namespace {

constexpr int kMaxGrabSide = 8192;
// The context the command line's text is translated under.
class ExplorerCommandLine {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::ExplorerCommandLine)
};

int fail(int status, const QString& message)
{
    // One line, whatever a path or file name holds.
    QTextStream(stderr) << "error: " << QString::fromStdString(printableText(message.toStdString()))
                        << '\n';
    return status;
}

// --lang is needed before the options' help text is written, so it is
// looked for on its own first; the full parse checks it again.
QString requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QStringLiteral("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
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
    window.document()->evaluateNow();
    if (PlotTab* tab = window.currentPlotTab())
        tab->refreshNow();
    QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!pixmap.save(&buffer, "PNG"))
        return fail(kExitFailure, ExplorerCommandLine::tr("cannot render %1").arg(path));
    if (const QString error = writeFileAtomically(path, png); !error.isEmpty())
        return fail(kExitFailure, error);
    return kExitSuccess;
}

} // namespace

int runExplorer(QApplication& app)
{
    // First, so that a SIGTERM arriving during start-up already quits the
    // orderly way.
    TerminationSignals termination;
    Preferences preferences;
    const QString settingsProblem = preferences.load();
    UiLanguage language;
    const QString requested = requestedLanguage(QApplication::arguments());
    if (QString error; !language.install(
            requested.isEmpty() ? UiLanguage::startLanguage(preferences.file()) : requested, &error))
        return fail(kExitBadInput, QStringLiteral("--lang: ") + error);
    Appearance appearance;
    appearance.apply(Appearance::saved(preferences.file()));

    QCommandLineParser parser;
    parser.setApplicationDescription(ExplorerCommandLine::tr(
        "Explore how much training compute many small, unregistered nodes reach over the "
        "internet with DiLoCo-style training."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            ExplorerCommandLine::tr("Open with the scenario in FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"), ExplorerCommandLine::tr("Render the window into a PNG file and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       ExplorerCommandLine::tr("With --grab: the tab to show."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        ExplorerCommandLine::tr("With --grab: the window size in pixels."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption benchOption(
        QStringLiteral("bench-interaction"),
        ExplorerCommandLine::tr("Drive 200 slider changes offscreen, print the update times and exit."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        ExplorerCommandLine::tr("Start in that UI language."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption revisionOption(
        QStringLiteral("revision"),
        ExplorerCommandLine::tr("Open on model revision R (2026-02 or 2026-04)."), QStringLiteral("R"));
    const QCommandLineOption otherRevisionOption(
        QStringLiteral("show-other-revision"),
        ExplorerCommandLine::tr("Draw the other model revision's figures too (dashed)."));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"),
        ExplorerCommandLine::tr("Calibrate against the real runs in FILE instead of the built-in ones."),
        QStringLiteral("FILE"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        ExplorerCommandLine::tr("Use the hardware catalog in FILE instead of the built-in one."),
        QStringLiteral("FILE"));
    parser.addOptions({scenarioOption, grabOption, tabOption, sizeOption, benchOption, langOption,
                       revisionOption, otherRevisionOption, runsOption, catalogOption});

    if (!parser.parse(QApplication::arguments()))
        return fail(kExitBadInput, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(kExitSuccess);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(kExitBadInput, ExplorerCommandLine::tr("unexpected argument '%1'; use --scenario FILE")
                                       .arg(parser.positionalArguments().front()));
    for (const QCommandLineOption* option : {&tabOption, &sizeOption})
        if (parser.isSet(*option) && !parser.isSet(grabOption))
            return fail(kExitBadInput, ExplorerCommandLine::tr("--%1 needs --grab").arg(option->names().front()));
    if (parser.isSet(grabOption) && parser.isSet(benchOption))
        return fail(kExitBadInput, ExplorerCommandLine::tr("--grab and --bench-interaction exclude each other"));

    Revision revision = kDefaultRevision;
    if (parser.isSet(revisionOption)
        && !parseRevision(parser.value(revisionOption).toStdString(), &revision))
        return fail(kExitBadInput, ExplorerCommandLine::tr("--revision: unknown model revision "
                                                           "'%1'; use 2026-02 or 2026-04")
                                       .arg(parser.value(revisionOption)));

    QSize size(1440, 900);
    if (parser.isSet(sizeOption) && !parseSize(parser.value(sizeOption), &size))
        return fail(kExitBadInput,
                    ExplorerCommandLine::tr("--size: '%1' is not WxH between 320x240 and %2x%2 pixels")
                        .arg(parser.value(sizeOption))
                        .arg(kMaxGrabSide));

    // A user's catalog or runs file that cannot be read leaves the built-in
    // data in place: the window opens and says why (a script's grab fails).
    // Scripted runs (grab, benchmark) also leave the user's settings alone:
    // no session restored, no recent file added.
    const bool scripted = parser.isSet(grabOption) || parser.isSet(benchOption);
    QStringList dataNotices;
    HardwareCatalog catalog = builtInHardwareCatalog();
    if (parser.isSet(catalogOption)) {
        QString error;
        if (std::optional<HardwareCatalog> loaded = loadHardwareCatalogFile(parser.value(catalogOption), &error))
            catalog = std::move(*loaded);
        else if (scripted)
            return fail(kExitBadInput, QStringLiteral("--catalog ") + error);
        else
            dataNotices << ExplorerCommandLine::tr("The hardware catalog could not be read, so the "
                                                   "built-in one is used.\n\n%1").arg(error);
    }
    CalibrationData runs = builtInCalibrationData();
    if (parser.isSet(runsOption)) {
        QString error;
        if (std::optional<CalibrationData> loaded = loadCalibrationFile(parser.value(runsOption), &error))
            runs = std::move(*loaded);
        else if (scripted)
            return fail(kExitBadInput, QStringLiteral("--runs ") + error);
        else
            dataNotices << ExplorerCommandLine::tr("The calibration runs could not be read, so the "
                                                   "built-in ones are used.\n\n%1").arg(error);
    }
    for (const QString& notice : std::as_const(dataNotices))
        QTextStream(stderr) << "warning: "
                            << QString::fromStdString(printableText(
                                   QString(notice).replace(QLatin1Char('\n'), QLatin1Char(' ')).toStdString()))
                            << '\n';

    Document document(std::move(catalog), std::move(runs));
    ExplorerSession session(&document, &preferences, &language, &appearance);
    MainWindow& window = *session.window();
    window.resize(size);
    if (parser.isSet(scenarioOption)) {
        const QString path = parser.value(scenarioOption);
        if (scripted) {
            const ScenarioLoad load = loadScenarioFile(path, {}, document.catalog());
            if (!load.scenario)
                return fail(kExitBadInput, load.error);
            document.setScenario(*load.scenario);
        } else if (QString error; !window.files()->openFile(path, &error)) {
            return fail(kExitBadInput, error);
        }
    }
    QStringList notices = dataNotices;
    if (!scripted && !settingsProblem.isEmpty())
        notices << settingsProblem;
    if (!scripted && !parser.isSet(scenarioOption))
        if (const QString notice = window.files()->restoreSession(); !notice.isEmpty())
            notices << notice;
    if (parser.isSet(revisionOption) && document.scenario().revision != revision) {
        // The opened scenario moved to that revision as the selector would
        // move it, as a fresh start rather than an undo step.
        document.setScenario(switchRevision(document.scenario(), revision, document.catalog()).scenario);
    }
    document.setShowOtherRevision(parser.isSet(otherRevisionOption));
    document.evaluateNow();

    if (parser.isSet(tabOption) && !window.showTab(parser.value(tabOption)))
        return fail(kExitBadInput, ExplorerCommandLine::tr("--tab: unknown tab '%1'; use %2")
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
    // SIGTERM and SIGHUP quit as the Quit action does, but without asking:
    // nobody is there to answer. The session keeps any unsaved changes.
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &app, [&] {
        if (MainWindow* current = session.window()) {
            current->presentation()->leave(); // the user's scenario, not a story step's
            current->files()->storeSession();
        }
        // exit(), not quit(): Qt 6's quit() first closes the windows, and
        // with unsaved changes the window would ask, and wait for an answer.
        QApplication::exit(0);
    });
    window.show();
    for (const QString& notice : notices)
        window.showNotice(ExplorerCommandLine::tr("Decentralized Training Explorer"), notice);
    return app.exec();
}

} // namespace dtx::ui
