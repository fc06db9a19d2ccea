// The bad-input contract of CLI.md: every kind of bad input ends with exit
// status 2, exactly one "error:" line on stderr naming the offending key,
// option or file, nothing on stdout, no crash or hang, and no NaN or
// infinity in anything printed; and a failed run never touches its -o file.

#include "TestSupport.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using dtx::test::CliRun;
using dtx::test::runCli;

namespace {

// Written in place of a file path in the tables; replaced by the path of
// the row's file (written to the temporary directory) before running.
const QString kFileToken = QStringLiteral("$FILE");
// An in-process run taking this long is treated as a hang.
constexpr qint64 kMaxRunMilliseconds = 30000;

QStringList errorLines(const std::string& err)
{
    QStringList lines;
    for (const QString& line : QString::fromStdString(err).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("error:")))
            lines.append(line);
    return lines;
}

// The text with the user's own words taken out: an argument echoed back
// verbatim ("--set x: must be a finite number, not 'nan'") is not a NaN the
// program produced.
QString withoutEchoedInput(QString text, const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        text.remove(argument);
        for (const QString& part : argument.split(QRegularExpression(QStringLiteral("[=:]"))))
            if (!part.isEmpty())
                text.remove(QLatin1Char('\'') + part + QLatin1Char('\''));
    }
    return text;
}

bool mentionsNonFinite(const QString& text)
{
    static const QRegularExpression nonFinite(QStringLiteral(R"(\b(nan|inf|infinity)\b)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return nonFinite.match(text).hasMatch();
}

using dtx::test::Words;
using dtx::test::strings;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCount = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Columns shared by every bad-input table.
    static void addColumns()
    {
        QTest::addColumn<QStringList>("arguments"); // kFileToken marks the file
        QTest::addColumn<bool>("withFile");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("mentions"); // each must be in the error line
    }
    static void args(const char* name, Words arguments, Words mentions)
    {
        QTest::newRow(name) << strings(arguments) << false << QByteArray() << strings(mentions);
    }
    // The file goes right after the command: `dtx COMMAND FILE ...`.
    static void file(const char* name, const QByteArray& content, Words arguments, Words mentions)
    {
        QStringList withPath = strings(arguments);
        withPath.insert(1, kFileToken);
        QTest::newRow(name) << withPath << true << content << strings(mentions);
    }

    // Runs the row and checks the whole contract.
    void checkRow();

private slots:
    void initTestCase();

    void unknownKeys_data();
    void unknownKeys() { checkRow(); }
    void wrongTypes_data();
    void wrongTypes() { checkRow(); }
    void outOfRange_data();
    void outOfRange() { checkRow(); }
    void nonFinite_data();
    void nonFinite() { checkRow(); }
    void truncatedJson_data();
    void truncatedJson() { checkRow(); }
    void invalidUtf8_data();
    void invalidUtf8() { checkRow(); }
    void absurdMagnitudes_data();
    void absurdMagnitudes() { checkRow(); }
    void newerFormatVersion_data();
    void newerFormatVersion() { checkRow(); }
    void unknownHardware_data();
    void unknownHardware() { checkRow(); }
    void pipelineMisuse_data();
    void pipelineMisuse() { checkRow(); }
    void emptyOrMissingFile_data();
    void emptyOrMissingFile() { checkRow(); }
    void planBadInput_data();
    void planBadInput() { checkRow(); }
    void badUsage_data();
    void badUsage() { checkRow(); }
    void physicallyMeaningless_data();
    void physicallyMeaningless() { checkRow(); }
    void duplicatesAndRepeats_data();
    void duplicatesAndRepeats() { checkRow(); }
    void seedRevisionRefusesRevisedInputs_data();
    void seedRevisionRefusesRevisedInputs() { checkRow(); }
    void revisedInputsOutOfRange_data();
    void revisedInputsOutOfRange() { checkRow(); }
    void unknownRevision_data();
    void unknownRevision() { checkRow(); }

    void failedRunLeavesOutputUntouched_data();
    void failedRunLeavesOutputUntouched();
    void successfulRunReplacesOutput_data();
    void successfulRunReplacesOutput();
};

void TestBadInput::checkRow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withFile);
    QFETCH(QByteArray, file);
    QFETCH(QStringList, mentions);
    QVERIFY(m_dir.isValid());

    const QString filePath = path(QStringLiteral("input-%1.json").arg(++m_fileCount));
    if (withFile) {
        QFile out(filePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(file), file.size());
        out.close();
    }
    for (QString& argument : arguments)
        argument.replace(kFileToken, filePath);
    for (QString& mention : mentions)
        mention.replace(kFileToken, filePath);

    QElapsedTimer timer;
    timer.start();
    const CliRun run = runCli(arguments);
    const QString shown = arguments.join(QLatin1Char(' '));
    QVERIFY2(timer.elapsed() < kMaxRunMilliseconds,
             qPrintable(QStringLiteral("dtx %1 took %2 ms").arg(shown).arg(timer.elapsed())));

    const QString err = QString::fromStdString(run.err);
    QVERIFY2(run.status == dtx::kExitBadInput,
             qPrintable(QStringLiteral("dtx %1: exit %2, stderr: %3").arg(shown).arg(run.status).arg(err)));
    QVERIFY2(run.out.empty(),
             qPrintable(QStringLiteral("dtx %1 wrote to stdout: %2")
                            .arg(shown, QString::fromStdString(run.out.substr(0, 200)))));
    QVERIFY2(err.startsWith(QLatin1String("error: ")), qPrintable(err));
    const QStringList errors = errorLines(run.err);
    QVERIFY2(errors.size() == 1, qPrintable(QStringLiteral("%1 error lines: %2")
                                                .arg(errors.size())
                                                .arg(err)));
    for (const QString& mention : mentions)
        QVERIFY2(errors.first().contains(mention),
                 qPrintable(QStringLiteral("the message does not name '%1': %2")
                                .arg(mention, errors.first())));
    QVERIFY2(!mentionsNonFinite(withoutEchoedInput(err, arguments)),
             qPrintable(QStringLiteral("NaN or infinity in: %1").arg(err)));
}


void TestBadInput::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

// Keys that do not exist, in a file and in --set; a near miss is answered
// with the key it probably meant.
void TestBadInput::unknownKeys_data()
{
    addColumns();
    file("file: misspelt section key", R"({"network": {"bandwith_mbps": 5}})", {"evaluate"},
         {"$FILE", "network.bandwith_mbps", "network.bandwidth_mbps"});
    file("file: misspelt top-level key", R"({"nodez": 5})", {"evaluate"},
         {"$FILE", "nodez", "'nodes'"});
    file("file: misspelt key among good ones", R"({"nodes": 10, "training": {"mfu": 0.4, "yeras": 2}})",
         {"evaluate"}, {"$FILE", "training.yeras", "training.years"});
    file("file: unknown section", R"({"netwrk": {"bandwidth_mbps": 5}})", {"evaluate"},
         {"$FILE", "netwrk"});
    file("file: unknown leaf", R"({"training": {"epochs": 3}})", {"evaluate"},
         {"$FILE", "training.epochs"});
    file("file: key of the planner file", R"({"cluster": {"nodes": 5}})", {"evaluate"},
         {"$FILE", "cluster"});
    args("--set misspelt section key", {"evaluate", "--set", "network.bandwith_mbps=5"},
         {"--set", "network.bandwith_mbps", "network.bandwidth_mbps"});
    args("--set misspelt leaf", {"evaluate", "--set", "training.mfuu=0.5"},
         {"--set", "training.mfuu", "'training.mfu'"});
    args("--set unknown key", {"evaluate", "--set", "colour=blue"}, {"--set", "colour"});
    args("--set section without leaf", {"evaluate", "--set", "network=5"}, {"--set", "network"});
    args("--set after a good file key", {"evaluate", "--set", "nodes=10", "--set", "nodess=5"},
         {"--set", "nodess", "'nodes'"});
    file("--set unknown key over a good file", R"({"nodes": 10})",
         {"evaluate", "--set", "netwrk.latency_ms=5"}, {"--set", "netwrk.latency_ms"});
    args("sweep --set misspelt", {"sweep", "--set", "nodess=5", "--vary", "network.bandwidth_mbps=1:2"},
         {"nodess", "'nodes'"});
    args("target --set misspelt", {"target", "--flop", "1e24", "--set", "trainng.years=2"},
         {"trainng.years", "training.years"});
    args("optimize --set misspelt", {"optimize", "--set", "model.param_b=100"},
         {"model.param_b", "model.params_b"});
}

