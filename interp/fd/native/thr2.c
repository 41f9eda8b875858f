#include "common.h"
int p[2]; long res = 777;
void *writer70000(void *a) { static char b[70000]; res = R(write(p[1], b, 70000)); return 0; }
void *writer1(void *a) { res = R(write(p[1], "z", 1)); return 0; }
int main() {
  signal(SIGPIPE, SIG_IGN);
  pthread_t t; static char buf[100000];
  pipe2(p, 0); P("fill", write(p[1], buf, 65536));
  pthread_create(&t, 0, writer70000, 0); msleep(100);
  P("  res before close (777 = still blocked)", res);
  P("  FIONREAD", fionread(p[0]));
  close(p[0]);
  pthread_join(t, 0); PV("blocking write 70000 on full pipe, reader closes: result", res);
  close(p[1]);
  res = 777;
  pipe2(p, 0); P("fill", write(p[1], buf, 65536));
  pthread_create(&t, 0, writer1, 0); msleep(100);
  P("  res before close (777 = still blocked)", res);
  close(p[0]);
  pthread_join(t, 0); PV("blocking write 1 on full pipe, reader closes: result", res);
  close(p[1]);
  return 0;
}
