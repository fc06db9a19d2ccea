#include "CliCommon.hpp"
#include "Report.hpp"

namespace dtx::cli {

int runReport(const CommandContext& context)
{
    if (!context.positional.isEmpty())
        return fail(context, QStringLiteral("unexpected argument '%1': report takes no FILE")
                                 .arg(context.positional.first()));
    ReportOptions options;
    int status = kExitSuccess;
    if (const std::optional<Revision> revision = revisionOption(context, &status))
        options.revision = *revision;
    else if (status != kExitSuccess)
        return status;
    if (context.parser.isSet(QStringLiteral("quality"))) {
        const QString name = context.parser.value(QStringLiteral("quality"));
        if (!parseQualityScenario(name.toStdString(), &options.quality))
            return fail(context, QStringLiteral("--quality: unknown scenario '%1'; use none, "
                                                "optimistic, expected or conservative")
                                     .arg(name));
    }
    options.replicaPenalty = !context.parser.isSet(QStringLiteral("no-replica-penalty"));

    // Error feedback and the straggler mode are inputs of 2026-04 only (R2,
    // R14 "Report options").
    const bool revisedInputs = revisionRules(options.revision).hasRevisedInputs;
    const QString needsRevision =
        QStringLiteral("needs --revision %1 (revision %2 has no %3 input)")
            .arg(QLatin1String(revisionName(Revision::Apr2026)),
                 QLatin1String(revisionName(options.revision)));
    if (context.parser.isSet(QStringLiteral("no-error-feedback"))) {
        if (!revisedInputs)
            return fail(context, QStringLiteral("--no-error-feedback: ")
                                     + needsRevision.arg(QStringLiteral("error-feedback")));
        options.errorFeedback = false;
    }
    if (context.parser.isSet(QStringLiteral("straggler"))) {
        const QString name = context.parser.value(QStringLiteral("straggler"));
        if (!revisedInputs)
            return fail(context, QStringLiteral("--straggler: ")
                                     + needsRevision.arg(QStringLiteral("straggler-mode")));
        StragglerMode mode;
        if (!parseStragglerMode(name.toStdString(), &mode))
            return fail(context, QStringLiteral("--straggler: unknown mode '%1'; use synchronous, "
                                                "threshold or relay")
                                     .arg(name));
        options.stragglerMode = mode;
    }
    if (const std::optional<std::string> problem = reportCatalogProblem(context.catalog,
                                                                         options.revision))
        return fail(context, QString::fromStdString(*problem));
    return writeOutput(context, referenceReport(context.catalog, options));
}

} // namespace dtx::cli
