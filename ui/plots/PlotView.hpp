#pragma once

#include "PlotData.hpp"

#include <qcustomplot.h>

#include <QPointer>
#include <QString>
#include <QVector>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace dtx::ui {

class CoverageMap;

// One QCustomPlot chart as every explorer plot needs it: titled axes with
// units, a legend, a hover read-out of the nearest point, wheel zoom and
// drag pan, and "Reset view" (context menu or double-click). While the user
// has not zoomed, the view follows the data as it changes. It works from the
// keyboard too (keyboardHelp()), and takes its colours from the palette, so
// it follows a light or dark appearance.
class PlotView : public QCustomPlot {
    Q_OBJECT
public:
    explicit PlotView(QWidget* parent = nullptr);

    // The texts are broken into lines where the plot is too narrow for them
    // (translations run longer); these return them whole.
    void setTitle(const QString& title);
    void setAxisTitles(const QString& xTitle, const QString& yTitle);
    QString title() const { return fullTitle_; }
    QString xTitle() const { return fullXTitle_; }
    QString yTitle() const { return fullYTitle_; }
    // A log axis has its ticks at powers of ten and prints them so (10²⁴).
    void setLogAxes(bool xLog, bool yLog);

    // The legend's first choice of corner inside the axes. Every relayout
    // (data, zoom, resize, text size) moves it to the first corner that
    // covers no data, or below the axes when none is free; the scenario's
    // label and the guide lines' labels go where no curve runs.
    void setLegendCorner(Qt::Alignment corner) { legendCorner_ = corner; }
    bool legendIsOutside() const { return legendOutside_; }
    // Fraction of the height kept free above the data when the view is
    // fitted, for a legend along the top where every corner holds curves.
    void setLegendHeadroom(double fraction) { headroom_ = std::clamp(fraction, 0.0, 0.8); }
    // The legend always below the axes, for a plot whose every corner is
    // needed (a band, a heat map) without a corner search on each relayout.
    void setLegendBelow(bool below) { legendBelow_ = below; }
    // For a plot whose data fills the axes (a heat map): the legend below
    // them, and the view fitted to these ranges rather than to the curves.
    void setFilledArea(const QCPRange& x, const QCPRange& y)
    {
        filledX_ = x;
        filledY_ = y;
        legendBelow_ = true;
    }

    // A named curve; `faint` ones are thin and pale comparison lines.
    QCPGraph* addCurve(const QString& name, const QColor& color, bool faint = false,
                       Qt::PenStyle style = Qt::SolidLine);
    // "Show the other revision" (PlotViewRevisions.cpp): each series of
    // `data` but markers and other presets' comparison lines drawn dashed in the colour of this plot's curve of the same
    // name (grey when there is none), left out of the legend but for one
    // entry saying what the dashes are. Replaces the last such curves; the
    // tab's clearGraphs() removes them too.
    void setOtherRevisionCurves(const PlotData& data, const QString& revision);
    void clearOtherRevisionCurves();
    // The same, drawn at the next fitToData() (the tab's own redraw), so
    // that both revisions' curves are fitted and painted in one pass; empty
    // `data` removes them. True while they wait for that redraw.
    void setOtherRevisionData(std::optional<PlotData> data, const QString& revision);
    bool otherRevisionPending() const;
    // The dashed curves now on the plot (tests).
    QList<QCPGraph*> otherRevisionCurves() const;
    bool hasOtherRevisionCurves() const;

    // Points only, no line, drawn with the given scatter shape.
    QCPGraph* addPoints(const QString& name, const QColor& color,
                        QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssDisc,
                        double size = 9);
    // The scenario's own point: drawn above everything (the legend too),
    // with `label` beside it, under one legend entry `name` that does not
    // change as the point moves. Moving it and calling redrawMarker() redraws
    // only the top layer, unless the axes have to follow.
    void setMarker(const QString& name, const QString& label, double x, double y);
    bool redrawMarker();
    QCPGraph* marker() const { return marker_; }
    // Points with non-finite values are dropped so no NaN reaches the plot.
    static void setCurveData(QCPGraph* graph, const QVector<double>& x, const QVector<double>& y);
    // For core's sweeps (a template, so that {x}, {y} still picks the above).
    template <typename Number>
    static void setCurveData(QCPGraph* graph, const std::vector<Number>& x, const std::vector<Number>& y)
    {
        setCurveData(graph, QVector<double>(x.begin(), x.end()), QVector<double>(y.begin(), y.end()));
    }

    // The numbers behind the plot, as its tab computed them (CSV export
    // writes these); set by the tab's draw step.
    void setData(PlotData data) { data_ = std::move(data); }
    const PlotData& data() const { return data_; }
    // Which scenario the plot shows, for the caption and comments of its
    // exports; set by its tab on every refresh.
    void setProvenance(ExportProvenance provenance) { provenance_ = std::move(provenance); }
    const ExportProvenance& provenance() const { return provenance_; }

    // Annotations are rebuilt on every update: call clearAnnotations() first.
    // Each returns its label (null for a non-finite position) so that a tab
    // can move labels apart where several crowd one spot.
    void clearAnnotations();
    QCPItemText* addHorizontalLine(double y, const QString& label, const QColor& color);
    // `onTop`: on the top layer with the marker, removed by clearTopAnnotations()
    // and redrawn by redrawMarker() alone (a threshold the user drags).
    QCPItemText* addVerticalLine(double x, const QString& label, const QColor& color,
                                 bool onTop = false);
    void clearTopAnnotations();
    QCPItemText* addPointLabel(double x, double y, const QString& label);

