// The four training modes (MODEL.md §4–§7), the model-size search (§8) and
// nodes-for-target (§9) against MODEL.md's worked check and golden rows.
#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "ModelSizeSearch.hpp"
#include "NodesForTarget.hpp"
#include "TestSupport.hpp"

#include <cstdio>

using dtx::Mode;
using dtx::Scenario;
Q_DECLARE_METATYPE(dtx::Mode)

namespace {

Scenario scenarioFor(const char* preset, Mode mode, long long nodes, double compression = 16)
{
    Scenario scenario = dtx::test::presetScenario(preset);
    scenario.mode = mode;
    scenario.nodes = nodes;
    scenario.training.compression = compression;
    return scenario;
}

QString scientific(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2e", value);
    return QString::fromLatin1(text);
}

} // namespace

class ModesTest : public QObject {
    Q_OBJECT

private slots:
    void workedCheckOfFlatMode()
    {
        // MODEL.md §4: 48x A100, n = 4.
        const dtx::Evaluation e = *dtx::evaluate(scenarioFor("48x A100 80GB", Mode::Flat, 4)).evaluation;
        QCOMPARE(QString::number(e.computeStepSeconds, 'f', 2), QStringLiteral("31.51"));
        QCOMPARE(QString::number(e.flat->syncBaseSeconds, 'f', 1), QStringLiteral("4800.1"));
        QCOMPARE(QString::number(e.stragglerFactor, 'f', 3), QStringLiteral("1.100"));
        QCOMPARE(QString::number(e.syncSeconds, 'f', 1), QStringLiteral("5280.1"));
        QCOMPARE(e.innerSteps, 168.0);
        QCOMPARE(QString::number(e.alpha, 'f', 5), QStringLiteral("0.05420"));
        QCOMPARE(QString::number(e.eta, 'f', 4), QStringLiteral("0.8617"));
        QCOMPARE(scientific(e.computeLocal), QStringLiteral("9.77e+23"));
        DTX_COMPARE_REL(e.computeLocal, 9.774e23, 1e-4);
        QCOMPARE(e.costUsd, 2880000.0);
    }

