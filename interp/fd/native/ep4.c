#include "common.h"
static int ew(int ep, int max, int timeout, char *out) { struct epoll_event ev[8]; int n = epoll_wait(ep, ev, max, timeout); if (n < 0) { sprintf(out, "err %d", -errno); return n; } out[0]=0; for (int i=0;i<n;i++) sprintf(out+strlen(out), "[0x%x %lx] ", ev[i].events, (unsigned long)ev[i].data.u64); if (!n) strcpy(out, "none"); return n; }
#define EW(name, ep, m, t) do { char o[512]; ew(ep, m, t, o); printf("%-60s %s\n", name, o); } while (0)
static int add(int ep, int fd, unsigned ev, uint64_t d) { struct epoll_event e = {ev, {.u64=d}}; return R(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e)); }
int main() {
  signal(SIGPIPE, SIG_IGN);
  static char buf[70000];
  int ep = epoll_create1(0); int p[2]; pipe2(p, O_NONBLOCK);
  write(p[1], buf, 65536);
  add(ep, p[0], EPOLLIN|EPOLLET, 1);
  EW("ET read end of full pipe", ep, 8, 0);
  P("nb write to full pipe", write(p[1], "x", 1));
  EW("ET read end after EAGAIN write", ep, 8, 0);
  P("write NULL,5 to full pipe", write(p[1], NULL, 5));
  EW("ET read end after failed write", ep, 8, 0);
  P("write len 0", write(p[1], "x", 0));
  EW("ET read end after 0-length write", ep, 8, 0);
  P("read 0", read(p[0], buf, 0));
  EW("ET after 0-length read", ep, 8, 0);
  P("read 10", read(p[0], buf, 10));
  EW("ET read end after read (no slot freed)", ep, 8, 0);
  P("F_SETPIPE_SZ 131072", fcntl(p[0], F_SETPIPE_SZ, 131072));
  EW("ET read end after resize", ep, 8, 0);
  int d = dup(p[1]); close(d);
  EW("ET read end after closing a dup of the write end", ep, 8, 0);
  int ep2 = epoll_create1(0); add(ep2, p[1], EPOLLOUT|EPOLLET, 2);
  EW("ET write end (now not full after resize)", ep2, 8, 0);
  write(p[1], buf, 65536); EW("ET write end after filling", ep2, 8, 0);
  P("F_SETPIPE_SZ 262144", fcntl(p[0], F_SETPIPE_SZ, 262144));
  EW("ET write end after grow", ep2, 8, 0);
  P("read 10", read(p[0], buf, 10));
  EW("ET write end after read (not full before)", ep2, 8, 0);
  close(p[0]);
  EW("ET read end: (closed)", ep, 8, 0);
  EW("ET write end after reader close", ep2, 8, 0);
  P("write with no readers", write(p[1], "x", 1));
  EW("ET write end after EPIPE write", ep2, 8, 0);
  // eventfd failures
  int e = eventfd(0, EFD_NONBLOCK); int ep3 = epoll_create1(0); add(ep3, e, EPOLLIN|EPOLLOUT|EPOLLET, 3);
  EW("eventfd ET fresh", ep3, 8, 0);
  uint64_t v; P("read empty", read(e, &v, 8)); EW("after EAGAIN read", ep3, 8, 0);
  v = 0; P("write 0", write(e, &v, 8)); EW("after write of value 0", ep3, 8, 0);
  v = 0xfffffffffffffffeULL; write(e, &v, 8); EW("after write max-1", ep3, 8, 0);
  v = 1; P("write 1 (EAGAIN)", write(e, &v, 8)); EW("after EAGAIN write", ep3, 8, 0);
  // socket: ET on socket; own shutdown
  int s[2]; socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s); int ep4 = epoll_create1(0); add(ep4, s[0], EPOLLIN|EPOLLOUT|EPOLLRDHUP|EPOLLET, 4);
  EW("socket ET fresh", ep4, 8, 0);
  shutdown(s[0], SHUT_WR); EW("own SHUT_WR", ep4, 8, 0);
  shutdown(s[1], SHUT_WR); EW("peer SHUT_WR", ep4, 8, 0);
  close(s[1]); EW("peer close", ep4, 8, 0);
  return 0;
}
