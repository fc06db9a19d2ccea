// Every plot readable in the room (issue 12): on every tab, at 1280×800,
// 1440×900 and in presentation (1920×1080, text 1.35×), in English and
// German, light and dark, no legend covers a data point or the scenario's
// marker, no tick label or title is cut off, every log axis prints powers
// of ten, and what the plots and the headline write keeps WCAG AA contrast
// (4.5:1) as rendered. The geometry is measured here from the plotted data,
// independently of the layout rule that placed it.
#include "Appearance.hpp"
#include "Contrast.hpp"
#include "Document.hpp"
#include "HardwareCatalogFile.hpp"
#include "HeadlinePanel.hpp"
#include "MainWindow.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "Preferences.hpp"
#include "PresentationMode.hpp"
#include "UiLanguage.hpp"

#include <QApplication>
#include <QTableView>
#include <QStyle>
#include <QScrollBar>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>

using namespace dtx;
using namespace dtx::ui;

namespace {

constexpr double kPresentationScale = 1.35;

// Where a plotted point is drawn, or nothing when it lies outside the axes.
std::optional<QPointF> pixelOf(const QCPGraph* graph, const QCPGraphData& d)
{
    const QPointF at = graph->coordsToPixels(d.key, d.value);
    if (!std::isfinite(at.x()) || !std::isfinite(at.y())
        || !QRectF(graph->keyAxis()->axisRect()->rect()).contains(at))
        return std::nullopt;
    return at;
}

// What of the data the legend covers: points, the lines between them
// (every two pixels) and symbols (their disc); empty when nothing.
QString dataUnderLegend(const PlotView* plot)
{
    if (!plot->legend->visible() || plot->legend->itemCount() == 0 || plot->legendIsOutside())
        return {};
    const QRectF legend(plot->legend->outerRect());
    for (int i = 0; i < plot->graphCount(); ++i) {
        const QCPGraph* graph = plot->graph(i);
        if (!graph->visible())
            continue;
        const bool symbols = graph->scatterStyle().shape() != QCPScatterStyle::ssNone;
        const bool line = graph->lineStyle() != QCPGraph::lsNone;
        std::optional<QPointF> previous;
        for (const QCPGraphData& d : *graph->data()) {
            const std::optional<QPointF> at = pixelOf(graph, d);
            if (at && legend.contains(*at))
                return graph->name() + QStringLiteral(": a point");
            if (at && symbols && legend.intersects(QRectF(*at - QPointF(5, 5), QSizeF(10, 10))))
                return graph->name() + QStringLiteral(": a symbol");
            if (at && previous && line) {
                const double length = std::hypot(at->x() - previous->x(), at->y() - previous->y());
                for (double s = 0; s < length; s += 2)
                    if (legend.contains(*previous + (*at - *previous) * (s / length)))
                        return graph->name() + QStringLiteral(": its line");
            }
            previous = at;
        }
    }
    return {};
}

QRectF itemRect(const QCPItemText* text)
{
    return QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized();
}

// The drawn size of a tick label: "1e+24" is typeset as 10 with a raised,
// smaller exponent.
QSizeF tickLabelSize(const QCPAxis* axis, const QString& label)
{
    const QFontMetricsF metrics(axis->tickLabelFont());
    const int e = label.indexOf(QLatin1Char('e'));
    if (e < 0 || !axis->numberFormat().contains(QLatin1Char('b')))
        return {metrics.horizontalAdvance(label), metrics.height()};
    const QString exponent = QString::number(label.mid(e + 1).toInt());
    return {metrics.horizontalAdvance(QStringLiteral("10")) + 0.8 * metrics.horizontalAdvance(exponent),
            metrics.height() * 1.3};
}

// The first tick label or title the plot cuts off, or empty.
QString clippedText(const PlotView* plot)
{
    const QRectF widget(plot->rect());
    const QCPAxisRect* rect = plot->axisRect();
    for (const QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
            if (!axis->range().contains(ticks[i]))
                continue;
            const QSizeF size = tickLabelSize(axis, labels[i]);
            const double at = axis->coordToPixel(ticks[i]);
            const double gap = axis->tickLabelPadding() + axis->tickLengthOut();
            const QRectF label = axis->orientation() == Qt::Horizontal
                                     ? QRectF(at - size.width() / 2, rect->bottom() + gap, size.width(), size.height())
                                     : QRectF(rect->left() - gap - size.width(), at - size.height() / 2,
                                              size.width(), size.height());
            if (!widget.contains(label))
                return QStringLiteral("tick %1 of \"%2\"").arg(labels[i], axis->label());
        }
        const QFontMetricsF titleMetrics(axis->labelFont());
        const QRectF title = titleMetrics.boundingRect(QRectF(0, 0, 1e4, 1e4), Qt::AlignCenter, axis->label());
        const double room = axis->orientation() == Qt::Horizontal ? widget.width() : widget.height();
        if (title.width() > room)
            return QStringLiteral("axis title \"%1\"").arg(axis->label());
    }
    return {};
}

