#include "PanelLayout.hpp"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QStyle>
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

SwitchWithNote addSwitchWithNote(QVBoxLayout* layout, const QString& title, const QString& note)
{
    auto* box = new QCheckBox(title);
    box->setAccessibleDescription(note);
    auto* text = wrappedLabel(note);
    QFont small = text->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    text->setFont(small);
    const int indent = box->style()->pixelMetric(QStyle::PM_IndicatorWidth)
                       + box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    text->setContentsMargins(indent, 0, 0, 2);
    layout->addWidget(box);
    layout->addWidget(text);
    return {box, text};
}

QFormLayout* stackedForm()
{
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(2);
    return form;
}

void showWholeItems(QComboBox* box)
{
    const QString explanation = box->toolTip();
    const auto update = [box, explanation] {
        box->setToolTip(explanation.isEmpty() ? box->currentText()
                                              : box->currentText() + QStringLiteral("\n\n") + explanation);
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
    };
    QObject::connect(box, &QComboBox::currentIndexChanged, box, update);
    update();
}

} // namespace dtx::ui
