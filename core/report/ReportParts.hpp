#pragma once

#include "DilocoModes.hpp"
#include "Report.hpp"
#include "ReportLayout.hpp"

#include <cstdint>
#include <string>
#include <vector>

// Internal to core/report: what every part of the reference report shares
// (the reference nodes, the option-aware scenario builders) and one function
// per part. Each part appends its lines, ending with a blank line, as the
// reference calculator printed them.
namespace dtx::report {

// The 100x setting of the 10^27 comparison: FP4 pseudo-gradients plus
// aggressive sparsification (Streaming DiLoCo; SparseLoCo).
inline constexpr double kAggressiveCompression = 100;

// Node counts of the report's sweeps (MODEL.md §11).
inline constexpr std::int64_t kNodeCountSweep[] = {1, 2, 4, 8, 16, 32, 72, 144, 500, 1000};
inline constexpr std::int64_t kLargeNodeCountSweep[] = {500, 1000, 2000, 3000, 4000, 5000};
inline constexpr double kBandwidthSweepMbps[] = {10, 25, 50, 100, 250, 500, 1000};

// The report's two fleet sizes for 10^27 FLOP: A100 nodes deliver half the
// FP8 H100 node's throughput, so twice as many of them.
inline constexpr std::int64_t kA100FleetFor1e27 = 4000;
inline constexpr std::int64_t kH100Fp8FleetFor1e27 = 2000;

// Everything a part needs; built once per report.
class ReportContext {
public:
    ReportContext(const HardwareCatalog& catalog, const ReportOptions& options,
                  const NodeConfig& a100, const NodeConfig& gh200, const NodeConfig& h100,
                  const NodeConfig& h100Fp8);

    const HardwareCatalog& catalog() const { return catalog_; }
    const ReportOptions& options() const { return options_; }
    Revision revision() const { return options_.revision; }
    const ReportLayout& layout() const { return reportLayout(options_.revision); }

    // The four reference presets of MODEL.md §1 (R1's under 2026-04: the
    // A100 node is 50x).
    const NodeConfig& a100() const { return a100_; }
    const NodeConfig& gh200() const { return gh200_; }
    const NodeConfig& h100() const { return h100_; }
    const NodeConfig& h100Fp8() const { return h100Fp8_; }

    // The reference scenario of MODEL.md §2 or R2 (72 flat nodes of the
    // A100 node) under the report's options; its inputs are the report's
    // defaults.
    const Scenario& reference() const { return reference_; }
    const RevisionRules& rules() const { return reference_.rules(); }

    // The reference scenario on `node`, with the report's default quality
    // scenario, replica-penalty switch, error feedback and straggler mode.
    Scenario scenario(const NodeConfig& node, std::int64_t nodes) const;
    Scenario flat(const NodeConfig& node, std::int64_t nodes, double compression) const;
    Scenario hierarchical(const NodeConfig& node, std::int64_t nodes, double compression) const;
    Scenario moe(const NodeConfig& node, std::int64_t nodes) const;
    Scenario pipeline(const NodeConfig& node, std::int64_t nodes, double paramsB) const;

private:
    const HardwareCatalog& catalog_;
    ReportOptions options_;
    NodeConfig a100_;
    NodeConfig gh200_;
    NodeConfig h100_;
    NodeConfig h100Fp8_;
    Scenario reference_;
};

// The report's flat, hierarchical and MoE scenarios are valid by
// construction once the catalog has passed reportCatalogProblem(), so they
// are evaluated without the input check. Pipeline runs can be inapplicable
// and go through evaluatePipelineDiloco() instead; here they would yield an
// empty evaluation.
Evaluation evaluateValid(const Scenario& scenario);

// C_local in units of 10^24 FLOP, the report's "x10^24" column.
double inUnitsOf1e24(double flop);

void appendHeader(std::string& out, const ReportContext& context);
void appendNodeTables(std::string& out, const ReportContext& context);          // part 1
void appendScaling(std::string& out, const ReportContext& context);             // part 2
void appendConfigurationComparison(std::string& out, const ReportContext& context);
void appendTimeSensitivity(std::string& out, const ReportContext& context);     // part 3
void appendNetworkSensitivity(std::string& out, const ReportContext& context);  // part 4
void appendCrossValidation(std::string& out, const ReportContext& context);     // part 5
void appendCountermeasures(std::string& out, const ReportContext& context);     // part 6
void appendQualitySensitivity(std::string& out, const ReportContext& context);  // part 7
void appendModelSizeOptimization(std::string& out, const ReportContext& context); // part 8

// Part 6 under 2026-04: R11's cheapest run per target for each node, one
// row label per node, the first header cell and the labels right-aligned
// in `labelWidth`.
struct QualityTargetNode {
    std::string label;
    NodeConfig node;
};
void appendQualityTargetTable(std::string& out, const ReportContext& context,
                              const char* labelHeader, int labelWidth,
                              const std::vector<QualityTargetNode>& nodes);

} // namespace dtx::report
