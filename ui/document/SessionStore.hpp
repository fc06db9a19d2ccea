#pragma once

#include "DocumentState.hpp"
#include "Hardware.hpp"

#include <QString>

#include <optional>

namespace dtx::ui {

// What the explorer keeps from one run to the next: the whole document as
// it was (saved or not: scenario, planner, growth rates, pins and story),
// the file it belongs to and whether it had unsaved changes. Kept in its
// own file (session.json), written through the project's save path at
// quit and on SIGTERM or SIGHUP.
struct SessionState {
    DocumentState document;
    QString filePath;
    bool modified = false;
};

// 1: the scenario alone; 2: the whole document and the story.
inline constexpr int kSessionFormatVersion = 2;

class SessionStore {
public:
    explicit SessionStore(QString path) : path_(std::move(path)) {}
    const QString& path() const { return path_; }

    // Empty, or why the session could not be written (the previous session
    // file is then as it was).
    QString save(const SessionState& state, const DocumentState& defaults) const;

    struct Restored {
        std::optional<SessionState> state; // nothing: start afresh
        // When a session existed but cannot be used: why, and where it was
        // moved so that nothing overwrites it.
        QString problem;
        QString keptAs;
    };
    // Reads the session; parts it lacks take `defaults`' values. One that
    // this version cannot use (damaged, too large, from a newer dtx, a
    // scenario that no longer loads) is renamed to
    // session-unreadable-DATE.json beside it, never overwritten.
    Restored restore(const HardwareCatalog& catalog, const DocumentState& defaults) const;

private:
    QString path_;
};

} // namespace dtx::ui
