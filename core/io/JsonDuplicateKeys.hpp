#pragma once

#include <QByteArray>

#include <optional>
#include <string>

// QJsonDocument keeps the last of two equal keys in one object without a
// word, so `{"nodes": 72, "nodes": 7200}` would read as 7200. dtx refuses
// such documents instead, naming the key.
namespace dtx {

// The dotted path ("network.bandwidth_mbps") of the first key that appears
// twice in one object of a document QJsonDocument has already accepted;
// nothing when every key is unique. Keys compare after their escapes are
// decoded ("a" and "\u0061" are the same key).
std::optional<std::string> findDuplicateJsonKey(const QByteArray& json);

} // namespace dtx
