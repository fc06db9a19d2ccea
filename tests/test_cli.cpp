// The good paths of the `dtx` command line (CLI.md): every subcommand run
// in-process, its JSON parsed with QJsonDocument, its CSV split into
// cells, and its numbers compared with the core library bit for bit.

#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "ResultFields.hpp"
#include "ScenarioFile.hpp"
#include "TestSupport.hpp"
#include "TrainingPlanner.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <functional>

using dtx::Scenario;
using dtx::test::CliRun;
using dtx::test::runCli;

namespace {


using dtx::test::Words;
using dtx::test::strings;

// `--set A --set B ...` for each assignment.
QStringList setOptions(const QStringList& assignments)
{
    QStringList options;
    for (const QString& assignment : assignments)
        options << QStringLiteral("--set") << assignment;
    return options;
}

bool mentionsNonFinite(const std::string& text)
{
    static const QRegularExpression nonFinite(QStringLiteral(R"(\b(nan|inf|infinity)\b)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return nonFinite.match(QString::fromStdString(text)).hasMatch();
}

// The bits of a double, so that QCOMPARE shows both values and is exact.
quint64 bits(double value) { return std::bit_cast<quint64>(value); }

// The result keys CLI.md lists for every mode.
const QStringList& sharedResultKeys()
{
    static const QStringList keys = strings(
        {"mode", "n_nodes", "total_gpus", "params_b", "max_params_b", "h100_equiv_per_node",
         "under_threshold", "t_comp_s", "sync_bits", "f_straggler", "t_sync_s", "h", "alpha", "eta",
         "c_actual", "c_local", "tokens", "chinchilla_tokens", "overtraining_ratio", "eta_chinchilla",
         "c_quality", "cost_usd", "threshold_multiple"});
    return keys;
}

const QStringList kFlatOnly = strings({"t_sync_base_s"});
const QStringList kHierarchicalOnly =
    strings({"h_inner", "h_regional", "h_eff", "t_regional_sync_s", "t_global_sync_s", "f_regional"});
const QStringList kMoeOnly =
    strings({"total_params_b", "active_params_b", "mem_node_gb", "fits_on_node", "t_ep_s", "ep_overhead"});
const QStringList kPipelineOnly =
    strings({"pp_stages", "t_pp_step_s", "bubble_fraction", "eta_activation", "eta_sync", "outer_step_s"});

Scenario referenceScenario()
{
    const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
    return dtx::referenceScenario(*dtx::referenceNode(catalog, dtx::Revision::Feb2026));
}

// One scenario two ways: as --set options for the CLI and as a change to the
// reference Scenario made directly in C++, without the parser.
struct ScenarioCase {
    const char* name;
    QStringList sets;
    std::function<void(Scenario&)> apply;
};

const std::vector<ScenarioCase>& scenarioCases()
{
    static const std::vector<ScenarioCase> cases = {
        {"reference", QStringList(), [](Scenario&) {}},
        {"144 nodes over 25 Mbps",
         strings({"nodes=144", "network.bandwidth_mbps=25"}),
         [](Scenario& s) {
             s.nodes = 144;
             s.wan.setBandwidth(25);
         }},
        {"odd inputs",
         strings({"training.mfu=0.37", "network.latency_ms=33.3", "training.years=1.234", "nodes=17"}),
         [](Scenario& s) {
             s.training.mfu = 0.37;
             s.wan.latencyMs = 33.3;
             s.training.years = 1.234;
             s.nodes = 17;
         }},
        {"conservative, no stragglers, 120 B",
         strings({"assumptions.compression_quality=conservative", "assumptions.straggler=false",
                  "model.params_b=120"}),
         [](Scenario& s) {
             s.assumptions.quality = dtx::QualityScenario::Conservative;
             s.assumptions.stragglerMode = dtx::StragglerMode::Threshold;
             s.paramsB = 120;
         }},
        {"hierarchical, 500 nodes",
         strings({"mode=hierarchical", "nodes=500"}),
         [](Scenario& s) {
             s.mode = dtx::Mode::Hierarchical;
             s.nodes = 500;
         }},
        {"moe", strings({"mode=moe"}), [](Scenario& s) { s.mode = dtx::Mode::Moe; }},
        {"pp_diloco, 72 nodes",
         strings({"mode=pp_diloco", "nodes=72"}),
         [](Scenario& s) {
             s.mode = dtx::Mode::PipelineDiloco;
             s.nodes = 72;
         }},
    };
    return cases;
}

QStringList splitCsvLine(const QString& line)
{
    // The numeric outputs hold no quoted cells; a quote would mean text.
    return line.split(QLatin1Char(','));
}

double parseExact(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    double value = std::nan("");
    std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    return value;
}

struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
};

CsvTable parseCsv(const std::string& text)
{
    CsvTable table;
    const QStringList lines = QString::fromStdString(text).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return table;
    table.header = splitCsvLine(lines.first());
    for (qsizetype i = 1; i < lines.size(); ++i)
        table.rows.append(splitCsvLine(lines[i]));
    return table;
}

// Every row as wide as the header, with an empty error cell.
bool wellFormed(const CsvTable& table)
{
    if (table.header.isEmpty() || table.header.last() != QLatin1String("error"))
        return false;
    for (const QStringList& row : table.rows)
        if (row.size() != table.header.size() || !row.last().isEmpty())
            return false;
    return true;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs dtx and checks the success contract: exit 0, nothing on stderr,
    // output present and free of NaN and infinity.
    static CliRun runOk(const QStringList& arguments)
    {
        const CliRun run = runCli(arguments);
        const QString shown = arguments.join(QLatin1Char(' '));
        if (run.status != dtx::kExitSuccess || !run.err.empty() || run.out.empty()
            || mentionsNonFinite(run.out))
            qWarning("dtx %s: exit %d, stderr: %s", qPrintable(shown), run.status, run.err.c_str());
        return run;
    }
    static bool succeeded(const CliRun& run)
    {
        return run.status == dtx::kExitSuccess && run.err.empty() && !run.out.empty()
               && !mentionsNonFinite(run.out);
    }

    // `dtx sweep --vary SPEC` as CSV; false when the run failed (runOk has
    // said why) or the table is malformed.
    static bool sweepOneAxis(const QString& spec, CsvTable* table);
    static QJsonObject parseJson(const CliRun& run, bool* ok)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(run.out), &error);
        *ok = error.error == QJsonParseError::NoError && document.isObject();
        if (!*ok)
            qWarning("not a JSON object: %s", qPrintable(error.errorString()));
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

    void versionAndHelp_data();
    void versionAndHelp();

    void evaluateJsonKeysPerMode_data();
    void evaluateJsonKeysPerMode();
    void evaluateJsonInputs();
    void evaluateNumbersRoundTrip_data();
    void evaluateNumbersRoundTrip();
    void evaluateCsv_data();
    void evaluateCsv();
    void evaluateText();
    void evaluateFileAndSet_data();
    void evaluateFileAndSet();
    void nodeForms_data();
    void nodeForms();
    void setPresetReplacesNode_data();
    void setPresetReplacesNode();

    void sweepIntegerKey_data();
    void sweepIntegerKey();
    void sweepLogSpacing_data();
    void sweepLogSpacing();
    void sweepTwoDimensions_data();
    void sweepTwoDimensions();
    void sweepJson_data();
    void sweepJson();
    void sweepNodeField_data();
    void sweepNodeField();
    void sweepRowsEqualEvaluate_data();
    void sweepRowsEqualEvaluate();

    void targetJson_data();
    void targetJson();
    void targetText_data();
    void targetText();

    void optimize();
    void planDefaults_data();
    void planDefaults();
    void planModes_data();
    void planModes();
    void report_data();
    void report();
    void reportRevisedOptionsNeedTheirRevision_data();
    void reportRevisedOptionsNeedTheirRevision();

    void controlCharactersAreEscaped_data();
    void controlCharactersAreEscaped();

    void commandLineReproducesTheScenario_data();
    void commandLineReproducesTheScenario();
};

// ---------------------------------------------------------------------------

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString version = QStringLiteral("dtx " DTX_VERSION "\n");
    const QString usage = QStringLiteral("Usage: dtx");
    QTest::newRow("--version") << strings({"--version"}) << version;
    QTest::newRow("-v") << strings({"-v"}) << version;
    QTest::newRow("--help") << strings({"--help"}) << usage;
    QTest::newRow("-h") << strings({"-h"}) << usage;
    QTest::newRow("evaluate --help") << strings({"evaluate", "--help"}) << usage;
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runOk(arguments);
    QVERIFY(succeeded(run));
    const QString out = QString::fromStdString(run.out);
    if (expected.startsWith(QLatin1String("dtx ")))
        QCOMPARE(out, expected);
    else
        QVERIFY(out.startsWith(expected));
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        for (const char* command : {"report", "evaluate", "sweep", "target", "optimize", "plan"})
            QVERIFY2(out.contains(QLatin1String(command)), command);
        for (const char* option : {"--set", "--vary", "--format", "--flop", "--quality", "--output"})
            QVERIFY2(out.contains(QLatin1String(option)), option);
    }
}

