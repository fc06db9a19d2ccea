#include "WheelGuard.hpp"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace dtx::ui {
namespace {

class WheelFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
            return false;
        scrollAroundInstead(widget, static_cast<QWheelEvent*>(event));
        return true;
    }
};

} // namespace

void scrollAroundInstead(QWidget* input, QWheelEvent* event)
{
    // Hand the wheel to the nearest scroll area around the input.
    for (QWidget* parent = input->parentWidget(); parent; parent = parent->parentWidget())
        if (auto* area = qobject_cast<QAbstractScrollArea*>(parent)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            return;
        }
    event->ignore();
}

void guardWheel(QWidget* root)
{
    auto* filter = new WheelFilter(root);
    const auto guard = [&](QWidget* input) {
        input->setFocusPolicy(Qt::StrongFocus);
        input->installEventFilter(filter);
    };
    for (QAbstractSlider* slider : root->findChildren<QAbstractSlider*>())
        if (!qobject_cast<QScrollBar*>(slider))
            guard(slider);
    for (QAbstractSpinBox* box : root->findChildren<QAbstractSpinBox*>())
        guard(box);
    for (QComboBox* box : root->findChildren<QComboBox*>())
        guard(box);
}

} // namespace dtx::ui
