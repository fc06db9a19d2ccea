#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

// The one way dtx writes a file: the `-o` of every command, scenario and
// story files, exports, the policy brief, settings and the session.
//
// A regular file (or a new one) is written to a temporary file beside it;
// every write, the final flush, fsync and close are checked, and only then
// is the temporary renamed over the target. On any error the temporary is
// removed and the old file stays byte for byte as it was. (Qt 6.4's
// QSaveFile can commit after a failed buffered flush, so a full disk gave
// an empty file and success.)
//
// A target that is not a regular file — a character device such as
// /dev/null or /dev/full, a FIFO, /dev/stdout — is written in place, as a
// shell redirection would: renaming a file over a device node would replace
// the device. Opening a FIFO never blocks: with no reader it is an error.
namespace dtx {

class SaveFile {
public:
    explicit SaveFile(const QString& path);
    ~SaveFile(); // an uncommitted write is discarded
    SaveFile(const SaveFile&) = delete;
    SaveFile& operator=(const SaveFile&) = delete;

    // False with errorString() when the target cannot be written at all.
    bool open();
    // Buffered; false once any write has failed (later writes are ignored).
    bool write(std::string_view bytes);
    bool write(const QByteArray& bytes) { return write(std::string_view(bytes.constData(), size_t(bytes.size()))); }
    // Flushes, syncs and replaces the target; false leaves the old file.
    bool commit();
    // Drops what was written; the target is left as it was (a device or
    // FIFO written in place keeps what it received).
    void cancel();

    const QString& path() const { return path_; }
    // Why the last step failed, in the system's words ("No space left on
    // device"); empty when nothing failed.
    const QString& errorString() const { return error_; }
    // True for targets written in place (devices, FIFOs, /dev/stdout).
    bool writesInPlace() const { return inPlace_; }

private:
    bool fail(int errorNumber);
    bool failWith(const QString& reason);
    bool flushBuffer();
    bool writeAll(std::string_view bytes);
    void closeAndDiscard();

    QString path_;
    std::string target_;    // the file replaced (symbolic links followed)
    std::string temporary_; // beside it; empty when writing in place
    std::string buffer_;
    QString error_;
    int fd_ = -1;
    bool inPlace_ = false;
    bool failed_ = false;
};

// Writes `bytes` as the whole new content of `path` through SaveFile.
// Returns empty on success, else the reason (errorString()).
QString saveBytes(const QString& path, std::string_view bytes);
inline QString saveBytes(const QString& path, const QByteArray& bytes)
{
    return saveBytes(path, std::string_view(bytes.constData(), size_t(bytes.size())));
}

// "PATH: cannot write: REASON", the sentence the command line prints.
QString cannotWriteMessage(const QString& path, const QString& reason);

} // namespace dtx
