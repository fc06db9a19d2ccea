// The explorer under two model revisions: the selector, the revised inputs,
// "show the other revision" on every plot and in the headline, pins, files
// and sessions carrying the revision.
#include "CompareTab.hpp"
#include "ControlPanel.hpp"
#include "DilocoModes.hpp"
#include "Document.hpp"
#include "Format.hpp"
#include "HardwareCatalogFile.hpp"
#include "HeadlinePanel.hpp"
#include "MainWindow.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "PolicyBrief.hpp"
#include "Preferences.hpp"
#include "RevisionComparison.hpp"
#include "RevisionSelector.hpp"
#include "RevisionSwitch.hpp"
#include "ScenarioFile.hpp"
#include "ScenarioFiles.hpp"
#include "SliderField.hpp"
#include "TestSupport.hpp"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

QString revisionText(Revision revision)
{
    return QString::fromLatin1(revisionName(revision));
}

} // namespace

class TestRevisionsExplorer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir settingsFolder_;
    Preferences preferences_{settingsFolder_.filePath(QStringLiteral("settings.json")),
                             settingsFolder_.filePath(QStringLiteral("session.json"))};
    std::unique_ptr<Document> document_;
    std::unique_ptr<MainWindow> window_;

    void openWindow()
    {
        window_.reset();
        document_ = std::make_unique<Document>(builtInHardwareCatalog());
        window_ = std::make_unique<MainWindow>(document_.get(), &preferences_);
        window_->resize(1440, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    RevisionSelector* selector() const { return window_->controlPanel()->revisionSelector(); }

    void chooseRevision(Revision revision)
    {
        QComboBox* box = selector()->revisionBox();
        box->setCurrentIndex(box->findData(int(revision)));
        document_->evaluateNow();
    }

    void setField(const QString& key, double value)
    {
        SliderField* field = window_->controlPanel()->field(key);
        QVERIFY2(field, qPrintable(key));
        field->editValue(value);
        document_->evaluateNow();
    }

    PlotTab* showTab(const QString& name)
    {
        if (!window_->showTab(name))
            return nullptr;
        auto* tab = qobject_cast<PlotTab*>(window_->tabWidget()->currentWidget());
        if (tab)
            tab->refreshNow();
        return tab;
    }

private slots:
    void init() { openWindow(); }
    void cleanup()
    {
        window_.reset();
        document_.reset();
    }

    // Switching keeps every lever moved that both revisions have, takes
    // the new defaults for the rest, says which, and is one undo step.
    void switchingKeepsLeversInOneUndoStep_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("expectedPreset");
        QTest::addColumn<double>("expectedCompression");
        QTest::newRow("2026-02 → 2026-04") << int(Revision::Feb2026) << int(Revision::Apr2026)
                                           << QStringLiteral("50x A100 80GB") << 150.0;
        QTest::newRow("2026-04 → 2026-02") << int(Revision::Apr2026) << int(Revision::Feb2026)
                                           << QStringLiteral("48x A100 80GB") << 16.0;
    }

    void switchingKeepsLeversInOneUndoStep()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, expectedPreset);
        QFETCH(double, expectedCompression);
        if (Revision(from) != document_->scenario().revision)
            chooseRevision(Revision(from));
        setField(QStringLiteral("nodes"), 144);
        setField(QStringLiteral("network.bandwidth_mbps"), 25);
        setField(QStringLiteral("training.years"), 12); // months
        const Scenario before = document_->scenario();
        const int steps = document_->undoStack()->count();

        chooseRevision(Revision(to));
        const Scenario& after = document_->scenario();
        QCOMPARE(after.revision, Revision(to));
        QCOMPARE(after.nodes, std::int64_t(144));
        QCOMPARE(after.wan.uploadMbps, 25.0);
        QCOMPARE(after.wan.downloadMbps, 25.0);
        QCOMPARE(after.training.years, 1.0);
        QCOMPARE(QString::fromStdString(after.node.name), expectedPreset);
        QCOMPARE(after.training.compression, expectedCompression);
        QCOMPARE(document_->undoStack()->count(), steps + 1);
        QVERIFY(selector()->switchNote()->isVisible());
        QVERIFY2(selector()->switchNote()->text().contains(expectedPreset),
                 qPrintable(selector()->switchNote()->text()));
        QVERIFY(window_->windowTitle().contains(revisionText(Revision(to))));
        QVERIFY(window_->headline()->sentence().contains(revisionText(Revision(to))));
        // The figures are the evaluation of that scenario, nothing else.
        QCOMPARE(window_->headline()->figureText(QStringLiteral("c_local")),
                 formatFlop(evaluate(after).evaluation->computeLocal));

        document_->undoStack()->undo();
        document_->evaluateNow();
        QVERIFY(sameScenario(document_->scenario(), before));
        QCOMPARE(selector()->revisionBox()->currentData().toInt(), from);
        QVERIFY(!selector()->switchNote()->isVisible()); // it described the undone switch
    }

    // The inputs 2026-04 adds are there and live under 2026-04, locked at
    // the seed's equivalents under 2026-02.
    void revisedInputsFollowTheRevision()
    {
        ControlPanel* panel = window_->controlPanel();
        QVERIFY(!panel->errorFeedbackBox()->isEnabled());
        QVERIFY(!panel->errorFeedbackBox()->toolTip().isEmpty());
        QVERIFY(!panel->sameBothWaysBox()->isEnabled());
        QVERIFY(!panel->fixedInnerStepsBox()->isEnabled());

        chooseRevision(Revision::Apr2026);
        // "Back to the default" is the revision's default.
        SliderField* compression = panel->field(QStringLiteral("training.compression"));
        compression->editValue(50);
        compression->resetToDefault();
        document_->evaluateNow();
        QCOMPARE(document_->scenario().training.compression, 150.0);
        QVERIFY(panel->errorFeedbackBox()->isEnabled());
        QVERIFY(panel->errorFeedbackBox()->isChecked());
        QCOMPARE(panel->stragglerModeBox()->currentData().toInt(), int(StragglerMode::Relay));
        panel->sameBothWaysBox()->setChecked(false);
        SliderField* upload = panel->field(QStringLiteral("network.upload_mbps"));
        QVERIFY(upload && upload->isVisibleTo(window_.get()));
        upload->editValue(20);
        document_->evaluateNow();
        QCOMPARE(document_->scenario().wan.uploadMbps, 20.0);
        QCOMPARE(document_->scenario().wan.downloadMbps, 100.0);

        panel->fixedInnerStepsBox()->setChecked(true);
        document_->evaluateNow();
        QVERIFY(document_->scenario().training.innerSteps.has_value());
        QVERIFY(document_->outcome().ok());

        // Back to 2026-02: the seed's equivalents, each said in the note.
        chooseRevision(Revision::Feb2026);
        const Scenario& seed = document_->scenario();
        QVERIFY(seed.wan.symmetric());
        QVERIFY(!seed.training.innerSteps);
        QVERIFY(!seed.training.errorFeedback);
        QCOMPARE(seed.assumptions.stragglerMode, StragglerMode::Synchronous);
        QVERIFY(document_->outcome().ok());
        QVERIFY(!panel->errorFeedbackBox()->isEnabled());
    }

    // "Show the other revision": on every tab with plots, each plot that
    // has them carries the other revision's curves dashed, with the values
    // of that revision's own computation; the headline gives both figures.
    void otherRevisionIsDrawnDashedEverywhere_data()
    {
        QTest::addColumn<QString>("tab");
        for (const char* tab : {"scale", "network", "countermeasures", "model-size", "training-run",
                                "time", "compare"})
            QTest::newRow(tab) << QString::fromLatin1(tab);
    }

    void otherRevisionIsDrawnDashedEverywhere()
    {
        QFETCH(QString, tab);
        chooseRevision(Revision::Apr2026);
        selector()->otherRevisionBox()->setChecked(true);
        document_->evaluateNow();
        QVERIFY(document_->showsOtherRevision());
        PlotTab* plotTab = showTab(tab);
        QVERIFY(plotTab);
        int dashedPlots = 0;
        for (PlotView* plot : plotTab->plots()) {
            const QList<QCPGraph*> curves = plot->otherRevisionCurves();
            if (curves.isEmpty())
                continue;
            ++dashedPlots;
            for (QCPGraph* curve : curves) {
                QCOMPARE(curve->pen().style(), Qt::DashLine);
                QVERIFY2(curve->name().contains(QStringLiteral("2026-02")), qPrintable(curve->name()));
            }
            // The solid curve of the same name is there too, in the same colour.
            QCPGraph* dashed = curves.front();
            const QString solidName = dashed->name().section(QStringLiteral(" (2026-02)"), 0, 0);
            bool paired = false;
            for (int i = 0; i < plot->graphCount(); ++i)
                if (plot->graph(i)->name() == solidName) {
                    paired = true;
                    QCOMPARE(plot->graph(i)->pen().color().rgb(), dashed->pen().color().rgb());
                }
            QVERIFY2(paired, qPrintable(solidName));
        }
        QVERIFY2(dashedPlots > 0, qPrintable(tab));

        selector()->otherRevisionBox()->setChecked(false);
        document_->evaluateNow();
        plotTab->refreshNow();
        for (PlotView* plot : plotTab->plots())
            QVERIFY(plot->otherRevisionCurves().isEmpty());
    }

    void otherRevisionValuesAreThatRevisions()
    {
        chooseRevision(Revision::Apr2026);
        selector()->otherRevisionBox()->setChecked(true);
        document_->evaluateNow();
        PlotTab* scale = showTab(QStringLiteral("scale"));
        QVERIFY(scale);
        const Scenario seed =
            switchRevision(document_->scenario(), Revision::Feb2026, document_->catalog()).scenario;
        // The seed model's C_local dashed, checked point by point against
        // the seed model's own evaluation at those node counts.
        QCPGraph* dashed = nullptr;
        for (QCPGraph* curve : scale->plots().front()->otherRevisionCurves())
            if (curve->name().startsWith(QStringLiteral("C_local")))
                dashed = curve;
        if (!dashed)
            for (PlotView* plot : scale->plots())
                for (QCPGraph* curve : plot->otherRevisionCurves())
                    if (curve->name().startsWith(QStringLiteral("C_local")))
                        dashed = curve;
        QVERIFY(dashed);
        int checked = 0;
        for (auto it = dashed->data()->constBegin(); it != dashed->data()->constEnd(); ++it) {
            Scenario at = seed;
            at.nodes = std::int64_t(it->key);
            const EvaluationOutcome outcome = evaluate(at);
            QVERIFY(outcome.ok());
            DTX_COMPARE_REL(it->value, outcome.evaluation->computeLocal, 1e-12);
            ++checked;
        }
        QVERIFY(checked > 10);

        // The headline: both multiples and their ratio, both fleet sizes.
        const Evaluation revised = *evaluate(document_->scenario()).evaluation;
        const Evaluation original = *evaluate(seed).evaluation;
        const QString sentence = window_->headline()->sentence();
        QVERIFY2(sentence.contains(formatMultiple(revised.thresholdMultiple))
                     && sentence.contains(formatMultiple(original.thresholdMultiple))
                     && sentence.contains(formatMultiple(original.computeLocal / revised.computeLocal)),
                 qPrintable(sentence));
        const QString targets = window_->headline()->targetsText();
        QVERIFY2(targets.contains(QStringLiteral("under 2026-04"))
                     && targets.contains(QStringLiteral("under 2026-02")),
                 qPrintable(targets));
    }

    // The View menu's action and the checkbox are one switch; the planner
    // shows R-planner's quality only under 2026-04.
    void viewActionAndPlannerFollowTheRevision()
    {
        QAction* action = nullptr;
        for (QAction* candidate : window_->shortcutActions())
            if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))
                action = candidate;
        QVERIFY(action && action->isCheckable());
        action->trigger();
        document_->evaluateNow();
        QVERIFY(document_->showsOtherRevision());
        QVERIFY(selector()->otherRevisionBox()->isChecked());
        selector()->otherRevisionBox()->setChecked(false);
        QVERIFY(!action->isChecked());

        QVERIFY(window_->showTab(QStringLiteral("training-run")));
        auto* quality = window_->findChild<QLabel*>(QStringLiteral("quality"));
        QVERIFY(quality);
        QVERIFY(!quality->isVisibleTo(window_.get()));
        chooseRevision(Revision::Apr2026);
        qobject_cast<PlotTab*>(window_->tabWidget()->currentWidget())->refreshNow();
        QVERIFY(quality->isVisibleTo(window_.get()));
        QVERIFY2(quality->text().contains(QStringLiteral("chi")), qPrintable(quality->text()));
    }

    // The brief names its revision, and with the toggle on gives both.
    void briefShowsBothRevisionsWhenAsked()
    {
        chooseRevision(Revision::Apr2026);
        const PolicyBrief alone(window_.get());
        QVERIFY(alone.text().contains(QStringLiteral("Model revision 2026-04")));
        QVERIFY(!alone.text().contains(QStringLiteral("Under each model revision")));

        selector()->otherRevisionBox()->setChecked(true);
        document_->evaluateNow();
        const PolicyBrief both(window_.get());
        const QString text = both.text();
        QVERIFY(text.contains(QStringLiteral("Under each model revision")));
        for (const RevisionComparison& column : compareRevisions(document_->scenario(), document_->catalog()))
            QVERIFY2(text.contains(formatFlop(column.outcome.evaluation->computeLocal)),
                     qPrintable(formatFlop(column.outcome.evaluation->computeLocal)));
    }

    // Compare pins the same inputs under either revision.
    void comparePinsUnderEitherRevision()
    {
        QVERIFY(window_->showTab(QStringLiteral("compare")));
        auto* compare = window_->findChild<CompareTab*>();
        QVERIFY(compare);
        auto* pinOther = compare->findChild<QPushButton*>(QStringLiteral("pinOtherRevision"));
        QVERIFY(pinOther);
        QVERIFY(compare->pinCurrent());
        pinOther->click();
        document_->evaluateNow();
        QCOMPARE(int(compare->pinned().size()), 2);
        QCOMPARE(compare->pinned()[0].revision, Revision::Feb2026);
        QCOMPARE(compare->pinned()[1].revision, Revision::Apr2026);
    }

    // A file and a session keep the revision and its inputs.
    void filesAndSessionsCarryTheRevision()
    {
        chooseRevision(Revision::Apr2026);
        ControlPanel* panel = window_->controlPanel();
        panel->sameBothWaysBox()->setChecked(false);
        panel->field(QStringLiteral("network.download_mbps"))->editValue(400);
        panel->errorFeedbackBox()->setChecked(false);
        document_->evaluateNow();
        const Scenario saved = document_->scenario();
        QCOMPARE(saved.wan.downloadMbps, 400.0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("revised.json"));
        QString error;
        QVERIFY2(window_->files()->saveFile(path, &error), qPrintable(error));
        window_->files()->newScenario();
        QCOMPARE(document_->scenario().revision, Revision::Feb2026);
        QVERIFY2(window_->files()->openFile(path, &error), qPrintable(error));
        QVERIFY(sameScenario(document_->scenario(), saved));

        window_->files()->storeSession();
        openWindow();
        QCOMPARE(document_->scenario().revision, Revision::Feb2026);
        const QString notice = window_->files()->restoreSession();
        QVERIFY2(sameScenario(document_->scenario(), saved), qPrintable(notice));
        QCOMPARE(selector()->revisionBox()->currentData().toInt(), int(Revision::Apr2026));
    }
};

QTEST_MAIN(TestRevisionsExplorer)
#include "test_revisions_explorer.moc"
