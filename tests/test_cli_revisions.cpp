// Both model revisions through the `dtx` command line (CLI.md "Model
// revisions", REVISION-2026-04.md R15): every command under --revision
// 2026-02 and 2026-04, the result keys each revision adds or keeps out, the
// three spellings of the revision giving the same bytes, and numbers
// checked against the core bit for bit and against an independent script
// written from the revision's text (or golden/report-2026-04.txt).

#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "ResultFields.hpp"
#include "ScenarioFile.hpp"
#include "TestSupport.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>

using dtx::Revision;
using dtx::Scenario;
using dtx::test::CliRun;
using dtx::test::runCli;
using dtx::test::strings;

namespace {


QStringList setOptions(const QStringList& assignments)
{
    QStringList options;
    for (const QString& assignment : assignments)
        options << QStringLiteral("--set") << assignment;
    return options;
}

quint64 bits(double value) { return std::bit_cast<quint64>(value); }

double parseExact(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    double value = std::nan("");
    std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    return value;
}

// R15: added for every mode under 2026-04, and per mode.
const QStringList kRevisedAllModes = strings({"eta_pre", "loss_multiplier", "chi_full", "eta_replica"});
const QStringList kRevisedFlat = strings({"h_used", "outer_step_s", "duty_cycle", "gb_per_sync"});
const QStringList kRevisedHierarchical = strings({"nodes_per_group"});

QString revisionText(Revision revision) { return QString::fromLatin1(dtx::revisionName(revision).data()); }

Scenario scenarioOf(const QStringList& sets)
{
    std::vector<dtx::ScenarioAssignment> assignments;
    for (const QString& text : sets) {
        dtx::ScenarioAssignment assignment;
        dtx::parseAssignment(text.toStdString(), &assignment);
        assignments.push_back(assignment);
    }
    const dtx::ScenarioLoad load =
        dtx::loadScenario({}, QStringLiteral("test"), assignments, dtx::builtInHardwareCatalog());
    return load.ok() ? *load.scenario : Scenario{};
}

} // namespace

Q_DECLARE_METATYPE(dtx::Revision)

class TestCliRevisions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static CliRun runOk(const QStringList& arguments)
    {
        const CliRun run = runCli(arguments);
        if (run.status != dtx::kExitSuccess || !run.err.empty() || run.out.empty())
            qWarning("dtx %s: exit %d, stderr: %s", qPrintable(arguments.join(QLatin1Char(' '))), run.status,
                     run.err.c_str());
        return run;
    }
    static bool succeeded(const CliRun& run)
    {
        return run.status == dtx::kExitSuccess && run.err.empty() && !run.out.empty();
    }
    static QJsonObject parseJson(const CliRun& run, bool* ok)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(run.out), &error);
        *ok = error.error == QJsonParseError::NoError && document.isObject();
        return document.object();
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString())); }

    void evaluateKeysPerRevision_data();
    void evaluateKeysPerRevision();
    void evaluateInputsPerRevision_data();
    void evaluateInputsPerRevision();
    void evaluateNumbersPerRevision_data();
    void evaluateNumbersPerRevision();
    void revisionSpellingsAgree_data();
    void revisionSpellingsAgree();
    void targetPerRevision_data();
    void targetPerRevision();
    void optimizePerRevision_data();
    void optimizePerRevision();
    void sweepPerRevision_data();
    void sweepPerRevision();
    void sweepOverRevisedKeys_data();
    void sweepOverRevisedKeys();
    void planPerRevision_data();
    void planPerRevision();
    void seedEquivalentsAreAccepted_data();
    void seedEquivalentsAreAccepted();
    void innerStepsBetweenWholeEnds();
    void revisionsSideBySide_data();
    void revisionsSideBySide();
    void uploadOverAFilesBandwidth_data();
    void uploadOverAFilesBandwidth();
};

// ---------------------------------------------------------------------------
// evaluate

// R15's keys: present under 2026-04 where they apply, absent under 2026-02
// in every mode.
void TestCliRevisions::evaluateKeysPerRevision_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList revised = kRevisedAllModes + kRevisedFlat + kRevisedHierarchical;
    const auto both = [&](const char* name, const QStringList& sets, const QStringList& present) {
        QStringList absent;
        for (const QString& key : revised)
            if (!present.contains(key))
                absent << key;
        // pp_diloco has its own outer_step_s (CLI.md), in both revisions.
        if (sets.contains(QStringLiteral("mode=pp_diloco")))
            absent.removeAll(QStringLiteral("outer_step_s"));
        QTest::newRow(qPrintable(QStringLiteral("2026-04, %1").arg(QLatin1String(name))))
            << Revision::Apr2026 << sets << present << absent;
        QStringList seedAbsent = revised;
        if (sets.contains(QStringLiteral("mode=pp_diloco")))
            seedAbsent.removeAll(QStringLiteral("outer_step_s"));
        QTest::newRow(qPrintable(QStringLiteral("2026-02, %1").arg(QLatin1String(name))))
            << Revision::Feb2026 << sets << QStringList() << seedAbsent;
    };
    both("flat", QStringList(), kRevisedAllModes + kRevisedFlat);
    both("flat, one node", strings({"nodes=1"}), kRevisedAllModes + kRevisedFlat);
    both("hierarchical, 500 nodes", strings({"mode=hierarchical", "nodes=500"}),
         kRevisedAllModes + kRevisedHierarchical);
    // One group: the flat result, with flat's keys.
    both("hierarchical, 8 nodes", strings({"mode=hierarchical", "nodes=8"}), kRevisedAllModes + kRevisedFlat);
    both("moe", strings({"mode=moe"}), kRevisedAllModes);
    both("pp_diloco, 72 nodes", strings({"mode=pp_diloco", "nodes=72"}), kRevisedAllModes);
}