// The result keys of CLI.md's table, per mode: present where they apply,
// absent where they do not.
void TestCli::evaluateJsonKeysPerMode_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("flat (default)") << QStringList() << QStringLiteral("flat") << kFlatOnly
                                    << QStringList{kHierarchicalOnly + kMoeOnly + kPipelineOnly
                                                   + strings({"n_groups"})};
    QTest::newRow("hierarchical, 500 nodes")
        << strings({"mode=hierarchical", "nodes=500"}) << QStringLiteral("hierarchical")
        << QStringList{kHierarchicalOnly + strings({"n_groups"})}
        << QStringList{kFlatOnly + kMoeOnly + kPipelineOnly};
    // One group of 8: the flat result, and mode says so.
    QTest::newRow("hierarchical, 8 nodes (one group)")
        << strings({"mode=hierarchical", "nodes=8"}) << QStringLiteral("flat") << kFlatOnly
        << QStringList{kHierarchicalOnly + kMoeOnly + kPipelineOnly + strings({"n_groups"})};
    QTest::newRow("moe") << strings({"mode=moe"}) << QStringLiteral("moe") << kMoeOnly
                         << QStringList{kFlatOnly + kHierarchicalOnly + kPipelineOnly
                                        + strings({"n_groups"})};
    QTest::newRow("pp_diloco, 72 nodes")
        << strings({"mode=pp_diloco", "nodes=72"}) << QStringLiteral("pp_diloco")
        << QStringList{kPipelineOnly + strings({"n_groups"})}
        << QStringList{kFlatOnly + kHierarchicalOnly + kMoeOnly};
}

void TestCli::evaluateJsonKeysPerMode()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, mode);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const CliRun run = runOk(QStringList{QStringLiteral("evaluate"), QStringLiteral("--format"),
                                         QStringLiteral("json")}
                             + setOptions(sets));
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    QVERIFY(root.value(QStringLiteral("inputs")).isObject());
    QVERIFY(root.value(QStringLiteral("results")).isObject());
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("mode")).toString(), mode);
    for (const QString& key : sharedResultKeys() + present)
        QVERIFY2(results.contains(key), qPrintable(key));
    for (const QString& key : absent)
        QVERIFY2(!results.contains(key), qPrintable(key));
    for (auto it = results.begin(); it != results.end(); ++it) {
        if (it.key() == QLatin1String("mode"))
            QVERIFY(it.value().isString());
        else if (it.key() == QLatin1String("under_threshold") || it.key() == QLatin1String("fits_on_node")
                 || it.key() == QLatin1String("diloco_law_extrapolated"))
            QVERIFY2(it.value().isBool(), qPrintable(it.key()));
        else
            QVERIFY2(it.value().isDouble(), qPrintable(it.key())); // null would mean NaN
    }
}

// `inputs` is the resolved scenario: the node expanded, the preset kept,
// the default model size filled in.
void TestCli::evaluateJsonInputs()
{
    const CliRun run = runOk(strings({"evaluate", "--format", "json"}));
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject inputs = parseJson(run, &ok).value(QStringLiteral("inputs")).toObject();
    QVERIFY(ok);
    QCOMPARE(inputs.value(QStringLiteral("dtx_scenario")).toDouble(), 1.0);
    QCOMPARE(inputs.value(QStringLiteral("mode")).toString(), QStringLiteral("flat"));
    QCOMPARE(inputs.value(QStringLiteral("nodes")).toDouble(), 72.0);
    const QJsonObject node = inputs.value(QStringLiteral("node")).toObject();
    QCOMPARE(node.value(QStringLiteral("preset")).toString(), QStringLiteral("48x A100 80GB"));
    for (const char* field : {"pflops", "vram_gb", "gpu_count", "gpu_cost_usd", "h100_equiv",
                              "bytes_per_param", "bits_per_pseudo_grad"})
        QVERIFY2(node.value(QLatin1String(field)).isDouble(), field);
    QCOMPARE(node.value(QStringLiteral("gpu_count")).toDouble(), 48.0);
    QCOMPARE(node.value(QStringLiteral("vram_gb")).toDouble(), 3840.0);
    QCOMPARE(inputs.value(QStringLiteral("model")).toObject().value(QStringLiteral("params_b")).toDouble(),
             240.0);
    QCOMPARE(inputs.value(QStringLiteral("network")).toObject().value(QStringLiteral("bandwidth_mbps")).toDouble(),
             100.0);
    QCOMPARE(inputs.value(QStringLiteral("treaty")).toObject().value(QStringLiteral("strict_threshold_flop")).toDouble(),
             1e24);
}

// The JSON and CSV numbers are the core's doubles, bit for bit.
void TestCli::evaluateNumbersRoundTrip_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < scenarioCases().size(); ++i)
        QTest::newRow(scenarioCases()[i].name) << int(i);
}

void TestCli::evaluateNumbersRoundTrip()
{
    QFETCH(int, index);
    const ScenarioCase& scenarioCase = scenarioCases()[std::size_t(index)];
    Scenario scenario = referenceScenario();
    scenarioCase.apply(scenario);
    const dtx::EvaluationOutcome outcome = dtx::evaluate(scenario);
    QVERIFY2(outcome.ok(), outcome.error.message.c_str());
    const dtx::Evaluation& e = *outcome.evaluation;

    const QStringList sets = setOptions(scenarioCase.sets);
    const CliRun json = runOk(strings({"evaluate", "--format", "json"}) + sets);
    QVERIFY(succeeded(json));
    bool ok = false;
    const QJsonObject results = parseJson(json, &ok).value(QStringLiteral("results")).toObject();
    QVERIFY(ok);
    const auto number = [&results](const char* key) {
        return results.value(QLatin1String(key)).toDouble(std::nan(""));
    };
    QCOMPARE(bits(number("c_local")), bits(e.computeLocal));
    QCOMPARE(bits(number("c_quality")), bits(e.computeQuality));
    QCOMPARE(bits(number("c_actual")), bits(e.computeActual));
    QCOMPARE(bits(number("eta")), bits(e.eta));
    QCOMPARE(bits(number("alpha")), bits(e.alpha));
    QCOMPARE(bits(number("t_sync_s")), bits(e.syncSeconds));
    QCOMPARE(bits(number("tokens")), bits(e.tokens));
    QCOMPARE(bits(number("cost_usd")), bits(e.costUsd));
    QCOMPARE(bits(number("threshold_multiple")), bits(e.thresholdMultiple));

    // Every numeric result the mode has, in JSON and in CSV.
    const CliRun csv = runOk(strings({"evaluate", "--format", "csv"}) + sets);
    QVERIFY(succeeded(csv));
    const QStringList lines = QString::fromStdString(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList header = splitCsvLine(lines[0]);
    const QStringList row = splitCsvLine(lines[1]);
    int compared = 0;
    for (const dtx::ResultField& field : dtx::resultFields()) {
        const dtx::ResultValue value = field.read(e);
        const QString key = QLatin1String(field.key);
        QCOMPARE(results.contains(key), value.present);
        QCOMPARE(header.contains(key), value.present);
        if (!value.present || field.kind != dtx::ResultKind::Number)
            continue;
        QVERIFY2(std::isfinite(value.number), field.key);
        QCOMPARE(bits(results.value(key).toDouble(std::nan(""))), bits(value.number));
        QCOMPARE(bits(parseExact(row[header.indexOf(key)])), bits(value.number));
        ++compared;
    }
    QVERIFY(compared >= sharedResultKeys().size() - 2); // all but mode and under_threshold
}

void TestCli::evaluateCsv_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("flat") << QStringList();
    QTest::newRow("hierarchical") << strings({"mode=hierarchical", "nodes=500"});
    QTest::newRow("moe") << strings({"mode=moe"});
    QTest::newRow("pp_diloco") << strings({"mode=pp_diloco", "nodes=72"});
}

