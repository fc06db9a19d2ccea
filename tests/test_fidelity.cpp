// `dtx` against the reference: the golden report byte for byte, the figures
// of simulation-notes.md (written with quality "none" and no replica
// penalty), and Scenario 1 of the forward planner.
#include "Countermeasures.hpp"
#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "NodesForTarget.hpp"
#include "QualityTargetOptimizer.hpp"
#include "TestSupport.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using dtx::Mode;
Q_DECLARE_METATYPE(dtx::Mode)

namespace {

QString scientificLikeTheNotes(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2e", value);
    return QString::fromLatin1(text).replace(QStringLiteral("e+"), QStringLiteral("e"));
}

dtx::Scenario notesScenario(const QString& preset, Mode mode, int nodes, double compression,
                            double bandwidthMbps)
{
    dtx::Scenario scenario = dtx::test::presetScenario(preset.toStdString());
    scenario.mode = mode;
    scenario.nodes = nodes;
    scenario.training.compression = compression;
    scenario.wan.setBandwidth(bandwidthMbps);
    scenario.assumptions.quality = dtx::QualityScenario::None;
    scenario.assumptions.replicaPenalty = false;
    return scenario;
}

QByteArray goldenFile(const QString& name)
{
    QFile golden(dtx::test::sharedPath(QStringLiteral("golden/") + name));
    return golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
}

// The lines of a report from the first equal to `first` up to the next
// empty line (one table or one detail block).
QStringList blockFrom(const QStringList& lines, const QString& first)
{
    QStringList block;
    for (qsizetype i = lines.indexOf(first); i >= 0 && i < lines.size() && !lines[i].isEmpty(); ++i)
        block << lines[i];
    return block;
}

QStringList reportLines(const std::string& out)
{
    return QString::fromStdString(out).split(QLatin1Char('\n'));
}

} // namespace

class FidelityTest : public QObject {
    Q_OBJECT

private:
    // Byte for byte; on a mismatch the first differing line is named.
    static void compareWithGolden(const QByteArray& actual, const QByteArray& expected)
    {
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> b = expected.split('\n');
            for (int i = 0; i < std::min(a.size(), b.size()); ++i)
                QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("line %1:\n  got      %2\n  expected %3")
                                                      .arg(i + 1)
                                                      .arg(QString::fromUtf8(a[i]), QString::fromUtf8(b[i]))));
            QCOMPARE(a.size(), b.size());
        }
        QCOMPARE(actual.size(), expected.size());
    }

