// The four training modes (MODEL.md §4–§7), the model-size search (§8) and
// nodes-for-target (§9) against MODEL.md's worked check and golden rows;
// and the same under revision 2026-04 (REVISION-2026-04.md R5–R10) against
// R6's worked check, golden/report-2026-04.txt and an independent script
// written from the revision's text.
#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "ModelSizeSearch.hpp"
#include "NodesForTarget.hpp"
#include "TestSupport.hpp"

#include <cstdio>

using dtx::Mode;
using dtx::Revision;
using dtx::Scenario;
using dtx::StragglerMode;
Q_DECLARE_METATYPE(dtx::Mode)
Q_DECLARE_METATYPE(dtx::StragglerMode)

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

// The reference scenario of 2026-04 (R2's defaults) on one of R1's presets.
Scenario revisedScenario(const char* preset, Mode mode, long long nodes)
{
    const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
    Scenario scenario =
        dtx::referenceScenario(*dtx::presetNode(catalog, preset, Revision::Apr2026), Revision::Apr2026);
    scenario.mode = mode;
    scenario.nodes = nodes;
    return scenario;
}

// `value` printed the way `shown` is: as many decimals ("31.51"), or in
// scientific form with as many mantissa digits ("1.182e+24").
QString printedLike(double value, const QString& shown)
{
    const qsizetype point = shown.indexOf(QLatin1Char('.'));
    const qsizetype exponent = shown.indexOf(QLatin1Char('e'));
    char text[64];
    if (exponent >= 0) {
        const int digits = point < 0 ? 0 : int(exponent - point - 1);
        std::snprintf(text, sizeof text, "%.*e", digits, value);
    } else {
        const int digits = point < 0 ? 0 : int(shown.size() - point - 1);
        std::snprintf(text, sizeof text, "%.*f", digits, value);
    }
    return QString::fromLatin1(text);
}

// Compares when the row gives a value (an empty text or a negative number
// means "not printed for this row").
#define DTX_COMPARE_PRINTED(value, shown)                                                          \
    do {                                                                                           \
        if (!(shown).isEmpty())                                                                    \
            QCOMPARE(printedLike((value), (shown)), (shown));                                      \
    } while (false)
