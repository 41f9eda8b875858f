#include "common.h"
static int ew(int ep, int max, int timeout, char *out) { struct epoll_event ev[8]; int n = epoll_wait(ep, ev, max, timeout); if (n < 0) { sprintf(out, "err %d", -errno); return n; } out[0]=0; for (int i=0;i<n;i++) sprintf(out+strlen(out), "[0x%x %lx] ", ev[i].events, (unsigned long)ev[i].data.u64); if (!n) strcpy(out, "none"); return n; }
int ep; long res = 777; char obuf[512];
void *waiter(void *a) { res = ew(ep, 8, (int)(long)a, obuf); return 0; }
struct pollfd pfds[4]; int pn;
void *poller(void *a) { res = R(poll(pfds, pn, (int)(long)a)); return 0; }
int main() {
  signal(SIGPIPE, SIG_IGN);
  char buf[70000]; pthread_t t;
  ep = epoll_create1(0); int q[2]; pipe2(q, O_NONBLOCK);
  struct epoll_event e4 = {EPOLLIN, {.u64 = 0x99}}; epoll_ctl(ep, EPOLL_CTL_ADD, q[0], &e4);
  res = 777; pthread_create(&t, 0, waiter, (void*)-1); msleep(50);
  close(q[0]); msleep(50); printf("%-60s %ld\n", "blocked epoll_wait; registered (only) fd closed -> (777=still blocked)", res);
  close(q[1]); msleep(50); printf("%-60s %ld\n", "  writer closed too (777 still blocked)", res);
  int r[2]; pipe2(r, O_NONBLOCK); struct epoll_event e5 = {EPOLLIN, {.u64 = 0x98}}; epoll_ctl(ep, EPOLL_CTL_ADD, r[0], &e5); msleep(50);
  printf("%-60s %ld\n", "  ADD of not-ready pipe (777 still blocked)", res);
  write(r[1], "a", 1);
  pthread_join(t, 0); printf("%-60s %ld %s\n", "  then write to it", res, obuf);
  read(r[0], buf, 10);
  // ET blocked waiter woken by write, a second waiter?
  // poll blocking
  int p[2]; pipe2(p, 0);
  pfds[0] = (struct pollfd){p[0], POLLIN, 0x7777}; pfds[1] = (struct pollfd){-1, POLLIN, 0x7777}; pfds[2] = (struct pollfd){999, POLLIN, 0x7777}; pn = 3;
  res = 777; pthread_create(&t, 0, poller, (void*)-1); msleep(50);
  pthread_join(t, 0); printf("%-60s %ld revents %x %x %x\n", "poll [pipe empty, -1, 999] timeout -1", res, pfds[0].revents, pfds[1].revents, pfds[2].revents);
  pn = 2; res = 777; pthread_create(&t, 0, poller, (void*)-1); msleep(50);
  printf("%-60s %ld\n", "poll [pipe empty, -1] timeout -1 (777 blocked)", res);
  write(p[1], "a", 1); pthread_join(t, 0); printf("%-60s %ld revents %x %x\n", "  after write", res, pfds[0].revents, pfds[1].revents);
  read(p[0], buf, 10);
  pfds[0].events = POLLIN; res = 777; pthread_create(&t, 0, poller, (void*)-1); msleep(50);
  close(p[1]); pthread_join(t, 0); printf("%-60s %ld revents %x\n", "poll blocked; writer closes", res, pfds[0].revents);
  close(p[0]);
  pipe2(p, 0);
  pfds[0] = (struct pollfd){p[0], POLLIN, 0}; pn = 1; res = 777; pthread_create(&t, 0, poller, (void*)-1); msleep(50);
  int d = dup(p[0]); close(p[0]); msleep(50); printf("%-60s %ld\n", "poll blocked on fd; fd closed by other thread (777=blocked)", res);
  write(p[1], "a", 1); msleep(50); printf("%-60s %ld revents %x\n", "  then write", res, pfds[0].revents);
  close(d); pthread_join(t, 0); printf("%-60s %ld revents %x\n", "  then dup closed", res, pfds[0].revents);
  close(p[1]);
  pipe2(p, 0);
  pfds[0] = (struct pollfd){p[0], POLLIN, 0}; pn = 1; res = 777; pthread_create(&t, 0, poller, (void*)-1); msleep(50);
  close(p[0]); msleep(50); printf("%-60s %ld\n", "poll blocked on fd; only fd closed (777=blocked)", res);
  close(p[1]); msleep(50); printf("%-60s %ld revents %x\n", "  then writer closed", res, pfds[0].revents);
  int x[2]; pipe2(x, 0); write(x[1], "q", 1);
  msleep(50); printf("%-60s %ld revents %x (fds now %d %d)\n", "  then new pipe reuses fd, data", res, pfds[0].revents, x[0], x[1]);
  if (res == 777) { pthread_cancel(t); }
  pthread_join(t, 0);
  // poll errors
  struct pollfd big[2000]; memset(big, 0, sizeof big); for (int i = 0; i < 2000; i++) big[i].fd = -1;
  P("poll nfds 1024 all -1 timeout 0", poll(big, 1024, 0));
  P("poll nfds 1025", poll(big, 1025, 0));
  P("poll nfds 0 NULL timeout 0", poll(NULL, 0, 0));
  P("poll nfds 1 NULL", poll(NULL, 1, 0));
  struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0);
  P("poll nfds 0 timeout 50", poll(NULL, 0, 50));
  clock_gettime(CLOCK_MONOTONIC, &t1); { long ms = (t1.tv_sec-t0.tv_sec)*1000+(t1.tv_nsec-t0.tv_nsec)/1000000; printf("   waited for the timeout: %s\n", ms >= 45 && ms < 200 ? "yes" : "no"); }
  P("poll timeout -5 nfds 0 (blocks forever?) skipped", 0);
  pipe2(p, 0); write(p[1], "a", 1);
  struct pollfd dup2p[3] = {{p[0], POLLIN, 0}, {p[0], POLLOUT, 0}, {p[1], POLLIN|POLLOUT, 0}};
  P("poll same fd twice + write end", poll(dup2p, 3, 0)); printf("   revents %x %x %x\n", dup2p[0].revents, dup2p[1].revents, dup2p[2].revents);
  struct pollfd neg[1] = {{-5, POLLIN, 0x55}};
  P("poll fd -5", poll(neg, 1, 0)); printf("   revents %x\n", neg[0].revents);
  struct pollfd hi[1] = {{p[0], 0xffff, 0}};
  P("poll events 0xffff on readable pipe", poll(hi, 1, 0)); printf("   revents %x\n", hi[0].revents);
  struct timespec ts = {0, 1000000000}; 
  P("ppoll ts nsec 1e9", ppoll(hi, 1, &ts, NULL));
  ts.tv_nsec = -1; P("ppoll ts nsec -1", ppoll(hi, 1, &ts, NULL));
  ts.tv_sec = -1; ts.tv_nsec = 0; P("ppoll ts sec -1", ppoll(hi, 1, &ts, NULL));
  ts.tv_sec = 0; ts.tv_nsec = 0; P("ppoll ts 0", ppoll(hi, 1, &ts, NULL));
  P("ppoll NULL ts, ready", ppoll(hi, 1, NULL, NULL));
  return 0;
}
