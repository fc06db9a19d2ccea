#include "ScrollingPage.hpp"

#include <QScrollArea>

namespace dtx::ui {

QScrollArea* scrollingPage(QWidget* content, const QString& name, const QString& description)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(name);
    scroll->setAccessibleDescription(description);
    return scroll;
}

} // namespace dtx::ui
