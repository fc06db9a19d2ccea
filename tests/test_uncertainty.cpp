// ANALYSES.md part A: the random stream, the Monte Carlo, the tornado, the
// Chinchilla amplification and the threshold map, against the reference
// values printed in the spec (to their printed digits).
#include "TestSupport.hpp"

#include "ChinchillaAmplification.hpp"
#include "DilocoModes.hpp"
#include "MonteCarlo.hpp"
#include "ThresholdMap.hpp"
#include "Tornado.hpp"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace dtx;
using dtx::test::strings;

namespace {

// `actual` rounded to as many significant digits as the spec printed
// `printed` with ("1.088e24": four), in the same form.
QString roundedLike(double actual, const QString& printed)
{
    const QString mantissa = printed.section(QLatin1Char('e'), 0, 0).remove(QLatin1Char('-'));
    const qsizetype digits = mantissa.size() - (mantissa.contains(QLatin1Char('.')) ? 1 : 0);
    QString text = QString::number(actual, 'e', static_cast<int>(digits - 1));
    text.replace(QStringLiteral("e+"), QStringLiteral("e"));
    return text;
}

#define DTX_COMPARE_PRINTED(actual, printed)                                                       \
    QCOMPARE(roundedLike((actual), (printed)),                                                     \
             roundedLike((printed).toDouble(), (printed)))

Scenario referenceAt(std::int64_t nodes, Revision revision = Revision::Feb2026)
{
    // Each revision's reference node (48 or 50 A100).
    Scenario scenario =
        referenceScenario(*referenceNode(builtInHardwareCatalog(), revision), revision);
    scenario.nodes = nodes;
    return scenario;
}

} // namespace

class TestUncertainty : public QObject {
    Q_OBJECT

private slots:
    void generatorCheckValues()
    {
        std::mt19937_64 standardEngine;
        standardEngine.discard(9999);
        QCOMPARE(standardEngine(), std::uint64_t{9981545732273789042ULL});
        std::mt19937_64 seeded(kDefaultUncertaintySeed);
        QCOMPARE(seeded(), std::uint64_t{5617703368935438746ULL});
        const std::vector<double> uniforms = drawUniforms(kDefaultUncertaintySeed, 1);
        QCOMPARE(uniforms[0], (static_cast<double>(5617703368935438746ULL >> 11) + 0.5)
                                  / 9007199254740992.0);
    }

