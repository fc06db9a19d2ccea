// ANALYSES.md B, the traffic fingerprint: the spec's three fleets to their
// printed digits, the `traffic_*` keys in every mode with more than one
// replica (absent with one), and their consistency.
#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "TestSupport.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace dtx;
using dtx::test::CliRun;
using dtx::test::runCli;
using dtx::test::strings;

class TestTraffic : public QObject {
    Q_OBJECT

private slots:
    // B's table: seed, defaults, 1.5 years.
    void referenceFleets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("payloadGb");  // V/8 GB, 3 decimals
        QTest::addColumn<int>("h");
        QTest::addColumn<QString>("periodMin");  // T_o min
        QTest::addColumn<QString>("duty");       // 4 decimals
        QTest::addColumn<QString>("upMbps");     // 3 decimals
        QTest::addColumn<QString>("tbPerNode");  // 2 decimals
        QTest::addColumn<QString>("coordGbps");  // 3 decimals
        QTest::newRow("72 x 48 A100") << "48x A100 80GB" << 72 << "30.000" << 200 << "105.0"
                                      << "0.7617" << "38.086" << "450.71" << "2.742";
        QTest::newRow("4 x 48 A100") << "48x A100 80GB" << 4 << "30.000" << 168 << "88.2"
                                     << "0.9068" << "45.340" << "536.56" << "0.181";
        QTest::newRow("72 x 16 H100 FP8") << "16x H100 FP8" << 72 << "5.714" << 211 << "19.95"
                                          << "0.7637" << "38.183" << "451.86" << "2.749";
    }
    void referenceFleets()
    {
        QFETCH(QString, preset);
        QFETCH(int, nodes);
        QFETCH(QString, payloadGb);
        QFETCH(int, h);
        QFETCH(QString, periodMin);
        QFETCH(QString, duty);
        QFETCH(QString, upMbps);
        QFETCH(QString, tbPerNode);
        QFETCH(QString, coordGbps);
        Scenario scenario = dtx::test::presetScenario(preset.toStdString());
        scenario.nodes = nodes;
        const EvaluationOutcome outcome = evaluate(scenario);
        QVERIFY(outcome.ok() && outcome.evaluation->traffic);
        const TrafficFingerprint& t = *outcome.evaluation->traffic;
        const auto decimals = [](const QString& s) {
            return int(s.size() - s.indexOf(QLatin1Char('.')) - 1);
        };
        const auto same = [&](double value, const QString& printed) {
            return QString::number(value, 'f', decimals(printed)) == printed;
        };
        QVERIFY2(same(t.payloadBytes / 1e9, payloadGb), qPrintable(QString::number(t.payloadBytes)));
        QCOMPARE(outcome.evaluation->innerSteps, double(h));
        QVERIFY2(same(t.syncPeriodSeconds / 60, periodMin), qPrintable(QString::number(t.syncPeriodSeconds / 60, 'g', 8)));
        QVERIFY2(same(t.dutyCycle, duty), qPrintable(QString::number(t.dutyCycle, 'g', 8)));
        QVERIFY2(same(t.sustainedUpMbps, upMbps), qPrintable(QString::number(t.sustainedUpMbps, 'g', 8)));
        QVERIFY2(same(t.wanTerabytesPerNode, tbPerNode), qPrintable(QString::number(t.wanTerabytesPerNode, 'g', 8)));
        QVERIFY2(same(t.coordinatorGbps, coordGbps), qPrintable(QString::number(t.coordinatorGbps, 'g', 8)));
        QCOMPARE(t.correlatedEndpoints, double(nodes));
        QCOMPARE(t.cccMargin, 250.0); // 25 Gbit/s over 100 Mbps
    }

    // The keys in every mode and revision with more than one replica, none
    // with one; sustained rate × period = payload; fleet = endpoints × node.
    void keysInEveryMode_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<bool>("present");
        QTest::addColumn<double>("endpoints");
        for (const char* revision : {"2026-02", "2026-04"}) {
            const QString r = QString::fromLatin1(revision);
            QTest::addRow("%s flat", revision) << QStringList{QStringLiteral("revision=") + r} << true << 72.0;
            QTest::addRow("%s flat, one node", revision)
                << QStringList{QStringLiteral("revision=") + r, QStringLiteral("nodes=1")} << false << 0.0;
            QTest::addRow("%s hierarchical", revision)
                << QStringList{QStringLiteral("revision=") + r, QStringLiteral("mode=hierarchical"),
                               QStringLiteral("nodes=500")}
                << true << 62.0;
            QTest::addRow("%s moe", revision)
                << QStringList{QStringLiteral("revision=") + r, QStringLiteral("mode=moe")} << true << 72.0;
            QTest::addRow("%s moe, one node", revision)
                << QStringList{QStringLiteral("revision=") + r, QStringLiteral("mode=moe"),
                               QStringLiteral("nodes=1")}
                << false << 0.0;
            QTest::addRow("%s pp_diloco", revision)
                << QStringList{QStringLiteral("revision=") + r, QStringLiteral("mode=pp_diloco")}
                << true << -1.0; // the groups
        }
        QTest::newRow("2026-04 asymmetric") << strings({"revision=2026-04", "network.upload_mbps=20",
                                                        "network.download_mbps=200"})
                                            << true << 72.0;
    }
    void keysInEveryMode()
    {
        QFETCH(QStringList, sets);
        QFETCH(bool, present);
        QFETCH(double, endpoints);
        QStringList arguments{QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("json")};
        for (const QString& set : sets)
            arguments << QStringLiteral("--set") << set;
        const CliRun run = runCli(arguments);
        QCOMPARE(run.status, 0);
        const QJsonObject results =
            QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object().value(QStringLiteral("results")).toObject();
        const QStringList keys = strings({"traffic_payload_bytes", "traffic_sync_period_s",
                                          "traffic_burst_up_s", "traffic_burst_down_s",
                                          "traffic_duty_cycle", "traffic_sustained_up_mbps",
                                          "traffic_syncs_per_run", "traffic_wan_tb_per_node",
                                          "traffic_wan_tb_fleet", "traffic_coordinator_gbps",
                                          "traffic_ccc_margin", "traffic_gpu_busy_fraction",
                                          "traffic_correlated_endpoints"});
        for (const QString& key : keys)
            QVERIFY2(results.contains(key) == present, qPrintable(key));
        if (!present)
            return;
        const auto value = [&](const char* key) { return results.value(QLatin1String(key)).toDouble(); };
        // Sustained rate × period = the payload (bits).
        DTX_COMPARE_REL(value("traffic_sustained_up_mbps") * 1e6 * value("traffic_sync_period_s"),
                        value("traffic_payload_bytes") * 8, 1e-12);
        DTX_COMPARE_REL(value("traffic_wan_tb_fleet"),
                        value("traffic_wan_tb_per_node") * value("traffic_correlated_endpoints"), 1e-12);
        DTX_COMPARE_REL(value("traffic_syncs_per_run") * value("traffic_sync_period_s"),
                        results.value(QStringLiteral("t_s_s")).toDouble(0) > 0
                            ? results.value(QStringLiteral("t_s_s")).toDouble()
                            : 1.5 * 365.25 * 86400, 1e-12);
        QVERIFY(value("traffic_gpu_busy_fraction") > 0 && value("traffic_gpu_busy_fraction") <= 1);
        QVERIFY(value("traffic_duty_cycle") > 0);
        if (endpoints > 0)
            QCOMPARE(value("traffic_correlated_endpoints"), endpoints);
        else
            QCOMPARE(value("traffic_correlated_endpoints"), results.value(QStringLiteral("n_groups")).toDouble());
        if (sets.contains(QStringLiteral("network.upload_mbps=20"))) {
            QCOMPARE(value("traffic_ccc_margin"), 125.0); // the faster direction, 200 Mbps
            DTX_COMPARE_REL(value("traffic_burst_up_s"), 10 * value("traffic_burst_down_s"), 1e-12);
        }
    }
};

QTEST_GUILESS_MAIN(TestTraffic)
#include "test_traffic.moc"
