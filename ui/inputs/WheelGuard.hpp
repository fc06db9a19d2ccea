#pragma once

class QWheelEvent;
class QWidget;

namespace dtx::ui {

// Scrolling through a panel of inputs must not change them: every slider,
// spin box and choice under `root` takes the wheel only once it has focus
// (by a click or Tab), and a wheel over one without focus scrolls the
// panel instead. Call once the panel's inputs exist.
void guardWheel(QWidget* root);
// Scrolls the nearest scroll area around `input` with `event`.
void scrollAroundInstead(QWidget* input, QWheelEvent* event);

} // namespace dtx::ui
