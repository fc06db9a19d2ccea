#pragma once

#include "Scenario.hpp"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dtx::ui {

// One input change as an undo step: the scenario before and after. Steps of
// the same input within one slider drag merge, so a drag is one step; a
// drag that ends where it began leaves no step at all. Undo and redo only
// hand a scenario to `apply` (STYLE §7): nothing that reacts to the change
// can push a command while the stack is busy.
class ScenarioEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const Scenario&)>;

    // `dragId` is 0 for a single edit, else the number of the drag it
    // belongs to.
    // `input` identifies the input (merging); `title` names it in the menu.
    ScenarioEditCommand(const QString& input, const QString& title, const Scenario& before,
                        const Scenario& after,
                        int dragId, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& input() const { return input_; }

private:
    QString input_;
    Scenario before_;
    Scenario after_;
    int dragId_;
    Apply apply_;
};

// Whether two scenarios hold the same inputs (their file forms agree).
bool sameInputs(const Scenario& a, const Scenario& b);

} // namespace dtx::ui
