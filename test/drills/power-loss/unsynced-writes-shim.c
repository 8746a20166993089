// LD_PRELOAD shim for the power-loss drill (test/drills/power-loss-drill.test.ts).
//
// A SIGKILL leaves the OS page cache intact: every write() the process made is still there.
// A power cut does not: what was written since a file's last fsync()/fdatasync() may or may
// not be on disk, page by page. This shim makes that loss reproducible after the fact. For
// every regular file under POWERLOSS_DATA_DIR (except SQLite's -shm, which is memory-mapped
// and rebuilt by the first connection after a crash), it appends to an UNDO JOURNAL kept
// outside that folder, BEFORE the real call:
//   W  a write: path, offset, length, the file's size, and the bytes the write overwrites
//   T  a truncate: path, new size, the file's size, and the bytes it cuts off
//   S  a completed fsync/fdatasync: path (written AFTER the real call returned)
//   X  a write the model does not cover (writev/pwritev on a tracked file): path
// The drill then undoes a random subset of the pages written since each file's last S.
// POWERLOSS_SYNC_DELAY_US (optional) makes each flush of a tracked file that much slower;
// POWERLOSS_DIE_AT_FLUSH=n (optional) SIGKILLs the process at the n-th flush, before it.
//
// better-sqlite3's SQLite (linux-x64 prebuild) imports pwrite64, write, fdatasync, fsync and
// ftruncate64; Node's own fs goes through write/pwrite. All variants are intercepted.
//
// Build: gcc -shared -fPIC -O2 -o unsynced-writes-shim.so unsynced-writes-shim.c -ldl -lpthread

#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef ssize_t (*pwrite64_fn)(int, const void *, size_t, off64_t);
typedef ssize_t (*writev_fn)(int, const struct iovec *, int);
typedef ssize_t (*pwritev_fn)(int, const struct iovec *, int, off_t);
typedef int (*sync_fn)(int);
typedef int (*truncate_fn)(int, off_t);
typedef int (*truncate64_fn)(int, off64_t);

static write_fn real_write;
static pwrite_fn real_pwrite;
static pwrite64_fn real_pwrite64;
static writev_fn real_writev;
static pwritev_fn real_pwritev;
static sync_fn real_fsync;
static sync_fn real_fdatasync;
static truncate_fn real_ftruncate;
static truncate64_fn real_ftruncate64;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static useconds_t sync_delay_us;
static long die_at_flush;
static long flushes_seen;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int journal_fd = -1;
static char data_dir[PATH_MAX];
static size_t data_dir_len;

static void init(void) {
  real_write = (write_fn)dlsym(RTLD_NEXT, "write");
  real_pwrite = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite");
  real_pwrite64 = (pwrite64_fn)dlsym(RTLD_NEXT, "pwrite64");
  real_writev = (writev_fn)dlsym(RTLD_NEXT, "writev");
  real_pwritev = (pwritev_fn)dlsym(RTLD_NEXT, "pwritev");
  real_fsync = (sync_fn)dlsym(RTLD_NEXT, "fsync");
  real_fdatasync = (sync_fn)dlsym(RTLD_NEXT, "fdatasync");
  real_ftruncate = (truncate_fn)dlsym(RTLD_NEXT, "ftruncate");
  real_ftruncate64 = (truncate64_fn)dlsym(RTLD_NEXT, "ftruncate64");
  const char *delay = getenv("POWERLOSS_SYNC_DELAY_US");
  sync_delay_us = delay ? (useconds_t)atoi(delay) : 0;
  const char *die = getenv("POWERLOSS_DIE_AT_FLUSH");
  die_at_flush = die ? atol(die) : 0;
  const char *dir = getenv("POWERLOSS_DATA_DIR");
  const char *journal = getenv("POWERLOSS_JOURNAL");
  if (!dir || !journal) return;
  snprintf(data_dir, sizeof data_dir, "%s/", dir);
  data_dir_len = strlen(data_dir);
  journal_fd = open(journal, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (journal_fd < 0) {
    // Not fprintf: it would call our write() from inside pthread_once.
    static const char msg[] = "power-loss shim: cannot open the journal\n";
    real_write(2, msg, sizeof msg - 1);
    abort();
  }
}

/** The path of a tracked file behind fd, or 0 when the fd is not one we model. */
static int tracked_path(int fd, char *path) {
  pthread_once(&once, init);
  if (journal_fd < 0 || fd == journal_fd) return 0;
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, PATH_MAX - 1);
  if (n <= 0) return 0;
  path[n] = 0;
  if ((size_t)n <= data_dir_len || strncmp(path, data_dir, data_dir_len) != 0) return 0;
  if (n > 4 && strcmp(path + n - 4, "-shm") == 0) return 0;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return 1;
}

static void journal_all(const void *buf, size_t len) {
  const char *p = buf;
  while (len > 0) {
    ssize_t n = real_write(journal_fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      fprintf(stderr, "power-loss shim: journal write failed\n");
      abort();
    }
    p += n;
    len -= (size_t)n;
  }
}

