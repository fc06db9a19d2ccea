#include "RevisionSwitch.hpp"

#include <cstdio>

namespace dtx {
namespace {

std::string numberText(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

using Input = RevisionDefaultChange::Input;

// The node: the old reference node becomes the new one; a preset both
// revisions list is rebuilt at the new revision's price; a preset the new
// revision lacks falls back to its reference node. Catalog and explicit
// nodes stay as they are.
void switchNode(const HardwareCatalog& catalog, Revision to, Scenario* s,
                std::vector<RevisionDefaultChange>* changes)
{
    const std::string preset = s->nodeOrigin.preset;
    if (preset.empty())
        return;
    std::optional<NodeConfig> node;
    if (preset != s->rules().referencePreset)
        node = presetNode(catalog, preset, to);
    if (!node)
        node = referenceNode(catalog, to);
    if (!node)
        return; // a catalog without the reference GPU: keep what there is
    if (node->name != preset)
        changes->push_back({Input::NodePreset, preset, node->name});
    s->node = *node;
    s->nodeOrigin = NodeOrigin{node->name, {}, 0, Precision::Fp16};
}

} // namespace

RevisionSwitch switchRevision(const Scenario& scenario, Revision to, const HardwareCatalog& catalog)
{
    RevisionSwitch result{scenario, {}};
    Scenario& s = result.scenario;
    auto& changes = result.changes;
    if (scenario.revision == to)
        return result;
    const RevisionRules& from = scenario.rules();
    const RevisionRules& target = revisionRules(to);

    switchNode(catalog, to, &s, &changes);
    if (s.training.compression == from.defaultCompression
        && target.defaultCompression != from.defaultCompression) {
        changes.push_back({Input::Compression, numberText(from.defaultCompression),
                           numberText(target.defaultCompression)});
        s.training.compression = target.defaultCompression;
    }
    // Error feedback has no seed equivalent to keep: each revision's default.
    if (s.training.errorFeedback != target.defaultErrorFeedback) {
        changes.push_back({Input::ErrorFeedback, s.training.errorFeedback ? "on" : "off",
                           target.defaultErrorFeedback ? "on" : "off"});
        s.training.errorFeedback = target.defaultErrorFeedback;
    }
    StragglerMode& mode = s.assumptions.stragglerMode;
    const bool modeAtDefault = mode == from.defaultStragglerMode;
    const bool modeMissing = !target.hasRevisedInputs && mode == StragglerMode::Relay;
    if ((modeAtDefault || modeMissing) && mode != target.defaultStragglerMode) {
        changes.push_back({Input::StragglerMode, std::string(stragglerModeName(mode)),
                           std::string(stragglerModeName(target.defaultStragglerMode))});
        mode = target.defaultStragglerMode;
    }
    if (!target.hasRevisedInputs && !s.wan.symmetric()) {
        // The symmetric link that syncs in the same time.
        const double symmetric = s.wan.equivalentSymmetricMbps();
        changes.push_back({Input::Bandwidth,
                           numberText(s.wan.uploadMbps) + " / " + numberText(s.wan.downloadMbps),
                           numberText(symmetric)});
        s.wan.setBandwidth(symmetric);
    }
    if (!target.hasRevisedInputs && s.training.innerSteps) {
        changes.push_back({Input::InnerSteps, numberText(*s.training.innerSteps), {}});
        s.training.innerSteps.reset();
    }
    s.revision = to;
    return result;
}

} // namespace dtx
