// Every write path of dtx against a file system that fails. The test runs
// with the fault-injecting shim preloaded (tests/faults/FaultInjection.c,
// LD_PRELOAD set by CTest): DTX_FAULT makes the Nth open, write, fsync,
// close or rename of one file fail with ENOSPC, EIO or EACCES. For each
// write path and each failure point: the old file is byte for byte as it
// was, the failure is reported (exit 1 naming the file, or a message and
// the document still modified), and no temporary file is left behind.

#include "CompareTab.hpp"
#include "MainWindow.hpp"
#include "PlotExport.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "PolicyBrief.hpp"
#include "Preferences.hpp"
#include "PresentationMode.hpp"
#include "Document.hpp"
#include "ScenarioFiles.hpp"
#include "TestSupport.hpp"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace dtx;
using namespace dtx::ui;
using dtx::test::CliRun;
using dtx::test::runCli;
using dtx::test::strings;

namespace {

const QByteArray kOldContent = "the previous content, which no failed write may touch\n";

// The failure points tried on every path: each system call SaveFile makes,
// with the errors a full or failing disk gives.
const QStringList& faultPoints()
{
    static const QStringList points = {
        QStringLiteral("open:1:ENOSPC"),  QStringLiteral("open:1:EACCES"),
        QStringLiteral("write:1:ENOSPC"), QStringLiteral("write:1:EIO"),
        QStringLiteral("fsync:1:EIO"),    QStringLiteral("fsync:1:ENOSPC"),
        QStringLiteral("close:1:EIO"),    QStringLiteral("rename:1:EIO"),
    };
    return points;
}

// The words the system gives for a fault's errno, which the message must
// carry.
QString reasonOf(const QString& fault)
{
    if (fault.contains(QLatin1String("EIO")))
        return QStringLiteral("Input/output error");
    if (fault.contains(QLatin1String("EACCES")))
        return QStringLiteral("Permission denied");
    return QStringLiteral("No space left on device");
}

class FaultScope {
public:
    // Arms the fault for files whose path contains `name`.
    FaultScope(const QString& fault, const QString& name)
    {
        qputenv("DTX_FAULT", (fault + QLatin1Char(':') + name).toUtf8());
    }
    ~FaultScope() { qunsetenv("DTX_FAULT"); }
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeOld(const QString& path, const QByteArray& content = kOldContent)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestSaveFaults : public QObject {
    Q_OBJECT

    QTemporaryDir settingsFolder_;
    std::unique_ptr<Preferences> preferences_;
    std::unique_ptr<Document> document_;
    std::unique_ptr<MainWindow> window_;

    // Runs `write` with the fault armed on `name`; checks the old file,
    // the folder and that `write` reported the failure.
    void checkFailedWrite(const QString& folder, const QString& name, const QString& fault,
                          const std::function<QString()>& write)
    {
        const QString path = folder + QLatin1Char('/') + name;
        const QByteArray before = readAll(path);
        const QStringList filesBefore = filesIn(folder);
        QString error;
        {
            const FaultScope scope(fault, name);
            error = write();
        }
        QVERIFY2(!error.isEmpty(), "the failed write was reported as a success");
        QVERIFY2(error.contains(reasonOf(fault)), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(filesIn(folder), filesBefore);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Without the shim every case below would pass for the wrong reason.
        QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("dtx_faults")),
                 "run through CTest, which preloads the fault-injecting shim");
        QTemporaryDir probe;
        const QString path = probe.filePath(QStringLiteral("probe.txt"));
        const FaultScope scope(QStringLiteral("write:1:ENOSPC"), QStringLiteral("probe.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QCOMPARE(file.write("x"), qint64(-1));
    }

    void init()
    {
        preferences_ = std::make_unique<Preferences>(
            settingsFolder_.filePath(QStringLiteral("settings.json")),
            settingsFolder_.filePath(QStringLiteral("session.json")));
        document_ = std::make_unique<Document>(builtInHardwareCatalog());
        window_ = std::make_unique<MainWindow>(document_.get(), preferences_.get());
        window_->resize(1440, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        document_->evaluateNow();
    }

    void cleanup()
    {
        window_.reset();
        document_.reset();
        preferences_.reset();
        qunsetenv("DTX_FAULT");
    }

    // `dtx COMMAND -o FILE` on every command.
    void commandOutputKeepsOldFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fault");
        const std::pair<const char*, QStringList> commands[] = {
            {"report", strings({"report"})},
            {"evaluate text", strings({"evaluate"})},
            {"evaluate json", strings({"evaluate", "--format", "json"})},
            {"evaluate csv", strings({"evaluate", "--format", "csv"})},
            {"sweep", strings({"sweep", "--vary", "nodes=1:100:10"})},
            {"target", strings({"target", "--flop", "1e25"})},
            {"optimize", strings({"optimize"})},
            {"plan", strings({"plan"})},
        };
        for (const auto& [name, arguments] : commands)
            for (const QString& fault : faultPoints())
                QTest::addRow("%s, %s", name, qPrintable(fault)) << arguments << fault;
        // A sweep of several megabytes: writes fail in the middle of it.
        const QStringList large = strings({"sweep", "--vary", "nodes=1:10000:100", "--vary",
                                           "network.bandwidth_mbps=1:1000:100"});
        for (const char* fault : {"write:2:ENOSPC", "write:3:EIO", "fsync:1:EIO", "rename:1:EIO"})
            QTest::addRow("large sweep, %s", fault) << large << QString::fromLatin1(fault);
    }

    void commandOutputKeepsOldFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fault);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("out.txt"));
        writeOld(path);
        CliRun run;
        {
            const FaultScope scope(fault, QStringLiteral("out.txt"));
            run = runCli(arguments + QStringList{QStringLiteral("-o"), path});
        }
        QCOMPARE(run.status, int(kExitFailure));
        QVERIFY(run.out.empty());
        const QString err = QString::fromStdString(run.err);
        QCOMPARE(err.count(QLatin1String("error:")), 1);
        QVERIFY2(err.contains(path + QStringLiteral(": cannot write: ") + reasonOf(fault)),
                 qPrintable(err));
        QCOMPARE(readAll(path), kOldContent);
        QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("out.txt")});
    }

    // Every write of the window: files, exports, the brief, the story,
    // settings and the session.
    void explorerWriteKeepsOldFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fault");
        for (const char* kind : {"scenario", "plot png", "plot svg", "plot pdf", "plot csv",
                                 "table csv", "brief", "story", "settings", "session"})
            for (const QString& fault : faultPoints())
                QTest::addRow("%s, %s", kind, qPrintable(fault)) << QString::fromLatin1(kind) << fault;
    }

    void explorerWriteKeepsOldFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fault);
        QTemporaryDir folder;
        PlotView* plot = window_->plotTabs().front()->plots().front();
        const auto table = window_->findChild<QTableView*>();
        QVERIFY(plot && table);
        document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 144; });

        QString name = QStringLiteral("target.out");
        std::function<QString(const QString&)> write;
        if (kind == QLatin1String("scenario")) {
            name = QStringLiteral("scenario.json");
            write = [this](const QString& path) {
                QString error;
                return window_->files()->saveFile(path, &error) ? QString() : error;
            };
        } else if (kind.startsWith(QLatin1String("plot ")) && kind != QLatin1String("plot csv")) {
            name = QStringLiteral("plot.") + kind.mid(5);
            write = [plot](const QString& path) { return writePlotImage(plot, path, QSize(640, 400)); };
        } else if (kind == QLatin1String("plot csv")) {
            name = QStringLiteral("plot.csv");
            write = [plot](const QString& path) { return writeFileAtomically(path, plotCsv(plot)); };
        } else if (kind == QLatin1String("table csv")) {
            name = QStringLiteral("table.csv");
            write = [table](const QString& path) {
                return writeFileAtomically(path, tableCsv(table->model()));
            };
        } else if (kind == QLatin1String("brief")) {
            name = QStringLiteral("brief.pdf");
            write = [this](const QString& path) { return PolicyBrief(window_.get()).writePdf(path); };
        } else if (kind == QLatin1String("story")) {
            name = QStringLiteral("story.json");
            write = [this](const QString& path) { return window_->presentation()->saveStory(path); };
        } else if (kind == QLatin1String("settings")) {
            // Quitting on a full disk must not empty the settings.
            preferences_ = std::make_unique<Preferences>(folder.filePath(QStringLiteral("settings.json")),
                                                         folder.filePath(QStringLiteral("session.json")));
            preferences_->write(settings::kLanguage, QStringLiteral("fr"));
            name = QStringLiteral("settings.json");
            write = [this](const QString&) {
                QSignalSpy problems(preferences_.get(), &Preferences::problemFound);
                preferences_->write(settings::kAppearance, QStringLiteral("dark"));
                return problems.isEmpty() ? QString() : problems.front().front().toString();
            };
        } else if (kind == QLatin1String("session")) {
            // The session goes where the preferences say.
            window_.reset();
            preferences_ = std::make_unique<Preferences>(folder.filePath(QStringLiteral("settings.json")),
                                                         folder.filePath(QStringLiteral("session.json")));
            window_ = std::make_unique<MainWindow>(document_.get(), preferences_.get());
            QVERIFY(window_->files()->storeSession().isEmpty());
            document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 1000; });
            name = QStringLiteral("session.json");
            write = [this](const QString&) { return window_->files()->storeSession(); };
        }
        QVERIFY(write);
        const QString path = folder.filePath(name);
        if (kind != QLatin1String("settings") && kind != QLatin1String("session")) {
            QVERIFY(write(path).isEmpty()); // an old version, written whole
            writeOld(path, readAll(path) + "(old)");
            document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 288; });
        }
        checkFailedWrite(folder.path(), name, fault, [&] { return write(path); });
        if (kind == QLatin1String("scenario"))
            QVERIFY(!document_->undoStack()->isClean());
        if (kind == QLatin1String("settings")) {
            SettingsFile reread(folder.filePath(QStringLiteral("settings.json")));
            QVERIFY(reread.load().isEmpty());
            QCOMPARE(settings::kLanguage.readString(reread), QStringLiteral("fr"));
        }
    }

    // Ctrl+S on a full disk: a dialog says so, the file is unchanged and
    // the scenario still counts as unsaved.
    void saveOnFullDiskShowsDialogAndStaysModified()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("mine.json"));
        QString error;
        QVERIFY(window_->files()->saveFile(path, &error));
        const QByteArray saved = readAll(path);
        document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 999; });
        QVERIFY(window_->isWindowModified());

        QString dialogText;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            dialogText = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        QAction* save = nullptr;
        for (QAction* action : window_->findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(QKeySequence::Save))
                save = action;
        QVERIFY(save);
        {
            const FaultScope scope(QStringLiteral("write:1:ENOSPC"), QStringLiteral("mine.json"));
            save->trigger();
        }
        QVERIFY2(dialogText.contains(QLatin1String("No space left on device")), qPrintable(dialogText));
        QCOMPARE(readAll(path), saved);
        QVERIFY(!document_->undoStack()->isClean());
        QVERIFY(window_->isWindowModified());
        QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("mine.json")});
    }

    // Export all stops at the first file it cannot write and says which;
    // the files it had written before stay whole.
    void exportAllStopsOnFault()
    {
        QTemporaryDir folder;
        QStringList written;
        QVERIFY(exportAll(window_.get(), folder.path(), &written).isEmpty());
        QVERIFY(written.size() > 5);
        QHash<QString, QByteArray> before;
        for (const QString& file : filesIn(folder.path()))
            before.insert(file, readAll(folder.filePath(file)));
        document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 7; });
        document_->evaluateNow();
        QString error;
        {
            const FaultScope scope(QStringLiteral("write:1:ENOSPC"), QStringLiteral(".csv"));
            error = exportAll(window_.get(), folder.path(), &written);
        }
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        // Nothing missing, nothing left over.
        const QStringList after = filesIn(folder.path());
        QCOMPARE(QSet<QString>(after.begin(), after.end()),
                 QSet<QString>(before.keyBegin(), before.keyEnd()));
        // The export stopped at the first CSV: every CSV is the old one.
        for (auto it = before.begin(); it != before.end(); ++it)
            if (it.key().endsWith(QLatin1String(".csv")))
                QCOMPARE(readAll(folder.filePath(it.key())), it.value());
    }

    // --grab through the same path, as a program.
    void grabKeepsOldFile_data()
    {
        QTest::addColumn<QString>("fault");
        for (const QString& fault : faultPoints())
            QTest::newRow(qPrintable(fault)) << fault;
    }

    void grabKeepsOldFile()
    {
        QFETCH(QString, fault);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shot.png"));
        writeOld(path);
        QProcess explorer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DTX_FAULT"), fault + QStringLiteral(":shot.png"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        explorer.setProcessEnvironment(environment);
        explorer.start(QStringLiteral(DTX_EXPLORER_PATH),
                       {QStringLiteral("--grab"), path, QStringLiteral("--size"), QStringLiteral("800x600")});
        QVERIFY(explorer.waitForFinished(120000));
        QCOMPARE(explorer.exitCode(), int(kExitFailure));
        const QString err = QString::fromUtf8(explorer.readAllStandardError());
        QVERIFY2(err.contains(reasonOf(fault)), qPrintable(err));
        QCOMPARE(readAll(path), kOldContent);
        QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("shot.png")});
    }
};

QTEST_MAIN(TestSaveFaults)
#include "test_save_faults.moc"
