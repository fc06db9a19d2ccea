// The forward training-run planner (MODEL.md §13) against simulation-notes
// Scenario 1 and hand calculations.
#include "TestSupport.hpp"
#include "TrainingPlanner.hpp"

#include <cmath>

using dtx::PlannerInputs;

class PlannerTest : public QObject {
    Q_OBJECT

private:
    // simulation-notes.md Scenario 1: the planner's defaults except latency
    // 0, straggler model off, efficiency penalty off, 365 days allowed.
    static PlannerInputs scenarioOne()
    {
        PlannerInputs inputs;
        inputs.network.latencyMs = 0;
        inputs.assumptions.straggler = false;
        inputs.assumptions.efficiencyPenalty = false;
        inputs.runLength.manualDays = 365;
        return inputs;
    }

private slots:
    void scenarioOneMatchesSimulationNotes()
    {
        const dtx::PlannerResult result = dtx::planTrainingRun(scenarioOne());
        QCOMPARE(QString::number(result.days, 'f', 2), QStringLiteral("331.14"));
        QCOMPARE(std::round(result.computeBlockSeconds), 1132.0); // "~1,132 seconds"
        QCOMPARE(result.globalSyncSeconds, 2880.0);               // "~2,880 seconds"
        QCOMPARE(result.bottleneck, dtx::Bottleneck::Network);
        QVERIFY(result.feasible);
        QCOMPARE(result.mode, dtx::PlannerMode::Flat);
    }

    void daysByHand_data()
    {
        QTest::addColumn<bool>("streaming");
        QTest::addColumn<bool>("defaults");
        QTest::addColumn<double>("expectedDays");
        QTest::addColumn<double>("expectedDaysBeforePenalty");
        // Hand calculation: steps = D / (B n) / H = 9934.1; block = 1132.46 s;
        // comm = 2 × 1.44e11 / 1e8 = 2880 s (+0.1 s and × f(72) with defaults).
        QTest::newRow("scenario 1, streaming off") << false << false << 461.34524875217016
                                                   << 461.34524875217016;
        QTest::newRow("planner defaults") << true << true << 491.1369244256339 << 433.3064569266926;
    }

    void daysByHand()
    {
        QFETCH(bool, streaming);
        QFETCH(bool, defaults);
        QFETCH(double, expectedDays);
        QFETCH(double, expectedDaysBeforePenalty);
        PlannerInputs inputs = defaults ? PlannerInputs{} : scenarioOne();
        inputs.algorithm.streaming = streaming;
        const dtx::PlannerResult result = dtx::planTrainingRun(inputs);
        DTX_COMPARE_REL(result.days, expectedDays, 1e-12);
        DTX_COMPARE_REL(result.daysBeforePenalty, expectedDaysBeforePenalty, 1e-12);
    }

    void maxRunLength_data()
    {
        QTest::addColumn<double>("totalOom");
        QTest::addColumn<double>("expectedYears");
        // Epoch AI: L = 1 / (g ln 10); ≈ 4.5 months without a treaty.
        QTest::newRow("no treaty") << std::log10(1.37) + std::log10(3.0) + std::log10(3.5)
                                   << 0.3750676063575031;
        QTest::newRow("treaty slowdown 0.29 OOM/yr") << 0.29 << 1.4975671789767304;
    }

    void maxRunLength()
    {
        QFETCH(double, totalOom);
        QFETCH(double, expectedYears);
        DTX_COMPARE_REL(dtx::maxRunLengthYears(totalOom, 0, 0), expectedYears, 1e-12);
    }

    void defaultsUseTheGrowthFormula()
    {
        const dtx::PlannerResult result = dtx::planTrainingRun(PlannerInputs{});
        DTX_COMPARE_REL(result.maxRunLengthDays, 0.3750676063575031 * 365.25, 1e-12);
        QVERIFY(!result.feasible); // 491 days against 137
    }

    void largestModelPerPrecision()
    {
        const dtx::PlannerResult result = dtx::planTrainingRun(PlannerInputs{});
        QCOMPARE(result.maxParamsBFp16, 2304.0 / 16);
        QCOMPARE(result.maxParamsBFp8, 2304.0 / 14);
        QCOMPARE(result.maxParamsBFp4, 2304.0 / 13);
    }

    void moeStoresSharedExpertsPerNode()
    {
        PlannerInputs inputs;
        inputs.model.paramsB = 600;
        inputs.model.moe = true;
        inputs.model.activeParamsB = 100;
        inputs.model.expertParallelism = dtx::ExpertParallelism::Global;
        const dtx::PlannerResult result = dtx::planTrainingRun(inputs);
        DTX_COMPARE_REL(result.perNodeParamsB, 100 + 500.0 / 72, 1e-12);
        QVERIFY(result.moe);
    }

    void shardedModelsPipeline_data()
    {
        QTest::addColumn<double>("nodes");
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("stages");
        // 400 B × 16 bytes = 6.4 TB over 2.304 TB nodes: 3 stages.
        QTest::newRow("72 nodes: 24 groups") << 72.0 << int(dtx::PlannerMode::PipelineDiloco) << 3.0;
        QTest::newRow("4 nodes: one pipeline over the WAN") << 4.0 << int(dtx::PlannerMode::PipelineWan)
                                                            << 3.0;
    }

    void shardedModelsPipeline()
    {
        QFETCH(double, nodes);
        QFETCH(int, mode);
        QFETCH(double, stages);
        PlannerInputs inputs;
        inputs.model.paramsB = 400;
        inputs.cluster.nodes = nodes;
        const dtx::PlannerResult result = dtx::planTrainingRun(inputs);
        QCOMPARE(int(result.mode), mode);
        QVERIFY(result.pipelineStages.has_value());
        QCOMPARE(*result.pipelineStages, stages);
        QVERIFY(std::isfinite(result.days) && result.days > 0);
    }

    void invalidInputsAreNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("nodes") << QStringLiteral("cluster.nodes");
        QTest::newRow("bandwidth") << QStringLiteral("network.bandwidth_mbps");
        QTest::newRow("mfu") << QStringLiteral("cluster.mfu");
    }

    void invalidInputsAreNamed()
    {
        QFETCH(QString, key);
        PlannerInputs inputs;
        if (key == QLatin1String("cluster.nodes"))
            inputs.cluster.nodes = 0;
        else if (key == QLatin1String("network.bandwidth_mbps"))
            inputs.network.bandwidthMbps = -1;
        else
            inputs.cluster.mfu = 1.5;
        const auto error = dtx::validatePlannerInputs(inputs);
        QVERIFY(error.has_value());
        QCOMPARE(QString::fromStdString(error->key), key);
    }
};

QTEST_GUILESS_MAIN(PlannerTest)
#include "test_planner.moc"
