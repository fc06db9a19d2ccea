// Every tab's compute function, without a window: its points are the
// model's own numbers, and an edit its `reads` declares irrelevant leaves
// its result exactly as it was (so the cache that skips it is right).
#include "DilocoModes.hpp"
#include "DocumentState.hpp"
#include "HardwareCatalogFile.hpp"
#include "ModelSizeCompute.hpp"
#include "NetworkCompute.hpp"
#include "PlanFile.hpp"
#include "PlotData.hpp"
#include "ScaleCompute.hpp"
#include "ScenarioFile.hpp"
#include "TestSupport.hpp"
#include "TimeCompute.hpp"
#include "TrainingRunCompute.hpp"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace dtx;
using namespace dtx::ui;
using dtx::test::strings;

namespace {

const HardwareCatalog& catalog()
{
    static const HardwareCatalog loaded = builtInHardwareCatalog();
    return loaded;
}

// The default scenario with `sets` ("key=value") applied as --set would.
Scenario scenarioWith(const QStringList& sets)
{
    std::vector<ScenarioAssignment> assignments;
    for (const QString& set : sets) {
        ScenarioAssignment assignment;
        if (!parseAssignment(set.toStdString(), &assignment))
            qFatal("bad assignment %s", qPrintable(set));
        assignments.push_back(assignment);
    }
    const ScenarioLoad load = loadScenario(QByteArray(), QString(), assignments, catalog());
    if (!load.ok())
        qFatal("%s", qPrintable(load.error));
    return *load.scenario;
}

// What a compute function returns, as bytes: its plots' CSV and the
// numbers it returns beside them.
QByteArray fingerprint(std::initializer_list<const PlotData*> plots, std::initializer_list<double> numbers = {})
{
    QByteArray bytes;
    for (const PlotData* plot : plots)
        bytes += plotDataCsv(*plot);
    for (double number : numbers)
        bytes += csvNumber(number) + ';';
    return bytes;
}

// One tab's compute: whether its tab runs it again on a change (from
// `before` to `after`), and its result for a state.
struct ComputeUnderTest {
    std::function<bool(const ChangeSet&, const DocumentState& before, const DocumentState& after)> reads;
    std::function<QByteArray(const DocumentState&)> result;
};

PlannerInputs plannedFor(const DocumentState& state)
{
    const EvaluationOutcome outcome = evaluate(state.scenario);
    return plannedInputs(state, outcome.ok() ? &*outcome.evaluation : nullptr);
}

ComputeUnderTest computeNamed(const QString& name)
{
    if (name == QLatin1String("scale"))
        // The tab also sweeps again when the node count leaves the grid.
        return {[](const ChangeSet& c, const DocumentState& before, const DocumentState& after) {
                    return ScaleCompute::reads(c)
                           || ScaleCompute::gridEnd(before.scenario) != ScaleCompute::gridEnd(after.scenario);
                },
                [](const DocumentState& s) {
                    const ScaleResult r = ScaleCompute::run(s.scenario, catalog());
                    return fingerprint({&r.compute, &r.efficiency, &r.cost}, {r.gridEnd});
                }};
    if (name == QLatin1String("bandwidth"))
        return {[](const ChangeSet& c, const DocumentState& before, const DocumentState& after) {
                    return NetworkCompute::bandwidthReads(c)
                           || NetworkCompute::bandwidthRange(before.scenario)
                                  != NetworkCompute::bandwidthRange(after.scenario);
                },
                [](const DocumentState& s) {
                    const BandwidthResult r = NetworkCompute::bandwidth(s.scenario);
                    QByteArray labels;
                    for (const PlotLabel& label : r.profileLabels)
                        labels += csvNumber(label.x) + csvNumber(label.y) + label.text.toUtf8();
                    return fingerprint({&r.compute, &r.efficiency, &r.innerSteps}, {r.from, r.to})
                           + labels;
                }};
    if (name == QLatin1String("latency"))
        return {[](const ChangeSet& c, const DocumentState& before, const DocumentState& after) {
                    return NetworkCompute::latencyReads(c)
                           || NetworkCompute::latencyEnd(before.scenario)
                                  != NetworkCompute::latencyEnd(after.scenario);
                },
                [](const DocumentState& s) {
                    const LatencyResult r = NetworkCompute::latency(s.scenario);
                    return fingerprint({&r.latency}, {r.to});
                }};
    if (name == QLatin1String("budget"))
        return {[](const ChangeSet& c, const DocumentState&, const DocumentState&) { return TimeCompute::budgetReads(c); },
                [](const DocumentState& s) {
                    const BudgetResult r = TimeCompute::budget(s.scenario);
                    return fingerprint({&r.budget});
                }};
    if (name == QLatin1String("run length"))
        return {[](const ChangeSet& c, const DocumentState&, const DocumentState&) { return TimeCompute::runLengthReads(c); },
                [](const DocumentState& s) {
                    const RunLengthResult r = TimeCompute::runLength(s.growth);
                    return fingerprint({&r.runLength}, {r.limitMonths, r.totalGrowthOom,
                                                        r.noTreatyMonths, r.treatyMonths});
                }};
    if (name == QLatin1String("model size"))
        return {[](const ChangeSet& c, const DocumentState&, const DocumentState&) { return ModelSizeCompute::reads(c); },
                [](const DocumentState& s) {
                    const ModelSizeResult r = ModelSizeCompute::run(s.scenario);
                    QByteArray search;
                    for (const ModelSizeCandidate& candidate : r.search.candidates)
                        search += csvNumber(candidate.multipleOfMaxParams)
                                  + csvNumber(candidate.evaluation.computeQuality);
                    return fingerprint({&r.curves}, {r.smallestSize, r.largestSize}) + search;
                }};
    // "training run": reads depends on whether it plans its own cluster.
    return {[](const ChangeSet& c, const DocumentState& before, const DocumentState&) {
                return TrainingRunCompute::reads(c, before.planner.ownCluster);
            },
            [](const DocumentState& s) {
                const TrainingRunResult r = TrainingRunCompute::run(plannedFor(s));
                return fingerprint({&r.byNodes, &r.byBandwidth},
                                   {r.plan.days, r.plan.maxRunLengthDays, double(bool(r.error))});
            }};
}

const QStringList kComputes{QStringLiteral("scale"),      QStringLiteral("bandwidth"),
                            QStringLiteral("latency"),    QStringLiteral("budget"),
                            QStringLiteral("run length"), QStringLiteral("model size"),
                            QStringLiteral("training run")};

// One edit of the document: what it changes, applied to a state.
struct Edit {
    const char* name;
    std::function<void(DocumentState*)> apply;
};

std::function<void(DocumentState*)> setScenario(const char* key, double value)
{
    return [key, value](DocumentState* state) {
        const QString error = assignScenarioNumber(&state->scenario, key, value, catalog());
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    };
}

std::function<void(DocumentState*)> setPlan(const char* key, double value)
{
    return [key, value](DocumentState* state) {
        if (!setPlanNumber(&state->planner.inputs, key, value))
            qFatal("no planner key %s", key);
    };
}

const std::vector<Edit>& edits()
{
    static const std::vector<Edit> all{
        {"nodes within the grid", setScenario("nodes", 300)},
        {"nodes beyond the grid", setScenario("nodes", 50000)},
        {"bandwidth", setScenario("network.bandwidth_mbps", 25)},
        {"bandwidth beyond the sweep", setScenario("network.bandwidth_mbps", 400000)},
        {"latency", setScenario("network.latency_ms", 300)},
        {"compression", setScenario("training.compression", 100)},
        {"time budget", setScenario("training.years", 1)},
        {"mfu", setScenario("training.mfu", 0.3)},
        {"model size", setScenario("model.params_b", 100)},
        {"node memory", setScenario("node.vram_gb", 1920)},
        {"CCC threshold", setScenario("treaty.ccc_threshold_h100e", 64)},
        {"Strict Threshold", setScenario("treaty.strict_threshold_flop", 1e25)},
        {"name", [](DocumentState* s) { s->scenario.name = "Another name"; }},
        {"planner tokens", setPlan("model.tokens", 20e12)},
        {"planner inner steps", setPlan("algorithm.inner_steps", 256)},
        {"planner own cluster", [](DocumentState* s) { s->planner.ownCluster = true; }},
        {"growth", [](DocumentState* s) { s->growth.hardwareGrowthOom = 0.2; }},
        {"pin", [](DocumentState* s) { s->pinned.push_back(s->scenario); }},
        {"story", [](DocumentState* s) { s->story.steps.push_back({}); }},
    };
    return all;
}

} // namespace

