// Part 7: how much the lossy pseudo-gradient compression assumption moves
// the results (MODEL.md §3, §12a).
#include "ReportFormat.hpp"
#include "QualityTables.hpp"
#include "ReportParts.hpp"

#include <algorithm>
#include <vector>

namespace dtx::report {
namespace {

constexpr QualityScenario kNamedScenarios[] = {
    QualityScenario::Optimistic, QualityScenario::Expected, QualityScenario::Conservative};

// The closing bandwidth tables show the expected case whatever the report's
// default, as their heading says (MODEL.md §12a).
constexpr QualityScenario kBandwidthTableScenario = QualityScenario::Expected;

// The scenario table's and closing tables' labels name 16x and 100x; under
// 2026-04 they keep that compression rather than the default 150x (R14
// "Part 7"). 16x is MODEL.md §2's default.
constexpr double kLabelledCompression = 16;

struct QualityRow {
    const char* label;
    Scenario scenario;
};

void appendQualityFactors(std::string& out, const QualityTable& table)
{
    for (const double ratio : table.keys) {
        appendf(out, "%6.0fx:", ratio);
        const char* separator = " ";
        for (const QualityScenario scenario : kNamedScenarios) {
            appendf(out, "%s%s=%.2f", separator,
                    std::string(qualityScenarioName(scenario)).c_str(),
                    lookUpQuality(table, ratio, scenario));
            separator = ", ";
        }
        out += '\n';
    }
    out += '\n';
}

// The q_c tables of the revision: the seed's one, or R4's with and without
// error feedback (both always listed, whatever the report's setting).
void appendCompressionQualityTables(std::string& out, const ReportContext& context)
{
    const RevisionRules& rules = context.rules();
    if (!context.layout().namesRevisedInputs) {
        out += "Compression quality factors (multiplicative on eta):\n";
        appendQualityFactors(out, rules.compressionQuality(false));
        return;
    }
    appendf(out, "Error feedback: %s\n\n",
            context.reference().training.errorFeedback ? "Yes" : "No");
    out += "Compression quality (with error feedback):\n";
    appendQualityFactors(out, rules.compressionQuality(true));
    out += "Compression quality (without error feedback):\n";
    appendQualityFactors(out, rules.compressionQuality(false));
}

void appendScenarioTable(std::string& out, const std::vector<QualityRow>& rows)
{
    out += "                                  Scenario | Opt eta | Opt C_local | Exp eta | Exp "
           "C_local | Con eta | Con C_local\n";
    appendRule(out, '-', 115, "  ");
    for (const QualityRow& row : rows) {
        appendf(out, "%42s", row.label);
        for (const QualityScenario quality : kNamedScenarios) {
            Scenario scenario = row.scenario;
            scenario.assumptions.quality = quality;
            const Evaluation e = evaluateValid(scenario);
            appendf(out, " | %7.3f | %11.2e", e.eta, e.computeLocal);
        }
        out += '\n';
    }
    out += "\n\n";
}

void appendBandwidthTable(std::string& out, const char* label, Scenario scenario)
{
    scenario.assumptions.quality = kBandwidthTableScenario;
    std::vector<Evaluation> evaluations;
    for (const double bandwidth : kBandwidthSweepMbps) {
        scenario.wan.setBandwidth(bandwidth);
        evaluations.push_back(evaluateValid(scenario));
    }
    // The last column's reference is the sweep's largest C_local (R13): the
    // fastest link's, unless a faster link no longer helps.
    double fastest = 0;
    for (const Evaluation& e : evaluations)
        fastest = std::max(fastest, e.computeLocal);

    appendf(out, "  %s:\n", label);
    out += "   BW (Mbps) |     H |     eta |     C_local |  x10^24 | % of 1Gbps\n";
    for (std::size_t i = 0; i < evaluations.size(); ++i) {
        const Evaluation& e = evaluations[i];
        appendf(out, "%12.0f | %5.0f | %7.3f | %11.2e | %7.1f | %9.0f%%\n",
                kBandwidthSweepMbps[i], e.innerSteps, e.eta, e.computeLocal,
                inUnitsOf1e24(e.computeLocal), e.computeLocal / fastest * 100);
    }
    out += '\n';
}

} // namespace

void appendQualitySensitivity(std::string& out, const ReportContext& context)
{
    const NodeConfig& a100 = context.a100();
    const NodeConfig& h100Fp8 = context.h100Fp8();
    const double compression = kLabelledCompression;

    appendBanner(out, "PART 7: COMPRESSION QUALITY SENSITIVITY", kPartRuleWidth);
    out += '\n';
    appendf(out, "Default scenario: %s\n",
            std::string(qualityScenarioName(context.options().quality)).c_str());
    appendCompressionQualityTables(out, context);

    appendScenarioTable(
        out,
        {
            {"72 nodes, 48xA100, 16x comp", context.flat(a100, kReferenceNodeCount, compression)},
            {"500 nodes, 48xA100, 16x comp", context.flat(a100, 500, compression)},
            {"4000 nodes, 48xA100, 16x comp", context.flat(a100, kA100FleetFor1e27, compression)},
            {"2000 nodes, H100 FP8, 16x comp",
             context.flat(h100Fp8, kH100Fp8FleetFor1e27, compression)},
            {"2000 nodes, H100 FP8, 100x hier",
             context.hierarchical(h100Fp8, kH100Fp8FleetFor1e27, kAggressiveCompression)},
            {"4000 nodes, 48xA100, 100x comp",
             context.flat(a100, kA100FleetFor1e27, kAggressiveCompression)},
        });

    appendf(out, "--- Bandwidth sensitivity WITH compression quality (%s scenario) ---\n",
            std::string(qualityScenarioName(kBandwidthTableScenario)).c_str());
    // The reference's remark about part 4 is stale (part 4 uses the default
    // scenario) but is reproduced as text (MODEL.md §12a).
    out += "  Compare to PART 4 results (which used optimistic/no compression quality)\n\n";
    appendBandwidthTable(out, "72 nodes, 48xA100, 16x",
                         context.flat(a100, kReferenceNodeCount, compression));
    appendBandwidthTable(
        out, "2000 nodes, H100 FP8, hier+100x",
        context.hierarchical(h100Fp8, kH100Fp8FleetFor1e27, kAggressiveCompression));
}

} // namespace dtx::report
