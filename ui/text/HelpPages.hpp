#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;

namespace dtx::ui {

// One term of the glossary: a plain sentence, the formula the program
// computes it by and the published source it rests on (citations are
// looked up for a translation too, and come back unchanged).
struct GlossaryEntry {
    const char* term;
    const char* sentence;
    const char* formula;
    const char* source;
};

// Help → Glossary and Help → Keyboard shortcuts, as HTML in the UI's language.
class HelpPages {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::HelpPages)
public:
    static const QList<GlossaryEntry>& glossary();
    static QString glossaryHtml();
    // Every action among `actions` that has a shortcut, with the keys of
    // the plots and of the presentation, which are not actions.
    static QString shortcutsHtml(const QList<QAction*>& actions);
};

} // namespace dtx::ui
