// The explorer window driven through its real widgets (issue 3): sliders
// move the headline figures to exactly what the core computes, every tab
// draws, the collateral table follows the thresholds, and no input at either
// end of its range puts NaN, inf or an empty figure on screen.
#include "CompareTab.hpp"
#include "ControlPanel.hpp"
#include "DilocoModes.hpp"
#include "Format.hpp"
#include "HardwareCatalogFile.hpp"
#include "HeadlinePanel.hpp"
#include "InputLimits.hpp"
#include "JsonWriter.hpp"
#include "PlanFile.hpp"
#include "MainWindow.hpp"
#include "Preferences.hpp"
#include "NodesForTarget.hpp"
#include "NodeSelector.hpp"
#include "PlotExport.hpp"
#include "PlotTab.hpp"
#include "PlannerInputsPanel.hpp"
#include "PlannerSummary.hpp"
#include "PlotView.hpp"
#include "PolicyBrief.hpp"
#include "PresentationMode.hpp"
#include "BuiltInStory.hpp"
#include "Document.hpp"
#include "ScenarioFile.hpp"
#include "ScenarioFiles.hpp"
#include "SliderField.hpp"
#include "TestSupport.hpp"
#include "TrainingPlanner.hpp"
#include "TrainingRunTab.hpp"
#include "UiLanguage.hpp"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QMessageBox>
#include <QPushButton>
#include <QDockWidget>
#include <QSlider>
#include <QTableView>
#include <QTableWidget>
#include <QStandardItemModel>
#include <QFileInfo>
#include <QSvgRenderer>
#include <QTimer>
#include <QStandardPaths>
#include <QUndoStack>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

// How a slider's own unit maps onto the scenario-file key it edits.
enum class SliderUnit { Same, Months, PowerOfTen };

double toScenarioValue(double sliderValue, SliderUnit unit)
{
    switch (unit) {
    case SliderUnit::Same:
        return sliderValue;
    case SliderUnit::Months:
        return sliderValue / 12;
    case SliderUnit::PowerOfTen:
        return std::pow(10.0, sliderValue);
    }
    return sliderValue;
}

