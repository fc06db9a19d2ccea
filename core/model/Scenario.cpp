#include "Scenario.hpp"

#include <array>
#include <cstddef>

namespace dtx {
namespace {
constexpr std::array<std::string_view, 4> kModeNames = {"flat", "hierarchical", "moe",
                                                        "pp_diloco"};
// pp_diloco exists for models larger than one node; with no size given it
// trains twice the largest single-node model (CLI.md).
constexpr double kDefaultPipelineModelMultiple = 2.0;
} // namespace

std::string_view modeName(Mode mode)
{
    return kModeNames[static_cast<std::size_t>(mode)];
}

bool parseMode(std::string_view text, Mode* mode)
{
    for (std::size_t i = 0; i < kModeNames.size(); ++i) {
        if (text == kModeNames[i]) {
            *mode = static_cast<Mode>(i);
            return true;
        }
    }
    return false;
}

double Scenario::defaultParamsB() const
{
    if (mode == Mode::PipelineDiloco)
        return kDefaultPipelineModelMultiple * node.maxParamsB();
    return node.maxParamsB();
}

Scenario referenceScenario(const NodeConfig& node, Revision revision)
{
    Scenario scenario;
    scenario.node = node;
    scenario.nodeOrigin.preset = node.name;
    applyRevisionDefaults(revision, &scenario);
    return scenario;
}

void applyRevisionDefaults(Revision revision, Scenario* scenario)
{
    const RevisionRules& rules = revisionRules(revision);
    scenario->revision = revision;
    scenario->training.compression = rules.defaultCompression;
    scenario->training.errorFeedback = rules.defaultErrorFeedback;
    scenario->assumptions.stragglerMode = rules.defaultStragglerMode;
}

} // namespace dtx
