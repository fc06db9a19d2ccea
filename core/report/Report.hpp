#pragma once

#include "Efficiency.hpp"
#include "Hardware.hpp"

#include <optional>
#include <string>

// The reference calculator's full text report (`dtx report`), parts 1–8,
// under either model revision. With default options it reproduces
// shared/golden/report.txt (2026-02) or golden/report-2026-04.txt byte for
// byte.
namespace dtx {

struct ReportOptions {
    Revision revision = kDefaultRevision;
    // The default quality scenario of every computation (MODEL.md §12a);
    // part 7's three-column table always shows all three named scenarios.
    QualityScenario quality = QualityScenario::Expected;
    bool replicaPenalty = true;
    // Inputs only 2026-04 has (R14 "Report options"); empty = the
    // revision's default (error feedback on, relay).
    std::optional<bool> errorFeedback;
    std::optional<StragglerMode> stragglerMode;
};

// Why the catalog cannot carry the report under `revision` (a reference GPU
// missing, or one whose figures the model cannot evaluate), or nothing when
// it can.
std::optional<std::string> reportCatalogProblem(const HardwareCatalog& catalog,
                                                Revision revision = kDefaultRevision);

// Why the options do not fit their revision (an input the revision does not
// have), or nothing when they do.
std::optional<std::string> reportOptionsProblem(const ReportOptions& options);

// The whole report. Returns an empty string when reportCatalogProblem() or
// reportOptionsProblem() names a problem; callers that want the reason ask
// those functions first.
std::string referenceReport(const HardwareCatalog& catalog, const ReportOptions& options);

} // namespace dtx