// A header row and one data row with as many cells, in the JSON's order.
void TestCli::evaluateCsv()
{
    QFETCH(QStringList, sets);
    const CliRun csv = runOk(strings({"evaluate", "--format", "csv"}) + setOptions(sets));
    QVERIFY(succeeded(csv));
    const QString out = QString::fromStdString(csv.out);
    QVERIFY(out.endsWith(QLatin1String("\r\n")));
    const QStringList lines = out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList header = splitCsvLine(lines[0]);
    const QStringList row = splitCsvLine(lines[1]);
    QCOMPARE(row.size(), header.size());
    QCOMPARE(header.first(), QStringLiteral("mode"));
    for (const QString& cell : row)
        QVERIFY2(!cell.isEmpty(), qPrintable(lines[1]));

    const CliRun json = runOk(strings({"evaluate", "--format", "json"}) + setOptions(sets));
    bool ok = false;
    const QJsonObject results = parseJson(json, &ok).value(QStringLiteral("results")).toObject();
    QVERIFY(ok);
    QStringList sortedHeader = header;
    sortedHeader.sort();
    QCOMPARE(sortedHeader, results.keys()); // keys() is sorted
    for (int i = 0; i < header.size(); ++i) {
        const QJsonValue value = results.value(header[i]);
        if (value.isString())
            QCOMPARE(row[i], value.toString());
        else if (value.isBool())
            QCOMPARE(row[i], value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            QCOMPARE(bits(parseExact(row[i])), bits(value.toDouble()));
    }
}

void TestCli::evaluateText()
{
    const CliRun run = runOk(strings({"evaluate"}));
    QVERIFY(succeeded(run));
    const QString out = QString::fromStdString(run.out);
    QVERIFY(out.contains(QLatin1String("48x A100 80GB")));
    for (const QString& key : sharedResultKeys() + kFlatOnly)
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\s%1\\n").arg(key))), qPrintable(key));
}

// FILE is read, and --set is applied after it, in order.
void TestCli::evaluateFileAndSet_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<double>("nodes");
    QTest::addColumn<double>("bandwidth");
    QTest::addColumn<QString>("mode");
    QTest::newRow("file alone") << QStringList() << 100.0 << 50.0 << QStringLiteral("flat");
    QTest::newRow("--set nodes") << strings({"nodes=144"}) << 144.0 << 50.0 << QStringLiteral("flat");
    QTest::newRow("--set a section key") << strings({"network.bandwidth_mbps=25"}) << 100.0 << 25.0
                                         << QStringLiteral("flat");
    QTest::newRow("last --set wins") << strings({"nodes=10", "nodes=20"}) << 20.0 << 50.0
                                     << QStringLiteral("flat");
    QTest::newRow("--set mode") << strings({"mode=moe"}) << 100.0 << 50.0 << QStringLiteral("moe");
}

void TestCli::evaluateFileAndSet()
{
    QFETCH(QStringList, sets);
    QFETCH(double, nodes);
    QFETCH(double, bandwidth);
    QFETCH(QString, mode);
    const QString path = writeFile(QStringLiteral("scenario.json"), R"({
        "dtx_scenario": 1,
        "name": "100 nodes over 50 Mbps",
        "nodes": 100,
        "network": {"bandwidth_mbps": 50}
    })");
    QVERIFY(!path.isEmpty());
    const CliRun run = runOk(QStringList{QStringLiteral("evaluate"), path, QStringLiteral("--format"),
                                         QStringLiteral("json")}
                             + setOptions(sets));
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    const QJsonObject inputs = root.value(QStringLiteral("inputs")).toObject();
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    QCOMPARE(inputs.value(QStringLiteral("name")).toString(), QStringLiteral("100 nodes over 50 Mbps"));
    QCOMPARE(inputs.value(QStringLiteral("nodes")).toDouble(), nodes);
    QCOMPARE(results.value(QStringLiteral("n_nodes")).toDouble(), nodes);
    QCOMPARE(inputs.value(QStringLiteral("network")).toObject().value(QStringLiteral("bandwidth_mbps")).toDouble(),
             bandwidth);
    QCOMPARE(results.value(QStringLiteral("mode")).toString(), mode);
    // The untouched keys keep their defaults.
    QCOMPARE(inputs.value(QStringLiteral("training")).toObject().value(QStringLiteral("mfu")).toDouble(), 0.4);
}

// The three ways of giving a node: a catalog GPU and count, every field
// explicitly, and a preset with explicit overrides.
void TestCli::nodeForms_data()
{
    const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
    const dtx::GpuSpec* h100 = catalog.findGpu(dtx::kH100Gpu);
    QVERIFY(h100);
    const std::optional<dtx::NodeConfig> gh200 = dtx::presetNode(catalog, dtx::kPresetGh200, dtx::Revision::Feb2026);
    QVERIFY(gh200);

    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<double>("gpuCount");
    QTest::addColumn<double>("pflops");
    QTest::addColumn<double>("maxParamsB");
    QTest::addColumn<double>("costPerNode");
    QTest::newRow("8 H100 SXM from the catalog")
        << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8})") << QString() << QStringLiteral("H100 SXM")
        << 8.0 << 8 * h100->fp16Tflops / 1000 << 8 * h100->vramGb / 16
        << 8 * h100->priceUsd.value_or(0);
    QTest::newRow("every field explicit")
        << QByteArray(R"({"pflops": 20, "vram_gb": 1600, "gpu_count": 10, "gpu_cost_usd": 20000,
                          "h100_equiv": 12, "bytes_per_param": 16, "bits_per_pseudo_grad": 16})")
        << QString() << QString() << 10.0 << 20.0 << 100.0 << 200000.0;
    QTest::newRow("preset with an override")
        << QByteArray(R"({"preset": "16x GH200", "vram_gb": 1000})") << QStringLiteral("16x GH200")
        << QString() << 16.0 << gh200->pflops << 1000.0 / 16 << gh200->costUsd();
}

