#include "common.h"
int main() {
  int s[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  P("F_SETFL O_ASYNC|O_APPEND|O_NOATIME on socket", fcntl(s[0], F_SETFL, O_ASYNC|O_APPEND|O_NOATIME)); PX("  F_GETFL", fcntl(s[0], F_GETFL));
  int e = eventfd(0, 0);
  P("F_SETFL O_ASYNC|O_APPEND|O_NOATIME on eventfd", fcntl(e, F_SETFL, O_ASYNC|O_APPEND|O_NOATIME)); PX("  F_GETFL", fcntl(e, F_GETFL));
  P("F_SETFL O_NONBLOCK on eventfd", fcntl(e, F_SETFL, O_NONBLOCK)); PX("  F_GETFL", fcntl(e, F_GETFL));
  P("F_SETFL -1 on eventfd", fcntl(e, F_SETFL, -1)); PX("  F_GETFL", fcntl(e, F_GETFL));
  P("F_SETFL ~O_DIRECT on eventfd", fcntl(e, F_SETFL, ~O_DIRECT)); PX("  F_GETFL", fcntl(e, F_GETFL));
  P("F_SETFL ~O_DIRECT on socket", fcntl(s[0], F_SETFL, ~O_DIRECT)); PX("  F_GETFL", fcntl(s[0], F_GETFL));
  int ep = epoll_create1(0);
  P("F_SETFL ~O_DIRECT on epoll", fcntl(ep, F_SETFL, ~O_DIRECT)); PX("  F_GETFL", fcntl(ep, F_GETFL));
  int p[2]; pipe(p);
  P("F_SETFL ~0 on read end", fcntl(p[0], F_SETFL, ~0)); PX("  F_GETFL", fcntl(p[0], F_GETFL));
  return 0;
}