void TestCliRevisions::evaluateKeysPerRevision()
{
    QFETCH(Revision, revision);
    QFETCH(QStringList, sets);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QStringList arguments = strings({"evaluate", "--format", "json", "--revision"})
                                  << revisionText(revision);
    const CliRun json = runOk(arguments + setOptions(sets));
    QVERIFY(succeeded(json));
    bool ok = false;
    const QJsonObject root = parseJson(json, &ok);
    QVERIFY(ok);
    QCOMPARE(root.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("revision")).toString(),
             revisionText(revision));
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    for (const QString& key : present)
        QVERIFY2(results.value(key).isDouble(), qPrintable(key));
    for (const QString& key : absent)
        QVERIFY2(!results.contains(key), qPrintable(key));

    // The CSV header and the text output carry the same keys.
    const CliRun csv = runOk(strings({"evaluate", "--format", "csv", "--revision"}) << revisionText(revision)
                                                                                    << setOptions(sets));
    QVERIFY(succeeded(csv));
    const QStringList header = QString::fromStdString(csv.out).section(QStringLiteral("\r\n"), 0, 0).split(QLatin1Char(','));
    for (const QString& key : present)
        QVERIFY2(header.contains(key), qPrintable(key));
    for (const QString& key : absent)
        QVERIFY2(!header.contains(key), qPrintable(key));
    const CliRun text = runOk(strings({"evaluate", "--revision"}) << revisionText(revision) << setOptions(sets));
    QVERIFY(succeeded(text));
    for (const QString& key : present)
        QVERIFY2(QString::fromStdString(text.out).contains(QStringLiteral(" %1\n").arg(key)), qPrintable(key));
}

// `inputs` always names the revision and holds the revision's defaults
// (CLI.md: node 50x A100 80GB, compression 150, error feedback on, relay);
// under 2026-02 the new keys are not written.
void TestCliRevisions::evaluateInputsPerRevision_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected"); // undefined: absent
    const auto row = [](Revision revision, const char* key, const QJsonValue& value) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(revisionText(revision), QLatin1String(key))))
            << revision << QString::fromLatin1(key) << value;
    };
    const QJsonValue absent(QJsonValue::Undefined);
    row(Revision::Apr2026, "revision", QStringLiteral("2026-04"));
    row(Revision::Apr2026, "node.preset", QStringLiteral("50x A100 80GB"));
    row(Revision::Apr2026, "node.gpu_count", 50);
    row(Revision::Apr2026, "node.gpu_cost_usd", 7000);
    row(Revision::Apr2026, "model.params_b", 250);
    row(Revision::Apr2026, "training.compression", 150);
    row(Revision::Apr2026, "training.error_feedback", true);
    row(Revision::Apr2026, "training.inner_steps", QJsonValue(QJsonValue::Null));
    row(Revision::Apr2026, "assumptions.straggler_mode", QStringLiteral("relay"));
    row(Revision::Apr2026, "assumptions.straggler", absent);
    row(Revision::Apr2026, "network.bandwidth_mbps", 100);
    row(Revision::Apr2026, "network.upload_mbps", absent);
    row(Revision::Feb2026, "revision", QStringLiteral("2026-02"));
    row(Revision::Feb2026, "node.preset", QStringLiteral("48x A100 80GB"));
    row(Revision::Feb2026, "node.gpu_cost_usd", 15000);
    row(Revision::Feb2026, "model.params_b", 240);
    row(Revision::Feb2026, "training.compression", 16);
    row(Revision::Feb2026, "training.error_feedback", absent);
    row(Revision::Feb2026, "training.inner_steps", absent);
    row(Revision::Feb2026, "assumptions.straggler_mode", absent);
    row(Revision::Feb2026, "assumptions.straggler", true);
    row(Revision::Feb2026, "network.bandwidth_mbps", 100);
    row(Revision::Feb2026, "network.download_mbps", absent);
}

