#include "StoryFile.hpp"

#include "DocumentFields.hpp"
#include "ScenarioFile.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dtx {
namespace {

// The first placeholder of `text` that is not a known one; empty if none.
QString unknownPlaceholder(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text)) {
        const QString name = match.captured(1);
        bool known = false;
        for (const char* placeholder : kStoryPlaceholders)
            known = known || name == QLatin1String(placeholder);
        if (!known)
            return name;
    }
    return {};
}

} // namespace

StoryLoad loadStory(const QByteArray& document, const QString& sourceName,
                    const HardwareCatalog& catalog)
{
    // UTF-8, JSON syntax, duplicate keys: checked as for scenario files.
    QString error;
    const std::optional<QJsonObject> parsed = parseDocumentObject(document, sourceName, &error);
    if (!parsed)
        return {{}, error};
    const QJsonObject& root = *parsed;
    if (root.value(QStringLiteral("dtx_story")).toInt() != kStoryFormatVersion)
        return {{}, QStringLiteral("%1: dtx_story must be %2").arg(sourceName).arg(kStoryFormatVersion)};
    Story story;
    story.title = root.value(QStringLiteral("title")).toString();
    story.builtIn = root.value(QStringLiteral("built_in")).toBool(false);
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return {{}, QStringLiteral("%1: steps: a story needs at least one step").arg(sourceName)};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QString where = QStringLiteral("%1: steps[%2]").arg(sourceName).arg(i);
        const ScenarioLoad scenario =
            loadScenario(QJsonDocument(step.value(QStringLiteral("scenario")).toObject()).toJson(),
                         where + QStringLiteral(".scenario"), {}, catalog);
        if (!scenario.scenario)
            return {{}, scenario.error.startsWith(where)
                            ? scenario.error
                            : where + QStringLiteral(".scenario: ") + scenario.error};
        const QString title = step.value(QStringLiteral("title")).toString();
        const QString message = step.value(QStringLiteral("message")).toString();
        for (const auto& [key, text] : {std::pair{QStringLiteral("title"), title},
                                        std::pair{QStringLiteral("message"), message}})
            if (const QString unknown = unknownPlaceholder(text); !unknown.isEmpty()) {
                QStringList known;
                for (const char* placeholder : kStoryPlaceholders)
                    known << QLatin1Char('{') + QLatin1String(placeholder) + QLatin1Char('}');
                return {{}, QStringLiteral("%1.%2: unknown placeholder {%3}; a step can quote %4")
                                .arg(where, key, unknown, known.join(QStringLiteral(", ")))};
            }
        story.steps.push_back({title, message, step.value(QStringLiteral("tab")).toString(),
                               *scenario.scenario});
    }
    return {story, {}};
}

QByteArray storyToJson(const Story& story)
{
    QJsonArray steps;
    for (const StoryStep& step : story.steps) {
        const QByteArray scenario = QByteArray::fromStdString(scenarioToJson(step.scenario, false));
        steps.append(QJsonObject{{QStringLiteral("title"), step.title},
                                 {QStringLiteral("message"), step.message},
                                 {QStringLiteral("tab"), step.tab},
                                 {QStringLiteral("scenario"),
                                  QJsonDocument::fromJson(scenario).object()}});
    }
    QJsonObject root{{QStringLiteral("dtx_story"), kStoryFormatVersion},
                     {QStringLiteral("title"), story.title},
                     {QStringLiteral("steps"), steps}};
    if (story.builtIn)
        root.insert(QStringLiteral("built_in"), true);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dtx
