// Inputs that never surprise: the wheel changes a control only when it has
// focus (the panel scrolls otherwise), a typed value an input cannot take
// is refused with the reason beside the field and nothing changes, Ctrl+Z
// from a focused spin box undoes the document, and a file's value beyond a
// slider's range is shown as it is, with the plots following it.

#include "ControlPanel.hpp"
#include "Document.hpp"
#include "HardwareCatalogFile.hpp"
#include "HeadlinePanel.hpp"
#include "ScenarioFile.hpp"
#include "MainWindow.hpp"
#include "NumberSpinBox.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "Preferences.hpp"
#include "ScenarioFiles.hpp"
#include "SliderField.hpp"
#include "TestSupport.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

// One notch of a mouse wheel over `widget`, away from the user.
void wheel(QWidget* widget, int notches = -1)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestInputs : public QObject {
    Q_OBJECT

    QTemporaryDir folder_;
    std::unique_ptr<Preferences> preferences_;
    std::unique_ptr<Document> document_;
    std::unique_ptr<MainWindow> window_;

    QWidget* inputNamed(const QString& name) const
    {
        ControlPanel* panel = window_->controlPanel();
        if (name == QLatin1String("mode box"))
            return panel->modeBox();
        if (name == QLatin1String("quality box"))
            return panel->qualityBox();
        const QStringList parts = name.split(QLatin1Char(' '));
        SliderField* field = panel->field(parts.front());
        if (!field)
            return nullptr;
        return parts.back() == QLatin1String("slider") ? static_cast<QWidget*>(field->slider())
                                                       : static_cast<QWidget*>(field->spinBox());
    }

    void type(SliderField* field, const QString& text)
    {
        field->spinBox()->setFocus();
        QLineEdit* edit = field->spinBox()->findChild<QLineEdit*>();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        document_->evaluateNow();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        preferences_ = std::make_unique<Preferences>(folder_.filePath(QStringLiteral("settings.json")),
                                                     folder_.filePath(QStringLiteral("session.json")));
        document_ = std::make_unique<Document>(builtInHardwareCatalog());
        window_ = std::make_unique<MainWindow>(document_.get(), preferences_.get());
        // Short enough that the inputs dock scrolls.
        window_->resize(1280, 600);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }
    void cleanup()
    {
        window_.reset();
        document_.reset();
        preferences_.reset();
    }

    void wheelWithoutFocusChangesNothing_data()
    {
        QTest::addColumn<QString>("input");
        for (const char* input : {"nodes slider", "nodes spin", "network.bandwidth_mbps slider",
                                  "training.compression spin", "mode box", "quality box"})
            QTest::newRow(input) << QString::fromLatin1(input);
    }

    void wheelWithoutFocusChangesNothing()
    {
        QFETCH(QString, input);
        QWidget* widget = inputNamed(input);
        QVERIFY(widget);
        window_->headline()->setFocus();
        QVERIFY(!widget->hasFocus());
        QScrollBar* scroll = window_->controlPanel()->verticalScrollBar();
        QVERIFY2(scroll->maximum() > 0, "the dock must scroll for this test");
        scroll->setValue(scroll->maximum() / 2);
        const int scrolled = scroll->value();
        wheel(widget);
        wheel(widget);
        document_->evaluateNow();
        QCOMPARE(document_->undoStack()->count(), 0);
        QVERIFY(scroll->value() != scrolled); // the dock scrolled instead

        // With focus the wheel is the input's.
        widget->setFocus();
        QVERIFY(widget->hasFocus());
        wheel(widget, -1);
        wheel(widget, 1);
        document_->evaluateNow();
        QVERIFY(document_->undoStack()->count() >= 1);
    }

    // Typed values the input cannot take are refused with the reason shown
    // beside the field; nothing changes and nothing is rewritten.
    void outOfRangeTypingIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nodes 1e10") << QStringLiteral("nodes") << QStringLiteral("1e10")
                                    << QStringLiteral("above the most");
        QTest::newRow("nodes -5") << QStringLiteral("nodes") << QStringLiteral("-5")
                                  << QStringLiteral("below the least");
        QTest::newRow("nodes 2.5") << QStringLiteral("nodes") << QStringLiteral("2.5")
                                   << QStringLiteral("whole number");
        QTest::newRow("MFU 1.5") << QStringLiteral("training.mfu") << QStringLiteral("1.5")
                                 << QStringLiteral("above the most");
        QTest::newRow("CCC threshold 0") << QStringLiteral("treaty.ccc_threshold_h100e")
                                         << QStringLiteral("0") << QStringLiteral("greater than 0");
        QTest::newRow("bandwidth 0") << QStringLiteral("network.bandwidth_mbps") << QStringLiteral("0")
                                     << QStringLiteral("it must be from");
    }

    void outOfRangeTypingIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        SliderField* field = window_->controlPanel()->field(key);
        QVERIFY(field);
        const double before = field->value();
        type(field, text);
        QCOMPARE(document_->undoStack()->count(), 0);
        QCOMPARE(field->value(), before);
        QVERIFY2(field->problem().contains(reason), qPrintable(field->problem()));
        // A good value ends the warning.
        type(field, field->spinBox()->textFromValue(before));
        QVERIFY(field->problem().isEmpty());
    }

    // What the limits allow is taken as typed, even beyond the slider.
    void typedValuesWithinLimitsAreTaken_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("nodes 1e9") << QStringLiteral("nodes") << QStringLiteral("1e9") << 1e9;
        QTest::newRow("nodes 50,000") << QStringLiteral("nodes") << QStringLiteral("50000") << 5e4;
        QTest::newRow("bandwidth 2.5") << QStringLiteral("network.bandwidth_mbps")
                                       << QStringLiteral("2.5") << 2.5;
    }

    void typedValuesWithinLimitsAreTaken()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(double, expected);
        SliderField* field = window_->controlPanel()->field(key);
        type(field, text);
        QVERIFY2(field->problem().isEmpty(), qPrintable(field->problem()));
        QCOMPARE(*scenarioNumber(document_->scenario(), key.toStdString()), expected);
        QCOMPARE(field->value(), expected);
    }

    // Ctrl+Z right after typing into a spin box and pressing Enter undoes
    // the document's edit, not the spin box's text.
    void ctrlZFromFocusedSpinBox()
    {
        SliderField* field = window_->controlPanel()->field(QStringLiteral("nodes"));
        type(field, QStringLiteral("144"));
        QCOMPARE(document_->scenario().nodes, 144);
        QVERIFY(field->spinBox()->hasFocus());
        QTest::keyClick(field->spinBox(), Qt::Key_Z, Qt::ControlModifier);
        document_->evaluateNow();
        QCOMPARE(document_->scenario().nodes, 72);
        QCOMPARE(field->value(), 72.0);
        QTest::keyClick(field->spinBox(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        document_->evaluateNow();
        QCOMPARE(document_->scenario().nodes, 144);
    }

    // A file's 50,000 nodes show as 50,000, the slider at its end, and the
    // curves reach past the scenario's own point.
    void fileValueBeyondSliderRange()
    {
        const QString path = folder_.filePath(QStringLiteral("large.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"dtx_scenario": 1, "nodes": 50000})");
        }
        QString error;
        QVERIFY2(window_->files()->openFile(path, &error), qPrintable(error));
        document_->evaluateNow();
        SliderField* field = window_->controlPanel()->field(QStringLiteral("nodes"));
        QCOMPARE(field->value(), 50000.0);
        QCOMPARE(field->slider()->value(), field->slider()->maximum());
        QCOMPARE(document_->scenario().nodes, 50000);
        QVERIFY(window_->showTab(QStringLiteral("scale")));
        window_->currentPlotTab()->refreshNow();
        const PlotView* plot = window_->currentPlotTab()->plots().front();
        double largestX = 0;
        for (int i = 0; i < plot->graphCount(); ++i)
            for (const QCPGraphData& point : *plot->graph(i)->data())
                largestX = std::max(largestX, point.key);
        QVERIFY2(largestX > 50000, qPrintable(QString::number(largestX)));
    }
};

QTEST_MAIN(TestInputs)
#include "test_inputs.moc"