void TestCliRevisions::evaluateInputsPerRevision()
{
    QFETCH(Revision, revision);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    const CliRun run = runOk(strings({"evaluate", "--format", "json", "--revision"}) << revisionText(revision));
    QVERIFY(succeeded(run));
    bool ok = false;
    QJsonValue value = parseJson(run, &ok).value(QStringLiteral("inputs"));
    QVERIFY(ok);
    for (const QString& part : key.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    QCOMPARE(value, expected);
}

// Numbers: the core's doubles bit for bit, and (default flat) the
// independent script's values of R6 to 1e-12.
void TestCliRevisions::evaluateNumbersPerRevision_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<double>("referenceEta");       // -1: not checked
    QTest::addColumn<double>("referenceComputeLocal");
    for (const Revision revision : dtx::kAllRevisions) {
        const QString name = revisionText(revision);
        const bool revised = revision == Revision::Apr2026;
        QTest::newRow(qPrintable(name + QStringLiteral(", reference")))
            << revision << QStringList() << (revised ? 0.3320195939220098 : -1.0)
            << (revised ? 7.061159576718295e24 : -1.0);
        QTest::newRow(qPrintable(name + QStringLiteral(", 4 nodes")))
            << revision << strings({"nodes=4"}) << (revised ? 0.7512165376703862 : -1.0)
            << (revised ? 8.875747673839605e23 : 9.774e23);
        QTest::newRow(qPrintable(name + QStringLiteral(", hierarchical 500")))
            << revision << strings({"mode=hierarchical", "nodes=500"}) << (revised ? 0.3116368325765553 : -1.0)
            << (revised ? 4.6025509176119775e25 : -1.0);
        QTest::newRow(qPrintable(name + QStringLiteral(", moe"))) << revision << strings({"mode=moe"})
                                                                  << (revised ? 0.3176673333678264 : -1.0)
                                                                  << (revised ? 4.4806139871662435e24 : -1.0);
        QTest::newRow(qPrintable(name + QStringLiteral(", pp_diloco 72")))
            << revision << strings({"mode=pp_diloco", "nodes=72"}) << (revised ? 0.46472453590732715 : -1.0)
            << (revised ? 5.092102793643484e24 : -1.0);
    }
    QTest::newRow("2026-04, 20 up / 200 down, 72 nodes")
        << Revision::Apr2026 << strings({"network.upload_mbps=20", "network.download_mbps=200"})
        << 0.24061078323544752 << 5.117141179034624e24;
    QTest::newRow("2026-04, inner steps 5") << Revision::Apr2026 << strings({"training.inner_steps=5"})
                                            << 0.603171106032312 << 3.3722941661216363e24;
    QTest::newRow("2026-04, synchronous stragglers")
        << Revision::Apr2026 << strings({"assumptions.straggler_mode=synchronous"}) << 0.31675464425921573
        << 6.736515346459763e24;
    QTest::newRow("2026-04, no error feedback, 4 nodes")
        << Revision::Apr2026 << strings({"training.error_feedback=false", "nodes=4"}) << 0.728452400165223
        << 8.606785623117192e23;
}

void TestCliRevisions::evaluateNumbersPerRevision()
{
    QFETCH(Revision, revision);
    QFETCH(QStringList, sets);
    QFETCH(double, referenceEta);
    QFETCH(double, referenceComputeLocal);
    const Scenario scenario = scenarioOf(QStringList{QStringLiteral("revision=") + revisionText(revision)} + sets);
    QCOMPARE(scenario.revision, revision);
    const dtx::EvaluationOutcome outcome = dtx::evaluate(scenario);
    QVERIFY2(outcome.ok(), outcome.error.message.c_str());
    const dtx::Evaluation& e = *outcome.evaluation;

    const CliRun json = runOk(strings({"evaluate", "--format", "json", "--revision"}) << revisionText(revision)
                                                                                     << setOptions(sets));
    QVERIFY(succeeded(json));
    bool ok = false;
    const QJsonObject results = parseJson(json, &ok).value(QStringLiteral("results")).toObject();
    QVERIFY(ok);
    int compared = 0;
    for (const dtx::ResultField& field : dtx::resultFields()) {
        const dtx::ResultValue value = field.read(e);
        const QString key = QLatin1String(field.key);
        QCOMPARE(results.contains(key), value.present);
        if (!value.present || field.kind != dtx::ResultKind::Number)
            continue;
        QCOMPARE(bits(results.value(key).toDouble(std::nan(""))), bits(value.number));
        ++compared;
    }
    QVERIFY(compared > 20);
    // R15: the CLI.md keys keep their names and carry the revision's values.
    QCOMPARE(bits(results.value(QStringLiteral("c_actual")).toDouble()), bits(e.computeActual));
    QCOMPARE(bits(results.value(QStringLiteral("eta_chinchilla")).toDouble()), bits(e.chinchillaEfficiency));
    QCOMPARE(bits(results.value(QStringLiteral("h")).toDouble()), bits(e.innerSteps));
    if (referenceEta >= 0)
        DTX_COMPARE_REL(results.value(QStringLiteral("eta")).toDouble(), referenceEta, 1e-12);
    if (referenceComputeLocal >= 0)
        DTX_COMPARE_REL(results.value(QStringLiteral("c_local")).toDouble(), referenceComputeLocal,
                        revision == Revision::Apr2026 ? 1e-12 : 1e-4);
}

// ---------------------------------------------------------------------------
// One revision, three spellings: `--revision R`, `--set revision=R` and a
// file's "revision" key give the same bytes, for every command and format.

void TestCliRevisions::revisionSpellingsAgree_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("planner");
    for (const Revision revision : dtx::kAllRevisions) {
        const auto row = [revision](const char* name, std::initializer_list<const char*> words, bool planner) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(revisionText(revision), QLatin1String(name))))
                << revision << strings(words) << planner;
        };
        row("evaluate json", {"evaluate", "--format", "json"}, false);
        row("evaluate csv", {"evaluate", "--format", "csv"}, false);
        row("evaluate text", {"evaluate"}, false);
        row("evaluate hierarchical", {"evaluate", "--format", "json", "--set", "mode=hierarchical", "--set",
                                      "nodes=500"}, false);
        row("sweep csv", {"sweep", "--vary", "nodes=1:1000:4:log"}, false);
        row("sweep json", {"sweep", "--format", "json", "--vary", "nodes=1:100:3", "--vary",
                           "training.years=0.5:1.5:2"}, false);
        row("target", {"target", "--flop", "1e25", "--format", "json"}, false);
        row("target text", {"target", "--flop", "1e24"}, false);
        row("optimize json", {"optimize", "--format", "json", "--set", "nodes=500"}, false);
        row("optimize text", {"optimize"}, false);
        row("plan json", {"plan", "--format", "json"}, true);
        row("plan text", {"plan"}, true);
    }
}

