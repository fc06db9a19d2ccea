#pragma once

// The exit status of both programs (CLI.md): 0 success; 2 bad usage or bad
// input; 1 anything else that failed, such as a file that cannot be
// written. Defined once for `dtx` and `dtx-explorer`.
namespace dtx {

enum ExitCode { kExitSuccess = 0, kExitFailure = 1, kExitBadInput = 2 };

} // namespace dtx