// Guide labels (the horizontal lines' values) that sit on a plotted point
// although a spot along their line is free of them.
QStringList guideLabelsOverData(const PlotView* plot)
{
    QStringList covered;
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto* text = qobject_cast<const QCPItemText*>(plot->item(i));
        if (!text || !text->visible() || text->position->typeX() != QCPItemPosition::ptAxisRectRatio)
            continue;
        const QRectF rect = itemRect(text);
        for (int g = 0; g < plot->graphCount(); ++g) {
            const QCPGraph* graph = plot->graph(g);
            bool hit = false;
            for (const QCPGraphData& d : *graph->data())
                if (const std::optional<QPointF> at = pixelOf(graph, d); at && rect.contains(*at))
                    hit = true;
            if (hit && graph->visible()) {
                covered << text->text() + QStringLiteral(" on ") + graph->name();
                break;
            }
        }
    }
    return covered;
}

// The contrast of what is drawn in `area` of `image`: its commonest colour
// (the background) against the colour furthest from it (the ink).
double renderedContrast(const QImage& image, const QRect& area)
{
    std::map<QRgb, int> counts;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    if (counts.empty())
        return 21;
    const QRgb background = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
                                return a.second < b.second;
                            })->first;
    double best = 1;
    for (const auto& [rgb, count] : counts)
        best = std::max(best, contrastRatio(QColor(rgb), QColor(background)));
    return best;
}

} // namespace

class TestPlotLayout : public QObject {
    Q_OBJECT

    QTemporaryDir settingsFolder_;
    Preferences preferences_{settingsFolder_.filePath(QStringLiteral("settings.json")),
                             settingsFolder_.filePath(QStringLiteral("session.json"))};

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyTabFollowsTheLayoutRule_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("presentation");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")})
            for (const bool dark : {false, true})
                for (const auto& [size, presentation, name] :
                     {std::tuple{QSize(1280, 800), false, "1280x800"}, std::tuple{QSize(1440, 900), false, "1440x900"},
                      std::tuple{QSize(1920, 1080), true, "presentation"}})
                    QTest::addRow("%s %s %s", qPrintable(language), dark ? "dark" : "light", name)
                        << language << dark << size << presentation;
    }
    void everyTabFollowsTheLayoutRule()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        QFETCH(bool, presentation);
        UiLanguage languages;
        QString error;
        QVERIFY2(languages.install(language, &error), qPrintable(error));
        Appearance appearance;
        appearance.apply(dark ? Appearance::Choice::Dark : Appearance::Choice::Light);
        Document document(builtInHardwareCatalog());
        MainWindow window(&document, &preferences_);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (presentation)
            scaleFonts(window.centralWidget(), kPresentationScale);

        QStringList failures;
        for (const QString& tab : window.tabNames()) {
            QVERIFY(window.showTab(tab));
            window.currentPlotTab()->refreshNow();
            QCoreApplication::processEvents();
            for (PlotView* plot : window.currentPlotTab()->plots()) {
                if (!plot->isVisible() || !plot->hasData())
                    continue;
                plot->replot();
                const QString where = tab + QStringLiteral(" / ") + plot->title() + QStringLiteral(": ");
                if (const QString covered = dataUnderLegend(plot); !covered.isEmpty())
                    failures << where + QStringLiteral("legend covers ") + covered;
                if (plot->marker() && !plot->legendIsOutside() && plot->legend->visible())
                    for (int i = 0; i < plot->itemCount(); ++i)
                        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i));
                            text && text->visible() && text->layer()->name() == QStringLiteral("overlay")
                            && itemRect(text).intersects(QRectF(plot->legend->outerRect())))
                            failures << where + QStringLiteral("legend covers the label ") + text->text();
                if (plot->marker())
                    QCOMPARE(plot->marker()->layer()->name(), QStringLiteral("overlay"));
                if (const QString clipped = clippedText(plot); !clipped.isEmpty())
                    failures << where + QStringLiteral("cuts off ") + clipped;
                for (const QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
                    if (axis->scaleType() != QCPAxis::stLogarithmic)
                        continue;
                    for (const QString& label : axis->tickVectorLabels())
                        if (!QRegularExpression(QStringLiteral("^1e[+-]\\d+$")).match(label).hasMatch())
                            failures << where + QStringLiteral("log axis prints ") + label;
                }
                checkContrast(plot, where, &failures);
                for (const QString& covered : guideLabelsOverData(plot))
                    failures << where + QStringLiteral("guide label over the data: ") + covered;
            }
            checkTables(window.currentPlotTab(), tab, &failures);
        }
        // Choice lists show their whole text (German runs longest).
        for (const QComboBox* box : window.findChildren<QComboBox*>()) {
            if (!box->isVisible())
                continue;
            const int room = box->width() - box->style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 12;
            if (box->fontMetrics().horizontalAdvance(box->currentText()) > room && box->toolTip().isEmpty())
                failures << QStringLiteral("combo box cuts \"%1\"").arg(box->currentText());
        }
        const QImage headline = window.findChild<HeadlinePanel*>()->grab().toImage();
        for (QLabel* label : window.findChild<HeadlinePanel*>()->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QRect area(label->mapTo(window.findChild<HeadlinePanel*>(), QPoint(0, 0)), label->size());
            const double ratio = renderedContrast(headline, area);
            if (ratio < kMinimumTextContrast)
                failures << QStringLiteral("headline \"%1\": contrast %2").arg(label->text().left(40)).arg(ratio);
        }
        appearance.apply(Appearance::Choice::System);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The rule itself, on a plot built to crowd it: curves through three
    // corners leave one free; curves through all four send the legend below.
    void legendTakesTheFreeCornerOrGoesBelow_data()
    {
        QTest::addColumn<QVector<double>>("rising");
        QTest::addColumn<bool>("outside");
        QTest::newRow("one corner free") << QVector<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << false;
        QTest::newRow("no corner free") << QVector<double>{10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10} << true;
    }
    void legendTakesTheFreeCornerOrGoesBelow()
    {
        QFETCH(QVector<double>, rising);
        QFETCH(bool, outside);
        PlotView plot;
        plot.resize(500, 350);
        plot.setTitle(QStringLiteral("A crowded plot"));
        plot.setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
        QVector<double> x;
        for (int i = 0; i < rising.size(); ++i)
            x << i;
        PlotView::setCurveData(plot.addCurve(QStringLiteral("a curve with a long name"), Qt::blue), x, rising);
        PlotView::setCurveData(plot.addCurve(QStringLiteral("another"), Qt::red), x,
                               QVector<double>(x.size(), 10.0));
        plot.setMarker(QStringLiteral("This scenario"), QStringLiteral("here"), 2, 2);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.finishUpdate();
        QCOMPARE(plot.legendIsOutside(), outside);
        QCOMPARE(dataUnderLegend(&plot), QString());
    }

