#include "ScenarioEditCommand.hpp"

#include "ScenarioFile.hpp"

#include <QCoreApplication>

#include <utility>

namespace dtx::ui {
namespace {

// Every scenario edit shares one id; mergeWith decides by input and drag.
constexpr int kScenarioEditId = 0x64747865; // "dtxe"

} // namespace

bool sameInputs(const Scenario& a, const Scenario& b)
{
    return scenarioToJson(a, false) == scenarioToJson(b, false);
}

ScenarioEditCommand::ScenarioEditCommand(const QString& input, const QString& title,
                                         const Scenario& before, const Scenario& after, int dragId,
                                         Apply apply)
    : input_(input), before_(before), after_(after), dragId_(dragId), apply_(std::move(apply))
{
    setText(QCoreApplication::translate("dtx::ui::ScenarioEditCommand", "change %1").arg(title));
}

void ScenarioEditCommand::undo()
{
    apply_(before_);
}

void ScenarioEditCommand::redo()
{
    apply_(after_);
}

int ScenarioEditCommand::id() const
{
    return dragId_ == 0 ? -1 : kScenarioEditId;
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ScenarioEditCommand*>(other);
    if (next->dragId_ != dragId_ || next->input_ != input_)
        return false;
    after_ = next->after_;
    setObsolete(sameInputs(before_, after_));
    return true;
}

} // namespace dtx::ui
