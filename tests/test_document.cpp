// The one document: what each edit says it changed, one undo step per edit
// of every part (scenario, planner, growth rates, pins, story), files and
// the session that carry every part, a language switch that loses nothing,
// and Discard that discards.

#include "Appearance.hpp"
#include "BuiltInStory.hpp"
#include "CompareTab.hpp"
#include "Document.hpp"
#include "DocumentFile.hpp"
#include "ExplorerSession.hpp"
#include "HardwareCatalogFile.hpp"
#include "MainWindow.hpp"
#include "PlannerInputsPanel.hpp"
#include "Preferences.hpp"
#include "PresentationMode.hpp"
#include "ScenarioFile.hpp"
#include "ScenarioFiles.hpp"
#include "TestSupport.hpp"
#include "TimeTab.hpp"
#include "UiLanguage.hpp"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

using Edit = std::function<void(DocumentState&)>;

QSet<QString> keysOf(const QList<QVariant>& signalArguments)
{
    return signalArguments.front().value<ChangeSet>().keys();
}

// A state with every part changed from the defaults.
DocumentState everyPartChanged(const Document& document)
{
    DocumentState state = document.state();
    state.scenario.nodes = 500;
    state.scenario.wan.setBandwidth(25);
    state.planner.ownCluster = true;
    state.planner.inputs.model.paramsB = 300;
    state.planner.inputs.model.tokens = 20e12;
    state.planner.inputs.algorithm.streaming = false;
    state.growth.hardwareGrowthOom = 0.2;
    state.pinned = {document.defaultScenario(), document.defaultScenario()};
    state.pinned[1].nodes = 1000;
    state.story.builtIn = false;
    state.story.steps.push_back({QStringLiteral("Mine"), QStringLiteral("My own step"),
                                 QStringLiteral("network"), state.scenario});
    return state;
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT

    QTemporaryDir folder_;
    std::unique_ptr<Preferences> preferences_;
    std::unique_ptr<Document> document_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ChangeSet>();
    }
    void init()
    {
        preferences_ = std::make_unique<Preferences>(folder_.filePath(QStringLiteral("settings.json")),
                                                     folder_.filePath(QStringLiteral("session.json")));
        document_ = std::make_unique<Document>(builtInHardwareCatalog());
    }
    void cleanup()
    {
        document_.reset();
        preferences_.reset();
    }

    // Each edit names exactly what it changed.
    void changeSetPerKey_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* name, Edit edit, QStringList expected) {
            QTest::newRow(name) << QString::fromLatin1(name) << edit << expected;
        };
        row("nodes", [](DocumentState& s) { s.scenario.nodes = 144; }, {QStringLiteral("scenario.nodes")});
        row("bandwidth and latency",
            [](DocumentState& s) {
                s.scenario.wan.setBandwidth(25);
                s.scenario.wan.latencyMs = 230;
            },
            {QStringLiteral("scenario.network.bandwidth_mbps"), QStringLiteral("scenario.network.latency_ms")});
        row("CCC threshold", [](DocumentState& s) { s.scenario.treaty.cccThresholdH100e = 4; },
            {QStringLiteral("scenario.treaty.ccc_threshold_h100e")});
        row("name", [](DocumentState& s) { s.scenario.name = "mine"; }, {QStringLiteral("scenario.name")});
        row("planner tokens", [](DocumentState& s) { s.planner.inputs.model.tokens = 1e12; },
            {QStringLiteral("planner.model.tokens")});
        row("planner streaming", [](DocumentState& s) { s.planner.inputs.algorithm.streaming = false; },
            {QStringLiteral("planner.algorithm.streaming")});
        row("own cluster", [](DocumentState& s) { s.planner.ownCluster = true; },
            {QStringLiteral("planner.own_cluster")});
        row("growth", [](DocumentState& s) { s.growth.softwareGrowthOom = 0.1; }, {QStringLiteral("growth")});
        row("pin", [](DocumentState& s) { s.pinned.push_back(s.scenario); }, {QStringLiteral("pins")});
        row("story", [](DocumentState& s) { s.story.steps.pop_back(); }, {QStringLiteral("story")});
    }

    void changeSetPerKey()
    {
        QFETCH(QString, input);
        QFETCH(Edit, edit);
        QFETCH(QStringList, expected);
        QSignalSpy changed(document_.get(), &Document::changed);
        QSignalSpy evaluated(document_.get(), &Document::evaluated);
        document_->edit(input, edit);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(keysOf(changed.front()), QSet<QString>(expected.begin(), expected.end()));
        document_->evaluateNow();
        QCOMPARE(evaluated.size(), 1);
        QCOMPARE(keysOf(evaluated.front()), QSet<QString>(expected.begin(), expected.end()));
        // An edit that changes nothing (a control echoing its value) is no
        // step at all.
        DocumentState again = document_->state();
        edit(again);
        if (changesBetween(again, document_->state()).isEmpty()) {
            document_->edit(input, edit);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(document_->undoStack()->count(), 1);
        }
    }

    // Every part's edit is one undo step; undo and redo restore it exactly.
    void everyEditIsOneUndoStep_data() { changeSetPerKey_data(); }
    void everyEditIsOneUndoStep()
    {
        QFETCH(QString, input);
        QFETCH(Edit, edit);
        const DocumentState before = document_->state();
        document_->edit(input, edit);
        const DocumentState after = document_->state();
        QCOMPARE(document_->undoStack()->count(), 1);
        QVERIFY(!document_->undoStack()->isClean());
        document_->undoStack()->undo();
        QVERIFY(changesBetween(document_->state(), before).isEmpty());
        QVERIFY(document_->undoStack()->isClean());
        document_->undoStack()->redo();
        QVERIFY(changesBetween(document_->state(), after).isEmpty());
    }

    // A file holds scenario, planner, growth rates and pins; the story
    // stays in story files and the session.
    void saveAndOpenKeepEveryPiece()
    {
        const DocumentState changed = everyPartChanged(*document_);
        document_->reset(changed, true);
        const QString path = folder_.filePath(QStringLiteral("everything.json"));
        MainWindow window(document_.get(), preferences_.get());
        QString error;
        QVERIFY2(window.files()->saveFile(path, &error), qPrintable(error));
        QVERIFY(document_->undoStack()->isClean());

        Document reopened(builtInHardwareCatalog());
        MainWindow other(&reopened, preferences_.get());
        QVERIFY2(other.files()->openFile(path, &error), qPrintable(error));
        const ChangeSet difference = changesBetween(reopened.state(), changed);
        QCOMPARE(difference.keys(), QSet<QString>{QStringLiteral("story")});
        QCOMPARE(reopened.filePath(), path);

        // dtx reads the same file as a scenario.
        const test::CliRun run = test::runCli({QStringLiteral("evaluate"), path, QStringLiteral("--format"),
                                               QStringLiteral("json")});
        QCOMPARE(run.status, 0);
        QVERIFY(QByteArray::fromStdString(run.out).contains("\"n_nodes\": 500"));
    }

    // A node built from catalog GPUs keeps its name through a file: the
    // window and the file reader name it the same way ("8x H100 SXM FP8").
    void catalogNodeKeepsItsNameThroughAFile()
    {
        const GpuSpec* h100 = document_->catalog().findGpu("H100 SXM");
        QVERIFY(h100);
        DocumentState state = document_->state();
        state.scenario.node = makeNode(*h100, 8, Precision::Fp8);
        state.scenario.nodeOrigin = NodeOrigin{{}, h100->name, 8, Precision::Fp8};
        state.scenario.paramsB.reset();
        QCOMPARE(state.scenario.node.name, std::string("8x H100 SXM FP8"));
        const DocumentLoad load = loadDocument(QByteArray::fromStdString(documentToJson(state, document_->defaultState())),
                                               QStringLiteral("node.json"), document_->catalog(),
                                               document_->defaultState());
        QVERIFY2(load.state, qPrintable(load.error));
        QCOMPARE(load.state->scenario.node.name, state.scenario.node.name);
    }

    // A document with nothing but a scenario stays a plain format-1 file.
    void scenarioAloneIsFormatOne()
    {
        document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 99; });
        const std::string json = documentToJson(document_->state(), document_->defaultState());
        QVERIFY(json.find("\"dtx_scenario\": 1") != std::string::npos);
        QVERIFY(json.find("planner") == std::string::npos);
        document_->edit(QStringLiteral("pins"), [](DocumentState& s) { s.pinned.push_back(s.scenario); });
        QVERIFY(documentToJson(document_->state(), document_->defaultState()).find("\"dtx_scenario\": 2")
                != std::string::npos);
    }

    // The explorer's sections are checked like the rest of the file.
    void badSectionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mention");
        QTest::newRow("planner unknown key")
            << QByteArray(R"({"dtx_scenario": 2, "planner": {"own": true}})") << QStringLiteral("planner.own");
        QTest::newRow("planner input out of range")
            << QByteArray(R"({"dtx_scenario": 2, "planner": {"inputs": {"cluster": {"mfu": 3}}}})")
            << QStringLiteral("cluster.mfu");
        QTest::newRow("growth out of range")
            << QByteArray(R"({"dtx_scenario": 2, "growth": {"hardware_growth_oom": -1}})")
            << QStringLiteral("growth.hardware_growth_oom");
        QTest::newRow("five pins")
            << QByteArray(R"({"dtx_scenario": 2, "pinned": [{}, {}, {}, {}, {}]})") << QStringLiteral("at most 4");
        QTest::newRow("bad pinned scenario")
            << QByteArray(R"({"dtx_scenario": 2, "pinned": [{"nodes": 0}]})") << QStringLiteral("pinned[0]");
        QTest::newRow("pinned not a list")
            << QByteArray(R"({"dtx_scenario": 2, "pinned": {"nodes": 5}})") << QStringLiteral("pinned");
    }

    void badSectionsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mention);
        const DocumentLoad load = loadDocument(content, QStringLiteral("bad.json"),
                                               document_->catalog(), document_->defaultState());
        QVERIFY(!load.state);
        QVERIFY2(load.error.contains(mention) && load.error.startsWith(QLatin1String("bad.json")),
                 qPrintable(load.error));
    }

    // A restart brings back every part: pins, planner, growth, story.
    void restartRestoresEveryPiece()
    {
        const DocumentState changed = everyPartChanged(*document_);
        {
            MainWindow window(document_.get(), preferences_.get());
            document_->reset(changed, true);
            QVERIFY(window.files()->storeSession().isEmpty());
        }
        Document next(builtInHardwareCatalog());
        MainWindow window(&next, preferences_.get());
        QVERIFY(window.files()->restoreSession().isEmpty());
        QVERIFY(changesBetween(next.state(), changed).isEmpty());
        QVERIFY(!next.undoStack()->isClean());
        QCOMPARE(int(next.state().pinned.size()), 2);
    }

    // Quit → Discard: what was discarded does not come back.
    void discardDiscards()
    {
        const QString path = folder_.filePath(QStringLiteral("saved.json"));
        DocumentState discardedState;
        {
            MainWindow window(document_.get(), preferences_.get());
            QString error;
            QVERIFY(window.files()->saveFile(path, &error));
            const DocumentState saved = document_->state();
            document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 4321; });
            document_->edit(QStringLiteral("pins"), [](DocumentState& s) { s.pinned.push_back(s.scenario); });
            QTimer::singleShot(0, this, [] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                    box->button(QMessageBox::Discard)->click();
            });
            QVERIFY(window.files()->maybeSave());
            QVERIFY(window.files()->storeSessionBeforeQuit());
            discardedState = saved;
        }
        Document next(builtInHardwareCatalog());
        MainWindow window(&next, preferences_.get());
        QVERIFY(window.files()->restoreSession().isEmpty());
        QCOMPARE(next.scenario().nodes, discardedState.scenario.nodes);
        QVERIFY(next.state().pinned.empty());
        QVERIFY(next.undoStack()->isClean());
        QCOMPARE(next.filePath(), path);
    }

    // A language switch rebuilds the window around the same document: the
    // planner, growth rates, pins, story and history all carry over, and
    // the new window shows them.
    void languageSwitchKeepsEveryPiece()
    {
        UiLanguage language;
        Appearance appearance;
        QString error;
        QVERIFY(language.install(QStringLiteral("en"), &error));
        ExplorerSession session(document_.get(), preferences_.get(), &language, &appearance);
        QPointer<MainWindow> old = session.window();
        old->show();
        for (const Edit& edit : {Edit([](DocumentState& s) { s.planner.ownCluster = true; }),
                                 Edit([](DocumentState& s) { s.planner.inputs.model.paramsB = 300; }),
                                 Edit([](DocumentState& s) { s.growth.hardwareGrowthOom = 0.2; }),
                                 Edit([](DocumentState& s) { s.pinned.push_back(s.scenario); })})
            document_->edit(QStringLiteral("test"), edit);
        old->presentation()->addStep(QStringLiteral("Mine"), QStringLiteral("Mine too"),
                                     QStringLiteral("scale"));
        document_->evaluateNow();
        const DocumentState before = document_->state();
        const int steps = document_->undoStack()->count();
        session.switchLanguage(QStringLiteral("de"));
        QTRY_VERIFY(old.isNull());
        MainWindow* window = session.window();
        document_->evaluateNow();
        QVERIFY(changesBetween(document_->state(), before).isEmpty());
        QCOMPARE(document_->undoStack()->count(), steps);
        QCOMPARE(window->findChild<TimeTab*>()->growthRates().hardwareGrowthOom, 0.2);
        QVERIFY(window->findChild<PlannerInputsPanel*>()->ownClusterSwitch()->isChecked());
        QCOMPARE(window->findChild<PlannerInputsPanel*>()->inputs().model.paramsB, 300.0);
        QCOMPARE(window->findChild<CompareTab*>()->pinnedCount(), 1);
        QCOMPARE(int(window->presentation()->story().steps.size()), 6);
        QVERIFY(language.install(QStringLiteral("en"), &error));
    }
};

QTEST_MAIN(TestDocument)
#include "test_document.moc"