void TestCli::nodeForms()
{
    QFETCH(QByteArray, node);
    QFETCH(QString, preset);
    QFETCH(QString, gpu);
    QFETCH(double, gpuCount);
    QFETCH(double, pflops);
    QFETCH(double, maxParamsB);
    QFETCH(double, costPerNode);
    const QString path = writeFile(QStringLiteral("node.json"),
                                   R"({"nodes": 10, "node": )" + node + "}");
    QVERIFY(!path.isEmpty());
    const CliRun run = runOk(QStringList{QStringLiteral("evaluate"), path, QStringLiteral("--format"),
                                         QStringLiteral("json")});
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    const QJsonObject inputs = root.value(QStringLiteral("inputs")).toObject();
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    const QJsonObject resolved = inputs.value(QStringLiteral("node")).toObject();
    QCOMPARE(resolved.value(QStringLiteral("preset")).toString(), preset);
    QCOMPARE(resolved.value(QStringLiteral("gpu")).toString(), gpu);
    QCOMPARE(resolved.value(QStringLiteral("gpu_count")).toDouble(), gpuCount);
    DTX_COMPARE_REL(resolved.value(QStringLiteral("pflops")).toDouble(), pflops, 1e-12);
    DTX_COMPARE_REL(results.value(QStringLiteral("max_params_b")).toDouble(), maxParamsB, 1e-12);
    DTX_COMPARE_REL(results.value(QStringLiteral("params_b")).toDouble(), maxParamsB, 1e-12);
    QCOMPARE(results.value(QStringLiteral("total_gpus")).toDouble(), 10 * gpuCount);
    DTX_COMPARE_REL(results.value(QStringLiteral("cost_usd")).toDouble(), 10 * costPerNode, 1e-12);
    QCOMPARE(results.value(QStringLiteral("n_nodes")).toDouble(), 10.0);
}

// `--set node.preset=NAME` replaces the whole node, whatever the file said.
void TestCli::setPresetReplacesNode_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::newRow("from no node") << QByteArray();
    QTest::newRow("from a catalog GPU") << QByteArray(R"({"gpu": "H100 SXM", "gpus": 8})");
    QTest::newRow("from an explicit node")
        << QByteArray(R"({"pflops": 20, "vram_gb": 1600, "gpu_count": 10, "gpu_cost_usd": 20000,
                          "h100_equiv": 12, "bytes_per_param": 16, "bits_per_pseudo_grad": 16})");
    QTest::newRow("from a preset with overrides")
        << QByteArray(R"({"preset": "48x A100 80GB", "vram_gb": 100, "gpu_cost_usd": 1})");
}

void TestCli::setPresetReplacesNode()
{
    QFETCH(QByteArray, node);
    const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
    const std::optional<dtx::NodeConfig> gh200 = dtx::presetNode(catalog, dtx::kPresetGh200, dtx::Revision::Feb2026);
    QVERIFY(gh200);
    const QString path = writeFile(QStringLiteral("replace.json"),
                                   node.isEmpty() ? QByteArray(R"({"nodes": 10})")
                                                  : R"({"nodes": 10, "node": )" + node + "}");
    QVERIFY(!path.isEmpty());
    const CliRun run = runOk(QStringList{QStringLiteral("evaluate"), path, QStringLiteral("--format"),
                                         QStringLiteral("json"), QStringLiteral("--set"),
                                         QStringLiteral("node.preset=16x GH200")});
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    const QJsonObject resolved =
        root.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("node")).toObject();
    QCOMPARE(resolved.value(QStringLiteral("preset")).toString(), QStringLiteral("16x GH200"));
    QVERIFY(!resolved.contains(QStringLiteral("gpu")));
    QVERIFY(!resolved.contains(QStringLiteral("gpus")));
    QCOMPARE(bits(resolved.value(QStringLiteral("pflops")).toDouble()), bits(gh200->pflops));
    QCOMPARE(bits(resolved.value(QStringLiteral("vram_gb")).toDouble()), bits(gh200->vramGb));
    QCOMPARE(bits(resolved.value(QStringLiteral("gpu_cost_usd")).toDouble()), bits(gh200->gpuCostUsd));
    QCOMPARE(resolved.value(QStringLiteral("gpu_count")).toDouble(), double(gh200->gpuCount));
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("total_gpus")).toDouble(), 10.0 * gh200->gpuCount);
}

// ---------------------------------------------------------------------------
// sweep

bool TestCli::sweepOneAxis(const QString& spec, CsvTable* table)
{
    const CliRun run = runOk(QStringList{QStringLiteral("sweep"), QStringLiteral("--vary"), spec});
    if (!succeeded(run))
        return false;
    *table = parseCsv(run.out);
    return wellFormed(*table);
}

void TestCli::sweepIntegerKey_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("nodes=1:100:10") << QStringLiteral("nodes=1:100:10")
                                    << QList<double>{1, 12, 23, 34, 45, 56, 67, 78, 89, 100};
    // 10 points between 1 and 3 round to 1, 2 and 3; duplicates are dropped.
    QTest::newRow("nodes=1:3:10") << QStringLiteral("nodes=1:3:10") << QList<double>{1, 2, 3};
    QTest::newRow("nodes=5:5:4") << QStringLiteral("nodes=5:5:4") << QList<double>{5};
    QTest::newRow("nodes=100:1:4 (descending)") << QStringLiteral("nodes=100:1:4")
                                                << QList<double>{100, 67, 34, 1};
    QTest::newRow("nodes=1:1000:4:log") << QStringLiteral("nodes=1:1000:4:log")
                                        << QList<double>{1, 10, 100, 1000};
    QTest::newRow("nodes=7:7:1") << QStringLiteral("nodes=7:7:1") << QList<double>{7};
    QTest::newRow("hierarchy.nodes_per_group=2:4:9") << QStringLiteral("hierarchy.nodes_per_group=2:4:9")
                                                      << QList<double>{2, 3, 4};
}

void TestCli::sweepIntegerKey()
{
    QFETCH(QString, spec);
    QFETCH(QList<double>, expected);
    CsvTable table;
    QVERIFY(sweepOneAxis(spec, &table));
    const QString key = spec.section(QLatin1Char('='), 0, 0);
    QCOMPARE(table.header.first(), key);
    QCOMPARE(table.header.at(1), QStringLiteral("mode"));
    QCOMPARE(table.rows.size(), expected.size());
    const qsizetype nodesColumn = table.header.indexOf(QStringLiteral("n_nodes"));
    QVERIFY(nodesColumn > 0);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(parseExact(table.rows[i].first()), expected[i]);
        if (key == QLatin1String("nodes"))
            QCOMPARE(parseExact(table.rows[i][nodesColumn]), expected[i]);
    }
}

void TestCli::sweepLogSpacing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("bandwidth 1:10000:5:log") << QStringLiteral("network.bandwidth_mbps=1:10000:5:log")
                                             << QList<double>{1, 10, 100, 1000, 10000};
    QTest::newRow("bandwidth 10000:1:5:log") << QStringLiteral("network.bandwidth_mbps=10000:1:5:log")
                                             << QList<double>{10000, 1000, 100, 10, 1};
    QTest::newRow("years 0.5:8:5:log") << QStringLiteral("training.years=0.5:8:5:log")
                                       << QList<double>{0.5, 1, 2, 4, 8};
    QTest::newRow("bandwidth 1:100:3 (linear)") << QStringLiteral("network.bandwidth_mbps=1:100:3")
                                                << QList<double>{1, 50.5, 100};
}

void TestCli::sweepLogSpacing()
{
    QFETCH(QString, spec);
    QFETCH(QList<double>, expected);
    CsvTable table;
    QVERIFY(sweepOneAxis(spec, &table));
    QCOMPARE(table.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        DTX_COMPARE_REL(parseExact(table.rows[i].first()), expected[i], 1e-12);
    // The end points are exact.
    QCOMPARE(parseExact(table.rows.first().first()), expected.first());
    QCOMPARE(parseExact(table.rows.last().first()), expected.last());
}

// A 2-D grid: one row per pair, the first key varying slowest.
void TestCli::sweepTwoDimensions_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<int>("outerCount");
    QTest::addColumn<int>("innerCount");
    QTest::newRow("nodes x bandwidth") << QStringLiteral("nodes=1:10:4")
                                       << QStringLiteral("network.bandwidth_mbps=10:100:3") << 4 << 3;
    QTest::newRow("nodes (rounded) x mfu") << QStringLiteral("nodes=1:3:10")
                                           << QStringLiteral("training.mfu=0.2:0.6:5") << 3 << 5;
    QTest::newRow("log x log") << QStringLiteral("network.bandwidth_mbps=1:1000:4:log")
                               << QStringLiteral("nodes=2:2000:4:log") << 4 << 4;
}

