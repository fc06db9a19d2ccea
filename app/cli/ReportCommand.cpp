#include "CliCommon.hpp"
#include "Report.hpp"

namespace dtx::cli {

int runReport(const CommandContext& context)
{
    if (!context.positional.isEmpty())
        return fail(context, QStringLiteral("unexpected argument '%1': report takes no FILE")
                                 .arg(context.positional.first()));
    ReportOptions options;
    if (context.parser.isSet(QStringLiteral("quality"))) {
        const QString name = context.parser.value(QStringLiteral("quality"));
        if (!parseQualityScenario(name.toStdString(), &options.quality))
            return fail(context, QStringLiteral("--quality: unknown scenario '%1'; use none, "
                                                "optimistic, expected or conservative")
                                     .arg(name));
    }
    options.replicaPenalty = !context.parser.isSet(QStringLiteral("no-replica-penalty"));
    return writeOutput(context, referenceReport(context.catalog, options));
}

} // namespace dtx::cli
