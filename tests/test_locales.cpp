// The command line's text is a scripting interface (CLI.md): every
// command's output and every message must be the same bytes whatever
// LANG and LC_* say. Each row runs the dtx program under the C locale and
// under German, French and Turkish (decimal commas, other quotes, a dotless
// i) and compares status, standard output and standard error byte for
// byte. scripts/install-dependencies.sh generates the locales; where one is
// missing its rows are skipped and say so.

#include "TestSupport.hpp"

#include <QFile>
#include <QProcess>

#include <clocale>
#include <locale.h>

namespace {

struct Output {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Output runDtxUnder(const QString& locale, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LC_ALL", "LC_NUMERIC", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DTX_PATH), arguments);
    Output output;
    if (!process.waitForFinished(120000))
        return output;
    output.status = process.exitCode();
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

bool localeInstalled(const QString& name)
{
    const locale_t handle = ::newlocale(LC_ALL_MASK, name.toLatin1().constData(), locale_t(0));
    if (!handle)
        return false;
    ::freelocale(handle);
    return true;
}

using dtx::test::strings;

} // namespace

class TestLocales : public QObject {
    Q_OBJECT

private slots:
    void textIsTheSameUnderEveryLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("arguments");
        const std::pair<const char*, QStringList> commands[] = {
            {"report", strings({"report"})},
            {"report conservative", strings({"report", "--quality", "conservative", "--no-replica-penalty"})},
            {"evaluate text", strings({"evaluate"})},
            {"evaluate text pp", strings({"evaluate", "--set", "mode=pp_diloco", "--set", "nodes=500"})},
            {"evaluate hierarchical", strings({"evaluate", "--set", "mode=hierarchical"})},
            {"evaluate moe", strings({"evaluate", "--set", "mode=moe"})},
            {"evaluate json", strings({"evaluate", "--format", "json", "--set", "training.mfu=0.35"})},
            {"evaluate csv", strings({"evaluate", "--format", "csv", "--set", "network.latency_ms=12.5"})},
            {"sweep csv", strings({"sweep", "--vary", "training.years=0.5:2.5:5"})},
            {"sweep json", strings({"sweep", "--format", "json", "--vary", "network.bandwidth_mbps=1.5:9.5:3"})},
            {"target text", strings({"target", "--flop", "1e25", "--set", "network.bandwidth_mbps=25"})},
            {"target unreachable", strings({"target", "--flop", "1e30"})},
            {"target json", strings({"target", "--flop", "2.5e24", "--format", "json"})},
            {"optimize text", strings({"optimize", "--set", "nodes=500"})},
            {"optimize json", strings({"optimize", "--format", "json"})},
            {"plan text", strings({"plan", "--set", "cluster.nodes=144"})},
            {"plan csv", strings({"plan", "--format", "csv"})},
            {"help", strings({"--help"})},
            // Messages carry numbers and names too.
            {"error: out of range", strings({"evaluate", "--set", "training.mfu=1.5"})},
            {"error: years", strings({"evaluate", "--set", "training.years=0.00001"})},
            {"error: not a number", strings({"target", "--flop", "1,5e25"})},
            {"error: misspelt key", strings({"evaluate", "--set", "TRAINING.MFI=0.5"})},
            {"error: upper-case I", strings({"evaluate", "--set", "mode=FLAT"})},
            {"error: pp groups", strings({"evaluate", "--set", "mode=pp_diloco", "--set", "nodes=3"})},
            {"error: plan", strings({"plan", "--set", "cluster.mfu=1.25"})},
        };
        for (const char* locale : {"de_DE.UTF-8", "fr_FR.UTF-8", "tr_TR.UTF-8"})
            for (const auto& [name, arguments] : commands)
                QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(locale), QLatin1String(name))))
                    << QString::fromLatin1(locale) << arguments;
    }

    void textIsTheSameUnderEveryLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, arguments);
        if (!localeInstalled(locale))
            QSKIP(qPrintable(QStringLiteral("the locale %1 is not installed here "
                                            "(scripts/install-dependencies.sh generates it)")
                                 .arg(locale)));
        const Output reference = runDtxUnder(QStringLiteral("C"), arguments);
        QVERIFY(reference.status >= 0);
        QVERIFY(!reference.out.isEmpty() || !reference.err.isEmpty());
        const Output local = runDtxUnder(locale, arguments);
        QCOMPARE(local.status, reference.status);
        QCOMPARE(local.out, reference.out);
        QCOMPARE(local.err, reference.err);
    }

    // The golden report itself, under a decimal-comma locale.
    void goldenReportUnderGerman()
    {
        if (!localeInstalled(QStringLiteral("de_DE.UTF-8")))
            QSKIP("the locale de_DE.UTF-8 is not installed here");
        QFile golden(dtx::test::sharedPath(QStringLiteral("golden/report.txt")));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const Output run = runDtxUnder(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("report")});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, golden.readAll());
    }
};

QTEST_GUILESS_MAIN(TestLocales)
#include "test_locales.moc"
