#include "common.h"
int p[2]; long res = 777; char rbuf[100000];
void *reader(void *a) { res = R(read(p[0], rbuf, 100)); return 0; }
void *reader_fd(void *a) { res = R(read((int)(long)a, rbuf, 100)); return 0; }
void *writer70000(void *a) { static char b[70000]; res = R(write(p[1], b, 70000)); return 0; }
long res2 = 777;
void *reader2(void *a) { res2 = R(read(p[0], rbuf, 100)); return 0; }
int main() {
  signal(SIGPIPE, SIG_IGN);
  pthread_t t, t2; char buf[100000];
  // 1: close while blocked in read
  pipe(p); int rfd = p[0];
  pthread_create(&t, 0, reader, 0); msleep(50);
  P("close(read fd) while another thread is blocked reading it", close(rfd));
  msleep(50);
  P("  write 5 after close (reader still holds description)", write(p[1], "hello", 5));
  pthread_join(t, 0); PV("  blocked read result", res);
  close(p[1]);
  // 1b: close read fd while blocked, then close write end
  pipe(p); rfd = p[0];
  pthread_create(&t, 0, reader, 0); msleep(50);
  close(rfd); msleep(20); close(p[1]);
  pthread_join(t, 0); PV("close(read fd) then close(write end): blocked read result", res);
  // 2: dup2 over while blocked
  pipe(p); int q[2]; pipe(q);
  pthread_create(&t, 0, reader, 0); msleep(50);
  P("dup2(other pipe read end, blocked fd)", dup2(q[0], p[0]));
  msleep(50);
  P("  write 5 to ORIGINAL pipe", write(p[1], "world", 5));
  pthread_join(t, 0); PV("  blocked read result", res);
  close(p[0]); close(p[1]); close(q[0]); close(q[1]);
  // 3: blocked writer partial then reader closes
  pipe(p);
  pthread_create(&t, 0, writer70000, 0); msleep(50);
  P("  FIONREAD while writer blocked", fionread(p[0]));
  close(p[0]);
  pthread_join(t, 0); PV("blocking write 70000, reader closes: result", res);
  close(p[1]);
  // 3b: blocked writer with 0 written then reader closes
  pipe2(p, 0); write(p[1], buf, 65536);
  pthread_create(&t, 0, writer70000, 0); msleep(50);
  close(p[0]);
  pthread_join(t, 0); PV("blocking write 70000 on full pipe, reader closes: result", res);
  close(p[1]);
  // 4: blocked writer, reader drains a bit
  pipe(p);
  pthread_create(&t, 0, writer70000, 0); msleep(50);
  P("  read 100", read(p[0], buf, 100)); msleep(50);
  P("  FIONREAD (writer still blocked?)", fionread(p[0]));
  P("  read 4000", read(p[0], buf, 4000)); msleep(50);
  P("  FIONREAD after freeing a page", fionread(p[0]));
  P("  read 65536", read(p[0], buf, 65536)); msleep(50);
  P("  FIONREAD", fionread(p[0]));
  pthread_join(t, 0); PV("  writer result", res);
  close(p[0]); close(p[1]);
  // 5: two blocked readers, one write of 10 bytes
  pipe(p);
  pthread_create(&t, 0, reader, 0); msleep(50);
  pthread_create(&t2, 0, reader2, 0); msleep(50);
  write(p[1], "0123456789", 10); msleep(50);
  printf("%-60s first=%ld second=%ld\n", "two blocked readers, write 10", res, res2);
  close(p[1]); pthread_join(t, 0); pthread_join(t2, 0);
  printf("%-60s first=%ld second=%ld\n", "  after writer close", res, res2);
  close(p[0]);
  // 6: blocked read, last writer closes
  pipe(p); int w2 = dup(p[1]); res = 777;
  pthread_create(&t, 0, reader, 0); msleep(50);
  close(p[1]); msleep(50);
  PV("  (777 = reader still blocked while a dup of the write end is open)", res); res = 777;
  close(w2); pthread_join(t, 0); PV("blocked read; all writers close: result", res);
  close(p[0]);
  // 7: blocking write 4096 atomic into pipe with 4000 free bytes-ish
  return 0;
}
