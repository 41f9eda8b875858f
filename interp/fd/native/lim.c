#include "common.h"
#include <sys/resource.h>
int main() {
  struct rlimit rl; getrlimit(RLIMIT_NOFILE, &rl); printf("RLIMIT_NOFILE soft %ld hard %ld\n", (long)rl.rlim_cur, (long)rl.rlim_max);
  struct pollfd big[2000]; for (int i = 0; i < 2000; i++) { big[i].fd = -1; big[i].events = 0; }
  P("poll nfds 1024", poll(big, 1024, 0));
  P("poll nfds 1025", poll(big, 1025, 0));
  P("poll nfds 1025 NULL", poll(NULL, 1025, 0));
  P("dup2(0, 1023)", dup2(0, 1023));
  P("dup2(0, 1024)", dup2(0, 1024));
  P("dup3(0, 1024, 0)", dup3(0, 1024, 0));
  P("dup2(0, -1)", dup2(0, -1));
  P("dup2(999, 1024) bad old", dup2(999, 1024));
  P("dup2(999, 999) bad old same", dup2(999, 999));
  P("dup2(0, 0)", dup2(0, 0));
  P("dup3(0, 0, 0)", dup3(0, 0, 0));
  P("dup3(999, 999, 0)", dup3(999, 999, 0));
  P("dup3(0, 5, 1)", dup3(0, 5, 1));
  P("dup3(999, 5, 1) bad flags & bad fd", dup3(999, 5, 1));
  P("dup3(0, 0, 1) same & bad flags", dup3(0, 0, 1));
  P("dup3(0, 5, O_CLOEXEC)", dup3(0, 5, O_CLOEXEC)); P("  F_GETFD 5", fcntl(5, F_GETFD)); close(5);
  P("F_DUPFD 1024", fcntl(0, F_DUPFD, 1024));
  P("F_DUPFD 1023", fcntl(0, F_DUPFD, 1023));
  P("F_DUPFD 1023 (taken)", fcntl(0, F_DUPFD, 1023));
  P("F_DUPFD -1", fcntl(0, F_DUPFD, -1));
  P("F_DUPFD 0x100000000 (u64 arg)", fcntl(0, F_DUPFD, 0x100000000L));
  P("F_DUPFD_CLOEXEC 10", fcntl(0, F_DUPFD_CLOEXEC, 10)); P("  F_GETFD 10", fcntl(10, F_GETFD));
  P("F_DUPFD bad fd", fcntl(999, F_DUPFD, 0));
  P("close(1023)", close(1023)); P("close(1024)", close(1024)); P("close(-1)", close(-1));
  P("dup(999)", dup(999)); P("dup(-1)", dup(-1));
  int n = 0; while (dup(0) >= 0) n++; printf("dups until EMFILE: %d, errno %d\n", n, errno);
  int p[2]; P("pipe when full", pipe(p));
  P("eventfd when full", eventfd(0, 0));
  P("epoll_create1 when full", epoll_create1(0));
  P("socketpair when full", socketpair(AF_UNIX, SOCK_STREAM, 0, p));
  close(100);
  P("pipe with one free slot", pipe(p));
  P("socketpair with one free slot", socketpair(AF_UNIX, SOCK_STREAM, 0, p));
  P("dup2(0, 100)", dup2(0, 100));
  P("F_DUPFD 0 when full", fcntl(0, F_DUPFD, 0));
  P("dup2(0, 50) when full (replaces)", dup2(0, 50));
  return 0;
}
