#include "SessionStore.hpp"

#include "JsonWriter.hpp"
#include "ReadFile.hpp"
#include "SaveFile.hpp"
#include "ScenarioFile.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtx::ui {
namespace {

// The session file's own problem, or empty: the state read from `bytes`.
QString parseSession(const QByteArray& bytes, const QString& path, const HardwareCatalog& catalog,
                     SessionState* state)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QObject::tr("%1: not a session file (%2)").arg(path, error.errorString());
    const QJsonObject root = document.object();
    const int version = root.value(QStringLiteral("dtx_session")).toInt(0);
    if (version > kSessionFormatVersion)
        return QObject::tr("%1 was written by a newer dtx (session format %2; this version reads %3)")
            .arg(path)
            .arg(version)
            .arg(kSessionFormatVersion);
    if (version < 1 || !root.value(QStringLiteral("scenario")).isObject())
        return QObject::tr("%1: not a session file").arg(path);
    const QByteArray scenario =
        QJsonDocument(root.value(QStringLiteral("scenario")).toObject()).toJson();
    const ScenarioLoad load = loadScenario(scenario, path, {}, catalog);
    if (!load.scenario)
        return load.error.startsWith(path) ? load.error : path + QStringLiteral(": ") + load.error;
    state->scenario = *load.scenario;
    state->filePath = root.value(QStringLiteral("file")).toString();
    state->modified = root.value(QStringLiteral("modified")).toBool();
    return {};
}

} // namespace

QString SessionStore::save(const SessionState& state) const
{
    const QString folder = QFileInfo(path_).absolutePath();
    if (!QDir().mkpath(folder))
        return QObject::tr("cannot create the folder %1").arg(folder);
    std::string json = "{\n  \"dtx_session\": " + std::to_string(kSessionFormatVersion)
                       + ",\n  \"file\": ";
    appendJsonString(&json, state.filePath.toStdString());
    json += ",\n  \"modified\": ";
    json += state.modified ? "true" : "false";
    json += ",\n  \"scenario\": " + scenarioToJson(state.scenario, false) + "}\n";
    return saveBytes(path_, json);
}

SessionStore::Restored SessionStore::restore(const HardwareCatalog& catalog) const
{
    Restored restored;
    if (!QFileInfo::exists(path_))
        return restored;
    QByteArray bytes;
    SessionState state;
    if (!readRegularFile(path_, kMaxDocumentBytes, &bytes, &restored.problem)
        || !(restored.problem = parseSession(bytes, path_, catalog, &state)).isEmpty()) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = QFileInfo(path_).absolutePath() + QStringLiteral("/session-unreadable-%1.json").arg(stamp);
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = QFileInfo(path_).absolutePath()
                    + QStringLiteral("/session-unreadable-%1-%2.json").arg(stamp).arg(n);
        if (QFile::rename(path_, aside))
            restored.keptAs = aside;
        return restored;
    }
    restored.state = state;
    return restored;
}

} // namespace dtx::ui
