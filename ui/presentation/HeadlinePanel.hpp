#pragma once

#include <QFrame>
#include <QMap>

class QGridLayout;
class QLabel;

namespace dtx::ui {

class Document;

// The figures a policymaker reads first, always visible and updated with
// every evaluation: compute (local and quality-adjusted), efficiency, model
// and data size, hardware and cost, the node's treaty status, and one
// plain-language sentence that says what they mean together.
class HeadlinePanel : public QFrame {
    Q_OBJECT
public:
    explicit HeadlinePanel(Document* document, QWidget* parent = nullptr);

    // The value text of a figure by its id ("c_local", "eta", ...); for tests.
    QString figureText(const QString& id) const;
    QString detailText(const QString& id) const;
    // In reading order, as laid out.
    QStringList figureIds() const { return order_; }
    QString figureTitle(const QString& id) const { return titles_.value(id); }
    QString sentence() const;
    QString targetsText() const;
    // Figures and the sentence only (presentation): the details under each
    // figure and the fewest-nodes line make room for the plots.
    void setCompact(bool compact);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();      // on a palette change
    void applyStatusColor(); // on each evaluation, too
    void addFigure(const QString& id, const QString& title, const QString& help, int row,
                   int column);
    void setFigure(const QString& id, const QString& value, const QString& detail,
                   const QString& help);
    void showOutcome();

    Document* document_;
    QGridLayout* grid_;
    QMap<QString, QLabel*> values_;
    QMap<QString, QLabel*> details_;
    QMap<QString, QString> titles_;
    QStringList order_;
    QLabel* sentence_;
    QLabel* targets_;
    QList<QLabel*> mutedLabels_; // captions and details
    bool underThreshold_ = true;
};

} // namespace dtx::ui