#define DTX_COMPARE_REFERENCE(value, expected)                                                     \
    do {                                                                                           \
        if ((expected) >= 0)                                                                       \
            DTX_COMPARE_REL((value), (expected), 1e-12);                                           \
    } while (false)

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

    // R6's worked check (50x A100, defaults of 2026-04) to the digits R6
    // prints; where R6 is silent at n = 72, the digits golden/report-2026-04.txt
    // prints (detail block N=72, chi column), and eta_pre / chi_full from the
    // independent script, rounded. The last four columns are that script's
    // values, to 1e-12.
    void revisedWorkedCheck_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("tComp");
        QTest::addColumn<QString>("tBase");
        QTest::addColumn<QString>("straggler");
        QTest::addColumn<QString>("tSync");
        QTest::addColumn<double>("h");
        QTest::addColumn<QString>("alpha");
        QTest::addColumn<QString>("etaPre");
        QTest::addColumn<QString>("multiplier");
        QTest::addColumn<QString>("chiFull");
        QTest::addColumn<QString>("chi");
        QTest::addColumn<QString>("etaReplica");
        QTest::addColumn<QString>("eta");
        QTest::addColumn<QString>("computeThroughput");
        QTest::addColumn<QString>("computeLocal");
        QTest::addColumn<double>("referenceEta");
        QTest::addColumn<double>("referenceChi");
        QTest::addColumn<double>("referenceChiFull");
        QTest::addColumn<double>("referenceComputeLocal");
        QTest::newRow("R6: n = 4") << 4 << "31.51" << "533.4" << "1.040" << "554.8" << 18.0 << "0.05407"
                                   << "0.92281" << "1.002759" << "0.62854" << "0.77211" << "0.81406" << "0.7512"
                                   << "1.182e+24" << "8.876e+23" << 0.7512165376703862 << 0.7721144134068875
                                   << 0.6285441672662541 << 8.875747673839605e23;
        QTest::newRow("R6: n = 72") << 72 << "31.51" << "533.4" << "1.123" << "599.3" << 20.0 << "0.05407"
                                    << "0.92036" << "1.008848" << "0.32155" << "0.891" << "0.36075" << "0.3320"
                                    << "2.127e+25" << "7.061e+24" << 0.3320195939220098 << 0.8913348599590419
                                    << 0.3215495076174046 << 7.061159576718295e24;
    }
    void revisedWorkedCheck()
    {
        QFETCH(int, nodes);
        QFETCH(QString, tComp);
        QFETCH(QString, tBase);
        QFETCH(QString, straggler);
        QFETCH(QString, tSync);
        QFETCH(double, h);
        QFETCH(QString, alpha);
        QFETCH(QString, etaPre);
        QFETCH(QString, multiplier);
        QFETCH(QString, chiFull);
        QFETCH(QString, chi);
        QFETCH(QString, etaReplica);
        QFETCH(QString, eta);
        QFETCH(QString, computeThroughput);
        QFETCH(QString, computeLocal);
        QFETCH(double, referenceEta);
        QFETCH(double, referenceChi);
        QFETCH(double, referenceChiFull);
        QFETCH(double, referenceComputeLocal);
        const dtx::EvaluationOutcome outcome = dtx::evaluate(revisedScenario("50x A100 80GB", Mode::Flat, nodes));
        QVERIFY(outcome.ok());
        const dtx::Evaluation& e = *outcome.evaluation;
        QCOMPARE(e.revision, Revision::Apr2026);
        QCOMPARE(e.paramsB, 250.0);
        DTX_COMPARE_PRINTED(e.computeStepSeconds, tComp);
        DTX_COMPARE_PRINTED(e.flat->syncBaseSeconds, tBase);
        DTX_COMPARE_PRINTED(e.stragglerFactor, straggler);
        DTX_COMPARE_PRINTED(e.syncSeconds, tSync);
        QCOMPARE(e.innerSteps, h);
        QCOMPARE(e.flat->innerStepsUsed, h);
        DTX_COMPARE_PRINTED(e.alpha, alpha);
        DTX_COMPARE_PRINTED(e.etaBeforeReplica, etaPre);
        DTX_COMPARE_PRINTED(e.lossMultiplier, multiplier);
        DTX_COMPARE_PRINTED(e.chinchillaEfficiencyFull, chiFull);
        DTX_COMPARE_PRINTED(e.chinchillaEfficiency, chi);
        DTX_COMPARE_PRINTED(e.etaReplica, etaReplica);
        DTX_COMPARE_PRINTED(e.eta, eta);
        DTX_COMPARE_PRINTED(e.computeActual, computeThroughput);
        DTX_COMPARE_PRINTED(e.computeLocal, computeLocal);
        DTX_COMPARE_REL(e.eta, referenceEta, 1e-12);
        DTX_COMPARE_REL(e.chinchillaEfficiency, referenceChi, 1e-12);
        DTX_COMPARE_REL(e.chinchillaEfficiencyFull, referenceChiFull, 1e-12);
        DTX_COMPARE_REL(e.computeLocal, referenceComputeLocal, 1e-12);
        // R5: eta = eta_pre × eta_rep; C_quality = C_local × chi.
        DTX_COMPARE_REL(e.eta, e.etaBeforeReplica * e.etaReplica, 1e-15);
        DTX_COMPARE_REL(e.computeQuality, e.computeLocal * e.chinchillaEfficiency, 1e-15);
        // R6: GB per sync = 2 × P × bits / c / 8 / 1e9; cost 50 GPUs at $7,000.
        DTX_COMPARE_REL(e.flat->gbPerSync, 2 * 250e9 * 16 / 150 / 8 / 1e9, 1e-15);
        QCOMPARE(e.costUsd, nodes * 50 * 7000.0);
    }

    // R6 flat mode over the inputs 2026-04 adds: H_fix below, at and above
    // H_min, one node, separate upload and download, error feedback off,
    // each straggler mode, the replica penalty off. Every expected value is
    // the independent script's (-1: not checked in that row).
    void revisedFlatAgreesWithReference_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("uploadMbps");
        QTest::addColumn<double>("downloadMbps");
        QTest::addColumn<double>("innerStepsFixed"); // 0: none
        QTest::addColumn<bool>("errorFeedback");
        QTest::addColumn<StragglerMode>("stragglerMode");
        QTest::addColumn<bool>("replicaPenalty");
        QTest::addColumn<double>("hMin");
        QTest::addColumn<double>("tSync");
        QTest::addColumn<double>("outer");
        QTest::addColumn<double>("dutyCycle");
        QTest::addColumn<double>("computeThroughput");
        QTest::addColumn<double>("etaPre");
        QTest::addColumn<double>("multiplier");
        QTest::addColumn<double>("chi");
        QTest::addColumn<double>("etaReplica");
        QTest::addColumn<double>("eta");
        QTest::addColumn<double>("computeLocal");
        QTest::addColumn<double>("computeQuality");
        const auto relay = StragglerMode::Relay;
        // Communication-bound: outer = t_sync, the network busy all the time.
        QTest::newRow("H_fix 5 below H_min 20") << 72 << 100.0 << 100.0 << 5.0 << true << relay << true << 20.0
            << 599.2582065320543 << 599.2582065320543 << 1.0 << 5.590941164779504e24 << 0.9525852438121151
            << 1.004743732370367 << 1.0 << 0.6331938374549078 << 0.603171106032312 << 3.3722941661216363e24
            << 3.3722941661216363e24;
        QTest::newRow("H_fix 20 at H_min") << 72 << 100.0 << 100.0 << 20.0 << true << relay << true << 20.0
            << 599.2582065320543 << 630.1538461538462 << 0.9509712750142462 << 2.1267297792e25
            << 0.9203579269798082 << 1.0088477964085458 << 0.8913348599590419 << 0.36075051258758156
            << 0.3320195939220098 << 7.061159576718295e24 << 6.293857682462649e24;
        QTest::newRow("H_fix 100 above H_min") << 72 << 100.0 << 100.0 << 100.0 << true << relay << true << 20.0
            << 599.2582065320543 << 3150.769230769231 << 0.19019425500284926 << 2.1267297792e25
            << 0.8829431707919232 << 1.0136335003571424 << 0.8913348599590419 << 0.22257236330309
            << 0.19651874818548218 << 4.179422739371709e24 << 3.7252651821075174e24;
        QTest::newRow("H_fix 1 at 4 nodes (m = 1)") << 4 << 100.0 << 100.0 << 1.0 << true << relay << true << 18.0
            << 554.7706666666668 << 554.7706666666668 << 1.0 << 6.710315083614128e22 << 0.99 << 1.0
            << 0.16807874434148234 << 1.0 << 0.99 << 6.643211932777987e22 << 1.116582720055676e22;
        // One node: H = H_fix, outer = H × t_comp, no penalty, chi = 1.
        QTest::newRow("H_fix 10 on one node") << 1 << 100.0 << 100.0 << 10.0 << true << relay << true << 1.0
            << 533.4333333333334 << 315.0769230769231 << 0.0 << 2.95379136e23 << 1.0 << 1.0 << 1.0 << 1.0
            << 1.0 << 2.95379136e23 << 2.95379136e23;
        QTest::newRow("one node") << 1 << 100.0 << 100.0 << 0.0 << true << relay << true << 1.0 << -1.0 << -1.0
            << 0.0 << 2.95379136e23 << 1.0 << 1.0 << 1.0 << 1.0 << 1.0 << 2.95379136e23 << 2.95379136e23;
        QTest::newRow("20 up / 200 down, 4 nodes") << 4 << 20.0 << 200.0 << 0.0 << true << relay << true << 49.0
            << 1525.4373333333333 << -1.0 << -1.0 << 1.181516544e24 << 0.8995264834661133 << -1.0 << -1.0
            << -1.0 << 0.6829742113449896 << 8.069453298294577e23 << 6.23054119992699e23;
        QTest::newRow("20 up / 200 down, 72 nodes") << 72 << 20.0 << 200.0 << 0.0 << true << relay << true << 53.0
            << 1647.763473225644 << -1.0 << -1.0 << 2.1267297792e25 << 0.8977022463602702 << -1.0 << -1.0
            << -1.0 << 0.24061078323544752 << 5.117141179034624e24 << 4.561086316205473e24;
        QTest::newRow("200 up / 20 down, 72 nodes") << 72 << 200.0 << 20.0 << 0.0 << true << relay << true << 53.0
            << 1647.763473225644 << -1.0 << -1.0 << 2.1267297792e25 << 0.8977022463602702 << -1.0 << -1.0
            << -1.0 << 0.24061078323544752 << 5.117141179034624e24 << 4.561086316205473e24;
        QTest::newRow("error feedback off, 4 nodes") << 4 << 100.0 << 100.0 << 0.0 << false << relay << true
            << 18.0 << -1.0 << -1.0 << -1.0 << -1.0 << 0.8948433967571203 << -1.0 << -1.0 << -1.0
            << 0.728452400165223 << 8.606785623117192e23 << -1.0;
        QTest::newRow("synchronous stragglers, 72 nodes") << 72 << 100.0 << 100.0 << 0.0 << true
            << StragglerMode::Synchronous << true << 23.0 << 697.9955163301356 << -1.0 << -1.0 << -1.0 << -1.0
            << -1.0 << -1.0 << -1.0 << 0.31675464425921573 << 6.736515346459763e24 << -1.0;
        QTest::newRow("threshold stragglers, 72 nodes") << 72 << 100.0 << 100.0 << 0.0 << true
            << StragglerMode::Threshold << true << 17.0 << 533.4333333333334 << -1.0 << -1.0 << -1.0 << -1.0
            << -1.0 << -1.0 << -1.0 << 0.35083419935266263 << 7.461295393250969e24 << -1.0;
        QTest::newRow("replica penalty off, 72 nodes") << 72 << 100.0 << 100.0 << 0.0 << true << relay << false
            << 20.0 << -1.0 << -1.0 << -1.0 << 2.1267297792e25 << 0.9203579269798082 << 1.0
            << 0.8913348599590419 << 1.0 << 0.9203579269798082 << 1.957352610830737e25 << 1.74465661526528e25;
    }
    void revisedFlatAgreesWithReference()
    {
        QFETCH(int, nodes);
        QFETCH(double, uploadMbps);
        QFETCH(double, downloadMbps);
        QFETCH(double, innerStepsFixed);
        QFETCH(bool, errorFeedback);
        QFETCH(StragglerMode, stragglerMode);
        QFETCH(bool, replicaPenalty);
        QFETCH(double, hMin);
        QFETCH(double, tSync);
        QFETCH(double, outer);
        QFETCH(double, dutyCycle);
        QFETCH(double, computeThroughput);
        QFETCH(double, etaPre);
        QFETCH(double, multiplier);
        QFETCH(double, chi);
        QFETCH(double, etaReplica);
        QFETCH(double, eta);
        QFETCH(double, computeLocal);
        QFETCH(double, computeQuality);
        Scenario scenario = revisedScenario("50x A100 80GB", Mode::Flat, nodes);
        scenario.wan.uploadMbps = uploadMbps;
        scenario.wan.downloadMbps = downloadMbps;
        if (innerStepsFixed > 0)
            scenario.training.innerSteps = innerStepsFixed;
        scenario.training.errorFeedback = errorFeedback;
        scenario.assumptions.stragglerMode = stragglerMode;
        scenario.assumptions.replicaPenalty = replicaPenalty;
        const dtx::EvaluationOutcome outcome = dtx::evaluate(scenario);
        QVERIFY2(outcome.ok(), outcome.error.message.c_str());
        const dtx::Evaluation& e = *outcome.evaluation;
        // The report's H is H_min whatever H_fix says (R6).
        QCOMPARE(e.innerSteps, hMin);
        QCOMPARE(e.flat->innerStepsUsed, innerStepsFixed > 0 ? innerStepsFixed : hMin);
        DTX_COMPARE_REFERENCE(e.syncSeconds, tSync);
        DTX_COMPARE_REFERENCE(e.flat->outerStepSeconds, outer);
        DTX_COMPARE_REFERENCE(e.flat->dutyCycle, dutyCycle);
        DTX_COMPARE_REFERENCE(e.computeActual, computeThroughput);
        DTX_COMPARE_REFERENCE(e.etaBeforeReplica, etaPre);
        DTX_COMPARE_REFERENCE(e.lossMultiplier, multiplier);
        DTX_COMPARE_REFERENCE(e.chinchillaEfficiency, chi);
        DTX_COMPARE_REFERENCE(e.etaReplica, etaReplica);
        DTX_COMPARE_REL(e.eta, eta, 1e-12);
        DTX_COMPARE_REL(e.computeLocal, computeLocal, 1e-12);
        DTX_COMPARE_REFERENCE(e.computeQuality, computeQuality);
        if (nodes > 1 && innerStepsFixed > 0 && innerStepsFixed < hMin)
            QCOMPARE(e.flat->outerStepSeconds, e.syncSeconds); // communication-bound
        if (nodes == 1) {
            QCOMPARE(e.alpha, 0.0);
            QCOMPARE(e.chinchillaEfficiencyFull, 1.0);
        }
    }

    // R7 (hierarchical), R8 (MoE) and R9 (PP-Group) rows of
    // golden/report-2026-04.txt to its printed digits (part 2 B, D, F, G;
    // the 10^27 comparison; part 8), and the independent script's eta,
    // C_local and C_quality to 1e-12.
    void revisedGoldenRows_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("compression");
        QTest::addColumn<double>("paramsB"); // 0: the mode's default
        QTest::addColumn<Mode>("resultMode");
        QTest::addColumn<double>("h");       // H_eff, H, or H_min after a fallback
        QTest::addColumn<double>("groups");  // hierarchical and pp_diloco; 0 elsewhere
        QTest::addColumn<QString>("eta");
        QTest::addColumn<QString>("computeLocal");
        QTest::addColumn<QString>("chi");
        QTest::addColumn<QString>("computeQuality");
        QTest::addColumn<double>("referenceEta");
        QTest::addColumn<double>("referenceComputeLocal");
        QTest::addColumn<double>("referenceComputeQuality");
        const QString a100 = QStringLiteral("50x A100 80GB");
        const QString fp8 = QStringLiteral("16x H100 FP8");
        const Mode hier = Mode::Hierarchical;
        const Mode pp = Mode::PipelineDiloco;
        QTest::newRow("B: hier A100, 500") << a100 << hier << 500 << 150.0 << 0.0 << hier << 2 * std::sqrt(10.0)
            << 62.0 << "0.312" << "4.60e+25" << "" << "" << 0.3116368325765553 << 4.6025509176119775e25
            << 1.9788410971809613e25;
        QTest::newRow("B: hier A100, 4000 (10^27 B)") << a100 << hier << 4000 << 150.0 << 0.0 << hier
            << 2 * std::sqrt(10.0) << 500.0 << "0.189" << "2.23e+26" << "0.113" << "2.52e+25"
            << 0.1889933117192558 << 2.232987245016498e26 << 2.5239332260979016e25;
        QTest::newRow("B: hier A100, 5000") << a100 << hier << 5000 << 150.0 << 0.0 << hier << 2 * std::sqrt(11.0)
            << 625.0 << "0.173" << "2.55e+26" << "" << "" << 0.17276118677306568 << 2.5515025041681384e26
            << 2.4374524228812222e25;
        QTest::newRow("D: hier FP8, 500") << fp8 << hier << 500 << 150.0 << 0.0 << hier << 2 * std::sqrt(10.0)
            << 62.0 << "0.295" << "8.84e+25" << "" << "" << 0.2948444386652019 << 8.843075547882975e25
            << 6.323124116592621e24;
        QTest::newRow("D: hier FP8, 3000") << fp8 << hier << 3000 << 150.0 << 0.0 << hier << 2 * std::sqrt(11.0)
            << 375.0 << "0.198" << "3.57e+26" << "" << "" << 0.19835801472906578 << 3.569532973492508e26
            << 5.649758071659203e24;
        QTest::newRow("F: hier FP8 100x, 2000") << fp8 << hier << 2000 << 100.0 << 0.0 << hier
            << 3 * std::sqrt(10.0) << 250.0 << "0.167" << "2.01e+26" << "0.023" << "4.53e+24"
            << 0.16721611552646837 << 2.0060812394744436e26 << 4.5303194531392344e24;
        // R7: one group of 8 is the R6 flat result.
        QTest::newRow("hier A100, 15 nodes (one group)") << a100 << hier << 15 << 150.0 << 0.0 << Mode::Flat
            << 19.0 << 0.0 << "" << "" << "" << "" << 0.5486968523450909 << 2.431104032574188e24
            << 2.4295455235330363e24;
        QTest::newRow("G: MoE, 72") << a100 << Mode::Moe << 72 << 150.0 << 0.0 << Mode::Moe << 76.0 << 0.0
            << "0.318" << "4.48e+24" << "" << "" << 0.3176673333678264 << 4.4806139871662435e24
            << 2.517271010639056e24;
        QTest::newRow("G: MoE, 500") << a100 << Mode::Moe << 500 << 150.0 << 0.0 << Mode::Moe << 80.0 << 0.0
            << "0.170" << "1.67e+25" << "" << "" << 0.17010818801148117 << 1.6662021836719377e25
            << 3.09978083113209e24;
        QTest::newRow("part 8: PP 500B, 72") << a100 << pp << 72 << 150.0 << 500.0 << pp << 20.0 << 36.0
            << "0.465" << "5.09e+24" << "0.952" << "4.85e+24" << 0.46472453590732715 << 5.092102793643484e24
            << 4.845174764998621e24;
        QTest::newRow("part 8: PP default (2x = 500B), 72") << a100 << pp << 72 << 150.0 << 0.0 << pp << 20.0
            << 36.0 << "0.465" << "5.09e+24" << "0.952" << "4.85e+24" << 0.46472453590732715
            << 5.092102793643484e24 << 4.845174764998621e24;
        QTest::newRow("part 8: PP 750B, 500") << a100 << pp << 500 << 150.0 << 750.0 << pp << 25.0 << 166.0
            << "0.270" << "1.68e+25" << "1.000" << "1.68e+25" << 0.2704817651070708 << 1.6776603458601115e25
            << 1.6776603458601115e25;
        QTest::newRow("part 8: PP 1500B, 4000") << a100 << pp << 4000 << 150.0 << 1500.0 << pp << 33.0 << 666.0
            << "0.145" << "4.61e+25" << "1.000" << "4.61e+25" << 0.14535544528940147 << 4.607794760314005e25
            << 4.607794760314005e25;
        QTest::newRow("part 8: PP 731B FP8, 2000") << fp8 << pp << 2000 << 150.0 << 8 * (1280 / 14.0) << pp
            << 24.0 << 250.0 << "0.192" << "3.46e+25" << "0.886" << "3.07e+25" << 0.19180512190177607
            << 3.463992188562894e25 << 3.070040272175256e25;
        QTest::newRow("10^27 H: PP 960B A100, 4000") << a100 << pp << 4000 << 150.0 << 960.0 << pp << 29.0
            << 1000.0 << "0.118" << "4.89e+25" << "0.822" << "4.02e+25" << 0.11751063619354267
            << 4.889246817643327e25 << 4.0195535220487985e25;
        QTest::newRow("10^27 I: PP 480B FP8, 2000") << fp8 << pp << 2000 << 150.0 << 480.0 << pp << 23.0
            << 333.0 << "0.167" << "3.68e+25" << "0.644" << "2.37e+25" << 0.16675963455939888
            << 3.6799205170841797e25 << 2.368121615908536e25;
    }
    void revisedGoldenRows()
    {
        QFETCH(QString, preset);
        QFETCH(Mode, mode);
        QFETCH(int, nodes);
        QFETCH(double, compression);
        QFETCH(double, paramsB);
        QFETCH(Mode, resultMode);
        QFETCH(double, h);
        QFETCH(double, groups);
        QFETCH(QString, eta);
        QFETCH(QString, computeLocal);
        QFETCH(QString, chi);
        QFETCH(QString, computeQuality);
        QFETCH(double, referenceEta);
        QFETCH(double, referenceComputeLocal);
        QFETCH(double, referenceComputeQuality);
        Scenario scenario = revisedScenario(preset.toLatin1().constData(), mode, nodes);
        scenario.training.compression = compression;
        if (paramsB > 0)
            scenario.paramsB = paramsB;
        const dtx::EvaluationOutcome outcome = dtx::evaluate(scenario);
        QVERIFY2(outcome.ok(), outcome.error.message.c_str());
        const dtx::Evaluation& e = *outcome.evaluation;
        QCOMPARE(e.mode, resultMode);
        DTX_COMPARE_REL(e.innerSteps, h, 1e-15);
        if (resultMode == Mode::Hierarchical)
            QCOMPARE(e.hierarchical->groups, groups);
        if (resultMode == Mode::PipelineDiloco)
            QCOMPARE(e.pipeline->groups, groups);
        DTX_COMPARE_PRINTED(e.eta, eta);
        DTX_COMPARE_PRINTED(e.computeLocal, computeLocal);
        DTX_COMPARE_PRINTED(e.chinchillaEfficiency, chi);
        DTX_COMPARE_PRINTED(e.computeQuality, computeQuality);
        DTX_COMPARE_REL(e.eta, referenceEta, 1e-12);
        DTX_COMPARE_REL(e.computeLocal, referenceComputeLocal, 1e-12);
        DTX_COMPARE_REL(e.computeQuality, referenceComputeQuality, 1e-12);
        DTX_COMPARE_REL(e.eta, e.etaBeforeReplica * e.etaReplica, 1e-15);
    }

    // R8 and R15: the MoE's memory and expert-parallel share (golden part 2
    // G: 1711 GB, 33.7 %), its penalty on the total size; R9 and R15: PP's
    // eta_sync is eta_thr alone (before q_act and eta_rep).
    void revisedModeDetails()
    {
        const dtx::Evaluation moe = *dtx::evaluate(revisedScenario("50x A100 80GB", Mode::Moe, 72)).evaluation;
        QCOMPARE(QString::number(moe.moe->memoryPerNodeGb, 'f', 0), QStringLiteral("1711"));
        QCOMPARE(QString::number(moe.moe->expertParallelOverhead * 100, 'f', 1), QStringLiteral("33.7"));
        DTX_COMPARE_REL(moe.etaBeforeReplica, 0.8942443173747158, 1e-12);
        DTX_COMPARE_REL(moe.lossMultiplier, 1.0104276977080546, 1e-12);
        DTX_COMPARE_REL(moe.chinchillaEfficiency, 0.5618138536033762, 1e-12);
        const dtx::Evaluation moe500 = *dtx::evaluate(revisedScenario("50x A100 80GB", Mode::Moe, 500)).evaluation;
        QCOMPARE(QString::number(moe500.moe->memoryPerNodeGb, 'f', 0), QStringLiteral("1616"));
        // One MoE node: no sync, no penalty, chi = 1 without evaluation.
        const dtx::Evaluation moe1 = *dtx::evaluate(revisedScenario("50x A100 80GB", Mode::Moe, 1)).evaluation;
        QCOMPARE(moe1.eta, 1.0);
        QCOMPARE(moe1.chinchillaEfficiency, 1.0);
        QCOMPARE(moe1.lossMultiplier, 1.0);
        DTX_COMPARE_REL(moe1.computeLocal, 1.9589911610362692e23, 1e-12);

        Scenario scenario = revisedScenario("50x A100 80GB", Mode::PipelineDiloco, 72);
        scenario.paramsB = 500;
        const dtx::Evaluation pp = *dtx::evaluate(scenario).evaluation;
        QCOMPARE(pp.pipeline->stages, 2.0);
        DTX_COMPARE_REL(pp.pipeline->syncEfficiency, 0.9230809344636004, 1e-12);
        DTX_COMPARE_REL(pp.pipeline->activationQuality, 0.995 * 0.995, 1e-14);
        DTX_COMPARE_REL(pp.etaBeforeReplica, 0.913873202142326, 1e-12);
        DTX_COMPARE_REL(pp.lossMultiplier, 1.0062948787393042, 1e-12);
        DTX_COMPARE_REL(pp.etaReplica, 0.5085218986812475, 1e-12);

        // R3: every f follows the mode, the regional f(g) included.
        const dtx::Evaluation hier =
            *dtx::evaluate(revisedScenario("50x A100 80GB", Mode::Hierarchical, 500)).evaluation;
        DTX_COMPARE_REL(hier.hierarchical->regionalStragglerFactor, 1.06, 1e-15);
        DTX_COMPARE_REL(hier.stragglerFactor, 1 + 0.02 * std::log2(62.0), 1e-15);
    }

    // R10 / MODEL.md §9 under 2026-04: the old flat table of
    // golden/report-2026-04.txt part 6 (5, 123, 4,716 nodes of 50x A100 at
    // $350,000 each), confirmed by the independent script.
    void revisedNodesForTarget_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("nodes");
        QTest::newRow("1e24 (report: 5, $2M)") << 1e24 << 5;
        QTest::newRow("1e25 (report: 123, $43M)") << 1e25 << 123;
        QTest::newRow("1e26 (report: 4,716, $1.7B)") << 1e26 << 4716;
    }
    void revisedNodesForTarget()
    {
        QFETCH(double, target);
        QFETCH(int, nodes);
        const dtx::NodesForTargetResult result =
            dtx::nodesForTarget(revisedScenario("50x A100 80GB", Mode::Flat, 72), target);
        QVERIFY(result.reached);
        QCOMPARE(int(result.nodes), nodes);
        QCOMPARE(result.costUsd, nodes * 50 * 7000.0);
        QVERIFY(result.computeLocal >= target);
        const dtx::Evaluation fewer =
            *dtx::evaluate(revisedScenario("50x A100 80GB", Mode::Flat, nodes - 1)).evaluation;
        QVERIFY(fewer.computeLocal < target);
    }

    // R5 leaves 2026-02 alone: its eta carries r(n, P_b), and the new
    // fields stay at 1.
    void seedRevisionHasNoLossMultiplier()
    {
        const dtx::Evaluation e = *dtx::evaluate(scenarioFor("48x A100 80GB", Mode::Flat, 72)).evaluation;
        QCOMPARE(e.revision, Revision::Feb2026);
        QCOMPARE(e.lossMultiplier, 1.0);
        QCOMPARE(e.etaReplica, 1.0);
        QCOMPARE(e.chinchillaEfficiencyFull, e.chinchillaEfficiency);
        QCOMPARE(e.etaBeforeReplica, e.eta);
    }
};

QTEST_GUILESS_MAIN(ModesTest)
#include "test_modes.moc"
