// Speed goals, measured (not asserted): one flat evaluation, the whole
// `dtx report` process and a 1,000 × 1,000 sweep (issue 2); the Monte
// Carlo, the fan chart, the threshold map and `dtx uncertainty` against
// `dtx sweep` (issue 14).
//   dtx_bench [PATH_TO_DTX]
#include "CalibrationFile.hpp"
#include "MemoryRuleCheapest.hpp"
#include "DilocoModes.hpp"
#include "MonteCarlo.hpp"
#include "SweepGrid.hpp"
#include "ThresholdMap.hpp"
#include "HardwareCatalogFile.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double flatEvaluationNanoseconds(const dtx::HardwareCatalog& catalog, dtx::Revision revision)
{
    dtx::Scenario scenario =
        dtx::referenceScenario(*dtx::referenceNode(catalog, revision), revision);
    constexpr int kEvaluations = 1000000;
    double checksum = 0;
    std::vector<double> rounds;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kEvaluations; ++i) {
            scenario.nodes = 2 + i % 5000; // a new result each time, eta_chinchilla included
            checksum += dtx::evaluateFlat(scenario).computeQuality;
        }
        rounds.push_back(double(timer.nsecsElapsed()) / kEvaluations);
    }
    std::printf("(checksum %.3g)\n", checksum);
    return median(rounds);
}

// The evaluations alone of the sweep below (nodes x log bandwidth), to tell
// the model's share of the sweep's time from formatting and writing.
double sweepGridEvaluationNanoseconds(const dtx::HardwareCatalog& catalog)
{
    dtx::Scenario scenario = dtx::referenceScenario(
        *dtx::referenceNode(catalog, dtx::kDefaultRevision), dtx::kDefaultRevision);
    constexpr int kSide = 300;
    double checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kSide; ++i) {
        scenario.nodes = 1 + i * 1000 / kSide;
        for (int j = 0; j < kSide; ++j) {
            scenario.wan.setBandwidth(std::pow(10.0, 4.0 * j / (kSide - 1)));
            const dtx::EvaluationOutcome outcome = dtx::evaluateInRange(scenario);
            checksum += outcome.ok() ? outcome.evaluation->computeQuality : 0;
        }
    }
    const double nanoseconds = double(timer.nsecsElapsed()) / (kSide * kSide);
    std::printf("(checksum %.3g)\n", checksum);
    return nanoseconds;
}

