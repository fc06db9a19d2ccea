// `dtx` against the reference: the golden report byte for byte, the figures
// of simulation-notes.md (written with quality "none" and no replica
// penalty), and Scenario 1 of the forward planner.
#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "NodesForTarget.hpp"
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

} // namespace

class FidelityTest : public QObject {
    Q_OBJECT

private slots:
    void reportEqualsGolden()
    {
        QFile golden(dtx::test::sharedPath(QStringLiteral("golden/report.txt")));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        const dtx::test::CliRun run = dtx::test::runCli({QStringLiteral("report")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.empty());
        const QByteArray actual = QByteArray::fromStdString(run.out);
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
