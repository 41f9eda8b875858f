#include "common.h"
int s[2]; long res = 777; static char buf[1<<20];
void *w300k(void *a) { res = R(write(s[0], buf, 300000)); return 0; }
void *w10(void *a) { res = R(write(s[0], buf, 10)); return 0; }
int main() {
  signal(SIGPIPE, SIG_IGN); pthread_t t;
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, w300k, 0); msleep(100); close(s[1]); pthread_join(t, 0);
  PV("blocked write 300000 (partial), peer closes w/ unread: result", res);
  PX("  revents A", revents(s[0], POLLIN|POLLOUT)); P("  read A", read(s[0], buf, 10)); P("  read A", read(s[0], buf, 10));
  close(s[0]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  fcntl(s[0], F_SETFL, O_NONBLOCK); fill(s[0], 100000); fcntl(s[0], F_SETFL, 0);
  res = 777; pthread_create(&t, 0, w10, 0); msleep(100); PV("  (777=blocked)", res); close(s[1]); pthread_join(t, 0);
  PV("blocked write 10 (nothing sent), peer closes w/ unread: result", res);
  PX("  revents A", revents(s[0], POLLIN|POLLOUT)); P("  read A", read(s[0], buf, 10));
  close(s[0]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  fcntl(s[0], F_SETFL, O_NONBLOCK); fill(s[0], 100000); fcntl(s[0], F_SETFL, 0);
  pthread_create(&t, 0, w10, 0); msleep(100); shutdown(s[1], SHUT_RD); pthread_join(t, 0);
  PV("blocked write 10 (nothing sent), peer SHUT_RD: result", res);
  close(s[0]); close(s[1]);
  return 0;
}