private:
    // A cell whose text does not fit its column is fine only with a tooltip
    // (the name in full) or a table that scrolls sideways.
    static void checkTables(QWidget* tab, const QString& name, QStringList* failures)
    {
        for (const QTableView* view : tab->findChildren<QTableView*>()) {
            if (!view->isVisible() || view->horizontalScrollBar()->isVisible())
                continue;
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex cell = model->index(row, column);
                    const QString text = cell.data().toString();
                    const int room = view->columnWidth(column) - 8;
                    const QVariant font = cell.data(Qt::FontRole);
                    const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : view->font());
                    if (metrics.horizontalAdvance(text) > room
                        && cell.data(Qt::ToolTipRole).toString().isEmpty())
                        *failures << name + QStringLiteral(": table cuts \"%1\"").arg(text);
                }
        }
    }

    void checkContrast(PlotView* plot, const QString& where, QStringList* failures)
    {
        const QColor background = plot->palette().color(QPalette::Base);
        const auto check = [&](const QString& what, const QColor& color) {
            const double ratio = contrastRatio(color, background);
            if (ratio < kMinimumTextContrast)
                *failures << where + QStringLiteral("%1 contrast %2").arg(what).arg(ratio, 0, 'f', 2);
        };
        check(QStringLiteral("tick labels"), plot->xAxis->tickLabelColor());
        check(QStringLiteral("legend text"), plot->legend->textColor());
        if (plot->marker())
            check(QStringLiteral("marker"), plot->marker()->scatterStyle().brush().color());
        const QImage image = plot->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const double ratio = image.width() / double(plot->width());
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (!text || !text->visible() || text->text().isEmpty())
                continue;
            check(QStringLiteral("label \"%1\"").arg(text->text()), text->color());
            const QRectF r = itemRect(text);
            const QRect pixels(QPoint(int(r.left() * ratio), int(r.top() * ratio)),
                               QPoint(int(r.right() * ratio), int(r.bottom() * ratio)));
            if (const double drawn = renderedContrast(image, pixels.adjusted(2, 2, -2, -2));
                drawn < kMinimumTextContrast && plot->axisRect()->rect().contains(r.toRect()))
                *failures << where + QStringLiteral("label \"%1\" drawn at contrast %2").arg(text->text()).arg(drawn, 0, 'f', 2);
        }
    }
};

QTEST_MAIN(TestPlotLayout)
#include "test_plot_layout.moc"
