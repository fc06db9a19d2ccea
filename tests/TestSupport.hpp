#pragma once

#include "Cli.hpp"
#include "HardwareCatalogFile.hpp"
#include "ResultFields.hpp"
#include "Scenario.hpp"

#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <string>

// Shared by the test executables: one relative-tolerance comparison and an
// in-process `dtx` runner.
namespace dtx::test {

// True when actual is within `relative` of expected (or both are zero).
inline bool closeTo(double actual, double expected, double relative)
{
    if (expected == 0)
        return std::abs(actual) <= relative;
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

#define DTX_COMPARE_REL(actual, expected, relative)                                                \
    do {                                                                                           \
        const double dtxActual = (actual);                                                         \
        const double dtxExpected = (expected);                                                     \
        if (!dtx::test::closeTo(dtxActual, dtxExpected, (relative)))                               \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (relative tolerance %4)")        \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(dtxActual, 0, 'g', 17)                                       \
                                 .arg(dtxExpected, 0, 'g', 17)                                     \
                                 .arg(relative)));                                                 \
    } while (false)

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    const CliStreams streams{[&run](std::string_view text) {
                                 run.out.append(text);
                                 return true;
                             },
                             &run.err};
    run.status = runDtx(arguments, streams);
    return run;
}

using Words = std::initializer_list<const char*>;

// A QStringList from string literals (QT_NO_CAST_FROM_ASCII is on).
inline QStringList strings(Words words)
{
    QStringList list;
    for (const char* word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

// The reference scenario (MODEL.md §2) on one of the §1 presets.
inline Scenario presetScenario(const std::string& preset)
{
    return referenceScenario(*presetNode(builtInHardwareCatalog(), preset, Revision::Feb2026));
}

// Keys `evaluate` writes but a sweep does not (ANALYSES.md G2's losses).
inline bool isEvaluateOnlyKey(const QString& key)
{
    for (const ResultField& field : resultFields())
        if (field.evaluateOnly && key == QLatin1String(field.key))
            return true;
    return false;
}

inline QString sharedPath(const QString& relative)
{
    return QStringLiteral(DTX_SHARED_DIR "/") + relative;
}

} // namespace dtx::test