// Values of the wrong JSON type, or text that does not convert.
void TestBadInput::wrongTypes_data()
{
    addColumns();
    file("file: string for nodes", R"({"nodes": "72"})", {"evaluate"}, {"$FILE", "nodes"});
    file("file: string for a number", R"({"network": {"bandwidth_mbps": "fast"}})", {"evaluate"},
         {"$FILE", "network.bandwidth_mbps"});
    file("file: number for a bool", R"({"assumptions": {"straggler": 1}})", {"evaluate"},
         {"$FILE", "assumptions.straggler"});
    file("file: string for a bool", R"({"assumptions": {"replica_penalty": "yes"}})", {"evaluate"},
         {"$FILE", "assumptions.replica_penalty"});
    file("file: array for a section", R"({"network": [100, 100]})", {"evaluate"},
         {"$FILE", "network"});
    file("file: number for a section", R"({"training": 3})", {"evaluate"}, {"$FILE", "training"});
    file("file: object for a number", R"({"nodes": {"count": 72}})", {"evaluate"},
         {"$FILE", "nodes"});
    file("file: number for text", R"({"mode": 3})", {"evaluate"}, {"$FILE", "mode"});
    file("file: null for a number", R"({"training": {"mfu": null}})", {"evaluate"},
         {"$FILE", "training.mfu"});
    file("file: 72.5 nodes", R"({"nodes": 72.5})", {"evaluate"}, {"$FILE", "nodes"});
    file("file: fractional micro-batches", R"({"pipeline": {"micro_batches": 2.5}})", {"evaluate"},
         {"$FILE", "pipeline.micro_batches"});
    file("file: top level is an array", "[1, 2]", {"evaluate"}, {"$FILE"});
    file("file: top level is a number", "72", {"evaluate"}, {"$FILE"});
    file("file: top level is null", "null", {"evaluate"}, {"$FILE"});
    args("--set 72.5 nodes", {"evaluate", "--set", "nodes=72.5"}, {"nodes"});
    args("--set text for nodes", {"evaluate", "--set", "nodes=abc"}, {"nodes", "abc"});
    args("--set text for a number", {"evaluate", "--set", "network.bandwidth_mbps=fast"},
         {"network.bandwidth_mbps"});
    args("--set empty number", {"evaluate", "--set", "training.mfu="}, {"training.mfu"});
    args("--set hex number", {"evaluate", "--set", "training.mfu=0x10"}, {"training.mfu"});
    args("--set number with unit", {"evaluate", "--set", "network.bandwidth_mbps=100Mbps"},
         {"network.bandwidth_mbps"});
    args("--set number for a bool", {"evaluate", "--set", "assumptions.straggler=1"},
         {"assumptions.straggler"});
    args("--set yes for a bool", {"evaluate", "--set", "assumptions.replica_penalty=yes"},
         {"assumptions.replica_penalty"});
    args("--set text for a nullable number", {"evaluate", "--set", "model.params_b=big"},
         {"model.params_b"});
    args("sweep --set wrong type", {"sweep", "--set", "nodes=many", "--vary", "training.mfu=0.1:0.5"},
         {"nodes"});
}

// Values of the right type outside the range the model is meant for.
void TestBadInput::outOfRange_data()
{
    addColumns();
    args("bandwidth 0", {"evaluate", "--set", "network.bandwidth_mbps=0"}, {"network.bandwidth_mbps"});
    args("bandwidth negative", {"evaluate", "--set", "network.bandwidth_mbps=-5"},
         {"network.bandwidth_mbps"});
    file("file: bandwidth 0", R"({"network": {"bandwidth_mbps": 0}})", {"evaluate"},
         {"$FILE", "network.bandwidth_mbps"});
    file("file: bandwidth negative", R"({"network": {"bandwidth_mbps": -100}})", {"evaluate"},
         {"$FILE", "network.bandwidth_mbps"});
    args("regional bandwidth 0", {"evaluate", "--set", "hierarchy.bandwidth_mbps=0"},
         {"hierarchy.bandwidth_mbps"});
    args("pipeline bandwidth negative", {"evaluate", "--set", "pipeline.bandwidth_mbps=-1"},
         {"pipeline.bandwidth_mbps"});
    args("nodes 0", {"evaluate", "--set", "nodes=0"}, {"nodes"});
    args("nodes negative", {"evaluate", "--set", "nodes=-3"}, {"nodes"});
    file("file: nodes 0", R"({"nodes": 0})", {"evaluate"}, {"$FILE", "nodes"});
    args("MFU 0", {"evaluate", "--set", "training.mfu=0"}, {"training.mfu"});
    args("MFU 1.5", {"evaluate", "--set", "training.mfu=1.5"}, {"training.mfu"});
    file("file: MFU 1.5", R"({"training": {"mfu": 1.5}})", {"evaluate"}, {"$FILE", "training.mfu"});
    args("compression 0.5", {"evaluate", "--set", "training.compression=0.5"},
         {"training.compression"});
    args("activation compression 0.5", {"evaluate", "--set", "pipeline.activation_compression=0.5"},
         {"pipeline.activation_compression"});
    args("model too large for flat, 48x A100",
         {"evaluate", "--set", "node.preset=48x A100 80GB", "--set", "model.params_b=500"},
         {"model.params_b"});
    file("file: model too large for flat", R"({"node": {"preset": "48x A100 80GB"}, "model": {"params_b": 500}})",
         {"evaluate"}, {"$FILE", "model.params_b"});
    args("model too large in hierarchical mode",
         {"evaluate", "--set", "mode=hierarchical", "--set", "model.params_b=241"}, {"model.params_b"});
    args("model size 0", {"evaluate", "--set", "model.params_b=0"}, {"model.params_b"});
    args("latency negative", {"evaluate", "--set", "network.latency_ms=-1"}, {"network.latency_ms"});
    args("regional latency negative", {"evaluate", "--set", "hierarchy.latency_ms=-20"},
         {"hierarchy.latency_ms"});
    args("years 0", {"evaluate", "--set", "training.years=0"}, {"training.years"});
    args("years negative", {"evaluate", "--set", "training.years=-1.5"}, {"training.years"});
    args("local batch 0", {"evaluate", "--set", "training.local_batch_tokens=0"},
         {"training.local_batch_tokens"});
    args("group size 0", {"evaluate", "--set", "hierarchy.nodes_per_group=0"},
         {"hierarchy.nodes_per_group"});
    args("micro-batches 0", {"evaluate", "--set", "pipeline.micro_batches=0"},
         {"pipeline.micro_batches"});
    args("MoE active above total",
         {"evaluate", "--set", "mode=moe", "--set", "moe.active_params_b=700"}, {"moe.active_params_b"});
    args("MoE layers negative", {"evaluate", "--set", "mode=moe", "--set", "moe.layers=-1"},
         {"moe.layers"});
    args("CCC threshold 0", {"evaluate", "--set", "treaty.ccc_threshold_h100e=0"},
         {"treaty.ccc_threshold_h100e"});
    args("memory threshold 0", {"evaluate", "--set", "treaty.memory_threshold_gb=0"},
         {"treaty.memory_threshold_gb"});
    args("memory threshold text", {"evaluate", "--set", "treaty.memory_threshold_gb=lots"},
         {"treaty.memory_threshold_gb"});
    // A denormal threshold once made threshold_multiple infinite.
    args("strict threshold 1e-300", {"evaluate", "--set", "treaty.strict_threshold_flop=1e-300"},
         {"treaty.strict_threshold_flop"});
    args("unknown mode", {"evaluate", "--set", "mode=warp"}, {"mode", "warp"});
    file("file: unknown mode", R"({"mode": "Flat"})", {"evaluate"}, {"$FILE", "mode"});
    args("unknown quality scenario", {"evaluate", "--set", "assumptions.compression_quality=great"},
         {"assumptions.compression_quality"});
    args("explicit node field out of range",
         {"evaluate", "--set", "node.preset=16x GH200", "--set", "node.vram_gb=0"}, {"node.vram_gb"});
    args("sweep over an invalid range", {"sweep", "--vary", "network.bandwidth_mbps=0:100"},
         {"--vary", "network.bandwidth_mbps"});
    args("sweep ending out of range", {"sweep", "--vary", "training.mfu=0.5:1.5"},
         {"--vary", "training.mfu"});
    args("target over a bad scenario", {"target", "--flop", "1e24", "--set", "nodes=0"}, {"nodes"});
    args("optimize over a bad scenario", {"optimize", "--set", "training.mfu=1.5"}, {"training.mfu"});
}

