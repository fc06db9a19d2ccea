#include "Story.hpp"

#include "ScenarioFile.hpp"

#include <QFile>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtx::ui {

StoryLoad loadStory(const QByteArray& document, const QString& sourceName,
                    const HardwareCatalog& catalog)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (!json.isObject())
        return {{}, QStringLiteral("%1: not a story (%2)").arg(sourceName, parseError.errorString())};
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("dtx_story")).toInt() != kStoryFormatVersion)
        return {{}, QStringLiteral("%1: dtx_story must be %2").arg(sourceName).arg(kStoryFormatVersion)};
    Story story;
    story.title = root.value(QStringLiteral("title")).toString();
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
        story.steps.push_back({step.value(QStringLiteral("title")).toString(),
                               step.value(QStringLiteral("message")).toString(),
                               step.value(QStringLiteral("tab")).toString(), *scenario.scenario});
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
    const QJsonObject root{{QStringLiteral("dtx_story"), kStoryFormatVersion},
                           {QStringLiteral("title"), story.title},
                           {QStringLiteral("steps"), steps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Story builtInStory(const HardwareCatalog& catalog)
{
    // The story in the UI's language where it has been translated.
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QFile file(QStringLiteral(":/dtx/stories/simulation-notes_%1.json").arg(language));
    if (!file.exists())
        file.setFileName(QStringLiteral(":/dtx/stories/simulation-notes.json"));
    file.open(QIODevice::ReadOnly);
    // Checked by the tests: the shipped story always loads.
    return loadStory(file.readAll(), file.fileName(), catalog).story.value_or(Story{});
}

} // namespace dtx::ui
