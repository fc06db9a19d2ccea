#pragma once

#include "ScenarioFile.hpp"

#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <functional>
#include <optional>
#include <vector>
#include <string>
#include <variant>

// What the scenario file and the planner file share: typed leaf values,
// `--set` text conversion and document parsing with clear messages.
namespace dtx {

using Scalar = std::variant<std::monostate, double, bool, std::string>;

std::string typeName(ScenarioValueType type);

// Checks a JSON value against the key's type and converts it.
std::optional<Scalar> toScalar(const QJsonValue& value, ScenarioValueType type, std::string* error);

// Converts the text of `--set KEY=VALUE` to the key's JSON type.
std::optional<QJsonValue> assignmentValue(const ScenarioAssignment& assignment,
                                          ScenarioValueType type, QString* error);

// UTF-8 check, JSON parse (errors with line and column) and a top-level
// object; messages start with `sourceName`.
std::optional<QJsonObject> parseDocumentObject(const QByteArray& document, const QString& sourceName,
                                               QString* error);

// Reads a document file of at most 16 MiB; false with `error` naming the
// path when it cannot be read, is too large or is empty.
bool readDocumentFile(const QString& path, QByteArray* document, QString* error);

// How a document's keys are read: their types, where values go, and which
// dotted prefixes are sections. `store` returns an error message or "".
struct DocumentSchema {
    std::function<std::optional<ScenarioValueType>(const std::string& key)> typeOf;
    std::function<std::string(const std::string& key, const Scalar& value)> store;
    const std::vector<std::string>* keys;
};

// Walks an object, storing each leaf; unknown keys get a suggestion.
QString readDocumentObject(const QJsonObject& object, const QString& prefix,
                           const DocumentSchema& schema);

// Sets a dotted key in a document tree.
void assignPath(QJsonObject* root, const std::string& key, const QJsonValue& value);

// Writes leaves (dotted keys, in section order) as nested JSON objects.
// A std::string "null" on a NullableNumber leaf is written as null.
struct DocumentLeaf {
    const char* key;
    ScenarioValueType type;
    Scalar value;
};
// `more` writes further members (key and value) before the object closes.
void writeDocumentObject(const std::vector<DocumentLeaf>& leaves, class JsonWriter* writer,
                         const std::function<void(class JsonWriter*)>& more = {});

// The dotted keys of a field table (any entries with a `key` member).
template <typename Fields>
std::vector<std::string> keysOf(const Fields& fields)
{
    std::vector<std::string> keys;
    for (const auto& field : fields)
        keys.emplace_back(field.key);
    return keys;
}

// "key: message"
QString keyError(const std::string& key, const std::string& message);

} // namespace dtx