// NaN and infinities spelled out in --set, --vary and --flop, and numbers
// beyond the double range in --set and in JSON.
void TestBadInput::nonFinite_data()
{
    addColumns();
    for (const char* value : {"nan", "NaN", "inf", "-inf", "Infinity", "1e999", "-1e999"}) {
        const QByteArray assignment = QByteArray("network.bandwidth_mbps=") + value;
        QTest::newRow(qPrintable(QStringLiteral("--set bandwidth %1").arg(QLatin1String(value))))
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--set"),
                           QString::fromLatin1(assignment)}
            << false << QByteArray() << QStringList{QStringLiteral("network.bandwidth_mbps")};
    }
    // 0 is a valid latency: an overflow read as 0 would pass unnoticed.
    args("--set latency 1e999", {"evaluate", "--set", "network.latency_ms=1e999"},
         {"network.latency_ms"});
    args("--set latency 1e99999999999999999999", {"evaluate", "--set", "network.latency_ms=1e99999999999999999999"},
         {"network.latency_ms"});
    args("--set nodes nan", {"evaluate", "--set", "nodes=nan"}, {"nodes"});
    args("--set nodes inf", {"evaluate", "--set", "nodes=inf"}, {"nodes"});
    args("--set MFU inf", {"evaluate", "--set", "training.mfu=inf"}, {"training.mfu"});
    args("--set years 1e999", {"evaluate", "--set", "training.years=1e999"}, {"training.years"});
    args("--set model size nan", {"evaluate", "--set", "model.params_b=nan"}, {"model.params_b"});
    args("--set explicit node field inf",
         {"evaluate", "--set", "node.preset=16x GH200", "--set", "node.pflops=inf"}, {"node.pflops"});
    file("json: 1e999 bandwidth", R"({"network": {"bandwidth_mbps": 1e999}})", {"evaluate"},
         {"$FILE"});
    file("json: -1e999 latency", R"({"network": {"latency_ms": -1e999}})", {"evaluate"}, {"$FILE"});
    file("json: 1e999 nodes", R"({"nodes": 1e999})", {"evaluate"}, {"$FILE"});
    file("json: NaN literal", R"({"training": {"mfu": NaN}})", {"evaluate"}, {"$FILE"});
    file("json: Infinity literal", R"({"training": {"years": Infinity}})", {"evaluate"}, {"$FILE"});
    args("--vary to inf", {"sweep", "--vary", "network.bandwidth_mbps=1:inf"},
         {"--vary", "network.bandwidth_mbps"});
    args("--vary from nan", {"sweep", "--vary", "nodes=nan:10"}, {"--vary", "nodes"});
    args("--vary to 1e999", {"sweep", "--vary", "network.latency_ms=0:1e999"},
         {"--vary", "network.latency_ms"});
    args("--vary steps inf", {"sweep", "--vary", "nodes=1:10:inf"}, {"--vary", "nodes"});
    args("--flop inf", {"target", "--flop", "inf"}, {"--flop"});
    args("--flop nan", {"target", "--flop", "nan"}, {"--flop"});
    args("--flop 1e999", {"target", "--flop", "1e999"}, {"--flop"});
    args("sweep --set nan", {"sweep", "--set", "training.mfu=nan", "--vary", "nodes=1:5"},
         {"training.mfu"});
}

void TestBadInput::truncatedJson_data()
{
    addColumns();
    file("cut inside a section", R"({"network": {"bandwidth_mbps": 10)", {"evaluate"}, {"$FILE"});
    file("cut after a comma", R"({"nodes": 72,)", {"evaluate"}, {"$FILE"});
    file("only an opening brace", "{", {"evaluate"}, {"$FILE"});
    file("cut inside a string", R"({"name": "unterminated)", {"evaluate"}, {"$FILE"});
    file("cut inside a key", R"({"netw)", {"evaluate"}, {"$FILE"});
    file("cut after a key", R"({"nodes":)", {"evaluate"}, {"$FILE"});
    file("extra closing brace", R"({"nodes": 72}})", {"evaluate"}, {"$FILE"});
    file("trailing words", R"({"nodes": 72} and more)", {"evaluate"}, {"$FILE"});
    file("single quotes", R"({'nodes': 72})", {"evaluate"}, {"$FILE"});
    file("trailing comma", R"({"nodes": 72,})", {"evaluate"}, {"$FILE"});
    file("comment", "{\"nodes\": 72 // seventy-two\n}", {"evaluate"}, {"$FILE"});
    file("sweep over a truncated file", R"({"nodes": 7)", {"sweep", "--vary", "training.mfu=0.1:0.5"},
         {"$FILE"});
    file("target over a truncated file", R"({"nodes": 7)", {"target", "--flop", "1e24"}, {"$FILE"});
    file("optimize over a truncated file", R"({"nodes": 7)", {"optimize"}, {"$FILE"});
}

void TestBadInput::invalidUtf8_data()
{
    addColumns();
    file("ff fe inside a string", "{\"name\": \"ab\xff\xfe\"}", {"evaluate"}, {"$FILE"});
    file("ff fe at the start", "\xff\xfe{\"nodes\": 72}", {"evaluate"}, {"$FILE"});
    file("truncated two-byte sequence", "{\"name\": \"\xc3(\"}", {"evaluate"}, {"$FILE"});
    file("overlong encoding", "{\"name\": \"\xc0\xaf\"}", {"evaluate"}, {"$FILE"});
    file("encoded surrogate", "{\"name\": \"\xed\xa0\x80\"}", {"evaluate"}, {"$FILE"});
    file("Latin-1 text", "{\"name\": \"Z\xfcrich\"}", {"evaluate"}, {"$FILE"});
    file("bad byte in a key", "{\"no\xff" "des\": 72}", {"evaluate"}, {"$FILE"});
    file("bad byte after the object", "{\"nodes\": 72}\xff", {"evaluate"}, {"$FILE"});
    file("UTF-16 file", QByteArray("{\0\"\0n\0o\0d\0e\0s\0\"\0:\0 \0001\0}\0", 24), {"evaluate"},
         {"$FILE"});
    file("plan file with a bad byte", "{\"cluster\": {\"nodes\": 7\xff}}", {"plan"}, {"$FILE"});
}

