#include "common.h"
#include <linux/sockios.h>
static int outq(int fd) { int n=-1; if (ioctl(fd, SIOCOUTQ, &n) < 0) return -errno; return n; }
#define ALL (POLLIN|POLLPRI|POLLOUT|POLLRDNORM|POLLRDBAND|POLLWRNORM|POLLWRBAND|POLLRDHUP)
int main() {
  signal(SIGPIPE, SIG_IGN);
  int s[2]; static char buf[1<<20]; 
  size_t sizes[] = {192, 193, 200, 256, 257, 300, 3776, 3777, 36544, 36545};
  for (unsigned i = 0; i < sizeof sizes / sizeof *sizes; i++) { socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s); write(s[0], buf, sizes[i]); printf("truesize(%zu) = %d\n", sizes[i], outq(s[0])); close(s[0]); close(s[1]); }
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  PX("fresh: revents A ALL", revents(s[0], ALL));
  PX("fresh: F_GETFL", fcntl(s[0], F_GETFL));
  write(s[0], "abc", 3);
  PX("B has 3 bytes: revents B ALL", revents(s[1], ALL));
  // fill A→B until POLLOUT goes away
  long n = 0; while (revents(s[0], POLLOUT)) { write(s[0], buf, 1000); n++; }
  printf("writes of 1000 until A not POLLOUT: %ld, outq %d\n", n, outq(s[0]));
  P("  read B 1000", read(s[1], buf, 1000)); PX("  revents A POLLOUT", revents(s[0], POLLOUT)); printf("  outq %d\n", outq(s[0]));
  P("  read B 500", read(s[1], buf, 500)); PX("  revents A POLLOUT", revents(s[0], POLLOUT)); printf("  outq %d\n", outq(s[0]));
  P("  read B 500", read(s[1], buf, 500)); PX("  revents A POLLOUT", revents(s[0], POLLOUT)); printf("  outq %d\n", outq(s[0]));
  close(s[0]); close(s[1]);
  // shutdown states
  const char *hows[] = {"SHUT_RD", "SHUT_WR", "SHUT_RDWR"};
  for (int h = 0; h < 3; h++) {
    socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
    write(s[0], "xy", 2); write(s[1], "zw", 2);
    printf("== A shutdown(%s) with 2 bytes pending each way: %ld\n", hows[h], R(shutdown(s[0], h)));
    PX("  revents A ALL", revents(s[0], ALL)); PX("  revents B ALL", revents(s[1], ALL));
    PX("  revents A 0", revents(s[0], 0)); PX("  revents B 0", revents(s[1], 0));
    P("  read A 10", read(s[0], buf, 10)); P("  read A 10 again", read(s[0], buf, 10));
    P("  read B 10", read(s[1], buf, 10)); P("  read B 10 again", read(s[1], buf, 10));
    P("  write A 1", write(s[0], "q", 1)); P("  write B 1", write(s[1], "q", 1));
    P("  write A 0", write(s[0], "q", 0)); P("  send A 0", send(s[0], "q", 0, 0)); P("  write B 0", write(s[1], "q", 0));
    PX("  revents A ALL after", revents(s[0], ALL)); PX("  revents B ALL after", revents(s[1], ALL));
    P("  shutdown A again same", shutdown(s[0], h));
    close(s[0]); close(s[1]);
  }
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  write(s[0], "xy", 2);
  close(s[0]);
  printf("== A closed with 2 bytes pending to B\n");
  PX("  revents B ALL", revents(s[1], ALL)); PX("  revents B 0", revents(s[1], 0));
  P("  read B 10", read(s[1], buf, 10)); P("  read B 10 again", read(s[1], buf, 10));
  P("  write B 1", write(s[1], "q", 1)); P("  write B 0", write(s[1], "q", 0));
  PX("  revents B ALL after", revents(s[1], ALL));
  P("  shutdown B SHUT_WR", shutdown(s[1], SHUT_WR));
  close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  write(s[1], "xy", 2);
  close(s[0]);
  printf("== A closed with 2 bytes unread by A\n");
  PX("  revents B ALL", revents(s[1], ALL));
  P("  write B 1", write(s[1], "q", 1));
  close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  P("shutdown how 3", shutdown(s[0], 3)); P("shutdown how -1", shutdown(s[0], -1));
  P("shutdown bad fd", shutdown(999, 0));
  int p[2]; pipe(p);
  P("shutdown on pipe", shutdown(p[0], 0)); P("shutdown on pipe how 3", shutdown(p[0], 3));
  P("recv on pipe", recv(p[0], buf, 1, 0)); P("send on pipe", send(p[1], buf, 1, 0));
  P("recv bad fd", recv(999, buf, 1, 0));
  P("send MSG_DONTWAIT on empty-peer blocking socket? (send ok)", send(s[0], "abc", 3, MSG_DONTWAIT));
  P("recv MSG_PEEK", recv(s[1], buf, 10, MSG_PEEK)); P("recv MSG_PEEK|DONTWAIT 2", recv(s[1], buf, 2, MSG_PEEK|MSG_DONTWAIT));
  P("recv 10", recv(s[1], buf, 10, 0));
  P("recv MSG_DONTWAIT empty (blocking socket)", recv(s[1], buf, 10, MSG_DONTWAIT));
  P("recv MSG_OOB", recv(s[1], buf, 10, MSG_OOB|MSG_DONTWAIT));
  P("recv MSG_WAITALL|DONTWAIT", recv(s[1], buf, 10, MSG_WAITALL|MSG_DONTWAIT));
  P("recv flags 0x10000000 (MSG_CMSG_CLOEXEC)|DONTWAIT", recv(s[1], buf, 10, 0x40000000|MSG_DONTWAIT));
  P("send MSG_NOSIGNAL", send(s[0], "abc", 3, MSG_NOSIGNAL));
  P("send MSG_MORE", send(s[0], "abc", 3, MSG_MORE));
  P("send MSG_OOB", send(s[0], "d", 1, MSG_OOB));
  P("send MSG_EOR", send(s[0], "d", 1, MSG_EOR));
  P("send MSG_CONFIRM", send(s[0], "d", 1, MSG_CONFIRM));
  P("send MSG_PEEK", send(s[0], "d", 1, MSG_PEEK));
  P("send flags 0x80000000", send(s[0], "d", 1, 0x80000000));
  P("FIONREAD B", fionread(s[1]));
  P("recv NULL,5", recv(s[1], NULL, 5, 0));
  P("read NULL,5", read(s[1], NULL, 5));
  P("send NULL,5", send(s[0], NULL, 5, 0));
  P("write NULL,5", write(s[0], NULL, 5));
  P("FIONREAD B", fionread(s[1]));
  P("recv 0", recv(s[1], buf, 0, 0));
  P("recv NULL 0", recv(s[1], NULL, 0, 0));
  P("FIOCLEX/ioctl TCGETS on socket", ioctl(s[1], 0x5401, buf));
  P("ioctl 0x1234 on socket", ioctl(s[1], 0x1234, buf));
  P("F_GETPIPE_SZ on socket", fcntl(s[1], F_GETPIPE_SZ));
  P("F_SETFL O_DIRECT on socket", fcntl(s[1], F_SETFL, O_DIRECT));
  PX("  F_GETFL", fcntl(s[1], F_GETFL));
  P("F_SETFL -1 on socket", fcntl(s[1], F_SETFL, -1));
  PX("  F_GETFL", fcntl(s[1], F_GETFL));
  return 0;
}
