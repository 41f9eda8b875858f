#include "common.h"
int s[2]; long res = 777; static char buf[1<<21];
void *w300k(void *a) { res = R(write(s[0], buf, 300000)); return 0; }
void *r10(void *a) { res = R(read(s[1], buf, 10)); return 0; }
void *rwaitall(void *a) { res = R(recv(s[1], buf, 10, MSG_WAITALL)); return 0; }
int main() {
  signal(SIGPIPE, SIG_IGN);
  pthread_t t;
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  write(s[1], "xy", 2); write(s[0], "abc", 3); close(s[0]);
  printf("== A closed with unread data; B had 3 bytes pending\n");
  PX("  revents B 0", revents(s[1], 0));
  P("  read B", read(s[1], buf, 10)); P("  read B again", read(s[1], buf, 10)); P("  read B again", read(s[1], buf, 10));
  PX("  revents B 0", revents(s[1], 0));
  close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  write(s[1], "xy", 2); close(s[0]);
  P("A closed w/ unread: write B 1", write(s[1], "q", 1)); PX("  revents B 0", revents(s[1], 0));
  P("  read B", read(s[1], buf, 10)); PX("  revents B 0", revents(s[1], 0));
  close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0, s);
  write(s[1], "xy", 2); close(s[0]);
  int err; socklen_t el = sizeof err; getsockopt(s[1], SOL_SOCKET, SO_ERROR, &err, &el);
  PV("A closed w/ unread: SO_ERROR B", err); 
  close(s[1]);
  // blocking write 300000 (> capacity); peer reads all
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, w300k, 0); msleep(100);
  P("writer blocked: FIONREAD B", fionread(s[1]));
  long tot = 0; while (tot < 300000) { long r = read(s[1], buf, 1<<20); tot += r; }
  pthread_join(t, 0); PV("blocking write 300000 drained by reader: result", res);
  close(s[0]); close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, w300k, 0); msleep(100);
  close(s[1]);
  pthread_join(t, 0); PV("blocking write 300000, peer closes: result", res);
  close(s[0]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, w300k, 0); msleep(100);
  shutdown(s[1], SHUT_RD);
  pthread_join(t, 0); PV("blocking write 300000, peer SHUT_RD: result", res);
  close(s[0]); close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, w300k, 0); msleep(100);
  shutdown(s[0], SHUT_WR);
  msleep(100); PV("blocking write 300000, writer's own SHUT_WR: (777=still blocked)", res);
  close(s[1]); pthread_join(t, 0); PV("  after peer close", res);
  close(s[0]);
  // blocked reader, peer shutdown WR
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, r10, 0); msleep(50); shutdown(s[0], SHUT_WR); pthread_join(t, 0);
  PV("blocked read, peer SHUT_WR: result", res);
  close(s[0]); close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, r10, 0); msleep(50); shutdown(s[1], SHUT_RD); msleep(50); PV("blocked read, own SHUT_RD: (777=still blocked)", res); 
  pthread_join(t, 0); PV("  result", res);
  close(s[0]); close(s[1]);
  res = 777;
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, rwaitall, 0); msleep(50); write(s[0], "abc", 3); msleep(50);
  PV("recv WAITALL 10 after 3 written (777=blocked)", res);
  write(s[0], "defghijklm", 10); pthread_join(t, 0); PV("  after 10 more", res);
  P("  FIONREAD", fionread(s[1]));
  close(s[0]); close(s[1]);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  pthread_create(&t, 0, rwaitall, 0); msleep(50); write(s[0], "abc", 3); msleep(50); close(s[0]); pthread_join(t, 0);
  PV("recv WAITALL 10, 3 written then peer close", res);
  close(s[1]);
  // errors
  P("socketpair(AF_INET, STREAM)", socketpair(AF_INET, SOCK_STREAM, 0, s));
  P("socketpair(AF_INET6, STREAM)", socketpair(AF_INET6, SOCK_STREAM, 0, s));
  P("socketpair(AF_INET, DGRAM)", socketpair(AF_INET, SOCK_DGRAM, 0, s));
  P("socketpair(12345, STREAM)", socketpair(12345, SOCK_STREAM, 0, s));
  P("socketpair(46 (AF_MAX-ish), STREAM)", socketpair(46, SOCK_STREAM, 0, s));
  P("socketpair(-1, STREAM)", socketpair(-1, SOCK_STREAM, 0, s));
  P("socketpair(AF_UNIX, STREAM, 1)", socketpair(AF_UNIX, SOCK_STREAM, 1, s));
  P("socketpair(AF_UNIX, STREAM, -1)", socketpair(AF_UNIX, SOCK_STREAM, -1, s));
  P("socketpair(AF_UNIX, 0)", socketpair(AF_UNIX, 0, 0, s));
  P("socketpair(AF_UNIX, SOCK_RAW)", socketpair(AF_UNIX, SOCK_RAW, 0, s));
  P("socketpair(AF_UNIX, SOCK_RDM)", socketpair(AF_UNIX, SOCK_RDM, 0, s));
  P("socketpair(AF_UNIX, 6)", socketpair(AF_UNIX, 6, 0, s));
  P("socketpair(AF_UNIX, 10)", socketpair(AF_UNIX, 10, 0, s));
  P("socketpair(AF_UNIX, 11)", socketpair(AF_UNIX, 11, 0, s));
  P("socketpair(AF_UNIX, STREAM|0x100)", socketpair(AF_UNIX, SOCK_STREAM|0x100, 0, s));
  P("socketpair(AF_UNIX, STREAM|O_APPEND)", socketpair(AF_UNIX, SOCK_STREAM|O_APPEND, 0, s));
  P("socketpair(AF_UNIX, STREAM, 0, NULL)", socketpair(AF_UNIX, SOCK_STREAM, 0, NULL));
  P("socketpair(AF_INET, STREAM, 0, NULL)", socketpair(AF_INET, SOCK_STREAM, 0, NULL));
  P("socketpair(AF_UNIX, SEQPACKET)", socketpair(AF_UNIX, SOCK_SEQPACKET, 0, s)); close(s[0]); close(s[1]);
  P("socketpair(AF_UNIX, DGRAM)", socketpair(AF_UNIX, SOCK_DGRAM, 0, s)); close(s[0]); close(s[1]);
  P("socketpair(AF_LOCAL=1, STREAM|NONBLOCK|CLOEXEC)", socketpair(1, SOCK_STREAM|SOCK_NONBLOCK|SOCK_CLOEXEC, 0, s));
  P("  F_GETFD", fcntl(s[0], F_GETFD)); PX("  F_GETFL", fcntl(s[1], F_GETFL));
  return 0;
}