void TestCli::sweepTwoDimensions()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(int, outerCount);
    QFETCH(int, innerCount);
    const CliRun run = runOk(QStringList{QStringLiteral("sweep"), QStringLiteral("--vary"), outer,
                                         QStringLiteral("--vary"), inner});
    QVERIFY(succeeded(run));
    const CsvTable table = parseCsv(run.out);
    QVERIFY(wellFormed(table));
    QCOMPARE(table.header[0], outer.section(QLatin1Char('='), 0, 0));
    QCOMPARE(table.header[1], inner.section(QLatin1Char('='), 0, 0));
    QCOMPARE(table.header[2], QStringLiteral("mode"));
    QCOMPARE(table.rows.size(), qsizetype(outerCount) * innerCount);
    for (int i = 0; i < outerCount; ++i) {
        for (int j = 0; j < innerCount; ++j) {
            const QStringList& row = table.rows[i * innerCount + j];
            QCOMPARE(row[0], table.rows[i * innerCount][0]);
            QCOMPARE(row[1], table.rows[j][1]);
        }
    }
}

void TestCli::sweepJson_data()
{
    QTest::addColumn<QStringList>("varies");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<int>("rows");
    QTest::newRow("1-D") << strings({"nodes=1:100:10"}) << QStringList() << 10;
    QTest::newRow("2-D") << strings({"nodes=1:10:4", "network.bandwidth_mbps=10:100:3"})
                         << QStringList() << 12;
    QTest::newRow("1-D, hierarchical") << strings({"nodes=8:800:5"})
                                       << strings({"mode=hierarchical"}) << 5;
    QTest::newRow("2-D, pp_diloco") << strings({"nodes=8:80:3", "pipeline.bandwidth_mbps=100:1000:2"})
                                    << strings({"mode=pp_diloco"}) << 6;
}

void TestCli::sweepJson()
{
    QFETCH(QStringList, varies);
    QFETCH(QStringList, sets);
    QFETCH(int, rows);
    QStringList arguments{QStringLiteral("sweep"), QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString& vary : varies)
        arguments << QStringLiteral("--vary") << vary;
    arguments += setOptions(sets);
    const CliRun run = runOk(arguments);
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    QVERIFY(root.value(QStringLiteral("inputs")).isObject());
    QStringList keys;
    for (const QString& vary : varies)
        keys << vary.section(QLatin1Char('='), 0, 0);
    QCOMPARE(root.value(QStringLiteral("vary")).toVariant().toStringList(), keys);
    const QJsonArray array = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(array.size(), qsizetype(rows));
    for (const QJsonValue& value : array) {
        const QJsonObject row = value.toObject();
        for (const QString& key : keys)
            QVERIFY2(row.value(key).isDouble(), qPrintable(key));
        QVERIFY(!row.contains(QStringLiteral("error")));
        for (const QString& key : sharedResultKeys())
            QVERIFY2(row.contains(key), qPrintable(key));
        QVERIFY(row.value(QStringLiteral("c_local")).toDouble() > 0);
        if (keys.first() == QLatin1String("nodes"))
            QCOMPARE(row.value(QStringLiteral("n_nodes")).toDouble(), row.value(QStringLiteral("nodes")).toDouble());
    }
}

// `--vary` over a field of the node changes that field and keeps the rest
// of the node (preset, catalog GPU or explicit).
void TestCli::sweepNodeField_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QList<double>>("expected");
    // t_comp scales with 1 / pflops: 14.976 PFLOPS is the 48x A100 node.
    const double tComp = 31.50769230769231;
    QTest::newRow("node.pflops of the default preset")
        << QStringLiteral("node.pflops=14.976:29.952:2") << QStringList() << QStringLiteral("t_comp_s")
        << QList<double>{tComp, tComp / 2};
    QTest::newRow("node.vram_gb of a preset") << QStringLiteral("node.vram_gb=1000:2000:2")
                                              << strings({"node.preset=16x GH200"})
                                              << QStringLiteral("max_params_b") << QList<double>{62.5, 125};
    QTest::newRow("node.gpu_count of a catalog GPU")
        << QStringLiteral("node.gpu_count=4:8:2") << strings({"node.gpu=H100 SXM", "node.gpus=8"})
        << QStringLiteral("total_gpus") << QList<double>{4 * 72, 8 * 72};
    QTest::newRow("node.gpus of a catalog GPU")
        << QStringLiteral("node.gpus=4:8:2") << strings({"node.gpu=H100 SXM"})
        << QStringLiteral("total_gpus") << QList<double>{4 * 72, 8 * 72};
}

void TestCli::sweepNodeField()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, sets);
    QFETCH(QString, column);
    QFETCH(QList<double>, expected);
    const CliRun run = runOk(QStringList{QStringLiteral("sweep"), QStringLiteral("--vary"), spec}
                             + setOptions(sets));
    QVERIFY(succeeded(run));
    const CsvTable table = parseCsv(run.out);
    QVERIFY2(wellFormed(table), run.out.c_str());
    QCOMPARE(table.rows.size(), expected.size());
    const qsizetype index = table.header.indexOf(column);
    QVERIFY(index > 0);
    for (qsizetype i = 0; i < expected.size(); ++i)
        DTX_COMPARE_REL(parseExact(table.rows[i][index]), expected[i], 1e-12);
}

// A sweep evaluates its rows on one working scenario and checks ranges
// only at the axes' ends: each row must still be what `dtx evaluate` says
// of its point, errors included.
void TestCli::sweepRowsEqualEvaluate_data()
{
    QTest::addColumn<QStringList>("varies");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<int>("errorRows");
    QTest::newRow("nodes x log bandwidth") << strings({"nodes=1:1000:3", "network.bandwidth_mbps=1:10000:3:log"})
                                           << QStringList() << 0;
    QTest::newRow("model too large at some points")
        << strings({"model.params_b=100:2000:3", "nodes=1:9:2"}) << QStringList() << 4;
    QTest::newRow("node field x nodes, catalog GPU")
        << strings({"node.gpus=1:16:3", "nodes=2:40:2"}) << strings({"node.gpu=H100 SXM"}) << 0;
    // Each axis is in range with the other at its base value; only the
    // corner of most memory and fewest bytes per parameter makes the
    // default model (memory / bytes) larger than the limit.
    QTest::newRow("derived model size out of range at one corner")
        << strings({"node.vram_gb=1000:10000000:2", "node.bytes_per_param=1:64:2"})
        << strings({"node.preset=48x A100 80GB"}) << 1;
    QTest::newRow("hierarchical groups") << strings({"hierarchy.nodes_per_group=2:32:3"})
                                         << strings({"mode=hierarchical", "nodes=64"}) << 0;
    QTest::newRow("pp_diloco stages") << strings({"model.params_b=100:4000:3"})
                                      << strings({"mode=pp_diloco", "nodes=64"}) << 1;
    // H_fix is whole (R2): the sweep rounds 50.5 to 51 as it rounds nodes.
    QTest::newRow("2026-04 inner steps x upload") << strings({"training.inner_steps=1:100:3", "network.upload_mbps=10:100:2"})
                                                  << strings({"revision=2026-04"}) << 0;
}

