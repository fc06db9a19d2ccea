/*
 * A fault-injecting file system for tests, loaded with LD_PRELOAD: it makes
 * the Nth open, write, fsync, close or rename of a chosen file fail with
 * ENOSPC or EIO, the way a full disk or a failing device would, so that
 * every write path of dtx can be run against each failure point.
 *
 *   DTX_FAULT=OP:N:ERRNO:NAME
 *
 * OP is open, write, fsync, close or rename; N counts from 1 the calls of
 * that kind on files whose path contains NAME (for rename, either path);
 * ERRNO is ENOSPC, EIO or EACCES. `write:2:ENOSPC:prev.csv` fails the
 * second write to prev.csv or to a temporary beside it (.prev.csv.dtx-…).
 * `write` also fails every later write to the same file, as a full disk
 * does. Changing DTX_FAULT (tests set it between cases) restarts the count;
 * without it every call passes straight through.
 *
 * Written in C with no dependencies so that it loads into any program,
 * including sanitizer builds (ASAN_OPTIONS=verify_asan_link_order=0).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

enum { kMaxSpec = 512 };

static char currentSpec[kMaxSpec];
static char op[16];
static long nth;
static int failErrno;
static char name[kMaxSpec];
static long count;
static int failingFd = -1;

/* Reads DTX_FAULT; false when no fault is asked for. */
static int loadSpec(void)
{
    const char* spec = getenv("DTX_FAULT");
    if (!spec || !*spec)
        return 0;
    if (strncmp(spec, currentSpec, kMaxSpec) == 0)
        return op[0] != 0;
    strncpy(currentSpec, spec, kMaxSpec - 1);
    count = 0;
    failingFd = -1;
    op[0] = 0;
    char errnoName[32] = {0};
    if (sscanf(spec, "%15[^:]:%ld:%31[^:]:%511[^\n]", op, &nth, errnoName, name) != 4) {
        op[0] = 0;
        return 0;
    }
    failErrno = strcmp(errnoName, "EIO") == 0 ? EIO : strcmp(errnoName, "EACCES") == 0 ? EACCES : ENOSPC;
    return 1;
}

static int pathMatches(const char* path)
{
    return path && strstr(path, name) != NULL;
}

static int fdMatches(int fd)
{
    char link[64];
    char path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, path, sizeof path - 1);
    if (length <= 0)
        return 0;
    path[length] = 0;
    return pathMatches(path);
}

/* True when faults of this kind are asked for. */
static int armed(const char* kind)
{
    return loadSpec() && strcmp(op, kind) == 0;
}

/* Counts a matching call; true when it is the one to fail. */
static int isNth(void)
{
    return ++count == nth;
}

#define REAL(type, function, ...)                                                              \
    static type (*real)(__VA_ARGS__);                                                          \
    if (!real)                                                                                 \
        real = (type(*)(__VA_ARGS__))dlsym(RTLD_NEXT, function)

ssize_t write(int fd, const void* buffer, size_t size)
{
    REAL(ssize_t, "write", int, const void*, size_t);
    if (armed("write") && fd == failingFd) {
        errno = failErrno;
        return -1;
    }
    if (armed("write") && fd > 2 && fdMatches(fd) && isNth()) {
        failingFd = fd;
        errno = failErrno;
        return -1;
    }
    return real(fd, buffer, size);
}

int fsync(int fd)
{
    REAL(int, "fsync", int);
    if (armed("fsync") && fdMatches(fd) && isNth()) {
        errno = failErrno;
        return -1;
    }
    return real(fd);
}

int close(int fd)
{
    REAL(int, "close", int);
    if (fd == failingFd)
        failingFd = -1;
    if (armed("close") && fd > 2 && fdMatches(fd) && isNth()) {
        /* As on NFS: the descriptor is gone, the data may not be. */
        real(fd);
        errno = failErrno;
        return -1;
    }
    return real(fd);
}

int rename(const char* from, const char* to)
{
    REAL(int, "rename", const char*, const char*);
    if (armed("rename") && (pathMatches(from) || pathMatches(to)) && isNth()) {
        errno = failErrno;
        return -1;
    }
    return real(from, to);
}

static int openCommon(int (*real)(const char*, int, ...), const char* path, int flags, mode_t mode)
{
    if ((flags & (O_WRONLY | O_RDWR)) && armed("open") && pathMatches(path) && isNth()) {
        errno = failErrno;
        return -1;
    }
    return real(path, flags, mode);
}

int open(const char* path, int flags, ...)
{
    REAL(int, "open", const char*, int, ...);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    return openCommon(real, path, flags, mode);
}

int open64(const char* path, int flags, ...)
{
    REAL(int, "open64", const char*, int, ...);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    return openCommon(real, path, flags, mode);
}