class TestTabCompute : public QObject {
    Q_OBJECT

private slots:
    void unreadEditsChangeNothing_data()
    {
        QTest::addColumn<QString>("compute");
        QTest::addColumn<int>("edit");
        QTest::addColumn<bool>("ownCluster");
        for (const QString& compute : kComputes)
            for (std::size_t e = 0; e < edits().size(); ++e)
                for (bool own : {false, true})
                    if (!own || (compute == QLatin1String("training run")
                                 && std::string_view(edits()[e].name) != "planner own cluster"))
                        QTest::addRow("%s, %s%s", qPrintable(compute), edits()[e].name,
                                      own ? " (own cluster)" : "")
                            << compute << int(e) << own;
    }
    void unreadEditsChangeNothing()
    {
        QFETCH(QString, compute);
        QFETCH(int, edit);
        QFETCH(bool, ownCluster);
        DocumentState before;
        before.scenario = scenarioWith({});
        before.planner.ownCluster = ownCluster;
        DocumentState after = before;
        edits()[std::size_t(edit)].apply(&after);
        const ChangeSet changes = changesBetween(before, after);
        QVERIFY2(!changes.isEmpty(), "the edit changes nothing");

        const ComputeUnderTest under = computeNamed(compute);
        const bool same = under.result(before) == under.result(after);
        if (!under.reads(changes, before, after)) {
            QVERIFY2(same, qPrintable(QStringLiteral("the result changed on an edit declared unread: ")
                                      + QStringList(changes.keys().values()).join(QLatin1Char(' '))));
        }
        // (A change it reads may still leave the result as it was: a cache
        // may be cautious, never careless.)
    }