void TestCliRevisions::revisionSpellingsAgree()
{
    QFETCH(Revision, revision);
    QFETCH(QStringList, command);
    QFETCH(bool, planner);
    const QString name = revisionText(revision);
    const CliRun option = runOk(command + QStringList{QStringLiteral("--revision"), name});
    QVERIFY(succeeded(option));
    const CliRun set = runOk(command + QStringList{QStringLiteral("--set"), QStringLiteral("revision=") + name});
    QVERIFY(succeeded(set));
    const QByteArray document = planner ? R"({"dtx_plan": 1, "revision": ")" + name.toLatin1() + R"("})"
                                        : R"({"dtx_scenario": 1, "revision": ")" + name.toLatin1() + R"("})";
    const QString path = writeFile(QStringLiteral("revision.json"), document);
    QVERIFY(!path.isEmpty());
    QStringList withFile = command;
    withFile.insert(1, path);
    const CliRun file = runOk(withFile);
    QVERIFY(succeeded(file));
    QCOMPARE(QString::fromStdString(set.out), QString::fromStdString(option.out));
    QCOMPARE(QString::fromStdString(file.out), QString::fromStdString(option.out));
    if (revision == dtx::kDefaultRevision)
        QCOMPARE(QString::fromStdString(runOk(command).out), QString::fromStdString(option.out));
    else
        QVERIFY(runOk(command).out != option.out);
    // --revision after a file overrides the file's key, like --set.
    const QString other = revisionText(dtx::otherRevision(revision));
    const CliRun overridden = runOk(withFile + QStringList{QStringLiteral("--revision"), other});
    QCOMPARE(QString::fromStdString(overridden.out),
             QString::fromStdString(runOk(command + QStringList{QStringLiteral("--revision"), other}).out));
}

// ---------------------------------------------------------------------------
// target, optimize, sweep, plan

// 2026-02: golden/report.txt's 5 and 42 nodes of 48x A100 at $720,000;
// 2026-04: golden/report-2026-04.txt's old target table, 5, 123 and 4,716
// nodes of 50x A100 at $350,000 (confirmed by the independent script:
// C_local(123) = 1.00036e25, C_local(122) = 9.951e24).
void TestCliRevisions::targetPerRevision_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<QString>("flop");
    QTest::addColumn<double>("nodes");
    QTest::addColumn<double>("gpusPerNode");
    QTest::addColumn<double>("costPerNode");
    QTest::addColumn<double>("referenceComputeLocal"); // -1: not checked
    QTest::newRow("2026-02, 1e24") << Revision::Feb2026 << QStringLiteral("1e24") << 5.0 << 48.0 << 720000.0 << -1.0;
    QTest::newRow("2026-02, 1e25") << Revision::Feb2026 << QStringLiteral("1e25") << 42.0 << 48.0 << 720000.0 << -1.0;
    QTest::newRow("2026-04, 1e24") << Revision::Apr2026 << QStringLiteral("1e24") << 5.0 << 50.0 << 350000.0 << -1.0;
    QTest::newRow("2026-04, 1e25") << Revision::Apr2026 << QStringLiteral("1e25") << 123.0 << 50.0 << 350000.0
                                   << 1.0003581561043646e25;
    QTest::newRow("2026-04, 1e26") << Revision::Apr2026 << QStringLiteral("1e26") << 4716.0 << 50.0 << 350000.0
                                   << -1.0;
}

void TestCliRevisions::targetPerRevision()
{
    QFETCH(Revision, revision);
    QFETCH(QString, flop);
    QFETCH(double, nodes);
    QFETCH(double, gpusPerNode);
    QFETCH(double, costPerNode);
    QFETCH(double, referenceComputeLocal);
    const QStringList revisionOption{QStringLiteral("--revision"), revisionText(revision)};
    const CliRun run = runOk(QStringList{QStringLiteral("target"), QStringLiteral("--flop"), flop,
                                         QStringLiteral("--format"), QStringLiteral("json")}
                             + revisionOption);
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    QVERIFY(root.value(QStringLiteral("reached")).toBool());
    QCOMPARE(root.value(QStringLiteral("nodes")).toDouble(), nodes);
    QCOMPARE(root.value(QStringLiteral("total_gpus")).toDouble(), nodes * gpusPerNode);
    QCOMPARE(root.value(QStringLiteral("cost_usd")).toDouble(), nodes * costPerNode);
    const double computeLocal = root.value(QStringLiteral("c_local")).toDouble();
    QVERIFY(computeLocal >= parseExact(flop));
    if (referenceComputeLocal > 0)
        DTX_COMPARE_REL(computeLocal, referenceComputeLocal, 1e-12);
    // The same as `evaluate` at that count; one node fewer misses.
    const auto localAt = [&](double count) {
        const CliRun at = runOk(QStringList{QStringLiteral("evaluate"), QStringLiteral("--format"),
                                            QStringLiteral("json"), QStringLiteral("--set"),
                                            QStringLiteral("nodes=%1").arg(count)}
                                + revisionOption);
        bool parsed = false;
        return parseJson(at, &parsed).value(QStringLiteral("results")).toObject().value(QStringLiteral("c_local")).toDouble();
    };
    QCOMPARE(bits(localAt(nodes)), bits(computeLocal));
    QVERIFY(localAt(nodes - 1) < parseExact(flop));
}

