#include "PlotExport.hpp"

#include "SaveFile.hpp"

#include "PlotData.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"

#include <QAbstractItemView>
#include <QTableView>
#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QMessageBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace dtx::ui {
namespace {

QString fileStem(const QString& text)
{
    const QString stem = fileNameStem(text);
    return stem.isEmpty() ? QStringLiteral("plot") : stem;
}

QString plotTitle(const PlotView* plot)
{
    return plot->title().isEmpty() ? QStringLiteral("plot") : plot->title();
}

constexpr int kCaptionPadding = 6;

QRect captionBounds(const QString& caption, const QFont& font, int width)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, std::max(1, width - 2 * kCaptionPadding), 10000),
                                           Qt::TextWordWrap, caption);
}

// The band under an exported plot that names its scenario; none without one.
int captionHeight(const QString& caption, const QFont& font, int width)
{
    return caption.isEmpty() ? 0 : captionBounds(caption, font, width).height() + 2 * kCaptionPadding;
}

void drawCaption(QPainter* painter, const QRect& area, const QString& caption, const QFont& font,
                 const QColor& color)
{
    if (caption.isEmpty())
        return;
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(area.adjusted(kCaptionPadding, kCaptionPadding, -kCaptionPadding, -kCaptionPadding),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption);
}

} // namespace

QString writeFileAtomically(const QString& path, const QByteArray& content)
{
    if (const QString reason = saveBytes(path, content); !reason.isEmpty())
        return QObject::tr("cannot write %1: %2").arg(path, reason);
    return {};
}