// Numbers that parse but are far beyond anything meant.
void TestBadInput::absurdMagnitudes_data()
{
    addColumns();
    args("nodes 1e308", {"evaluate", "--set", "nodes=1e308"}, {"nodes"});
    args("nodes 2e9", {"evaluate", "--set", "nodes=2e9"}, {"nodes"});
    args("nodes 2^53 + 1", {"evaluate", "--set", "nodes=9007199254740993"}, {"nodes"});
    args("bandwidth 1e308", {"evaluate", "--set", "network.bandwidth_mbps=1e308"},
         {"network.bandwidth_mbps"});
    args("bandwidth 1e-320", {"evaluate", "--set", "network.bandwidth_mbps=1e-320"},
         {"network.bandwidth_mbps"});
    // Tiny but positive values once passed "greater than 0" and turned
    // sync or compute times into inf.
    args("pipeline bandwidth 5e-324", {"evaluate", "--set", "mode=pp_diloco", "--set",
                                       "pipeline.bandwidth_mbps=5e-324"},
         {"pipeline.bandwidth_mbps"});
    args("MFU 1e-320", {"evaluate", "--set", "training.mfu=1e-320"}, {"training.mfu"});
    args("node pflops 1e-300",
         {"evaluate", "--set", "node.preset=16x GH200", "--set", "node.pflops=1e-300"}, {"node.pflops"});
    args("bits per pseudo-gradient 1e-300",
         {"evaluate", "--set", "node.preset=16x GH200", "--set", "node.bits_per_pseudo_grad=1e-300"},
         {"node.bits_per_pseudo_grad"});
    args("years 1e300", {"evaluate", "--set", "training.years=1e300"}, {"training.years"});
    args("latency 1e300", {"evaluate", "--set", "network.latency_ms=1e300"}, {"network.latency_ms"});
    args("compression 1e300", {"evaluate", "--set", "training.compression=1e300"},
         {"training.compression"});
    args("local batch 1e300", {"evaluate", "--set", "training.local_batch_tokens=1e300"},
         {"training.local_batch_tokens"});
    args("pp_diloco model 1e300",
         {"evaluate", "--set", "mode=pp_diloco", "--set", "model.params_b=1e300"}, {"model.params_b"});
    args("MoE total 1e300", {"evaluate", "--set", "mode=moe", "--set", "moe.total_params_b=1e300"},
         {"moe.total_params_b"});
    args("node pflops 1e300",
         {"evaluate", "--set", "node.preset=16x GH200", "--set", "node.pflops=1e300"}, {"node.pflops"});
    args("node gpus 1e300", {"evaluate", "--set", "node.gpu=H100 SXM", "--set", "node.gpus=1e300"},
         {"node.gpus"});
    args("node gpus 1e7", {"evaluate", "--set", "node.gpu=H100 SXM", "--set", "node.gpus=10000000"},
         {"node.gpus"});
    args("strict threshold 1e300", {"evaluate", "--set", "treaty.strict_threshold_flop=1e300"},
         {"treaty.strict_threshold_flop"});
    file("file: nodes 1e308", R"({"nodes": 1e308})", {"evaluate"}, {"$FILE", "nodes"});
    file("file: bandwidth 1e308", R"({"network": {"bandwidth_mbps": 1e308}})", {"evaluate"},
         {"$FILE", "network.bandwidth_mbps"});
    file("file: years 1e300", R"({"training": {"years": 1e300}})", {"evaluate"},
         {"$FILE", "training.years"});
    args("--vary steps 1e300", {"sweep", "--vary", "nodes=1:10:1e300"}, {"--vary"});
    args("--vary grid of 1e9 points",
         {"sweep", "--vary", "nodes=1:1000000:1000000", "--vary", "training.mfu=0.1:0.5:1000"},
         {"--vary"});
    args("--vary nodes up to 1e308", {"sweep", "--vary", "nodes=1:1e308:3"}, {"--vary", "nodes"});
    args("--vary GPU count from -1e300", {"sweep", "--vary", "node.gpu_count=-1e300:8"},
         {"--vary", "node.gpu_count"});
    args("--flop 1e300", {"target", "--flop", "1e300"}, {"--flop"});
}

void TestBadInput::newerFormatVersion_data()
{
    addColumns();
    // Format 2 is the explorer's file with its own sections: read too.
    file("dtx_scenario 3", R"({"dtx_scenario": 3})", {"evaluate"},
         {"$FILE", "dtx_scenario", "newer"});
    file("dtx_scenario 99 with content", R"({"dtx_scenario": 99, "nodes": 72})", {"evaluate"},
         {"$FILE", "dtx_scenario"});
    file("dtx_scenario 0", R"({"dtx_scenario": 0})", {"evaluate"}, {"$FILE", "dtx_scenario"});
    file("dtx_scenario as text", R"({"dtx_scenario": "1"})", {"evaluate"},
         {"$FILE", "dtx_scenario"});
    file("dtx_scenario 1.5", R"({"dtx_scenario": 1.5})", {"evaluate"}, {"$FILE", "dtx_scenario"});
    args("--set dtx_scenario=3", {"evaluate", "--set", "dtx_scenario=3"}, {"dtx_scenario"});
    file("sweep over a newer file", R"({"dtx_scenario": 3})", {"sweep", "--vary", "nodes=1:5"},
         {"$FILE", "dtx_scenario"});
    file("dtx_plan 2", R"({"dtx_plan": 2})", {"plan"}, {"$FILE", "dtx_plan", "newer"});
}

void TestBadInput::unknownHardware_data()
{
    addColumns();
    args("--set unknown preset", {"evaluate", "--set", "node.preset=16x GH20"},
         {"node.preset", "16x GH20", "'16x GH200'"});
    file("file: unknown preset", R"({"node": {"preset": "48x A100 80G"}})", {"evaluate"},
         {"$FILE", "node.preset", "'48x A100 80GB'"});
    args("--set preset far from any", {"evaluate", "--set", "node.preset=TPU pod"},
         {"node.preset", "TPU pod"});
    args("--set unknown GPU", {"evaluate", "--set", "node.gpu=H100 SMX"},
         {"node.gpu", "H100 SMX", "'H100 SXM'"});
    file("file: unknown GPU", R"({"node": {"gpu": "RTX 4900", "gpus": 8}})", {"evaluate"},
         {"$FILE", "node.gpu", "'RTX 4090'"});
    args("--set GPU without a price", {"evaluate", "--set", "node.gpu=V100 32GB"},
         {"node.gpu", "'V100 32GB' has no price", "'A100 80GB'"});
    file("file: preset and GPU together", R"({"node": {"preset": "16x GH200", "gpu": "GH200"}})",
         {"evaluate"}, {"$FILE", "node"});
    file("file: incomplete explicit node", R"({"node": {"pflops": 10, "vram_gb": 640}})",
         {"evaluate"}, {"$FILE", "node."});
    args("--set GPU count without a GPU", {"evaluate", "--set", "node.gpus=8"}, {"node.gpus"});
    args("--set GPU count 0", {"evaluate", "--set", "node.gpu=H100 SXM", "--set", "node.gpus=0"},
         {"node.gpus"});
    args("--set unknown precision",
         {"evaluate", "--set", "node.gpu=H100 SXM", "--set", "node.precision=FP4"}, {"node.precision"});
    args("--set FP8 on a GPU without FP8",
         {"evaluate", "--set", "node.gpu=A100 80GB", "--set", "node.precision=FP8"}, {"node.precision"});
    args("unknown preset in a sweep", {"sweep", "--set", "node.preset=16x GH20", "--vary", "nodes=1:5"},
         {"node.preset", "'16x GH200'"});
}

