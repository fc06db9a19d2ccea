#pragma once

#include "ExitCodes.hpp"

#include <QStringList>

#include <functional>
#include <string>
#include <string_view>

// The `dtx` command line (CLI.md), runnable in-process so tests can drive
// it: output goes to a swappable sink, messages to a string.
namespace dtx {

struct CliStreams {
    // Receives the command's output in pieces; false means the write failed.
    std::function<bool(std::string_view)> out;
    std::string* err = nullptr;
    // After `out` failed: which output and why ("out.csv: cannot write: No
    // space left on device"); unset says "cannot write the output".
    std::function<std::string()> whyOutFailed = {};
};

// `arguments` excludes the program name.
int runDtx(const QStringList& arguments, const CliStreams& streams);

} // namespace dtx
