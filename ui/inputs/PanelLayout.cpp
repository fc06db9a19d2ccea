#include "PanelLayout.hpp"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace dtx::ui {

QVBoxLayout* groupLayout(QGroupBox* group)
{
    auto* layout = new QVBoxLayout(group);
    layout->setSpacing(4);
    return layout;
}

QWidget* subPanel(QVBoxLayout** layout)
{
    auto* panel = new QWidget;
    *layout = new QVBoxLayout(panel);
    (*layout)->setContentsMargins(0, 0, 0, 0);
    (*layout)->setSpacing(4);
    return panel;
}

QLabel* wrappedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace dtx::ui
