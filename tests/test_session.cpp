// The session and the settings survive whatever happens between two runs:
// a session this version cannot read is kept aside (renamed, never
// overwritten) and the window says where; SIGTERM and SIGHUP store the
// session as a normal quit does; a damaged settings file falls back to its
// backup; a settings folder that cannot be written is reported; the recent
// files list is cut to its length and forgets files that are gone.

#include "HardwareCatalogFile.hpp"
#include "MainWindow.hpp"
#include "Preferences.hpp"
#include "Document.hpp"
#include "ScenarioFile.hpp"
#include "ScenarioFiles.hpp"
#include "SessionStore.hpp"
#include "TestSupport.hpp"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace dtx;
using namespace dtx::ui;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

// True once the process has a handler for `signal` (its SigCgt mask in
// /proc), so that sending it tests the handler, not the default action.
bool catchesSignal(qint64 pid, int signal)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1;
    return false;
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> folder_;
    std::unique_ptr<Preferences> preferences_;
    std::unique_ptr<Document> document_;
    std::unique_ptr<MainWindow> window_;

    QString sessionPath() const { return folder_->filePath(QStringLiteral("data/session.json")); }
    QString settingsPath() const { return folder_->filePath(QStringLiteral("config/settings.json")); }

    // A new window, as at the next start.
    void restart()
    {
        window_.reset();
        preferences_ = std::make_unique<Preferences>(settingsPath(), sessionPath());
        preferences_->load();
        document_ = std::make_unique<Document>(builtInHardwareCatalog());
        window_ = std::make_unique<MainWindow>(document_.get(), preferences_.get());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        folder_ = std::make_unique<QTemporaryDir>();
        restart();
    }
    void cleanup()
    {
        window_.reset();
        document_.reset();
        preferences_.reset();
        folder_.reset();
    }

    void sessionComesBackModified()
    {
        const QString file = folder_->filePath(QStringLiteral("mine.json"));
        QString error;
        QVERIFY(window_->files()->saveFile(file, &error));
        document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 4321; });
        QVERIFY(window_->files()->storeSession().isEmpty());
        restart();
        QVERIFY(window_->files()->restoreSession().isEmpty());
        QCOMPARE(document_->scenario().nodes, 4321);
        QCOMPARE(window_->files()->filePath(), file);
        QVERIFY(!document_->undoStack()->isClean());
    }

    // Anything this version cannot use is kept, under a new name, and the
    // window says so; the next quit writes a fresh session beside it.
    void unreadableSessionIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray scenario = QByteArray::fromStdString(
            scenarioToJson(dtx::test::presetScenario("48x A100 80GB"), false));
        QTest::newRow("newer session format")
            << QByteArray(R"({"dtx_session": 3, "document": {}})") << QStringLiteral("newer dtx");
        QTest::newRow("newer scenario format")
            << QByteArray(R"({"dtx_session": 1, "scenario": {"dtx_scenario": 9}})")
            << QStringLiteral("newer dtx");
        QTest::newRow("value out of range")
            << QByteArray(R"({"dtx_session": 1, "scenario": {"nodes": 0}})") << QStringLiteral("nodes");
        QTest::newRow("broken JSON") << QByteArray("{\"dtx_session\": 1, \"scen")
                                     << QStringLiteral("not a session file");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not a session file");
        QTest::newRow("old settings-style bytes") << QByteArray("[General]\nsession=1\n")
                                                  << QStringLiteral("not a session file");
        // Save As would write what Open then refuses: refused here already.
        QTest::newRow("larger than 16 MiB")
            << ("{\"dtx_session\": 1, \"pad\": \"" + QByteArray(17 * 1024 * 1024, 'x')
                + "\", \"scenario\": " + scenario + "}")
            << QStringLiteral("larger than 16 MiB");
    }

    void unreadableSessionIsKeptAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        writeFile(sessionPath(), content);
        restart();
        const QString notice = window_->files()->restoreSession();
        QVERIFY2(notice.contains(reason), qPrintable(notice));
        QCOMPARE(document_->scenario().nodes, document_->defaultScenario().nodes);
        const QStringList aside = QDir(QFileInfo(sessionPath()).absolutePath())
                                      .entryList({QStringLiteral("session-unreadable-*.json")});
        QCOMPARE(aside.size(), 1);
        const QString keptAs = QFileInfo(sessionPath()).absolutePath() + QLatin1Char('/') + aside.front();
        QVERIFY2(notice.contains(keptAs), qPrintable(notice));
        QCOMPARE(readAll(keptAs), content);
        QVERIFY(!QFileInfo::exists(sessionPath()));

        // Quitting stores this run's session and leaves the kept one alone.
        QVERIFY(window_->files()->storeSession().isEmpty());
        QVERIFY(QFileInfo::exists(sessionPath()));
        QCOMPARE(readAll(keptAs), content);
    }

    // The explorer shows the notice at start, as a program.
    void startupSaysWhereTheSessionWasKept()
    {
        QTemporaryDir home;
        const QString data = home.filePath(QStringLiteral("data"));
        const QString session = data + QStringLiteral("/dtx/dtx-explorer/session.json");
        writeFile(session, R"({"dtx_session": 7, "scenario": {}})");
        QProcess explorer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        explorer.setProcessEnvironment(environment);
        explorer.start(QStringLiteral(DTX_EXPLORER_PATH), QStringList());
        QVERIFY(explorer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(catchesSignal(explorer.processId(), SIGTERM), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(session)
                                     || readAll(session).contains("\"dtx_session\": 1"),
                                 60000);
        ::kill(pid_t(explorer.processId()), SIGTERM);
        QVERIFY(explorer.waitForFinished(60000));
        QCOMPARE(explorer.exitCode(), 0);
        const QStringList aside = QDir(QFileInfo(session).absolutePath())
                                      .entryList({QStringLiteral("session-unreadable-*.json")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(QFileInfo(session).absolutePath() + QLatin1Char('/') + aside.front()),
                 QByteArray(R"({"dtx_session": 7, "scenario": {}})"));
    }

    // SIGTERM and SIGHUP store the session like a normal quit.
    void terminationSignalStoresSession_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("unsaved");
        QTest::newRow("SIGTERM") << int(SIGTERM) << false;
        QTest::newRow("SIGHUP") << int(SIGHUP) << false;
        // Nobody is there to answer "Save changes?": the signal must not ask.
        QTest::newRow("SIGTERM, unsaved changes") << int(SIGTERM) << true;
    }

    void terminationSignalStoresSession()
    {
        QFETCH(int, signal);
        QFETCH(bool, unsaved);
        QTemporaryDir home;
        const QString scenarioFile = home.filePath(QStringLiteral("work.json"));
        writeFile(scenarioFile, R"({"dtx_scenario": 1, "nodes": 321})");
        const QString session =
            home.filePath(QStringLiteral("data")) + QStringLiteral("/dtx/dtx-explorer/session.json");
        if (unsaved) // the last run's unsaved edit of work.json, restored
            writeFile(session, QStringLiteral(R"({"dtx_session": 2, "file": "%1", "modified": true,
                                                 "document": {"dtx_scenario": 1, "nodes": 321}})")
                                   .arg(scenarioFile)
                                   .toUtf8());
        QProcess explorer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        explorer.setProcessEnvironment(environment);
        explorer.start(QStringLiteral(DTX_EXPLORER_PATH),
                       unsaved ? QStringList{} : QStringList{QStringLiteral("--scenario"), scenarioFile});
        QVERIFY(explorer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(catchesSignal(explorer.processId(), signal), 60000);
        QCOMPARE(QFileInfo::exists(session), unsaved);
        ::kill(pid_t(explorer.processId()), signal);
        QVERIFY(explorer.waitForFinished(60000));
        QCOMPARE(explorer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(explorer.exitCode(), 0);
        const QJsonObject stored = QJsonDocument::fromJson(readAll(session)).object();
        QCOMPARE(stored.value(QStringLiteral("file")).toString(), scenarioFile);
        QCOMPARE(stored.value(QStringLiteral("document")).toObject().value(QStringLiteral("nodes")).toInt(),
                 321);
    }

    // A settings file emptied or damaged outside dtx: the backup is used,
    // and the user hears which file was unusable.
    void damagedSettingsFallBackToBackup_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"ui/language\": \"d");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
    }

    void damagedSettingsFallBackToBackup()
    {
        QFETCH(QByteArray, damage);
        preferences_->write(settings::kLanguage, QStringLiteral("de"));
        preferences_->write(settings::kAppearance, QStringLiteral("dark"));
        writeFile(settingsPath(), damage);
        Preferences reread(settingsPath(), sessionPath());
        const QString notice = reread.load();
        QVERIFY2(notice.contains(settingsPath()) && notice.contains(QLatin1String("backup")),
                 qPrintable(notice));
        QCOMPARE(settings::kLanguage.readString(reread.file()), QStringLiteral("de"));
        QCOMPARE(settings::kAppearance.readString(reread.file()), QStringLiteral("dark"));
    }

    // A home folder where nothing can be written is said at start.
    void unwritableSettingsFolderIsReported()
    {
        const QString blocker = folder_->filePath(QStringLiteral("not-a-folder"));
        writeFile(blocker, "a file where the settings folder should be");
        Preferences blocked(blocker + QStringLiteral("/dtx/settings.json"),
                            blocker + QStringLiteral("/dtx/session.json"));
        const QString notice = blocked.load();
        QVERIFY2(notice.contains(QLatin1String("cannot be created")), qPrintable(notice));
        QSignalSpy problems(&blocked, &Preferences::problemFound);
        blocked.write(settings::kLanguage, QStringLiteral("fr"));
        blocked.write(settings::kAppearance, QStringLiteral("light"));
        QCOMPARE(problems.size(), 1); // said once, not at every change
        QCOMPARE(settings::kLanguage.readString(blocked.file()), QStringLiteral("fr"));
    }

    // Settings and the session of an earlier version (QSettings) move to
    // the new files at the first start, so that the update loses nothing.
    void earlierSettingsAreTakenOver()
    {
        const QString recentFile = folder_->filePath(QStringLiteral("earlier.json"));
        Scenario scenario = document_->defaultScenario();
        scenario.nodes = 777;
        {
            QSettings old;
            old.setValue(QStringLiteral("files/recent"), QStringList{recentFile});
            old.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
            old.setValue(QStringLiteral("ui/appearance"), QStringLiteral("dark"));
            old.setValue(QStringLiteral("session/scenario"),
                         QByteArray::fromStdString(scenarioToJson(scenario, false)));
            old.setValue(QStringLiteral("session/file"), recentFile);
            old.setValue(QStringLiteral("session/modified"), true);
        }
        const auto removeOld = qScopeGuard([] { QFile::remove(QSettings().fileName()); });
        QFile::remove(settingsPath());
        QFile::remove(settingsPath() + QStringLiteral(".bak"));
        restart();
        QCOMPARE(settings::kLanguage.readString(preferences_->file()), QStringLiteral("fr"));
        QCOMPARE(settings::kAppearance.readString(preferences_->file()), QStringLiteral("dark"));
        QCOMPARE(settings::kRecentFiles.readStrings(preferences_->file()), QStringList{recentFile});
        QVERIFY(window_->files()->restoreSession().isEmpty());
        QCOMPARE(document_->scenario().nodes, 777);
        QCOMPARE(window_->files()->filePath(), recentFile);
        QVERIFY(!document_->undoStack()->isClean());
    }

    // A list of 10,000 recent files (written by hand, say) shows eight;
    // files that are gone are dropped from the menu and from the file.
    void recentFilesAreCappedAndPruned()
    {
        QStringList recent;
        for (int i = 0; i < 10000; ++i)
            recent << folder_->filePath(QStringLiteral("gone-%1.json").arg(i));
        const QString present = folder_->filePath(QStringLiteral("present.json"));
        writeFile(present, "{}");
        recent.insert(3, present);
        preferences_->writeStrings(settings::kRecentFiles, recent);
        restart();
        QMenu* recentMenu = nullptr;
        for (QMenu* menu : window_->menuBar()->findChildren<QMenu*>())
            if (menu->title() == ScenarioFiles::tr("Open &recent"))
                recentMenu = menu;
        QVERIFY(recentMenu);
        emit recentMenu->aboutToShow();
        QCOMPARE(recentMenu->actions().size(), 1);
        QCOMPARE(recentMenu->actions().front()->text(), present);
        QCOMPARE(settings::kRecentFiles.readStrings(preferences_->file()), QStringList{present});
    }
};

QTEST_MAIN(TestSession)
#include "test_session.moc"