void TestBadInput::pipelineMisuse_data()
{
    addColumns();
    args("too few nodes (1)", {"evaluate", "--set", "mode=pp_diloco", "--set", "nodes=1"}, {"nodes"});
    args("too few nodes (3)", {"evaluate", "--set", "mode=pp_diloco", "--set", "nodes=3"}, {"nodes"});
    file("file: too few nodes", R"({"mode": "pp_diloco", "nodes": 2})", {"evaluate"},
         {"$FILE", "nodes"});
    args("model fits one node", {"evaluate", "--set", "mode=pp_diloco", "--set", "model.params_b=100"},
         {"model.params_b"});
    args("model exactly one node",
         {"evaluate", "--set", "mode=pp_diloco", "--set", "model.params_b=240"}, {"model.params_b"});
    file("file: model fits one node", R"({"mode": "pp_diloco", "nodes": 72, "model": {"params_b": 50}})",
         {"evaluate"}, {"$FILE", "model.params_b"});
    args("too few nodes for a large model",
         {"evaluate", "--set", "mode=pp_diloco", "--set", "model.params_b=2400", "--set", "nodes=15"},
         {"nodes"});
    args("target with a model that fits one node",
         {"target", "--flop", "1e24", "--set", "mode=pp_diloco", "--set", "model.params_b=100"},
         {"model.params_b"});
    args("sweep with a model that fits one node",
         {"sweep", "--set", "mode=pp_diloco", "--set", "model.params_b=100", "--vary", "nodes=4:40"},
         {"model.params_b"});
}

void TestBadInput::emptyOrMissingFile_data()
{
    addColumns();
    file("empty file", "", {"evaluate"}, {"$FILE", "empty"});
    file("only white space", "  \n\t\r\n", {"evaluate"}, {"$FILE"});
    file("empty plan file", "", {"plan"}, {"$FILE"});
    file("empty file for sweep", "", {"sweep", "--vary", "nodes=1:5"}, {"$FILE"});
    const QString missing = path(QStringLiteral("no-such-scenario.json"));
    const QString missingPlan = path(QStringLiteral("no-such-plan.json"));
    const QString inMissingFolder = path(QStringLiteral("no-such-folder/scenario.json"));
    const QString folder = m_dir.path();
    QTest::newRow("missing file") << QStringList{QStringLiteral("evaluate"), missing} << false
                                  << QByteArray() << QStringList{missing};
    QTest::newRow("missing file for sweep")
        << QStringList{QStringLiteral("sweep"), missing, QStringLiteral("--vary"),
                       QStringLiteral("nodes=1:5")}
        << false << QByteArray() << QStringList{missing};
    QTest::newRow("missing file for target")
        << QStringList{QStringLiteral("target"), missing, QStringLiteral("--flop"),
                       QStringLiteral("1e24")}
        << false << QByteArray() << QStringList{missing};
    QTest::newRow("missing file for optimize") << QStringList{QStringLiteral("optimize"), missing}
                                               << false << QByteArray() << QStringList{missing};
    QTest::newRow("missing plan file") << QStringList{QStringLiteral("plan"), missingPlan} << false
                                       << QByteArray() << QStringList{missingPlan};
    QTest::newRow("file in a missing folder")
        << QStringList{QStringLiteral("evaluate"), inMissingFolder} << false << QByteArray()
        << QStringList{inMissingFolder};
    QTest::newRow("a folder instead of a file") << QStringList{QStringLiteral("evaluate"), folder}
                                                << false << QByteArray() << QStringList{folder};
}

// `dtx plan` with the planner file's own keys.
void TestBadInput::planBadInput_data()
{
    addColumns();
    args("nodes 0", {"plan", "--set", "cluster.nodes=0"}, {"cluster.nodes"});
    args("bandwidth -1", {"plan", "--set", "network.bandwidth_mbps=-1"}, {"network.bandwidth_mbps"});
    args("bandwidth 0", {"plan", "--set", "network.bandwidth_mbps=0"}, {"network.bandwidth_mbps"});
    args("MFU 2", {"plan", "--set", "cluster.mfu=2"}, {"cluster.mfu"});
    args("MFU 0", {"plan", "--set", "cluster.mfu=0"}, {"cluster.mfu"});
    args("precision FP3", {"plan", "--set", "algorithm.precision=FP3"}, {"algorithm.precision", "FP3"});
    args("unknown expert parallelism", {"plan", "--set", "model.expert_parallelism=total"},
         {"model.expert_parallelism"});
    args("unknown straggler mitigation", {"plan", "--set", "algorithm.straggler_mitigation=pray"},
         {"algorithm.straggler_mitigation"});
    args("unknown key", {"plan", "--set", "cluster.nodez=5"}, {"--set", "cluster.nodez", "'cluster.nodes'"});
    args("scenario key in the planner", {"plan", "--set", "nodes=72"}, {"--set", "nodes"});
    args("fractional nodes", {"plan", "--set", "cluster.nodes=72.5"}, {"cluster.nodes"});
    args("number for a bool", {"plan", "--set", "model.moe=1"}, {"model.moe"});
    args("text for a number", {"plan", "--set", "model.tokens=lots"}, {"model.tokens"});
    args("compression 0.5", {"plan", "--set", "algorithm.compression=0.5"}, {"algorithm.compression"});
    args("inner steps 0", {"plan", "--set", "algorithm.inner_steps=0"}, {"algorithm.inner_steps"});
    args("latency negative", {"plan", "--set", "network.latency_ms=-1"}, {"network.latency_ms"});
    args("manual days 0", {"plan", "--set", "run_length.manual_days=0"}, {"run_length.manual_days"});
    args("growth sums to 0",
         {"plan", "--set", "run_length.hardware_growth_oom=0", "--set", "run_length.software_growth_oom=0",
          "--set", "run_length.investment_growth_oom=0"},
         {"run_length"});
    args("MFU nan", {"plan", "--set", "cluster.mfu=nan"}, {"cluster.mfu"});
    args("latency 1e999", {"plan", "--set", "network.latency_ms=1e999"}, {"network.latency_ms"});
    args("manual days inf", {"plan", "--set", "run_length.manual_days=inf"}, {"run_length.manual_days"});
    args("nodes 1e308", {"plan", "--set", "cluster.nodes=1e308"}, {"cluster.nodes"});
    args("tokens 1e300", {"plan", "--set", "model.tokens=1e300"}, {"model.tokens"});
    args("model 1e300", {"plan", "--set", "model.params_b=1e300"}, {"model.params_b"});
    file("file: unknown key", R"({"cluster": {"nodez": 5}})", {"plan"},
         {"$FILE", "cluster.nodez", "cluster.nodes"});
    file("file: wrong type", R"({"cluster": {"nodes": "many"}})", {"plan"}, {"$FILE", "cluster.nodes"});
    file("file: array for a section", R"({"cluster": [1]})", {"plan"}, {"$FILE", "cluster"});
    file("file: nodes 0", R"({"cluster": {"nodes": 0}})", {"plan"}, {"$FILE", "cluster.nodes"});
    file("file: active above total", R"({"model": {"moe": true, "params_b": 10, "active_params_b": 20}})",
         {"plan"}, {"$FILE", "model.active_params_b"});
    file("file: 1e999", R"({"model": {"tokens": 1e999}})", {"plan"}, {"$FILE"});
    file("file: truncated", R"({"cluster": {"nodes": 5)", {"plan"}, {"$FILE"});
    file("file: a scenario file", R"({"dtx_scenario": 1, "nodes": 72})", {"plan"},
         {"$FILE", "dtx_scenario"});
    file("two files", R"({})", {"plan", "second.json"}, {"second.json"});
    args("format xml", {"plan", "--format", "xml"}, {"--format", "xml"});
}

