// ANALYSES.md G: the link each utilisation needs (G1) and the loss against
// synchronous training beside the DiLoCo law (G2), in the core and through
// `dtx links` and `dtx evaluate`, under both revisions.
#include "LinkRequirements.hpp"
#include "LossGap.hpp"
#include "DilocoModes.hpp"
#include "TestSupport.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using dtx::test::CliRun;
using dtx::test::runCli;
using dtx::test::strings;

namespace {

dtx::Scenario reference(dtx::Revision revision)
{
    return dtx::referenceScenario(*dtx::referenceNode(dtx::builtInHardwareCatalog(), revision),
                                  revision);
}

// A printed value with four significant digits matches when it rounds to it.
bool matchesPrinted(double actual, double printed)
{
    const double unit = std::pow(10.0, std::floor(std::log10(std::abs(printed))) - 3);
    return std::abs(actual - printed) <= unit / 2 + 1e-9 * std::abs(printed);
}

QJsonObject resultsOf(const CliRun& run)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object().value(QStringLiteral("results")).toObject();
}

using Five = std::array<double, 5>;

} // namespace

class TestLinks : public QObject {
    Q_OBJECT

private slots:
    // G1's reference (2026-02, printed to four digits) and the same rows
    // under 2026-04 worked out from the spec (50 A100, 250 B, c 150, relay).
    void referenceTables_data()
    {
        QTest::addColumn<int>("revision");
        QTest::addColumn<int>("row"); // index into linkRequirements().rows
        QTest::addColumn<Five>("streaming");
        QTest::addColumn<Five>("blocking");
        const int seed = int(dtx::Revision::Feb2026);
        const int april = int(dtx::Revision::Apr2026);
        QTest::newRow("2026-02 data-parallel") << seed << 0 << Five{1.598e5, 2.400e5, 2.881e5, 3.042e5, 3.171e5}
                                               << Five{3.203e5, 9.689e5, 2.982e6, 6.579e6, 5.362e7};
        QTest::newRow("2026-02 H = 100") << seed << 2 << Five{99.67, 149.5, 179.4, 189.4, 197.4}
                                         << Five{199.3, 598.1, 1795, 3790, 19820};
        QTest::newRow("2026-02 H = 1000") << seed << 4 << Five{9.967, 14.95, 17.94, 18.94, 19.73}
                                          << Five{19.93, 59.80, 179.4, 378.8, 1974};
        QTest::newRow("2026-02 H = 200 (H_min)") << seed << 5 << Five{49.84, 74.75, 89.71, 94.69, 98.68}
                                                 << Five{99.67, 299.0, 897.2, 1894, 9888};
        QTest::newRow("2026-04 data-parallel") << april << 0 << Five{1.429e5, 2.145e5, 2.575e5, 2.719e5, 2.834e5}
                                               << Five{2.863e5, 8.650e5, 2.652e6, 5.813e6, 4.364e7};
        QTest::newRow("2026-04 H = 100") << april << 2 << Five{9.508, 14.26, 17.11, 18.07, 18.83}
                                         << Five{19.02, 57.05, 171.2, 361.5, 1889};
        QTest::newRow("2026-04 H = 1000") << april << 4 << Five{0.9508, 1.426, 1.711, 1.807, 1.883}
                                          << Five{1.902, 5.705, 17.11, 36.13, 188.3};
        QTest::newRow("2026-04 H = 20 (H_min)") << april << 5 << Five{47.54, 71.32, 85.59, 90.34, 94.15}
                                                << Five{95.10, 285.4, 857.1, 1813, 9582};
    }
    void referenceTables()
    {
        QFETCH(int, revision);
        QFETCH(int, row);
        QFETCH(Five, streaming);
        QFETCH(Five, blocking);
        const dtx::LinkRequirements links = dtx::linkRequirements(reference(dtx::Revision(revision)));
        QCOMPARE(links.rows.size(), std::size_t(6));
        const dtx::LinkRequirementRow& r = links.rows[std::size_t(row)];
        for (std::size_t i = 0; i < 5; ++i) {
            QVERIFY2(r.streamingMbps[i] && matchesPrinted(*r.streamingMbps[i], streaming[i]),
                     qPrintable(QString::number(r.streamingMbps[i].value_or(-1), 'g', 8)));
            QVERIFY2(r.blockingMbps[i] && matchesPrinted(*r.blockingMbps[i], blocking[i]),
                     qPrintable(QString::number(r.blockingMbps[i].value_or(-1), 'g', 8)));
        }
        if (revision == int(dtx::Revision::Feb2026)) {
            QVERIFY(std::abs(links.computeStepSeconds - 31.5077) < 5e-5);
            QVERIFY(std::abs(links.stragglerFactor - 1.30850) < 5e-6);
            QCOMPARE(links.minimumInnerSteps, 200.0);
        }
        QCOMPARE(links.rows[0].dataParallel, true);
        QCOMPARE(links.rows[5].scenarioRow, true);
    }

