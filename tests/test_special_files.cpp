// Files that are not plain files, and a disk that is really full. Outputs
// to a character device, a FIFO or /dev/stdout are written in place and the
// node stays what it was; sources that are devices, FIFOs or folders are
// refused at once with a message saying what they are; a scenario on a
// full tmpfs keeps its old content. Device nodes are made with mknod in a
// temporary folder (never touching /dev), which needs root; so does the
// tmpfs. Without root those cases are skipped and say why.

#include "HardwareCatalogFile.hpp"
#include "MainWindow.hpp"
#include "Preferences.hpp"
#include "Document.hpp"
#include "ScenarioFiles.hpp"
#include "TestSupport.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace dtx;
using namespace dtx::ui;

namespace {

struct ProgramRun {
    int status = -1;
    QByteArray out;
    QByteArray err;
    qint64 milliseconds = 0;
};

// Runs a program with a time limit; a run that hits it has status -1.
ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 60000,
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    ProgramRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.milliseconds = clock.elapsed();
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ProgramRun runDtx(const QStringList& arguments)
{
    return runProgram(QStringLiteral(DTX_PATH), arguments);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// A character device node like /dev/null (1, 3), /dev/zero (1, 5) or
// /dev/full (1, 7), made in `folder`.
QString makeDevice(const QString& folder, const char* name, unsigned minor)
{
    const QString path = folder + QLatin1Char('/') + QLatin1String(name);
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
        return {};
    return path;
}

mode_t fileType(const QString& path)
{
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & S_IFMT;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSpecialFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // -o to a device writes into it and leaves the node a device; a full
    // device says so.
    void outputToCharacterDevice_data()
    {
        QTest::addColumn<unsigned>("minor");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("null device") << 3u << int(kExitSuccess) << QString();
        QTest::newRow("full device") << 7u << int(kExitFailure)
                                     << QStringLiteral(": cannot write: No space left on device");
    }

    void outputToCharacterDevice()
    {
        QFETCH(unsigned, minor);
        QFETCH(int, status);
        QFETCH(QString, message);
        if (!isRoot())
            QSKIP("making device nodes with mknod needs root");
        QTemporaryDir folder;
        const QString device = makeDevice(folder.path(), "device", minor);
        QVERIFY(!device.isEmpty());
        for (const QStringList& command :
             {QStringList{QStringLiteral("evaluate")}, QStringList{QStringLiteral("report")},
              QStringList{QStringLiteral("sweep"), QStringLiteral("--vary"), QStringLiteral("nodes=1:9")}}) {
            const ProgramRun run = runDtx(command + QStringList{QStringLiteral("-o"), device});
            QCOMPARE(run.status, status);
            QVERIFY(run.out.isEmpty());
            if (!message.isEmpty())
                QVERIFY2(run.err.contains((device + message).toUtf8()), run.err.constData());
            QCOMPARE(fileType(device), mode_t(S_IFCHR));
        }
        const ProgramRun grab = runProgram(
            QStringLiteral(DTX_EXPLORER_PATH),
            {QStringLiteral("--grab"), device, QStringLiteral("--size"), QStringLiteral("640x480")});
        QCOMPARE(grab.status, status);
        QCOMPARE(fileType(device), mode_t(S_IFCHR));
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("device")});
    }

    // A FIFO with a reader receives the output; with none, the run fails at
    // once instead of hanging.
    void outputToFifo()
    {
        QTemporaryDir folder;
        const QString fifo = folder.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        const ProgramRun unread = runDtx({QStringLiteral("evaluate"), QStringLiteral("-o"), fifo});
        QCOMPARE(unread.status, int(kExitFailure));
        QVERIFY2(unread.err.contains("no program is reading from this FIFO"), unread.err.constData());

        QProcess reader;
        reader.start(QStringLiteral("cat"), {fifo});
        QVERIFY(reader.waitForStarted());
        // cat opens the FIFO a moment after it starts; until then there is
        // no reader, which the next run must not mistake for an error.
        ProgramRun run;
        for (int attempt = 0; attempt < 100; ++attempt) {
            run = runDtx({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("-o"), fifo});
            if (run.status == kExitSuccess)
                break;
            QTest::qWait(50);
        }
        QCOMPARE(run.status, int(kExitSuccess));
        QVERIFY(reader.waitForFinished(30000));
        const ProgramRun direct = runDtx({QStringLiteral("evaluate"), QStringLiteral("--format"),
                                          QStringLiteral("json")});
        QCOMPARE(reader.readAllStandardOutput(), direct.out);
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    }