// Usage errors: commands, options and their values.
void TestBadInput::badUsage_data()
{
    addColumns();
    args("no command", {}, {"command"});
    args("unknown command", {"frobnicate"}, {"frobnicate"});
    args("command in capitals", {"EVALUATE"}, {"EVALUATE"});
    args("unknown option", {"evaluate", "--frob"}, {"frob"});
    args("unknown short option", {"evaluate", "-q"}, {"q"});
    args("--vary on evaluate", {"evaluate", "--vary", "nodes=1:2"}, {"--vary", "evaluate"});
    args("--flop on evaluate", {"evaluate", "--flop", "1e24"}, {"--flop", "evaluate"});
    args("--set on report", {"report", "--set", "nodes=5"}, {"--set", "report"});
    args("--quality on evaluate", {"evaluate", "--quality", "none"}, {"--quality", "evaluate"});
    args("--format on report", {"report", "--format", "json"}, {"--format", "report"});
    args("--format xml", {"evaluate", "--format", "xml"}, {"--format", "xml"});
    args("--format text on sweep", {"sweep", "--vary", "nodes=1:5", "--format", "text"},
         {"--format", "text"});
    args("--format csv on target", {"target", "--flop", "1e24", "--format", "csv"},
         {"--format", "csv"});
    args("--set without a value", {"evaluate", "--set"}, {"set"});
    args("--set without =", {"evaluate", "--set", "novalue"}, {"--set", "novalue"});
    args("--set without a key", {"evaluate", "--set", "=5"}, {"--set"});
    args("-o without a file", {"evaluate", "-o"}, {"o"});
    args("two files", {"evaluate", "one.json", "two.json"}, {"two.json"});
    args("report with a file", {"report", "scenario.json"}, {"scenario.json"});
    args("unknown quality", {"report", "--quality", "awful"}, {"--quality", "awful"});
    args("target without --flop", {"target"}, {"--flop"});
    args("--flop abc", {"target", "--flop", "abc"}, {"--flop", "abc"});
    args("--flop 0", {"target", "--flop", "0"}, {"--flop"});
    args("--flop negative", {"target", "--flop", "-1e24"}, {"--flop"});
    args("--flop beyond 1e40", {"target", "--flop", "1e41"}, {"--flop"});
    args("--flop with a unit", {"target", "--flop", "1e24FLOP"}, {"--flop"});
    args("sweep without --vary", {"sweep"}, {"--vary"});
    args("--vary without =", {"sweep", "--vary", "nodes"}, {"--vary", "nodes"});
    args("--vary without TO", {"sweep", "--vary", "nodes=1"}, {"--vary", "nodes=1"});
    args("--vary with five parts", {"sweep", "--vary", "nodes=1:2:3:log:x"}, {"--vary"});
    args("--vary FROM not a number", {"sweep", "--vary", "nodes=a:10"}, {"--vary", "'a'"});
    args("--vary TO empty", {"sweep", "--vary", "nodes=1:"}, {"--vary"});
    args("--vary STEPS 0", {"sweep", "--vary", "nodes=1:10:0"}, {"--vary", "STEPS"});
    args("--vary STEPS fractional", {"sweep", "--vary", "nodes=1:10:2.5"}, {"--vary", "STEPS"});
    args("--vary STEPS negative", {"sweep", "--vary", "nodes=1:10:-5"}, {"--vary", "STEPS"});
    args("--vary STEPS above 1e6", {"sweep", "--vary", "nodes=1:10:2000000"}, {"--vary", "STEPS"});
    args("--vary lin instead of log", {"sweep", "--vary", "nodes=1:10:5:lin"}, {"--vary", "lin"});
    args("--vary on a text key", {"sweep", "--vary", "mode=1:2"}, {"--vary", "mode"});
    args("--vary on a bool key", {"sweep", "--vary", "assumptions.straggler=0:1"},
         {"--vary", "assumptions.straggler"});
    args("--vary on the preset", {"sweep", "--vary", "node.preset=1:2"}, {"--vary", "node.preset"});
    args("--vary on an unknown key", {"sweep", "--vary", "bogus=1:2"}, {"--vary", "bogus"});
    args("--vary log from 0", {"sweep", "--vary", "nodes=0:10:5:log"}, {"--vary", "log"});
    args("--vary log from negative", {"sweep", "--vary", "network.bandwidth_mbps=-1:10:5:log"},
         {"--vary", "log"});
    args("--vary log to 0", {"sweep", "--vary", "network.latency_ms=10:0:5:log"}, {"--vary", "log"});
    args("--vary the same key twice", {"sweep", "--vary", "nodes=1:2", "--vary", "nodes=3:4"},
         {"--vary", "nodes"});
    args("--vary three keys",
         {"sweep", "--vary", "nodes=1:2", "--vary", "training.mfu=0.1:0.2", "--vary", "training.years=1:2"},
         {"--vary"});
}

// A failed run with -o leaves the old file as it was (and no stray
// temporary file next to it).
// Values that are finite and positive but describe no real run: a time
// budget of a denormal fraction of a year, a node with a picobyte of
// memory (which split a model into 10^18 pipeline stages and printed
// "groups of -9223372036854775808 nodes"), a name as long as a book.
void TestBadInput::physicallyMeaningless_data()
{
    addColumns();
    args("years 5e-324", {"evaluate", "--set", "training.years=5e-324"}, {"training.years", "0.000114077"});
    args("years one minute", {"evaluate", "--set", "training.years=0.0000019"}, {"training.years"});
    args("years a century", {"evaluate", "--set", "training.years=100"}, {"training.years", "50"});
    args("vram a picobyte in pp_diloco",
         {"evaluate", "--set", "mode=pp_diloco", "--set", "node.preset=48x A100 80GB", "--set",
          "node.vram_gb=1e-12", "--set", "model.params_b=1e6", "--set", "nodes=1e9"},
         {"node.vram_gb", "1"});
    args("vram half a gigabyte", {"evaluate", "--set", "node.preset=16x GH200", "--set", "node.vram_gb=0.5"},
         {"node.vram_gb"});
    args("memory threshold half a gigabyte", {"evaluate", "--set", "treaty.memory_threshold_gb=0.5"},
         {"treaty.memory_threshold_gb"});
    args("planner vram a megabyte", {"plan", "--set", "cluster.node_vram_gb=0.001"}, {"cluster.node_vram_gb"});
    args("planner manual days a minute", {"plan", "--set", "run_length.manual_days=0.0007"},
         {"run_length.manual_days"});
    args("gpus a million and one", {"evaluate", "--set", "node.gpu=H100 SXM", "--set", "node.gpus=1000001"},
         {"node.gpus"});
    args("pp stage count in a message is a number",
         {"evaluate", "--set", "mode=pp_diloco", "--set", "node.preset=48x A100 80GB", "--set",
          "node.vram_gb=1", "--set", "model.params_b=1e6", "--set", "nodes=2"},
         {"nodes", "1.6e+07 nodes each"});
    file("name longer than 1,000 bytes", "{\"name\": \"" + QByteArray(1001, 'n') + "\"}", {"evaluate"},
         {"$FILE", "name", "1001 bytes"});
}

// A key given twice in one object, or an option that takes one value given
// twice: which was meant is unclear, so neither is taken.
void TestBadInput::duplicatesAndRepeats_data()
{
    addColumns();
    file("file: top-level key twice", R"({"nodes": 72, "nodes": 7200})", {"evaluate"},
         {"$FILE", "nodes", "twice"});
    file("file: nested key twice", R"({"network": {"bandwidth_mbps": 100, "latency_ms": 5, "bandwidth_mbps": 25}})",
         {"evaluate"}, {"$FILE", "network.bandwidth_mbps", "twice"});
    file("file: same key spelt with an escape", R"({"nodes": 72, "n\u006fdes": 9})", {"evaluate"},
         {"$FILE", "nodes", "twice"});
    file("file: section twice", R"({"training": {"mfu": 0.4}, "training": {"years": 2}})", {"evaluate"},
         {"$FILE", "training", "twice"});
    file("plan file: key twice", R"({"cluster": {"nodes": 10, "nodes": 20}})", {"plan"},
         {"$FILE", "cluster.nodes", "twice"});
    args("--format twice", {"evaluate", "--format", "json", "--format", "text"}, {"--format", "once"});
    args("-o twice", {"evaluate", "-o", "a.txt", "-o", "b.txt"}, {"--output", "once"});
    args("--output and -o", {"evaluate", "--output", "a.txt", "-o", "b.txt"}, {"--output", "once"});
    args("--flop twice", {"target", "--flop", "1e24", "--flop", "1e25"}, {"--flop", "once"});
    args("--quality twice", {"report", "--quality", "none", "--quality", "expected"}, {"--quality", "once"});
}

