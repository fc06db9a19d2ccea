#pragma once

#include "Hardware.hpp"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads the hardware catalog (resources/hardware.json) into plain data.
namespace dtx {

// Parses a catalog document; on failure returns nothing and sets `error`.
std::optional<HardwareCatalog> parseHardwareCatalog(const QByteArray& json, QString* error);

// A user's catalog file; the error names the file.
std::optional<HardwareCatalog> loadHardwareCatalogFile(const QString& path, QString* error);

// The catalog compiled into the program. The built-in copy is checked by
// the tests, so failing here is a build defect and aborts with a message.
HardwareCatalog builtInHardwareCatalog();

} // namespace dtx
