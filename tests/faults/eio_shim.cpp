// A test-only LD_PRELOAD library that makes the disk fail: after
// INFODOC_EIO_AFTER successful writes (write, pwrite, fsync…, and the C
// library's fwrite, fflush, fclose, which libxlsxwriter writes through) to a
// file whose path contains INFODOC_EIO_PATH, every further one fails with
// EIO, as a dying USB key or disk does. Never linked into the program.

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>

namespace {

std::atomic<long> g_done{0};

bool failing(int fd)
{
    const char* path = getenv("INFODOC_EIO_PATH");
    const char* after = getenv("INFODOC_EIO_AFTER");
    if (!path || !after)
        return false;
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    if (!strstr(target, path))
        return false;
    return g_done.fetch_add(1) >= atol(after);
}

template <typename F> F next(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void* buf, size_t count)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd, buf, count);
}

ssize_t writev(int fd, const struct iovec* iov, int count)
{
    static auto real = next<ssize_t (*)(int, const struct iovec*, int)>("writev");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd, iov, count);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd, buf, count, offset);
}

int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

size_t fwrite(const void* data, size_t size, size_t count, FILE* stream)
{
    static auto real = next<size_t (*)(const void*, size_t, size_t, FILE*)>("fwrite");
    if (stream && failing(fileno(stream))) {
        errno = EIO;
        return 0;
    }
    return real(data, size, count, stream);
}

int fflush(FILE* stream)
{
    static auto real = next<int (*)(FILE*)>("fflush");
    if (stream && failing(fileno(stream))) {
        errno = EIO;
        return EOF;
    }
    return real(stream);
}

// The stream is closed all the same (its buffer written by the C library
// itself, out of reach): only the result says the disk failed.
int fclose(FILE* stream)
{
    static auto real = next<int (*)(FILE*)>("fclose");
    const bool fail = stream && failing(fileno(stream));
    const int closed = real(stream);
    if (fail) {
        errno = EIO;
        return EOF;
    }
    return closed;
}

int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}
}