    // Rows of the golden report, each printed to the precision shown there.
    void goldenRows_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("compression");
        QTest::addColumn<double>("h");
        QTest::addColumn<QString>("eta");
        QTest::addColumn<QString>("computeLocal");
        const QString a100 = QStringLiteral("48x A100 80GB");
        const QString fp8 = QStringLiteral("16x H100 FP8");
        QTest::newRow("part 1, GH200, 72") << QStringLiteral("16x GH200") << Mode::Flat << 72 << 16.0
                                           << 211.0 << "0.852" << "1.84e+25";
        QTest::newRow("part 1, H100, 1000") << QStringLiteral("16x H100 SXM") << Mode::Flat << 1000
                                            << 16.0 << 242.0 << "0.843" << "2.53e+26";
        QTest::newRow("A: flat A100, 5000") << a100 << Mode::Flat << 5000 << 16.0 << 246.0 << "0.852"
                                            << "1.21e+27";
        QTest::newRow("B: hier A100, 500") << a100 << Mode::Hierarchical << 500 << 16.0
                                           << 18 * std::sqrt(11.0) << "0.885" << "1.26e+26";
        QTest::newRow("D: hier FP8, 3000") << fp8 << Mode::Hierarchical << 3000 << 16.0
                                           << 19 * std::sqrt(13.0) << "0.875" << "1.58e+27";
        QTest::newRow("E: flat A100 100x, 500") << a100 << Mode::Flat << 500 << 100.0 << 36.0 << "0.869"
                                                << "1.23e+26";
        QTest::newRow("F: hier FP8 100x, 2000") << fp8 << Mode::Hierarchical << 2000 << 100.0
                                                << 3 * std::sqrt(13.0) << "0.892" << "1.07e+27";
        QTest::newRow("G: MoE, 500") << a100 << Mode::Moe << 500 << 16.0 << -1.0 << "0.831"
                                     << "7.92e+25";
        QTest::newRow("part 8: PP default (2x = 480B), 4000")
            << a100 << Mode::PipelineDiloco << 4000 << 16.0 << -1.0 << "0.849" << "4.95e+26";
    }
    void goldenRows()
    {
        QFETCH(QString, preset);
        QFETCH(Mode, mode);
        QFETCH(int, nodes);
        QFETCH(double, compression);
        QFETCH(double, h);
        QFETCH(QString, eta);
        QFETCH(QString, computeLocal);
        const dtx::EvaluationOutcome outcome =
            dtx::evaluate(scenarioFor(preset.toLatin1().constData(), mode, nodes, compression));
        QVERIFY(outcome.ok());
        const dtx::Evaluation& e = *outcome.evaluation;
        if (h > 0)
            DTX_COMPARE_REL(e.innerSteps, h, 1e-15);
        QCOMPARE(QString::number(e.eta, 'f', 3), eta);
        QCOMPARE(scientific(e.computeLocal), computeLocal);
    }

    void moeFitsAndOverhead()
    {
        // Part 2 G and check 6: 1711 GB per node, 32.8 % expert-parallel overhead.
        const dtx::Evaluation e = *dtx::evaluate(scenarioFor("48x A100 80GB", Mode::Moe, 72)).evaluation;
        QCOMPARE(QString::number(e.moe->memoryPerNodeGb, 'f', 0), QStringLiteral("1711"));
        QVERIFY(e.moe->fitsOnNode);
        QCOMPARE(QString::number(e.moe->expertParallelOverhead * 100, 'f', 1), QStringLiteral("32.8"));
        QCOMPARE(e.paramsB, 100.0);
    }

    // The optional memory rule of MODEL.md §10: a node registers when its
    // VRAM exceeds the threshold, whatever its compute.
    void memoryThresholdDecidesRegistration_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("memoryThresholdGb");
        QTest::addColumn<bool>("unregistered");
        QTest::newRow("48x A100 (3,840 GB) under 4,096 GB") << QStringLiteral("48x A100 80GB") << 4096.0 << true;
        QTest::newRow("48x A100 (3,840 GB) at 3,840 GB") << QStringLiteral("48x A100 80GB") << 3840.0 << true;
        QTest::newRow("48x A100 (3,840 GB) over 1,024 GB") << QStringLiteral("48x A100 80GB") << 1024.0 << false;
        QTest::newRow("16x H100 (1,280 GB) over 1,024 GB") << QStringLiteral("16x H100 SXM") << 1024.0 << false;
        QTest::newRow("16x H100 (1,280 GB) under 2,048 GB") << QStringLiteral("16x H100 SXM") << 2048.0 << true;
    }

    void memoryThresholdDecidesRegistration()
    {
        QFETCH(QString, preset);
        QFETCH(double, memoryThresholdGb);
        QFETCH(bool, unregistered);
        Scenario scenario = dtx::test::presetScenario(preset.toStdString());
        QVERIFY(evaluate(scenario).evaluation->underThreshold);
        scenario.treaty.memoryThresholdGb = memoryThresholdGb;
        QCOMPARE(evaluate(scenario).evaluation->underThreshold, unregistered);
    }

    void oneNodeNeedsNoSync_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("flat") << Mode::Flat;
        QTest::newRow("hierarchical") << Mode::Hierarchical;
        QTest::newRow("moe") << Mode::Moe;
    }
    void oneNodeNeedsNoSync()
    {
        QFETCH(Mode, mode);
        const dtx::Evaluation e = *dtx::evaluate(scenarioFor("48x A100 80GB", mode, 1)).evaluation;
        QCOMPARE(e.innerSteps, 1.0);
        QCOMPARE(e.eta, 1.0);
        QCOMPARE(e.chinchillaEfficiency, 1.0);
        QCOMPARE(e.alpha, 0.0);
        QCOMPARE(e.computeQuality, e.computeLocal);
    }

    void hierarchicalWithFewerThanTwoGroupsIsFlat_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::newRow("8 nodes, one group") << 8;
        QTest::newRow("15 nodes, one group") << 15;
    }
    void hierarchicalWithFewerThanTwoGroupsIsFlat()
    {
        QFETCH(int, nodes);
        const dtx::Evaluation hierarchical =
            *dtx::evaluate(scenarioFor("48x A100 80GB", Mode::Hierarchical, nodes)).evaluation;
        const dtx::Evaluation flat = *dtx::evaluate(scenarioFor("48x A100 80GB", Mode::Flat, nodes)).evaluation;
        QCOMPARE(hierarchical.mode, Mode::Flat);
        QVERIFY(!hierarchical.hierarchical);
        QCOMPARE(hierarchical.eta, flat.eta);
        QCOMPARE(hierarchical.computeLocal, flat.computeLocal);
    }

    void pipelineNotApplicable_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("paramsB");
        QTest::addColumn<QString>("key");
        QTest::newRow("model fits one node") << 72 << 200.0 << QStringLiteral("model.params_b");
        QTest::newRow("fewer than two groups") << 3 << 480.0 << QStringLiteral("nodes");
    }
    void pipelineNotApplicable()
    {
        QFETCH(int, nodes);
        QFETCH(double, paramsB);
        QFETCH(QString, key);
        Scenario scenario = scenarioFor("48x A100 80GB", Mode::PipelineDiloco, nodes);
        scenario.paramsB = paramsB;
        const dtx::EvaluationOutcome outcome = dtx::evaluate(scenario);
        QVERIFY(!outcome.ok());
        QCOMPARE(QString::fromStdString(outcome.error.key), key);
    }

    void pipelineGoldenRow()
    {
        // Part 8, 72 nodes: 480B PP-DiLoCo, 2 stages, 36 groups.
        Scenario scenario = scenarioFor("48x A100 80GB", Mode::PipelineDiloco, 72);
        scenario.paramsB = 480;
        const dtx::Evaluation e = *dtx::evaluate(scenario).evaluation;
        QCOMPARE(e.pipeline->stages, 2.0);
        QCOMPARE(e.pipeline->groups, 36.0);
        QCOMPARE(QString::number(e.eta, 'f', 3), QStringLiteral("0.854"));
        QCOMPARE(QString::number(e.pipeline->activationQuality, 'f', 3), QStringLiteral("0.990"));
        QCOMPARE(QString::number(e.chinchillaEfficiency, 'f', 3), QStringLiteral("0.957"));
        QCOMPARE(scientific(e.computeLocal), QStringLiteral("8.95e+24"));
    }

    void compressionBetweenAndBeyondKeys_data()
    {
        QTest::addColumn<double>("compression");
        QTest::addColumn<double>("quality");
        QTest::newRow("between 16 and 100") << 40.0
                                            << 0.98 + (std::log10(40.0) - std::log10(16.0))
                                                          / (2 - std::log10(16.0)) * (0.95 - 0.98);
        QTest::newRow("beyond 100") << 400.0 << 0.95;
    }
    void compressionBetweenAndBeyondKeys()
    {
        QFETCH(double, compression);
        QFETCH(double, quality);
        Scenario scenario = scenarioFor("48x A100 80GB", Mode::Flat, 72, compression);
        const dtx::Evaluation withQuality = *dtx::evaluate(scenario).evaluation;
        scenario.assumptions.quality = dtx::QualityScenario::None;
        const dtx::Evaluation without = *dtx::evaluate(scenario).evaluation;
        DTX_COMPARE_REL(withQuality.eta / without.eta, quality, 1e-12);
    }

    void modelSizeSearchOrdersByQualityAdjustedCompute()
    {
        // Part 8: 500 A100 nodes, best 480B PP-DiLoCo, 1.09x the flat maximum.
        const dtx::ModelSizeSearchResult result =
            dtx::searchModelSize(scenarioFor("48x A100 80GB", Mode::Flat, 500));
        QCOMPARE(int(result.candidates.size()), 12);
        QCOMPARE(result.best().mode, Mode::PipelineDiloco);
        QCOMPARE(result.best().evaluation.paramsB, 480.0);
        QCOMPARE(QString::number(result.bestVsLargestFlat, 'f', 2), QStringLiteral("1.09"));
        QCOMPARE(QString::number(result.chinchillaOptimalParamsB, 'f', 0), QStringLiteral("961"));
        for (std::size_t i = 1; i < result.candidates.size(); ++i)
            QVERIFY(result.candidates[i - 1].evaluation.computeQuality
                    >= result.candidates[i].evaluation.computeQuality);
    }

    void nodesForTarget_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<int>("nodes");
        QTest::newRow("1e24 (report: 5)") << 1e24 << true << 5;
        QTest::newRow("1e25 (report: 42)") << 1e25 << true << 42;
        QTest::newRow("1e26 (report: 413)") << 1e26 << true << 413;
        QTest::newRow("one node is enough") << 1e20 << true << 1;
        QTest::newRow("not reachable") << 1e40 << false << 100000;
    }
    void nodesForTarget()
    {
        QFETCH(double, target);
        QFETCH(bool, reached);
        QFETCH(int, nodes);
        const dtx::NodesForTargetResult result =
            dtx::nodesForTarget(scenarioFor("48x A100 80GB", Mode::Flat, 72), target);
        QCOMPARE(result.reached, reached);
        QCOMPARE(int(result.nodes), nodes);
        QCOMPARE(result.costUsd, nodes * 48 * 15000.0);
    }
};

QTEST_GUILESS_MAIN(ModesTest)
#include "test_modes.moc"
