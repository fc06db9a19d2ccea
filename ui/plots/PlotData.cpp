#include "PlotData.hpp"

#include "JsonWriter.hpp"

#include <cmath>
#include <string>

namespace dtx::ui {

QByteArray csvField(const QString& text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QByteArray csvNumber(double value)
{
    // Shortest text that reads back as the same double.
    std::string text;
    appendJsonNumber(&text, value);
    return QByteArray::fromStdString(text);
}

QByteArray plotDataCsv(const PlotData& data)
{
    QByteArray csv = "series," + csvField(data.xTitle) + ',' + csvField(data.yTitle) + "\r\n";
    for (const PlotSeries& series : data.series) {
        const QByteArray name = csvField(series.name);
        for (std::size_t i = 0; i < series.x.size() && i < series.y.size(); ++i)
            if (std::isfinite(series.x[i]) && std::isfinite(series.y[i]))
                csv += name + ',' + csvNumber(series.x[i]) + ',' + csvNumber(series.y[i]) + "\r\n";
    }
    return csv;
}

} // namespace dtx::ui