const QRegularExpression& nonFiniteText()
{
    static const QRegularExpression pattern(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Every text a user can read in the window: labels, spin boxes, combo
// boxes, item views, plot axes and annotations.
QStringList visibleTexts(const QWidget* window)
{
    QStringList texts;
    for (const QLabel* label : window->findChildren<QLabel*>())
        texts << label->text();
    for (const QAbstractSpinBox* spin : window->findChildren<QAbstractSpinBox*>())
        texts << spin->text();
    for (const QComboBox* box : window->findChildren<QComboBox*>())
        texts << box->currentText();
    for (const QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->data(model->index(row, column)).toString();
    }
    for (const PlotView* plot : window->findChildren<PlotView*>()) {
        for (int i = 0; i < plot->itemCount(); ++i)
            if (const auto* text = qobject_cast<const QCPItemText*>(plot->item(i)))
                texts << text->text();
        for (int i = 0; i < plot->graphCount(); ++i)
            texts << plot->graph(i)->name();
    }
    return texts;
}

bool allPlotPointsFinite(const QWidget* window)
{
    for (const PlotView* plot : window->findChildren<PlotView*>())
        for (int i = 0; i < plot->graphCount(); ++i)
            for (const QCPGraphData& point : *plot->graph(i)->data())
                if (!std::isfinite(point.key) || !std::isfinite(point.value))
                    return false;
    return true;
}

} // namespace

class TestExplorer : public QObject {
    Q_OBJECT

private:
    // Settings and the session go to a folder of the test's own.
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

    void selectMode(Mode mode)
    {
        QComboBox* box = window_->controlPanel()->modeBox();
        box->setCurrentIndex(box->findData(int(mode)));
        document_->evaluateNow();
        QCOMPARE(document_->scenario().mode, mode);
    }

    // The figures of the headline for an evaluation computed independently.
    void compareHeadline(const Evaluation& expected)
    {
        const HeadlinePanel* headline = window_->headline();
        QCOMPARE(headline->figureText(QStringLiteral("c_local")), formatFlop(expected.computeLocal));
        QCOMPARE(headline->figureText(QStringLiteral("c_quality")),
                 formatFlop(expected.computeQuality));
        QCOMPARE(headline->figureText(QStringLiteral("eta")), formatPercent(expected.eta));
        QCOMPARE(headline->figureText(QStringLiteral("cost")), formatUsd(expected.costUsd));
        QCOMPARE(headline->figureText(QStringLiteral("tokens")), formatTokens(expected.tokens));
        QCOMPARE(headline->figureText(QStringLiteral("h")), formatCount(expected.innerSteps));
        QVERIFY(headline->detailText(QStringLiteral("c_local"))
                    .startsWith(formatMultiple(expected.thresholdMultiple)));
    }

    UiLanguage language_;

private slots:
    // Recent files and the session go to a throw-away settings location.
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(language_.install(QStringLiteral("en"), &error), qPrintable(error)); // as the explorer starts
    }
    void init() { openWindow(); }
    void cleanup()
    {
        window_.reset();
        document_.reset();
    }

    void opensOnTheReferenceScenario()
    {
        const EvaluationOutcome expected = evaluate(document_->defaultScenario());
        QVERIFY(expected.ok());
        QVERIFY(document_->outcome().ok());
        compareHeadline(*expected.evaluation);
        // 72 nodes of 48x A100 at 100 Mbps: 1.75e25 FLOP, $51.8M (MODEL.md §2, the golden report).
        QCOMPARE(window_->headline()->figureText(QStringLiteral("c_local")),
                 QStringLiteral("1.75 × 10²⁵ FLOP"));
        QCOMPARE(window_->headline()->figureText(QStringLiteral("cost")), QStringLiteral("$51.8M"));
        QVERIFY(window_->headline()->sentence().contains(QStringLiteral("17.5×")));
    }

    // One table of limits (InputLimits.hpp) holds both the command line and
    // the window: every slider and spin box, at either end, gives a value
    // the scenario or planner file accepts, in every mode.
    void everySliderStaysWithinInputLimits()
    {
        const auto valueAt = [](const std::string& json, const QString& key) {
            QJsonValue value = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
            for (const QString& part : key.split(QLatin1Char('.')))
                value = value.toObject().value(part);
            return value.toDouble(std::nan(""));
        };
        int checked = 0;
        for (const Mode mode : {Mode::Flat, Mode::Hierarchical, Mode::Moe, Mode::PipelineDiloco}) {
            selectMode(mode);
            for (SliderField* field : window_->controlPanel()->fields()) {
                if (!field->isVisibleTo(window_.get()))
                    continue;
                const QString key = field->objectName();
                const InputLimit* limit = scenarioInputLimit(key.toStdString());
                QVERIFY2(limit, qPrintable(key + QStringLiteral(" has no row in the limits table")));
                for (const double end : {field->minimum(), field->maximum()}) {
                    field->editValue(end);
                    const double value = valueAt(scenarioToJson(document_->scenario(), true), key);
                    const auto error = checkLimit(*limit, value);
                    QVERIFY2(!error, qPrintable(key + QStringLiteral(": ")
                                                + QString::fromStdString(error ? error->message : "")));
                    ++checked;
                }
                field->resetToDefault();
            }
        }
        auto* planner = window_->findChild<PlannerInputsPanel*>();
        QVERIFY(planner);
        for (SliderField* field : planner->fields()) {
            const QString key = field->objectName();
            const InputLimit* limit = plannerInputLimit(key.toStdString());
            QVERIFY2(limit, qPrintable(key + QStringLiteral(" has no row in the limits table")));
            for (const double end : {field->minimum(), field->maximum()}) {
                field->editValue(end);
                std::string json;
                JsonWriter writer(&json);
                writePlanJson(planner->inputs(), &writer);
                const double value = valueAt(json, key);
                if (std::isnan(value))
                    continue; // null in the file: the input is switched off
                const auto error = checkLimit(*limit, value);
                QVERIFY2(!error, qPrintable(key + QStringLiteral(": ")
                                            + QString::fromStdString(error ? error->message : "")));
                ++checked;
            }
        }
        QVERIFY(checked > 60);
    }

    void sliderMovesHeadlineToCoreResult_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("unit");
        const auto row = [](const char* key, Mode mode, int position,
                            SliderUnit unit = SliderUnit::Same) {
            QTest::addRow("%s at %d", key, position)
                << QString::fromLatin1(key) << int(mode) << position << int(unit);
        };
        for (const int position : {0, 250, 1000}) {
            row("nodes", Mode::Flat, position);
            row("network.bandwidth_mbps", Mode::Flat, position);
            row("network.latency_ms", Mode::Flat, position);
            row("training.compression", Mode::Flat, position);
            row("training.years", Mode::Flat, position, SliderUnit::Months);
            row("training.mfu", Mode::Flat, position);
            row("training.local_batch_tokens", Mode::Flat, position);
            row("treaty.ccc_threshold_h100e", Mode::Flat, position);
            row("treaty.strict_threshold_flop", Mode::Flat, position, SliderUnit::PowerOfTen);
            row("hierarchy.nodes_per_group", Mode::Hierarchical, position);
            row("hierarchy.bandwidth_mbps", Mode::Hierarchical, position);
            row("hierarchy.latency_ms", Mode::Hierarchical, position);
            row("moe.total_params_b", Mode::Moe, position);
            row("moe.active_params_b", Mode::Moe, position);
            row("moe.layers", Mode::Moe, position);
            row("pipeline.activation_compression", Mode::PipelineDiloco, position);
            row("pipeline.micro_batches", Mode::PipelineDiloco, position);
            row("pipeline.bandwidth_mbps", Mode::PipelineDiloco, position);
            row("pipeline.latency_ms", Mode::PipelineDiloco, position);
        }
        row("model.params_b", Mode::Flat, 300);
        row("model.params_b", Mode::PipelineDiloco, 300);
        row("treaty.memory_threshold_gb", Mode::Flat, 300);
    }

    void sliderMovesHeadlineToCoreResult()
    {
        QFETCH(QString, key);
        QFETCH(int, mode);
        QFETCH(int, position);
        QFETCH(int, unit);
        selectMode(Mode(mode));
        ControlPanel* panel = window_->controlPanel();
        SliderField* field = panel->field(key);
        QVERIFY2(field, qPrintable(key));
        // Inputs with an "off" state are switched on first, as a user must.
        for (QCheckBox* box : panel->findChildren<QCheckBox*>()) {
            const bool modelBox = key == QStringLiteral("model.params_b")
                                  && box->objectName() == QStringLiteral("model.largest");
            const bool memoryBox = key == QStringLiteral("treaty.memory_threshold_gb")
                                   && box->objectName() == QStringLiteral("treaty.memory_rule");
            if (modelBox)
                box->setChecked(false);
            if (memoryBox)
                box->setChecked(true);
        }
        QVERIFY(field->isEnabled());
        QVERIFY(field->isVisibleTo(window_.get()));

        Scenario expected = document_->scenario();
        const double before = field->value();
        field->slider()->setValue(position == field->slider()->value() ? position / 2 : position);
        document_->evaluateNow();
        const double shown = field->value();
        QVERIFY2(shown != before, "the slider did not change the input");

        // The panel keeps active parameters within the total as the total
        // shrinks, where a scenario file would be refused.
        if (key == QStringLiteral("moe.total_params_b"))
            expected.moe.activeParamsB = std::min(expected.moe.activeParamsB, shown);
        const QString error = setScenarioNumber(&expected, key.toStdString(),
                                                toScenarioValue(shown, SliderUnit(unit)),
                                                document_->catalog());
        const EvaluationOutcome outcome = evaluate(expected);
        QVERIFY2(error.isEmpty() || !outcome.ok(), qPrintable(error));
        QCOMPARE(document_->outcome().ok(), outcome.ok());
        if (!outcome.ok()) { // e.g. too few pipeline groups: said, not hidden
            QVERIFY(window_->headline()->sentence().contains(
                QString::fromStdString(outcome.error.key)));
            return;
        }
        const Evaluation& core = *outcome.evaluation;
        const Evaluation& ui = *document_->outcome().evaluation;
        QCOMPARE(ui.computeLocal, core.computeLocal);
        QCOMPARE(ui.computeQuality, core.computeQuality);
        QCOMPARE(ui.eta, core.eta);
        QCOMPARE(ui.costUsd, core.costUsd);
        QCOMPARE(ui.underThreshold, core.underThreshold);
        compareHeadline(core);
    }

    // The done-when question of issue 3: how many nodes cross 10^25 at
    // 25 Mbps, and at what cost? The headline answers it without a search.
    void headlineAnswersNodesForTarget()
    {
        window_->controlPanel()->field(QStringLiteral("network.bandwidth_mbps"))->editValue(25);
        document_->evaluateNow();
        Scenario expected = document_->defaultScenario();
        expected.wan.setBandwidth(25);
        const NodesForTargetResult result = nodesForTarget(expected, 1e25);
        QVERIFY(result.reached);
        const QString text = window_->headline()->targetsText();
        QVERIFY2(text.contains(QStringLiteral("10²⁵ FLOP: <b>%1 nodes</b> (%2)")
                                   .arg(formatCount(double(result.nodes)), formatUsd(result.costUsd))),
                 qPrintable(text));
    }

    void nodeChoiceMatchesCatalogNode()
    {
        NodeSelector* selector = window_->controlPanel()->nodeSelector();
        selector->presetBox()->setCurrentIndex(
            selector->presetBox()->findData(QString::fromUtf8(kPresetH100Fp8)));
        document_->evaluateNow();
        Scenario expected = document_->defaultScenario();
        expected.node = *presetNode(document_->catalog(), kPresetH100Fp8, Revision::Feb2026);
        compareHeadline(*evaluate(expected).evaluation);

        // A custom node of 64 H100s is over the 16 H100-equivalent threshold.
        selector->presetBox()->setCurrentIndex(selector->presetBox()->count() - 1);
        selector->gpuBox()->setCurrentText(QString::fromUtf8(kH100Gpu));
        selector->gpuCountBox()->setValue(64);
        document_->evaluateNow();
        QCOMPARE(document_->scenario().node.gpuCount, 64);
        QVERIFY(!document_->outcome().evaluation->underThreshold);
        QVERIFY(selector->statusBadge()->text().contains(NodeSelector::tr("must register")));
        QCOMPARE(window_->headline()->figureText(QStringLiteral("status")),
                 HeadlinePanel::tr("Must register"));
    }

    void deploymentProfileSetsBandwidthAndLatency()
    {
        QComboBox* profiles = window_->controlPanel()->profileBox();
        profiles->setCurrentIndex(profiles->count() - 1); // Global worst-case: 10 Mbps, 340 ms
        document_->evaluateNow();
        QCOMPARE(document_->scenario().wan.uploadMbps, 10.0);
        QCOMPARE(document_->scenario().wan.latencyMs, 340.0);
        QCOMPARE(window_->controlPanel()->field(QStringLiteral("network.bandwidth_mbps"))->value(),
                 10.0);
    }

    void everyTabDrawsPlots()
    {
        QVERIFY(window_->tabNames().contains(QStringLiteral("scale")));
        for (PlotTab* tab : window_->plotTabs()) {
            window_->tabWidget()->setCurrentWidget(tab);
            tab->refreshNow();
            QVERIFY2(!tab->plots().isEmpty() || !tab->findChildren<QChartView*>().isEmpty(),
                     qPrintable(tab->tabName()));
            for (PlotView* plot : tab->plots()) {
                QVERIFY2(plot->hasData(), qPrintable(tab->tabName()));
                QVERIFY(!plot->xAxis->label().isEmpty());
                QVERIFY(!plot->yAxis->label().isEmpty());
                QVERIFY(plot->legend->visible());
            }
            for (QChartView* view : tab->findChildren<QChartView*>()) {
                QVERIFY(!view->chart()->series().isEmpty());
                for (QAbstractSeries* series : view->chart()->series())
                    if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                        QVERIFY(bars->count() > 0);
                        QVERIFY(bars->barSets().front()->count() > 0);
                    }
            }
        }
    }

    void plotsHaveReadoutAndResetView()
    {
        window_->showTab(QStringLiteral("scale"));
        PlotView* plot = window_->currentPlotTab()->plots().front();
        const QCPGraph* graph = plot->graph(plot->graphCount() - 1); // the scenario's marker
        const QPointF pixel = graph->coordsToPixels(graph->data()->begin()->key,
                                                    graph->data()->begin()->value);
        const QString readout = plot->readoutAt(pixel);
        QVERIFY2(readout.contains(QStringLiteral("72")), qPrintable(readout));
        const QCPRange home = plot->xAxis->range();
        plot->xAxis->scaleRange(0.5);
        QTest::mouseMove(plot, QPoint(200, 100));
        QWheelEvent wheel(QPointF(200, 100), plot->mapToGlobal(QPointF(200, 100)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &wheel);
        QVERIFY(plot->userHasMovedView());
        plot->resetView();
        QVERIFY(!plot->userHasMovedView());
        QCOMPARE(plot->xAxis->range().lower, home.lower);
        QCOMPARE(plot->xAxis->range().upper, home.upper);
    }

    void thresholdSliderChangesCollateralTable()
    {
        QVERIFY(window_->showTab(QStringLiteral("countermeasures")));
        window_->currentPlotTab()->refreshNow();
        const QList<QAbstractItemView*> views =
            window_->currentPlotTab()->findChildren<QAbstractItemView*>();
        QVERIFY(!views.isEmpty());
        const auto tableText = [&] {
            QStringList cells;
            const QAbstractItemModel* model = views.front()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    cells << model->data(model->index(row, column)).toString()
                          << model->data(model->index(row, column), Qt::BackgroundRole).toString();
            return cells;
        };
        QCOMPARE(views.front()->model()->rowCount(), 14);
        const QStringList before = tableText();
        window_->controlPanel()->field(QStringLiteral("treaty.ccc_threshold_h100e"))->slider()->setValue(0);
        document_->evaluateNow();
        QVERIFY(tableText() != before);
    }

    void itemModelsPassTheModelTester()
    {
        for (PlotTab* tab : window_->plotTabs()) {
            window_->tabWidget()->setCurrentWidget(tab);
            for (QAbstractItemView* view : tab->findChildren<QAbstractItemView*>()) {
                QAbstractItemModelTester tester(view->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
                window_->controlPanel()->field(QStringLiteral("treaty.ccc_threshold_h100e"))->slider()->setValue(100);
                window_->controlPanel()->field(QStringLiteral("nodes"))->slider()->setValue(900);
                document_->evaluateNow();
                tab->refreshNow();
            }
        }
    }

    void extremeInputsShowNoNonFiniteOrEmptyValue_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("position");
        for (const Mode mode : {Mode::Flat, Mode::Hierarchical, Mode::Moe, Mode::PipelineDiloco})
            for (const int position : {0, 1000})
                QTest::addRow("%s, every slider at %s", modeName(mode).data(),
                              position == 0 ? "its minimum" : "its maximum")
                    << int(mode) << position;
    }

    void extremeInputsShowNoNonFiniteOrEmptyValue()
    {
        QFETCH(int, mode);
        QFETCH(int, position);
        selectMode(Mode(mode));
        // Slider after slider goes to its end and stays there, so each check
        // adds one more extreme input and the last has them all.
        for (SliderField* field : window_->controlPanel()->fields()) {
            if (!field->isVisibleTo(window_.get()) || !field->isEnabled())
                continue;
            field->slider()->setValue(position);
            document_->evaluateNow();
            for (PlotTab* tab : window_->plotTabs())
                tab->refreshNow();
            const QStringList texts = visibleTexts(window_.get());
            for (const QString& text : texts)
                QVERIFY2(!nonFiniteText().match(text).hasMatch(),
                         qPrintable(field->objectName() + QStringLiteral(": ") + text));
            for (const QString& id : window_->headline()->figureIds())
                QVERIFY2(!window_->headline()->figureText(id).trimmed().isEmpty(),
                         qPrintable(field->objectName() + QStringLiteral(" leaves ") + id
                                    + QStringLiteral(" empty")));
            QVERIFY(!window_->headline()->sentence().isEmpty());
            QVERIFY(allPlotPointsFinite(window_.get()));
        }
    }

    // The tabs' own inputs (the planner's, the run-length calculator's) at
    // both ends of their ranges, one after another, in every mode.
    void tabInputsAtTheirEndsShowNoNonFiniteValue_data()
    {
        QTest::addColumn<int>("position");
        QTest::newRow("minimum") << 0;
        QTest::newRow("maximum") << 1000;
    }

    void tabInputsAtTheirEndsShowNoNonFiniteValue()
    {
        QFETCH(int, position);
        int moved = 0;
        // The planner's own cluster: every one of its inputs movable.
        window_->findChild<PlannerInputsPanel*>()->ownClusterSwitch()->setChecked(true);
        document_->evaluateNow();
        for (PlotTab* tab : window_->plotTabs()) {
            window_->tabWidget()->setCurrentWidget(tab);
            const QList<SliderField*> fields = tab->findChildren<SliderField*>();
            for (SliderField* field : fields) {
                if (!field->isEnabled())
                    continue;
                field->slider()->setValue(position);
                ++moved;
                QCoreApplication::processEvents(); // the tab's coalesced recompute
                tab->refreshNow();
                for (const QString& text : visibleTexts(tab))
                    QVERIFY2(!nonFiniteText().match(text).hasMatch(),
                             qPrintable(tab->tabName() + QStringLiteral(" ") + field->objectName()
                                        + QStringLiteral(": ") + text));
                QVERIFY(allPlotPointsFinite(tab));
            }
        }
        QVERIFY2(moved >= 20, "the planner and the run-length calculator have their own sliders");
    }

    // simulation-notes Scenario 1 through the Training run tab's widgets:
    // the planner's defaults (a cluster of its own) with latency 0, no
    // straggler model, no efficiency penalty and a 365-day limit take
    // 331.14 days (MODEL.md §13).
    void trainingRunTabReproducesScenarioOne()
    {
        QVERIFY(window_->showTab(QStringLiteral("training-run")));
        auto* tab = qobject_cast<TrainingRunTab*>(window_->currentPlotTab());
        QVERIFY(tab);
        PlannerInputsPanel* panel = tab->inputsPanel();
        panel->setInputs(PlannerInputs{});
        QVERIFY(panel->ownClusterSwitch()->isChecked());
        panel->field(QStringLiteral("network.latency_ms"))->editValue(0);
        for (const char* key : {"assumptions.straggler", "assumptions.efficiency_penalty"})
            panel->findChild<QCheckBox*>(QString::fromLatin1(key))->setChecked(false);
        panel->findChild<QCheckBox*>(QStringLiteral("run_length.manual"))->setChecked(true);
        panel->field(QStringLiteral("run_length.manual_days"))->editValue(365);
        QCoreApplication::processEvents();
        QCOMPARE(panel->inputs().network.latencyMs, 0.0);
        QCOMPARE(*panel->inputs().runLength.manualDays, 365.0);
        const PlannerResult result = planTrainingRun(panel->inputs());
        QCOMPARE(std::round(result.days * 100) / 100, 331.14);
        const QString headline = tab->summary()->headlineText();
        QVERIFY2(headline.contains(formatDays(result.days)), qPrintable(headline));
        QVERIFY2(tab->summary()->bottleneckText().startsWith(PlannerSummary::tr("Network-bound")),
                 qPrintable(tab->summary()->bottleneckText()));
    }

    // One drag is one undo step; undo and redo restore the exact inputs, and
    // the title's modified marker follows.
    void sliderDragIsOneUndoStep()
    {
        QUndoStack* stack = document_->undoStack();
        QVERIFY(stack->isClean());
        QVERIFY(!window_->isWindowModified());
        QSlider* slider = window_->controlPanel()->field(QStringLiteral("nodes"))->slider();
        slider->setSliderDown(true);
        for (const int position : {600, 700, 800})
            slider->setValue(position);
        slider->setSliderDown(false);
        document_->evaluateNow();
        QCOMPARE(stack->count(), 1);
        QVERIFY(window_->isWindowModified());
        const Scenario dragged = document_->scenario();
        QVERIFY(dragged.nodes > kReferenceNodeCount);

        stack->undo();
        QVERIFY(sameScenario(document_->scenario(), document_->defaultScenario()));
        QCOMPARE(window_->controlPanel()->field(QStringLiteral("nodes"))->value(),
                 double(kReferenceNodeCount));
        QVERIFY(!window_->isWindowModified());
        stack->redo();
        QVERIFY(sameScenario(document_->scenario(), dragged));

        // A second drag of the same slider is a step of its own.
        slider->setSliderDown(true);
        slider->setValue(300);
        slider->setSliderDown(false);
        QCOMPARE(stack->count(), 2);
    }

    void dragBackToItsStartLeavesNoStep()
    {
        QSlider* slider =
            window_->controlPanel()->field(QStringLiteral("network.bandwidth_mbps"))->slider();
        const int start = slider->value();
        slider->setSliderDown(true);
        slider->setValue(start + 100);
        slider->setValue(start);
        slider->setSliderDown(false);
        QCOMPARE(document_->undoStack()->count(), 0);
        QVERIFY(!window_->isWindowModified());
    }

    void saveAndOpenRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("three.json"));
        ControlPanel* panel = window_->controlPanel();
        panel->modeBox()->setCurrentIndex(panel->modeBox()->findData(int(Mode::Hierarchical)));
        panel->field(QStringLiteral("network.bandwidth_mbps"))->editValue(25);
        panel->field(QStringLiteral("hierarchy.nodes_per_group"))->editValue(12);
        panel->field(QStringLiteral("treaty.ccc_threshold_h100e"))->editValue(8);
        const Scenario saved = document_->scenario();
        QString error;
        QVERIFY2(window_->files()->saveFile(path, &error), qPrintable(error));
        QVERIFY(document_->undoStack()->isClean());
        QVERIFY(window_->windowTitle().startsWith(QStringLiteral("three.json")));

        // What dtx reads back is what the window had.
        const ScenarioLoad reread = loadScenarioFile(path, {}, document_->catalog());
        QVERIFY2(reread.scenario, qPrintable(reread.error));
        QVERIFY(sameScenario(*reread.scenario, saved));

        window_->files()->newScenario();
        QVERIFY(sameScenario(document_->scenario(), document_->defaultScenario()));
        QVERIFY2(window_->files()->openFile(path, &error), qPrintable(error));
        QVERIFY(sameScenario(document_->scenario(), saved));
        QCOMPARE(window_->controlPanel()->field(QStringLiteral("network.bandwidth_mbps"))->value(), 25.0);
        QVERIFY(document_->undoStack()->isClean());
    }

    // Every key of the scenario file survives a save from the window and an
    // open back into it. A key added to the format without a row here fails.
    void everyKeyRoundTrips_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("assignments");
        // Explicit node fields override a preset's (CLI.md).
        const QString kOverride = QStringLiteral("node.preset=48x A100 80GB");
        const QMap<QString, QStringList> values = {
            {QStringLiteral("name"), {QStringLiteral("name=Round trip")}},
            {QStringLiteral("mode"), {QStringLiteral("mode=hierarchical")}},
            {QStringLiteral("node.preset"), {QStringLiteral("node.preset=16x GH200")}},
            {QStringLiteral("node.gpu"), {QStringLiteral("node.gpu=H100 SXM"), QStringLiteral("node.gpus=8")}},
            {QStringLiteral("node.gpus"), {QStringLiteral("node.gpu=A100 80GB"), QStringLiteral("node.gpus=24")}},
            {QStringLiteral("node.precision"),
             {QStringLiteral("node.gpu=H100 SXM"), QStringLiteral("node.gpus=16"), QStringLiteral("node.precision=FP8")}},
            {QStringLiteral("node.pflops"), {kOverride, QStringLiteral("node.pflops=12.5")}},
            {QStringLiteral("node.pflops_fp16"), {kOverride, QStringLiteral("node.pflops_fp16=12.5")}},
            {QStringLiteral("node.vram_gb"), {kOverride, QStringLiteral("node.vram_gb=4096")}},
            {QStringLiteral("node.gpu_count"), {kOverride, QStringLiteral("node.gpu_count=50")}},
            {QStringLiteral("node.gpu_cost_usd"), {kOverride, QStringLiteral("node.gpu_cost_usd=12345.5")}},
            {QStringLiteral("node.h100_equiv"), {kOverride, QStringLiteral("node.h100_equiv=15.5")}},
            {QStringLiteral("node.bytes_per_param"), {kOverride, QStringLiteral("node.bytes_per_param=14")}},
            {QStringLiteral("node.bits_per_pseudo_grad"), {kOverride, QStringLiteral("node.bits_per_pseudo_grad=8")}},
            {QStringLiteral("nodes"), {QStringLiteral("nodes=1234")}},
            {QStringLiteral("model.params_b"), {QStringLiteral("model.params_b=123.456")}},
            {QStringLiteral("moe.total_params_b"), {QStringLiteral("moe.total_params_b=800")}},
            {QStringLiteral("moe.active_params_b"), {QStringLiteral("moe.active_params_b=50")}},
            {QStringLiteral("moe.layers"), {QStringLiteral("moe.layers=48")}},
            {QStringLiteral("revision"), {QStringLiteral("revision=2026-04")}},
            {QStringLiteral("network.bandwidth_mbps"), {QStringLiteral("network.bandwidth_mbps=33.3")}},
            {QStringLiteral("network.upload_mbps"),
             {QStringLiteral("revision=2026-04"), QStringLiteral("network.upload_mbps=40")}},
            {QStringLiteral("network.download_mbps"),
             {QStringLiteral("revision=2026-04"), QStringLiteral("network.download_mbps=400")}},
            {QStringLiteral("network.latency_ms"), {QStringLiteral("network.latency_ms=0.1")}},
            {QStringLiteral("hierarchy.nodes_per_group"), {QStringLiteral("hierarchy.nodes_per_group=9")}},
            {QStringLiteral("hierarchy.bandwidth_mbps"), {QStringLiteral("hierarchy.bandwidth_mbps=2500")}},
            {QStringLiteral("hierarchy.latency_ms"), {QStringLiteral("hierarchy.latency_ms=7")}},
            {QStringLiteral("pipeline.activation_compression"), {QStringLiteral("pipeline.activation_compression=6.5")}},
            {QStringLiteral("pipeline.micro_batches"), {QStringLiteral("pipeline.micro_batches=12")}},
            {QStringLiteral("pipeline.bandwidth_mbps"), {QStringLiteral("pipeline.bandwidth_mbps=400")}},
            {QStringLiteral("pipeline.latency_ms"), {QStringLiteral("pipeline.latency_ms=3")}},
            {QStringLiteral("training.mfu"), {QStringLiteral("training.mfu=0.123456789012345")}},
            {QStringLiteral("training.local_batch_tokens"), {QStringLiteral("training.local_batch_tokens=65536")}},
            {QStringLiteral("training.years"), {QStringLiteral("training.years=0.7")}},
            {QStringLiteral("training.compression"), {QStringLiteral("training.compression=100")}},
            {QStringLiteral("training.error_feedback"),
             {QStringLiteral("revision=2026-04"), QStringLiteral("training.error_feedback=false")}},
            {QStringLiteral("training.inner_steps"),
             {QStringLiteral("revision=2026-04"), QStringLiteral("training.inner_steps=7")}},
            {QStringLiteral("assumptions.compression_quality"), {QStringLiteral("assumptions.compression_quality=conservative")}},
            {QStringLiteral("assumptions.replica_penalty"), {QStringLiteral("assumptions.replica_penalty=false")}},
            {QStringLiteral("assumptions.straggler"), {QStringLiteral("assumptions.straggler=false")}},
            {QStringLiteral("assumptions.straggler_mode"),
             {QStringLiteral("revision=2026-04"), QStringLiteral("assumptions.straggler_mode=synchronous")}},
            {QStringLiteral("treaty.ccc_threshold_h100e"), {QStringLiteral("treaty.ccc_threshold_h100e=7.5")}},
            {QStringLiteral("treaty.strict_threshold_flop"), {QStringLiteral("treaty.strict_threshold_flop=3e25")}},
            {QStringLiteral("treaty.memory_threshold_gb"), {QStringLiteral("treaty.memory_threshold_gb=2048")}},
        };
        for (const std::string& key : scenarioKeys()) {
            if (key == "dtx_scenario")
                continue; // the format version: always written, never a choice
            const QString name = QString::fromStdString(key);
            QTest::newRow(key.c_str()) << name << values.value(name);
        }
    }

    void everyKeyRoundTrips()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, assignments);
        QVERIFY2(!assignments.isEmpty(), "no test value for this key: add one to the table");
        std::vector<ScenarioAssignment> set;
        for (const QString& assignment : assignments) {
            ScenarioAssignment parsed;
            QVERIFY(parseAssignment(assignment.toStdString(), &parsed));
            set.push_back(parsed);
        }
        const ScenarioLoad load = loadScenario(QByteArray(), QStringLiteral("test"), set,
                                               document_->catalog());
        QVERIFY2(load.scenario, qPrintable(load.error));
        QVERIFY(!sameScenario(*load.scenario, document_->defaultScenario()));
        document_->setScenario(*load.scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.json"));
        QString error;
        QVERIFY2(window_->files()->saveFile(path, &error), qPrintable(error));
        window_->files()->newScenario();
        QVERIFY2(window_->files()->openFile(path, &error), qPrintable(error));
        QVERIFY2(sameScenario(document_->scenario(), *load.scenario),
                 qPrintable(QString::fromStdString(scenarioToJson(document_->scenario(), false))));
    }

    void badFilesLeaveTheScenarioUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("this is not json") << QStringLiteral("bad.json");
        QTest::newRow("truncated") << QByteArray(R"({"dtx_scenario": 1, "nodes": 14)")
                                   << QStringLiteral("bad.json");
        QTest::newRow("newer version") << QByteArray(R"({"dtx_scenario": 99})")
                                       << QStringLiteral("newer");
        QTest::newRow("unknown key") << QByteArray(R"({"dtx_scenario": 1, "nodez": 5})")
                                     << QStringLiteral("nodez");
        QTest::newRow("value out of range")
            << QByteArray(R"({"dtx_scenario": 1, "network": {"bandwidth_mbps": -5}})")
            << QStringLiteral("network.bandwidth_mbps");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.json");
    }

    void badFilesLeaveTheScenarioUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        window_->controlPanel()->field(QStringLiteral("nodes"))->editValue(500);
        const Scenario before = document_->scenario();
        const int steps = document_->undoStack()->count();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!window_->files()->openFile(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(sameScenario(document_->scenario(), before));
        QCOMPARE(document_->undoStack()->count(), steps);
        QVERIFY(window_->files()->filePath().isEmpty());
    }

    // Unsaved changes are asked about; the answer is given here before the
    // question appears, so nothing waits for a user.
    void unsavedChangesAreAskedAbout_data()
    {
        QTest::addColumn<int>("button");
        QTest::addColumn<bool>("proceed");
        QTest::newRow("cancel keeps them") << int(QMessageBox::Cancel) << false;
        QTest::newRow("discard drops them") << int(QMessageBox::Discard) << true;
    }

    void unsavedChangesAreAskedAbout()
    {
        QFETCH(int, button);
        QFETCH(bool, proceed);
        QVERIFY(window_->files()->maybeSave()); // nothing to lose yet: no question
        window_->controlPanel()->field(QStringLiteral("nodes"))->editValue(144);
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = true;
            box->button(QMessageBox::StandardButton(button))->click();
        });
        QCOMPARE(window_->files()->maybeSave(), proceed);
        QVERIFY(asked);
        QCOMPARE(document_->scenario().nodes, 144); // answering changes nothing itself
    }

    void plotImagesDecode_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void plotImagesDecode()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plot.") + suffix);
        PlotView* plot = window_->currentPlotTab()->plots().front();
        QCOMPARE(writePlotImage(plot, path, QSize(800, 500), 2.0), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == QStringLiteral("png")) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QCOMPARE(image.size(), QSize(1600, 1000)); // 192 dpi doubles the pixels
        } else if (suffix == QStringLiteral("svg")) {
            QVERIFY(QSvgRenderer(bytes).isValid());
            QVERIFY(bytes.contains("<svg"));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
            QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r"), 1);
        }
    }

    void plotCsvHoldsTheCoreNumbers()
    {
        window_->showTab(QStringLiteral("scale"));
        PlotView* plot = window_->currentPlotTab()->plots().front();
        QList<QByteArray> lines = plotCsv(plot).split('\n');
        while (!lines.isEmpty() && lines.front().startsWith('#'))
            lines.removeFirst(); // the comment lines naming the scenario
        QVERIFY(lines.front().startsWith("series,Nodes,Compute (FLOP)"));
        Scenario scenario = document_->defaultScenario();
        int checked = 0;
        for (const QByteArray& line : lines) {
            if (!line.startsWith("C_local (local-equivalent),"))
                continue;
            const QList<QByteArray> fields = line.trimmed().split(',');
            scenario.nodes = fields[1].toLongLong();
            QCOMPARE(fields[2].toDouble(), evaluate(scenario).evaluation->computeLocal);
            ++checked;
        }
        QVERIFY(checked >= 400);
    }

    // Every export says which scenario it shows (issue 12): comment lines
    // atop each CSV whose command line evaluates to the scenario on screen,
    // a caption band under each image, row labels with units in the
    // comparison, and file names from the scenario and the plot.
    void exportsNameTheirScenario()
    {
        document_->editScenario(QStringLiteral("name"), [](Scenario& s) {
            s.name = "Baseline fleet";
            s.nodes = 500;
            s.wan.setBandwidth(25);
        });
        document_->evaluateNow();
        window_->showTab(QStringLiteral("scale"));
        window_->currentPlotTab()->refreshNow();
        PlotView* plot = window_->currentPlotTab()->plots().front();
        const QList<QByteArray> lines = plotCsv(plot).split('\n');
        QVERIFY(lines[0].startsWith("# dtx-explorer " DTX_VERSION ", model revision 2026-02, "));
        QCOMPARE(lines[1].trimmed(), QByteArray("# Scenario: Baseline fleet"));
        QVERIFY(lines[2].startsWith("# Inputs: 500 nodes of 48x A100 80GB"));
        QVERIFY(lines[3].startsWith("# Reproduce: dtx evaluate "));
        QCOMPARE(plot->provenance().fileStem(plot->title()),
                 QStringLiteral("baseline-fleet-training-compute-against-node-count"));

        // The command, run, gives the figures of the scenario on screen.
        QStringList words = QString::fromUtf8(lines[3].trimmed().mid(int(strlen("# Reproduce: dtx "))))
                                .split(u' ');
        for (QString& word : words)
            word.remove(u'\''); // no value here needs more than the quotes
        QStringList merged;
        for (const QString& word : std::as_const(words)) // re-join "48x A100 80GB"
            if (!merged.isEmpty() && !word.startsWith(u'-') && !merged.back().startsWith(u'-')
                && merged.back() != QStringLiteral("evaluate"))
                merged.back() += u' ' + word;
            else
                merged << word;
        const dtx::test::CliRun run = dtx::test::runCli(merged + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.status, 0);
        const QJsonObject result = QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object();
        QCOMPARE(result.value(QStringLiteral("results")).toObject().value(QStringLiteral("c_local")).toDouble(),
                 document_->outcome().evaluation->computeLocal);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plot.png"));
        QCOMPARE(writePlotImage(plot, path, QSize(960, 540), 2.0), QString());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080)); // the slides preset: caption included
        const QColor background = image.pixelColor(image.width() - 2, image.height() - 2);
        int inked = 0;
        for (int y = image.height() - 40; y < image.height(); ++y)
            for (int x = 0; x < image.width() / 3; ++x)
                inked += image.pixelColor(x, y) != background ? 1 : 0;
        QVERIFY2(inked > 200, qPrintable(QString::number(inked))); // the caption's text
        const QString svg = dir.filePath(QStringLiteral("plot.svg"));
        QCOMPARE(writePlotImage(plot, svg, QSize(800, 500)), QString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("Baseline fleet: 500 nodes of 48x A100 80GB")); // drawn as text

        auto* compare = window_->findChild<CompareTab*>();
        QVERIFY(compare->pinCurrent());
        compare->refreshNow();
        const QByteArray table = tableCsv(compare->findChild<QTableWidget*>()->model());
        QVERIFY2(table.contains("\r\nC_local (FLOP),"), table.constData());
        QVERIFY2(table.contains("\r\nHardware cost (US$),"), table.constData());
    }

    // The scenario is named in the window, as one plainly worded undo step;
    // Esc from a presentation comes back to the tab it started on.
    void nameFieldAndPresentationReturn()
    {
        auto* name = window_->findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(name);
        name->setText(QStringLiteral("  My fleet "));
        emit name->editingFinished();
        QCOMPARE(document_->scenario().name, std::string("My fleet"));
        QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("scenario name change"));
        document_->undoStack()->undo();
        QCOMPARE(name->text(), QString());

        QVERIFY(window_->showTab(QStringLiteral("time")));
        const QWidget* before = window_->tabWidget()->currentWidget();
        auto* presentation = window_->findChild<PresentationMode*>();
        presentation->enter();
        presentation->next();
        presentation->leave();
        QCOMPARE(window_->tabWidget()->currentWidget(), before);
    }

    void tableCsvFollowsRfc4180()
    {
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("name"), QStringLiteral("note")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("A, \"quoted\" name")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("plain")));
        QCOMPARE(tableCsv(&model), QByteArray("name,note\r\n\"A, \"\"quoted\"\" name\",plain\r\n"));
    }

    void exportAllWritesEveryPlotAndTable()
    {
        QTemporaryDir dir;
        QStringList written;
        QCOMPARE(exportAll(window_.get(), dir.path(), &written), QString());
        int plots = 0;
        int tables = 0;
        for (const PlotTab* tab : window_->plotTabs()) {
            plots += int(tab->plots().size());
            tables += int(tab->findChildren<QTableView*>().size());
        }
        QCOMPARE(written.size(), 2 * plots + tables);
        for (const QString& path : written)
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        // Each table can also be saved alone from its context menu.
        for (const PlotTab* tab : window_->plotTabs())
            for (const QTableView* view : tab->findChildren<QTableView*>())
                QVERIFY2(!view->actions().isEmpty(), qPrintable(tab->tabName()));
    }

    void compareShowsPinnedScenariosSideBySide()
    {
        QVERIFY(window_->showTab(QStringLiteral("compare")));
        auto* compare = qobject_cast<CompareTab*>(window_->currentPlotTab());
        QVERIFY(compare);
        QVERIFY(compare->pinCurrent());
        window_->controlPanel()->field(QStringLiteral("network.bandwidth_mbps"))->editValue(25);
        QVERIFY(compare->pinCurrent());
        window_->controlPanel()->field(QStringLiteral("nodes"))->editValue(500);
        document_->evaluateNow();
        QVERIFY(compare->pinCurrent());
        QVERIFY(compare->pinCurrent());
        QVERIFY(!compare->pinCurrent()); // four at most
        compare->unpin(3);
        QCOMPARE(compare->pinnedCount(), 3);
        document_->evaluateNow(); // the table follows on the next turn of the event loop

        // Column 1 is the reference scenario: its C_local is the core's, and
        // it differs from the current one (500 nodes at 25 Mbps), so it is
        // highlighted; column 3 equals the current scenario and is not.
        const QTableWidget* table = compare->table();
        QCOMPARE(table->columnCount(), 4);
        const Evaluation reference = *evaluate(document_->defaultScenario()).evaluation;
        QVERIFY(table->item(1, 1)->text().startsWith(formatFlop(reference.computeLocal)));
        QVERIFY(table->item(1, 1)->font().bold());
        QCOMPARE(table->item(1, 3)->text(), table->item(1, 0)->text());
        QVERIFY(!table->item(1, 3)->font().bold());
        // The current scenario and three pinned: a curve each and a named
        // point where each scenario itself sits.
        for (PlotView* plot : compare->plots()) {
            int curves = 0, points = 0;
            for (int i = 0; i < plot->graphCount(); ++i)
                (plot->graph(i)->lineStyle() == QCPGraph::lsNone ? points : curves) += 1;
            QCOMPARE(curves, 4);
            QCOMPARE(points, 4);
        }
    }

    void builtInStoryHoldsTheFiveScenarios()
    {
        const Story story = builtInStory(document_->catalog());
        QCOMPARE(int(story.steps.size()), 5);
        for (const StoryStep& step : story.steps) {
            QVERIFY(!step.title.isEmpty());
            QVERIFY(!step.message.isEmpty());
            QVERIFY2(window_->tabNames().contains(step.tab), qPrintable(step.tab));
            QVERIFY(evaluate(step.scenario).ok());
        }
        // Scenario 3's Config F passes 10^27 (simulation-notes.md).
        QVERIFY(evaluate(story.steps[2].scenario).evaluation->computeLocal > 1e27);
    }

    void badStoriesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("invalid JSON at line 1");
        QTest::newRow("key twice") << QByteArray(R"({"dtx_story": 1, "dtx_story": 1, "steps": []})")
                                   << QStringLiteral("dtx_story: is given twice");
        QTest::newRow("newer") << QByteArray(R"({"dtx_story": 2, "steps": []})")
                               << QStringLiteral("dtx_story");
        QTest::newRow("no steps") << QByteArray(R"({"dtx_story": 1, "steps": []})")
                                  << QStringLiteral("at least one step");
        QTest::newRow("bad scenario")
            << QByteArray(R"({"dtx_story": 1, "steps": [{"title": "x", "scenario": {"nodes": 0}}]})")
            << QStringLiteral("steps[0]");
    }

    void badStoriesAreRefused()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, message);
        const StoryLoad load = loadStory(document, QStringLiteral("story.json"), document_->catalog());
        QVERIFY(!load.story);
        QVERIFY2(load.error.contains(message), qPrintable(load.error));
    }

    void presentationStepsThroughTheStory()
    {
        window_->controlPanel()->field(QStringLiteral("nodes"))->editValue(300);
        const Scenario mine = document_->scenario();
        PresentationMode* presentation = window_->presentation();
        presentation->enter();
        QVERIFY(presentation->isActive());
        QVERIFY(presentation->isVisible());
        QVERIFY(!window_->findChild<QDockWidget*>(QStringLiteral("inputsDock"))->isVisible());
        const Story& story = presentation->story();
        QVERIFY(sameScenario(document_->scenario(), story.steps[0].scenario));
        QTest::keyClick(window_.get(), Qt::Key_Right);
        QTest::keyClick(window_.get(), Qt::Key_Right);
        QCOMPARE(presentation->stepIndex(), 2);
        QVERIFY(sameScenario(document_->scenario(), story.steps[2].scenario));
        QTest::keyClick(window_.get(), Qt::Key_Left);
        QCOMPARE(presentation->stepIndex(), 1);
        // The bar's own nodes slider drives the scenario like the dock's.
        SliderField* nodes = presentation->findChild<SliderField*>(QStringLiteral("nodes"));
        QVERIFY(nodes && nodes->isVisible());
        QCOMPARE(nodes->value(), double(story.steps[1].scenario.nodes));
        nodes->editValue(144);
        QCOMPARE(document_->scenario().nodes, 144);
        presentation->showStep(1);
        QCOMPARE(nodes->value(), double(story.steps[1].scenario.nodes));
        presentation->showStep(4);
        QCOMPARE(window_->currentPlotTab()->tabName(), story.steps[4].tab);
        QTest::keyClick(window_.get(), Qt::Key_Right); // past the end stays on the last
        QCOMPARE(presentation->stepIndex(), 4);
        QTest::keyClick(window_.get(), Qt::Key_Escape);
        QVERIFY(!presentation->isActive());
        QVERIFY(sameScenario(document_->scenario(), mine));
        QVERIFY(window_->findChild<QDockWidget*>(QStringLiteral("inputsDock"))->isVisible());
    }

    void policyBriefIsAPdfWithEveryPage()
    {
        const PolicyBrief brief(window_.get());
        QVERIFY(brief.pageCount() >= 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("brief.pdf"));
        QCOMPARE(brief.writePdf(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r")), brief.pageCount());
        const QList<QImage> pages = brief.renderPages(96);
        QCOMPARE(int(pages.size()), brief.pageCount());
        if (qEnvironmentVariableIsSet("DTX_BRIEF_PAGES")) // to look at them
            for (int i = 0; i < pages.size(); ++i)
                pages[i].save(qEnvironmentVariable("DTX_BRIEF_PAGES") + QStringLiteral("/page-%1.png").arg(i + 1));
    }

    void ownStoriesSaveAndOpen()
    {
        PresentationMode* presentation = window_->presentation();
        presentation->setStory({});
        presentation->addStep(QStringLiteral("Reference"), QStringLiteral("72 nodes."),
                              QStringLiteral("scale"));
        window_->controlPanel()->field(QStringLiteral("network.bandwidth_mbps"))->editValue(25);
        presentation->addStep(QStringLiteral("Slow links"), QStringLiteral("25 Mbps, \"quoted\"."),
                              QStringLiteral("network"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("story.json"));
        QCOMPARE(presentation->saveStory(path), QString());
        presentation->setStory(builtInStory(document_->catalog()));
        QCOMPARE(presentation->openStory(path), QString());
        const Story& story = presentation->story();
        QCOMPARE(int(story.steps.size()), 2);
        QCOMPARE(story.steps[1].message, QStringLiteral("25 Mbps, \"quoted\"."));
        QCOMPARE(story.steps[1].tab, QStringLiteral("network"));
        QCOMPARE(story.steps[1].scenario.wan.uploadMbps, 25.0);
        QVERIFY(sameScenario(story.steps[0].scenario, document_->defaultScenario()));
        QVERIFY(presentation->openStory(dir.filePath(QStringLiteral("missing.json")))
                    .contains(QStringLiteral("missing.json")));
        QCOMPARE(int(presentation->story().steps.size()), 2); // a failed open keeps the story

        presentation->setStory({}); // an empty story still presents, and says so
        presentation->enter();
        QVERIFY(presentation->isActive());
        QTest::keyClick(window_.get(), Qt::Key_Right);
        QTest::keyClick(window_.get(), Qt::Key_Escape);
        QVERIFY(!presentation->isActive());
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/s.json"));
        QString error;
        QVERIFY(!window_->files()->saveFile(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, QStringList arguments, int status, const char* message) {
            QTest::newRow(name) << arguments << status << QString::fromUtf8(message);
        };
        row("unknown tab", dtx::test::strings({"--grab", "GRAB", "--tab", "nope"}), 2,
            "error: --tab: unknown tab 'nope'; use scale");
        row("bad size", dtx::test::strings({"--grab", "GRAB", "--size", "10x10"}), 2,
            "error: --size: '10x10'");
        row("size without grab", dtx::test::strings({"--size", "800x600"}), 2,
            "error: --size needs --grab");
        row("missing scenario", dtx::test::strings({"--grab", "GRAB", "--scenario", "/nonexistent.json"}),
            2, "/nonexistent.json");
        row("bad scenario key", dtx::test::strings({"--grab", "GRAB", "--scenario", "BADKEY"}), 2,
            "netwrk");
        row("unknown language", dtx::test::strings({"--grab", "GRAB", "--lang", "xx"}), 2,
            "error: --lang: no translation for 'xx'");
        row("unknown option", dtx::test::strings({"--frobnicate"}), 2, "error: Unknown option");
        row("unwritable grab", dtx::test::strings({"--grab", "/nonexistent/dir/shot.png"}), 1,
            "error: cannot write /nonexistent/dir/shot.png");
        row("grab a tab", dtx::test::strings({"--grab", "GRAB", "--tab", "network", "--size", "1280x800"}),
            0, "");
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString grab = dir.filePath(QStringLiteral("shot.png"));
        const QString badKey = dir.filePath(QStringLiteral("bad.json"));
        {
            QFile file(badKey);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"dtx_scenario": 1, "netwrk": {}})");
        }
        arguments.replaceInStrings(QStringLiteral("GRAB"), grab);
        arguments.replaceInStrings(QStringLiteral("BADKEY"), badKey);
        QProcess explorer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        explorer.setProcessEnvironment(environment);
        explorer.start(QStringLiteral(DTX_EXPLORER_PATH), arguments);
        QVERIFY(explorer.waitForFinished(120000));
        const QString errors = QString::fromUtf8(explorer.readAllStandardError());
        QCOMPARE(explorer.exitCode(), status);
        QVERIFY2(errors.contains(message), qPrintable(errors));
        if (status == 0) {
            QImage image(grab);
            QCOMPARE(image.size(), QSize(1280, 800)); // a small laptop screen fits the window
        } else {
            QVERIFY(!QFile::exists(grab));
        }
    }
};

QTEST_MAIN(TestExplorer)
#include "test_explorer.moc"
