#include "SessionStore.hpp"

#include "DocumentFile.hpp"
#include "JsonWriter.hpp"
#include "ReadFile.hpp"
#include "SaveFile.hpp"
#include "StoryFile.hpp"

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
                     const DocumentState& defaults, SessionState* state)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return QObject::tr("%1: not a session file (%2)").arg(path, error.errorString());
    const QJsonObject root = json.object();
    const int version = root.value(QStringLiteral("dtx_session")).toInt(0);
    if (version > kSessionFormatVersion)
        return QObject::tr("%1 was written by a newer dtx (session format %2; this version reads %3)")
            .arg(path)
            .arg(version)
            .arg(kSessionFormatVersion);
    // Format 1 held the scenario alone.
    const QString documentKey = version == 1 ? QStringLiteral("scenario") : QStringLiteral("document");
    if (version < 1 || !root.value(documentKey).isObject())
        return QObject::tr("%1: not a session file").arg(path);
    const DocumentLoad load = loadDocument(QJsonDocument(root.value(documentKey).toObject()).toJson(),
                                           path, catalog, defaults);
    if (!load.state)
        return load.error.startsWith(path) ? load.error : path + QStringLiteral(": ") + load.error;
    state->document = *load.state;
    if (root.value(QStringLiteral("story")).isObject()) {
        const StoryLoad story = loadStory(QJsonDocument(root.value(QStringLiteral("story")).toObject()).toJson(),
                                          path + QStringLiteral(": story"), catalog);
        if (!story.story)
            return story.error;
        state->document.story = *story.story;
    }
    state->filePath = root.value(QStringLiteral("file")).toString();
    state->modified = root.value(QStringLiteral("modified")).toBool();
    return {};
}

} // namespace

QString SessionStore::save(const SessionState& state, const DocumentState& defaults) const
{
    const QString folder = QFileInfo(path_).absolutePath();
    if (!QDir().mkpath(folder))
        return QObject::tr("cannot create the folder %1").arg(folder);
    std::string json = "{\n\"dtx_session\": " + std::to_string(kSessionFormatVersion) + ",\n\"file\": ";
    appendJsonString(&json, state.filePath.toStdString());
    json += ",\n\"modified\": ";
    json += state.modified ? "true" : "false";
    json += ",\n\"document\": " + documentToJson(state.document, defaults);
    // An empty story (the user started a new one) has no steps to write;
    // the built-in one comes back instead.
    if (!state.document.story.steps.empty())
        json += ",\n\"story\": " + storyToJson(state.document.story).toStdString();
    json += "}\n";
    return saveBytes(path_, json);
}

SessionStore::Restored SessionStore::restore(const HardwareCatalog& catalog,
                                             const DocumentState& defaults) const
{
    Restored restored;
    if (!QFileInfo::exists(path_))
        return restored;
    QByteArray bytes;
    SessionState state;
    if (!readRegularFile(path_, kMaxDocumentBytes, &bytes, &restored.problem)
        || !(restored.problem = parseSession(bytes, path_, catalog, defaults, &state)).isEmpty()) {
        const QString folder = QFileInfo(path_).absolutePath();
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = folder + QStringLiteral("/session-unreadable-%1.json").arg(stamp);
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = folder + QStringLiteral("/session-unreadable-%1-%2.json").arg(stamp).arg(n);
        if (QFile::rename(path_, aside))
            restored.keptAs = aside;
        return restored;
    }
    restored.state = state;
    return restored;
}

} // namespace dtx::ui
