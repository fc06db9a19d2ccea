#pragma once

#include "DocumentState.hpp"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dtx::ui {

// One edit of the document as an undo step: the state before and after.
// Steps of the same input within one slider drag merge, so a drag is one
// step; a drag that ends where it began leaves no step at all. Undo and
// redo only hand a state to `apply` (STYLE §7): nothing that reacts to the
// change can push a command while the stack is busy.
class DocumentEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const DocumentState&)>;

    // `dragId` is 0 for a single edit, else the number of the drag it
    // belongs to; `input` identifies the input (merging), `title` names it
    // in the Edit menu.
    DocumentEditCommand(const QString& input, const QString& title, DocumentState before,
                        DocumentState after, int dragId, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& input() const { return input_; }

private:
    QString input_;
    DocumentState before_;
    DocumentState after_;
    int dragId_;
    Apply apply_;
};

} // namespace dtx::ui