    // Each curve's points are what evaluate() says of the scenario with the
    // swept input set to the point's x.
    void pointsAreTheModels_data()
    {
        QTest::addColumn<QString>("compute");
        QTest::addColumn<QStringList>("sets");
        QTest::newRow("scale, reference") << QStringLiteral("scale") << QStringList();
        QTest::newRow("scale, hierarchical FP8")
            << QStringLiteral("scale") << strings({"mode=hierarchical", "node.preset=16x H100 FP8"});
        QTest::newRow("bandwidth, reference") << QStringLiteral("bandwidth") << QStringList();
        QTest::newRow("bandwidth, 2,000 nodes") << QStringLiteral("bandwidth") << strings({"nodes=2000"});
        QTest::newRow("latency, reference") << QStringLiteral("latency") << QStringList();
        QTest::newRow("budget, reference") << QStringLiteral("budget") << QStringList();
        QTest::newRow("model size, reference") << QStringLiteral("model size") << QStringList();
    }
    void pointsAreTheModels()
    {
        QFETCH(QString, compute);
        QFETCH(QStringList, sets);
        const Scenario scenario = scenarioWith(sets);
        struct Curve {
            const PlotSeries* series;
            std::function<void(Scenario*, double)> set;
            double Evaluation::*value;
        };
        std::vector<Curve> curves;
        ScaleResult scale;
        BandwidthResult bandwidth;
        LatencyResult latency;
        BudgetResult budget;
        ModelSizeResult modelSize;
        const auto byRole = [](const PlotData& plot, const char* role) {
            for (const PlotSeries& series : plot.series)
                if (series.role == QLatin1String(role))
                    return &series;
            qFatal("no series of role %s", role);
            return static_cast<const PlotSeries*>(nullptr);
        };
        const auto setNodes = [](Scenario* s, double x) { s->nodes = std::int64_t(x); };
        const auto setMbps = [](Scenario* s, double x) { s->wan.setBandwidth(x); };
        if (compute == QLatin1String("scale")) {
            scale = ScaleCompute::run(scenario, catalog());
            curves = {{byRole(scale.compute, "c_local"), setNodes, &Evaluation::computeLocal},
                      {byRole(scale.compute, "c_quality"), setNodes, &Evaluation::computeQuality},
                      {byRole(scale.efficiency, "eta"), setNodes, &Evaluation::eta},
                      {byRole(scale.cost, "cost"), setNodes, &Evaluation::costUsd}};
        } else if (compute == QLatin1String("bandwidth")) {
            bandwidth = NetworkCompute::bandwidth(scenario);
            curves = {{byRole(bandwidth.compute, "c_local"), setMbps, &Evaluation::computeLocal},
                      {byRole(bandwidth.compute, "c_quality"), setMbps, &Evaluation::computeQuality},
                      {byRole(bandwidth.efficiency, "eta"), setMbps, &Evaluation::eta},
                      {byRole(bandwidth.innerSteps, "steps"), setMbps, &Evaluation::innerSteps}};
        } else if (compute == QLatin1String("latency")) {
            latency = NetworkCompute::latency(scenario);
            curves = {{byRole(latency.latency, "c_local"),
                       [](Scenario* s, double x) { s->wan.latencyMs = x; }, &Evaluation::computeLocal}};
        } else if (compute == QLatin1String("budget")) {
            budget = TimeCompute::budget(scenario);
            const auto setMonths = [](Scenario* s, double x) { s->training.years = x / 12; };
            curves = {{byRole(budget.budget, "c_local"), setMonths, &Evaluation::computeLocal},
                      {byRole(budget.budget, "c_quality"), setMonths, &Evaluation::computeQuality}};
        } else {
            modelSize = ModelSizeCompute::run(scenario);
            curves = {{byRole(modelSize.curves, "flat_local"), [](Scenario* s, double x) { s->paramsB = x; },
                       &Evaluation::computeLocal}};
        }
        for (const Curve& curve : curves) {
            QVERIFY(curve.series->x.size() >= 100);
            QCOMPARE(curve.series->x.size(), curve.series->y.size());
            for (std::size_t i = 0; i < curve.series->x.size(); ++i) {
                Scenario point = scenario;
                curve.set(&point, curve.series->x[i]);
                const EvaluationOutcome outcome = evaluate(point);
                QVERIFY2(outcome.ok(), outcome.error.message.c_str());
                DTX_COMPARE_REL(curve.series->y[i], (*outcome.evaluation).*curve.value, 1e-12);
            }
        }
    }

