#include "CalibrationFile.hpp"

#include "ReadFile.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dtx {
namespace {

using InputField = std::optional<double> CalibrationRunInputs::*;

constexpr std::array<std::pair<const char*, InputField>, 12> kOptionalInputs = {{
    {"params", &CalibrationRunInputs::params},
    {"tokens", &CalibrationRunInputs::tokens},
    {"tokens_per_param", &CalibrationRunInputs::tokensPerParam},
    {"nodes", &CalibrationRunInputs::nodes},
    {"pflops_per_node", &CalibrationRunInputs::pflopsPerNode},
    {"upload_mbps", &CalibrationRunInputs::uploadMbps},
    {"download_mbps", &CalibrationRunInputs::downloadMbps},
    {"inner_steps", &CalibrationRunInputs::innerSteps},
    {"compression", &CalibrationRunInputs::compression},
    {"batch_tokens", &CalibrationRunInputs::batchTokens},
    {"link_band_low_mbps", &CalibrationRunInputs::linkBandLowMbps},
    {"link_band_high_mbps", &CalibrationRunInputs::linkBandHighMbps},
}};

constexpr std::array<std::pair<const char*, double CalibrationRunInputs::*>, 3> kDefaultedInputs = {{
    {"mfu", &CalibrationRunInputs::mfu},
    {"latency_s", &CalibrationRunInputs::latencySeconds},
    {"bits_per_value", &CalibrationRunInputs::bitsPerValue},
}};

class Reader {
public:
    explicit Reader(QString* error) : error_(error) {}

    bool fail(const QString& where, const QString& what)
    {
        *error_ = where + QStringLiteral(": ") + what;
        return false;
    }

    bool positive(const QString& where, const QJsonValue& value, double* out)
    {
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || !(number > 0))
            return fail(where, QStringLiteral("needs a positive number"));
        *out = number;
        return true;
    }

    bool text(const QString& where, const QJsonObject& object, const char* key, std::string* out,
              bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (!value.isString() || (required && value.toString().isEmpty()))
            return fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("needs a text"));
        *out = value.toString().toStdString();
        return true;
    }

    bool inputs(const QString& where, const QJsonObject& object, CalibrationRunInputs* in)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString field = where + QLatin1Char('.') + key;
            double value = 0;
            bool known = false;
            for (const auto& [name, member] : kOptionalInputs)
                if (key == QLatin1String(name)) {
                    known = true;
                    if (!positive(field, it.value(), &value))
                        return false;
                    in->*member = value;
                }
            for (const auto& [name, member] : kDefaultedInputs)
                if (key == QLatin1String(name)) {
                    known = true;
                    if (!positive(field, it.value(), &value))
                        return false;
                    in->*member = value;
                }
            if (!known)
                return fail(field, QStringLiteral("is not an input of a run"));
        }
        if (in->mfu > 1)
            return fail(where + QStringLiteral(".mfu"), QStringLiteral("must be at most 1"));
        return true;
    }

    bool run(const QString& where, const QJsonValue& value, CalibrationData* data)
    {
        if (!value.isObject())
            return fail(where, QStringLiteral("needs an object"));
        const QJsonObject object = value.toObject();
        CalibrationRun run;
        if (!text(where, object, "id", &run.id, true) || !text(where, object, "title", &run.title, true)
            || !text(where, object, "source", &run.source, false)
            || !inputs(where + QStringLiteral(".inputs"), object.value(QLatin1String("inputs")).toObject(),
                       &run.inputs))
            return false;
        if (data->findRun(run.id))
            return fail(where + QStringLiteral(".id"),
                        QStringLiteral("\"%1\" is listed twice").arg(QString::fromStdString(run.id)));
        data->runs.push_back(run);
        return true;
    }

    bool reported(const QString& where, const QJsonValue& value, std::optional<double>* out)
    {
        if (value.isNull() || value.isUndefined())
            return true;
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || number < 0)
            return fail(where, QStringLiteral("needs a number of at least 0, or null"));
        *out = number;
        return true;
    }

    bool record(const QString& where, const QJsonValue& value, CalibrationData* data)
    {
        if (!value.isObject())
            return fail(where, QStringLiteral("needs an object"));
        const QJsonObject object = value.toObject();
        CalibrationRecord record;
        std::string metric;
        if (!text(where, object, "run", &record.run, true) || !text(where, object, "metric", &metric, true)
            || !text(where, object, "reported", &record.reported, false)
            || !text(where, object, "source", &record.source, false)
            || !reported(where + QStringLiteral(".reported_low"), object.value(QLatin1String("reported_low")),
                         &record.reportedLow)
            || !reported(where + QStringLiteral(".reported_high"),
                         object.value(QLatin1String("reported_high")), &record.reportedHigh))
            return false;
        if (!data->findRun(record.run))
            return fail(where + QStringLiteral(".run"),
                        QStringLiteral("\"%1\" is not a run of the file").arg(QString::fromStdString(record.run)));
        if (!parseCalibrationMetric(metric, &record.metric))
            return fail(where + QStringLiteral(".metric"),
                        QStringLiteral("\"%1\" is not one of compute_per_step_s, comm_per_round_s, "
                                       "utilisation, eta, loss_gap, compression_quality")
                            .arg(QString::fromStdString(metric)));
        if (record.reportedLow.has_value() != record.reportedHigh.has_value()
            || (record.reportedLow && *record.reportedLow > *record.reportedHigh))
            return fail(where, QStringLiteral("reported_low and reported_high must both be null, or "
                                              "numbers with low ≤ high"));
        data->records.push_back(record);
        return true;
    }

private:
    QString* error_;
};

} // namespace

std::optional<CalibrationData> parseCalibrationData(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader reader(error);
    if (root.value(QLatin1String("dtx_calibration")).toInt() != 1) {
        reader.fail(QStringLiteral("dtx_calibration"), QStringLiteral("must be 1 (the format's version)"));
        return std::nullopt;
    }
    CalibrationData data;
    const QJsonArray runs = root.value(QLatin1String("runs")).toArray();
    for (qsizetype i = 0; i < runs.size(); ++i)
        if (!reader.run(QStringLiteral("runs[%1]").arg(i), runs.at(i), &data))
            return std::nullopt;
    const QJsonArray records = root.value(QLatin1String("records")).toArray();
    for (qsizetype i = 0; i < records.size(); ++i)
        if (!reader.record(QStringLiteral("records[%1]").arg(i), records.at(i), &data))
            return std::nullopt;
    if (data.records.empty()) {
        reader.fail(QStringLiteral("records"), QStringLiteral("the file lists no reported figure"));
        return std::nullopt;
    }
    return data;
}

std::optional<CalibrationData> loadCalibrationFile(const QString& path, QString* error)
{
    QByteArray bytes;
    if (!readRegularFile(path, kMaxDocumentBytes, &bytes, error))
        return std::nullopt;
    QString problem;
    std::optional<CalibrationData> data = parseCalibrationData(bytes, &problem);
    if (!data)
        *error = path + QStringLiteral(": ") + problem;
    return data;
}

CalibrationData builtInCalibrationData()
{
    QFile file(QStringLiteral(":/dtx/calibration.json"));
    QString error = QStringLiteral("cannot open the built-in resource");
    if (file.open(QIODevice::ReadOnly)) {
        if (std::optional<CalibrationData> data = parseCalibrationData(file.readAll(), &error))
            return *data;
    }
    std::fprintf(stderr, "dtx: built-in calibration runs are broken: %s\n", qPrintable(error));
    std::abort();
}

} // namespace dtx
