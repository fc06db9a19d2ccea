// Properties every evaluation must have, over random valid scenarios of all
// four modes (issue 5): C_quality ≤ C_local ≤ C_actual, 0 < eta ≤ 1, H ≥ 1,
// every figure finite, and C_local non-decreasing in bandwidth and in time.
#include "DilocoModes.hpp"
#include "TestSupport.hpp"

#include <QTest>

#include <cmath>
#include <random>

using namespace dtx;

namespace {

constexpr int kScenarios = 3000;

struct RandomScenarios {
    std::mt19937_64 engine{20261121}; // fixed: a failure names a reproducible case
    HardwareCatalog catalog = builtInHardwareCatalog();

    double uniform(double lo, double hi)
    {
        return std::uniform_real_distribution<double>(lo, hi)(engine);
    }
    double logUniform(double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); }
    bool coin() { return uniform(0, 1) < 0.5; }

    Scenario next()
    {
        const auto presets = nodePresets(Revision::Feb2026);
        const auto& preset = presets[std::size_t(uniform(0, double(presets.size())))
                                     % presets.size()];
        Scenario s = referenceScenario(*presetNode(catalog, preset.name, Revision::Feb2026));
        s.mode = Mode(int(uniform(0, 4)) % 4);
        s.nodes = std::int64_t(std::llround(logUniform(1, 10000)));
        s.wan.setBandwidth(logUniform(1, 10000));
        s.wan.latencyMs = uniform(0, 500);
        s.training.compression = logUniform(1, 1000);
        s.training.years = logUniform(0.05, 5);
        s.training.mfu = uniform(0.05, 0.7);
        s.training.localBatchTokens = std::round(logUniform(1024, 4e6));
        s.assumptions.quality = QualityScenario(int(uniform(0, 4)) % 4);
        s.assumptions.replicaPenalty = coin();
        s.assumptions.stragglerMode = coin() ? StragglerMode::Synchronous : StragglerMode::Threshold;
        s.hierarchy.nodesPerGroup = std::round(logUniform(1, 64));
        s.hierarchy.regional = {logUniform(100, 100000), uniform(0, 50)};
        s.moe.totalParamsB = logUniform(10, 3000);
        s.moe.activeParamsB = s.moe.totalParamsB * uniform(0.01, 1);
        s.moe.layers = std::round(uniform(1, 128));
        s.pipeline.activationCompression = logUniform(1, 50);
        s.pipeline.microBatches = std::round(logUniform(1, 64));
        s.pipeline.stageLink = {logUniform(10, 100000), uniform(0, 50)};
        const double largest = s.node.maxParamsB();
        if (coin())
            s.paramsB = s.mode == Mode::PipelineDiloco ? largest * uniform(1.01, 8)
                                                       : largest * uniform(0.01, 1);
        return s;
    }
};

bool allFinite(const Evaluation& e)
{
    for (const double value : {e.nodes, e.totalGpus, e.paramsB, e.computeStepSeconds, e.syncBits,
                               e.stragglerFactor, e.syncSeconds, e.innerSteps, e.alpha, e.eta,
                               e.computeActual, e.computeLocal, e.tokens, e.chinchillaTokens,
                               e.overtrainingRatio, e.chinchillaEfficiency, e.computeQuality,
                               e.costUsd, e.thresholdMultiple})
        if (!std::isfinite(value))
            return false;
    return true;
}

QString describe(const Scenario& s)
{
    return QStringLiteral("mode %1, %2 nodes of %3, %4 Mbps, %5 ms, c %6, %7 years")
        .arg(QString::fromUtf8(modeName(s.mode).data()))
        .arg(s.nodes)
        .arg(QString::fromStdString(s.node.name))
        .arg(s.wan.uploadMbps)
        .arg(s.wan.latencyMs)
        .arg(s.training.compression)
        .arg(s.training.years);
}

} // namespace

class TestProperties : public QObject {
    Q_OBJECT

private slots:
    void evaluationsKeepTheirInvariants()
    {
        RandomScenarios random;
        int evaluated = 0;
        for (int i = 0; i < kScenarios; ++i) {
            const Scenario s = random.next();
            const EvaluationOutcome outcome = evaluate(s);
            if (!outcome.ok())
                continue; // not applicable (too few pipeline groups, ...)
            ++evaluated;
            const Evaluation& e = *outcome.evaluation;
            const QString where = describe(s);
            QVERIFY2(allFinite(e), qPrintable(where));
            QVERIFY2(e.eta > 0 && e.eta <= 1, qPrintable(where));
            QVERIFY2(e.innerSteps >= 1, qPrintable(where));
            QVERIFY2(e.computeLocal <= e.computeActual * (1 + 1e-12), qPrintable(where));
            QVERIFY2(e.computeQuality <= e.computeLocal * (1 + 1e-12), qPrintable(where));
            QVERIFY2(e.computeQuality > 0, qPrintable(where));
        }
        QVERIFY2(evaluated > kScenarios / 2, "most random scenarios should apply");
    }

    void computeGrowsWithBandwidthAndTime_data()
    {
        QTest::addColumn<bool>("bandwidth");
        QTest::newRow("bandwidth doubled") << true;
        QTest::newRow("time budget 1.5x") << false;
    }

    void computeGrowsWithBandwidthAndTime()
    {
        QFETCH(bool, bandwidth);
        RandomScenarios random;
        int compared = 0;
        for (int i = 0; i < kScenarios; ++i) {
            const Scenario s = random.next();
            const EvaluationOutcome base = evaluate(s);
            if (!base.ok())
                continue;
            Scenario more = s;
            if (bandwidth)
                more.wan.setBandwidth(2 * more.wan.uploadMbps);
            else
                more.training.years *= 1.5;
            const EvaluationOutcome after = evaluate(more);
            QVERIFY2(after.ok(), qPrintable(describe(more)));
            ++compared;
            QVERIFY2(after.evaluation->computeLocal
                         >= base.evaluation->computeLocal * (1 - 1e-12),
                     qPrintable(describe(s) + QStringLiteral(": %1 -> %2")
                                                  .arg(base.evaluation->computeLocal)
                                                  .arg(after.evaluation->computeLocal)));
        }
        QVERIFY(compared > kScenarios / 2);
    }
};

QTEST_GUILESS_MAIN(TestProperties)
#include "test_properties.moc"
