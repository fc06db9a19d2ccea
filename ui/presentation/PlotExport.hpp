#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QWidget;

namespace dtx::ui {

class PlotView;
struct ExportProvenance;

// Writing what the window shows to files: a plot as PNG, SVG or PDF (by
// the file's suffix), the data behind a plot or a table as CSV (RFC 4180,
// a header row with units, full precision, C locale), and everything of
// the current scenario into one folder. Every write goes through the
// project's save path (SaveFile); each function returns an empty string or
// a message naming the file.
// A table cell's value for CSV, in a role of its own: the cell shows the
// number formatted for the UI's language, the file holds it in full and in
// the C locale. Cells without it export their text.
inline constexpr int kCsvValueRole = Qt::UserRole + 64;

QString writePlotImage(PlotView* plot, const QString& path, QSize size, double scale = 1.0);
QByteArray plotCsv(const PlotView* plot);
// With `provenance`, the file starts with its comment lines.
QByteArray tableCsv(const QAbstractItemModel* model, const ExportProvenance* provenance = nullptr);
QString writeFileAtomically(const QString& path, const QByteArray& content);

// Gives a table a context-menu action that saves its contents as CSV, under
// the comment lines of `provenance` and with a default name from it.
void addTableExportAction(QAbstractItemView* view, std::function<ExportProvenance()> provenance);

// Every plot (PNG and CSV) and every table (CSV) under `root`, one file per
// item named after its tab and title. Returns the files written in `written`.
QString exportAll(QWidget* root, const QString& folder, QStringList* written);

} // namespace dtx::ui
