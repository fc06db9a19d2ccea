#pragma once

#include "Efficiency.hpp"
#include "Hardware.hpp"

#include <optional>
#include <string>

// The reference calculator's full text report (`dtx report`), parts 1–8.
// With default options it reproduces shared/golden/report.txt byte for byte.
namespace dtx {

struct ReportOptions {
    // The default quality scenario of every computation (MODEL.md §12a);
    // part 7's three-column table always shows all three named scenarios.
    QualityScenario quality = QualityScenario::Expected;
    bool replicaPenalty = true;
};

// Why the catalog cannot carry the report (a reference GPU missing, or one
// whose figures the model cannot evaluate), or nothing when it can.
std::optional<std::string> reportCatalogProblem(const HardwareCatalog& catalog);

// The whole report. Returns an empty string when reportCatalogProblem()
// names a problem; callers that want the reason ask that function first.
std::string referenceReport(const HardwareCatalog& catalog, const ReportOptions& options);

} // namespace dtx
