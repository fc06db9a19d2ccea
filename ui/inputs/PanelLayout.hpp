#pragma once

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QString;
class QVBoxLayout;
class QWidget;

// The layout pieces both input panels (the scenario's and the planner's)
// are built from, so they look alike.
namespace dtx::ui {

// A group's vertical layout with the panels' spacing.
QVBoxLayout* groupLayout(QGroupBox* group);
// A borderless block of inputs that can be shown or hidden as one (the
// inputs of one mode); its layout is returned through `layout`.
QWidget* subPanel(QVBoxLayout** layout);
// Explanations in a dock wrap rather than widen it.
QLabel* wrappedLabel(const QString& text);
// A switch with a short title and under it a note that wraps, so that a
// longer translation adds lines rather than widening the panel.
struct SwitchWithNote {
    QCheckBox* box;
    QLabel* note;
};
SwitchWithNote addSwitchWithNote(QVBoxLayout* layout, const QString& title, const QString& note);
// Labels above their fields: a combo box gets the panel's whole width.
QFormLayout* stackedForm();
// A combo box that shows its whole current text as a tooltip and opens a
// list wide enough for its longest item.
void showWholeItems(QComboBox* box);

} // namespace dtx::ui