    // The training run's curves are the planner's days with one input moved,
    // and the plan is that of the headline's scenario unless told otherwise.
    void trainingRunIsThePlannersPlan_data()
    {
        QTest::addColumn<bool>("ownCluster");
        QTest::newRow("the headline's scenario") << false;
        QTest::newRow("a cluster of its own") << true;
    }
    void trainingRunIsThePlannersPlan()
    {
        QFETCH(bool, ownCluster);
        DocumentState state;
        state.scenario = scenarioWith(strings({"nodes=300", "network.bandwidth_mbps=250"}));
        state.planner.ownCluster = ownCluster;
        const PlannerInputs inputs = plannedFor(state);
        QCOMPARE(inputs.cluster.nodes == 300, !ownCluster);
        const TrainingRunResult r = TrainingRunCompute::run(inputs);
        QVERIFY(!r.error);
        QCOMPARE(r.plan.days, planTrainingRun(inputs).days);
        if (!ownCluster) {
            // The same run as the headline's: its H, and the tokens its time
            // budget trains take that budget before the efficiency penalty.
            const Evaluation evaluation = *evaluate(state.scenario).evaluation;
            QCOMPARE(inputs.algorithm.innerSteps, evaluation.innerSteps);
            DTX_COMPARE_REL(r.plan.daysBeforePenalty, state.scenario.training.years * 365.25, 1e-9);
        }
        const PlotSeries& byNodes = r.byNodes.series.front();
        QVERIFY(byNodes.x.size() >= 100);
        for (std::size_t i = 0; i < byNodes.x.size(); ++i) {
            PlannerInputs point = inputs;
            point.cluster.nodes = byNodes.x[i];
            QCOMPARE(byNodes.y[i], planTrainingRun(point).days);
        }
        const PlotSeries& byBandwidth = r.byBandwidth.series.front();
        for (std::size_t i = 0; i < byBandwidth.x.size(); ++i) {
            PlannerInputs point = inputs;
            point.network.bandwidthMbps = byBandwidth.x[i];
            QCOMPARE(byBandwidth.y[i], planTrainingRun(point).days);
        }
    }

    // The run-length limit is core's (MODEL.md §13), in months.
    void runLengthIsCores_data()
    {
        QTest::addColumn<double>("hardware");
        QTest::addColumn<double>("software");
        QTest::addColumn<double>("investment");
        QTest::newRow("defaults") << 0.13672 << 0.47712 << 0.54407;
        QTest::newRow("faster hardware") << 0.2 << 0.47712 << 0.54407;
        QTest::newRow("slow everything") << 0.01 << 0.01 << 0.01;
    }
    void runLengthIsCores()
    {
        QFETCH(double, hardware);
        QFETCH(double, software);
        QFETCH(double, investment);
        RunLengthInputs growth;
        growth.hardwareGrowthOom = hardware;
        growth.softwareGrowthOom = software;
        growth.investmentGrowthOom = investment;
        const RunLengthResult r = TimeCompute::runLength(growth);
        DTX_COMPARE_REL(r.limitMonths, runLengthLimitYears(growth) * 12, 1e-12);
        DTX_COMPARE_REL(r.totalGrowthOom, totalGrowthOom(growth), 1e-12);
        QVERIFY(!r.runLength.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTabCompute)
#include "test_tab_compute.moc"
