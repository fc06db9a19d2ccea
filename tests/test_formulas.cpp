// The shared functions of MODEL.md §1 and §3, and their 2026-04 versions
// (REVISION-2026-04.md R1, R3–R5), against the values the specs state and
// hand calculations (an independent script written from the spec text).
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
using dtx::Revision;
using dtx::StragglerMode;
Q_DECLARE_METATYPE(dtx::QualityScenario)
Q_DECLARE_METATYPE(dtx::Revision)
Q_DECLARE_METATYPE(dtx::StragglerMode)

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

    // REVISION-2026-04.md R1, every field of the fourteen presets exactly:
    // k × TF × 1e12 / 1e15 and k × TF16 / 990 left to right unless R1 gives
    // a literal. FP8 presets carry 14 bytes and 8 bits.
    void revisedPresets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("pflops");
        QTest::addColumn<double>("pflopsFp16");
        QTest::addColumn<double>("vramGb");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<double>("gpuCostUsd");
        QTest::addColumn<double>("h100Equiv");
        QTest::addColumn<double>("bytes");
        QTest::addColumn<double>("bits");
        const auto fp16 = [](const char* name, int k, double pflops, double gb, double usd, double h100) {
            QTest::newRow(name) << QString::fromLatin1(name) << pflops << pflops << k * gb << k << usd
                                << h100 << 16.0 << 16.0;
        };
        const auto fp8 = [](const char* name, int k, double pflops, double pflopsFp16, double gb, double usd,
                            double h100) {
            QTest::newRow(name) << QString::fromLatin1(name) << pflops << pflopsFp16 << k * gb << k << usd
                                << h100 << 14.0 << 8.0;
        };
        fp16("50x A100 80GB", 50, 50 * 312e12 / 1e15, 80, 7000, 50 * 312 / 990.0);
        fp16("16x GH200", 16, 15.84, 144, 28000, 16.0);
        fp16("16x H100 SXM", 16, 15.84, 80, 25000, 16.0);
        fp16("49x Ascend 910B", 49, 49 * 320e12 / 1e15, 64, 16000, 49 * 320 / 990.0);
        fp16("26x Ascend 910C", 26, 26 * 600e12 / 1e15, 128, 26000, 26 * 600 / 990.0);
        fp16("57x TPU v4", 57, 57 * 275e12 / 1e15, 32, 12000, 57 * 275 / 990.0);
        fp16("80x TPU v5e", 80, 80 * 197e12 / 1e15, 16, 6000, 80 * 197 / 990.0);
        fp16("34x TPU v5p", 34, 34 * 459e12 / 1e15, 95, 20000, 34 * 459 / 990.0);
        fp16("17x TPU v6e", 17, 17 * 918e12 / 1e15, 32, 25000, 17 * 918 / 990.0);
        fp8("16x H100 FP8", 16, 16 * 1980e12 / 1e15, 15.84, 80, 25000, 16.0);
        fp8("16x GH200 FP8", 16, 16 * 1980e12 / 1e15, 15.84, 144, 28000, 16.0);
        fp8("49x Ascend 910B FP8", 49, 49 * 640e12 / 1e15, 49 * 320e12 / 1e15, 64, 16000, 49 * 320 / 990.0);
        fp8("26x Ascend 910C FP8", 26, 26 * 1200e12 / 1e15, 26 * 600e12 / 1e15, 128, 26000, 26 * 600 / 990.0);
        fp8("17x TPU v6e FP8", 17, 17 * 1836e12 / 1e15, 17 * 918e12 / 1e15, 32, 25000, 17 * 918 / 990.0);
    }
    void revisedPresets()
    {
        QFETCH(QString, preset);
        QFETCH(double, pflops);
        QFETCH(double, pflopsFp16);
        QFETCH(double, vramGb);
        QFETCH(int, gpus);
        QFETCH(double, gpuCostUsd);
        QFETCH(double, h100Equiv);
        QFETCH(double, bytes);
        QFETCH(double, bits);
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        const auto node = dtx::presetNode(catalog, preset.toStdString(), Revision::Apr2026);
        QVERIFY(node.has_value());
        QCOMPARE(node->pflops, pflops);
        QCOMPARE(node->pflopsFp16, pflopsFp16);
        QCOMPARE(node->vramGb, vramGb);
        QCOMPARE(node->gpuCount, gpus);
        QCOMPARE(node->gpuCostUsd, gpuCostUsd);
        QCOMPARE(node->h100Equiv, h100Equiv);
        QCOMPARE(node->bytesPerParam, bytes);
        QCOMPARE(node->bitsPerPseudoGradient, bits);
        // R1: all presets are under the 16 H100-eq threshold.
        QVERIFY(dtx::isUnderThreshold(node->h100Equiv, 16));
    }

    void revisedPresetsInReportOrder()
    {
        // R1: FP16 table, then FP8 table (the order of report check 3).
        const QStringList expected = dtx::test::strings(
            {"50x A100 80GB", "16x GH200", "16x H100 SXM", "49x Ascend 910B", "26x Ascend 910C",
             "57x TPU v4", "80x TPU v5e", "34x TPU v5p", "17x TPU v6e", "16x H100 FP8", "16x GH200 FP8",
             "49x Ascend 910B FP8", "26x Ascend 910C FP8", "17x TPU v6e FP8"});
        QStringList names;
        for (const dtx::NodePreset& preset : dtx::nodePresets(Revision::Apr2026))
            names << QString::fromLatin1(preset.name);
        QCOMPARE(names, expected);
    }

    // Each revision knows only its own presets (R1; MODEL.md §1), and its
    // reference node is its own A100 preset.
    void presetsBelongToTheirRevision_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<Revision>("revision");
        QTest::addColumn<bool>("known");
        QTest::newRow("48x A100 under 2026-02") << QStringLiteral("48x A100 80GB") << Revision::Feb2026 << true;
        QTest::newRow("48x A100 under 2026-04") << QStringLiteral("48x A100 80GB") << Revision::Apr2026 << false;
        QTest::newRow("50x A100 under 2026-02") << QStringLiteral("50x A100 80GB") << Revision::Feb2026 << false;
        QTest::newRow("50x A100 under 2026-04") << QStringLiteral("50x A100 80GB") << Revision::Apr2026 << true;
        QTest::newRow("Ascend 910B under 2026-02") << QStringLiteral("49x Ascend 910B") << Revision::Feb2026 << false;
        QTest::newRow("GH200 FP8 under 2026-02") << QStringLiteral("16x GH200 FP8") << Revision::Feb2026 << false;
        QTest::newRow("H100 FP8 under both (2026-02)") << QStringLiteral("16x H100 FP8") << Revision::Feb2026 << true;
        QTest::newRow("H100 FP8 under both (2026-04)") << QStringLiteral("16x H100 FP8") << Revision::Apr2026 << true;
    }
    void presetsBelongToTheirRevision()
    {
        QFETCH(QString, preset);
        QFETCH(Revision, revision);
        QFETCH(bool, known);
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        QCOMPARE(dtx::presetNode(catalog, preset.toStdString(), revision).has_value(), known);
    }

    void referenceNodePerRevision_data()
    {
        QTest::addColumn<Revision>("revision");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<double>("gpuCostUsd");
        QTest::newRow("2026-02: 48x A100 at $15,000") << Revision::Feb2026 << 48 << 15000.0;
        QTest::newRow("2026-04: 50x A100 at $7,000") << Revision::Apr2026 << 50 << 7000.0;
    }
    void referenceNodePerRevision()
    {
        QFETCH(Revision, revision);
        QFETCH(int, gpus);
        QFETCH(double, gpuCostUsd);
        const auto node = dtx::referenceNode(dtx::builtInHardwareCatalog(), revision);
        QVERIFY(node.has_value());
        QCOMPARE(node->gpuCount, gpus);
        QCOMPARE(node->gpuCostUsd, gpuCostUsd);
        QCOMPARE(node->pflops, gpus * 312e12 / 1e15);
    }

    // R3: f(n) = 1 for n ≤ 1, then per mode. Expected values by hand:
    // synchronous 1 + 0.05 log2 n, relay 1 + 0.02 log2 n, threshold 1.
    void stragglerFactorPerMode_data()
    {
        QTest::addColumn<double>("nodes");
        QTest::addColumn<StragglerMode>("mode");
        QTest::addColumn<double>("expected");
        QTest::newRow("72 relay (R3: 1.1234)") << 72.0 << StragglerMode::Relay << 1.1233985000288462;
        QTest::newRow("72 synchronous (1.308)") << 72.0 << StragglerMode::Synchronous << 1.3084962500721156;
        QTest::newRow("72 threshold") << 72.0 << StragglerMode::Threshold << 1.0;
        QTest::newRow("4 relay") << 4.0 << StragglerMode::Relay << 1.04;
        QTest::newRow("2 relay") << 2.0 << StragglerMode::Relay << 1.02;
        QTest::newRow("3 relay") << 3.0 << StragglerMode::Relay << 1.031699250014423;
        QTest::newRow("1024 relay") << 1024.0 << StragglerMode::Relay << 1.2;
        QTest::newRow("1024 synchronous") << 1024.0 << StragglerMode::Synchronous << 1.5;
        QTest::newRow("1e6 threshold") << 1e6 << StragglerMode::Threshold << 1.0;
        QTest::newRow("one node relay") << 1.0 << StragglerMode::Relay << 1.0;
        QTest::newRow("one node synchronous") << 1.0 << StragglerMode::Synchronous << 1.0;
        QTest::newRow("one node threshold") << 1.0 << StragglerMode::Threshold << 1.0;
        QTest::newRow("half a node relay") << 0.5 << StragglerMode::Relay << 1.0;
        QTest::newRow("half a node synchronous") << 0.5 << StragglerMode::Synchronous << 1.0;
        QTest::newRow("zero nodes relay") << 0.0 << StragglerMode::Relay << 1.0;
    }
    void stragglerFactorPerMode()
    {
        QFETCH(double, nodes);
        QFETCH(StragglerMode, mode);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::stragglerFactor(nodes, mode), expected, 1e-15);
    }

    // R4: q_c with and without error feedback, at keys, between keys (linear
    // in log10 of the ratio) and beyond the last key. Between-key values
    // worked out by hand from the table.
    void revisedCompressionQuality_data()
    {
        QTest::addColumn<bool>("errorFeedback");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QualityScenario>("scenario");
        QTest::addColumn<double>("expected");
        QTest::newRow("EF, key 150 expected (default)") << true << 150.0 << QualityScenario::Expected << 0.99;
        QTest::newRow("no EF, key 150 expected") << false << 150.0 << QualityScenario::Expected << 0.96;
        QTest::newRow("no EF, key 150 optimistic") << false << 150.0 << QualityScenario::Optimistic << 0.99;
        QTest::newRow("EF, key 500 conservative") << true << 500.0 << QualityScenario::Conservative << 0.80;
        QTest::newRow("no EF, key 500 conservative") << false << 500.0 << QualityScenario::Conservative << 0.75;
        QTest::newRow("EF, key 16 conservative") << true << 16.0 << QualityScenario::Conservative << 0.97;
        QTest::newRow("no EF, key 16 expected") << false << 16.0 << QualityScenario::Expected << 0.99;
        QTest::newRow("no EF, key 100 conservative") << false << 100.0 << QualityScenario::Conservative << 0.90;
        QTest::newRow("EF, key 4 conservative") << true << 4.0 << QualityScenario::Conservative << 0.99;
        // 0.93 + (log 120 − 2) / (log 150 − 2) × (0.91 − 0.93)
        QTest::newRow("EF, 120 between 100 and 150, conservative")
            << true << 120.0 << QualityScenario::Conservative << 0.9210067942642642;
        // 0.96 + (log 300 − log 150) / (log 500 − log 150) × (0.95 − 0.96)
        QTest::newRow("no EF, 300 between 150 and 500, expected")
            << false << 300.0 << QualityScenario::Expected << 0.9542428335750655;
        // Halfway in log10 between 4 and 16: 0.99 + 0.5 × (0.95 − 0.99).
        QTest::newRow("no EF, 8 between 4 and 16, conservative")
            << false << 8.0 << QualityScenario::Conservative << 0.97;
        QTest::newRow("EF, 200 between 150 and 500, optimistic")
            << true << 200.0 << QualityScenario::Optimistic << 0.9976105600440631;
        QTest::newRow("EF, 50 between 16 and 100, expected")
            << true << 50.0 << QualityScenario::Expected << 0.9937823539868301;
        QTest::newRow("EF, above 500") << true << 1000.0 << QualityScenario::Conservative << 0.80;
        QTest::newRow("no EF, far above 500") << false << 1e6 << QualityScenario::Optimistic << 0.99;
        QTest::newRow("EF, ratio below 1") << true << 0.5 << QualityScenario::Conservative << 1.0;
        QTest::newRow("no EF, ratio 1") << false << 1.0 << QualityScenario::Conservative << 1.0;
        QTest::newRow("EF, none is 1") << true << 500.0 << QualityScenario::None << 1.0;
        QTest::newRow("no EF, none is 1") << false << 500.0 << QualityScenario::None << 1.0;
    }
    void revisedCompressionQuality()
    {
        QFETCH(bool, errorFeedback);
        QFETCH(double, ratio);
        QFETCH(QualityScenario, scenario);
        QFETCH(double, expected);
        const dtx::QualityTable& table =
            errorFeedback ? dtx::quality_tables::kRevisedCompressionWithErrorFeedback
                          : dtx::quality_tables::kRevisedCompressionWithoutErrorFeedback;
        DTX_COMPARE_REL(dtx::lookUpQuality(table, ratio, scenario), expected, 1e-14);
        // The revision's rules pick the table by the error-feedback switch.
        const dtx::RevisionRules& rules = dtx::revisionRules(Revision::Apr2026);
        QCOMPARE(&rules.compressionQuality(errorFeedback), &table);
    }

    // R4's activation table: only the conservative column changed.
    void revisedActivationQuality_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("stages");
        QTest::addColumn<QualityScenario>("scenario");
        QTest::addColumn<double>("expected");
        QTest::newRow("2x conservative, one boundary") << 2.0 << 2.0 << QualityScenario::Conservative << 0.99 * 0.99;
        QTest::newRow("4x conservative, one boundary") << 4.0 << 2.0 << QualityScenario::Conservative << 0.96 * 0.96;
        QTest::newRow("10x conservative, one boundary") << 10.0 << 2.0 << QualityScenario::Conservative << 0.9 * 0.9;
        QTest::newRow("4x expected unchanged") << 4.0 << 2.0 << QualityScenario::Expected << 0.995 * 0.995;
        QTest::newRow("10x optimistic unchanged") << 10.0 << 2.0 << QualityScenario::Optimistic << 0.995 * 0.995;
        // 0.990 + (log 3 − log 2) / (log 4 − log 2) × (0.960 − 0.990), squared.
        QTest::newRow("3x conservative, between keys")
            << 3.0 << 2.0 << QualityScenario::Conservative << 0.9724511249783653 * 0.9724511249783653;
        QTest::newRow("6x conservative, between keys")
            << 6.0 << 2.0 << QualityScenario::Conservative << 0.9334495770390144 * 0.9334495770390144;
        QTest::newRow("20x conservative, beyond the table") << 20.0 << 2.0 << QualityScenario::Conservative << 0.81;
        QTest::newRow("4x conservative over 3 stages") << 4.0 << 3.0 << QualityScenario::Conservative
                                                       << 0.8493465599999999;
        QTest::newRow("10x expected over 6 stages") << 10.0 << 6.0 << QualityScenario::Expected
                                                    << 0.8170728068875467;
        QTest::newRow("one stage") << 10.0 << 1.0 << QualityScenario::Conservative << 1.0;
        QTest::newRow("no compression") << 1.0 << 4.0 << QualityScenario::Conservative << 1.0;
    }
    void revisedActivationQuality()
    {
        QFETCH(double, ratio);
        QFETCH(double, stages);
        QFETCH(QualityScenario, scenario);
        QFETCH(double, expected);
        const dtx::QualityTable& table = *dtx::revisionRules(Revision::Apr2026).activation;
        QCOMPARE(&table, &dtx::quality_tables::kRevisedActivation);
        DTX_COMPARE_REL(dtx::activationCompressionQuality(table, ratio, stages, scenario), expected, 1e-14);
    }

    // R5: m(n_r, P_b, H) = n_r ^ (1.0923 P^−0.2342 × ln H / ln 30); 1 for
    // one replica or H ≤ 1. Expected values from an independent script.
    void replicaLossMultiplier_data()
    {
        QTest::addColumn<double>("replicas");
        QTest::addColumn<double>("paramsB");
        QTest::addColumn<double>("innerSteps");
        QTest::addColumn<double>("expected");
        QTest::newRow("R6: 4 nodes, 250 B, H 18 (1.002759)") << 4.0 << 250.0 << 18.0 << 1.0027587991750209;
        QTest::newRow("R6: 72 nodes, 250 B, H 20 (1.008848)") << 72.0 << 250.0 << 20.0 << 1.0088477964085458;
        QTest::newRow("H_ref: 8 replicas of 2.4 B at H 30") << 8.0 << 2.4 << 30.0 << 1.0145405776010514;
        QTest::newRow("real H (hierarchical 18 sqrt 11)") << 500.0 << 250.0 << 18 * std::sqrt(11.0)
                                                         << 1.0176269491291965;
        QTest::newRow("36 PP groups of 500 B, H 20") << 36.0 << 500.0 << 20.0 << 1.0062948787393042;
        QTest::newRow("H 1") << 72.0 << 250.0 << 1.0 << 1.0;
        QTest::newRow("H below 1") << 72.0 << 250.0 << 0.5 << 1.0;
        QTest::newRow("one replica") << 1.0 << 250.0 << 18.0 << 1.0;
        QTest::newRow("half a replica") << 0.5 << 250.0 << 18.0 << 1.0;
        // No floor any more (the seed's 0.85 floor is gone): it keeps growing.
        QTest::newRow("1e9 replicas of 1 B at H 1000")
            << 1e9 << 1.0 << 1000.0 << 1.4314363957562461;
    }
    void replicaLossMultiplier()
    {
        QFETCH(double, replicas);
        QFETCH(double, paramsB);
        QFETCH(double, innerSteps);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::replicaLossMultiplier(replicas, paramsB, innerSteps), expected, 1e-14);
    }

    // R5: eta_thr = max(0.4, 1 − alpha log10 H) × q_c, without a replica factor.
    void throughputEfficiency_data()
    {
        QTest::addColumn<double>("innerSteps");
        QTest::addColumn<double>("paramsB");
        QTest::addColumn<double>("quality");
        QTest::addColumn<double>("expected");
        QTest::newRow("R6: H 18, 250 B, 150x with EF (0.92281)") << 18.0 << 250.0 << 0.99 << 0.9228072529057804;
        QTest::newRow("H 18, 250 B, 150x without EF") << 18.0 << 250.0 << 0.96 << 0.8948433967571203;
        QTest::newRow("the 0.4 floor") << 1e300 << 250.0 << 1.0 << 0.4;
        QTest::newRow("H 1") << 1.0 << 250.0 << 0.99 << 0.99;
    }
    void throughputEfficiency()
    {
        QFETCH(double, innerSteps);
        QFETCH(double, paramsB);
        QFETCH(double, quality);
        QFETCH(double, expected);
        DTX_COMPARE_REL(dtx::throughputEfficiency(innerSteps, paramsB, quality), expected, 1e-14);
    }

    // R5: chin(N, D, C, m) against an independent 200-step geometric
    // bisection (the reference's method), at R6's worked check.
    void chinchillaEfficiencyWithLossMultiplier_data()
    {
        QTest::addColumn<double>("tokens");
        QTest::addColumn<double>("compute");
        QTest::addColumn<double>("multiplier");
        QTest::addColumn<double>("expected");
        QTest::addColumn<QString>("printed");
        // 50x A100, 250 B, n = 4: tokens and C_throughput of R6.
        QTest::newRow("n 4, chi (0.77211)") << 787677696000.0 << 1.181516544e24 << 1.0 << 0.7721144134068875
                                            << QStringLiteral("0.77211");
        QTest::newRow("n 4, chi_full (0.62854)") << 787677696000.0 << 1.181516544e24 << 1.0027587991750209
                                                 << 0.6285441672662541 << QStringLiteral("0.62854");
        QTest::newRow("n 72, chi") << 14178198528000.0 << 2.1267297792e25 << 1.0 << 0.8913348599590419
                                   << QStringLiteral("0.891");
        QTest::newRow("n 72, chi_full") << 14178198528000.0 << 2.1267297792e25 << 1.0088477964085458
                                        << 0.3215495076174046 << QString();
        QTest::newRow("a 5 % loss increase") << 1e12 << 6 * 250e9 * 1e12 << 1.05 << 0.040491930272703675
                                             << QString();
    }
    void chinchillaEfficiencyWithLossMultiplier()
    {
        QFETCH(double, tokens);
        QFETCH(double, compute);
        QFETCH(double, multiplier);
        QFETCH(double, expected);
        QFETCH(QString, printed);
        const double chi = dtx::chinchillaEfficiency(250e9, tokens, compute, multiplier);
        DTX_COMPARE_REL(chi, expected, 1e-12);
        if (!printed.isEmpty())
            QCOMPARE(QString::number(chi, 'f', int(printed.size() - printed.indexOf(QLatin1Char('.')) - 1)),
                     printed);
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
        // Every figure has a source; every GPU a node is built of has a price.
        for (const dtx::GpuSpec& gpu : catalog.gpus)
            QVERIFY2(!gpu.source.empty() && !gpu.memoryType.empty(), gpu.name.c_str());
        for (const dtx::ReferenceSystem& system : catalog.referenceSystems)
            QVERIFY2(catalog.findGpu(system.gpu)->buildsNodes(), system.name.c_str());
        for (const dtx::Revision revision : {dtx::Revision::Feb2026, dtx::Revision::Apr2026})
            for (const dtx::NodePreset& preset : dtx::nodePresets(revision))
                QVERIFY2(catalog.findGpu(preset.gpu)->buildsNodes(), preset.name);
    }
};

QTEST_GUILESS_MAIN(FormulasTest)
#include "test_formulas.moc"
