#include "DocumentFields.hpp"

#include "JsonDuplicateKeys.hpp"
#include "JsonWriter.hpp"
#include "KeySuggestion.hpp"
#include "ReadFile.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>

#include <charconv>
#include <cmath>

namespace dtx {
namespace {
// Integers travel as doubles in JSON; beyond 2^53 they are no longer exact.
constexpr double kMaxExactInteger = 9007199254740992.0;

bool isSection(const QString& path, const std::vector<std::string>& keys)
{
    const std::string prefix = path.toStdString() + ".";
    for (const std::string& key : keys)
        if (key.compare(0, prefix.size(), prefix) == 0)
            return true;
    return false;
}

QString describeParseError(const QByteArray& document, const QJsonParseError& error)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < document.size(); ++i) {
        if (document[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("invalid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

// The power of ten of the leading significant digit of a decimal number
// that from_chars accepted ("1e999" -> 999, "0.001e-400" -> -403); only its
// sign matters, to tell an overflow from an underflow.
long long decimalOrder(const char* begin, const char* end)
{
    if (begin != end && *begin == '-')
        ++begin;
    long long integerDigits = 0;        // after leading zeros
    long long leadingFractionZeros = 0; // before the first nonzero digit
    bool fraction = false;
    bool significant = false;
    const char* p = begin;
    for (; p != end && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            fraction = true;
            continue;
        }
        significant = significant || *p != '0';
        if (!fraction && significant)
            ++integerDigits;
        else if (fraction && !significant)
            ++leadingFractionZeros;
    }
    long long exponent = 0;
    if (p != end) {
        const char* digits = p + 1;
        if (digits != end && *digits == '+')
            ++digits;
        // An exponent beyond long long is far beyond any double either way.
        constexpr long long kHugeExponent = 1'000'000'000'000;
        if (std::from_chars(digits, end, exponent).ec == std::errc::result_out_of_range)
            exponent = *digits == '-' ? -kHugeExponent : kHugeExponent;
    }
    const long long lead = integerDigits > 0 ? integerDigits - 1 : -(leadingFractionZeros + 1);
    return lead + exponent;
}

} // namespace

QString keyError(const std::string& key, const std::string& message)
{
    return QString::fromStdString(key + ": " + message);
}

std::string typeName(ScenarioValueType type)
{
    switch (type) {
    case ScenarioValueType::Number: return "a number";
    case ScenarioValueType::Integer: return "a whole number";
    case ScenarioValueType::NullableNumber: return "a number or null";
    case ScenarioValueType::Boolean: return "true or false";
    case ScenarioValueType::Text: return "a string";
    }
    return {};
}

// Checks a JSON value against the key's type and converts it.
std::optional<Scalar> toScalar(const QJsonValue& value, ScenarioValueType type, std::string* error)
{
    switch (type) {
    case ScenarioValueType::NullableNumber:
        if (value.isNull())
            return Scalar{};
        [[fallthrough]];
    case ScenarioValueType::Number:
    case ScenarioValueType::Integer: {
        if (!value.isDouble())
            break;
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            *error = "must be a finite number";
            return std::nullopt;
        }
        if (type == ScenarioValueType::Integer
            && (number != std::floor(number) || std::abs(number) > kMaxExactInteger)) {
            *error = "must be a whole number, not " + QByteArray::number(number, 'g', 17).toStdString();
            return std::nullopt;
        }
        return Scalar{number};
    }
    case ScenarioValueType::Boolean:
        if (value.isBool())
            return Scalar{value.toBool()};
        break;
    case ScenarioValueType::Text:
        if (value.isString())
            return Scalar{value.toString().toStdString()};
        break;
    }
    *error = "must be " + typeName(type);
    return std::nullopt;
}

// Converts the text of `--set KEY=VALUE` to the key's JSON type.
std::optional<QJsonValue> assignmentValue(const ScenarioAssignment& assignment,
                                          ScenarioValueType type, QString* error)
{
    const std::string& raw = assignment.value;
    switch (type) {
    case ScenarioValueType::Text:
        return QJsonValue(QString::fromStdString(raw));
    case ScenarioValueType::Boolean:
        if (raw == "true" || raw == "false")
            return QJsonValue(raw == "true");
        break;
    case ScenarioValueType::NullableNumber:
        if (raw == "null")
            return QJsonValue(QJsonValue::Null);
        [[fallthrough]];
    case ScenarioValueType::Number:
    case ScenarioValueType::Integer: {
        double number = 0;
        if (!parseNumberText(raw, &number))
            break;
        if (!std::isfinite(number)) {
            *error = keyError(assignment.key, "must be a finite number, not '" + raw + "'");
            return std::nullopt;
        }
        return QJsonValue(number);
    }
    }
    *error = keyError(assignment.key, "'" + raw + "' is not " + typeName(type));
    return std::nullopt;
}

std::optional<QJsonObject> parseDocumentObject(const QByteArray& document, const QString& sourceName,
                                               QString* error)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(document);
    if (decoder.hasError()) {
        *error = sourceName + QStringLiteral(": not valid UTF-8 text");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = sourceName + QStringLiteral(": ") + describeParseError(document, parseError);
        return std::nullopt;
    }
    if (!json.isObject()) {
        *error = sourceName + QStringLiteral(": the top level must be a JSON object");
        return std::nullopt;
    }
    if (const std::optional<std::string> duplicate = findDuplicateJsonKey(document)) {
        *error = sourceName + QStringLiteral(": ")
                 + keyError(*duplicate, "is given twice; each key may appear once");
        return std::nullopt;
    }
    return json.object();
}

bool readDocumentFile(const QString& path, QByteArray* document, QString* error)
{
    if (!readRegularFile(path, kMaxDocumentBytes, document, error))
        return false;
    if (document->trimmed().isEmpty()) {
        *error = path + QStringLiteral(": the file is empty");
        return false;
    }
    return true;
}

QString readDocumentObject(const QJsonObject& object, const QString& prefix,
                           const DocumentSchema& schema)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const std::string key = path.toStdString();
        const std::optional<ScenarioValueType> type = schema.typeOf(key);
        if (!type) {
            if (isSection(path, *schema.keys) && !it.value().isObject())
                return keyError(key, "must be an object");
            if (isSection(path, *schema.keys)) {
                const QString error = readDocumentObject(it.value().toObject(), path, schema);
                if (!error.isEmpty())
                    return error;
                continue;
            }
            return keyError(key, "unknown key" + didYouMean(key, *schema.keys));
        }
        std::string message;
        const std::optional<Scalar> scalar = toScalar(it.value(), *type, &message);
        if (!scalar)
            return keyError(key, message);
        message = schema.store(key, *scalar);
        if (!message.empty())
            return keyError(key, message);
    }
    return {};
}

