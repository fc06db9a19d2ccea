#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>

#include <initializer_list>

namespace dtx::ui {

// What an edit of the document changed, as a set of keys: a scenario's
// file key under "scenario." ("scenario.nodes", "scenario.treaty.ccc_threshold_h100e"),
// a planner-file key under "planner." (and "planner.own_cluster"), and
// "growth", "pins", "story" for the other parts. Views ask whether a change
// touches what they show, and skip the work when it does not.
// The change key of the "show the other revision" view choice.
inline const QString kOtherRevisionKey = QStringLiteral("view.other_revision");
// The change key of the analyses' settings (samples, seed, map axes …).
inline const QString kAnalysisKey = QStringLiteral("view.analysis");

class ChangeSet {
public:
    ChangeSet() = default;
    ChangeSet(std::initializer_list<QString> keys) : keys_(keys) {}

    void add(const QString& key) { keys_.insert(key); }
    void unite(const ChangeSet& other) { keys_.unite(other.keys_); }
    bool isEmpty() const { return keys_.isEmpty(); }
    const QSet<QString>& keys() const { return keys_; }

    // True when a key equals `key` or lies under it ("scenario" touches
    // "scenario.nodes", "scenario.treaty" touches "scenario.treaty.ccc_threshold_h100e").
    bool touches(const QString& key) const;
    // True when any key lies under one of `within` but under none of `except`.
    bool touchesAnyBut(std::initializer_list<QString> within, std::initializer_list<QString> except) const;

    // Everything: a document opened, reset or restored.
    static ChangeSet everything();

private:
    QSet<QString> keys_;
};

} // namespace dtx::ui

Q_DECLARE_METATYPE(dtx::ui::ChangeSet)
