#include "common.h"
static int ew(int ep, int max, int timeout, char *out) { struct epoll_event ev[8]; int n = epoll_wait(ep, ev, max, timeout); if (n < 0) { sprintf(out, "err %d", -errno); return n; } out[0]=0; for (int i=0;i<n;i++) sprintf(out+strlen(out), "[0x%x %lx] ", ev[i].events, (unsigned long)ev[i].data.u64); if (!n) strcpy(out, "none"); return n; }
#define EW(name, ep, m, t) do { char o[512]; ew(ep, m, t, o); printf("%-60s %s\n", name, o); } while (0)
static int add(int ep, int fd, unsigned ev, uint64_t d) { struct epoll_event e = {ev, {.u64=d}}; return R(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e)); }
static int mod(int ep, int fd, unsigned ev, uint64_t d) { struct epoll_event e = {ev, {.u64=d}}; return R(epoll_ctl(ep, EPOLL_CTL_MOD, fd, &e)); }
int ep, gp[2]; long res = 777; char obuf[512];
void *waiter(void *a) { res = ew(ep, 8, (int)(long)a, obuf); return 0; }
int main() {
  signal(SIGPIPE, SIG_IGN);
  char buf[70000];
  ep = epoll_create1(EPOLL_CLOEXEC);
  P("F_GETFD of epoll_create1(EPOLL_CLOEXEC)", fcntl(ep, F_GETFD));
  int a[2], b[2], c[2]; pipe2(a, O_NONBLOCK); pipe2(b, O_NONBLOCK); pipe2(c, O_NONBLOCK);
  add(ep, a[0], EPOLLIN, 0xa); add(ep, b[0], EPOLLIN, 0xb); add(ep, c[0], EPOLLIN, 0xc);
  write(c[1], "x", 1); write(a[1], "x", 1); write(b[1], "x", 1);
  EW("order: writes c, a, b; maxevents 8", ep, 8, 0);
  EW("again", ep, 8, 0);
  EW("maxevents 1", ep, 1, 0); EW("maxevents 1", ep, 1, 0); EW("maxevents 1", ep, 1, 0); EW("maxevents 1", ep, 1, 0);
  EW("maxevents 2", ep, 2, 0); EW("maxevents 2", ep, 2, 0);
  read(a[0], buf, 10);
  EW("after draining a, maxevents 8", ep, 8, 0);
  write(a[1], "x", 1); EW("after writing a again", ep, 8, 0);
  P("epoll_wait maxevents 0", epoll_wait(ep, (struct epoll_event*)buf, 0, 0));
  P("epoll_wait maxevents -1", epoll_wait(ep, (struct epoll_event*)buf, -1, 0));
  P("epoll_wait maxevents INT_MAX/12", epoll_wait(ep, (struct epoll_event*)buf, 0x7fffffff/12, 0));
  P("epoll_wait maxevents INT_MAX/12+1", epoll_wait(ep, (struct epoll_event*)buf, 0x7fffffff/12+1, 0));
  P("epoll_wait NULL events with ready items", epoll_wait(ep, NULL, 1, 0));
  EW("  after EFAULT wait", ep, 8, 0);
  int ep2 = epoll_create1(0);
  P("epoll_wait NULL events, none ready, timeout 0", epoll_wait(ep2, NULL, 1, 0));
  P("epoll_wait bad fd", epoll_wait(999, (struct epoll_event*)buf, 1, 0));
  P("epoll_wait on pipe", epoll_wait(a[0], (struct epoll_event*)buf, 1, 0));
  P("epoll_wait bad fd maxevents 0", epoll_wait(999, (struct epoll_event*)buf, 0, 0));
  P("epoll_wait on pipe maxevents 0", epoll_wait(a[0], (struct epoll_event*)buf, 0, 0));
  struct epoll_event e = {EPOLLIN, {0}};
  P("ctl bad epfd", epoll_ctl(999, EPOLL_CTL_ADD, a[0], &e));
  P("ctl bad fd", epoll_ctl(ep2, EPOLL_CTL_ADD, 999, &e));
  P("ctl epfd is pipe", epoll_ctl(a[0], EPOLL_CTL_ADD, b[0], &e));
  P("ctl fd == epfd", epoll_ctl(ep2, EPOLL_CTL_ADD, ep2, &e));
  P("ctl op 0", epoll_ctl(ep2, 0, a[0], &e));
  P("ctl op 4", epoll_ctl(ep2, 4, a[0], &e));
  P("ctl ADD NULL event", epoll_ctl(ep2, EPOLL_CTL_ADD, a[0], NULL));
  P("ctl ADD NULL event bad epfd", epoll_ctl(999, EPOLL_CTL_ADD, a[0], NULL));
  P("ctl DEL NULL event bad epfd", epoll_ctl(999, EPOLL_CTL_DEL, a[0], NULL));
  P("ctl op 4 bad epfd", epoll_ctl(999, 4, a[0], &e));
  P("ctl op 4 NULL event", epoll_ctl(ep2, 4, a[0], NULL));
  P("ctl fd == epfd, NULL event DEL", epoll_ctl(ep2, EPOLL_CTL_DEL, ep2, NULL));
  P("ctl bad epfd & bad fd", epoll_ctl(999, EPOLL_CTL_ADD, 998, &e));
  P("ctl epfd is pipe & bad fd", epoll_ctl(a[0], EPOLL_CTL_ADD, 998, &e));
  e.events = EPOLLIN | EPOLLEXCLUSIVE; P("ADD EXCLUSIVE", epoll_ctl(ep2, EPOLL_CTL_ADD, a[0], &e));
  P("MOD on EXCLUSIVE item", epoll_ctl(ep2, EPOLL_CTL_MOD, a[0], &e));
  e.events = EPOLLIN; P("MOD on EXCLUSIVE item w/o EXCLUSIVE", epoll_ctl(ep2, EPOLL_CTL_MOD, a[0], &e));
  e.events = EPOLLIN | EPOLLEXCLUSIVE | EPOLLONESHOT; P("ADD EXCLUSIVE|ONESHOT", epoll_ctl(ep2, EPOLL_CTL_ADD, b[0], &e));
  e.events = EPOLLIN | EPOLLWAKEUP; P("ADD EPOLLWAKEUP", epoll_ctl(ep2, EPOLL_CTL_ADD, b[0], &e));
  e.events = EPOLLIN; P("MOD to plain", epoll_ctl(ep2, EPOLL_CTL_MOD, b[0], &e));
  e.events = 0xffffffff & ~EPOLLEXCLUSIVE; P("ADD all bits except EXCLUSIVE", epoll_ctl(ep2, EPOLL_CTL_ADD, c[0], &e));
  EW("ep2 (a EXCL IN, b IN, c all)", ep2, 8, 0);
  // nested
  P("ADD ep2 into ep", add(ep, ep2, EPOLLIN, 0xe2));
  P("ADD ep into ep2 (loop)", add(ep2, ep, EPOLLIN, 0xe1));
  PX("poll ep2", revents(ep2, POLLIN|POLLOUT));
  int ep3 = epoll_create1(0);
  PX("poll empty ep3", revents(ep3, POLLIN|POLLOUT));
  EW("ep (nested ep2 ready)", ep, 8, 0);
  // blocking waits with threads
  int ep4 = epoll_create1(0); int q[2]; pipe2(q, O_NONBLOCK); 
  struct epoll_event e4 = {EPOLLIN, {.u64 = 0x99}}; epoll_ctl(ep4, EPOLL_CTL_ADD, q[0], &e4);
  ep = ep4;
  pthread_t t; res = 777; pthread_create(&t, 0, waiter, (void*)-1); msleep(50);
  write(q[1], "z", 1); pthread_join(t, 0); printf("%-60s %ld %s\n", "blocked epoll_wait(-1), then write", res, obuf);
  read(q[0], buf, 10);
  struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0);
  P("epoll_wait timeout 100 nothing", epoll_wait(ep4, (struct epoll_event*)buf, 1, 100));
  clock_gettime(CLOCK_MONOTONIC, &t1); { long ms = (t1.tv_sec-t0.tv_sec)*1000+(t1.tv_nsec-t0.tv_nsec)/1000000; printf("   waited for the timeout: %s\n", ms >= 45 && ms < 200 ? "yes" : "no"); }
  res = 777; pthread_create(&t, 0, waiter, (void*)-1); msleep(50);
  close(q[0]); msleep(50); printf("%-60s %ld\n", "blocked epoll_wait; registered (only) fd closed -> (777=still blocked)", res);
  int ep5 = epoll_create1(0); (void)ep5;
  close(q[1]); msleep(50);
  printf("%-60s %ld\n", "  writer closed too (777 still blocked)", res);
  int r[2]; pipe2(r, O_NONBLOCK); struct epoll_event e5 = {EPOLLIN, {.u64 = 0x98}}; epoll_ctl(ep4, EPOLL_CTL_ADD, r[0], &e5); write(r[1], "a", 1);
  pthread_join(t, 0); printf("%-60s %ld %s\n", "  added another ready pipe from other thread", res, obuf);
  // poll on epoll fd blocking
  return 0;
}