// CLI.md "Model revisions": under 2026-02 each new key must be absent or at
// its seed equivalent (upload = download, inner_steps null, error_feedback
// absent, straggler_mode synchronous); anything else names the key.
void TestBadInput::seedRevisionRefusesRevisedInputs_data()
{
    addColumns();
    args("upload alone (asymmetric)", {"evaluate", "--set", "network.upload_mbps=50"},
         {"network.upload_mbps", "2026-04"});
    args("download alone (asymmetric)", {"evaluate", "--set", "network.download_mbps=50"},
         {"network.download_mbps", "2026-04"});
    args("upload, 2026-02 named", {"evaluate", "--revision", "2026-02", "--set", "network.upload_mbps=50"},
         {"network.upload_mbps"});
    args("upload via --set revision", {"evaluate", "--set", "revision=2026-02", "--set", "network.upload_mbps=50"},
         {"network.upload_mbps"});
    args("error feedback true", {"evaluate", "--set", "training.error_feedback=true"},
         {"training.error_feedback", "2026-04"});
    // Present at all: 2026-02 has no such input, not even switched off.
    args("error feedback false", {"evaluate", "--set", "training.error_feedback=false"},
         {"training.error_feedback", "2026-04"});
    args("inner steps 10", {"evaluate", "--set", "training.inner_steps=10"}, {"training.inner_steps", "2026-04"});
    args("straggler mode relay", {"evaluate", "--set", "assumptions.straggler_mode=relay"},
         {"assumptions.straggler_mode", "synchronous"});
    // Threshold is spelt `straggler: false` under 2026-02.
    args("straggler mode threshold", {"evaluate", "--set", "assumptions.straggler_mode=threshold"},
         {"assumptions.straggler_mode", "assumptions.straggler"});
    file("file: asymmetric WAN", R"({"revision": "2026-02", "network": {"upload_mbps": 20, "download_mbps": 200}})",
         {"evaluate"}, {"$FILE", "network.upload_mbps"});
    file("file: error feedback false", R"({"training": {"error_feedback": false}})", {"evaluate"},
         {"$FILE", "training.error_feedback"});
    file("file: inner steps", R"({"revision": "2026-02", "training": {"inner_steps": 10}})", {"evaluate"},
         {"$FILE", "training.inner_steps"});
    file("file: straggler mode relay", R"({"assumptions": {"straggler_mode": "relay"}})", {"evaluate"},
         {"$FILE", "assumptions.straggler_mode"});
    // A 2026-04 file moved to 2026-02 on the command line keeps its keys.
    file("2026-04 file under --revision 2026-02", R"({"revision": "2026-04", "training": {"inner_steps": 10}})",
         {"evaluate", "--revision", "2026-02"}, {"$FILE", "training.inner_steps"});
    args("sweep over the upload", {"sweep", "--vary", "network.upload_mbps=10:100"},
         {"--vary", "network.upload_mbps"});
    args("sweep over the inner steps", {"sweep", "--vary", "training.inner_steps=1:10"},
         {"--vary", "training.inner_steps"});
    args("target with error feedback", {"target", "--flop", "1e24", "--set", "training.error_feedback=true"},
         {"training.error_feedback"});
    args("optimize with relay", {"optimize", "--set", "assumptions.straggler_mode=relay"},
         {"assumptions.straggler_mode"});
    args("report --straggler threshold", {"report", "--straggler", "threshold"}, {"--straggler", "2026-04"});
}

// The new keys under 2026-04: each out of range, of the wrong type or in a
// mode that does not read it names the key.
void TestBadInput::revisedInputsOutOfRange_data()
{
    addColumns();
    args("upload 0", {"evaluate", "--revision", "2026-04", "--set", "network.upload_mbps=0"}, {"network.upload_mbps"});
    args("upload negative", {"evaluate", "--revision", "2026-04", "--set", "network.upload_mbps=-5"},
         {"network.upload_mbps"});
    args("upload nan", {"evaluate", "--revision", "2026-04", "--set", "network.upload_mbps=nan"},
         {"network.upload_mbps"});
    args("upload inf", {"evaluate", "--revision", "2026-04", "--set", "network.upload_mbps=inf"},
         {"network.upload_mbps"});
    args("upload text", {"evaluate", "--revision", "2026-04", "--set", "network.upload_mbps=fast"},
         {"network.upload_mbps", "fast"});
    args("upload 1e-320", {"evaluate", "--revision", "2026-04", "--set", "network.upload_mbps=1e-320"},
         {"network.upload_mbps"});
    args("download 0", {"evaluate", "--revision", "2026-04", "--set", "network.download_mbps=0"},
         {"network.download_mbps"});
    args("download 1e308", {"evaluate", "--revision", "2026-04", "--set", "network.download_mbps=1e308"},
         {"network.download_mbps"});
    args("inner steps 0", {"evaluate", "--revision", "2026-04", "--set", "training.inner_steps=0"},
         {"training.inner_steps"});
    args("inner steps 2.5", {"evaluate", "--revision", "2026-04", "--set", "training.inner_steps=2.5"},
         {"training.inner_steps", "whole"});
    args("inner steps -1", {"evaluate", "--revision", "2026-04", "--set", "training.inner_steps=-1"},
         {"training.inner_steps"});
    args("inner steps text", {"evaluate", "--revision", "2026-04", "--set", "training.inner_steps=many"},
         {"training.inner_steps", "many"});
    args("inner steps 1e300", {"evaluate", "--revision", "2026-04", "--set", "training.inner_steps=1e300"},
         {"training.inner_steps"});
    // Flat mode only: the other modes choose H themselves (R2).
    args("inner steps, hierarchical",
         {"evaluate", "--revision", "2026-04", "--set", "mode=hierarchical", "--set", "training.inner_steps=10"},
         {"training.inner_steps", "flat"});
    args("inner steps, moe", {"evaluate", "--revision", "2026-04", "--set", "mode=moe", "--set", "training.inner_steps=10"},
         {"training.inner_steps", "flat"});
    args("inner steps, pp_diloco",
         {"evaluate", "--revision", "2026-04", "--set", "mode=pp_diloco", "--set", "training.inner_steps=10"},
         {"training.inner_steps", "flat"});
    file("file: inner steps in hierarchical mode",
         R"({"revision": "2026-04", "mode": "hierarchical", "training": {"inner_steps": 10}})", {"evaluate"},
         {"$FILE", "training.inner_steps"});
    file("file: inner steps 2.5", R"({"revision": "2026-04", "training": {"inner_steps": 2.5}})", {"evaluate"},
         {"$FILE", "training.inner_steps"});
    file("file: inner steps as text", R"({"revision": "2026-04", "training": {"inner_steps": "10"}})", {"evaluate"},
         {"$FILE", "training.inner_steps"});
    args("straggler mode fast", {"evaluate", "--revision", "2026-04", "--set", "assumptions.straggler_mode=fast"},
         {"assumptions.straggler_mode", "fast"});
    args("straggler mode in capitals", {"evaluate", "--revision", "2026-04", "--set", "assumptions.straggler_mode=Relay"},
         {"assumptions.straggler_mode", "Relay"});
    file("file: straggler mode as a number", R"({"revision": "2026-04", "assumptions": {"straggler_mode": 1}})",
         {"evaluate"}, {"$FILE", "assumptions.straggler_mode"});
    args("error feedback maybe", {"evaluate", "--revision", "2026-04", "--set", "training.error_feedback=maybe"},
         {"training.error_feedback", "maybe"});
    file("file: error feedback as text", R"({"revision": "2026-04", "training": {"error_feedback": "yes"}})",
         {"evaluate"}, {"$FILE", "training.error_feedback"});
    // One file gives one WAN: a symmetric bandwidth or two directions.
    file("file: bandwidth and upload", R"({"revision": "2026-04", "network": {"bandwidth_mbps": 100, "upload_mbps": 20}})",
         {"evaluate"}, {"$FILE", "network.bandwidth_mbps"});
    file("file: download and bandwidth",
         R"({"revision": "2026-04", "network": {"download_mbps": 20, "bandwidth_mbps": 100}})", {"evaluate"},
         {"$FILE", "network.bandwidth_mbps"});
    file("file: bandwidth and upload, equal", R"({"network": {"bandwidth_mbps": 100, "upload_mbps": 100}})",
         {"evaluate"}, {"$FILE", "network.bandwidth_mbps"});
    file("file: upload 0", R"({"revision": "2026-04", "network": {"upload_mbps": 0}})", {"evaluate"},
         {"$FILE", "network.upload_mbps"});
    args("sweep over the upload from 0", {"sweep", "--revision", "2026-04", "--vary", "network.upload_mbps=0:100"},
         {"--vary", "network.upload_mbps"});
    args("sweep over the inner steps from 0", {"sweep", "--revision", "2026-04", "--vary", "training.inner_steps=0:10"},
         {"--vary", "training.inner_steps"});
    args("sweep with a bad upload", {"sweep", "--revision", "2026-04", "--set", "network.upload_mbps=0", "--vary",
                                     "nodes=1:10"},
         {"network.upload_mbps"});
    args("target with inner steps in moe mode",
         {"target", "--flop", "1e24", "--revision", "2026-04", "--set", "mode=moe", "--set", "training.inner_steps=5"},
         {"training.inner_steps"});
}