void TestCli::sweepRowsEqualEvaluate()
{
    QFETCH(QStringList, varies);
    QFETCH(QStringList, sets);
    QFETCH(int, errorRows);
    QStringList arguments{QStringLiteral("sweep")};
    for (const QString& vary : varies)
        arguments << QStringLiteral("--vary") << vary;
    const CliRun sweep = runOk(arguments + setOptions(sets));
    QVERIFY(succeeded(sweep));
    const CsvTable table = parseCsv(sweep.out);
    QCOMPARE(table.header.last(), QStringLiteral("error"));
    const qsizetype axes = varies.size();
    int errors = 0;
    for (const QStringList& row : table.rows) {
        QStringList pointSets = sets;
        for (qsizetype a = 0; a < axes; ++a)
            pointSets << table.header[a] + QLatin1Char('=') + row[a];
        const CliRun point = runCli(QStringList{QStringLiteral("evaluate"), QStringLiteral("--format"),
                                                QStringLiteral("csv")}
                                    + setOptions(pointSets));
        // The error is the last field (quoted when it holds a comma).
        QString error = row.mid(table.header.size() - 1).join(QLatin1Char(','));
        if (error.startsWith(QLatin1Char('"')) && error.endsWith(QLatin1Char('"')))
            error = error.mid(1, error.size() - 2);
        if (!error.isEmpty()) {
            ++errors;
            QCOMPARE(point.status, dtx::kExitBadInput);
            QCOMPARE(QString::fromStdString(point.err).trimmed(), QStringLiteral("error: ") + error);
            continue;
        }
        QCOMPARE(row.size(), table.header.size());
        QVERIFY2(point.status == dtx::kExitSuccess, point.err.c_str());
        const CsvTable single = parseCsv(point.out);
        QCOMPARE(single.rows.size(), qsizetype(1));
        // The sweep's columns are the mode's, fixed for the table (a
        // hierarchical sweep has the flat keys too, for rows of one
        // group); a key the point's result lacks is empty in its row.
        for (qsizetype c = axes; c < table.header.size() - 1; ++c) {
            const qsizetype index = single.header.indexOf(table.header[c]);
            const QString expected = index < 0 ? QString() : single.rows[0][index];
            QVERIFY2(row[c] == expected, qPrintable(table.header[c] + QStringLiteral(": ") + row[c]
                                                    + QStringLiteral(" != ") + expected));
        }
        for (const QString& key : single.header)
            QVERIFY2(table.header.contains(key) || dtx::test::isEvaluateOnlyKey(key), qPrintable(key));
    }
    QCOMPARE(errors, errorRows);
}

// ---------------------------------------------------------------------------
// target, optimize, plan, report

void TestCli::targetJson_data()
{
    QTest::addColumn<QString>("flop");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<double>("nodes");
    QTest::addColumn<double>("cost");
    QTest::newRow("1e24, default scenario") << QStringLiteral("1e24") << true << 5.0 << 3600000.0;
    QTest::newRow("1e40, out of reach") << QStringLiteral("1e40") << false << 100000.0 << 100000 * 720000.0;
}

void TestCli::targetJson()
{
    QFETCH(QString, flop);
    QFETCH(bool, reached);
    QFETCH(double, nodes);
    QFETCH(double, cost);
    const CliRun run = runOk(QStringList{QStringLiteral("target"), QStringLiteral("--flop"), flop,
                                         QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    QStringList keys = root.keys();
    keys.sort();
    QStringList expectedKeys = strings({"flop", "reached", "nodes", "total_gpus", "cost_usd", "c_local"});
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
    const double target = parseExact(flop);
    QCOMPARE(root.value(QStringLiteral("flop")).toDouble(), target);
    QCOMPARE(root.value(QStringLiteral("reached")).toBool(), reached);
    QCOMPARE(root.value(QStringLiteral("nodes")).toDouble(), nodes);
    QCOMPARE(root.value(QStringLiteral("total_gpus")).toDouble(), 48 * nodes);
    QCOMPARE(root.value(QStringLiteral("cost_usd")).toDouble(), cost);
    const double computeLocal = root.value(QStringLiteral("c_local")).toDouble();
    QCOMPARE(computeLocal >= target, reached);

    // c_local is that of `evaluate` at the same node count; one node fewer
    // does not reach the target.
    const CliRun at = runOk(QStringList{QStringLiteral("evaluate"), QStringLiteral("--format"),
                                        QStringLiteral("json"), QStringLiteral("--set"),
                                        QStringLiteral("nodes=%1").arg(nodes)});
    QVERIFY(succeeded(at));
    const QJsonObject results = parseJson(at, &ok).value(QStringLiteral("results")).toObject();
    QCOMPARE(bits(results.value(QStringLiteral("c_local")).toDouble()), bits(computeLocal));
    if (reached) {
        const CliRun fewer = runOk(QStringList{QStringLiteral("evaluate"), QStringLiteral("--format"),
                                               QStringLiteral("json"), QStringLiteral("--set"),
                                               QStringLiteral("nodes=%1").arg(nodes - 1)});
        const double below = parseJson(fewer, &ok)
                                 .value(QStringLiteral("results"))
                                 .toObject()
                                 .value(QStringLiteral("c_local"))
                                 .toDouble();
        QVERIFY(ok);
        QVERIFY(below < target);
    }
}

void TestCli::targetText_data()
{
    QTest::addColumn<QString>("flop");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("1e24") << QStringLiteral("1e24")
                          << strings({"5 nodes", "240 GPUs", "$3,600,000", "48x A100 80GB"});
    QTest::newRow("1e40") << QStringLiteral("1e40")
                          << strings({"not reachable within 100,000 nodes", "48x A100 80GB"});
}

void TestCli::targetText()
{
    QFETCH(QString, flop);
    QFETCH(QStringList, phrases);
    const CliRun run = runOk(QStringList{QStringLiteral("target"), QStringLiteral("--flop"), flop});
    QVERIFY(succeeded(run));
    const QString out = QString::fromStdString(run.out);
    for (const QString& phrase : phrases)
        QVERIFY2(out.contains(phrase), qPrintable(out));
}

// Best first, by quality-adjusted compute; for the reference scenario the
// largest flat model (240 B) wins.
void TestCli::optimize()
{
    const CliRun run = runOk(strings({"optimize", "--format", "json"}));
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject root = parseJson(run, &ok);
    QVERIFY(ok);
    QVERIFY(root.value(QStringLiteral("inputs")).isObject());
    const QJsonArray candidates =
        root.value(QStringLiteral("results")).toObject().value(QStringLiteral("candidates")).toArray();
    QVERIFY(candidates.size() >= 2);
    const QJsonObject best = candidates.first().toObject();
    QCOMPARE(best.value(QStringLiteral("mode")).toString(), QStringLiteral("flat"));
    QCOMPARE(best.value(QStringLiteral("params_b")).toDouble(), 240.0);
    double previous = HUGE_VAL;
    bool sawPipeline = false;
    for (const QJsonValue& value : candidates) {
        const QJsonObject candidate = value.toObject();
        for (const char* key : {"params_b", "pp_stages", "n_groups", "eta", "c_local", "c_quality"})
            QVERIFY2(candidate.value(QLatin1String(key)).isDouble(), key);
        const double quality = candidate.value(QStringLiteral("c_quality")).toDouble();
        QVERIFY2(quality <= previous, "candidates are not sorted by c_quality, descending");
        previous = quality;
        sawPipeline = sawPipeline || candidate.value(QStringLiteral("mode")).toString() == QLatin1String("pp_diloco");
    }
    QVERIFY(sawPipeline);
    // The best flat candidate's C_local is that of `evaluate`.
    const CliRun evaluate = runOk(strings({"evaluate", "--format", "json"}));
    const double computeLocal = parseJson(evaluate, &ok)
                                    .value(QStringLiteral("results"))
                                    .toObject()
                                    .value(QStringLiteral("c_local"))
                                    .toDouble();
    QCOMPARE(bits(best.value(QStringLiteral("c_local")).toDouble()), bits(computeLocal));

    // CSV: the same candidates, ranked.
    const CliRun csv = runOk(strings({"optimize", "--format", "csv"}));
    QVERIFY(succeeded(csv));
    const QStringList lines = QString::fromStdString(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), candidates.size() + 1);
    QVERIFY(lines[1].startsWith(QLatin1String("1,flat,240,")));
    // Text: the best is starred.
    const CliRun text = runOk(strings({"optimize"}));
    QVERIFY(succeeded(text));
    QVERIFY(QString::fromStdString(text.out).contains(QLatin1String("240B |")));
}

// `dtx plan` without a file: the defaults of CLI.md's planner file.
void TestCli::planDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");
    const auto row = [](const char* key, const QJsonValue& value) {
        QTest::newRow(key) << QString::fromLatin1(key) << value;
    };
    row("dtx_plan", 1);
    row("model.params_b", 144);
    row("model.tokens", 12e12);
    row("model.moe", false);
    row("model.active_params_b", 24);
    row("model.moe_layers", 32);
    row("model.expert_parallelism", QStringLiteral("none"));
    row("cluster.nodes", 72);
    row("cluster.node_pflops", 32);
    row("cluster.node_vram_gb", 2304);
    row("cluster.mfu", 0.40);
    row("network.bandwidth_mbps", 100);
    row("network.latency_ms", 100);
    row("algorithm.inner_steps", 128);
    row("algorithm.compression", 16);
    row("algorithm.local_batch_tokens", 131072);
    row("algorithm.precision", QStringLiteral("FP16"));
    row("algorithm.streaming", true);
    row("algorithm.activation_compression", 10);
    row("algorithm.micro_batches", 8);
    row("algorithm.straggler_mitigation", QStringLiteral("none"));
    row("hierarchy.enabled", false);
    row("hierarchy.nodes_per_group", 8);
    row("hierarchy.bandwidth_mbps", 1000);
    row("hierarchy.latency_ms", 20);
    row("hierarchy.regional_steps", 16);
    row("assumptions.straggler", true);
    row("assumptions.efficiency_penalty", true);
    // log10 1.37, log10 3 and log10 3.5 exactly.
    row("run_length.hardware_growth_oom", std::log10(1.37));
    row("run_length.software_growth_oom", std::log10(3.0));
    row("run_length.investment_growth_oom", std::log10(3.5));
    row("run_length.manual_days", QJsonValue(QJsonValue::Null));
}

