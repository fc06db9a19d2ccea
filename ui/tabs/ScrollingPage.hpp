#pragma once

#include <QString>

class QScrollArea;
class QWidget;

namespace dtx::ui {

// `content` as a frameless page that scrolls when the window is too short
// for it, named for screen readers: how a tab keeps its plots and tables
// at a readable size instead of squeezing them.
QScrollArea* scrollingPage(QWidget* content, const QString& name, const QString& description);

} // namespace dtx::ui
