// The scenario parser and --set under mutated input, deterministically, in
// every CI run (issue 5): at least 10,000 inputs from the seeds in
// tests/fuzz/corpus. A crash, a sanitizer report (asan preset) or a broken
// rule of ScenarioFuzzTarget.hpp fails the run; CTest's timeout catches a
// hang. libFuzzer runs the same target open-endedly (scripts/fuzz.sh).
#include "fuzz/InputMutator.hpp"
#include "fuzz/ScenarioFuzzTarget.hpp"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dtx::fuzz;

namespace {

constexpr int kInputsPerSeed = 5000;
constexpr int kLeastInputs = 10000;

QList<QByteArray> readSeeds()
{
    QList<QByteArray> seeds;
    const QDir corpus(QStringLiteral(DTX_SOURCE_DIR "/tests/fuzz/corpus"));
    for (const QString& name : corpus.entryList(QDir::Files, QDir::Name)) {
        QFile file(corpus.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            seeds << file.readAll();
    }
    return seeds;
}

} // namespace

class TestFuzzInputs : public QObject {
    Q_OBJECT

    QList<QByteArray> seeds_ = readSeeds();
    int inputs_ = 0;
    int outcomes_[3] = {};

private slots:
    void seedsAreValidScenarios_data()
    {
        QTest::addColumn<QByteArray>("seed");
        for (const QByteArray& seed : std::as_const(seeds_))
            QTest::newRow(seed.left(40).constData()) << seed;
    }
    void seedsAreValidScenarios()
    {
        QFETCH(QByteArray, seed);
        // A seed that is rejected outright would only fuzz the first check.
        QCOMPARE(int(fuzzScenarioInput(reinterpret_cast<const std::uint8_t*>(seed.constData()),
                                       std::size_t(seed.size()))),
                 int(FuzzOutcome::Evaluated));
    }

    void mutatedInputs_data()
    {
        QTest::addColumn<int>("seedIndex");
        QVERIFY(seeds_.size() * kInputsPerSeed >= kLeastInputs);
        for (int i = 0; i < seeds_.size(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(i))) << i;
    }
    void mutatedInputs()
    {
        QFETCH(int, seedIndex);
        InputMutator mutator(seeds_, 20261121 + std::uint64_t(seedIndex));
        QByteArray input = seeds_[seedIndex];
        for (int i = 0; i < kInputsPerSeed; ++i) {
            // Mostly one seed's neighbourhood, sometimes a walk away from it.
            input = mutator.mutate(i % 4 == 0 ? input : seeds_[seedIndex]);
            const FuzzOutcome outcome = fuzzScenarioInput(
                reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
            ++outcomes_[int(outcome)];
            ++inputs_;
        }
    }

    void everyKindOfOutcomeWasReached()
    {
        qInfo("%d mutated inputs: %d rejected, %d evaluated, %d without a result", inputs_,
              outcomes_[int(FuzzOutcome::Rejected)], outcomes_[int(FuzzOutcome::Evaluated)],
              outcomes_[int(FuzzOutcome::NoResult)]);
        QVERIFY(inputs_ >= kLeastInputs);
        // Both sides of the parser are exercised: a mutator that only ever
        // breaks the JSON (or never does) would not be fuzzing much.
        QVERIFY(outcomes_[int(FuzzOutcome::Rejected)] > inputs_ / 20);
        QVERIFY(outcomes_[int(FuzzOutcome::Evaluated)] > inputs_ / 20);
    }
};

QTEST_GUILESS_MAIN(TestFuzzInputs)
#include "test_fuzz_inputs.moc"
