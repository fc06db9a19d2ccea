#include "SaveFile.hpp"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dtx {
namespace {

// Large outputs (a sweep is hundreds of megabytes) are written in pieces
// of at most this size; small ones in one write at commit.
constexpr std::size_t kBufferBytes = 1 << 20;
// As the kernel's own limit on symbolic links in one path.
constexpr int kMaxLinkHops = 40;

std::string directoryOf(const std::string& path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string fileNameOf(const std::string& path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// True when the directory is in /proc, whose entries (/proc/self/fd/1,
// what /dev/stdout points to) are links to open files, not paths to replace.
bool isProcessLinkDirectory(const std::string& directory)
{
    char resolved[PATH_MAX];
    if (!::realpath(directory.c_str(), resolved))
        return false;
    return std::string_view(resolved).substr(0, 6) == "/proc/";
}

// Follows symbolic links to the file they name, so that saving through a
// link replaces the file and keeps the link. `inPlace` is set for links
// into /proc. Returns 0 or an errno.
int resolveLinks(std::string* path, bool* inPlace)
{
    for (int hop = 0; hop < kMaxLinkHops; ++hop) {
        struct stat status {};
        if (::lstat(path->c_str(), &status) != 0)
            return errno == ENOENT ? 0 : errno;
        if (!S_ISLNK(status.st_mode))
            return 0;
        if (isProcessLinkDirectory(directoryOf(*path))) {
            *inPlace = true;
            return 0;
        }
        char target[PATH_MAX];
        const ssize_t length = ::readlink(path->c_str(), target, sizeof target - 1);
        if (length < 0)
            return errno;
        std::string next(target, std::size_t(length));
        *path = next.front() == '/' ? next : directoryOf(*path) + "/" + next;
    }
    return ELOOP;
}

} // namespace

SaveFile::SaveFile(const QString& path) : path_(path) {}

SaveFile::~SaveFile()
{
    cancel();
}

bool SaveFile::fail(int errorNumber)
{
    return failWith(qt_error_string(errorNumber));
}

bool SaveFile::failWith(const QString& reason)
{
    failed_ = true;
    error_ = reason;
    closeAndDiscard();
    return false;
}

bool SaveFile::open()
{
    if (path_.isEmpty())
        return fail(ENOENT);
    target_ = QFile::encodeName(path_).toStdString();
    if (const int error = resolveLinks(&target_, &inPlace_))
        return fail(error);

    struct stat status {};
    const bool exists = ::stat(target_.c_str(), &status) == 0;
    if (exists && S_ISDIR(status.st_mode))
        return fail(EISDIR);
    if (exists && (S_ISBLK(status.st_mode) || S_ISSOCK(status.st_mode))) {
        // A disk or a socket is never what an export meant.
        return failWith(S_ISBLK(status.st_mode) ? QStringLiteral("it is a block device (a disk)")
                                                 : QStringLiteral("it is a socket"));
    }
    if (exists && !S_ISREG(status.st_mode))
        inPlace_ = true;

    if (inPlace_) {
        // O_NONBLOCK only so that opening a FIFO with no reader fails
        // (ENXIO) instead of hanging; writes block as usual afterwards.
        fd_ = ::open(target_.c_str(), O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC);
        if (fd_ < 0) {
            if (errno == ENXIO)
                return failWith(QStringLiteral("no program is reading from this FIFO"));
            return fail(errno);
        }
        const int flags = ::fcntl(fd_, F_GETFL);
        if (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK) != 0)
            return fail(errno);
        return true;
    }

    const std::string stem = directoryOf(target_) + "/." + fileNameOf(target_) + ".dtx-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        temporary_ = stem + QByteArray::number(QRandomGenerator::global()->generate(), 36).toStdString();
        fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd_ >= 0 || errno != EEXIST)
            break;
    }
    if (fd_ < 0) {
        const int error = errno;
        temporary_.clear();
        return fail(error);
    }
    if (exists) {
        // The new file keeps the old one's permissions and, where allowed,
        // its owner.
        (void)::fchmod(fd_, status.st_mode & 07777);
        if (::geteuid() == 0)
            (void)::fchown(fd_, status.st_uid, status.st_gid);
    }
    return true;
}

bool SaveFile::writeAll(std::string_view bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const std::size_t piece = std::min(bytes.size() - done, kBufferBytes);
        const ssize_t written = ::write(fd_, bytes.data() + done, piece);
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return fail(errno);
        if (written == 0)
            return fail(EIO);
        done += std::size_t(written);
    }
    return true;
}

bool SaveFile::flushBuffer()
{
    if (!writeAll(buffer_))
        return false;
    buffer_.clear();
    return true;
}

bool SaveFile::write(std::string_view bytes)
{
    if (failed_ || fd_ < 0)
        return false;
    // A large piece goes out as it is rather than through the buffer: a
    // sweep hands over blocks of megabytes.
    if (bytes.size() >= kBufferBytes) {
        if (!flushBuffer())
            return false;
        return writeAll(bytes);
    }
    buffer_.append(bytes);
    return buffer_.size() < kBufferBytes || flushBuffer();
}

bool SaveFile::commit()
{
    if (failed_ || fd_ < 0)
        return false;
    if (!flushBuffer())
        return false;
    if (inPlace_) {
        // Devices and pipes cannot be synced (EINVAL); what they took is
        // theirs.
        if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS)
            return fail(errno);
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0 && errno != EINTR)
            return fail(errno);
        return true;
    }
    if (::fsync(fd_) != 0)
        return fail(errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0 && errno != EINTR)
        return fail(errno);
    if (::rename(temporary_.c_str(), target_.c_str()) != 0)
        return fail(errno);
    temporary_.clear();
    // The rename itself reaches the disk with the directory. The new file
    // is in place by now, so a failure here is not reported as a lost save.
    const int directory = ::open(directoryOf(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory >= 0) {
        (void)::fsync(directory);
        ::close(directory);
    }
    return true;
}

void SaveFile::closeAndDiscard()
{
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
        temporary_.clear();
    }
    buffer_.clear();
}

void SaveFile::cancel()
{
    closeAndDiscard();
}

QString saveBytes(const QString& path, std::string_view bytes)
{
    SaveFile file(path);
    if (file.open() && file.write(bytes) && file.commit())
        return {};
    return file.errorString();
}

QString cannotWriteMessage(const QString& path, const QString& reason)
{
    return path + QStringLiteral(": cannot write: ") + reason;
}

} // namespace dtx
