#include "common.h"
#include <sys/syscall.h>
int main() {
  int s[2];
  for (int f = 0; f < 47; f++) { int r = socketpair(f, SOCK_STREAM, 0, s); int e = r < 0 ? errno : 0; if (!r) { close(s[0]); close(s[1]); } int r2 = socketpair(f, SOCK_DGRAM, 0, s); int e2 = r2 < 0 ? errno : 0; if (!r2) { close(s[0]); close(s[1]); } printf("family %d: STREAM %d DGRAM %d\n", f, -e, -e2); }
  P("AF_INET type 0", socketpair(AF_INET, 0, 0, s));
  P("AF_INET SEQPACKET", socketpair(AF_INET, SOCK_SEQPACKET, 0, s));
  P("AF_INET STREAM proto 99", socketpair(AF_INET, SOCK_STREAM, 99, s));
  P("AF_INET STREAM|0x100", socketpair(AF_INET, SOCK_STREAM|0x100, 0, s));
  P("99 STREAM|0x100", socketpair(99, SOCK_STREAM|0x100, 0, s));
  P("99 type 11", socketpair(99, 11, 0, s));
  P("AF_UNIX type 0 NULL", socketpair(AF_UNIX, 0, 0, NULL));
  P("99 STREAM NULL", socketpair(99, SOCK_STREAM, 0, NULL));
  P("AF_UNIX STREAM proto 2 NULL", socketpair(AF_UNIX, SOCK_STREAM, 2, NULL));
  struct timespec ts = {1, 0}; int p[2]; pipe(p); write(p[1], "a", 1);
  struct pollfd pf = {p[0], POLLIN, 0};
  P("ppoll ready with ts {1,0}", ppoll(&pf, 1, &ts, NULL)); printf("  ts after: %ld %ld\n", ts.tv_sec, ts.tv_nsec);
  pf.fd = p[1]; pf.events = POLLIN; ts.tv_sec = 0; ts.tv_nsec = 50000000;
  P("ppoll timeout 50ms", ppoll(&pf, 1, &ts, NULL)); printf("  ts after: %ld %ld\n", ts.tv_sec, ts.tv_nsec);
  long r = syscall(SYS_ppoll, &pf, 1, &ts, NULL, 8); printf("raw ppoll after timeout with ts: %ld ts %ld %ld\n", r, ts.tv_sec, ts.tv_nsec);
  int e = eventfd(0,0); struct iovec v = {NULL, 0};
  P("readv eventfd cnt 0", readv(e, &v, 0)); P("readv eventfd [NULL,0]", readv(e, &v, 1)); P("writev eventfd cnt 0", writev(e, &v, 0));
  int ep = epoll_create1(0); P("readv epoll cnt 0", readv(ep, &v, 0)); P("readv pipe write end cnt 0", readv(p[1], &v, 0));
  uint64_t a = 1, b = 2; struct iovec v2[2] = {{&a, 8}, {&b, 8}};
  P("writev eventfd [8,8]", writev(e, v2, 2)); P("read", read(e, &a, 8)); printf("  value %lu\n", a);
  struct iovec v3[2] = {{&a, 8}, {NULL, 8}}; a = 1;
  P("writev eventfd [8, NULL 8]", writev(e, v3, 2)); P("read", read(e, &a, 8)); printf("  value %lu\n", a);
  return 0;
}
