#pragma once

#include "DocumentState.hpp"
#include "Hardware.hpp"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

// The explorer's file: a scenario file of CLI.md, which `dtx` reads as it
// is, plus the explorer's own sections when they differ from their
// defaults — the planner ("planner": {"own_cluster", "inputs": a planner
// file's object}), the growth rates ("growth") and the pinned scenarios
// ("pinned": scenario objects). Such a file says "dtx_scenario": 2; one
// without sections stays format 1, as before. The story is kept in story
// files and in the session, not here.
namespace dtx::ui {

// Pinned scenarios at most; the Compare tab's columns.
inline constexpr int kMaxPinned = 4;

std::string documentToJson(const DocumentState& state, const DocumentState& defaults);

struct DocumentLoad {
    std::optional<DocumentState> state;
    QString error; // names the source, the section and what is wrong
};

// Reads a document; parts the file does not hold take `defaults`' values
// (the story always does).
DocumentLoad loadDocument(const QByteArray& bytes, const QString& sourceName,
                          const HardwareCatalog& catalog, const DocumentState& defaults);
DocumentLoad loadDocumentFile(const QString& path, const HardwareCatalog& catalog,
                              const DocumentState& defaults);

} // namespace dtx::ui