    // Fits the view to the data (unless the user has zoomed) and redraws.
    void finishUpdate();
    // The fit alone, for work that needs the final ranges before the redraw
    // (placing labels); call replot() after it.
    void fitToData();
    void resetView();
    // Text `scale` times its size at the first call (presentations).
    void setTextScale(double scale);
    bool userHasMovedView() const { return userMovedView_; }

    // The read-out for the point nearest to a pixel, or empty; for tests.
    QString readoutAt(const QPointF& pixel);
    // The read-out the keyboard cursor shows now, or empty.
    QString readoutText() const;

    // The palette's text colour: markers of "this scenario", label text.
    QColor ink() const;
    // The backing of labels drawn over curves.
    QBrush labelBacking() const;
    // A line's colour made legible as text on this background.
    QColor textTint(const QColor& lineColor) const;
    static QString keyboardHelp();
    // The plot fits its texts to any size it is given (titles wrap, the
    // legend takes more rows), so its layout asks for no more than this.
    QSize minimumSizeHint() const override { return minimumSize(); }
    // Qt strokes wide dashed lines slowly (they doubled the scale tab's
    // update time); one-pixel cosmetic dashes take the raster engine's fast
    // path.
    static QPen cosmeticDash(const QColor& color, Qt::PenStyle style);
    // Whether any curve holds at least one point.
    bool hasData() const;
    // What the last relayout found the curves cover (the marker aside), and
    // the marker's disc; for labels placed after it.
    const CoverageMap* curveCoverage() const { return curves_.get(); }
    std::optional<QRectF> markerRect() const;
    // The pixel size of a text item with its padding.
    static QSizeF textSize(const QCPItemText* text);
    // TEXT in as few lines as fit WIDTH pixels, broken at spaces.
    static QString wrapToWidth(const QString& text, const QFont& font, int width);

signals:
    // After each relayout has placed the legend and the labels (point
    // labels arrange themselves around them).
    void overlaysArranged();

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void updateLayout() override;

private:
    // A guide label's whole text, which the layout may break into lines.
    static constexpr char kFullTextProperty[] = "fullText";
    // A guide label's line colour, from which its text colour follows.
    static constexpr char kLineColorProperty[] = "lineColor";
    void arrangeOverlays();
    QRectF legendRectAt(Qt::Alignment corner);
    // Each returns what its labels could not avoid, weighted (spotCost).
    double placeLabels(const CoverageMap& curves, std::vector<QRectF> taken);
    double placeMarkerLabel(const CoverageMap& curves, const std::vector<QRectF>& taken);
    // The marker alone moved: false when the whole plot must be rearranged.
    bool placeMovedMarkerLabel();
    static double spotCost(const QRectF& rect, const CoverageMap& curves,
                           const std::vector<QRectF>& taken);
    void setLegendOutside(bool outside);
    void styleLegend();
    void fitAxis(QCPAxis* axis, bool horizontal);
    QString formatAxisValue(const QCPAxis* axis, double value) const;
    void showReadout(QCPGraph* graph, double key, double value);
    void hideReadout();
    void applyPalette();
    void fitTexts();
    // Keyboard: steps the cursor along a curve, or to the next curve.
    void stepCursor(int pointStep, int graphStep);
    void zoomBy(double factor);
    void panBy(double xFraction, double yFraction);

    PlotData data_;
    ExportProvenance provenance_;
    QList<QPointer<QCPGraph>> otherRevision_;
    std::optional<PlotData> otherRevisionData_;
    QString otherRevisionName_;
    bool otherRevisionDirty_ = false;
    void drawPendingOtherRevision();
    QPointer<QCPGraph> marker_;
    QPointer<QCPItemText> markerLabel_;
    QCPTextElement* title_ = nullptr;
    QString fullTitle_;
    QString fullXTitle_;
    QString fullYTitle_;
    QCPItemTracer* tracer_ = nullptr;
    QCPItemText* readout_ = nullptr;
    QList<QCPAbstractItem*> annotations_;
    QList<QCPAbstractItem*> topAnnotations_;
    QList<QCPItemText*> horizontalLineLabels_;
    QList<QPointer<QCPItemText>> verticalLineLabels_;
    QPointer<QCPItemTracer> markerAnchor_; // the label's offsets are in pixels from it
    bool userMovedView_ = false;
    QList<QFont> baseFonts_; // title, axis labels, tick labels, legend
    Qt::Alignment legendCorner_ = Qt::AlignTop | Qt::AlignLeft;
    bool legendOutside_ = false;
    QCPLayoutGrid::FillOrder insideFillOrder_ = QCPLayoutGrid::foRowsFirst;
    int insideWrap_ = 0;
    bool arranging_ = false;
    QString legendSignature_; // what the legend's place was last decided for
    // What the last arrangement found, for moving the marker alone.
    std::shared_ptr<const CoverageMap> curves_;
    std::optional<QRectF> legendRect_;
    std::vector<QRectF> guideLabelRects_;
    QRectF markerLabelRect_;
    double headroom_ = 0;
    bool legendBelow_ = false;
    std::optional<QCPRange> filledX_;
    std::optional<QCPRange> filledY_;
    int cursorGraph_ = -1; // the keyboard cursor: curve and point index
    int cursorPoint_ = 0;
};

} // namespace dtx::ui
