#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace dtx::ui {

// One named curve or set of points, as numbers.
struct PlotSeries {
    QString name;
    std::vector<double> x;
    std::vector<double> y;
    // How the draw step shows it: a key of the tab's own style table
    // ("c_local", "preset", "marker" ...).
    QString role;
};

// What one plot shows, computed apart from the drawing: a tab's compute
// function returns these, its draw step plots them, and CSV export writes
// them, so a file holds exactly the numbers on screen and never reads them
// back from the widget.
struct PlotData {
    QString xTitle;
    QString yTitle;
    std::vector<PlotSeries> series;

    bool isEmpty() const
    {
        for (const PlotSeries& s : series)
            if (!s.x.empty())
                return false;
        return true;
    }
};

// Lower-case letters, digits and dashes for a file name ("Nodes needed vs
// CCC threshold" → "nodes-needed-vs-ccc-threshold"), at most 60; empty when
// nothing is left.
QString fileNameStem(const QString& text);

// Where an exported plot or table comes from, written into every export:
// a caption under an image, comment lines atop a CSV.
struct ExportProvenance {
    QString scenarioName;  // as the user named it, or "Untitled"
    QString keyInputs;     // one line: nodes, node, mode, network
    QString commandLine;   // dtx evaluate --set … reproducing the scenario
    QString program;       // "dtx-explorer 0.1.0, model revision 2026-02"
    QString date;          // ISO 8601, the day of the export

    // "Scenario “name”: key inputs · program · date", one line.
    QString caption() const;
    // "# ..." lines (each ending CRLF) for the top of a CSV file.
    QByteArray csvComments() const;
    // A file name stem from the scenario's name and `what` (a plot title).
    QString fileStem(const QString& what) const;
};

// RFC 4180 fields: text quoted when it holds a comma, quote or line break;
// numbers in full precision in the C locale.
QByteArray csvField(const QString& text);
QByteArray csvNumber(double value);

// RFC 4180, one row per point: series, x, y, under a header with the axis
// titles; numbers in full precision and the C locale.
QByteArray plotDataCsv(const PlotData& data);

} // namespace dtx::ui
