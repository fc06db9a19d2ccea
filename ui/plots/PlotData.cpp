#include "PlotData.hpp"

#include "JsonWriter.hpp"

#include <QRegularExpression>

#include <cmath>
#include <string>

namespace dtx::ui {
namespace {

// One line of text, whatever the name holds.
QString oneLine(QString text)
{
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control || c == u'\n' || c == u'\r')
            c = u' ';
    return text.simplified();
}

} // namespace

QString fileNameStem(const QString& text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    QString stem = text.toLower();
    stem.replace(unsafe, QStringLiteral("-"));
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.left(60);
}

QString ExportProvenance::caption() const
{
    return QStringLiteral("%1: %2 · %3 · %4")
        .arg(oneLine(scenarioName), oneLine(keyInputs), program, date);
}

QByteArray ExportProvenance::csvComments() const
{
    QByteArray lines;
    for (const QString& line : {QStringLiteral("# %1, %2").arg(program, date),
                                QStringLiteral("# Scenario: %1").arg(oneLine(scenarioName)),
                                QStringLiteral("# Inputs: %1").arg(oneLine(keyInputs)),
                                QStringLiteral("# Reproduce: %1").arg(oneLine(commandLine))})
        lines += line.toUtf8() + "\r\n";
    return lines;
}

QString ExportProvenance::fileStem(const QString& what) const
{
    const QString scenario = fileNameStem(scenarioName);
    const QString plot = fileNameStem(what);
    const QString stem = scenario.isEmpty() ? plot : plot.isEmpty() ? scenario : scenario + u'-' + plot;
    return stem.isEmpty() ? QStringLiteral("dtx") : stem;
}


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