void assignPath(QJsonObject* root, const std::string& key, const QJsonValue& value)
{
    const QStringList parts = QString::fromStdString(key).split(QLatin1Char('.'));
    if (parts.size() == 1) {
        root->insert(parts[0], value);
        return;
    }
    QJsonObject section = root->value(parts[0]).toObject();
    section.insert(parts[1], value);
    root->insert(parts[0], section);
}

void writeDocumentObject(const std::vector<DocumentLeaf>& leaves, JsonWriter* writer,
                         const std::function<void(JsonWriter*)>& more)
{
    writer->beginObject();
    std::string openSection;
    for (const DocumentLeaf& leaf : leaves) {
        if (std::holds_alternative<std::monostate>(leaf.value))
            continue;
        const std::string_view key = leaf.key;
        const std::size_t dot = key.find('.');
        const std::string section(dot == std::string_view::npos ? "" : key.substr(0, dot));
        if (section != openSection) {
            if (!openSection.empty())
                writer->endObject();
            if (!section.empty()) {
                writer->key(section);
                writer->beginObject();
            }
            openSection = section;
        }
        writer->key(dot == std::string_view::npos ? key : key.substr(dot + 1));
        if (const double* number = std::get_if<double>(&leaf.value))
            writer->value(*number);
        else if (const bool* flag = std::get_if<bool>(&leaf.value))
            writer->value(*flag);
        else if (leaf.type == ScenarioValueType::NullableNumber)
            writer->null();
        else
            writer->value(std::get<std::string>(leaf.value));
    }
    if (!openSection.empty())
        writer->endObject();
    if (more)
        more(writer);
    writer->endObject();
}

bool parseNumberText(std::string_view text, double* value)
{
    if (text.empty())
        return false;
    const char* begin = text.data();
    if (*begin == '+')
        ++begin;
    const auto result = std::from_chars(begin, text.data() + text.size(), *value);
    if (result.ec == std::errc::invalid_argument || result.ptr != text.data() + text.size())
        return false;
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars leaves the value untouched when it is out of range, so
        // "1e999" would silently read as 0 (and pass wherever 0 is allowed).
        // Overflow becomes an infinity, which the callers reject as not
        // finite; underflow becomes a zero of the same sign.
        *value = std::copysign(decimalOrder(begin, text.data() + text.size()) >= 0 ? HUGE_VAL : 0.0,
                               *begin == '-' ? -1.0 : 1.0);
    }
    return true;
}

bool parseAssignment(const std::string& text, ScenarioAssignment* assignment)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        return false;
    assignment->key = text.substr(0, equals);
    assignment->value = text.substr(equals + 1);
    return true;
}

} // namespace dtx
