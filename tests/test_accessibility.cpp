// Accessibility and comfort (issue 5): every control a keyboard can reach
// has an accessible name and description, Tab walks the window in a
// sensible order and reaches every control, the plots work from the
// keyboard, and the light and dark palettes reach the plots.
#include "Appearance.hpp"
#include "ControlPanel.hpp"
#include "HardwareCatalogFile.hpp"
#include "ImageExportDialog.hpp"
#include "MainWindow.hpp"
#include "Preferences.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "PolicyBrief.hpp"
#include "Document.hpp"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

// Widgets a user operates: anything in the window that takes keyboard focus,
// less the inner parts of a control (a spin box's line edit), which assistive
// technology reads through the control itself, and widgets that hand their
// focus on (a tab widget to its tab bar).
QList<QWidget*> controlsOf(QWidget* root)
{
    QList<QWidget*> controls;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool innerPart =
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || widget->focusProxy();
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->window() == root->window() && !innerPart)
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

    QTemporaryDir settingsFolder_;
    Preferences preferences_{settingsFolder_.filePath(QStringLiteral("settings.json")),
                             settingsFolder_.filePath(QStringLiteral("session.json"))};
    std::unique_ptr<Document> document_;
    std::unique_ptr<MainWindow> window_;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        document_ = std::make_unique<Document>(builtInHardwareCatalog());
        window_ = std::make_unique<MainWindow>(document_.get(), &preferences_);
        window_->resize(1440, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }
    void cleanup()
    {
        window_.reset();
        document_.reset();
    }

    void everyControlHasANameAndDescription() { checkNamesAndDescriptions(window_.get()); }

    void everyDialogControlHasANameAndDescription()
    {
        ImageExportDialog dialog(QSize(800, 600), window_.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkNamesAndDescriptions(&dialog);
    }

private:
    void checkNamesAndDescriptions(QWidget* root)
    {
        QStringList missing;
        for (QWidget* control : controlsOf(root)) {
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

private slots:

    // Tab walks the inputs top to bottom (a row left to right), then the
    // tabs and the plots; nothing visible is skipped.
    void tabWalksTheInputsInReadingOrder()
    {
        QWidget* first = window_->controlPanel()->findChildren<QWidget*>().front();
        QList<QWidget*> visited;
        QWidget* start = nullptr;
        for (QWidget* control : controlsOf(window_->controlPanel()))
            if (control->isVisibleTo(window_.get()) && control->isEnabled()) {
                start = control;
                break;
            }
        QVERIFY(start && first);
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        for (int i = 0; i < 400 && !visited.contains(QApplication::focusWidget()); ++i) {
            visited << QApplication::focusWidget();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        // Every visible control was reached by Tab alone.
        for (QWidget* control : controlsOf(window_.get()))
            if (control->isVisibleTo(window_.get()) && control->isEnabled()
                && !qobject_cast<QTabBar*>(control->parentWidget()))
                QVERIFY2(visited.contains(control), qPrintable(describe(control)));
        // Within the inputs, in reading order.
        QPoint previous(-1, -1);
        for (QWidget* control : std::as_const(visited)) {
            if (!window_->controlPanel()->widget()->isAncestorOf(control))
                continue;
            const QPoint at = control->mapTo(window_->controlPanel()->widget(), QPoint(0, 0));
            const bool sameRow = std::abs(at.y() - previous.y()) < control->height();
            QVERIFY2(at.y() > previous.y() || (sameRow && at.x() > previous.x()),
                     qPrintable(describe(control)));
            previous = at;
        }
        // The tab bar and a plot are in the walk too.
        QVERIFY(std::any_of(visited.begin(), visited.end(),
                            [](QWidget* w) { return qobject_cast<QTabBar*>(w); }));
        QVERIFY(std::any_of(visited.begin(), visited.end(),
                            [](QWidget* w) { return qobject_cast<PlotView*>(w); }));
    }

    void plotsWorkFromTheKeyboard()
    {
        window_->showTab(QStringLiteral("scale"));
        PlotTab* tab = window_->currentPlotTab();
        tab->refreshNow();
        PlotView* plot = tab->plots().front();
        plot->setFocus(Qt::TabFocusReason);
        QVERIFY(plot->readoutText().isEmpty());
        QTest::keyClick(plot, Qt::Key_Right);
        const QString first = plot->readoutText();
        QVERIFY(first.contains(plot->xTitle()));
        QTest::keyClick(plot, Qt::Key_Right);
        QVERIFY(plot->readoutText() != first);
        QVERIFY(plot->accessibleName().contains(plot->readoutText().section(u'\n', 1, 1)));
        QTest::keyClick(plot, Qt::Key_Down);
        QVERIFY(plot->readoutText().section(u'\n', 0, 0) != first.section(u'\n', 0, 0));

        const QCPRange fitted = plot->xAxis->range();
        QTest::keyClick(plot, Qt::Key_Plus);
        QVERIFY(plot->xAxis->range().size() < fitted.size());
        QTest::keyClick(plot, Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(plot->userHasMovedView());
        QTest::keyClick(plot, Qt::Key_0);
        QCOMPARE(plot->xAxis->range().lower, fitted.lower);
        QCOMPARE(plot->xAxis->range().upper, fitted.upper);
        QTest::keyClick(plot, Qt::Key_Escape);
        QVERIFY(plot->readoutText().isEmpty());
    }

    // Run also with QT_SCALE_FACTOR=2 (CTest test_accessibility_hidpi):
    // plots draw at the screen's pixel ratio, not scaled up from 1×.
    void plotsDrawAtTheScreensPixelRatio()
    {
        window_->showTab(QStringLiteral("scale"));
        window_->currentPlotTab()->refreshNow();
        PlotView* plot = window_->currentPlotTab()->plots().front();
        const double ratio = plot->devicePixelRatioF();
        QCOMPARE(ratio, qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                            ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
                            : 1.0);
        plot->repaint();
        QCOMPARE(plot->bufferDevicePixelRatio(), ratio);
        const QPixmap grabbed = plot->grab();
        QCOMPARE(grabbed.devicePixelRatio(), ratio);
        QCOMPARE(grabbed.width(), qRound(plot->width() * ratio));
    }

    void palettesReachThePlots_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << int(Appearance::Choice::Dark) << true;
        QTest::newRow("light") << int(Appearance::Choice::Light) << false;
    }
    void palettesReachThePlots()
    {
        QFETCH(int, choice);
        QFETCH(bool, dark);
        Appearance appearance;
        appearance.apply(Appearance::Choice(choice));
        QTRY_COMPARE(Appearance::isDark(window_->palette()), dark);
        window_->showTab(QStringLiteral("scale"));
        window_->currentPlotTab()->refreshNow();
        PlotView* plot = window_->currentPlotTab()->plots().front();
        const QColor background = plot->grab().toImage().pixelColor(5, 5);
        QCOMPARE(background.lightness() < 128, dark);
        QCOMPARE(plot->ink().lightness() > 128, dark);
        QCOMPARE(plot->xAxis->tickLabelColor(), plot->ink());
        appearance.apply(Appearance::Choice::System);
        QTRY_VERIFY(!Appearance::isDark(window_->palette()));
    }

    // The policy brief is paper: light even when the window is dark, and
    // the window's plots are dark again afterwards.
    void briefStaysLightInADarkAppearance()
    {
        Appearance appearance;
        appearance.apply(Appearance::Choice::Dark);
        QTRY_VERIFY(Appearance::isDark(window_->palette()));
        const QList<QImage> pages = PolicyBrief(window_.get()).renderPages(40);
        QVERIFY(pages.size() >= 4);
        for (const QImage& page : pages) {
            qint64 lightness = 0;
            for (int y = 0; y < page.height(); y += 2)
                for (int x = 0; x < page.width(); x += 2)
                    lightness += page.pixelColor(x, y).lightness();
            const double mean = double(lightness) / ((page.height() / 2) * (page.width() / 2));
            QVERIFY2(mean > 200, qPrintable(QString::number(mean)));
        }
        window_->showTab(QStringLiteral("scale"));
        QVERIFY(Appearance::isDark(window_->currentPlotTab()->plots().front()->palette()));
        appearance.apply(Appearance::Choice::System);
        QTRY_VERIFY(!Appearance::isDark(window_->palette()));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
