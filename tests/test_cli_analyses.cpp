// `dtx uncertainty` and `dtx tornado` (CLI.md "Analyses"): their JSON keys,
// text and CSV, the same numbers as the core under both revisions, the same
// output for the same seed, and every bad option refused with exit 2 and
// its name.
#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "MonteCarlo.hpp"
#include "TestSupport.hpp"
#include "Tornado.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using dtx::test::CliRun;
using dtx::test::runCli;
using dtx::test::strings;

namespace {

QJsonObject resultsOf(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(run.out), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return document.object().value(QStringLiteral("results")).toObject();
}

dtx::Scenario reference(dtx::Revision revision)
{
    return dtx::referenceScenario(*dtx::referenceNode(dtx::builtInHardwareCatalog(), revision),
                                  revision);
}

} // namespace

class TestCliAnalyses : public QObject {
    Q_OBJECT

private slots:
    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("samples 0") << strings({"uncertainty", "--samples", "0"}) << "--samples";
        QTest::newRow("samples 1e12") << strings({"uncertainty", "--samples", "1e12"}) << "--samples";
        QTest::newRow("samples 999") << strings({"uncertainty", "--samples", "999"}) << "--samples";
        QTest::newRow("samples fraction") << strings({"uncertainty", "--samples", "1500.5"}) << "--samples";
        QTest::newRow("samples text") << strings({"uncertainty", "--samples", "many"}) << "--samples";
        QTest::newRow("profile huge") << strings({"uncertainty", "--profile", "huge"}) << "--profile";
        QTest::newRow("seed -1") << strings({"uncertainty", "--seed", "-1"}) << "--seed";
        QTest::newRow("seed 2^64") << strings({"uncertainty", "--seed", "18446744073709551616"}) << "--seed";
        QTest::newRow("seed fraction") << strings({"uncertainty", "--seed", "1.5"}) << "--seed";
        QTest::newRow("seed empty") << strings({"uncertainty", "--seed", ""}) << "--seed";
        QTest::newRow("fit unknown") << strings({"uncertainty", "--fit", "kaplan"}) << "--fit";
        QTest::newRow("vary twice") << strings({"uncertainty", "--vary", "nodes=1:10", "--vary",
                                                "years=1:2"}) << "--vary";
        QTest::newRow("vary text key") << strings({"uncertainty", "--vary", "mode=1:2"}) << "--vary";
        QTest::newRow("vary too many") << strings({"uncertainty", "--vary", "nodes=1:1000000:1000000",
                                                   "--samples", "1000"}) << "--vary";
        QTest::newRow("samples twice") << strings({"uncertainty", "--samples", "1000", "--samples",
                                                   "2000"}) << "--samples";
        QTest::newRow("metric unknown") << strings({"tornado", "--metric", "cost"}) << "--metric";
        QTest::newRow("tornado samples") << strings({"tornado", "--samples", "1000"}) << "--samples";
        QTest::newRow("tornado format") << strings({"tornado", "--format", "xml"}) << "--format";
        QTest::newRow("bad scenario") << strings({"tornado", "--set", "nodes=0"}) << "nodes";
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(run.out.empty());
        QVERIFY2(QString::fromStdString(run.err).contains(named), run.err.c_str());
    }

    // The JSON carries CLI.md's keys and the core's numbers, bit for bit.
    void uncertaintyJson_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::newRow("2026-02") << "2026-02";
        QTest::newRow("2026-04") << "2026-04";
    }
    void uncertaintyJson()
    {
        QFETCH(QString, revision);
        const CliRun run = runCli({QStringLiteral("uncertainty"), QStringLiteral("--revision"), revision,
                                   QStringLiteral("--samples"), QStringLiteral("2000"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.status, 0);
        const QJsonObject results = resultsOf(run);
        QCOMPARE(results.value(QStringLiteral("samples")).toInt(), 2000);
        QCOMPARE(results.value(QStringLiteral("seed")).toInteger(), 20260401);
        QCOMPARE(results.value(QStringLiteral("profile")).toString(), QStringLiteral("standard"));
        dtx::Revision r{};
        QVERIFY(dtx::parseRevision(revision.toStdString(), &r));
        dtx::UncertaintyOptions options;
        options.samples = 2000;
        const dtx::UncertaintyOutcome core = dtx::runUncertainty(reference(r), options);
        QVERIFY(core.ok());
        for (const char* metric : {"eta", "c_local", "c_quality", "eta_chinchilla"}) {
            const QJsonObject q =
                results.value(QStringLiteral("quantiles")).toObject().value(QLatin1String(metric)).toObject();
            QCOMPARE(q.keys(), strings({"mean", "q05", "q50", "q95"}));
            QVERIFY(results.value(QStringLiteral("deterministic")).toObject().contains(QLatin1String(metric)));
        }
        const QJsonObject quality = results.value(QStringLiteral("quantiles")).toObject()
                                        .value(QStringLiteral("c_quality")).toObject();
        QCOMPARE(quality.value(QStringLiteral("q50")).toDouble(),
                 core.summary->of(dtx::UncertainMetric::ComputeQuality).q50);
        const QJsonObject p = results.value(QStringLiteral("p_exceed")).toObject();
        QCOMPARE(p.keys(), strings({"c_local_strict", "c_quality_1e24", "c_quality_1e25",
                                    "c_quality_1e26", "c_quality_strict"}));
        // The deterministic figures are `evaluate`'s.
        const dtx::EvaluationOutcome evaluation = dtx::evaluate(reference(r));
        QCOMPARE(results.value(QStringLiteral("deterministic")).toObject()
                     .value(QStringLiteral("c_quality")).toDouble(),
                 evaluation.evaluation->computeQuality);
    }

    void sameSeedSameBytes()
    {
        const QStringList arguments = strings({"uncertainty", "--samples", "3000", "--seed", "7",
                                               "--format", "csv"});
        const CliRun first = runCli(arguments);
        const CliRun second = runCli(arguments);
        QCOMPARE(first.status, 0);
        QCOMPARE(first.out, second.out);
        const CliRun otherSeed = runCli(strings({"uncertainty", "--samples", "3000", "--seed", "8",
                                                 "--format", "csv"}));
        QVERIFY(first.out != otherSeed.out);
        // A seed above 2^53 keeps every digit.
        const CliRun big = runCli(strings({"uncertainty", "--samples", "1000", "--seed",
                                           "18446744073709551615", "--format", "json"}));
        QCOMPARE(big.status, 0);
        QVERIFY(big.out.find("\"seed\": 18446744073709551615") != std::string::npos);
    }

    void varyRows()
    {
        const CliRun run = runCli(strings({"uncertainty", "--vary", "nodes=6:72:3", "--samples",
                                           "10000", "--format", "json"}));
        QCOMPARE(run.status, 0);
        const QJsonArray rows = resultsOf(run).value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("nodes")).toDouble(), 6.0);
        // The A2 table's 6-node row, from the same samples.
        const double q50 = rows[0].toObject().value(QStringLiteral("quantiles")).toObject()
                               .value(QStringLiteral("c_local")).toObject()
                               .value(QStringLiteral("q50")).toDouble();
        QCOMPARE(QString::number(q50, 'e', 3), QStringLiteral("1.287e+24"));
        const CliRun csv = runCli(strings({"uncertainty", "--vary", "nodes=6:72:3", "--samples",
                                           "1000", "--format", "csv"}));
        QCOMPARE(csv.status, 0);
        const QStringList lines = QString::fromStdString(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("nodes,eta_deterministic,")));
        QVERIFY(lines[0].endsWith(QStringLiteral("p_c_local_strict,error")));
        QCOMPARE(lines[1].count(QLatin1Char(',')), lines[0].count(QLatin1Char(',')));
    }

    void tornadoOutputs_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("metric");
        QTest::newRow("2026-02 c_quality") << "2026-02" << "c_quality";
        QTest::newRow("2026-04 c_quality") << "2026-04" << "c_quality";
        QTest::newRow("2026-04 eta") << "2026-04" << "eta";
        QTest::newRow("2026-02 c_local") << "2026-02" << "c_local";
    }
    void tornadoOutputs()
    {
        QFETCH(QString, revision);
        QFETCH(QString, metric);
        const CliRun run = runCli({QStringLiteral("tornado"), QStringLiteral("--revision"), revision,
                                   QStringLiteral("--metric"), metric, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QCOMPARE(run.status, 0);
        const QJsonObject results = resultsOf(run);
        QCOMPARE(results.value(QStringLiteral("metric")).toString(), metric);
        const QJsonArray rows = results.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 12); // flat: no activation or hierarchy row
        double previous = INFINITY;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.keys(), strings({"group", "high_value", "input", "low_value", "metric_high",
                                          "metric_low", "swing", "swing_relative"}));
            QVERIFY(row.value(QStringLiteral("swing")).toDouble() <= previous);
            previous = row.value(QStringLiteral("swing")).toDouble();
        }
        dtx::Revision r{};
        QVERIFY(dtx::parseRevision(revision.toStdString(), &r));
        const dtx::TornadoOutcome core = dtx::computeTornado(
            reference(r), metric == QLatin1String("eta") ? dtx::UncertainMetric::Eta
                          : metric == QLatin1String("c_local") ? dtx::UncertainMetric::ComputeLocal
                                                               : dtx::UncertainMetric::ComputeQuality);
        QCOMPARE(results.value(QStringLiteral("baseline")).toDouble(), core.tornado->baseline);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("input")).toString().toStdString(),
                 core.tornado->rows[0].input);
        const CliRun csv = runCli({QStringLiteral("tornado"), QStringLiteral("--revision"), revision,
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.status, 0);
        QVERIFY(csv.out.rfind("input,group,low_value,high_value,metric_low,metric_high,swing,swing_relative\r\n", 0) == 0);
        const CliRun text = runCli({QStringLiteral("tornado"), QStringLiteral("--revision"), revision});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.find("revision " + revision.toStdString()) != std::string::npos);
    }

    // The same seed gives the same bits in every build (release, sanitizer)
    // and on every machine: the output of the build that wrote these files,
    // byte for byte (regenerate them only for a deliberate model change).
    void sameBitsAsRecorded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("2026-02 flat") << "uncertainty-1000.json"
                                      << strings({"uncertainty", "--samples", "1000", "--format", "json"});
        QTest::newRow("2026-04 hierarchical")
            << "uncertainty-1000-2026-04-hierarchical.json"
            << strings({"uncertainty", "--samples", "1000", "--revision", "2026-04", "--set",
                        "mode=hierarchical", "--format", "json"});
    }
    void sameBitsAsRecorded()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QFile recorded(QStringLiteral(DTX_SOURCE_DIR "/tests/golden/") + file);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        const CliRun run = runCli(arguments);
        QCOMPARE(run.status, 0);
        QCOMPARE(QByteArray::fromStdString(run.out), recorded.readAll());
    }

    // The Hoffmann fit moves the answer and is named in the output.
    void hoffmannFit()
    {
        const CliRun besiroglu = runCli(strings({"tornado", "--format", "json"}));
        const CliRun hoffmann = runCli(strings({"tornado", "--fit", "hoffmann", "--format", "json"}));
        QCOMPARE(hoffmann.status, 0);
        QVERIFY(resultsOf(besiroglu).value(QStringLiteral("baseline")).toDouble()
                != resultsOf(hoffmann).value(QStringLiteral("baseline")).toDouble());
        const CliRun text = runCli(strings({"uncertainty", "--fit", "hoffmann", "--samples", "1000"}));
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.find("Hoffmann 2022 fit") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyses)
#include "test_cli_analyses.moc"
