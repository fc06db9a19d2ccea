#include "RevisionSelector.hpp"

#include "CoreTerms.hpp"
#include "Document.hpp"
#include "Format.hpp"
#include "PanelLayout.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dtx::ui {

RevisionSelector::RevisionSelector(Document* document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      revisionBox_(new QComboBox),
      otherRevisionBox_(new QCheckBox(tr("Show the other revision"))),
      note_(wrappedLabel(QString()))
{
    for (const Revision revision : kAllRevisions)
        revisionBox_->addItem(CoreTerms::revisionTitle(revision), int(revision));
    revisionBox_->setObjectName(QStringLiteral("revision"));
    revisionBox_->setAccessibleName(tr("Model revision"));
    revisionBox_->setToolTip(
        tr("<p>Which version of the evaluation model every figure comes from. <b>2026-02</b> is "
           "the seed model the project started from; <b>2026-04</b> is its authors' April 2026 "
           "revision: 50-GPU A100 nodes at $7,000, 150× compression with error feedback, "
           "separate upload and download, a relay straggler mode, and a replica penalty that "
           "raises the loss and grows with the inner-step count. Switching keeps every input "
           "you changed that both revisions have.</p>"));
    showWholeItems(revisionBox_);
    otherRevisionBox_->setObjectName(QStringLiteral("otherRevision"));
    otherRevisionBox_->setAccessibleName(tr("Show the other revision"));
    otherRevisionBox_->setToolTip(
        tr("Draws the other revision's curves dashed in the same colour on every plot, and "
           "gives both figures and their ratio in the headline and the brief."));
    note_->setObjectName(QStringLiteral("revisionSwitchNote"));
    note_->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = stackedForm();
    form->addRow(tr("Model revision"), revisionBox_);
    layout->addLayout(form);
    layout->addWidget(otherRevisionBox_);
    layout->addWidget(note_);

    connect(revisionBox_, &QComboBox::currentIndexChanged, this,
            [this] { choose(Revision(revisionBox_->currentData().toInt())); });
    connect(otherRevisionBox_, &QCheckBox::toggled, document_, &Document::setShowOtherRevision);
    connect(document_, &Document::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(QStringLiteral("scenario.revision")) || changes.touches(kOtherRevisionKey))
            showScenario();
    });
    showScenario();
}

void RevisionSelector::choose(Revision revision)
{
    if (revision == document_->scenario().revision)
        return;
    std::vector<RevisionDefaultChange> changes;
    document_->editScenario(QStringLiteral("revision"), [&](Scenario& s) {
        RevisionSwitch moved = switchRevision(s, revision, document_->catalog());
        changes = std::move(moved.changes);
        s = std::move(moved.scenario);
    });
    note_->setText(describeChanges(changes, revision));
    note_->setVisible(true);
    noteRevision_ = revision;
}

void RevisionSelector::showScenario()
{
    const QSignalBlocker blocker(revisionBox_);
    const Revision revision = document_->scenario().revision;
    revisionBox_->setCurrentIndex(revisionBox_->findData(int(revision)));
    // Undone, or another scenario opened: the note describes no longer.
    if (revision != noteRevision_)
        note_->setVisible(false);
    const QSignalBlocker otherBlocker(otherRevisionBox_);
    otherRevisionBox_->setChecked(document_->showsOtherRevision());
    otherRevisionBox_->setText(tr("Show %1 too (dashed)")
                                   .arg(QString::fromLatin1(
                                       revisionName(otherRevision(document_->scenario().revision)))));
}

QString RevisionSelector::describeChanges(const std::vector<RevisionDefaultChange>& changes,
                                          Revision to)
{
    const QString revision = QString::fromLatin1(revisionName(to));
    if (changes.empty())
        return tr("Now under %1; every input keeps its value.").arg(revision);
    QStringList items;
    for (const RevisionDefaultChange& change : changes) {
        const QString from = QString::fromStdString(change.from);
        const QString toText = QString::fromStdString(change.to);
        using Input = RevisionDefaultChange::Input;
        switch (change.input) {
        case Input::NodePreset:
            items << tr("node %1 → %2").arg(from, toText);
            break;
        case Input::Compression:
            items << tr("compression %1× → %2×").arg(from, toText);
            break;
        case Input::ErrorFeedback:
            items << (toText == QLatin1String("on") ? tr("error feedback on")
                                                    : tr("no error feedback"));
            break;
        case Input::StragglerMode: {
            StragglerMode mode = StragglerMode::Synchronous;
            parseStragglerMode(change.to, &mode);
            items << tr("stragglers: %1").arg(CoreTerms::stragglerModeTitle(mode));
            break;
        }
        case Input::Bandwidth:
            items << tr("upload / download %1 Mbps → one symmetric %2 Mbps").arg(from, toText);
            break;
        case Input::InnerSteps:
            items << tr("fixed inner steps (%1) dropped").arg(from);
            break;
        }
    }
    return tr("Now under %1. Defaults that changed: %2.").arg(revision, items.join(QStringLiteral("; ")));
}

} // namespace dtx::ui
