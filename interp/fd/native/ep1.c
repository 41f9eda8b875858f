#include "common.h"
static int ew(int ep, int timeout, char *out) { struct epoll_event ev[8]; int n = epoll_wait(ep, ev, 8, timeout); if (n < 0) { sprintf(out, "err %d", -errno); return n; } out[0]=0; for (int i=0;i<n;i++) sprintf(out+strlen(out), "[ev 0x%x data %lx] ", ev[i].events, (unsigned long)ev[i].data.u64); if (!n) strcpy(out, "none"); return n; }
#define EW(name, ep, t) do { char o[512]; ew(ep, t, o); printf("%-60s %s\n", name, o); } while (0)
static int add(int ep, int fd, unsigned ev, uint64_t d) { struct epoll_event e = {ev, {.u64=d}}; return R(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e)); }
static int mod(int ep, int fd, unsigned ev, uint64_t d) { struct epoll_event e = {ev, {.u64=d}}; return R(epoll_ctl(ep, EPOLL_CTL_MOD, fd, &e)); }
int main() {
  signal(SIGPIPE, SIG_IGN);
  int p[2]; char buf[70000];
  int ep = epoll_create1(0);
  PX("epoll F_GETFL", fcntl(ep, F_GETFL));
  P("epoll_create1(1)", epoll_create1(1)); P("epoll_create1(O_NONBLOCK)", epoll_create1(O_NONBLOCK));
  P("epoll_create(0)", epoll_create(0)); 
  pipe2(p, O_NONBLOCK);
  P("ADD pipe read end LT IN data 0xdeadbeefcafebabe", add(ep, p[0], EPOLLIN, 0xdeadbeefcafebabeULL));
  EW("LT empty pipe, timeout 0", ep, 0);
  write(p[1], "a", 1);
  EW("LT after write", ep, 0); EW("LT again", ep, 0);
  read(p[0], buf, 10);
  EW("LT after drain", ep, 0);
  P("ADD again", add(ep, p[0], EPOLLIN, 1));
  P("MOD to ET|IN data 2", mod(ep, p[0], EPOLLIN|EPOLLET, 2));
  EW("ET empty", ep, 0);
  write(p[1], "a", 1); EW("ET after write", ep, 0); EW("ET again", ep, 0);
  write(p[1], "b", 1); EW("ET after 2nd write to readable pipe", ep, 0);
  read(p[0], buf, 1); EW("ET after partial read", ep, 0);
  P("MOD ET again (rearm)", mod(ep, p[0], EPOLLIN|EPOLLET, 3)); EW("ET after MOD on readable", ep, 0); EW("ET again", ep, 0);
  read(p[0], buf, 10);
  P("MOD ONESHOT|IN data 4", mod(ep, p[0], EPOLLIN|EPOLLONESHOT, 4));
  write(p[1], "a", 1); EW("ONESHOT after write", ep, 0); EW("ONESHOT again", ep, 0);
  write(p[1], "a", 1); EW("ONESHOT after another write", ep, 0);
  close(p[1]); EW("ONESHOT disabled, writer closed", ep, 0);
  P("MOD ONESHOT re-arm IN data 5", mod(ep, p[0], EPOLLIN|EPOLLONESHOT, 5)); EW("after re-arm", ep, 0);
  P("MOD IN data 6 (LT)", mod(ep, p[0], EPOLLIN, 6)); EW("LT data+HUP", ep, 0);
  read(p[0], buf, 10); EW("LT drained HUP", ep, 0);
  P("MOD events 0 data 7", mod(ep, p[0], 0, 7)); EW("events 0 (HUP always)", ep, 0);
  P("MOD events EPOLLOUT data 8 on read end", mod(ep, p[0], EPOLLOUT, 8)); EW("OUT on read end", ep, 0);
  P("DEL", R(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL)));
  P("DEL again", R(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL)));
  P("MOD unregistered", mod(ep, p[0], EPOLLIN, 0));
  close(p[0]);
  // write end
  pipe2(p, O_NONBLOCK);
  P("ADD write end ET OUT", add(ep, p[1], EPOLLOUT|EPOLLET, 0x11));
  EW("ET write end initial", ep, 0); EW("again", ep, 0);
  write(p[1], "a", 1); EW("after write 1", ep, 0);
  read(p[0], buf, 1); EW("after read 1 (pipe not full before)", ep, 0);
  write(p[1], buf, 65536); EW("after fill", ep, 0);
  read(p[0], buf, 100); EW("after read 100 from full (no slot freed)", ep, 0);
  read(p[0], buf, 4000); EW("after slot freed", ep, 0);
  read(p[0], buf, 4096); EW("after 2nd slot freed (was not full)", ep, 0);
  close(p[0]); EW("after reader close", ep, 0); EW("again", ep, 0);
  close(p[1]);
  // LT write end states
  pipe2(p, O_NONBLOCK);
  add(ep, p[1], EPOLLOUT, 0x12);
  EW("LT write end", ep, 0);
  write(p[1], buf, 65536); EW("LT write end full", ep, 0);
  close(p[0]); EW("LT write end full no readers", ep, 0);
  close(p[1]);
  // RDHUP on socket
  int s[2]; socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  add(ep, s[0], EPOLLIN|EPOLLRDHUP, 0x21);
  EW("socket RDHUP interest, fresh", ep, 0);
  shutdown(s[1], SHUT_WR); EW("after peer SHUT_WR", ep, 0);
  close(s[1]); EW("after peer close", ep, 0);
  close(s[0]); EW("after close of registered (only) fd", ep, 0);
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  add(ep, s[0], EPOLLIN|EPOLLOUT|EPOLLET, 0x22);
  EW("socket ET IN|OUT fresh", ep, 0); EW("again", ep, 0);
  write(s[1], "x", 1); EW("after peer write", ep, 0);
  write(s[1], "x", 1); EW("after 2nd peer write", ep, 0);
  write(s[0], "x", 1); EW("after own write", ep, 0);
  read(s[1], buf, 10); EW("after peer reads our data", ep, 0);
  read(s[0], buf, 10); EW("after own read", ep, 0);
  close(s[0]); close(s[1]);
  // eventfd ET
  int e = eventfd(0, EFD_NONBLOCK); add(ep, e, EPOLLIN|EPOLLOUT|EPOLLET, 0x31);
  EW("eventfd ET fresh", ep, 0); EW("again", ep, 0);
  uint64_t v = 1; write(e, &v, 8); EW("after write", ep, 0);
  write(e, &v, 8); EW("after 2nd write", ep, 0);
  read(e, &v, 8); EW("after read", ep, 0);
  close(e);
  // dup semantics
  pipe2(p, O_NONBLOCK);
  add(ep, p[0], EPOLLIN, 0x41);
  int d = dup(p[0]); close(p[0]);
  write(p[1], "a", 1); EW("registered fd closed, dup alive", ep, 0);
  P("DEL dup fd", R(epoll_ctl(ep, EPOLL_CTL_DEL, d, NULL)));
  P("MOD dup fd", mod(ep, d, EPOLLIN, 0));
  P("ADD dup fd data 0x42", add(ep, d, EPOLLIN, 0x42));
  EW("both registrations", ep, 0);
  int p2[2]; pipe2(p2, O_NONBLOCK);
  printf("  new pipe got fds %d %d (old registered fd %d)\n", p2[0], p2[1], p[0]);
  P("DEL old registered fd number (now another pipe)", R(epoll_ctl(ep, EPOLL_CTL_DEL, p2[0], NULL)));
  P("ADD old fd number (new pipe)", add(ep, p2[0], EPOLLIN, 0x43));
  write(p2[1], "b", 1);
  EW("three registrations", ep, 0);
  close(d); EW("after closing the dup (last fd of first pipe)", ep, 0);
  close(p[1]); close(p2[0]); close(p2[1]);
  EW("all closed", ep, 0);
  return 0;
}