// Golden part 8: at 72 nodes the best is the largest flat model (240 B /
// 250 B); at 500 nodes PP-Group DiLoCo (480 B under 2026-02, 750 B with
// 3 stages, 1.59x the flat maximum and N_opt ~981 B under 2026-04).
void TestCliRevisions::optimizePerRevision_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QString>("bestMode");
    QTest::addColumn<double>("bestParamsB");
    QTest::addColumn<QString>("bestVsLargestFlat");
    QTest::addColumn<QString>("chinchillaOptimalB");
    QTest::addColumn<double>("referenceBestQuality"); // -1: not checked
    QTest::newRow("2026-02, 72") << Revision::Feb2026 << 72 << QStringLiteral("flat") << 240.0 << QString()
                                 << QString() << -1.0;
    QTest::newRow("2026-02, 500") << Revision::Feb2026 << 500 << QStringLiteral("pp_diloco") << 480.0
                                  << QStringLiteral("1.09") << QStringLiteral("961") << -1.0;
    QTest::newRow("2026-04, 72") << Revision::Apr2026 << 72 << QStringLiteral("flat") << 250.0
                                 << QStringLiteral("1.00") << QStringLiteral("372") << 6.293857682462649e24;
    QTest::newRow("2026-04, 500") << Revision::Apr2026 << 500 << QStringLiteral("pp_diloco") << 750.0
                                  << QStringLiteral("1.59") << QStringLiteral("981") << 1.6776603458601115e25;
}

void TestCliRevisions::optimizePerRevision()
{
    QFETCH(Revision, revision);
    QFETCH(int, nodes);
    QFETCH(QString, bestMode);
    QFETCH(double, bestParamsB);
    QFETCH(QString, bestVsLargestFlat);
    QFETCH(QString, chinchillaOptimalB);
    QFETCH(double, referenceBestQuality);
    const QStringList options{QStringLiteral("--revision"), revisionText(revision), QStringLiteral("--set"),
                              QStringLiteral("nodes=%1").arg(nodes)};
    const CliRun run = runOk(strings({"optimize", "--format", "json"}) + options);
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    QCOMPARE(root.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("revision")).toString(),
             revisionText(revision));
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    const QJsonArray candidates = results.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), qsizetype(12));
    const QJsonObject best = candidates.first().toObject();
    QCOMPARE(best.value(QStringLiteral("mode")).toString(), bestMode);
    QCOMPARE(best.value(QStringLiteral("params_b")).toDouble(), bestParamsB);
    for (qsizetype i = 1; i < candidates.size(); ++i)
        QVERIFY(candidates[i - 1].toObject().value(QStringLiteral("c_quality")).toDouble()
                >= candidates[i].toObject().value(QStringLiteral("c_quality")).toDouble());
    if (!bestVsLargestFlat.isEmpty())
        QCOMPARE(QString::number(results.value(QStringLiteral("best_vs_largest_flat")).toDouble(), 'f', 2),
                 bestVsLargestFlat);
    if (!chinchillaOptimalB.isEmpty())
        QCOMPARE(QString::number(results.value(QStringLiteral("chinchilla_optimal_params_b")).toDouble(), 'f', 0),
                 chinchillaOptimalB);
    if (referenceBestQuality > 0)
        DTX_COMPARE_REL(best.value(QStringLiteral("c_quality")).toDouble(), referenceBestQuality, 1e-12);
    // CSV and text list the same candidates.
    const CliRun csv = runOk(strings({"optimize", "--format", "csv"}) + options);
    QVERIFY(succeeded(csv));
    const QStringList lines = QString::fromStdString(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), candidates.size() + 1);
    QVERIFY2(lines[1].startsWith(QStringLiteral("1,%1,%2,").arg(bestMode).arg(bestParamsB)), qPrintable(lines[1]));
    QVERIFY(succeeded(runOk(strings({"optimize"}) + options)));
}

// The CSV header has R15's columns under 2026-04 only; each row is what
// `evaluate` says of its point.
void TestCliRevisions::sweepPerRevision_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QStringList>("columns");
    for (const Revision revision : dtx::kAllRevisions) {
        const bool revised = revision == Revision::Apr2026;
        const QString name = revisionText(revision);
        QTest::newRow(qPrintable(name + QStringLiteral(", flat")))
            << revision << QStringList() << (revised ? kRevisedAllModes + kRevisedFlat : QStringList());
        QTest::newRow(qPrintable(name + QStringLiteral(", hierarchical")))
            << revision << strings({"mode=hierarchical"})
            << (revised ? kRevisedAllModes + kRevisedFlat + kRevisedHierarchical : QStringList());
        QTest::newRow(qPrintable(name + QStringLiteral(", moe")))
            << revision << strings({"mode=moe"}) << (revised ? kRevisedAllModes : QStringList());
    }
}

