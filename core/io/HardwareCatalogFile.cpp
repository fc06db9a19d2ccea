#include "HardwareCatalogFile.hpp"

#include "ReadFile.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dtx {
namespace {

bool readPositive(const QJsonObject& object, const char* key, double* value)
{
    const QJsonValue field = object.value(QLatin1String(key));
    if (!field.isDouble() || !(field.toDouble() > 0) || !std::isfinite(field.toDouble()))
        return false;
    *value = field.toDouble();
    return true;
}

std::optional<double> readOptionalPositive(const QJsonObject& object, const char* key)
{
    double value = 0;
    if (readPositive(object, key, &value))
        return value;
    return std::nullopt;
}

QString unknownGpu(const char* where, const QString& name)
{
    return QStringLiteral("%1: \"%2\" is not a GPU of the catalog").arg(QLatin1String(where), name);
}

// The memory amendment's chip order and use cases; both lists are optional.
bool readMemoryRule(const QJsonObject& rule, HardwareCatalog* catalog, QString* error)
{
    for (const QJsonValue& entry : rule.value(QLatin1String("chips")).toArray()) {
        const QString name = entry.toString();
        if (!catalog->findGpu(name.toStdString())) {
            *error = unknownGpu("memory_rule.chips", name);
            return false;
        }
        catalog->memoryRuleChips.push_back(name.toStdString());
    }
    for (const QJsonValue& entry : rule.value(QLatin1String("use_cases")).toArray()) {
        const QJsonObject object = entry.toObject();
        MemoryRuleUseCase useCase;
        useCase.name = object.value(QLatin1String("name")).toString().toStdString();
        useCase.gpu = object.value(QLatin1String("gpu")).toString().toStdString();
        useCase.gpusMin = object.value(QLatin1String("gpus_min")).toInt();
        useCase.gpusMax = object.value(QLatin1String("gpus_max")).toInt();
        useCase.burden = object.value(QLatin1String("burden")).toString().toStdString();
        useCase.source = object.value(QLatin1String("source")).toString().toStdString();
        if (!catalog->findGpu(useCase.gpu)) {
            *error = unknownGpu("memory_rule.use_cases", QString::fromStdString(useCase.gpu));
            return false;
        }
        if (useCase.name.empty() || useCase.gpusMin < 1 || useCase.gpusMax < useCase.gpusMin) {
            *error = QStringLiteral("memory_rule.use_cases: \"%1\" needs a name and 1 ≤ gpus_min ≤ gpus_max")
                         .arg(QString::fromStdString(useCase.name));
            return false;
        }
        catalog->memoryRuleUseCases.push_back(useCase);
    }
    return true;
}

} // namespace

std::optional<HardwareCatalog> parseHardwareCatalog(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    HardwareCatalog catalog;
    for (const QJsonValue& entry : root.value(QLatin1String("gpus")).toArray()) {
        const QJsonObject object = entry.toObject();
        GpuSpec gpu;
        gpu.name = object.value(QLatin1String("name")).toString().toStdString();
        gpu.source = object.value(QLatin1String("source")).toString().toStdString();
        if (gpu.name.empty() || !readPositive(object, "fp16_tflops", &gpu.fp16Tflops)
            || !readPositive(object, "vram_gb", &gpu.vramGb)) {
            *error = QStringLiteral("gpus: entry \"%1\" needs a name, fp16_tflops and vram_gb")
                         .arg(QString::fromStdString(gpu.name));
            return std::nullopt;
        }
        gpu.memoryType = object.value(QLatin1String("memory_type")).toString().toStdString();
        if (gpu.memoryType.empty()) {
            *error = QStringLiteral("gpus: entry \"%1\" needs a memory_type (\"HBM3\", \"GDDR6\", …)")
                         .arg(QString::fromStdString(gpu.name));
            return std::nullopt;
        }
        gpu.fp8Tflops = readOptionalPositive(object, "fp8_tflops");
        gpu.priceUsd = readOptionalPositive(object, "price_usd");
        catalog.gpus.push_back(gpu);
    }
    for (const QJsonValue& entry : root.value(QLatin1String("reference_systems")).toArray()) {
        const QJsonObject object = entry.toObject();
        ReferenceSystem system;
        system.name = object.value(QLatin1String("name")).toString().toStdString();
        system.gpu = object.value(QLatin1String("gpu")).toString().toStdString();
        system.gpuCount = object.value(QLatin1String("gpus")).toInt();
        system.category = object.value(QLatin1String("category")).toString().toStdString();
        if (!catalog.findGpu(system.gpu) || system.gpuCount < 1) {
            *error = QStringLiteral("reference_systems: \"%1\" names an unknown GPU or no GPUs")
                         .arg(QString::fromStdString(system.name));
            return std::nullopt;
        }
        catalog.referenceSystems.push_back(system);
    }
    if (!readMemoryRule(root.value(QLatin1String("memory_rule")).toObject(), &catalog, error))
        return std::nullopt;
    if (catalog.gpus.empty()) {
        *error = QStringLiteral("gpus: the catalog lists no GPU");
        return std::nullopt;
    }
    return catalog;
}

std::optional<HardwareCatalog> loadHardwareCatalogFile(const QString& path, QString* error)
{
    QByteArray bytes;
    if (!readRegularFile(path, kMaxDocumentBytes, &bytes, error))
        return std::nullopt;
    QString problem;
    std::optional<HardwareCatalog> catalog = parseHardwareCatalog(bytes, &problem);
    if (catalog) {
        if (const std::optional<std::string> gpu = missingPresetGpu(*catalog)) {
            problem = QStringLiteral("gpus: no priced GPU named \"%1\", which a node preset needs")
                          .arg(QString::fromStdString(*gpu));
            catalog.reset();
        }
    }
    if (!catalog)
        *error = path + QStringLiteral(": ") + problem;
    return catalog;
}

HardwareCatalog builtInHardwareCatalog()
{
    QFile file(QStringLiteral(":/dtx/hardware.json"));
    QString error = QStringLiteral("cannot open the built-in resource");
    if (file.open(QIODevice::ReadOnly)) {
        if (auto catalog = parseHardwareCatalog(file.readAll(), &error))
            return *catalog;
    }
    std::fprintf(stderr, "dtx: built-in hardware catalog is broken: %s\n",
                 qPrintable(error));
    std::abort();
}

} // namespace dtx