    // Each needed link gives back the utilisation it was asked for.
    void needsRoundTrip()
    {
        for (const dtx::Revision revision : dtx::kAllRevisions) {
            const dtx::LinkRequirements links = dtx::linkRequirements(reference(revision));
            for (const dtx::LinkRequirementRow& row : links.rows)
                for (std::size_t i = 0; i < 5; ++i)
                    for (const dtx::LinkReading reading : {dtx::LinkReading::Streaming, dtx::LinkReading::Blocking})
                        DTX_COMPARE_REL(dtx::utilisationAtLink(links, row, *dtx::neededLinks(row, reading)[i], reading),
                                        dtx::kLinkUtilisations[i], 1e-12);
            // At the scenario's own link, streaming at H_min uses it fully.
            QCOMPARE(dtx::utilisationAtLink(links, links.rows.back(), links.ownMbps, dtx::LinkReading::Streaming), 1.0);
        }
    }

    // Latency larger than the budget: unreachable, whatever the link.
    void unreachable()
    {
        dtx::Scenario s = reference(dtx::Revision::Feb2026);
        s.wan.latencyMs = 300; // data-parallel, blocking at 99 %: 0.243 s of budget
        const dtx::LinkRequirements links = dtx::linkRequirements(s);
        QVERIFY(!links.rows[0].blockingMbps[4]);
        QVERIFY(links.rows[0].blockingMbps[3]);
        QVERIFY(links.rows[0].streamingMbps[4]);
        const CliRun run = runCli(strings({"links", "--format", "json", "--set", "network.latency_ms=300"}));
        QCOMPARE(run.status, 0);
        const QJsonObject dp = resultsOf(run).value(QStringLiteral("rows")).toArray()[0].toObject();
        QVERIFY(dp.value(QStringLiteral("blocking_mbps")).toObject().value(QStringLiteral("0.99")).isNull());
        QVERIFY(runCli(strings({"links", "--set", "network.latency_ms=300"})).out.find(" -\n") != std::string::npos);
    }