// The median of `runs` timings of `work`, in milliseconds.
template <typename Work>
double medianMilliseconds(int runs, Work work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void benchAnalyses(const dtx::HardwareCatalog& catalog)
{
    for (const dtx::Revision revision : dtx::kAllRevisions) {
        const dtx::Scenario scenario =
            dtx::referenceScenario(*dtx::referenceNode(catalog, revision), revision);
        const char* name = dtx::revisionName(revision).data();
        double checksum = 0;
        const double monteCarloMs = medianMilliseconds(11, [&] {
            checksum += dtx::runUncertainty(scenario, {}).summary->of(dtx::UncertainMetric::ComputeQuality).q50;
        });
        std::printf("Monte Carlo, 10,000 samples of one flat scenario, %s: %.1f ms median of 11 "
                    "(goal <= 20 ms)\n",
                    name, monteCarloMs);
        std::vector<dtx::Scenario> fan;
        for (double n : dtx::logIntegerGrid(1, 10000, 100)) {
            dtx::Scenario point = scenario;
            point.nodes = static_cast<std::int64_t>(n);
            fan.push_back(point);
        }
        dtx::UncertaintyOptions fanOptions;
        fanOptions.samples = 1000;
        const double fanMs = medianMilliseconds(11, [&] {
            checksum += dtx::runUncertaintySweep(fan, fanOptions).size();
        });
        std::printf("fan chart, %zu node counts x 1,000 samples, %s: %.1f ms median of 11 "
                    "(goal <= 50 ms)\n",
                    fan.size(), name, fanMs);
        const double mapMs = medianMilliseconds(11, [&] {
            checksum += dtx::computeThresholdMap(
                            scenario, dtx::defaultMapAxisRange(dtx::MapAxis::Nodes, scenario),
                            dtx::defaultMapAxisRange(dtx::MapAxis::Bandwidth, scenario), 200, 200,
                            dtx::MapMetric::ComputeQuality)
                            .values.size();
        });
        std::printf("threshold map, 200 x 200 cells, %s: %.1f ms median of 11 (goal <= 50 ms)\n",
                    name, mapMs);
        // The Evidence and Memory rule tabs: calibration redone per change,
        // the cheapest configurations per chip once the inputs are still.
        const dtx::CalibrationData runs = dtx::builtInCalibrationData();
        const double calibrationMs = medianMilliseconds(11, [&] {
            const auto rows = dtx::calibrate(runs, dtx::calibrationModel(scenario));
            checksum += dtx::calibrationFindings(rows, scenario).communication.size();
        });
        const double memoryRuleMs = medianMilliseconds(11, [&] {
            checksum += dtx::memoryRuleTable(catalog, {}).size();
        });
        const double cheapestMs = medianMilliseconds(5, [&] {
            checksum += dtx::memoryRuleCheapest(scenario, catalog, {}).size();
        });
        std::printf("calibration with findings, %s: %.3f ms; memory-rule table: %.3f ms; cheapest "
                    "configuration per target, every chip: %.0f ms (medians)\n",
                    name, calibrationMs, memoryRuleMs, cheapestMs);
        std::printf("(checksum %.3g)\n", checksum);
    }
}

double processMilliseconds(const QString& program, const QStringList& arguments, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(600000) || process.exitCode() != 0) {
            std::fprintf(stderr, "dtx_bench: %s failed\n", qPrintable(arguments.join(QLatin1Char(' '))));
            return -1;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QString dtx = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QCoreApplication::applicationDirPath()
                                       + QStringLiteral("/../app/dtx");
    if (!QFileInfo(dtx).isExecutable()) {
        std::fprintf(stderr, "dtx_bench: %s is not the dtx program; pass its path\n", qPrintable(dtx));
        return 2;
    }
    const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();

    const double evaluationNs = flatEvaluationNanoseconds(catalog, dtx::Revision::Feb2026);
    std::printf("flat evaluation incl. eta_chinchilla, 2026-02: %.0f ns (goal <= 1000 ns)\n",
                evaluationNs);
    // R5's loss multiplier needs a second Chinchilla root per evaluation.
    const double revisedNs = flatEvaluationNanoseconds(catalog, dtx::Revision::Apr2026);
    std::printf("flat evaluation incl. chi and chi_full, 2026-04: %.0f ns = %.2fx 2026-02 "
                "(goal <= 2x)\n",
                revisedNs, revisedNs / evaluationNs);

    std::printf("evaluation of one sweep row (nodes x log bandwidth): %.0f ns\n",
                sweepGridEvaluationNanoseconds(catalog));

    benchAnalyses(catalog);
    const double uncertaintyMs = processMilliseconds(
        dtx, {QStringLiteral("uncertainty"), QStringLiteral("--samples"), QStringLiteral("100000")}, 5);
    const double sweep100kMs = processMilliseconds(
        dtx, {QStringLiteral("sweep"), QStringLiteral("--vary"), QStringLiteral("nodes=1:100000:100000")},
        5);
    std::printf("dtx uncertainty --samples 100000: %.0f ms; dtx sweep of 100,000 points: %.0f ms; "
                "ratio %.2f (goal <= 3)\n",
                uncertaintyMs, sweep100kMs, uncertaintyMs / sweep100kMs);

    const double reportMs = processMilliseconds(dtx, {QStringLiteral("report")}, 21);
    std::printf("dtx report, whole process: %.1f ms median of 21 (goal <= 15 ms)\n", reportMs);

    QTemporaryDir folder;
    const QString output = folder.filePath(QStringLiteral("sweep.csv"));
    const double sweepMs = processMilliseconds(
        dtx,
        {QStringLiteral("sweep"), QStringLiteral("--vary"), QStringLiteral("nodes=1:1000:1000"),
         QStringLiteral("--vary"), QStringLiteral("network.bandwidth_mbps=1:10000:1000:log"),
         QStringLiteral("-o"), output},
        3);
    std::printf("dtx sweep 1,000 x 1,000 (nodes x bandwidth) to CSV: %.2f s median of 3, %.0f MB "
                "(goal <= 2 s)\n",
                sweepMs / 1000, QFileInfo(output).size() / 1e6);
    return 0;
}
