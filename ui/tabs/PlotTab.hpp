#pragma once

#include <QList>
#include <QWidget>

namespace dtx::ui {

class PlotView;
class ScenarioController;

// A tab of plots that follows the controller's scenario. Only a visible tab
// recomputes; a hidden one is marked stale and catches up when shown, so a
// slider drag costs the work of the tab in front and nothing else.
class PlotTab : public QWidget {
    Q_OBJECT
public:
    PlotTab(ScenarioController* controller, QWidget* parent = nullptr);

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
    ScenarioController* controller() const { return controller_; }

private:
    void onEvaluated();

    ScenarioController* controller_;
    bool stale_ = true;
};

} // namespace dtx::ui
