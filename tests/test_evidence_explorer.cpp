// The Evidence, Detection and Memory rule tabs (issue 15): what they show
// equals the core's calibration, traffic fingerprint and memory rule under
// both revisions; their controls change the analysis settings without an
// undo step; the brief's Evidence page; presentations and --grab; a bad
// runs or catalog file leaves the window opening on the built-in data.
#include "CalibrationFile.hpp"
#include "DetectionTab.hpp"
#include "Document.hpp"
#include "EvidenceTab.hpp"
#include "EvidenceText.hpp"
#include "HardwareCatalogFile.hpp"
#include "MainWindow.hpp"
#include "MemoryRuleTab.hpp"
#include "PlotView.hpp"
#include "PolicyBrief.hpp"
#include "PresentationMode.hpp"
#include "Preferences.hpp"
#include "RevisionSwitch.hpp"
#include "SliderField.hpp"
#include "ExplorerWindow.hpp"
#include "TestSupport.hpp"

#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

QByteArray builtInRuns()
{
    QFile file(QStringLiteral(":/dtx/calibration.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEvidenceExplorer : public QObject {
    Q_OBJECT

private:
    dtx::test::ExplorerWindow explorer_;
    std::unique_ptr<Document>& document_ = explorer_.document;
    std::unique_ptr<MainWindow>& window_ = explorer_.window;

    EvidenceTab* evidence() const { return window_->findChild<EvidenceTab*>(); }
    DetectionTab* detection() const { return window_->findChild<DetectionTab*>(); }
    MemoryRuleTab* memoryRule() const { return window_->findChild<MemoryRuleTab*>(); }

    void open(CalibrationData runs = builtInCalibrationData()) { QVERIFY(explorer_.open(std::move(runs))); }

    void show(PlotTab* tab)
    {
        window_->tabWidget()->setCurrentWidget(tab);
        tab->refreshNow();
    }

    void moveTo(Revision revision)
    {
        document_->setScenario(switchRevision(document_->scenario(), revision, document_->catalog()).scenario);
        document_->evaluateNow();
    }

private slots:
    void init() { open(); }

    void tabsAreNamed()
    {
        for (const char* name : {"evidence", "detection", "memory-rule"}) {
            QVERIFY(window_->tabNames().contains(QString::fromLatin1(name)));
            QVERIFY(window_->showTab(QString::fromLatin1(name)));
        }
    }

    // The table and findings are the core's, and move with the revision.
    void evidenceEqualsCore()
    {
        show(evidence());
        for (const Revision revision : kAllRevisions) {
            moveTo(revision);
            evidence()->refreshNow();
            const auto core = calibrate(document_->calibrationRuns(), calibrationModel(document_->scenario()));
            QCOMPARE(evidence()->rows().size(), core.size());
            for (std::size_t i = 0; i < core.size(); ++i) {
                QCOMPARE(evidence()->rows()[i].predicted, core[i].predicted);
                const QString shown = evidence()->table()->item(int(i), 3)->text();
                QCOMPARE(shown, core[i].predicted
                                    ? EvidenceText::metricValue(core[i].record->metric, *core[i].predicted)
                                    : EvidenceTab::tr("not computable"));
            }
            QCOMPARE(evidence()->findings(),
                     EvidenceText::findings(calibrationFindings(core, document_->scenario())));
        }
        // Seed: the replica penalty is 19–26× weaker than Charles et al.;
        // the revision's beta0 fits their 1.45 %.
        moveTo(Revision::Feb2026);
        evidence()->refreshNow();
        QVERIFY(evidence()->findings().join(QLatin1Char(' ')).contains(QStringLiteral("19–26× weaker")));
        moveTo(Revision::Apr2026);
        evidence()->refreshNow();
        QVERIFY(evidence()->findings().join(QLatin1Char(' ')).contains(QStringLiteral("lies within what Charles")));
        QVERIFY(evidence()->findings().join(QLatin1Char(' ')).contains(QStringLiteral("overlaps the band")));
        QVERIFY(evidence()->parityPlot()->hasData());
        QVERIFY(evidence()->lossGapPlot()->hasData());
    }

    // A modified runs file: the findings follow the data.
    void findingsFollowTheRunsFile()
    {
        QByteArray json = builtInRuns();
        json.replace("\"reported_low\": 70, \"reported_high\": 70", "\"reported_low\": 35, \"reported_high\": 35");
        QString error;
        std::optional<CalibrationData> runs = parseCalibrationData(json, &error);
        QVERIFY2(runs, qPrintable(error));
        open(std::move(*runs));
        show(evidence());
        QVERIFY2(evidence()->findings().front().contains(QStringLiteral("over-predicted 5×")),
                 qPrintable(evidence()->findings().front()));
    }

    // The fingerprint is the evaluation's; streaming carries the payload
    // over the period; one node has none.
    void detectionShowsTheFingerprint()
    {
        show(detection());
        const std::optional<Evaluation>& e = document_->outcome().evaluation;
        QVERIFY(e && e->traffic && detection()->fingerprint());
        const TrafficFingerprint& t = *detection()->fingerprint();
        QCOMPARE(t.payloadBytes, e->traffic->payloadBytes);
        // B's table, 72 × 48 A100: 30.000 GB, 105.0 min, 38.086 Mbps.
        QVERIFY(std::abs(t.payloadBytes / 1e9 - 30.0) < 5e-4);
        QVERIFY(std::abs(t.syncPeriodSeconds / 60 - 105.0) < 0.05);
        const PlotData& data = detection()->timeline()->data();
        QCOMPARE(int(data.series.size()), 3);
        const PlotSeries& stream = data.series[2];
        const double megabits = stream.y[0] * (stream.x[1] - stream.x[0]) * 60;
        QVERIFY(std::abs(megabits * 1e6 / 8 - t.payloadBytes) < 1e-6 * t.payloadBytes);
        QVERIFY(detection()->figuresText().contains(QStringLiteral("38.1 Mbps")));
        QVERIFY(detection()->briefText().contains(QStringLiteral("72 correlated endpoints")));
        document_->edit(QStringLiteral("scenario.nodes"), [](DocumentState& s) { s.scenario.nodes = 1; });
        document_->evaluateNow();
        detection()->refreshNow();
        QVERIFY(!detection()->fingerprint());
        QVERIFY(detection()->briefText().contains(QStringLiteral("one replica")));
        QVERIFY(!detection()->timeline()->hasData());
    }

    // The chip table is the core's; the limit and the switch are settings,
    // no undo step; the cheapest configurations arrive with the refinement.
    void memoryRuleFollowsItsControls()
    {
        show(memoryRule());
        QCOMPARE(memoryRule()->chipTable()->rowCount(), 26);
        QCOMPARE(memoryRule()->view()->rows[0].nMax, 16);
        memoryRule()->limitField()->editValue(640);
        QCOMPARE(document_->analysisSettings().memoryRule.limitGb, 640.0);
        memoryRule()->refreshNow();
        QCOMPARE(memoryRule()->view()->rows[0].nMax, 8);
        memoryRule()->hbmOnlySwitch()->click();
        QVERIFY(document_->analysisSettings().memoryRule.hbmOnly);
        memoryRule()->refreshNow();
        const MemoryRuleRow& l40s = memoryRule()->view()->rows[22];
        QCOMPARE(QString::fromStdString(l40s.gpu->name), QStringLiteral("L40S"));
        QVERIFY(!l40s.memoryCounts && !l40s.firstOver);
        QCOMPARE(document_->undoStack()->count(), 0);
        QVERIFY(memoryRule()->cheapest());
        QCOMPARE(memoryRule()->cheapest()->size(), std::size_t(3));
        QVERIFY(!memoryRule()->briefText().isEmpty());
        QVERIFY(memoryRule()->plots().front()->hasData());
    }

    // The brief has its Evidence page: the findings and the memory rule's
    // row for the scenario's chip.
    void briefHasTheEvidence()
    {
        for (PlotTab* tab : window_->plotTabs())
            tab->refreshNow();
        const PolicyBrief brief(window_.get());
        const QString text = brief.text();
        QVERIFY(text.contains(QStringLiteral("Evidence")));
        QVERIFY(text.contains(evidence()->findings().front()));
        QVERIFY(text.contains(QStringLiteral("The memory rule for this scenario's chip")));
        // D's A100 80GB row: 50 → 16 GPUs, 250 B → 80 B.
        QVERIFY2(text.contains(QStringLiteral("50 → 16 GPUs")) && text.contains(QStringLiteral("250 B → 80 B")),
                 qPrintable(text.mid(text.indexOf(QStringLiteral("The memory rule")), 600)));
        QVERIFY(text.contains(QStringLiteral("GPipe against zero-bubble pipeline schedules")));
        QVERIFY(text.contains(detection()->briefText()));
    }

    void presentationStepsToTheTabs()
    {
        PresentationMode* presentation = window_->presentation();
        presentation->setStory({});
        for (const char* tab : {"evidence", "detection", "memory-rule"})
            presentation->addStep(QString::fromLatin1(tab), QStringLiteral("—"), QString::fromLatin1(tab));
        presentation->enter();
        presentation->showStep(0);
        QCOMPARE(window_->currentPlotTab()->tabName(), QStringLiteral("evidence"));
        presentation->next();
        QCOMPARE(window_->currentPlotTab()->tabName(), QStringLiteral("detection"));
        presentation->next();
        QCOMPARE(window_->currentPlotTab()->tabName(), QStringLiteral("memory-rule"));
        presentation->leave();
    }

    // The tokens' tooltip places the overtraining ratio on the literature's scale (E1).
    void overtrainingInContext()
    {
        const std::optional<Evaluation>& e = document_->outcome().evaluation;
        QVERIFY(e);
        const QString sentence = EvidenceText::overtrainingSentence(e->overtrainingRatio, e->paramsB, false);
        QVERIFY(sentence.contains(QStringLiteral("within the 2–10× production norm")));
        QVERIFY(sentence.contains(QStringLiteral("Qwen 2.5 72 B")));
        QVERIFY(EvidenceText::overtrainingSentence(2000, 0.5, false).contains(QStringLiteral("fine-tuning degrades")));
    }

    // --grab of each tab; a bad runs or catalog file fails a grab with its
    // name, and the window opens anyway on the built-in data.
    void commandLine()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        const auto run = [&](const QStringList& arguments, QString* errors) {
            QProcess explorer;
            explorer.setProcessEnvironment(environment);
            explorer.start(QStringLiteral(DTX_EXPLORER_PATH), arguments);
            if (!explorer.waitForFinished(120000))
                return -1;
            *errors = QString::fromUtf8(explorer.readAllStandardError());
            return explorer.exitCode();
        };
        QString errors;
        for (const char* tab : {"evidence", "detection", "memory-rule"}) {
            const QString grab = dir.filePath(QString::fromLatin1(tab) + QStringLiteral(".png"));
            QCOMPARE(run({QStringLiteral("--grab"), grab, QStringLiteral("--tab"), QString::fromLatin1(tab),
                          QStringLiteral("--size"), QStringLiteral("1280x800")},
                         &errors),
                     0);
            QCOMPARE(QImage(grab).size(), QSize(1280, 800));
        }
        const QString badRuns = dir.filePath(QStringLiteral("runs.json"));
        {
            QFile file(badRuns);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"dtx_calibration": 1, "runs": [], "records": [{"run": "x", "metric": "eta"}]})");
        }
        const QString grab = dir.filePath(QStringLiteral("bad.png"));
        QCOMPARE(run({QStringLiteral("--grab"), grab, QStringLiteral("--runs"), badRuns}, &errors), 2);
        QVERIFY2(errors.contains(QStringLiteral("--runs ") + badRuns + QStringLiteral(": records[0].run")),
                 qPrintable(errors));
        QVERIFY(!QFile::exists(grab));
        QCOMPARE(run({QStringLiteral("--grab"), grab, QStringLiteral("--catalog"), QStringLiteral("/nonexistent.json")},
                     &errors),
                 2);
        QVERIFY2(errors.contains(QStringLiteral("--catalog /nonexistent.json")), qPrintable(errors));

        // Interactive: the window opens on the built-in runs and says why.
        QProcess window;
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(DTX_EXPLORER_PATH), {QStringLiteral("--runs"), badRuns});
        QVERIFY(window.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += window.readAllStandardError()).contains("built-in ones are used"), 60000);
        QTest::qWait(500);
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate();
        QVERIFY(window.waitForFinished(60000));
        QCOMPARE(window.exitCode(), 0);
    }
};

QTEST_MAIN(TestEvidenceExplorer)
#include "test_evidence_explorer.moc"