void TestCli::planDefaults()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    const CliRun run = runOk(strings({"plan", "--format", "json"}));
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject inputs = parseJson(run, &ok).value(QStringLiteral("inputs")).toObject();
    QVERIFY(ok);
    QJsonValue value = inputs;
    for (const QString& part : key.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    QCOMPARE(value.type(), expected.type());
    if (expected.isDouble())
        QCOMPARE(bits(value.toDouble()), bits(expected.toDouble()));
    else
        QCOMPARE(value, expected);
}

// The planner's result keys, and the mode-specific ones per mode.
void TestCli::planModes_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("defaults (flat)") << QStringList() << QStringLiteral("flat") << QStringList()
                                     << strings({"regional_sync_s", "pp_stages", "pp_groups"});
    QTest::newRow("hierarchy enabled") << strings({"hierarchy.enabled=true"}) << QStringLiteral("hierarchical")
                                       << strings({"regional_sync_s"}) << strings({"pp_stages", "pp_groups"});
    QTest::newRow("model larger than a node") << strings({"model.params_b=1000"}) << QStringLiteral("pp_diloco")
                                              << strings({"pp_stages", "pp_groups"})
                                              << strings({"regional_sync_s"});
}

void TestCli::planModes()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, mode);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString path = writeFile(QStringLiteral("plan.json"), R"({"dtx_plan": 1, "cluster": {"nodes": 72}})");
    QVERIFY(!path.isEmpty());
    const CliRun run = runOk(QStringList{QStringLiteral("plan"), path, QStringLiteral("--format"),
                                         QStringLiteral("json")}
                             + setOptions(sets));
    QVERIFY(succeeded(run));
    bool ok = false;
    const QJsonObject results = parseJson(run, &ok).value(QStringLiteral("results")).toObject();
    QVERIFY(ok);
    QCOMPARE(results.value(QStringLiteral("mode")).toString(), mode);
    const QStringList always = strings(
        {"mode", "moe", "t_step_s", "compute_block_s", "global_sync_s", "days_before_penalty", "days",
         "efficiency", "bottleneck", "max_run_length_days", "feasible", "global_mfu", "global_hfu",
         "per_node_params_b", "max_params_b_fp16", "max_params_b_fp8", "max_params_b_fp4"});
    for (const QString& key : always + present)
        QVERIFY2(results.contains(key), qPrintable(key));
    for (const QString& key : absent)
        QVERIFY2(!results.contains(key), qPrintable(key));
    const QString bottleneck = results.value(QStringLiteral("bottleneck")).toString();
    QVERIFY(bottleneck == QLatin1String("network") || bottleneck == QLatin1String("compute"));
    QVERIFY(results.value(QStringLiteral("days")).toDouble() > 0);

    // CSV and text carry the same run.
    const CliRun csv = runOk(QStringList{QStringLiteral("plan"), path, QStringLiteral("--format"),
                                         QStringLiteral("csv")}
                             + setOptions(sets));
    QVERIFY(succeeded(csv));
    const QStringList lines = QString::fromStdString(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(splitCsvLine(lines[0]).size(), splitCsvLine(lines[1]).size());
    QCOMPARE(splitCsvLine(lines[0]).size(), results.size());
    QVERIFY(succeeded(runOk(QStringList{QStringLiteral("plan"), path} + setOptions(sets))));
}

void TestCli::report_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--quality none --no-replica-penalty")
        << strings({"report", "--quality", "none", "--no-replica-penalty"});
    QTest::newRow("--quality conservative") << strings({"report", "--quality", "conservative"});
    QTest::newRow("--no-replica-penalty") << strings({"report", "--no-replica-penalty"});
    QTest::newRow("--quality optimistic") << strings({"report", "--quality", "optimistic"});
}

// Options change the report; without them it is the golden report.
void TestCli::report()
{
    QFETCH(QStringList, arguments);
    const CliRun plain = runOk(strings({"report"}));
    QVERIFY(succeeded(plain));
    QFile golden(dtx::test::sharedPath(QStringLiteral("golden/report.txt")));
    if (golden.open(QIODevice::ReadOnly))
        QVERIFY2(QByteArray::fromStdString(plain.out) == golden.readAll(),
                 "dtx report differs from golden/report.txt");
    const CliRun run = runOk(arguments);
    QVERIFY(succeeded(run));
    QVERIFY(run.out != plain.out);
    QVERIFY(run.out.size() > plain.out.size() / 2);
}

// Error feedback and the straggler mode exist only under 2026-04 (R2, R14):
// under 2026-02 even the seed-equivalent value is refused, naming the option
// and the revision it needs, with nothing on stdout.
void TestCli::reportRevisedOptionsNeedTheirRevision_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("--no-error-feedback") << strings({"report", "--no-error-feedback"})
                                         << QStringLiteral("--no-error-feedback");
    QTest::newRow("--straggler relay") << strings({"report", "--straggler", "relay"})
                                       << QStringLiteral("--straggler");
    QTest::newRow("--straggler synchronous, 2026-02 named")
        << strings({"report", "--revision", "2026-02", "--straggler", "synchronous"})
        << QStringLiteral("--straggler");
    QTest::newRow("with --quality") << strings({"report", "--quality", "optimistic", "--no-error-feedback"})
                                    << QStringLiteral("--no-error-feedback");
}

