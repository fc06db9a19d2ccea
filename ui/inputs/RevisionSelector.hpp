#pragma once

#include "RevisionSwitch.hpp"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace dtx::ui {

class Document;

// The top of the inputs: which model revision every figure comes from,
// "show the other revision" beside it, and after a switch a note listing
// the defaults that changed with it. Switching is one undo step that keeps
// every lever the user moved (switchRevision).
class RevisionSelector : public QWidget {
    Q_OBJECT
public:
    explicit RevisionSelector(Document* document, QWidget* parent = nullptr);

    QComboBox* revisionBox() const { return revisionBox_; }
    QCheckBox* otherRevisionBox() const { return otherRevisionBox_; }
    QLabel* switchNote() const { return note_; }

    // "Node preset 48x A100 80GB → 50x A100 80GB; compression 16× → 150×; …"
    static QString describeChanges(const std::vector<RevisionDefaultChange>& changes, Revision to);

private:
    void choose(Revision revision);
    void showScenario();

    Document* document_;
    QComboBox* revisionBox_;
    QCheckBox* otherRevisionBox_;
    QLabel* note_;
    Revision noteRevision_ = kDefaultRevision; // the switch the note describes
};

} // namespace dtx::ui
