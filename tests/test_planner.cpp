// The forward training-run planner (MODEL.md §13) against simulation-notes
// Scenario 1 and hand calculations; its 2026-04 revision (REVISION-2026-04.md
// "R-planner") against an independent Python transcription of the spec's
// formulas (200 geometric bisections for chin, as the reference does).
#include "JsonWriter.hpp"
#include "PlanFile.hpp"
#include "PlannerQuality.hpp"
#include "PlannerRevision.hpp"
#include "QualityTables.hpp"
#include "TestSupport.hpp"
#include "TrainingPlanner.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using dtx::PlannerInputs;
using dtx::test::CliRun;
using dtx::test::Words;
using dtx::test::runCli;

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

    // The planner's inputs after `--set` of each "key=value" (a file's
    // keys, as dtx plan reads them).
    static dtx::PlanLoad loadWith(const QStringList& sets)
    {
        std::vector<dtx::ScenarioAssignment> assignments;
        for (const QString& text : sets) {
            dtx::ScenarioAssignment assignment;
            if (dtx::parseAssignment(text.toStdString(), &assignment))
                assignments.push_back(assignment);
        }
        return dtx::loadPlan(QByteArray(), QString(), assignments);
    }

    static QStringList setOptions(const QStringList& sets)
    {
        QStringList options;
        for (const QString& set : sets)
            options << QStringLiteral("--set") << set;
        return options;
    }

    // `dtx plan --format json` with FILE (when given) and the assignments.
    static QJsonObject planJson(const QStringList& arguments, int* status)
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json")}
                   + arguments);
        *status = run.status;
        return QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object();
    }

    QString writePlanFile(const char* json)
    {
        const QString path = dir_.filePath(QStringLiteral("plan-%1.json").arg(++files_));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0)
            return {};
        return path;
    }

    QTemporaryDir dir_;
    int files_ = 0;