// The revision itself: an unknown one, a wrong type, a preset of the other
// revision.
void TestBadInput::unknownRevision_data()
{
    addColumns();
    args("--revision 2026-05", {"evaluate", "--revision", "2026-05"}, {"--revision", "2026-05"});
    args("--revision empty", {"evaluate", "--revision", ""}, {"--revision"});
    args("--revision without a value", {"evaluate", "--revision"}, {"revision"});
    args("--revision twice", {"evaluate", "--revision", "2026-04", "--revision", "2026-02"}, {"--revision", "once"});
    args("--set revision=x", {"evaluate", "--set", "revision=x"}, {"revision", "'x'"});
    args("--set revision=2026-4", {"evaluate", "--set", "revision=2026-4"}, {"revision", "2026-4"});
    file("file: revision 2026-05", R"({"revision": "2026-05"})", {"evaluate"}, {"$FILE", "revision", "2026-05"});
    file("file: revision as a number", R"({"revision": 2026})", {"evaluate"}, {"$FILE", "revision"});
    file("file: revision null", R"({"revision": null})", {"evaluate"}, {"$FILE", "revision"});
    args("sweep --revision 2026-05", {"sweep", "--revision", "2026-05", "--vary", "nodes=1:5"}, {"--revision"});
    args("target --revision 2026-05", {"target", "--flop", "1e24", "--revision", "2026-05"}, {"--revision"});
    args("optimize --revision 2026-05", {"optimize", "--revision", "2026-05"}, {"--revision"});
    args("plan --revision 2026-05", {"plan", "--revision", "2026-05"}, {"--revision"});
    args("report --revision 2026-05", {"report", "--revision", "2026-05"}, {"--revision"});
    file("plan file: revision 2026-05", R"({"dtx_plan": 1, "revision": "2026-05"})", {"plan"}, {"$FILE", "revision"});
    // Presets belong to their revision (R1).
    args("48x A100 under 2026-04", {"evaluate", "--set", "node.preset=48x A100 80GB", "--revision", "2026-04"},
         {"node.preset", "48x A100 80GB", "'50x A100 80GB'"});
    args("50x A100 under 2026-02", {"evaluate", "--set", "node.preset=50x A100 80GB"},
         {"node.preset", "50x A100 80GB", "'48x A100 80GB'"});
    args("Ascend 910B under 2026-02", {"evaluate", "--set", "node.preset=49x Ascend 910B"},
         {"node.preset", "49x Ascend 910B"});
    file("file: 48x A100 under 2026-04", R"({"revision": "2026-04", "node": {"preset": "48x A100 80GB"}})",
         {"evaluate"}, {"$FILE", "node.preset"});
}

void TestBadInput::failedRunLeavesOutputUntouched_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("evaluate nodes=0") << strings({"evaluate", "--set", "nodes=0"});
    QTest::newRow("evaluate json nodes=0") << strings({"evaluate", "--format", "json", "--set", "nodes=0"});
    QTest::newRow("evaluate unknown key") << strings({"evaluate", "--set", "nodez=5"});
    QTest::newRow("evaluate missing file") << strings({"evaluate", "no-such-file.json"});
    QTest::newRow("sweep bad range") << strings({"sweep", "--vary", "nodes=0:10"});
    QTest::newRow("target --flop abc") << strings({"target", "--flop", "abc"});
    QTest::newRow("optimize mfu 2") << strings({"optimize", "--set", "training.mfu=2"});
    QTest::newRow("plan mfu 2") << strings({"plan", "--set", "cluster.mfu=2"});
    QTest::newRow("report bad quality") << strings({"report", "--quality", "awful"});
    QTest::newRow("unknown option") << strings({"evaluate", "--frob"});
}

void TestBadInput::failedRunLeavesOutputUntouched()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const QByteArray before("previous results, kept when a run fails\n");
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(before), before.size());
    }
    const CliRun run = runCli(arguments + QStringList{QStringLiteral("-o"), out});
    QCOMPARE(run.status, int(dtx::kExitBadInput));
    QVERIFY(run.out.empty());
    QCOMPARE(errorLines(run.err).size(), 1);
    QCOMPARE(readAll(out), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out.txt")});
}

// A successful run with -o replaces the old file completely with exactly
// what it would have printed.
void TestBadInput::successfulRunReplacesOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("evaluate json") << strings({"evaluate", "--format", "json"});
    QTest::newRow("evaluate text nodes=144") << strings({"evaluate", "--set", "nodes=144"});
    QTest::newRow("sweep csv") << strings({"sweep", "--vary", "nodes=1:100:10"});
    QTest::newRow("target json") << strings({"target", "--flop", "1e24", "--format", "json"});
    QTest::newRow("plan json") << strings({"plan", "--format", "json"});
    QTest::newRow("report") << strings({"report"});
}

void TestBadInput::successfulRunReplacesOutput()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    {
        // Longer than any of the outputs, so a write in place would leave a tail.
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray old(1 << 20, 'x');
        QCOMPARE(file.write(old), old.size());
    }
    const CliRun direct = runCli(arguments);
    QCOMPARE(direct.status, int(dtx::kExitSuccess));
    QVERIFY(!direct.out.empty());

    const CliRun run = runCli(arguments + QStringList{QStringLiteral("-o"), out});
    QCOMPARE(run.status, int(dtx::kExitSuccess));
    QVERIFY(run.out.empty());
    QVERIFY2(run.err.empty(), run.err.c_str());
    QCOMPARE(readAll(out), QByteArray::fromStdString(direct.out));
    if (arguments.contains(QStringLiteral("json"))) {
        QJsonParseError error;
        QJsonDocument::fromJson(readAll(out), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out.txt")});
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"