    void linksCommand()
    {
        for (const char* revision : {"2026-02", "2026-04"}) {
            const CliRun run = runCli(strings({"links", "--format", "json", "--revision", revision}));
            QCOMPARE(run.status, 0);
            const QJsonArray rows = resultsOf(run).value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.size(), 6);
            const QJsonObject first = rows[0].toObject();
            QCOMPARE(first.keys(), strings({"blocking_mbps", "data_parallel", "h", "streaming_mbps"}));
            QCOMPARE(first.value(QStringLiteral("streaming_mbps")).toObject().keys(),
                     strings({"0.50", "0.75", "0.90", "0.95", "0.99"}));
            QCOMPARE(first.value(QStringLiteral("data_parallel")).toBool(), true);
            QCOMPARE(rows[1].toObject().value(QStringLiteral("h")).toDouble(), 30.0);
            dtx::Revision parsed{};
            QVERIFY(dtx::parseRevision(revision, &parsed));
            const dtx::LinkRequirements core = dtx::linkRequirements(reference(parsed));
            QCOMPARE(rows[5].toObject().value(QStringLiteral("streaming_mbps")).toObject().value(QStringLiteral("0.90")).toDouble(),
                     *core.rows[5].streamingMbps[2]);
        }
        const CliRun csv = runCli(strings({"links", "--format", "csv"}));
        QCOMPARE(QString::fromStdString(csv.out).count(QStringLiteral("\r\n")), 7);
        QVERIFY(csv.out.starts_with("h,data_parallel,streaming_mbps_0.50"));
        // Other modes use the flat quantities, and say so.
        const CliRun pipeline = runCli(strings({"links", "--set", "mode=pp_diloco"}));
        QCOMPARE(pipeline.status, 0);
        QVERIFY(pipeline.out.find("as flat") != std::string::npos);
        const CliRun bad = runCli(strings({"links", "--format", "xml"}));
        QCOMPARE(bad.status, 2);
    }

    // G2's reference at 72 nodes, both revisions, and the flag.
    void lossGap_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<double>("synchronous");
        QTest::addColumn<double>("predicted");
        QTest::addColumn<double>("gapPercent");
        QTest::newRow("2026-02") << "2026-02" << 1.902526 << 1.904391 << 0.0980;
        QTest::newRow("2026-04") << "2026-04" << 1.901778 << 1.917792 << 0.8421;
    }
    void lossGap()
    {
        QFETCH(QString, revision);
        QFETCH(double, synchronous);
        QFETCH(double, predicted);
        QFETCH(double, gapPercent);
        const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--revision"), revision});
        QCOMPARE(run.status, 0);
        const QJsonObject r = resultsOf(run);
        QVERIFY(std::abs(r.value(QStringLiteral("loss_synchronous")).toDouble() - synchronous) < 5e-7);
        QVERIFY(std::abs(r.value(QStringLiteral("predicted_loss")).toDouble() - predicted) < 5e-7);
        QVERIFY(std::abs(r.value(QStringLiteral("loss_gap")).toDouble() * 100 - gapPercent) < 5e-5);
        QVERIFY(std::abs(r.value(QStringLiteral("diloco_law_gap")).toDouble() * 100 - 5.086) < 5e-4);
        QCOMPARE(r.value(QStringLiteral("diloco_law_extrapolated")).toBool(), true);
    }

    void lossGapFlag()
    {
        // 2 B parameters on 8 nodes: inside the law's fit.
        const CliRun small = runCli(strings({"evaluate", "--format", "json", "--set", "nodes=8",
                                             "--set", "model.params_b=2"}));
        QCOMPARE(small.status, 0);
        QCOMPARE(resultsOf(small).value(QStringLiteral("diloco_law_extrapolated")).toBool(), false);
        DTX_COMPARE_REL(resultsOf(small).value(QStringLiteral("diloco_law_gap")).toDouble(),
                        std::pow(8.0, 0.0116) - 1, 1e-12);
        // Hierarchical and PP-Group count groups, not nodes.
        dtx::Scenario s = reference(dtx::Revision::Feb2026);
        s.mode = dtx::Mode::Hierarchical;
        const dtx::EvaluationOutcome outcome = dtx::evaluate(s);
        QVERIFY(outcome.ok() && outcome.evaluation->hierarchical);
        QCOMPARE(dtx::lossComparison(*outcome.evaluation)->replicas, outcome.evaluation->hierarchical->groups);
        // Not a sweep column.
        const CliRun sweep = runCli(strings({"sweep", "--vary", "nodes=2:4:3"}));
        QCOMPARE(sweep.status, 0);
        QVERIFY(sweep.out.find("loss_gap") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "test_links.moc"
