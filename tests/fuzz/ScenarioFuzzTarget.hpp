#pragma once

#include <cstddef>
#include <cstdint>

namespace dtx::fuzz {

// How one input fared, for the deterministic run's tally.
enum class FuzzOutcome { Rejected, Evaluated, NoResult };

// One fuzz input: a scenario document, then optionally a NUL byte and
// `--set KEY=VALUE` texts, one per line. Loads it as `dtx evaluate FILE
// --set ...` would and checks what must hold whatever the input:
//  - a rejected input has a message;
//  - an accepted scenario evaluates to finite figures or to an error naming
//    a key, with 0 < eta <= 1 and C_quality <= C_local <= C_actual, and
//    (R5) m >= 1, chi_full <= chi and eta = eta_pre × eta_rep;
//  - the accepted scenario written back as JSON loads again to the same JSON,
//    and its "Copy as command line" text loads to the same scenario.
// A broken rule aborts, which libFuzzer and the test both report.
FuzzOutcome fuzzScenarioInput(const std::uint8_t* data, std::size_t size);

} // namespace dtx::fuzz
