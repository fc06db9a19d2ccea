#include "ChangeSet.hpp"

namespace dtx::ui {
namespace {

bool lies(const QString& key, const QString& under)
{
    return key == under || (key.size() > under.size() && key.startsWith(under)
                            && key.at(under.size()) == QLatin1Char('.'));
}

} // namespace

bool ChangeSet::touches(const QString& key) const
{
    for (const QString& changed : keys_)
        if (lies(changed, key) || lies(key, changed))
            return true;
    return false;
}

bool ChangeSet::touchesAnyBut(std::initializer_list<QString> within,
                              std::initializer_list<QString> except) const
{
    for (const QString& changed : keys_) {
        bool inside = false;
        for (const QString& key : within)
            inside = inside || lies(changed, key) || lies(key, changed);
        bool excluded = false;
        for (const QString& key : except)
            excluded = excluded || lies(changed, key);
        if (inside && !excluded)
            return true;
    }
    return false;
}

ChangeSet ChangeSet::everything()
{
    return {QStringLiteral("scenario"), QStringLiteral("planner"), QStringLiteral("growth"),
            QStringLiteral("pins"), QStringLiteral("story")};
}

} // namespace dtx::ui