void TestCliRevisions::sweepPerRevision()
{
    QFETCH(Revision, revision);
    QFETCH(QStringList, sets);
    QFETCH(QStringList, columns);
    const QStringList revisionOption{QStringLiteral("--revision"), revisionText(revision)};
    const CliRun run = runOk(strings({"sweep", "--vary", "nodes=1:1000:4:log"}) + revisionOption + setOptions(sets));
    QVERIFY(succeeded(run));
    const QStringList lines = QString::fromStdString(run.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    const QStringList header = lines.first().split(QLatin1Char(','));
    QCOMPARE(header.first(), QStringLiteral("nodes"));
    QCOMPARE(header.last(), QStringLiteral("error"));
    for (const QString& key : kRevisedAllModes + kRevisedFlat + kRevisedHierarchical)
        QCOMPARE(header.contains(key), columns.contains(key));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList row = lines[i].split(QLatin1Char(','));
        QCOMPARE(row.size(), header.size());
        QVERIFY(row.last().isEmpty());
        const CliRun point = runOk(strings({"evaluate", "--format", "csv"}) + revisionOption + setOptions(sets)
                                   + QStringList{QStringLiteral("--set"), QStringLiteral("nodes=") + row.first()});
        const QStringList pointLines = QString::fromStdString(point.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(pointLines.size(), 2);
        const QStringList pointHeader = pointLines[0].split(QLatin1Char(','));
        const QStringList pointRow = pointLines[1].split(QLatin1Char(','));
        for (qsizetype c = 0; c < pointHeader.size(); ++c) {
            const qsizetype index = header.indexOf(pointHeader[c]);
            if (index < 0 && dtx::test::isEvaluateOnlyKey(pointHeader[c]))
                continue; // G2's losses are `evaluate` keys only
            QVERIFY2(index >= 0, qPrintable(pointHeader[c]));
            QCOMPARE(row[index], pointRow[c]);
        }
    }
}

// The new keys are numeric sweep axes under 2026-04: t_sync_base_s follows
// V / BW_up + V / BW_down + lat, and h_used follows training.inner_steps.
void TestCliRevisions::sweepOverRevisedKeys_data()
{
    QTest::addColumn<QString>("vary");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QList<double>>("expected");
    // V = 250e9 × 16 / 150 bits; down stays 100 Mbps.
    const double v = 250e9 * 16 / 150;
    QList<double> syncBase;
    for (const double up : {10.0, 100.0, 1000.0})
        syncBase << v / (up * 1e6) + v / 100e6 + 0.1;
    QTest::newRow("network.upload_mbps") << QStringLiteral("network.upload_mbps=10:1000:3:log")
                                         << QStringLiteral("t_sync_base_s") << syncBase;
    QTest::newRow("training.inner_steps") << QStringLiteral("training.inner_steps=1:101:3")
                                          << QStringLiteral("h_used") << QList<double>{1, 51, 101};
}

void TestCliRevisions::sweepOverRevisedKeys()
{
    QFETCH(QString, vary);
    QFETCH(QString, column);
    QFETCH(QList<double>, expected);
    const CliRun run = runOk(QStringList{QStringLiteral("sweep"), QStringLiteral("--revision"),
                                         QStringLiteral("2026-04"), QStringLiteral("--vary"), vary});
    QVERIFY(succeeded(run));
    const QStringList lines = QString::fromStdString(run.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size() + 1);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const qsizetype index = header.indexOf(column);
    QVERIFY(index > 0);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList row = lines[i + 1].split(QLatin1Char(','));
        QVERIFY2(row.last().isEmpty(), qPrintable(lines[i + 1]));
        DTX_COMPARE_REL(parseExact(row[index]), expected[i], 1e-14);
    }
}

// R-planner: the 2026-04 planner's defaults (16 PFLOPS, 150x, error
// feedback) and its new outputs; 2026-02 keeps MODEL.md §13. Expected
// numbers from the independent script (MODEL.md §13 / R-planner formulas).
void TestCliRevisions::planPerRevision_data()
{
    QTest::addColumn<Revision>("revision");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected"); // undefined: absent; a double: to 1e-12
    const auto row = [](Revision revision, const char* key, const QJsonValue& value) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(revisionText(revision), QLatin1String(key))))
            << revision << QString::fromLatin1(key) << value;
    };
    const QJsonValue absent(QJsonValue::Undefined);
    const Revision feb = Revision::Feb2026;
    const Revision apr = Revision::Apr2026;
    row(feb, "inputs.revision", QStringLiteral("2026-02"));
    row(feb, "inputs.cluster.node_pflops", 32);
    row(feb, "inputs.algorithm.compression", 16);
    row(feb, "inputs.algorithm.error_feedback", absent);
    row(feb, "results.t_step_s", 8.84736);
    row(feb, "results.global_sync_s", 3768.6000498327);
    row(feb, "results.days_before_penalty", 433.3064569266926);
    row(feb, "results.days", 491.1369244256339);
    row(feb, "results.efficiency", 0.8822518433803936);
    row(feb, "results.bottleneck", QStringLiteral("network"));
    row(feb, "results.q_c", absent);
    row(feb, "results.chi", absent);
    row(feb, "results.c_quality", absent);
    row(apr, "inputs.revision", QStringLiteral("2026-04"));
    row(apr, "inputs.cluster.node_pflops", 16);
    row(apr, "inputs.cluster.node_vram_gb", 2304);
    row(apr, "inputs.algorithm.compression", 150);
    row(apr, "inputs.algorithm.error_feedback", true);
    row(apr, "results.t_step_s", 17.69472);
    row(apr, "results.global_sync_s", 402.1008976471611);
    row(apr, "results.days_before_penalty", 260.4166666666667);
    row(apr, "results.days", 298.15425155617623);
    row(apr, "results.eta_h", 0.8822518433803936);
    row(apr, "results.q_c", 0.99);
    row(apr, "results.efficiency", 0.8734293249465896);
    row(apr, "results.replica_loss_percent", 1.1445436422962585);
    row(apr, "results.chi", 0.26103381454624974);
    row(apr, "results.c_quality", 2.3638478928149122e24);
    row(apr, "results.bottleneck", QStringLiteral("compute"));
    // R-planner: (payload / BW_up + payload / BW_down + lat) × f'(72),
    // payload = 144e9 × 16 / 150 bits, 20 Mbps up and 100 down.
    QTest::newRow("2026-04 results.global_sync_s, 20 up") << apr << QStringLiteral("results.global_sync_s")
                                                          << QJsonValue(1206.0409936914689);
}

