#include "BuiltInStory.hpp"

#include <QFile>
#include <QLocale>

namespace dtx::ui {

Story builtInStory(const HardwareCatalog& catalog)
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QFile file(QStringLiteral(":/dtx/stories/simulation-notes_%1.json").arg(language));
    if (!file.exists())
        file.setFileName(QStringLiteral(":/dtx/stories/simulation-notes.json"));
    file.open(QIODevice::ReadOnly);
    // Checked by the tests: the shipped story always loads.
    Story story = loadStory(file.readAll(), file.fileName(), catalog).story.value_or(Story{});
    story.builtIn = true;
    return story;
}

} // namespace dtx::ui