private slots:
    void reportEqualsGolden()
    {
        QFile golden(dtx::test::sharedPath(QStringLiteral("golden/report.txt")));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        const dtx::test::CliRun run = dtx::test::runCli({QStringLiteral("report")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.empty());
        compareWithGolden(QByteArray::fromStdString(run.out), expected);
    }

    // Each revision's report is its golden file; on a mismatch the first
    // differing line is shown.
    void revisionReportEqualsItsGolden_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("golden");
        QTest::newRow("2026-02 named") << QStringLiteral("2026-02") << QStringLiteral("report.txt");
        QTest::newRow("2026-04") << QStringLiteral("2026-04") << QStringLiteral("report-2026-04.txt");
    }
    void revisionReportEqualsItsGolden()
    {
        QFETCH(QString, revision);
        QFETCH(QString, golden);
        const QByteArray expected = goldenFile(golden);
        QVERIFY2(!expected.isEmpty(), qPrintable(golden));
        const dtx::test::CliRun run =
            dtx::test::runCli({QStringLiteral("report"), QStringLiteral("--revision"), revision});
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.empty());
        compareWithGolden(QByteArray::fromStdString(run.out), expected);
    }

    // R14 "Report options" under 2026-04: each option names itself where
    // R14 says (header, part 7) and moves every computation that uses the
    // default. Expected figures for 72 flat nodes of 50x A100 worked out
    // independently from R3–R6 (a Python transcription of the formulas with
    // 200 geometric bisections): eta and C_local at 1.5 years.
    void revisedReportOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("settingsLine"); // header line 5
        QTest::addColumn<QString>("qualityScenario");
        QTest::addColumn<QString>("errorFeedbackLine"); // part 7
        QTest::addColumn<QString>("eta72");             // part 1's N=72 detail
        QTest::addColumn<QString>("computeLocal72");    // part 3's N=72 at 1.5 years
        const QString relay = QStringLiteral(
            "MFU: 40%  |  Compression: 150x  |  Error feedback: Yes  |  Streaming: Yes  |  Straggler: relay");
        const QString expected = QStringLiteral("expected");
        const QString yes = QStringLiteral("Error feedback: Yes");
        QTest::newRow("defaults") << QStringList() << relay << expected << yes << "0.3320"
                                  << "7.06e+24 FLOP (7.1x threshold)";
        // q_c(150, conservative, EF) = 0.91 instead of 0.99.
        QTest::newRow("--quality conservative")
            << dtx::test::strings({"--quality", "conservative"}) << relay
            << QStringLiteral("conservative") << yes << "0.3052" << "6.49e+24 FLOP (6.5x threshold)";
        // m = 1: eta_rep = 1, eta = eta_pre = (1 - alpha log10 20) x 0.99.
        QTest::newRow("--no-replica-penalty")
            << dtx::test::strings({"--no-replica-penalty"}) << relay << expected << yes << "0.9204"
            << "1.96e+25 FLOP (19.6x threshold)";
        // q_c(150, expected, no EF) = 0.96 instead of 0.99.
        QTest::newRow("--no-error-feedback")
            << dtx::test::strings({"--no-error-feedback"})
            << QStringLiteral("MFU: 40%  |  Compression: 150x  |  Error feedback: No  |  Streaming: Yes  |  "
                              "Straggler: relay")
            << expected << QStringLiteral("Error feedback: No") << "0.3220"
            << "6.85e+24 FLOP (6.8x threshold)";
        // f(72) = 1.308: H = 23.
        QTest::newRow("--straggler synchronous")
            << dtx::test::strings({"--straggler", "synchronous"})
            << QStringLiteral("MFU: 40%  |  Compression: 150x  |  Error feedback: Yes  |  Streaming: Yes  |  "
                              "Straggler: synchronous")
            << expected << yes << "0.3168" << "6.74e+24 FLOP (6.7x threshold)";
        // f = 1: H = 17.
        QTest::newRow("--straggler threshold")
            << dtx::test::strings({"--straggler", "threshold"})
            << QStringLiteral("MFU: 40%  |  Compression: 150x  |  Error feedback: Yes  |  Streaming: Yes  |  "
                              "Straggler: threshold")
            << expected << yes << "0.3508" << "7.46e+24 FLOP (7.5x threshold)";
    }
    void revisedReportOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, settingsLine);
        QFETCH(QString, qualityScenario);
        QFETCH(QString, errorFeedbackLine);
        QFETCH(QString, eta72);
        QFETCH(QString, computeLocal72);
        const dtx::test::CliRun run = dtx::test::runCli(
            QStringList{QStringLiteral("report"), QStringLiteral("--revision"), QStringLiteral("2026-04")}
            + options);
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.empty());
        const QStringList lines = reportLines(run.out);
        const QStringList golden = reportLines(goldenFile(QStringLiteral("report-2026-04.txt")).toStdString());
        QVERIFY(lines.size() > 100 && golden.size() > 100);

        QCOMPARE(lines[3], golden[3]); // the WAN line
        QCOMPARE(lines[4], settingsLine);
        QCOMPARE(lines[5], QStringLiteral("Compression quality scenario: ") + qualityScenario);
        const qsizetype part7 = lines.indexOf(QStringLiteral("Default scenario: ") + qualityScenario);
        QVERIFY(part7 > 0);
        QCOMPARE(lines.value(part7 + 1), errorFeedbackLine);
        // Part 7 always lists both q_c tables as R4 has them.
        for (const char* table : {"Compression quality (with error feedback):",
                                  "Compression quality (without error feedback):"}) {
            const QString title = QString::fromLatin1(table);
            QCOMPARE(blockFrom(lines, title), blockFrom(golden, title));
            QCOMPARE(blockFrom(lines, title).size(), 7);
        }

        const QStringList detail = blockFrom(lines, QStringLiteral("--- Detailed: 50x A100 80GB, N=72 ---"));
        QVERIFY2(detail.contains(QStringLiteral("  Efficiency eta:       ") + eta72),
                 qPrintable(detail.join(QLatin1Char('\n'))));
        const QStringList time = blockFrom(lines, QStringLiteral("  Time sensitivity for 50x A100 80GB, N=72:"));
        QVERIFY2(time.contains(QStringLiteral("     1.5 years: C_local = ") + computeLocal72),
                 qPrintable(time.join(QLatin1Char('\n'))));
    }

    // R11 through the core: the cheapest run per C_quality target, as
    // golden/report-2026-04.txt's part 6 tables list them. Costs at R1's
    // countermeasure prices ($7,000 per A100, $25,000 per H100).
    void qualityTargetOptimizer_data()
    {
        QTest::addColumn<bool>("fp8"); // H100 SXM at FP8, else A100 80GB at FP16
        QTest::addColumn<int>("gpus");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("nodes"); // 0: N/A
        QTest::addColumn<QString>("mode");
        QTest::addColumn<double>("costUsd");
        QTest::newRow("16 H100-eq, 10^24") << false << 50 << 1e24 << 5 << "Flat DiLoCo" << 5 * 50 * 7000.0;
        QTest::newRow("16 H100-eq, 10^26") << false << 50 << 1e26 << 32718
                                           << "PP-Group DiLoCo (6 stages x 5453 groups)" << 32718 * 50 * 7000.0;
        QTest::newRow("8 H100-eq, 10^24") << false << 25 << 1e24 << 10 << "Hier 4x2" << 10 * 25 * 7000.0;
        QTest::newRow("8 H100-eq, 10^25") << false << 25 << 1e25 << 828
                                          << "PP-Group DiLoCo (2 stages x 414 groups) act10x" << 828 * 25 * 7000.0;
        QTest::newRow("4 H100-eq, 10^26") << false << 12 << 1e26 << 0 << QString() << 0.0;
        QTest::newRow("H100 FP8 No limit, 10^24") << true << 16 << 1e24 << 3 << "Flat DiLoCo" << 3 * 16 * 25000.0;
        QTest::newRow("H100 FP8 No limit, 10^25") << true << 16 << 1e25 << 450
                                                  << "PP-Group DiLoCo (3 stages x 150 groups) act10x"
                                                  << 450 * 16 * 25000.0;
        QTest::newRow("H100 FP8 256 GB, 10^25") << true << 3 << 1e25 << 7032
                                                << "PP-Group DiLoCo (8 stages x 879 groups)" << 7032 * 3 * 25000.0;
    }
    void qualityTargetOptimizer()
    {
        QFETCH(bool, fp8);
        QFETCH(int, gpus);
        QFETCH(double, target);
        QFETCH(int, nodes);
        QFETCH(QString, mode);
        QFETCH(double, costUsd);
        const dtx::Revision revision = dtx::Revision::Apr2026;
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        const dtx::NodeConfig node =
            fp8 ? dtx::countermeasureH100Fp8Node(*catalog.findGpu(dtx::kH100Gpu), gpus, revision)
                : dtx::countermeasureA100Node(*catalog.findGpu(dtx::kA100Gpu), gpus, revision);
        const std::optional<dtx::QualityTargetRun> run =
            dtx::cheapestRunForQualityTarget(dtx::referenceScenario(node, revision), target);
        if (nodes == 0) {
            QVERIFY(!run);
            return;
        }
        QVERIFY(run);
        QCOMPARE(int(run->nodes), nodes);
        QCOMPARE(QString::fromStdString(dtx::qualityTargetModeLabel(*run)), mode);
        QCOMPARE(run->evaluation.costUsd, costUsd);
        QVERIFY(run->evaluation.computeQuality >= target);
    }

    // simulation-notes.md Scenarios 2–4, to the precision printed there.
    void simulationNotesFigures_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("compression");
        QTest::addColumn<double>("bandwidth");
        QTest::addColumn<QString>("eta");
        QTest::addColumn<QString>("computeLocal");
        const QString a100 = QStringLiteral("48x A100 80GB");
        const QString fp8 = QStringLiteral("16x H100 FP8");
        QTest::newRow("S2: 4 nodes") << a100 << Mode::Flat << 4 << 16.0 << 100.0 << "0.879" << "9.97e23";
        QTest::newRow("S2: 8 nodes") << a100 << Mode::Flat << 8 << 16.0 << 100.0 << "0.878" << "1.99e24";
        QTest::newRow("S2: 16 nodes") << a100 << Mode::Flat << 16 << 16.0 << 100.0 << "0.877" << "3.98e24";
        QTest::newRow("S2: 72 nodes") << a100 << Mode::Flat << 72 << 16.0 << 100.0 << "0.875" << "1.79e25";
        QTest::newRow("S2: 144 nodes") << a100 << Mode::Flat << 144 << 16.0 << 100.0 << "0.874" << "3.57e25";
        QTest::newRow("S2: 500 nodes") << a100 << Mode::Flat << 500 << 16.0 << 100.0 << "0.873" << "1.24e26";
        QTest::newRow("S3: A") << a100 << Mode::Flat << 4000 << 16.0 << 100.0 << "0.871" << "9.87e26";
        QTest::newRow("S3: B") << a100 << Mode::Hierarchical << 4000 << 16.0 << 100.0 << "0.902" << "1.02e27";
        QTest::newRow("S3: C") << fp8 << Mode::Flat << 2000 << 16.0 << 100.0 << "0.862" << "1.03e27";
        QTest::newRow("S3: D") << fp8 << Mode::Hierarchical << 2000 << 16.0 << 100.0 << "0.896" << "1.07e27";
        QTest::newRow("S3: E") << a100 << Mode::Flat << 4000 << 100.0 << 100.0 << "0.914" << "1.04e27";
        QTest::newRow("S3: F") << fp8 << Mode::Hierarchical << 2000 << 100.0 << 100.0 << "0.941" << "1.13e27";
        QTest::newRow("S4: 72 at 10 Mbps") << a100 << Mode::Flat << 72 << 16.0 << 10.0 << "0.821" << "1.68e25";
        QTest::newRow("S4: 72 at 1 Gbps") << a100 << Mode::Flat << 72 << 16.0 << 1000.0 << "0.929" << "1.90e25";
        QTest::newRow("S4: F at 10 Mbps") << fp8 << Mode::Hierarchical << 2000 << 100.0 << 10.0 << "0.913" << "1.10e27";
        QTest::newRow("S4: F at 1 Gbps") << fp8 << Mode::Hierarchical << 2000 << 100.0 << 1000.0 << "0.964" << "1.16e27";
    }
    void simulationNotesFigures()
    {
        QFETCH(QString, preset);
        QFETCH(Mode, mode);
        QFETCH(int, nodes);
        QFETCH(double, compression);
        QFETCH(double, bandwidth);
        QFETCH(QString, eta);
        QFETCH(QString, computeLocal);
        const dtx::EvaluationOutcome outcome =
            dtx::evaluate(notesScenario(preset, mode, nodes, compression, bandwidth));
        QVERIFY(outcome.ok());
        QCOMPARE(QString::number(outcome.evaluation->eta, 'f', 3), eta);
        QCOMPARE(scientificLikeTheNotes(outcome.evaluation->computeLocal), computeLocal);
    }

    // Scenario 5: nodes for 1e24 under lowered thresholds (A100 nodes of
    // 48, 25, 12, 6 and 3 GPUs).
    void simulationNotesThresholds_data()
    {
        QTest::addColumn<int>("gpus");
        QTest::addColumn<int>("nodes");
        QTest::newRow("16 H100-eq") << 48 << 5;
        QTest::newRow("8 H100-eq") << 25 << 8;
        QTest::newRow("4 H100-eq") << 12 << 16;
        QTest::newRow("2 H100-eq") << 6 << 31;
        QTest::newRow("1 H100-eq") << 3 << 61;
    }
    void simulationNotesThresholds()
    {
        QFETCH(int, gpus);
        QFETCH(int, nodes);
        const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
        dtx::Scenario scenario = dtx::referenceScenario(
            dtx::makeNode(*catalog.findGpu("A100 80GB"), gpus, dtx::Precision::Fp16));
        scenario.assumptions.quality = dtx::QualityScenario::None;
        scenario.assumptions.replicaPenalty = false;
        QCOMPARE(int(dtx::nodesForTarget(scenario, 1e24).nodes), nodes);
    }

    void reportWithNotesOptionsShowsTheirFigures()
    {
        const dtx::test::CliRun run = dtx::test::runCli(
            {QStringLiteral("report"), QStringLiteral("--quality"), QStringLiteral("none"),
             QStringLiteral("--no-replica-penalty")});
        QCOMPARE(run.status, 0);
        const QString report = QString::fromStdString(run.out);
        QVERIFY(report.contains(QStringLiteral("Compression quality scenario: none")));
        QVERIFY(report.contains(QStringLiteral("    4 |     192 |    $2.9M | 1.100 |   168 | 0.879 |   9.97e+23 |")));
        QVERIFY(report.contains(QStringLiteral("Default scenario: none")));
        QVERIFY(!report.contains(QStringLiteral("nan")) && !report.contains(QStringLiteral("inf")));
    }

    void planReproducesScenarioOne()
    {
        const dtx::test::CliRun run = dtx::test::runCli(
            {QStringLiteral("plan"), QStringLiteral("--set"), QStringLiteral("network.latency_ms=0"),
             QStringLiteral("--set"), QStringLiteral("assumptions.straggler=false"),
             QStringLiteral("--set"), QStringLiteral("assumptions.efficiency_penalty=false"),
             QStringLiteral("--set"), QStringLiteral("run_length.manual_days=365"),
             QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.status, 0);
        const QJsonObject results =
            QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object().value(QStringLiteral("results")).toObject();
        QCOMPARE(QString::number(results.value(QStringLiteral("days")).toDouble(), 'f', 2), QStringLiteral("331.14"));
        QCOMPARE(results.value(QStringLiteral("bottleneck")).toString(), QStringLiteral("network"));
        QCOMPARE(results.value(QStringLiteral("feasible")).toBool(), true);
        QCOMPARE(results.value(QStringLiteral("global_sync_s")).toDouble(), 2880.0);
    }
};

QTEST_GUILESS_MAIN(FidelityTest)
#include "test_fidelity.moc"