void TestCliRevisions::planPerRevision()
{
    QFETCH(Revision, revision);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    QStringList arguments = strings({"plan", "--format", "json", "--revision"}) << revisionText(revision);
    if (QLatin1String(QTest::currentDataTag()).endsWith(QLatin1String(", 20 up")))
        arguments << QStringLiteral("--set") << QStringLiteral("network.upload_mbps=20");
    const CliRun run = runOk(arguments);
    QVERIFY(succeeded(run));
    bool ok = false;
    QJsonValue value = parseJson(run, &ok);
    QVERIFY(ok);
    for (const QString& part : key.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    if (expected.isDouble()) {
        QVERIFY2(value.isDouble(), qPrintable(key));
        DTX_COMPARE_REL(value.toDouble(), expected.toDouble(), 1e-12);
    } else {
        QCOMPARE(value, expected);
    }
}

// Under 2026-02 a new key at its seed equivalent is accepted and changes
// nothing (CLI.md "Model revisions"): the same bytes as without it.
void TestCliRevisions::seedEquivalentsAreAccepted_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("equivalent");
    QTest::addColumn<QStringList>("plain");
    const QStringList evaluate = strings({"evaluate", "--format", "json"});
    QTest::newRow("upload = download = 50") << evaluate
                                            << strings({"network.upload_mbps=50", "network.download_mbps=50"})
                                            << strings({"network.bandwidth_mbps=50"});
    QTest::newRow("upload 100 = the download") << evaluate << strings({"network.upload_mbps=100"}) << QStringList();
    QTest::newRow("inner steps null") << evaluate << strings({"training.inner_steps=null"}) << QStringList();
    QTest::newRow("straggler mode synchronous")
        << evaluate << strings({"assumptions.straggler_mode=synchronous"}) << QStringList();
    QTest::newRow("all four, 2026-02 named")
        << evaluate
        << strings({"revision=2026-02", "network.upload_mbps=25", "network.download_mbps=25",
                    "training.inner_steps=null", "assumptions.straggler_mode=synchronous"})
        << strings({"network.bandwidth_mbps=25"});
    QTest::newRow("plan: upload 100") << strings({"plan", "--format", "json"}) << strings({"network.upload_mbps=100"})
                                      << QStringList();
}

void TestCliRevisions::seedEquivalentsAreAccepted()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, equivalent);
    QFETCH(QStringList, plain);
    const CliRun withKeys = runOk(command + setOptions(equivalent));
    QVERIFY(succeeded(withKeys));
    const CliRun without = runOk(command + setOptions(plain));
    QVERIFY(succeeded(without));
    QCOMPARE(QString::fromStdString(withKeys.out), QString::fromStdString(without.out));
}

// H_fix is a whole number (R2): a sweep of it rounds its points as CLI.md
// rounds integer keys (1:100:3 once gave H_fix = 50.5), and each row equals
// `evaluate` of its rounded point.
void TestCliRevisions::innerStepsBetweenWholeEnds()
{
    const CliRun run = runOk(strings({"sweep", "--revision", "2026-04", "--vary", "training.inner_steps=1:100:3"}));
    QVERIFY(succeeded(run));
    const QStringList lines = QString::fromStdString(run.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].endsWith(QLatin1Char(',')), qPrintable(lines[i])); // no error column
    QVERIFY2(lines[2].startsWith(QLatin1String("51,")), qPrintable(lines[2]));
    const CliRun point = runOk(strings({"evaluate", "--revision", "2026-04", "--set",
                                        "training.inner_steps=51", "--format", "csv"}));
    QVERIFY(succeeded(point));
    const QString pointRow = QString::fromStdString(point.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).last();
    QVERIFY2(lines[2].contains(pointRow.section(QLatin1Char(','), 0, 5)), qPrintable(pointRow));
}

// CLI.md: `--set` of one direction over a file that gives the symmetric
// bandwidth keeps the other direction at that bandwidth (R2: a direction
// set by neither is 100 Mbps).
// `dtx revisions` (the README's table): each column is what `evaluate` and
// `target` say of the scenario under that revision; inputs the user set
// keep their values in both.
void TestCliRevisions::revisionsSideBySide_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("reference") << QStringList();
    QTest::newRow("500 nodes over 25 Mbps") << strings({"nodes=500", "network.bandwidth_mbps=25"});
    QTest::newRow("hierarchical H100 FP8") << strings({"mode=hierarchical", "node.preset=16x H100 FP8", "nodes=2000"});
}

