#include "DocumentEditCommand.hpp"

#include <QCoreApplication>

#include <utility>

namespace dtx::ui {
namespace {

// Every edit shares one id; mergeWith decides by input and drag.
constexpr int kDocumentEditId = 0x64747865; // "dtxe"

} // namespace

DocumentEditCommand::DocumentEditCommand(const QString& input, const QString& title,
                                         DocumentState before, DocumentState after, int dragId,
                                         Apply apply)
    : input_(input), before_(std::move(before)), after_(std::move(after)), dragId_(dragId),
      apply_(std::move(apply))
{
    // The Edit menu reads "Undo WAN bandwidth change".
    setText(QCoreApplication::translate("dtx::ui::ScenarioEditCommand", "%1 change").arg(title));
}

void DocumentEditCommand::undo()
{
    apply_(before_);
}

void DocumentEditCommand::redo()
{
    apply_(after_);
}

int DocumentEditCommand::id() const
{
    return dragId_ == 0 ? -1 : kDocumentEditId;
}

bool DocumentEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const DocumentEditCommand*>(other);
    if (next->dragId_ != dragId_ || next->input_ != input_)
        return false;
    after_ = next->after_;
    setObsolete(changesBetween(before_, after_).isEmpty());
    return true;
}

} // namespace dtx::ui
