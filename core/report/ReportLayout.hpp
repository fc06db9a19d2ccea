#pragma once

#include "Revision.hpp"

// How the report's text differs between model revisions (MODEL.md §12,
// REVISION-2026-04.md R14), in one record per revision. The numbers differ
// through the revision's rules; this holds only wording and layout, so no
// part has to ask which revision it prints.
namespace dtx::report {

struct ReportLayout {
    // The Chinchilla-efficiency column (width 8), and its name in check 10:
    // the seed's eta_chin, R5's chi.
    const char* chinchillaColumn;
    const char* chinchillaCheckName;
    // Part 1's detail line and check 2 for the compute before eta: the
    // seed's C_actual, R6's C_throughput.
    const char* computeLabel;
    // Header lines 4–5 name each WAN direction, error feedback and the
    // straggler mode (R14 "Header"); part 7 lists q_c with and without
    // error feedback (R14 "Part 7").
    bool namesRevisedInputs;
    // The memory-threshold tables' first cell, right-aligned after two
    // spaces (R14 "Part 6, memory threshold": 12, the seed 11).
    int memoryLimitWidth;
};

const ReportLayout& reportLayout(Revision revision);

} // namespace dtx::report
