// Part 6 under 2026-04 (REVISION-2026-04.md R11, R14): for each
// countermeasure node, the cheapest run of any DiLoCo family whose
// quality-adjusted compute reaches 10^24, 10^25 and 10^26 FLOP.
#include "Countermeasures.hpp"
#include "QualityTargetOptimizer.hpp"
#include "ReportFormat.hpp"
#include "ReportParts.hpp"

#include <cmath>

namespace dtx::report {
namespace {

// R14: the table is 115 characters wide after its two-space indent.
constexpr int kTableRuleWidth = 115;
// R14: overtraining has one decimal below 100x.
constexpr double kWholeOvertrainingFrom = 100;

// "10^24": the targets are whole powers of ten.
std::string targetLabel(double targetFlop)
{
    std::string label;
    appendf(label, "10^%.0f", std::log10(targetFlop));
    return label;
}

std::string overtrainingCell(double ratio)
{
    std::string cell;
    appendf(cell, ratio < kWholeOvertrainingFrom ? "%.1fx" : "%.0fx", ratio);
    return cell;
}

void appendRow(std::string& out, const std::string& label, int labelWidth, double targetFlop,
               const std::optional<QualityTargetRun>& run)
{
    out += "  ";
    appendRightAligned(out, label, labelWidth);
    appendf(out, " | %7s |", targetLabel(targetFlop).c_str());
    if (!run) {
        appendf(out, " %7s | %8s | %22s | %7s | %5s | %5s | %10s\n", "N/A", "N/A", "N/A", "N/A",
                "N/A", "N/A", "N/A");
        return;
    }
    const Evaluation& e = run->evaluation;
    // The model cell is one character narrower than its header (R14).
    appendf(out, " %7s | %8s | %22s | %5.0fB | %5s | %5.3f | %10.2e\n",
            groupedInteger(static_cast<double>(run->nodes)).c_str(),
            compactCost(e.costUsd).c_str(), qualityTargetModeLabel(*run).c_str(), e.paramsB,
            overtrainingCell(e.overtrainingRatio).c_str(), e.eta, e.computeQuality);
}

} // namespace

void appendQualityTargetTable(std::string& out, const ReportContext& context,
                              const char* labelHeader, int labelWidth,
                              const std::vector<QualityTargetNode>& nodes)
{
    out += "  ";
    appendRightAligned(out, labelHeader, labelWidth);
    out += " |  Target |   Nodes |     Cost |                   Mode |   Model |    OT |   eta "
           "|  C_quality\n";
    appendRule(out, '-', kTableRuleWidth, "  ");
    for (const QualityTargetNode& entry : nodes) {
        // Every other input at the report's defaults (R11).
        const Scenario scenario = context.scenario(entry.node, 1);
        for (const double target : kReferenceTargetsFlop)
            appendRow(out, entry.label, labelWidth, target,
                      cheapestRunForQualityTarget(scenario, target));
        appendRule(out, '-', kTableRuleWidth, "  ");
    }
    out += '\n';
}

} // namespace dtx::report
