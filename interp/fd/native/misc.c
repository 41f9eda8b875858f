#include "common.h"
int main() {
  signal(SIGPIPE, SIG_IGN);
  char buf[70000];
  int ep = epoll_create1(0);
  P("read on epoll", read(ep, buf, 10)); P("write on epoll", write(ep, buf, 10));
  P("read 0 on epoll", read(ep, buf, 0)); P("write 0 on epoll", write(ep, buf, 0));
  P("readv on epoll", ({struct iovec v = {buf, 10}; readv(ep, &v, 1);}));
  P("FIONREAD on epoll", fionread(ep));
  int n = 1; P("FIONBIO on epoll", ioctl(ep, FIONBIO, &n)); PX("  F_GETFL", fcntl(ep, F_GETFL));
  P("F_SETFL O_DIRECT on epoll", fcntl(ep, F_SETFL, O_DIRECT));
  P("F_SETFL O_APPEND|O_NOATIME|O_ASYNC on epoll", fcntl(ep, F_SETFL, O_APPEND|O_NOATIME|O_ASYNC)); PX("  F_GETFL", fcntl(ep, F_GETFL));
  P("shutdown on epoll", shutdown(ep, 0));
  int p[2]; pipe2(p, O_NONBLOCK);
  P("F_SETFL O_DIRECT|O_NONBLOCK on write end", fcntl(p[1], F_SETFL, O_DIRECT|O_NONBLOCK));
  write(p[1], "ab", 2); write(p[1], "cd", 2);
  P("  read 10", read(p[0], buf, 10));
  fcntl(p[1], F_SETFL, O_NONBLOCK);
  write(p[1], "ef", 2);
  P("  after clearing O_DIRECT, write ef; read 10", read(p[0], buf, 10)); P("  read 10", read(p[0], buf, 10));
  P("F_SETFL O_DIRECT on read end", fcntl(p[0], F_SETFL, O_DIRECT|O_NONBLOCK));
  write(p[1], "gh", 2); write(p[1], "ij", 2);
  P("  read end O_DIRECT: read 10", read(p[0], buf, 10));
  struct iovec v[2] = {{"ab", 2}, {"cd", 2}};
  fcntl(p[1], F_SETFL, O_DIRECT|O_NONBLOCK); read(p[0], buf, 100);
  P("writev [2,2] O_DIRECT", writev(p[1], v, 2)); P("  read 1", read(p[0], buf, 1)); P("  read 10 (rest discarded?)", read(p[0], buf, 10));
  write(p[1], buf, 5000); P("O_DIRECT write 5000 then FIONREAD", fionread(p[0]));
  P("  read 10", read(p[0], buf, 10)); P("  FIONREAD", fionread(p[0]));
  P("  read 10000", read(p[0], buf, 10000)); P("  FIONREAD", fionread(p[0]));
  write(p[1], "x", 1); fcntl(p[1], F_SETFL, O_NONBLOCK);
  P("non-packet write 'yz' after packet 'x'", write(p[1], "yz", 2)); P("  FIONREAD", fionread(p[0])); P("  read 10", read(p[0], buf, 10)); P("  read 10", read(p[0], buf, 10));
  return 0;
}
