#pragma once

#include <QList>
#include <QWidget>

namespace dtx::ui {

class PlotView;
class Document;

// A tab of plots that follows the document's scenario. Only a visible tab
// recomputes; a hidden one is marked stale and catches up when shown, so a
// slider drag costs the work of the tab in front and nothing else.
class PlotTab : public QWidget {
    Q_OBJECT
public:
    PlotTab(Document* document, QWidget* parent = nullptr);

    // The name used by --grab --tab (CLI.md): "scale", "network", ...
    virtual QString tabName() const = 0;
    // The title on the tab itself.
    virtual QString tabTitle() const = 0;

    // Recomputes and redraws now, visible or not (tests, --grab, benchmark).
    void refreshNow();
    bool isStale() const { return stale_; }
    QList<PlotView*> plots() const;

protected:
    virtual void refresh() = 0;
    void showEvent(QShowEvent* event) override;
    Document* document() const { return document_; }

private:
    void onEvaluated();

    Document* document_;
    bool stale_ = true;
};

} // namespace dtx::ui
