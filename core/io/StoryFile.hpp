#pragma once

#include "Hardware.hpp"
#include "Scenario.hpp"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dtx {

// A presentation's script: scenarios in order, each with a title, a
// one-sentence message and the tab that shows it best. Stored as JSON
// ({"dtx_story": 1, "title": ..., "steps": [{"title", "message", "tab",
// "scenario": {a scenario file's object}}]}, and "built_in": true for the
// shipped story as the session keeps it).
struct StoryStep {
    QString title;
    QString message;
    QString tab;
    Scenario scenario;
};

struct Story {
    QString title;
    std::vector<StoryStep> steps;
    // The story shipped with the explorer, unchanged: its words are shown
    // in the UI's language whatever language they were read in.
    bool builtIn = false;
};

inline constexpr int kStoryFormatVersion = 1;

// What a step's title and message may quote in braces, filled from the
// step's own evaluation when it is shown ("{nodes} nodes reach
// {c_local}"), so that a story can never disagree with the screen. The
// explorer's StoryText fills them; loadStory refuses any other name.
inline constexpr const char* kStoryPlaceholders[] = {
    "name", "nodes", "node", "gpus", "bandwidth", "latency", "compression", "budget",
    "model_size", "c_local", "c_quality", "eta", "cost", "threshold_multiple", "h",
    "nodes_for_strict", "nodes_for_1e24", "nodes_for_1e25", "nodes_for_1e26", "nodes_for_1e27",
    "ccc_threshold", "memory_threshold", "systems_caught_by_ccc", "systems_caught_by_memory",
    "reference_systems"};

struct StoryLoad {
    std::optional<Story> story;
    QString error; // names the source, the step and what is wrong
};

StoryLoad loadStory(const QByteArray& document, const QString& sourceName,
                    const HardwareCatalog& catalog);
// The story in its file form, which loadStory reads back.
QByteArray storyToJson(const Story& story);

} // namespace dtx
