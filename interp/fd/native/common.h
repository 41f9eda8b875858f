#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <sys/socket.h>
#include <sys/eventfd.h>
#include <sys/epoll.h>
#include <stdint.h>
#include <time.h>
static long R(long r) { return r < 0 ? -errno : r; }
#define P(name, expr) do { long _r = R((long)(expr)); printf("%-60s %ld\n", name, _r); } while (0)
#define PX(name, expr) do { long _r = R((long)(expr)); printf("%-60s 0x%lx\n", name, _r); } while (0)
static int revents(int fd, short ev) { struct pollfd p = {fd, ev, 0}; int r = poll(&p, 1, 0); if (r < 0) return -errno; return p.revents; }
static int fionread(int fd) { int n = -1; if (ioctl(fd, FIONREAD, &n) < 0) return -errno; return n; }
static long fill(int fd, size_t chunk) { char *b = calloc(1, chunk); long tot = 0; for (;;) { ssize_t r = write(fd, b, chunk); if (r < 0) break; tot += r; if ((size_t)r < chunk) { break; } } free(b); return tot; }
static void msleep(int ms) { usleep(ms * 1000); }
#define PV(name, v) printf("%-60s %ld\n", name, (long)(v))
#define PVX(name, v) printf("%-60s 0x%lx\n", name, (unsigned long)(v))
