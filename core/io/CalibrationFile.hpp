#pragma once

#include "Calibration.hpp"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads the runs of the calibration (resources/calibration.json, or a
// user's copy of it) into plain data.
namespace dtx {

// On failure returns nothing and sets `error` to what is wrong and where
// ("records[3].metric: …").
std::optional<CalibrationData> parseCalibrationData(const QByteArray& json, QString* error);

// A user's runs file; the error names the file.
std::optional<CalibrationData> loadCalibrationFile(const QString& path, QString* error);

// The runs compiled into the program (checked by the tests).
CalibrationData builtInCalibrationData();

} // namespace dtx