// Record layout (little-endian): kind u8, path_len u32, path, a u64, b u64, size u64,
// prior_len u64, prior bytes. W: a = offset, b = length. T: a = new size, b = 0.
static void journal_record(char kind, const char *path, uint64_t a, uint64_t b, uint64_t size,
                           int fd, uint64_t prior_from, uint64_t prior_len) {
  uint32_t path_len = (uint32_t)strlen(path);
  size_t head_len = 1 + 4 + path_len + 8 * 4;
  size_t total = head_len + prior_len;
  char *rec = malloc(total);
  if (!rec) abort();
  char *p = rec;
  *p++ = kind;
  memcpy(p, &path_len, 4), p += 4;
  memcpy(p, path, path_len), p += path_len;
  memcpy(p, &a, 8), p += 8;
  memcpy(p, &b, 8), p += 8;
  memcpy(p, &size, 8), p += 8;
  memcpy(p, &prior_len, 8), p += 8;
  uint64_t got = 0;
  while (got < prior_len) {
    ssize_t n = pread(fd, p + got, prior_len - got, (off_t)(prior_from + got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += (uint64_t)n;
  }
  if (got < prior_len) {
    fprintf(stderr, "power-loss shim: cannot read prior bytes of %s\n", path);
    abort();
  }
  // One write per record: a SIGKILL can cut the journal short only at its end, before the
  // real write it describes happened.
  journal_all(rec, total);
  free(rec);
}

static uint64_t file_size(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 ? (uint64_t)st.st_size : 0;
}

static void before_write(int fd, uint64_t offset, uint64_t len) {
  char path[PATH_MAX];
  if (len == 0 || !tracked_path(fd, path)) return;
  uint64_t size = file_size(fd);
  uint64_t prior_len = offset >= size ? 0 : (size - offset < len ? size - offset : len);
  journal_record('W', path, offset, len, size, fd, offset, prior_len);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t offset) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  before_write(fd, (uint64_t)offset, n);
  ssize_t r = real_pwrite64(fd, buf, n, offset);
  pthread_mutex_unlock(&lock);
  return r;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  before_write(fd, (uint64_t)offset, n);
  ssize_t r = real_pwrite(fd, buf, n, offset);
  pthread_mutex_unlock(&lock);
  return r;
}

ssize_t write(int fd, const void *buf, size_t n) {
  pthread_once(&once, init);
  if (journal_fd < 0 || fd <= 2) return real_write(fd, buf, n);
  pthread_mutex_lock(&lock);
  char path[PATH_MAX];
  if (tracked_path(fd, path)) {
    int appending = (fcntl(fd, F_GETFL) & O_APPEND) != 0;
    off_t at = appending ? (off_t)file_size(fd) : lseek(fd, 0, SEEK_CUR);
    before_write(fd, (uint64_t)at, n);
  }
  ssize_t r = real_write(fd, buf, n);
  pthread_mutex_unlock(&lock);
  return r;
}

static void unmodelled(int fd) {
  char path[PATH_MAX];
  if (tracked_path(fd, path)) journal_record('X', path, 0, 0, 0, fd, 0, 0);
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  unmodelled(fd);
  ssize_t r = real_writev(fd, iov, count);
  pthread_mutex_unlock(&lock);
  return r;
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t offset) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  unmodelled(fd);
  ssize_t r = real_pwritev(fd, iov, count, offset);
  pthread_mutex_unlock(&lock);
  return r;
}

// A real flush takes milliseconds (a laptop disk, an SD card); on tmpfs it is instant and a
// kill would almost never find written-but-unflushed pages. POWERLOSS_SYNC_DELAY_US stretches
// each flush of a tracked file, before the real call, to give kills that window.
//
// POWERLOSS_DIE_AT_FLUSH=n makes the process SIGKILL itself when the n-th flush of a tracked
// file is asked for, before it happens: the power goes exactly while written pages wait for
// their flush, however slow or fast the machine is.
static void slow_disk(int fd) {
  char path[PATH_MAX];
  if (!tracked_path(fd, path)) return;
  if (sync_delay_us > 0) usleep(sync_delay_us);
  if (die_at_flush > 0 && ++flushes_seen == die_at_flush) kill(getpid(), SIGKILL);
}

static int synced(int fd, int r) {
  char path[PATH_MAX];
  if (r == 0 && tracked_path(fd, path)) journal_record('S', path, 0, 0, 0, fd, 0, 0);
  return r;
}

int fsync(int fd) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  slow_disk(fd);
  int r = synced(fd, real_fsync(fd));
  pthread_mutex_unlock(&lock);
  return r;
}

int fdatasync(int fd) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  slow_disk(fd);
  int r = synced(fd, real_fdatasync(fd));
  pthread_mutex_unlock(&lock);
  return r;
}

static void before_truncate(int fd, uint64_t new_size) {
  char path[PATH_MAX];
  if (!tracked_path(fd, path)) return;
  uint64_t size = file_size(fd);
  uint64_t cut = size > new_size ? size - new_size : 0;
  journal_record('T', path, new_size, 0, size, fd, new_size, cut);
}

int ftruncate64(int fd, off64_t length) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  before_truncate(fd, (uint64_t)length);
  int r = real_ftruncate64(fd, length);
  pthread_mutex_unlock(&lock);
  return r;
}

int ftruncate(int fd, off_t length) {
  pthread_once(&once, init);
  pthread_mutex_lock(&lock);
  before_truncate(fd, (uint64_t)length);
  int r = real_ftruncate(fd, length);
  pthread_mutex_unlock(&lock);
  return r;
}