private slots:
    // Moving the planner's inputs between revisions: defaults follow the
    // revision, an input the user set keeps its value (the other-revision
    // curves of an own cluster).
    void switchingRevisionMovesOnlyDefaults()
    {
        const PlannerInputs seed = dtx::plannerDefaults(dtx::Revision::Feb2026);
        const PlannerInputs revised = dtx::plannerDefaults(dtx::Revision::Apr2026);
        QVERIFY(dtx::changedPlanKeys(dtx::switchPlannerRevision(seed, dtx::Revision::Apr2026), revised).empty());
        QVERIFY(dtx::changedPlanKeys(dtx::switchPlannerRevision(revised, dtx::Revision::Feb2026), seed).empty());
        PlannerInputs own = revised;
        own.algorithm.compression = 40;
        own.network.upload = 20;
        own.network.download = 80;
        const PlannerInputs moved = dtx::switchPlannerRevision(own, dtx::Revision::Feb2026);
        QCOMPARE(moved.algorithm.compression, 40.0);
        QVERIFY(moved.network.symmetric());
        QVERIFY(!moved.algorithm.errorFeedback);
        QCOMPARE(moved.cluster.nodePflops, seed.cluster.nodePflops);
    }

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

    // R-planner, worked out independently (Python, from the spec's formulas
    // alone): every row starts from the 2026-04 defaults (P 144 B, D 12 T,
    // 72 nodes of 16 PFLOPS and 2,304 GB, 100/100 Mbps, 100 ms, H 128,
    // c 150 with error feedback).
    void revisedPlanner_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<double>("days");
        QTest::addColumn<double>("daysBeforePenalty");
        QTest::addColumn<double>("globalSync");
        QTest::addColumn<double>("efficiency");
        QTest::addColumn<double>("etaH");
        QTest::addColumn<double>("qC");
        QTest::addColumn<double>("qAct");
        QTest::addColumn<double>("replicaLossPercent");
        QTest::addColumn<double>("chi");
        QTest::addColumn<double>("cQuality");
        const auto row = [](const char* name, Words sets, const char* mode) -> QTestData& {
            return QTest::newRow(name) << dtx::test::strings(sets) << QString::fromLatin1(mode);
        };
        // comm = (153.6 s up + 153.6 s down + 0.1 s) × f(72) = 402.1 s, hidden
        // behind the 2,265 s block; eff = eta_H 0.8823 × q_c 0.99;
        // m = 72^(1.0923 × P^−0.2342).
        row("default 2026-04, flat", {}, "flat")
            << 298.15425155617623 << 260.4166666666667 << 402.1008976471611 << 0.8734293249465896
            << 0.8822518433803936 << 0.99 << 1.0 << 1.1445436422962585 << 0.26103381454624974
            << 2.3638478928149122e+24;
        // H_eff = 128 × 4; the WAN sync over f(72 / 8).
        row("hierarchy", {"hierarchy.enabled=true"}, "hierarchical")
            << 309.97429800514715 << 260.4166666666667 << 356.00589764716113 << 0.8401234177884724
            << 0.848609512917649 << 0.99 << 1.0 << 1.1445436422962585 << 0.26103381454624974
            << 2.2737088326696407e+24;
        // 400 B: S = 3, 24 groups = n_r; stage link at the 50 Mbps upload;
        // q_act = 0.98^4.
        row("sharded, pp_diloco, upload 50 / download 200",
            {"model.params_b=400", "network.upload_mbps=50", "network.download_mbps=200"}, "pp_diloco")
            << 15076.449003085327 << 12240.552562624287 << 1311.320924850965 << 0.8118989133395612
            << 0.8891242651569883 << 0.99 << 0.9223681599999999 << 0.6679549271508378
            << 0.42626561337018054 << 9.967236142731009e+24;
        // One pipeline (floor(3.64 / 3) = 1): n_r = n_eff = 4 / 1.1, q_act too.
        row("sharded, pipeline over the WAN, redundancy",
            {"model.params_b=400", "cluster.nodes=4", "algorithm.straggler_mitigation=redundancy"},
            "pipeline_wan")
            << 176913.7064312271 << 143636.04600638742 << 101.84165528306416 << 0.8118989133395612
            << 0.8891242651569883 << 0.99 << 0.9223681599999999 << 0.27079944853232174
            << 0.6911219793890894 << 1.6160290100671343e+25;
        // C = 6 × P_act × D, chi on the total 600 B (clamped at 1 here).
        row("MoE 600 B / 100 B, global experts",
            {"model.moe=true", "model.params_b=600", "model.active_params_b=100",
             "model.expert_parallelism=global"},
            "flat")
            << 311.57736031519886 << 275.0349633487655 << 1675.006049717315 << 0.8827180609994698
            << 0.8916344050499695 << 0.99 << 1.0 << 0.8180400812405342 << 1.0
            << 6.355570039196182e+24;
        row("MoE, 0.1 T tokens",
            {"model.moe=true", "model.params_b=600", "model.active_params_b=100",
             "model.expert_parallelism=global", "model.tokens=1e11"},
            "flat")
            << 2.5964780026266565 << 2.2919580279063787 << 1675.006049717315 << 0.8827180609994698
            << 0.8916344050499695 << 0.99 << 1.0 << 0.8180400812405342 << 0.6731861590528896
            << 3.5654014860650843e+22;
        // eff = 1; eta_H, q_c and m are still reported.
        row("penalty switch off", {"assumptions.efficiency_penalty=false"}, "flat")
            << 260.4166666666667 << 260.4166666666667 << 402.1008976471611 << 1.0
            << 0.8822518433803936 << 0.99 << 1.0 << 1.1445436422962585 << 0.26103381454624974
            << 2.7063985892155174e+24;
        // The no-EF table at 150: 0.96.
        row("error feedback off", {"algorithm.error_feedback=false"}, "flat")
            << 307.47157191730673 << 260.4166666666667 << 402.1008976471611 << 0.8469617696451779
            << 0.8822518433803936 << 0.96 << 1.0 << 1.1445436422962585 << 0.26103381454624974
            << 2.2922161384871875e+24;
        // eta_H / 1.15; q_c between the 150 and 500 keys.
        row("threshold, compression 300",
            {"algorithm.straggler_mitigation=threshold", "algorithm.compression=300"}, "flat")
            << 348.9654257520346 << 260.4166666666667 << 153.7 << 0.7462534894551752
            << 0.7671755159829511 << 0.9727285007251967 << 1.0 << 1.1445436422962585
            << 0.26103381454624974 << 2.0196593910586433e+24;
        // m = 1 but chi is evaluated (no n = 1 shortcut); above 500 → the 500 entry.
        row("one node, compression 1000", {"cluster.nodes=1", "algorithm.compression=1000"}, "flat")
            << 22137.953178046082 << 18750.0 << 46.18 << 0.8469617696451779 << 0.8822518433803936
            << 0.96 << 1.0 << 0.0 << 0.8140760707244776 << 7.148645896757034e+24;
    }

    void revisedPlanner()
    {
        QFETCH(QStringList, sets);
        QFETCH(QString, mode);
        const dtx::PlanLoad load = loadWith(QStringList{QStringLiteral("revision=2026-04")} + sets);
        QVERIFY2(load.ok(), qPrintable(load.error));
        const dtx::PlannerResult r = dtx::planTrainingRun(*load.inputs);
        QCOMPARE(QString::fromLatin1(dtx::plannerModeName(r.mode)), mode);
        QVERIFY(r.quality.has_value());
        const dtx::PlannerQualityResult& q = *r.quality;
        QFETCH(double, days);
        QFETCH(double, daysBeforePenalty);
        QFETCH(double, globalSync);
        QFETCH(double, efficiency);
        QFETCH(double, etaH);
        QFETCH(double, qC);
        QFETCH(double, qAct);
        QFETCH(double, replicaLossPercent);
        QFETCH(double, chi);
        QFETCH(double, cQuality);
        DTX_COMPARE_REL(r.days, days, 1e-12);
        DTX_COMPARE_REL(r.daysBeforePenalty, daysBeforePenalty, 1e-12);
        DTX_COMPARE_REL(r.globalSyncSeconds, globalSync, 1e-12);
        DTX_COMPARE_REL(r.efficiency, efficiency, 1e-12);
        DTX_COMPARE_REL(q.syncIntervalEfficiency, etaH, 1e-12);
        DTX_COMPARE_REL(q.compressionQuality, qC, 1e-12);
        DTX_COMPARE_REL(q.activationQuality, qAct, 1e-12);
        // m − 1 is small: relative to it, m's last bits weigh more.
        DTX_COMPARE_REL(q.replicaLossPercent(), replicaLossPercent, 1e-11);
        // chin: Newton here, bisection in the reference (MODEL.md §3: 1e-12).
        DTX_COMPARE_REL(q.chi, chi, 1e-12);
        DTX_COMPARE_REL(q.qualityComputeFlop, cQuality, 1e-12);
    }

    // The seed planner is untouched by the revision: no quality outputs,
    // and 2026-02's defaults are the struct's.
    void seedPlannerHasNoQualityModel()
    {
        const dtx::PlannerResult seed = dtx::planTrainingRun(PlannerInputs{});
        QVERIFY(!seed.quality.has_value());
        DTX_COMPARE_REL(seed.days, 491.1369244256339, 1e-12);
        QVERIFY(dtx::changedPlanKeys(dtx::plannerDefaults(dtx::Revision::Feb2026), PlannerInputs{}).empty());
        int status = -1;
        const QJsonObject results = planJson({}, &status).value(QStringLiteral("results")).toObject();
        QCOMPARE(status, 0);
        for (const char* key : {"eta_h", "q_c", "q_act", "replica_loss_percent", "chi", "c_quality"})
            QVERIFY2(!results.contains(QLatin1String(key)), key);
        QCOMPARE(results.value(QStringLiteral("days")).toDouble(), 491.1369244256339);
    }

    // R-planner's table of defaults, as `dtx plan` writes its inputs.
    void defaultsPerRevision_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("expected"); // undefined: absent
        const auto row = [](const char* revision, const char* key, const QJsonValue& value) {
            QTest::addRow("%s %s", revision, key) << QString::fromLatin1(revision)
                                                  << QString::fromLatin1(key) << value;
        };
        for (const char* revision : {"2026-02", "2026-04"}) {
            const bool revised = QByteArray(revision) == "2026-04";
            row(revision, "revision", QString::fromLatin1(revision));
            row(revision, "algorithm.compression", revised ? 150 : 16);
            row(revision, "cluster.node_pflops", revised ? 16 : 32);
            row(revision, "cluster.node_vram_gb", 2304);
            row(revision, "network.bandwidth_mbps", 100);
            row(revision, "network.upload_mbps", QJsonValue(QJsonValue::Undefined));
            row(revision, "algorithm.error_feedback",
                revised ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
            row(revision, "cluster.preset", QJsonValue(QJsonValue::Undefined));
        }
    }

    void defaultsPerRevision()
    {
        QFETCH(QString, revision);
        QFETCH(QString, key);
        QFETCH(QJsonValue, expected);
        int status = -1;
        QJsonValue value = planJson({QStringLiteral("--revision"), revision}, &status)
                               .value(QStringLiteral("inputs"));
        QCOMPARE(status, 0);
        for (const QString& part : key.split(QLatin1Char('.')))
            value = value.toObject().value(part);
        QCOMPARE(value, expected);
    }

    // --revision R is --set revision=R; a file's revision key does the same.
    void revisionOptionEqualsSet()
    {
        int a = -1;
        int b = -1;
        int c = -1;
        const QJsonObject byOption = planJson({QStringLiteral("--revision"), QStringLiteral("2026-04")}, &a);
        const QJsonObject bySet = planJson({QStringLiteral("--set"), QStringLiteral("revision=2026-04")}, &b);
        const QJsonObject byFile = planJson({writePlanFile(R"({"dtx_plan": 1, "revision": "2026-04"})")}, &c);
        QCOMPARE(a, 0);
        QCOMPARE(b, 0);
        QCOMPARE(c, 0);
        QCOMPARE(byOption, bySet);
        QCOMPARE(byOption, byFile);
        QVERIFY(byOption.value(QStringLiteral("results")).toObject().contains(QStringLiteral("chi")));
    }

    // The picker sets PFLOPS and VRAM; the file's own numbers win, and
    // `--set cluster.preset` replaces them.
    void presets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<double>("pflops");
        QTest::addColumn<double>("vram");
        const auto row = [](const char* name, const char* file, Words sets, double pflops, double vram) {
            QTest::newRow(name) << QString::fromUtf8(file) << dtx::test::strings(sets) << pflops << vram;
        };
        row("custom", "", {"cluster.preset=custom"}, 16, 2304);
        row("50x A100 80GB", "", {"cluster.preset=50x A100 80GB"}, 15.60, 4000);
        row("9x B100", "", {"cluster.preset=9x B100"}, 15.75, 1728);
        row("17x TPU v6e", "", {"cluster.preset=17x TPU v6e"}, 15.61, 544);
        row("file: preset with its own PFLOPS",
            R"({"revision": "2026-04", "cluster": {"preset": "16x H100 SXM", "node_pflops": 20}})", {},
            20, 1280);
        row("--set PFLOPS over a file's preset",
            R"({"revision": "2026-04", "cluster": {"preset": "16x H100 SXM"}})",
            {"cluster.node_vram_gb=2000"}, 15.84, 2000);
        row("--set preset over a file's numbers",
            R"({"revision": "2026-04", "cluster": {"node_pflops": 20, "node_vram_gb": 100}})",
            {"cluster.preset=80x TPU v5e"}, 15.76, 1280);
    }

    void presets()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, sets);
        QFETCH(double, pflops);
        QFETCH(double, vram);
        QStringList arguments = setOptions(sets);
        if (file.isEmpty())
            arguments << QStringLiteral("--revision") << QStringLiteral("2026-04");
        else
            arguments.prepend(writePlanFile(file.toUtf8().constData()));
        int status = -1;
        const QJsonObject cluster = planJson(arguments, &status)
                                        .value(QStringLiteral("inputs")).toObject()
                                        .value(QStringLiteral("cluster")).toObject();
        QCOMPARE(status, 0);
        QCOMPARE(cluster.value(QStringLiteral("node_pflops")).toDouble(), pflops);
        QCOMPARE(cluster.value(QStringLiteral("node_vram_gb")).toDouble(), vram);
        QVERIFY(!cluster.contains(QStringLiteral("preset")));
    }

    void presetTableIsTheReferencePlannersList()
    {
        const auto presets = dtx::plannerRules(dtx::Revision::Apr2026).presets;
        QCOMPARE(presets.size(), std::size_t(12));
        QCOMPARE(presets.front().name, std::string_view("custom"));
        QCOMPARE(presets.back().name, std::string_view("17x TPU v6e"));
        QVERIFY(dtx::plannerRules(dtx::Revision::Feb2026).presets.empty());
    }

    // Every new key, wrong, under both revisions: exit 2 and a message that
    // names the key.
    void badRevisedInputs_data()
    {
        QTest::addColumn<QString>("file"); // empty: no file
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("named");
        const auto row = [](const char* name, const char* file, Words arguments, Words named) {
            QTest::newRow(name) << QString::fromUtf8(file) << dtx::test::strings(arguments)
                                << dtx::test::strings(named);
        };
        // 2026-02: absent or at the seed equivalent.
        row("02: upload apart", "", {"--set", "network.upload_mbps=50"}, {"network.upload_mbps", "2026-02"});
        row("02: download apart", "", {"--set", "network.download_mbps=200"},
            {"network.download_mbps", "2026-02"});
        row("02: upload apart over a bandwidth", "", {"--set", "network.bandwidth_mbps=80", "--set",
            "network.download_mbps=40"}, {"network.download_mbps"});
        row("02: error feedback on", "", {"--set", "algorithm.error_feedback=true"},
            {"algorithm.error_feedback", "2026-02"});
        row("02: error feedback off", "", {"--set", "algorithm.error_feedback=false"},
            {"algorithm.error_feedback", "2026-02"});
        row("02: preset", "", {"--set", "cluster.preset=custom"}, {"cluster.preset", "2026-02"});
        row("02: file: bandwidth and upload", R"({"network": {"bandwidth_mbps": 100, "upload_mbps": 100}})",
            {}, {"network.bandwidth_mbps"});
        // 2026-04: ranges, types, names.
        row("04: upload 0", "", {"--revision", "2026-04", "--set", "network.upload_mbps=0"},
            {"network.upload_mbps"});
        row("04: download -1", "", {"--revision", "2026-04", "--set", "network.download_mbps=-1"},
            {"network.download_mbps"});
        row("04: upload nan", "", {"--revision", "2026-04", "--set", "network.upload_mbps=nan"},
            {"network.upload_mbps"});
        row("04: download 1e999", "", {"--revision", "2026-04", "--set", "network.download_mbps=1e999"},
            {"network.download_mbps"});
        row("04: bandwidth text", "", {"--revision", "2026-04", "--set", "network.bandwidth_mbps=fast"},
            {"network.bandwidth_mbps"});
        row("04: file: bandwidth and download",
            R"({"revision": "2026-04", "network": {"bandwidth_mbps": 100, "download_mbps": 50}})", {},
            {"network.bandwidth_mbps"});
        row("04: error feedback 1", "", {"--revision", "2026-04", "--set", "algorithm.error_feedback=1"},
            {"algorithm.error_feedback"});
        row("04: file: error feedback text", R"({"revision": "2026-04", "algorithm": {"error_feedback": "on"}})",
            {}, {"algorithm.error_feedback"});
        row("04: unknown preset", "", {"--revision", "2026-04", "--set", "cluster.preset=48x A100 80GB"},
            {"cluster.preset", "'50x A100 80GB'", "'custom'", "'17x TPU v6e'"});
        row("04: file: preset a number", R"({"revision": "2026-04", "cluster": {"preset": 16}})", {},
            {"cluster.preset"});
        row("unknown revision", "", {"--set", "revision=2026-13"}, {"revision", "2026-13"});
        row("file: unknown revision", R"({"revision": "2027-01"})", {}, {"revision", "2027-01"});
        row("--revision unknown", "", {"--revision", "2026-05"}, {"--revision"});
    }

    void badRevisedInputs()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, named);
        QStringList command{QStringLiteral("plan")};
        if (!file.isEmpty())
            command << writePlanFile(file.toUtf8().constData());
        const CliRun run = runCli(command + arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(run.out.empty());
        const QString message = QString::fromStdString(run.err);
        for (const QString& part : named)
            QVERIFY2(message.contains(part), qPrintable(message));
    }

    // At the seed equivalent the new keys are accepted under 2026-02.
    void seedEquivalentsAreAccepted()
    {
        int status = -1;
        const QJsonObject plan = planJson({QStringLiteral("--set"), QStringLiteral("network.upload_mbps=100"),
                                           QStringLiteral("--set"), QStringLiteral("network.download_mbps=100")},
                                          &status);
        QCOMPARE(status, 0);
        QCOMPARE(plan.value(QStringLiteral("results")).toObject().value(QStringLiteral("days")).toDouble(),
                 491.1369244256339);
    }

    // Two directions are written as such and read back the same.
    void asymmetricPlanRoundTrips()
    {
        const dtx::PlanLoad load = loadWith({QStringLiteral("revision=2026-04"),
                                             QStringLiteral("network.upload_mbps=20"),
                                             QStringLiteral("algorithm.error_feedback=false")});
        QVERIFY2(load.ok(), qPrintable(load.error));
        std::string json;
        dtx::JsonWriter writer(&json);
        dtx::writePlanJson(*load.inputs, &writer);
        const QJsonObject network = QJsonDocument::fromJson(QByteArray::fromStdString(json))
                                        .object().value(QStringLiteral("network")).toObject();
        QCOMPARE(network.value(QStringLiteral("upload_mbps")).toDouble(), 20.0);
        QCOMPARE(network.value(QStringLiteral("download_mbps")).toDouble(), 100.0);
        QVERIFY(!network.contains(QStringLiteral("bandwidth_mbps")));
        const dtx::PlanLoad again = dtx::loadPlan(QByteArray::fromStdString(json), QString(), {});
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(dtx::changedPlanKeys(*load.inputs, *again.inputs).empty());
    }

    // Text shows the new outputs as percentages, CSV as numbers; neither
    // under 2026-02.
    void textAndCsvShowTheNewOutputs_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<bool>("revised");
        QTest::newRow("2026-02") << QStringLiteral("2026-02") << false;
        QTest::newRow("2026-04") << QStringLiteral("2026-04") << true;
    }

    void textAndCsvShowTheNewOutputs()
    {
        QFETCH(QString, revision);
        QFETCH(bool, revised);
        const CliRun text = runCli({QStringLiteral("plan"), QStringLiteral("--revision"), revision});
        QCOMPARE(text.status, 0);
        const QString out = QString::fromStdString(text.out);
        QVERIFY(out.startsWith(QStringLiteral("Model revision")));
        QVERIFY(out.contains(revision));
        // 88.23 %, 99 %, 100 %, 1.1445 %, 26.10 % (one or two decimals).
        for (const char* line : {"\\s88\\.2 %\\s+eta_h\\n", "\\s99\\.0 %\\s+q_c\\n",
                                 "\\s100\\.0 %\\s+q_act\\n", "\\s1\\.14 %\\s+replica_loss_percent\\n",
                                 "\\s26\\.1 %\\s+chi\\n", "\\s2\\.36385e\\+24 FLOP\\s+c_quality\\n"})
            QCOMPARE(out.contains(QRegularExpression(QString::fromLatin1(line))), revised);
        const CliRun csv = runCli({QStringLiteral("plan"), QStringLiteral("--revision"), revision,
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.status, 0);
        const QString header = QString::fromStdString(csv.out).section(QStringLiteral("\r\n"), 0, 0);
        QCOMPARE(header.contains(QLatin1String(",eta_h,q_c,q_act,replica_loss_percent,chi,c_quality,")),
                 revised);
    }

    // The planner's lookup is MODEL.md §3's rule rewritten: equal up to
    // rounding at every ratio, and exact at the keys.
    void plannerLookupIsTheSharedRule()
    {
        const dtx::QualityTable* tables[] = {&dtx::quality_tables::kRevisedCompressionWithErrorFeedback,
                                             &dtx::quality_tables::kRevisedCompressionWithoutErrorFeedback,
                                             &dtx::quality_tables::kRevisedActivation};
        for (const dtx::QualityTable* table : tables) {
            for (double ratio = 0.5; ratio < 2000; ratio *= 1.07)
                DTX_COMPARE_REL(dtx::plannerQualityLookup(*table, ratio),
                                dtx::lookUpQuality(*table, ratio, dtx::QualityScenario::Expected), 1e-15);
            for (std::size_t i = 0; i < table->keys.size(); ++i)
                QCOMPARE(dtx::plannerQualityLookup(*table, table->keys[i]), table->rows[i][1]);
        }
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
