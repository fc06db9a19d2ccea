// The Uncertainty and Map tabs (issue 14): what they draw equals the core's
// analyses, their controls change the document's analysis settings, a
// change shows a coarse result that refines, hover texts, the headline's
// intervals, Compare's interval rows and the brief's sentences.
#include "AmplificationPanel.hpp"
#include "CompareTab.hpp"
#include "CoreTerms.hpp"
#include "Document.hpp"
#include "Format.hpp"
#include "HardwareCatalogFile.hpp"
#include "HeadlinePanel.hpp"
#include "MainWindow.hpp"
#include "MapTab.hpp"
#include "PlotView.hpp"
#include "PolicyBrief.hpp"
#include "PresentationMode.hpp"
#include "Preferences.hpp"
#include "TestSupport.hpp"
#include "UncertaintyTab.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace dtx;
using namespace dtx::ui;

class TestAnalysisExplorer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir settingsFolder_;
    Preferences preferences_{settingsFolder_.filePath(QStringLiteral("settings.json")),
                             settingsFolder_.filePath(QStringLiteral("session.json"))};
    std::unique_ptr<Document> document_;
    std::unique_ptr<MainWindow> window_;

    UncertaintyTab* uncertainty() const { return window_->findChild<UncertaintyTab*>(); }
    MapTab* map() const { return window_->findChild<MapTab*>(); }

    void show(PlotTab* tab)
    {
        window_->tabWidget()->setCurrentWidget(tab);
        tab->refreshNow();
    }

