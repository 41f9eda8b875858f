#include "common.h"
#include <linux/sockios.h>
static int outq(int fd) { int n=-1; if (ioctl(fd, SIOCOUTQ, &n) < 0) return -errno; return n; }
int main() {
  signal(SIGPIPE, SIG_IGN);
  int s[2]; static char buf[1<<21]; 
  size_t chunks[] = {1, 10, 100, 500, 1000, 2000, 3000, 4000, 4096, 5000, 8192, 10000, 16384, 32768, 65536, 100000, 106000, 200000, 1<<20};
  for (unsigned i = 0; i < sizeof chunks/sizeof *chunks; i++) {
    socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
    long c = R(write(s[0], buf, chunks[i]));
    int oq1 = outq(s[0]);
    long tot = c > 0 ? c : 0; long n = 1; long last = c;
    while (last == (long)chunks[i]) { last = R(write(s[0], buf, chunks[i])); if (last > 0) { tot += last; n++; } }
    printf("chunk %7zu: first write %ld outq1 %d; total %ld in %ld writes (last %ld), outq %d, FIONREAD peer %d, POLLOUT %x\n", chunks[i], c, oq1, tot, n, last, outq(s[0]), fionread(s[1]), revents(s[0], POLLOUT));
    close(s[0]); close(s[1]);
  }
  int sz; socklen_t sl = sizeof sz;
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  getsockopt(s[0], SOL_SOCKET, SO_SNDBUF, &sz, &sl); printf("SO_SNDBUF %d\n", sz);
  getsockopt(s[0], SOL_SOCKET, SO_RCVBUF, &sz, &sl); printf("SO_RCVBUF %d\n", sz);
  close(s[0]); close(s[1]);
  return 0;
}
