#pragma once

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

} // namespace dtx::ui