    // /dev/stdout is a link into /proc: written through, not replaced.
    void outputToDevStdout()
    {
        const ProgramRun direct = runDtx({QStringLiteral("report")});
        const ProgramRun run =
            runDtx({QStringLiteral("report"), QStringLiteral("-o"), QStringLiteral("/dev/stdout")});
        QCOMPARE(run.status, int(kExitSuccess));
        QCOMPARE(run.out, direct.out);
        QCOMPARE(fileType(QStringLiteral("/dev/stdout")), mode_t(S_IFLNK));
    }

    // Sources that are not files are refused before anything is read.
    void sourcesThatAreNotFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("FIFO without a writer") << QStringLiteral("fifo") << QStringLiteral("is a FIFO");
        QTest::newRow("endless device") << QStringLiteral("zero") << QStringLiteral("is a device");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("larger than 16 MiB") << QStringLiteral("large")
                                            << QStringLiteral("larger than 16 MiB");
    }

    void sourcesThatAreNotFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QTemporaryDir folder;
        QString path = folder.filePath(kind);
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("zero")) {
            if (!isRoot())
                QSKIP("making device nodes with mknod needs root");
            path = makeDevice(folder.path(), "zero", 5);
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray large = "{\"name\": \"";
            large += QByteArray(17 * 1024 * 1024, 'x');
            large += "\"}";
            QCOMPARE(file.write(large), large.size());
        }
        for (const char* command : {"evaluate", "plan", "optimize"}) {
            const ProgramRun run = runDtx({QString::fromLatin1(command), path});
            QCOMPARE(run.status, int(kExitBadInput));
            QVERIFY(run.milliseconds < 20000);
            QVERIFY2(run.err.startsWith((QStringLiteral("error: ") + path + QStringLiteral(": ")).toUtf8())
                         && run.err.contains(words.toUtf8()),
                     run.err.constData());
        }
        // The window refuses it too, before it appears.
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const ProgramRun window = runProgram(QStringLiteral(DTX_EXPLORER_PATH),
                                             {QStringLiteral("--scenario"), path}, 60000, environment);
        QCOMPARE(window.status, int(kExitBadInput));
        QVERIFY2(window.err.contains(words.toUtf8()), window.err.constData());
    }

    // A disk really full: a 1 MiB tmpfs filled to its last block.
    void fullTmpfsKeepsOldFiles()
    {
        if (!isRoot())
            QSKIP("mounting a tmpfs needs root");
        QTemporaryDir folder;
        const QString mountPoint = folder.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        const ProgramRun mount = runProgram(QStringLiteral("mount"),
                                            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                             QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mountPoint});
        if (mount.status != 0)
            QSKIP(qPrintable(QStringLiteral("this machine does not allow mounting a tmpfs: ")
                             + QString::fromUtf8(mount.err).trimmed()));
        const auto unmount = qScopeGuard([&] { runProgram(QStringLiteral("umount"), {mountPoint}); });

        const QString previous = mountPoint + QStringLiteral("/prev.csv");
        const QByteArray old = "an earlier result\n";
        {
            QFile file(previous);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(old), old.size());
        }
        {
            QFile filler(mountPoint + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size()) {
            }
        }
        const QStringList commands[] = {
            {QStringLiteral("evaluate")},
            {QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("optimize")},
            {QStringLiteral("plan")},
            {QStringLiteral("target"), QStringLiteral("--flop"), QStringLiteral("1e25")},
            {QStringLiteral("sweep"), QStringLiteral("--vary"), QStringLiteral("nodes=1:50:5")},
            {QStringLiteral("report")},
        };
        for (const QStringList& command : commands) {
            const ProgramRun run = runDtx(command + QStringList{QStringLiteral("-o"), previous});
            QCOMPARE(run.status, int(kExitFailure));
            QVERIFY2(run.err.contains("No space left on device"), run.err.constData());
            QCOMPARE(readAll(previous), old);
        }
        // The window's Save on the same disk.
        QTemporaryDir settingsFolder;
        Preferences preferences(settingsFolder.filePath(QStringLiteral("settings.json")),
                                settingsFolder.filePath(QStringLiteral("session.json")));
        Document document(builtInHardwareCatalog());
        MainWindow window(&document, &preferences);
        document.editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 300; });
        QString error;
        QVERIFY(!window.files()->saveFile(previous, &error));
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QCOMPARE(readAll(previous), old);
        QVERIFY(!document.undoStack()->isClean());
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("filler"), QStringLiteral("prev.csv")}));
    }
};

QTEST_MAIN(TestSpecialFiles)
#include "test_special_files.moc"
