#include "UiLanguage.hpp"

#include "Settings.hpp"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dtx::ui {
namespace {

const QString kTranslationsDir = QStringLiteral(":/i18n");
const QString kSourceLanguage = QStringLiteral("en");
const QString kPluralsDir = QStringLiteral(":/i18n/plurals");

} // namespace

UiLanguage::~UiLanguage()
{
    removeTranslators();
}

QStringList UiLanguage::available()
{
    QStringList languages{kSourceLanguage};
    const QStringList files =
        QDir(kTranslationsDir).entryList({QStringLiteral("dtx_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(4, file.size() - 7);
    return languages;
}

QString UiLanguage::nativeName(const QString& code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString UiLanguage::systemLanguage()
{
    const QString code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return available().contains(code) ? code : kSourceLanguage;
}

QString UiLanguage::startLanguage(const SettingsFile& store)
{
    const QString saved = settings::kLanguage.readString(store);
    return available().contains(saved) ? saved : systemLanguage();
}

bool UiLanguage::install(const QString& code, QString* error)
{
    if (!available().contains(code)) {
        *error = tr("no translation for '%1'; available: %2")
                     .arg(code, available().join(QStringLiteral(", ")));
        return false;
    }
    removeTranslators();
    QLocale::setDefault(QLocale(code));
    current_ = code;
    if (code == kSourceLanguage) {
        // The source texts need only their plural forms.
        auto* plurals = new QTranslator;
        if (plurals->load(QStringLiteral("dtx_en"), kPluralsDir) && QCoreApplication::installTranslator(plurals))
            translators_ << plurals;
        else
            delete plurals;
        return true;
    }
    for (const auto& [name, dir] :
         {std::pair{QStringLiteral("dtx_") + code, kTranslationsDir},
          std::pair{QStringLiteral("qtbase_") + code,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)}}) {
        auto* translator = new QTranslator;
        // Qt's own translation is optional (package qt6-translations-l10n).
        if (translator->load(name, dir) && QCoreApplication::installTranslator(translator))
            translators_ << translator;
        else
            delete translator;
    }
    return true;
}

void UiLanguage::removeTranslators()
{
    for (QTranslator* translator : std::as_const(translators_)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translators_.clear();
}

} // namespace dtx::ui