void TestCli::reportRevisedOptionsNeedTheirRevision()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.status, int(dtx::kExitBadInput));
    QVERIFY(run.out.empty());
    const QString message = QString::fromStdString(run.err);
    QVERIFY2(message.startsWith(QStringLiteral("error: ") + option + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("--revision 2026-04")), qPrintable(message));
    QCOMPARE(message.count(QLatin1Char('\n')), 1);
}

// Names and paths come from files and command lines; a newline, NUL or ESC
// in one is shown as an escape, so that one message stays one line and a
// terminal is not steered by a file's contents.
void TestCli::controlCharactersAreEscaped_data()
{
    QTest::addColumn<QByteArray>("scenarioFile"); // empty: no file
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected"); // in stdout or the error line
    QTest::addColumn<bool>("isError");
    QTest::newRow("ESC in a --set name") << QByteArray()
                                         << QStringList{QStringLiteral("evaluate"), QStringLiteral("--set"),
                                                        QStringLiteral("name=red\x1b[31mtext")}
                                         << QByteArray("Scenario: red\\x1b[31mtext\n") << false;
    QTest::newRow("newline in a file's name") << QByteArray(R"({"name": "two\nlines"})") << QStringList()
                                              << QByteArray("Scenario: two\\nlines\n") << false;
    QTest::newRow("NUL in a file's name") << QByteArray(R"({"name": "a\u0000b"})") << QStringList()
                                          << QByteArray("Scenario: a\\x00b\n") << false;
    QTest::newRow("C1 control in a name") << QByteArray(R"({"name": "a\u009bb"})") << QStringList()
                                          << QByteArray("Scenario: a\\u009bb\n") << false;
    QTest::newRow("newline in a missing file's path")
        << QByteArray()
        << QStringList{QStringLiteral("evaluate"), QStringLiteral("/nonexistent/new\nline.json")}
        << QByteArray("error: /nonexistent/new\\nline.json: cannot open") << true;
    QTest::newRow("ESC in an unknown key")
        << QByteArray() << QStringList{QStringLiteral("evaluate"), QStringLiteral("--set"), QStringLiteral("no\x1b" "de=1")}
        << QByteArray("no\\x1bde") << true;
}

void TestCli::controlCharactersAreEscaped()
{
    QFETCH(QByteArray, scenarioFile);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    QFETCH(bool, isError);
    if (!scenarioFile.isEmpty())
        arguments = QStringList{QStringLiteral("evaluate"), writeFile(QStringLiteral("named.json"), scenarioFile)};
    const CliRun run = runCli(arguments);
    const std::string& text = isError ? run.err : run.out;
    QVERIFY2(text.find(expected.toStdString()) != std::string::npos, text.c_str());
    if (isError) {
        QCOMPARE(run.status, int(dtx::kExitBadInput));
        QCOMPARE(std::count(run.err.begin(), run.err.end(), '\n'), std::ptrdiff_t(1));
    }
    for (const char control : {'\x1b', '\0'})
        QVERIFY(text.find(control) == std::string::npos);
}

QTEST_GUILESS_MAIN(TestCli)
// The command line an export carries (and Edit → Copy as command line
// gives) evaluates to exactly the scenario it was written for.
void TestCli::commandLineReproducesTheScenario_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::newRow("reference") << QStringList{};
    QTest::newRow("nodes and network") << strings({"nodes=500", "network.bandwidth_mbps=25.5", "network.latency_ms=230"});
    QTest::newRow("preset with spaces") << strings({"node.preset=16x H100 SXM", "mode=hierarchical"});
    QTest::newRow("catalog GPUs") << strings({"node.gpu=RTX 4090", "node.gpus=8", "training.mfu=0.3"});
    QTest::newRow("overridden node field")
        << strings({"node.preset=48x A100 80GB", "node.vram_gb=1000", "treaty.memory_threshold_gb=512"});
    QTest::newRow("name with a quote") << strings({"name=Tom's fleet", "assumptions.replica_penalty=false"});
    // 2026-04: its own defaults (node, compression, error feedback,
    // straggler mode) and the inputs 2026-02 does not have.
    QTest::newRow("2026-04, asymmetric WAN, inner steps")
        << strings({"revision=2026-04", "network.upload_mbps=20", "network.download_mbps=200",
                    "training.inner_steps=10"});
    QTest::newRow("2026-04 defaults") << strings({"revision=2026-04"});
    QTest::newRow("2026-04, every new input moved")
        << strings({"revision=2026-04", "node.preset=16x GH200 FP8", "training.error_feedback=false",
                    "assumptions.straggler_mode=threshold", "training.compression=16", "network.upload_mbps=30",
                    "training.inner_steps=3", "nodes=144"});
    QTest::newRow("2026-04, hierarchical, seed-like inputs")
        << strings({"revision=2026-04", "mode=hierarchical", "nodes=500", "assumptions.straggler_mode=synchronous",
                    "training.compression=16"});
    QTest::newRow("2026-02, straggler off") << strings({"revision=2026-02", "assumptions.straggler=false"});
}

void TestCli::commandLineReproducesTheScenario()
{
    QFETCH(QStringList, assignments);
    const dtx::HardwareCatalog catalog = dtx::builtInHardwareCatalog();
    std::vector<dtx::ScenarioAssignment> sets;
    for (const QString& text : assignments) {
        dtx::ScenarioAssignment a;
        QVERIFY(dtx::parseAssignment(text.toStdString(), &a));
        sets.push_back(a);
    }
    const dtx::ScenarioLoad wanted = dtx::loadScenario({}, QStringLiteral("test"), sets, catalog);
    QVERIFY2(wanted.ok(), qPrintable(wanted.error));
    const dtx::ScenarioLoad reference = dtx::loadScenario({}, QStringLiteral("test"), {}, catalog);
    const QString command = QString::fromStdString(dtx::scenarioCommandLine(*wanted.scenario, *reference.scenario));
    // Another revision comes first, as the option, and the rest is measured
    // from that revision's defaults; a key the scenario does not write (the
    // symmetric bandwidth of an asymmetric WAN) is never set to null.
    const QString revision = assignments.filter(QStringLiteral("revision=")).value(0).section(QLatin1Char('='), 1);
    if (!revision.isEmpty() && revision != QLatin1String("2026-02"))
        QVERIFY2(command.startsWith(QStringLiteral("dtx evaluate --revision ") + revision + QLatin1Char(' '))
                     || command == QStringLiteral("dtx evaluate --revision ") + revision,
                 qPrintable(command));
    if (assignments.filter(QStringLiteral("null")).isEmpty())
        QVERIFY2(!command.contains(QLatin1String("=null")), qPrintable(command));
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("2026-04, asymmetric WAN, inner steps"))
        QCOMPARE(command, QStringLiteral("dtx evaluate --revision 2026-04 --set network.upload_mbps=20 "
                                         "--set network.download_mbps=200 --set training.inner_steps=10"));

    // The words a POSIX shell makes of it (single quotes, '\'' inside).
    QStringList words;
    QString word;
    bool quoted = false, inWord = false;
    bool escaped = false;
    for (const QChar c : command) {
        if (escaped) {
            word += c;
            escaped = false;
        } else if (c == u'\'') {
            quoted = !quoted;
            inWord = true;
        } else if (c == u' ' && !quoted) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else if (c == u'\\' && !quoted) {
            escaped = true; // the next character stands for itself
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    QCOMPARE(words.value(0), QStringLiteral("dtx"));
    QCOMPARE(words.value(1), QStringLiteral("evaluate"));
    const CliRun replay = runCli(words.mid(1) + strings({"--format", "json"}));
    QStringList original = strings({"evaluate"});
    for (const QString& text : assignments)
        original << QStringLiteral("--set") << text;
    const CliRun expected = runCli(original + strings({"--format", "json"}));
    QCOMPARE(replay.status, 0);
    QCOMPARE(expected.status, 0);
    QCOMPARE(QString::fromStdString(replay.out), QString::fromStdString(expected.out));
}

#include "test_cli.moc"
