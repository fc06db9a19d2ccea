#pragma once

#include <QByteArray>
#include <QList>

#include <random>
#include <string>

namespace dtx::fuzz {

// A small, seeded stand-in for libFuzzer's mutations, so that every test run
// feeds the same mutated inputs: bit flips, awkward bytes, scenario keys and
// extreme numbers spliced in, pieces cut, doubled or swapped with another
// seed, and `--set` lines appended after the NUL separator (their values
// mostly of the key's own kind: revisions, straggler modes, booleans,
// null or whole inner-step counts).
class InputMutator {
public:
    InputMutator(QList<QByteArray> seeds, std::uint64_t randomSeed);

    QByteArray mutate(const QByteArray& input);

private:
    qsizetype position(const QByteArray& input, bool end);
    const QByteArray& pick(const QList<QByteArray>& from);
    // A value for a `--set` line of `key`, chosen by its type and name.
    QByteArray valueFor(const std::string& key);

    QList<QByteArray> seeds_;
    QList<QByteArray> tokens_;
    std::mt19937_64 random_;
};

} // namespace dtx::fuzz
