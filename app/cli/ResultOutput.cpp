#include "ResultOutput.hpp"

#include "PrintableText.hpp"

#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "ScenarioFile.hpp"

#include <cstdio>

namespace dtx::cli {

void appendCsvText(std::string* out, std::string_view text)
{
    // RFC 4180: quote a cell holding a comma, quote or line break.
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out->append(text);
        return;
    }
    out->push_back('"');
    for (char c : text) {
        if (c == '"')
            out->push_back('"');
        out->push_back(c);
    }
    out->push_back('"');
}

void appendCsvValue(std::string* out, const ResultField& field, const ResultValue& value)
{
    if (!value.present)
        return;
    switch (field.kind) {
    case ResultKind::Number: appendJsonNumber(out, value.number); break;
    case ResultKind::Boolean: out->append(value.flag ? "true" : "false"); break;
    case ResultKind::Text: appendCsvText(out, value.text); break;
    }
}

std::string resultsAsText(const Scenario& scenario, const Evaluation& evaluation)
{
    std::string out;
    // Names come from files and --set: a newline or ESC in one is shown,
    // not obeyed.
    out += "Scenario: "
           + (scenario.name.empty() ? std::string("(unnamed)") : printableText(scenario.name)) + "\n";
    out += "Node:     " + printableText(scenario.node.name) + "\n";
    out += "Model:    revision " + std::string(revisionName(scenario.revision)) + "\n\n";
    for (const ResultField& field : resultFields()) {
        const ResultValue value = field.read(evaluation);
        if (!value.present)
            continue;
        std::string shown;
        if (field.kind == ResultKind::Number)
            shown = formatGeneral(value.number);
        else if (field.kind == ResultKind::Boolean)
            shown = value.flag ? "yes" : "no";
        else
            shown = value.text;
        if (*field.unit)
            shown += std::string(" ") + field.unit;
        char line[256];
        std::snprintf(line, sizeof line, "%-38s %-22s %s\n", field.labelFor(evaluation.revision),
                      shown.c_str(), field.key);
        out += line;
    }
    return out;
}

void beginResultsJson(const Scenario& scenario, JsonWriter* writer)
{
    writer->beginObject();
    writer->key("inputs");
    writeScenarioJson(scenario, true, writer);
    writer->key("results");
    writer->beginObject();
}

std::string resultsAsJson(const Scenario& scenario, const Evaluation& evaluation)
{
    std::string out;
    JsonWriter writer(&out);
    beginResultsJson(scenario, &writer);
    for (const ResultField& field : resultFields()) {
        const ResultValue value = field.read(evaluation);
        if (!value.present)
            continue;
        writer.key(field.key);
        switch (field.kind) {
        case ResultKind::Number: writer.value(value.number); break;
        case ResultKind::Boolean: writer.value(value.flag); break;
        case ResultKind::Text: writer.value(value.text); break;
        }
    }
    writer.endObject();
    writer.endObject();
    out.push_back('\n');
    return out;
}

std::string resultsAsCsv(const Evaluation& evaluation)
{
    std::string header;
    std::string row;
    for (const ResultField& field : resultFields()) {
        const ResultValue value = field.read(evaluation);
        if (!value.present)
            continue;
        if (!header.empty()) {
            header.push_back(',');
            row.push_back(',');
        }
        header += field.key;
        appendCsvValue(&row, field, value);
    }
    return header + "\r\n" + row + "\r\n";
}

} // namespace dtx::cli
