#pragma once

#include <QByteArray>
#include <QString>

// The one way dtx reads a document it did not write itself this run:
// scenario, planner, story, session and settings files.
//
// Only regular files are read. A directory, FIFO, device or socket is
// refused with a message saying what it is, before anything is read, so
// `/dev/zero` cannot grow without end and a FIFO with no writer cannot
// hang the program. The size limit is enforced by what is read, not by
// what the file system reports (a /proc file reports 0 bytes).
namespace dtx {

// The largest document dtx reads: far above any real scenario or story.
inline constexpr qint64 kMaxDocumentBytes = 16 * 1024 * 1024;

// False with `error` = "PATH: REASON" when the file cannot be read, is not
// a regular file or holds more than `maxBytes`.
bool readRegularFile(const QString& path, qint64 maxBytes, QByteArray* bytes, QString* error);

} // namespace dtx