QString writePlotImage(PlotView* plot, const QString& path, QSize size, double scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // The plot above, its caption in the band below: the size asked for is
    // the size of the whole image.
    const QString caption = plot->provenance().caption();
    const QFont captionFont = plot->legend->font();
    const int band = captionHeight(caption, captionFont, size.width());
    const QSize plotSize(size.width(), std::max(1, size.height() - band));
    const QRect captionArea(0, plotSize.height(), size.width(), band);
    if (suffix == QStringLiteral("png")) {
        const QPixmap pixmap = plot->toPixmap(plotSize.width(), plotSize.height(), scale);
        QImage image(QSize(pixmap.width(), qRound(size.height() * scale)), QImage::Format_RGB32);
        image.fill(plot->palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.drawPixmap(0, 0, pixmap);
        painter.scale(scale, scale);
        drawCaption(&painter, captionArea, caption, captionFont, plot->ink());
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return QStringLiteral("cannot render %1").arg(path);
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(plotTitle(plot));
        generator.setDescription(caption);
        QCPPainter painter(&generator);
        plot->toPainter(&painter, plotSize.width(), plotSize.height());
        painter.resetTransform();
        drawCaption(&painter, captionArea, caption, captionFont, plot->ink());
        painter.end();
    } else if (suffix == QStringLiteral("pdf")) {
        QPdfWriter writer(&buffer);
        writer.setTitle(plotTitle(plot));
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QCPPainter painter(&writer);
        plot->toPainter(&painter, plotSize.width(), plotSize.height());
        painter.resetTransform();
        drawCaption(&painter, captionArea, caption, captionFont, plot->ink());
        painter.end();
    } else {
        return QStringLiteral("%1: use a .png, .svg or .pdf file").arg(path);
    }
    return writeFileAtomically(path, bytes);
}

QByteArray plotCsv(const PlotView* plot)
{
    const QByteArray comments = plot->provenance().scenarioName.isEmpty()
                                    ? QByteArray()
                                    : plot->provenance().csvComments();
    // The numbers the tab computed, where it gave them.
    if (!plot->data().series.empty())
        return comments + plotDataCsv(plot->data());
    QByteArray csv = comments + "series," + csvField(plot->xTitle()) + ',' + csvField(plot->yTitle())
                     + "\r\n";
    for (int i = 0; i < plot->graphCount(); ++i) {
        const QCPGraph* graph = plot->graph(i);
        const QByteArray name = csvField(graph->name());
        for (const QCPGraphData& point : *graph->data())
            csv += name + ',' + csvNumber(point.key) + ',' + csvNumber(point.value) + "\r\n";
    }
    return csv;
}

QByteArray tableCsv(const QAbstractItemModel* model, const ExportProvenance* provenance)
{
    QByteArray csv = provenance ? provenance->csvComments() : QByteArray();
    // Rows that carry labels of their own (a figure per row) keep them in a
    // first column, with units where the table gives them.
    bool rowLabels = false;
    for (int row = 0; row < model->rowCount(); ++row)
        rowLabels = rowLabels || model->headerData(row, Qt::Vertical).typeId() == QMetaType::QString;
    const auto rowLabel = [model](int row) {
        const QVariant withUnit = model->headerData(row, Qt::Vertical, kCsvValueRole);
        // A label broken over lines on screen is one line in the file.
        return (withUnit.isValid() ? withUnit : model->headerData(row, Qt::Vertical))
            .toString()
            .replace(u'\n', u' ');
    };
    if (rowLabels)
        csv += ",";
    for (int column = 0; column < model->columnCount(); ++column)
        csv += (column ? "," : "")
               + csvField(model->headerData(column, Qt::Horizontal).toString().replace(
                   u'\n', u' '));
    csv += "\r\n";
    for (int row = 0; row < model->rowCount(); ++row) {
        if (rowLabels)
            csv += csvField(rowLabel(row)) + ',';
        for (int column = 0; column < model->columnCount(); ++column)
        {
            const QModelIndex cell = model->index(row, column);
            const QVariant value = model->data(cell, kCsvValueRole);
            csv += (column ? "," : "")
                   + (value.typeId() == QMetaType::Double ? csvNumber(value.toDouble())
                                                          : csvField(model->data(cell).toString()));
        }
        csv += "\r\n";
    }
    return csv;
}

void addTableExportAction(QAbstractItemView* view, std::function<ExportProvenance()> provenance)
{
    auto* action = new QAction(QObject::tr("Export table as CSV…"), view);
    QObject::connect(action, &QAction::triggered, view, [view, provenance] {
        const ExportProvenance source = provenance();
        const QString path = QFileDialog::getSaveFileName(
            view, QObject::tr("Export table"),
            source.fileStem(view->accessibleName()) + QStringLiteral(".csv"),
            QObject::tr("CSV file (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = writeFileAtomically(path, tableCsv(view->model(), &source));
            !error.isEmpty())
            QMessageBox::warning(view, QObject::tr("Cannot export the table"), error);
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString exportAll(QWidget* root, const QString& folder, QStringList* written)
{
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create the folder %1").arg(folder);
    const QDir dir(folder);
    for (PlotTab* tab : root->findChildren<PlotTab*>()) {
        tab->refreshNow();
        int tableNumber = 0;
        const ExportProvenance provenance = tab->provenance();
        for (PlotView* plot : tab->plots()) {
            const QString stem = tab->tabName() + u'-' + fileStem(plotTitle(plot));
            const QString image = dir.filePath(stem + QStringLiteral(".png"));
            const QString data = dir.filePath(stem + QStringLiteral(".csv"));
            const QSize size = plot->size().isValid() && plot->width() > 100
                                   ? plot->size()
                                   : QSize(900, 600);
            if (QString error = writePlotImage(plot, image, size, 2.0); !error.isEmpty())
                return error;
            if (QString error = writeFileAtomically(data, plotCsv(plot)); !error.isEmpty())
                return error;
            *written << image << data;
        }
        // Tables only: headers and combo-box lists are item views too.
        for (QTableView* view : tab->findChildren<QTableView*>()) {
            const QString path = dir.filePath(
                QStringLiteral("%1-table-%2.csv").arg(tab->tabName()).arg(++tableNumber));
            if (QString error = writeFileAtomically(path, tableCsv(view->model(), &provenance));
                !error.isEmpty())
                return error;
            *written << path;
        }
    }
    return {};
}

} // namespace dtx::ui
