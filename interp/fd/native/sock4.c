#include "common.h"
int s[2]; long res = 777;
void *r0(void *a) { char b[4]; res = R(recv(s[1], b, 0, 0)); return 0; }
int main() {
  signal(SIGPIPE, SIG_IGN);
  char buf[100]; pthread_t t;
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  P("nb empty: recv(buf,0,0)", recv(s[1], buf, 0, 0));
  P("nb empty: read(buf,0)", read(s[1], buf, 0));
  P("nb empty: recv(NULL,0,0)", recv(s[1], NULL, 0, 0));
  P("nb empty: recv(NULL,5,0)", recv(s[1], NULL, 5, 0));
  P("nb empty: readv cnt 0", readv(s[1], (struct iovec*)buf, 0));
  write(s[0], "ab", 2);
  P("data: recv(buf,0,0)", recv(s[1], buf, 0, 0));
  P("data: recv(buf,0,MSG_PEEK)", recv(s[1], buf, 0, MSG_PEEK));
  P("  FIONREAD", fionread(s[1]));
  close(s[0]); close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, r0, 0); msleep(100); PV("blocking empty: recv(buf,0,0) (777=blocked)", res);
  write(s[0], "x", 1); pthread_join(t, 0); PV("  after write", res);
  P("  FIONREAD", fionread(s[1]));
  P("send(buf,0) fresh", send(s[0], buf, 0, 0));
  P("sendto NULL 0", send(s[0], NULL, 0, 0));
  close(s[0]);
  P("after peer close: recv(buf,0,0) with 1 byte", recv(s[1], buf, 0, 0));
  P("read 10", read(s[1], buf, 10));
  P("after peer close: recv(buf,0,0) empty", recv(s[1], buf, 0, 0));
  close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  write(s[1], "zz", 2); close(s[0]);
  P("ECONNRESET pending: recv(buf,0,0)", recv(s[1], buf, 0, 0));
  P("  read", read(s[1], buf, 10));
  close(s[1]);
  return 0;
}