    void inverseCdf_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("mode");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("u");
        QTest::addColumn<double>("expected");
        const int tri = static_cast<int>(Distribution::Shape::Triangular);
        const int lu = static_cast<int>(Distribution::Shape::LogUniform);
        const int uni = static_cast<int>(Distribution::Shape::Uniform);
        // Fc = (1 − 0.75) / 0.375 = 2/3: below it the rising side.
        QTest::newRow("tri rising") << tri << 0.75 << 1.0 << 1.125 << 0.375
                                    << 0.75 + std::sqrt(0.375 * 0.375 * 0.25);
        QTest::newRow("tri at mode") << tri << 0.75 << 1.0 << 1.125 << 2.0 / 3.0 << 1.0;
        QTest::newRow("tri falling") << tri << 0.75 << 1.0 << 1.125 << 0.9
                                     << 1.125 - std::sqrt(0.1 * 0.375 * 0.125);
        QTest::newRow("tri degenerate") << tri << 0.97 << 0.97 << 0.97 << 0.3 << 0.97;
        QTest::newRow("tri mode at high") << tri << 0.85 << 1.0 << 1.0 << 0.25
                                          << 0.85 + std::sqrt(0.25 * 0.15 * 0.15);
        QTest::newRow("log-uniform middle") << lu << 1.0 << 1.0 << 22.2 << 0.5 << std::sqrt(22.2);
        QTest::newRow("log-uniform revision") << lu << 0.5 << 0.5 << 2.0 << 0.5 << 1.0;
        QTest::newRow("uniform") << uni << 0.5 << 0.5 << 0.8 << 0.25 << 0.575;
    }
    void inverseCdf()
    {
        QFETCH(int, shape);
        QFETCH(double, low);
        QFETCH(double, mode);
        QFETCH(double, high);
        QFETCH(double, u);
        QFETCH(double, expected);
        const Distribution d{static_cast<Distribution::Shape>(shape), low, mode, high};
        DTX_COMPARE_REL(d.quantile(u), expected, 1e-14);
    }

    void quantileType7_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // R: quantile(c(3, 1, 4, 1, 5), p, type = 7).
        const QList<double> five = {3, 1, 4, 1, 5};
        QTest::newRow("median of five") << five << 0.5 << 3.0;
        QTest::newRow("q05 of five") << five << 0.05 << 1.0;
        QTest::newRow("q95 of five") << five << 0.95 << 4.8;
        QTest::newRow("q25 of four") << QList<double>{1, 2, 3, 4} << 0.25 << 1.75;
        QTest::newRow("p = 1") << QList<double>{2, 9, 4} << 1.0 << 9.0;
        QTest::newRow("one value") << QList<double>{7} << 0.95 << 7.0;
    }
    void quantileType7()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        std::vector<double> v(values.begin(), values.end());
        DTX_COMPARE_REL(dtx::quantileType7(v, p), expected, 1e-15);
    }

    // ANALYSES.md A2's reference table: 48× A100 flat, defaults, N 10,000,
    // seed 20260401. Values as printed; each is compared to its digits.
    void monteCarloReference_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QStringList>("local");   // q5, q50, q95
        QTest::addColumn<QStringList>("quality"); // q5, q50, q95
        QTest::addColumn<QList<double>>("pExceed"); // 1e24, 1e25, 1e26
        QTest::newRow("6") << 6 << strings({"1.088e24", "1.287e24", "1.466e24"})
                           << strings({"8.68e23", "1.088e24", "1.298e24"})
                           << QList<double>{0.734, 0, 0};
        // The spec prints 8.67e24, which is 8.66500e24 rounded twice (to
        // 8.665, then up); to three digits at once it is 8.66e24.
        QTest::newRow("48") << 48 << strings({"8.665e24", "1.025e25", "1.168e25"})
                            << strings({"8.56e24", "9.93e24", "1.117e25"})
                            << QList<double>{1, 0.463, 0};
        QTest::newRow("72") << 72 << strings({"1.298e25", "1.536e25", "1.751e25"})
                            << strings({"1.211e25", "1.391e25", "1.566e25"})
                            << QList<double>{1, 1, 0};
    }
    void monteCarloReference()
    {
        QFETCH(int, nodes);
        QFETCH(QStringList, local);
        QFETCH(QStringList, quality);
        QFETCH(QList<double>, pExceed);
        const UncertaintyOutcome outcome = runUncertainty(referenceAt(nodes), {});
        QVERIFY(outcome.ok());
        const UncertaintySummary& s = *outcome.summary;
        const QuantileSummary& l = s.of(UncertainMetric::ComputeLocal);
        const QuantileSummary& q = s.of(UncertainMetric::ComputeQuality);
        const double localValues[] = {l.q05, l.q50, l.q95};
        const double qualityValues[] = {q.q05, q.q50, q.q95};
        for (int i = 0; i < 3; ++i) {
            DTX_COMPARE_PRINTED(localValues[i], local[i]);
            DTX_COMPARE_PRINTED(qualityValues[i], quality[i]);
        }
        const ExceedanceEvent events[] = {ExceedanceEvent::Quality1e24,
                                          ExceedanceEvent::Quality1e25,
                                          ExceedanceEvent::Quality1e26};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(std::round(s.of(events[i]).probability * 1000) / 1000, pExceed[i]);
    }

    void wideProfile()
    {
        UncertaintyOptions wide;
        wide.profile = UncertaintyProfile::Wide;
        const UncertaintyOutcome at72 = runUncertainty(referenceAt(72), wide);
        QVERIFY(at72.ok());
        const QuantileSummary& local = at72.summary->of(UncertainMetric::ComputeLocal);
        DTX_COMPARE_PRINTED(local.q05, QStringLiteral("1.06e25"));
        DTX_COMPARE_PRINTED(local.q95, QStringLiteral("2.14e25"));
        const UncertaintyOutcome at500 = runUncertainty(referenceAt(500), wide);
        QVERIFY(at500.ok());
        QCOMPARE(std::round(at500.summary->of(ExceedanceEvent::Quality1e26).probability * 1000)
                     / 1000,
                 0.092);
    }

    // Sample i always uses draws 10 i … 10 i + 9: one thread or many, the
    // same bits.
    void sameBitsForAnyThreadCount_data()
    {
        QTest::addColumn<int>("revision");
        QTest::addColumn<int>("mode");
        QTest::newRow("2026-02 flat") << int(Revision::Feb2026) << int(Mode::Flat);
        QTest::newRow("2026-04 flat") << int(Revision::Apr2026) << int(Mode::Flat);
        QTest::newRow("2026-04 hierarchical") << int(Revision::Apr2026) << int(Mode::Hierarchical);
        QTest::newRow("2026-02 pp_diloco") << int(Revision::Feb2026) << int(Mode::PipelineDiloco);
    }
    void sameBitsForAnyThreadCount()
    {
        QFETCH(int, revision);
        QFETCH(int, mode);
        Scenario scenario = referenceAt(72, static_cast<Revision>(revision));
        scenario.mode = static_cast<Mode>(mode);
        if (scenario.mode == Mode::PipelineDiloco)
            scenario.paramsB = 2 * scenario.node.maxParamsB();
        UncertaintyOptions options;
        options.samples = 3001; // not a multiple of the slices
        options.keepSamples = true;
        options.threads = 1;
        const UncertaintyOutcome one = runUncertainty(scenario, options);
        options.threads = 2;
        const UncertaintyOutcome two = runUncertainty(scenario, options);
        options.threads = 7;
        const UncertaintyOutcome seven = runUncertainty(scenario, options);
        QVERIFY(one.ok() && two.ok() && seven.ok());
        QVERIFY(one.summary->computeQualitySamples == two.summary->computeQualitySamples);
        QVERIFY(one.summary->computeQualitySamples == seven.summary->computeQualitySamples);
        for (std::size_t m = 0; m < kUncertainMetricCount; ++m) {
            QCOMPARE(one.summary->quantiles[m].mean, two.summary->quantiles[m].mean);
            QCOMPARE(one.summary->quantiles[m].q05, seven.summary->quantiles[m].q05);
            QCOMPARE(one.summary->quantiles[m].q95, seven.summary->quantiles[m].q95);
        }
        // Quantiles in order, for every metric.
        for (const QuantileSummary& q : one.summary->quantiles) {
            QVERIFY(q.q05 <= q.q50);
            QVERIFY(q.q50 <= q.q95);
        }
    }

    // Under 2026-02 more nodes never lower any exceedance probability
    // (common random numbers: the same samples at every count).
    void exceedanceGrowsWithNodes()
    {
        std::vector<Scenario> points;
        for (std::int64_t n : {1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 72, 96, 128, 256, 500, 1000,
                               4000})
            points.push_back(referenceAt(n));
        UncertaintyOptions options;
        options.samples = 2000;
        const std::vector<UncertaintyOutcome> sweep = runUncertaintySweep(points, options);
        for (std::size_t e = 0; e < kExceedanceEventCount; ++e) {
            for (std::size_t i = 1; i < sweep.size(); ++i) {
                QVERIFY(sweep[i].ok());
                QVERIFY2(sweep[i].summary->exceedance[e].probability
                             >= sweep[i - 1].summary->exceedance[e].probability,
                         qPrintable(QStringLiteral("event %1 at point %2").arg(e).arg(i)));
            }
        }
        // A sweep point equals the single run at that point.
        const UncertaintyOutcome single = runUncertainty(points[11], options);
        QCOMPARE(sweep[11].summary->of(UncertainMetric::ComputeQuality).q50,
                 single.summary->of(UncertainMetric::ComputeQuality).q50);
    }

    // ANALYSES.md A3: 72 × 48 A100, baseline 1.5470e25, rows by swing.
    void tornadoReference()
    {
        const TornadoOutcome outcome =
            computeTornado(referenceAt(72), UncertainMetric::ComputeQuality);
        QVERIFY(outcome.ok());
        const Tornado& t = *outcome.tornado;
        DTX_COMPARE_PRINTED(t.baseline, QStringLiteral("1.5470e25"));
        const std::vector<std::pair<const char*, const char*>> expected = {
            {"years", "62.3"},         {"mfu", "29.1"},     {"chinchilla_exponents", "15.2"},
            {"bandwidth", "12.4"},     {"availability", "12.1"}, {"alpha", "10.0"},
            {"compression_quality", "5.1"}, {"compression", "3.5"}, {"straggler", "0.8"},
            // Both swing exactly 0 (H does not move between 2 and 340 ms);
            // the stable sort keeps CLI.md's order, E before latency, where
            // A3's prose lists latency first.
            {"replica_penalty", "0.7"}, {"chinchilla_e", "0"},   {"latency", "0"}};
        QCOMPARE(t.rows.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(QString::fromStdString(t.rows[i].input), QString::fromUtf8(expected[i].first));
            const QString printed = QString::fromUtf8(expected[i].second);
            const int decimals = printed.contains(QLatin1Char('.')) ? 1 : 0;
            QCOMPARE(QString::number(t.rows[i].swingRelative * 100, 'f', decimals), printed);
        }
        QCOMPARE(t.rows[t.rows.size() - 2].swing, 0.0); // E cancels exactly under 2026-02
        QCOMPARE(t.rows.back().swing, 0.0);
    }

    void tornadoAt500Nodes()
    {
        const TornadoOutcome outcome =
            computeTornado(referenceAt(500), UncertainMetric::ComputeQuality);
        QVERIFY(outcome.ok());
        QCOMPARE(QString::fromStdString(outcome.tornado->rows.front().input),
                 QStringLiteral("chinchilla_exponents"));
        QCOMPARE(QString::number(outcome.tornado->rows.front().swingRelative * 100, 'f', 1),
                 QStringLiteral("57.6"));
    }

    // Rows that do not apply to the mode are absent (CLI.md).
    void tornadoRowsByMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("activation");
        QTest::addColumn<bool>("hierarchy");
        QTest::newRow("flat") << int(Mode::Flat) << false << false;
        QTest::newRow("hierarchical") << int(Mode::Hierarchical) << false << true;
        QTest::newRow("pp_diloco") << int(Mode::PipelineDiloco) << true << false;
        QTest::newRow("moe") << int(Mode::Moe) << false << false;
    }
    void tornadoRowsByMode()
    {
        QFETCH(int, mode);
        QFETCH(bool, activation);
        QFETCH(bool, hierarchy);
        Scenario scenario = referenceAt(72);
        scenario.mode = static_cast<Mode>(mode);
        if (scenario.mode == Mode::PipelineDiloco)
            scenario.paramsB = 2 * scenario.node.maxParamsB();
        const TornadoOutcome outcome = computeTornado(scenario, UncertainMetric::ComputeLocal);
        QVERIFY(outcome.ok());
        const auto has = [&](const char* name) {
            return std::any_of(outcome.tornado->rows.begin(), outcome.tornado->rows.end(),
                               [&](const TornadoRow& r) { return r.input == name; });
        };
        QCOMPARE(has("activation_quality"), activation);
        QCOMPARE(has("hierarchy_exponent"), hierarchy);
        QVERIFY(has("mfu") && has("bandwidth") && has("years"));
        for (std::size_t i = 1; i < outcome.tornado->rows.size(); ++i)
            QVERIFY(outcome.tornado->rows[i - 1].swing >= outcome.tornado->rows[i].swing);
    }

    // ANALYSES.md A4's table (D = 25.6 N).
    void amplificationTable_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("loss");
        QTest::addColumn<QString>("improvable");
        QTest::addColumn<QString>("sharePercent");
        QTest::addColumn<QString>("amplification");
        QTest::newRow("1 B") << 0 << "2.4993" << "0.6821" << "27.3" << "20.6";
        QTest::newRow("10 B") << 1 << "2.1175" << "0.3003" << "14.2" << "39.6";
        QTest::newRow("72 B") << 2 << "1.9659" << "0.1487" << "7.56" << "74.3";
        QTest::newRow("250 B") << 3 << "1.9127" << "0.0955" << "4.99" << "112.6";
        QTest::newRow("1000 B") << 4 << "1.8755" << "0.0583" << "3.11" << "180.9";
    }
    void amplificationTable()
    {
        QFETCH(int, row);
        QFETCH(QString, loss);
        QFETCH(QString, improvable);
        QFETCH(QString, sharePercent);
        QFETCH(QString, amplification);
        const LossDecomposition d = dtx::amplificationTable()[static_cast<std::size_t>(row)];
        const auto decimals = [](const QString& s) {
            return static_cast<int>(s.size() - s.indexOf(QLatin1Char('.')) - 1);
        };
        QCOMPARE(QString::number(d.loss, 'f', decimals(loss)), loss);
        QCOMPARE(QString::number(d.improvable, 'f', decimals(improvable)), improvable);
        QCOMPARE(QString::number(d.share * 100, 'f', decimals(sharePercent)), sharePercent);
        QCOMPARE(QString::number(d.amplification, 'f', decimals(amplification)), amplification);
        // ε ≈ 0.178 at every size.
        QCOMPARE(QString::number(d.elasticity, 'f', 3), QStringLiteral("0.178"));
    }

    // A4's test vectors at 250 B.
    void amplificationVectors_data()
    {
        QTest::addColumn<double>("E");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("multiplier");
        QTest::addColumn<QString>("chi");
        QTest::newRow("m 1.0157") << 1.8172 << 0.3478 << 0.3658 << 1.0157 << "0.2151";
        QTest::newRow("m 1.016") << 1.8172 << 0.3478 << 0.3658 << 1.016 << "0.2097";
        QTest::newRow("E 1.50") << 1.50 << 0.3478 << 0.3658 << 1.0157 << "0.2700";
        QTest::newRow("E 1.69") << 1.69 << 0.3478 << 0.3658 << 1.0157 << "0.2354";
        QTest::newRow("E 2.00") << 2.00 << 0.3478 << 0.3658 << 1.0157 << "0.1894";
        // (a, b) rows give 1 − χ.
        QTest::newRow("a 0.25") << 1.8172 << 0.25 << 0.27 << 1.016 << "0.758";
        QTest::newRow("a 0.31") << 1.8172 << 0.31 << 0.33 << 1.016 << "0.476";
        QTest::newRow("a 0.3478") << 1.8172 << 0.3478 << 0.3658 << 1.016 << "0.210";
        QTest::newRow("a 0.40") << 1.8172 << 0.40 << 0.42 << 1.016 << "0.016";
    }
    void amplificationVectors()
    {
        QFETCH(double, E);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, multiplier);
        QFETCH(QString, chi);
        ChinchillaFit fit = kBesiroglu2024Fit;
        fit.E = E;
        fit.a = a;
        fit.b = b;
        const double params = 250e9;
        const LossMultiplierEffect effect =
            lossMultiplierEffect(params, kChinchillaTokensPerParam * params, multiplier, fit);
        const int decimals = static_cast<int>(chi.size() - 2);
        QCOMPARE(QString::number(effect.chi, 'f', decimals), chi);
    }

    void amplificationDetails()
    {
        const double params = 250e9;
        const double tokens = kChinchillaTokensPerParam * params;
        const LossMultiplierEffect m1 = lossMultiplierEffect(params, tokens, 1.0157);
        QCOMPARE(QString::number(m1.effectiveParams / 1e9, 'f', 1), QStringLiteral("115.9"));
        const LossMultiplierEffect m2 = lossMultiplierEffect(params, tokens, 1.016);
        QCOMPARE(QString::number(m2.chiApproximation, 'f', 4), QStringLiteral("0.2096"));
        QCOMPARE(lossMultiplierEffect(params, tokens, 1.0).chi, 1.0);
    }

    // Every cell of the map is `evaluate` at its coordinates.
    void mapCellsEqualEvaluate_data()
    {
        QTest::addColumn<int>("revision");
        QTest::addColumn<QString>("xAxis");
        QTest::addColumn<QString>("yAxis");
        QTest::addColumn<QString>("metric");
        QTest::newRow("nodes × bandwidth") << int(Revision::Feb2026) << "nodes" << "bandwidth"
                                           << "c_quality";
        QTest::newRow("2026-04 nodes × bandwidth") << int(Revision::Apr2026) << "nodes"
                                                   << "bandwidth" << "c_quality";
        QTest::newRow("latency × compression") << int(Revision::Feb2026) << "latency"
                                               << "compression" << "eta";
        QTest::newRow("years × ccc") << int(Revision::Apr2026) << "years" << "ccc_threshold"
                                     << "cost_usd";
        QTest::newRow("ccc × nodes") << int(Revision::Feb2026) << "ccc_threshold" << "nodes"
                                     << "c_local";
    }
    void mapCellsEqualEvaluate()
    {
        QFETCH(int, revision);
        QFETCH(QString, xAxis);
        QFETCH(QString, yAxis);
        QFETCH(QString, metric);
        const Scenario scenario = referenceAt(72, static_cast<Revision>(revision));
        MapAxis x{};
        MapAxis y{};
        QVERIFY(parseMapAxis(xAxis.toStdString(), &x));
        QVERIFY(parseMapAxis(yAxis.toStdString(), &y));
        MapMetric m = MapMetric::ComputeQuality;
        for (MapMetric candidate : kMapMetrics)
            if (mapMetricName(candidate) == metric.toStdString())
                m = candidate;
        const ThresholdMapGrid grid =
            computeThresholdMap(scenario, defaultMapAxisRange(x, scenario),
                                defaultMapAxisRange(y, scenario), 23, 17, m, 2);
        QCOMPARE(grid.xs.size(), std::size_t{23});
        QCOMPARE(grid.ys.size(), std::size_t{17});
        for (std::size_t iy = 0; iy < grid.ys.size(); iy += 4) {
            for (std::size_t ix = 0; ix < grid.xs.size(); ix += 3) {
                Scenario cell = scenario;
                setMapAxis(y, grid.ys[iy], &cell);
                setMapAxis(x, grid.xs[ix], &cell);
                const EvaluationOutcome outcome = evaluate(cell);
                if (!outcome.ok()) {
                    QVERIFY(std::isnan(grid.at(ix, iy)));
                    continue;
                }
                QCOMPARE(grid.at(ix, iy), mapMetricOf(*outcome.evaluation, m));
            }
        }
    }

    void cccAxisResizesTheNode()
    {
        const Scenario scenario = referenceAt(72);
        const NodeConfig eight = largestNodeUnderThreshold(scenario.node, 8);
        QCOMPARE(eight.gpuCount, 25); // floor(8 × 990 / 312)
        QVERIFY(isUnderThreshold(eight.h100Equiv, 8));
        QCOMPARE(largestNodeUnderThreshold(scenario.node, 0.01).gpuCount, 1);
        DTX_COMPARE_REL(eight.pflops, scenario.node.pflops * 25 / 48, 1e-15);
    }

    // The contour runs between cells on opposite sides of the level, and
    // every pair of neighbours across the level has a crossing beside it.
    void contourCrossesWhereCellsCross()
    {
        const Scenario scenario = referenceAt(72);
        const ThresholdMapGrid grid = computeThresholdMap(
            scenario, defaultMapAxisRange(MapAxis::Nodes, scenario),
            defaultMapAxisRange(MapAxis::Bandwidth, scenario), 40, 30, MapMetric::ComputeQuality);
        for (double level : {1e24, 1e25}) {
            const std::vector<ContourSegment> segments = contourSegments(grid, level, true);
            QVERIFY(!segments.empty());
            const auto near = [&](double x, double y) {
                return std::any_of(segments.begin(), segments.end(), [&](const ContourSegment& s) {
                    return (std::abs(std::log(s.x0 / x)) < 1e-9 && std::abs(std::log(s.y0 / y)) < 1e-9)
                           || (std::abs(std::log(s.x1 / x)) < 1e-9 && std::abs(std::log(s.y1 / y)) < 1e-9);
                });
            };
            int crossings = 0;
            for (std::size_t iy = 0; iy < grid.ys.size(); ++iy) {
                for (std::size_t ix = 0; ix + 1 < grid.xs.size(); ++ix) {
                    const double a = grid.at(ix, iy);
                    const double b = grid.at(ix + 1, iy);
                    if ((a > level) == (b > level))
                        continue;
                    ++crossings;
                    // Interpolated in log10 of the value and of the axis.
                    const double t = (std::log10(level) - std::log10(a))
                                     / (std::log10(b) - std::log10(a));
                    const double x = std::pow(10.0, std::log10(grid.xs[ix])
                                                        + t * (std::log10(grid.xs[ix + 1])
                                                               - std::log10(grid.xs[ix])));
                    QVERIFY2(x >= grid.xs[ix] && x <= grid.xs[ix + 1], "crossing inside the pair");
                    if (iy + 1 < grid.ys.size() || iy > 0)
                        QVERIFY2(near(x, grid.ys[iy]),
                                 qPrintable(QStringLiteral("no contour point at cell %1, %2")
                                                .arg(ix)
                                                .arg(iy)));
                }
            }
            QVERIFY(crossings > 0);
            for (const ContourSegment& s : segments) {
                QVERIFY(s.x0 >= grid.xs.front() && s.x0 <= grid.xs.back());
                QVERIFY(s.y1 >= grid.ys.front() && s.y1 <= grid.ys.back());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestUncertainty)
#include "test_uncertainty.moc"
