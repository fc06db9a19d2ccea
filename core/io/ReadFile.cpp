#include "ReadFile.hpp"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dtx {
namespace {

// What a path that is not a regular file is, in words.
QString fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("is a folder, not a file");
    if (S_ISFIFO(mode))
        return QStringLiteral("is a FIFO (named pipe), not a file; dtx reads regular files only");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("is a device, not a file; dtx reads regular files only");
    if (S_ISSOCK(mode))
        return QStringLiteral("is a socket, not a file");
    return QStringLiteral("is not a regular file");
}

} // namespace

bool readRegularFile(const QString& path, qint64 maxBytes, QByteArray* bytes, QString* error)
{
    const QByteArray name = QFile::encodeName(path);
    // stat first for a clear word on what the path is (opening a socket
    // fails with a puzzling "No such device or address").
    struct stat status {};
    if (::stat(name.constData(), &status) == 0 && !S_ISREG(status.st_mode)) {
        *error = path + QStringLiteral(": ") + fileKind(status.st_mode);
        return false;
    }
    // O_NONBLOCK: if the path became a FIFO since, opening it must not wait
    // for a writer; fstat below then refuses it.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = path + QStringLiteral(": cannot open: ") + qt_error_string(errno);
        return false;
    }
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        *error = path + QStringLiteral(": ") + fileKind(status.st_mode);
        ::close(fd);
        return false;
    }
    bytes->clear();
    char chunk[65536];
    for (;;) {
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = path + QStringLiteral(": cannot read: ") + qt_error_string(errno);
            ::close(fd);
            return false;
        }
        if (got == 0)
            break;
        if (bytes->size() + got > maxBytes) {
            *error = path + QStringLiteral(": larger than %1 MiB; not a dtx file")
                                .arg(maxBytes / (1024 * 1024));
            bytes->clear();
            ::close(fd);
            return false;
        }
        bytes->append(chunk, got);
    }
    ::close(fd);
    return true;
}

} // namespace dtx
