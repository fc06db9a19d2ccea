// The shared functions of MODEL.md §1 and §3 against the values MODEL.md
// states and hand calculations.
#include "Chinchilla.hpp"
#include "Countermeasures.hpp"
#include "DilocoModes.hpp"
#include "Efficiency.hpp"
#include "QualityTables.hpp"
#include "HardwareCatalogFile.hpp"
#include "TestSupport.hpp"
#include "VectorUnitState.hpp"

#include <cmath>
#include <cstdint>

using dtx::QualityScenario;
Q_DECLARE_METATYPE(dtx::QualityScenario)

#if defined(__GNUC__) && defined(__x86_64__)
#include <cpuid.h>
// Plain inline assembly: a function compiled for AVX would get a vzeroupper
// from the compiler on its way out. Called only when the processor has AVX.
static void dirtyUpperHalves()
{
    asm volatile("vpcmpeqd %%ymm15, %%ymm15, %%ymm15" ::: "xmm15");
}
#endif

class FormulasTest : public QObject {
    Q_OBJECT

private slots:
    void stragglerFactor_data()
    {
        QTest::addColumn<double>("nodes");
        QTest::addColumn<double>("expected");
        QTest::newRow("one node") << 1.0 << 1.0;
        QTest::newRow("below one") << 0.5 << 1.0;
        QTest::newRow("two") << 2.0 << 1.05;
        QTest::newRow("four") << 4.0 << 1.1;
        QTest::newRow("72 (MODEL.md: 1.308)") << 72.0 << 1.3084962500721156;
        QTest::newRow("1024") << 1024.0 << 1.5;
    }
    void stragglerFactor()
    {
        QFETCH(double, nodes);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::stragglerFactor(nodes), expected, 1e-15);
    }

    void syncIntervalSensitivity_data()
    {
        QTest::addColumn<double>("paramsB");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("240 B (MODEL.md: 0.05420)") << 240.0 << 0.05420 << 1e-4;
        QTest::newRow("144 B (MODEL.md: 0.05588)") << 144.0 << 0.05588 << 1e-4;
        QTest::newRow("1 B: 0.08 exactly") << 1.0 << 0.08 << 1e-15;
        QTest::newRow("100 B: 0.08 / 1.4") << 100.0 << 0.08 / 1.4 << 1e-15;
    }
    void syncIntervalSensitivity()
    {
        QFETCH(double, paramsB);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        DTX_COMPARE_REL(dtx::syncIntervalSensitivity(paramsB), expected, tolerance);
    }

    void compressionQuality_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QualityScenario>("scenario");
        QTest::addColumn<double>("expected");
        QTest::newRow("ratio below 1") << 0.5 << QualityScenario::Conservative << 1.0;
        QTest::newRow("key 4 conservative") << 4.0 << QualityScenario::Conservative << 0.99;
        QTest::newRow("key 16 expected") << 16.0 << QualityScenario::Expected << 0.98;
        QTest::newRow("key 100 optimistic") << 100.0 << QualityScenario::Optimistic << 0.99;
        // Halfway in log10 between 4 and 16: 1.00 + 0.5 × (0.98 − 1.00).
        QTest::newRow("8 between keys") << 8.0 << QualityScenario::Expected << 0.99;
        // 40 between 16 and 100: 0.95 + (log 40 − log 16) / (log 100 − log 16) × (0.90 − 0.95).
        QTest::newRow("40 between keys") << 40.0 << QualityScenario::Conservative
                                         << 0.95 + (std::log10(40.0) - std::log10(16.0))
                                                       / (2.0 - std::log10(16.0)) * (0.90 - 0.95);
        QTest::newRow("beyond the table") << 1000.0 << QualityScenario::Expected << 0.95;
        QTest::newRow("none is always 1") << 100.0 << QualityScenario::None << 1.0;
    }
    void compressionQuality()
    {
        QFETCH(double, ratio);
        QFETCH(QualityScenario, scenario);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::compressionQuality(ratio, scenario), expected, 1e-14);
    }

    void activationCompressionQuality_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("stages");
        QTest::addColumn<QualityScenario>("scenario");
        QTest::addColumn<double>("expected");
        QTest::newRow("no compression, 4 stages") << 1.0 << 4.0 << QualityScenario::Expected << 1.0;
        QTest::newRow("one stage") << 4.0 << 1.0 << QualityScenario::Expected << 1.0;
        QTest::newRow("4x over 2 stages (report: 0.990)") << 4.0 << 2.0 << QualityScenario::Expected
                                                          << 0.995 * 0.995;
        QTest::newRow("10x over 3 stages conservative") << 10.0 << 3.0 << QualityScenario::Conservative
                                                        << std::pow(0.95, 4.0);
        QTest::newRow("beyond the table") << 50.0 << 2.0 << QualityScenario::Expected << 0.98 * 0.98;
    }
    void activationCompressionQuality()
    {
        QFETCH(double, ratio);
        QFETCH(double, stages);
        QFETCH(QualityScenario, scenario);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::activationCompressionQuality(dtx::quality_tables::kSeedActivation, ratio, stages, scenario), expected, 1e-14);
    }

    void replicaPenalty_data()
    {
        QTest::addColumn<double>("replicas");
        QTest::addColumn<double>("paramsB");
        QTest::addColumn<double>("expected");
        QTest::newRow("one replica") << 1.0 << 240.0 << 1.0;
        QTest::newRow("240 B, 72 nodes (MODEL.md: 0.99969)")
            << 72.0 << 240.0 << 1 - 0.005 * (2.4 / 240) * std::log2(72.0);
        QTest::newRow("2.4 B, 8 replicas (1.5 %)") << 8.0 << 2.4 << 1 - 0.005 * 3;
        QTest::newRow("floor at 0.85") << 1e12 << 1.0 << 0.85;
    }
    void replicaPenalty()
    {
        QFETCH(double, replicas);
        QFETCH(double, paramsB);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::replicaPenalty(replicas, paramsB), expected, 1e-14);
    }

    void efficiencyFloor()
    {
        // 1 − alpha log10 H falls below 0.4 for absurd H: the floor holds.
        const dtx::EfficiencyAssumptions none{QualityScenario::None, false};
        QCOMPARE(dtx::dilocoEfficiency(1e300, 240, 1, 2, none), 0.4);
        QCOMPARE(dtx::dilocoEfficiency(1, 240, 1, 2, none), 1.0);
    }

    void chinchillaLoss_data()
    {
        QTest::addColumn<double>("params");
        QTest::addColumn<double>("tokens");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("check 8: 175 B, 300e12 tokens") << 175e9 << 300e12 << 1.8870 << 5e-5;
        QTest::newRow("hand: 1e9, 1e12") << 1e9 << 1e12
                                         << 1.8172 + 482.01 / std::pow(1e9, 0.3478)
                                                + 2085.43 / std::pow(1e12, 0.3658)
                                         << 1e-15;
    }
    void chinchillaLoss()
    {
        QFETCH(double, params);
        QFETCH(double, tokens);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        DTX_COMPARE_REL(dtx::chinchillaLoss(params, tokens), expected, tolerance);
    }

    void chinchillaLossIsInfiniteWithoutParamsOrTokens()
    {
        QVERIFY(std::isinf(dtx::chinchillaLoss(0, 1e12)));
        QVERIFY(std::isinf(dtx::chinchillaLoss(1e9, -1)));
    }

    void chinchillaAllocationRoundTrip()
    {
        // Check 9: C = 6 × 100e9 × 25.6 × 100e9 gives N_opt = 100 B, D = 2.56 T.
        const double compute = 6 * 100e9 * 25.6 * 100e9;
        const dtx::ChinchillaAllocation optimum = dtx::chinchillaOptimalAllocation(compute);
        DTX_COMPARE_REL(optimum.params, 100e9, 1e-14);
        DTX_COMPARE_REL(optimum.tokens / optimum.params, 25.6, 1e-14);
        DTX_COMPARE_REL(dtx::chinchillaEfficiency(optimum.params, optimum.tokens, compute), 1.0, 1e-9);
    }

    // The reference's root finder, written independently: 200 steps of
    // geometric bisection on [1e10, 10 C].
    static double referenceChinchillaEfficiency(double params, double tokens, double compute)
    {
        const double target = dtx::chinchillaLoss(params, tokens);
        double lo = 1e10;
        double hi = 10 * compute;
        if (target >= dtx::chinchillaOptimalLoss(lo))
            return std::min(1.0, lo / compute);
        if (target <= dtx::chinchillaOptimalLoss(hi))
            return std::min(1.0, hi / compute);
        for (int i = 0; i < 200; ++i) {
            const double mid = std::sqrt(lo * hi);
            (dtx::chinchillaOptimalLoss(mid) > target ? lo : hi) = mid;
        }
        return std::min(1.0, std::sqrt(lo * hi) / compute);
    }

    void chinchillaEfficiencyAgreesWithBisection_data()
    {
        QTest::addColumn<double>("params");
        QTest::addColumn<double>("tokens");
        QTest::addColumn<double>("compute");
        QTest::addColumn<double>("printed");
        // Golden report, part 1: n 48x A100 nodes train 240 B for 1.5 years.
        const auto a100Run = [](double nodes) {
            const double compute = nodes * (14.976e15 * 0.4) * (1.5 * 365.25 * 86400);
            return std::pair<double, double>{compute / (6 * 240e9), compute};
        };
        const auto [tokens2, compute2] = a100Run(2);
        const auto [tokens72, compute72] = a100Run(72);
        const auto [tokens1000, compute1000] = a100Run(1000);
        QTest::newRow("2 nodes (0.606)") << 240e9 << tokens2 << compute2 << 0.606;
        QTest::newRow("72 nodes (0.884)") << 240e9 << tokens72 << compute72 << 0.884;
        QTest::newRow("1000 nodes (0.284)") << 240e9 << tokens1000 << compute1000 << 0.284;
        QTest::newRow("undertrained 1e6 tokens") << 1e12 << 1e6 << 6e18 << -1.0;
    }
    void chinchillaEfficiencyAgreesWithBisection()
    {
        QFETCH(double, params);
        QFETCH(double, tokens);
        QFETCH(double, compute);
        QFETCH(double, printed);
        const double efficiency = dtx::chinchillaEfficiency(params, tokens, compute);
        DTX_COMPARE_REL(efficiency, referenceChinchillaEfficiency(params, tokens, compute), 1e-12);
        if (printed > 0)
            QCOMPARE(QString::number(efficiency, 'f', 3), QString::number(printed, 'f', 3));
    }

    void chinchillaSearchClamps_data()
    {
        QTest::addColumn<double>("params");
        QTest::addColumn<double>("tokens");
        QTest::addColumn<double>("compute");
        QTest::addColumn<double>("expected");
        // A loss no compute-optimal run under 1e10 FLOP matches: clamped low.
        QTest::newRow("bottom clamp") << 1e3 << 1e3 << 1e20 << 1e10 / 1e20;
        // A loss better than L_opt(10 C): clamped at 10 C, then capped at 1.
        QTest::newRow("top clamp") << 1e12 << 1e14 << 1e15 << 1.0;
    }
    void chinchillaSearchClamps()
    {
        QFETCH(double, params);
        QFETCH(double, tokens);
        QFETCH(double, compute);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::chinchillaEfficiency(params, tokens, compute), expected, 1e-12);
    }

    void presetsFollowTheCatalog_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("pflops");
        QTest::addColumn<double>("h100Equiv");
        QTest::addColumn<double>("maxParamsB");
        QTest::addColumn<double>("bytes");
        QTest::newRow("48x A100") << QStringLiteral("48x A100 80GB") << 48 * 312e12 / 1e15
                                  << 48 * 312 / 990.0 << 240.0 << 16.0;
        QTest::newRow("16x GH200") << QStringLiteral("16x GH200") << 15.84 << 16.0 << 144.0 << 16.0;
        QTest::newRow("16x H100 SXM") << QStringLiteral("16x H100 SXM") << 15.84 << 16.0 << 80.0 << 16.0;
        QTest::newRow("16x H100 FP8") << QStringLiteral("16x H100 FP8") << 16 * 1980e12 / 1e15 << 16.0
                                      << 1280 / 14.0 << 14.0;
    }
    void presetsFollowTheCatalog()
    {
        QFETCH(QString, preset);
        QFETCH(double, pflops);
        QFETCH(double, h100Equiv);
        QFETCH(double, maxParamsB);
        QFETCH(double, bytes);
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        const auto node = dtx::presetNode(catalog, preset.toStdString(), dtx::Revision::Feb2026);
        QVERIFY(node.has_value());
        QCOMPARE(node->pflops, pflops); // exactly: the order of MODEL.md §1
        QCOMPARE(node->h100Equiv, h100Equiv);
        QCOMPARE(node->maxParamsB(), maxParamsB);
        QCOMPARE(node->bytesPerParam, bytes);
        QVERIFY(dtx::isUnderThreshold(node->h100Equiv, 16));
    }

    void pipelineStagesUseTheWrittenOrder()
    {
        // MODEL.md §0: 5 × max_params_b of an H100 FP8 node needs exactly 5
        // stages; the algebraically equal P / (max × 1e9) would give 6.
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        const dtx::NodeConfig node = *dtx::presetNode(catalog, "16x H100 FP8", dtx::Revision::Feb2026);
        QCOMPARE(dtx::pipelineStages(5 * node.maxParamsB(), node), 5.0);
        QCOMPARE(dtx::pipelineStages(6 * node.maxParamsB(), node), 6.0);
        QCOMPARE(dtx::pipelineStages(node.maxParamsB(), node), 1.0);
    }

    // VectorUnitState.hpp: upper AVX halves left in use (as Qt's string code
    // leaves them) slow every SSE instruction of the model tenfold. Each
    // mode's evaluation must leave them clear.
    void evaluationClearsUpperVectorState_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("flat") << QStringLiteral("flat");
        QTest::newRow("hierarchical") << QStringLiteral("hierarchical");
        QTest::newRow("moe") << QStringLiteral("moe");
        QTest::newRow("pp_diloco") << QStringLiteral("pp_diloco");
    }
    void evaluationClearsUpperVectorState()
    {
#if defined(__GNUC__) && defined(__x86_64__)
        QFETCH(QString, mode);
        // XGETBV with ECX = 1 reports which register state is in use (bit 2:
        // the upper halves of YMM0-15); it needs AVX and CPUID.(0DH,1):EAX[2].
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        if (!__builtin_cpu_supports("avx") || !__get_cpuid_count(0x0d, 1, &eax, &ebx, &ecx, &edx)
            || !(eax & 4))
            QSKIP("this processor cannot report its vector state");
        const auto upperHalvesInUse = [] {
            std::uint32_t low, high;
            asm volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(1));
            return (low & 4) != 0;
        };
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        dtx::Scenario scenario = dtx::referenceScenario(*dtx::referenceNode(catalog, dtx::Revision::Feb2026));
        QVERIFY(dtx::parseMode(mode.toStdString(), &scenario.mode));
        scenario.nodes = 64;
        dirtyUpperHalves();
        QVERIFY(upperHalvesInUse());
        const dtx::EvaluationOutcome outcome = dtx::evaluate(scenario);
        QVERIFY(!upperHalvesInUse());
        QVERIFY(outcome.ok());
#else
        QSKIP("x86-64 only");
#endif
    }

    void catalogNamesItsSources()
    {
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        // MODEL.md §10's fourteen; R12 adds three under 2026-04.
        QCOMPARE(int(dtx::collateralSystems(catalog, dtx::Revision::Feb2026).size()), 14);
        QCOMPARE(int(dtx::collateralSystems(catalog, dtx::Revision::Apr2026).size()), 17);
        for (const dtx::GpuSpec& gpu : catalog.gpus)
            QVERIFY2(!gpu.source.empty() && gpu.priceUsd, gpu.name.c_str());
    }
};

QTEST_GUILESS_MAIN(FormulasTest)
#include "test_formulas.moc"