void TestCliRevisions::revisionsSideBySide()
{
    QFETCH(QStringList, sets);
    const CliRun run = runOk(QStringList{QStringLiteral("revisions"), QStringLiteral("--format"),
                                         QStringLiteral("json")} + setOptions(sets));
    QVERIFY(succeeded(run));
    const QJsonArray columns =
        QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object().value(QStringLiteral("revisions")).toArray();
    QCOMPARE(columns.size(), 2);
    for (const QJsonValue& value : columns) {
        const QJsonObject column = value.toObject();
        const QString revision = column.value(QStringLiteral("revision")).toString();
        const QStringList withRevision = QStringList{QStringLiteral("--revision"), revision} + setOptions(sets);
        const CliRun evaluated = runOk(QStringList{QStringLiteral("evaluate"), QStringLiteral("--format"),
                                                   QStringLiteral("json")} + withRevision);
        QVERIFY(succeeded(evaluated));
        const QJsonObject results = QJsonDocument::fromJson(QByteArray::fromStdString(evaluated.out))
                                        .object().value(QStringLiteral("results")).toObject();
        for (const char* key : {"c_local", "c_quality", "eta", "cost_usd"})
            QCOMPARE(column.value(QLatin1String(key)).toDouble(), results.value(QLatin1String(key)).toDouble());
        const QJsonArray targets = column.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 3);
        for (const QJsonValue& target : targets) {
            const QString flop = QString::number(target.toObject().value(QStringLiteral("flop")).toDouble(), 'g', 17);
            const CliRun fewest = runOk(QStringList{QStringLiteral("target"), QStringLiteral("--flop"), flop,
                                                    QStringLiteral("--format"), QStringLiteral("json")}
                                        + withRevision);
            QVERIFY(succeeded(fewest));
            const QJsonObject expected = QJsonDocument::fromJson(QByteArray::fromStdString(fewest.out)).object();
            QCOMPARE(target.toObject().value(QStringLiteral("nodes")).toDouble(),
                     expected.value(QStringLiteral("nodes")).toDouble());
            QCOMPARE(target.toObject().value(QStringLiteral("reached")).toBool(),
                     expected.value(QStringLiteral("reached")).toBool());
        }
    }
    // The Markdown form names both revisions and every row.
    const CliRun table = runOk(QStringList{QStringLiteral("revisions")} + setOptions(sets));
    QVERIFY(succeeded(table));
    for (const char* text : {"| | 2026-02 | 2026-04 |", "| C_local |", "| C_quality |", "| eta |",
                             "| Hardware cost |", "| Fewest nodes for 10^25 FLOP |"})
        QVERIFY2(QString::fromStdString(table.out).contains(QLatin1String(text)), text);
}

void TestCliRevisions::uploadOverAFilesBandwidth_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<double>("upload");
    QTest::addColumn<double>("download");
    QTest::newRow("file's revision, upload 20 over 100")
        << QByteArray(R"({"dtx_scenario": 1, "revision": "2026-04", "network": {"bandwidth_mbps": 100}})")
        << strings({"--set", "network.upload_mbps=20"}) << 20.0 << 100.0;
    QTest::newRow("--revision, upload 20 over 100")
        << QByteArray(R"({"dtx_scenario": 1, "network": {"bandwidth_mbps": 100}})")
        << strings({"--revision", "2026-04", "--set", "network.upload_mbps=20"}) << 20.0 << 100.0;
    QTest::newRow("download 500 over 50")
        << QByteArray(R"({"dtx_scenario": 1, "revision": "2026-04", "network": {"bandwidth_mbps": 50}})")
        << strings({"--set", "network.download_mbps=500"}) << 50.0 << 500.0;
    QTest::newRow("upload alone, no bandwidth in the file")
        << QByteArray(R"({"dtx_scenario": 1, "revision": "2026-04"})")
        << strings({"--set", "network.upload_mbps=20"}) << 20.0 << 100.0;
    QTest::newRow("bandwidth over two directions")
        << QByteArray(R"({"revision": "2026-04", "network": {"upload_mbps": 20, "download_mbps": 200}})")
        << strings({"--set", "network.bandwidth_mbps=60"}) << 60.0 << 60.0;
}

void TestCliRevisions::uploadOverAFilesBandwidth()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, arguments);
    QFETCH(double, upload);
    QFETCH(double, download);
    const QString path = writeFile(QStringLiteral("bandwidth.json"), file);
    QVERIFY(!path.isEmpty());
    const CliRun run = runOk(QStringList{QStringLiteral("evaluate"), path, QStringLiteral("--format"),
                                         QStringLiteral("json")}
                             + arguments);
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    const QJsonObject network = root.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("network")).toObject();
    if (upload == download) {
        QCOMPARE(network.value(QStringLiteral("bandwidth_mbps")).toDouble(), upload);
        QVERIFY(!network.contains(QStringLiteral("upload_mbps")));
    } else {
        QCOMPARE(network.value(QStringLiteral("upload_mbps")).toDouble(), upload);
        QCOMPARE(network.value(QStringLiteral("download_mbps")).toDouble(), download);
        QVERIFY(!network.contains(QStringLiteral("bandwidth_mbps")));
    }
    // R6: V / BW_up + V / BW_down + lat, V = 250e9 × 16 / 150.
    const double v = 250e9 * 16 / 150;
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    DTX_COMPARE_REL(results.value(QStringLiteral("t_sync_base_s")).toDouble(),
                    v / (upload * 1e6) + v / (download * 1e6) + 0.1, 1e-15);
}

QTEST_GUILESS_MAIN(TestCliRevisions)
#include "test_cli_revisions.moc"