private slots:
    void init()
    {
        window_.reset();
        document_ = std::make_unique<Document>(builtInHardwareCatalog());
        window_ = std::make_unique<MainWindow>(document_.get(), &preferences_);
        window_->resize(1440, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void tabsAreNamed()
    {
        QVERIFY(window_->tabNames().contains(QStringLiteral("uncertainty")));
        QVERIFY(window_->tabNames().contains(QStringLiteral("map")));
        QVERIFY(window_->showTab(QStringLiteral("uncertainty")));
        QVERIFY(window_->showTab(QStringLiteral("map")));
    }

    // The fan's median at the scenario's count is the core's sweep value,
    // the histogram sums to 100 %, the sentence is the core's sentence.
    void uncertaintyEqualsCore_data()
    {
        QTest::addColumn<int>("revision");
        QTest::newRow("2026-02") << int(Revision::Feb2026);
        QTest::newRow("2026-04") << int(Revision::Apr2026);
    }
    void uncertaintyEqualsCore()
    {
        QFETCH(int, revision);
        Scenario scenario = referenceScenario(
            *referenceNode(document_->catalog(), Revision(revision)), Revision(revision));
        document_->setScenario(scenario);
        document_->evaluateNow();
        show(uncertainty());
        const UncertaintyResult& r = *uncertainty()->result();
        QVERIFY(!r.coarse);
        QCOMPARE(r.fanSamples, UncertaintyCompute::kFanSamples);
        const UncertaintyOutcome core = runUncertainty(scenario, {});
        QVERIFY(core.ok());
        QCOMPARE(r.atScenario->of(UncertainMetric::ComputeQuality).q50,
                 core.summary->of(UncertainMetric::ComputeQuality).q50);
        const TornadoOutcome tornado = computeTornado(scenario, UncertainMetric::ComputeQuality);
        QCOMPARE(r.sentence, UncertaintyCompute::sentence(scenario, *core.summary, *tornado.tornado));
        QCOMPARE(window_->findChild<QLabel*>(QStringLiteral("uncertaintySentence"))->text(), r.sentence);
        QVERIFY(r.sentence.contains(QStringLiteral("72")));
        // The fan at 72 nodes, from 1,000 samples with the same seed.
        const PlotSeries& median = r.fan.series[2];
        QCOMPARE(median.role, QStringLiteral("median"));
        const auto at = std::find(median.x.begin(), median.x.end(), 72.0);
        if (at != median.x.end()) {
            UncertaintyOptions options;
            options.samples = UncertaintyCompute::kFanSamples;
            const std::vector<Scenario> points{scenario};
            QCOMPARE(median.y[std::size_t(at - median.x.begin())],
                     runUncertaintySweep(points, options)[0].summary->of(UncertainMetric::ComputeQuality).q50);
        }
        double share = 0;
        for (double y : r.histogram.series.front().y)
            share += y;
        QVERIFY(std::abs(share - 100) < 1e-9);
        // Every plot holds data and the band is below the median below the top.
        for (PlotView* plot : uncertainty()->plots())
            QVERIFY2(plot->hasData(), qPrintable(plot->title()));
        for (std::size_t i = 0; i < r.fan.series[0].y.size(); ++i) {
            QVERIFY(r.fan.series[0].y[i] <= r.fan.series[2].y[i]);
            QVERIFY(r.fan.series[2].y[i] <= r.fan.series[1].y[i]);
        }
    }

    // A slider step shows the coarse result at once and says so; it refines.
    void coarseThenRefined()
    {
        show(uncertainty());
        show(map());
        window_->tabWidget()->setCurrentWidget(uncertainty());
        document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 96; });
        document_->evaluateNow();
        QVERIFY(uncertainty()->result()->coarse);
        QCOMPARE(uncertainty()->result()->fanSamples, UncertaintyCompute::kCoarseSamples);
        QVERIFY(uncertainty()->plots().front()->title().contains(QStringLiteral("coarse")));
        QTRY_VERIFY_WITH_TIMEOUT(!uncertainty()->result()->coarse, 5000);
        QVERIFY(!uncertainty()->plots().front()->title().contains(QStringLiteral("coarse")));
        QVERIFY(uncertainty()->result()->sentence.contains(QStringLiteral("96")));

        window_->tabWidget()->setCurrentWidget(map());
        document_->editScenario(QStringLiteral("nodes"), [](Scenario& s) { s.nodes = 120; });
        document_->evaluateNow();
        QVERIFY(map()->result()->coarse);
        QCOMPARE(map()->result()->grid.xs.size(), std::size_t(MapCompute::kCoarseCells));
        QTRY_VERIFY_WITH_TIMEOUT(!map()->result()->coarse, 5000);
        QCOMPARE(map()->result()->grid.xs.size(), std::size_t(MapCompute::kCells));
    }

    void controlsSetTheSettings()
    {
        show(uncertainty());
        auto* samples = window_->findChild<QComboBox*>(QStringLiteral("uncertaintySamples"));
        samples->setCurrentIndex(0);
        emit samples->activated(0);
        QCOMPARE(document_->analysisSettings().samples, std::size_t(1000));
        auto* seed = window_->findChild<QLineEdit*>(QStringLiteral("uncertaintySeed"));
        seed->setText(QStringLiteral("18446744073709551615"));
        emit seed->editingFinished();
        QCOMPARE(document_->analysisSettings().seed, std::uint64_t(18446744073709551615ULL));
        seed->setText(QStringLiteral("99999999999999999999")); // above 2^64 − 1: refused
        emit seed->editingFinished();
        QCOMPARE(document_->analysisSettings().seed, std::uint64_t(18446744073709551615ULL));
        QCOMPARE(seed->text(), QStringLiteral("18446744073709551615"));
        auto* profile = window_->findChild<QComboBox*>(QStringLiteral("uncertaintyProfile"));
        profile->setCurrentIndex(1);
        emit profile->activated(1);
        QCOMPARE(document_->analysisSettings().profile, UncertaintyProfile::Wide);
        const double besiroglu = uncertainty()->result()->tornado->baseline;
        auto* fit = window_->findChild<QComboBox*>(QStringLiteral("uncertaintyFit"));
        fit->setCurrentIndex(1);
        emit fit->activated(1);
        document_->evaluateNow();
        uncertainty()->refine();
        QCOMPARE(document_->analysisSettings().fit, ScalingLawFit::Hoffmann2022);
        QVERIFY(uncertainty()->result()->tornado->baseline != besiroglu);
        auto* fan = window_->findChild<QComboBox*>(QStringLiteral("uncertaintyFanMetric"));
        fan->setCurrentIndex(1);
        emit fan->activated(1);
        document_->evaluateNow();
        uncertainty()->refine();
        QCOMPARE(uncertainty()->result()->fan.yTitle, CoreTerms::metricTitle(UncertainMetric::ComputeLocal));
        // Settings are a way of looking: no undo step.
        QCOMPARE(document_->undoStack()->count(), 0);
    }

    void tornadoHoverNamesRangeAndSource()
    {
        show(uncertainty());
        PlotView* tornado = window_->findChild<PlotView*>(QStringLiteral("tornadoPlot"));
        const Tornado& t = *uncertainty()->result()->tornado;
        const double rows = double(t.rows.size());
        const QPointF pixel(tornado->xAxis->coordToPixel(-10), tornado->yAxis->coordToPixel(rows));
        const QString text = uncertainty()->tornadoDetailAt(pixel);
        QVERIFY2(text.startsWith(UncertaintyCompute::rowLabel(t.rows.front())), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Range:")));
        const QPointF mfu(tornado->xAxis->coordToPixel(-10), tornado->yAxis->coordToPixel(rows - 1));
        QVERIFY(uncertainty()->tornadoDetailAt(mfu).contains(QStringLiteral("MFU 30–45 %")));
        QVERIFY(uncertainty()->tornadoDetailAt(QPointF(-5, -5)).isEmpty());
    }

    // The map's cells are the core's, its hover names the cell, its axes
    // swap rather than coincide.
    void mapEqualsCoreAndHovers()
    {
        show(map());
        const MapResult& r = *map()->result();
        QVERIFY(!r.coarse);
        const Scenario& scenario = document_->scenario();
        const ThresholdMapGrid core = computeThresholdMap(
            scenario, defaultMapAxisRange(MapAxis::Nodes, scenario),
            defaultMapAxisRange(MapAxis::Bandwidth, scenario), MapCompute::kCells,
            MapCompute::kCells, MapMetric::ComputeQuality);
        QVERIFY(r.grid.values == core.values || std::equal(r.grid.values.begin(), r.grid.values.end(),
                                                           core.values.begin(), [](double a, double b) {
                                                               return a == b || (std::isnan(a) && std::isnan(b));
                                                           }));
        QCOMPARE(map()->colorMap()->data()->keySize(), MapCompute::kCells);
        QVERIFY(!r.contours.empty());
        QVERIFY(r.sentence.contains(QStringLiteral("100 Mbps")));
        PlotView* plot = window_->findChild<PlotView*>(QStringLiteral("mapPlot"));
        const QPointF pixel(plot->xAxis->coordToPixel(std::log10(72.0)),
                            plot->yAxis->coordToPixel(std::log10(100.0)));
        const QString text = map()->cellTextAt(pixel);
        QVERIFY2(text.contains(QStringLiteral("Mbps")) && text.contains(QStringLiteral("FLOP")),
                 qPrintable(text));
        auto* x = window_->findChild<QComboBox*>(QStringLiteral("mapX"));
        const int bandwidth = x->findData(int(MapAxis::Bandwidth));
        x->setCurrentIndex(bandwidth);
        emit x->activated(bandwidth);
        QCOMPARE(document_->analysisSettings().mapX, MapAxis::Bandwidth);
        QCOMPARE(document_->analysisSettings().mapY, MapAxis::Nodes);
        auto* metric = window_->findChild<QComboBox*>(QStringLiteral("mapMetric"));
        const int eta = metric->findData(int(MapMetric::Eta));
        metric->setCurrentIndex(eta);
        emit metric->activated(eta);
        document_->evaluateNow();
        map()->refine();
        QVERIFY(map()->result()->contours.empty()); // no FLOP thresholds on eta
        QCOMPARE(map()->colorMap()->colorScale()->dataScaleType(), QCPAxis::stLinear);
    }

    void probabilityContours()
    {
        AnalysisSettings settings = document_->analysisSettings();
        settings.mapProbabilityThreshold = 1e25;
        document_->setAnalysisSettings(settings);
        document_->evaluateNow();
        show(map());
        const MapResult& r = *map()->result();
        QCOMPARE(r.probabilityCells, MapCompute::kProbabilityCells);
        int dashed = 0;
        for (const MapContour& c : r.contours)
            if (c.style == Qt::DashDotLine) {
                ++dashed;
                QVERIFY(!c.segments.empty());
            }
        QCOMPARE(dashed, 2);
    }

    void headlineIntervals()
    {
        show(uncertainty());
        QVERIFY(!window_->headline()->detailText(QStringLiteral("c_quality")).contains(QStringLiteral("90 %")));
        auto* box = window_->findChild<QCheckBox*>(QStringLiteral("headlineIntervals"));
        box->setChecked(true);
        document_->evaluateNow();
        const QString detail = window_->headline()->detailText(QStringLiteral("c_quality"));
        QVERIFY2(detail.contains(QStringLiteral("median")) && detail.contains(QStringLiteral("90 %")),
                 qPrintable(detail));
        QVERIFY(window_->headline()->detailText(QStringLiteral("eta")).contains(QStringLiteral("90 %")));
        QVERIFY(PolicyBrief(window_.get()).text().contains(QStringLiteral("median")));
    }

    void compareShowsIntervals()
    {
        auto* compare = window_->findChild<CompareTab*>();
        show(compare);
        QTableWidget* table = compare->table();
        const int last = table->rowCount() - 1;
        QCOMPARE(table->verticalHeaderItem(last)->text(), QStringLiteral("C_quality, 90 % interval"));
        QVERIFY(table->item(last, 0)->text().contains(QStringLiteral("–")));
    }

    void briefPrintsTheSentences()
    {
        show(uncertainty());
        show(map());
        const QString text = PolicyBrief(window_.get()).text();
        QVERIFY(text.contains(uncertainty()->result()->sentence));
        QVERIFY(text.contains(map()->result()->sentence));
    }

    // A4 beside the Monte Carlo: the table is the core's, m is a setting.
    void amplificationPanelIsTheCore()
    {
        show(uncertainty());
        AmplificationPanel* panel = uncertainty()->amplification();
        QTableWidget* table = panel->table();
        const Evaluation& e = *document_->outcome().evaluation;
        const std::vector<AmplificationRow> rows =
            dtx::amplificationPanel(e.paramsB * 1e9, e.tokens, kDefaultAmplificationMultiplier);
        QCOMPARE(table->rowCount(), int(rows.size()));
        QCOMPARE(table->item(3, 5)->text(), formatPercent(rows[3].effect.chi)); // 250 B
        QCOMPARE(table->item(3, 5)->text(), QStringLiteral("21.0 %"));
        QVERIFY(table->item(5, 0)->text().startsWith(QStringLiteral("This scenario")));
        QVERIFY(panel->sentence().contains(formatPercent(rows[5].effect.chi)));
        auto* m = window_->findChild<QDoubleSpinBox*>(QStringLiteral("amplificationMultiplier"));
        m->setValue(1.0157);
        QCOMPARE(document_->analysisSettings().amplificationMultiplier, 1.0157);
        document_->evaluateNow();
        uncertainty()->refine();
        QCOMPARE(table->item(3, 5)->text(), QStringLiteral("21.5 %")); // A4: χ = 0.2151
    }

    // Scrolling the Uncertainty tab over a plot scrolls the page; the plot
    // zooms only once it has focus.
    void wheelScrollsThePage()
    {
        show(uncertainty());
        PlotView* tornado = window_->findChild<PlotView*>(QStringLiteral("tornadoPlot"));
        const QPointF at(tornado->width() / 2.0, tornado->height() / 2.0);
        QWheelEvent wheel(at, tornado->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(tornado, &wheel);
        QVERIFY(!tornado->userHasMovedView());
        tornado->setFocus();
        QTRY_VERIFY(tornado->hasFocus());
        QWheelEvent focused(at, tornado->mapToGlobal(at), {}, {0, -120}, Qt::NoButton,
                            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(tornado, &focused);
        QVERIFY(tornado->userHasMovedView());
    }

    // A story can step to both tabs in a presentation.
    void presentationStepsToTheTabs()
    {
        PresentationMode* presentation = window_->presentation();
        presentation->setStory({});
        presentation->addStep(QStringLiteral("How sure"), QStringLiteral("The fan chart"),
                              QStringLiteral("uncertainty"));
        presentation->addStep(QStringLiteral("Where the line is"), QStringLiteral("The map"),
                              QStringLiteral("map"));
        presentation->enter();
        presentation->showStep(0);
        QCOMPARE(window_->currentPlotTab()->tabName(), QStringLiteral("uncertainty"));
        presentation->next();
        QCOMPARE(window_->currentPlotTab()->tabName(), QStringLiteral("map"));
        presentation->leave();
    }

    void exportsHoldTheNumbers()
    {
        show(uncertainty());
        const QByteArray csv = plotDataCsv(uncertainty()->plots().front()->data());
        QVERIFY(csv.contains("5th percentile"));
        show(map());
        const QByteArray mapCsv = plotDataCsv(map()->plots().front()->data());
        QVERIFY(mapCsv.split('\n').size() > MapCompute::kCells * 10);
    }
};

QTEST_MAIN(TestAnalysisExplorer)
#include "test_analysis_explorer.moc"
