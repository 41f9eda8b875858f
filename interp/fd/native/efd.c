#include "common.h"
int e; long res = 777;
void *rd(void *a) { uint64_t v = 0; long r = R(read(e, &v, 8)); res = r < 0 ? r : (long)v; return 0; }
void *wr(void *a) { uint64_t v = (uint64_t)(uintptr_t)a; res = R(write(e, &v, 8)); return 0; }
int main() {
  uint64_t v; char buf[64];
  pthread_t t;
  e = eventfd(5, EFD_NONBLOCK);
  PX("F_GETFL", fcntl(e, F_GETFL));
  PX("revents ALL (count 5)", revents(e, POLLIN|POLLOUT|POLLRDNORM|POLLWRNORM|POLLPRI|POLLRDHUP|POLLWRBAND));
  P("read 7 bytes", read(e, buf, 7));
  P("read 0 bytes", read(e, buf, 0));
  P("read NULL 8", read(e, NULL, 8));
  P("  read after EFAULT read (value lost?)", read(e, &v, 8)); PVX("  value", v);
  v = 3; write(e, &v, 8);
  P("read 16 bytes buffer", read(e, buf, 16)); PV("  value", *(uint64_t*)buf);
  P("read empty nb", read(e, &v, 8));
  PX("revents (count 0)", revents(e, POLLIN|POLLOUT));
  P("write 7 bytes", write(e, buf, 7));
  P("write 0 bytes", write(e, buf, 0));
  P("write NULL 8", write(e, NULL, 8));
  v = 0; P("write value 0", write(e, &v, 8));
  PX("  revents after writing 0", revents(e, POLLIN|POLLOUT));
  v = 0xffffffffffffffffULL; P("write 0xffffffffffffffff", write(e, &v, 8));
  v = 0xfffffffffffffffeULL; P("write 0xfffffffffffffffe", write(e, &v, 8));
  PX("  revents (count max-1)", revents(e, POLLIN|POLLOUT));
  v = 1; P("  write 1 (overflow) nb", write(e, &v, 8));
  v = 0; P("  write 0 at max-1", write(e, &v, 8));
  *(uint64_t*)buf = 0x1122; P("write 16-byte buffer value 0x1122 (count max-1)", write(e, buf, 16));
  P("read", read(e, &v, 8)); PVX("  value", v);
  *(uint64_t*)buf = 0x1122; P("write 16-byte buffer (count 0)", write(e, buf, 16));
  P("read", read(e, &v, 8)); PVX("  value", v);
  v = 0xfffffffffffffffdULL; write(e, &v, 8);
  PX("revents (count max-2)", revents(e, POLLIN|POLLOUT));
  v = 1; P("  write 1 at max-2", write(e, &v, 8));
  read(e, &v, 8);
  close(e);
  e = eventfd(2, EFD_NONBLOCK | EFD_SEMAPHORE);
  P("sem read", read(e, &v, 8)); PVX("  value", v);
  P("sem read", read(e, &v, 8)); PVX("  value", v);
  P("sem read", read(e, &v, 8));
  close(e);
  P("eventfd flags 0x1234", eventfd(0, 0x1234));
  P("eventfd flags O_APPEND", eventfd(0, O_APPEND));
  P("eventfd(0xffffffff)", e = eventfd(0xffffffff, EFD_CLOEXEC));
  P("  F_GETFD", fcntl(e, F_GETFD)); PX("  F_GETFL", fcntl(e, F_GETFL));
  read(e, &v, 8); PVX("  value", v);
  P("FIONREAD on eventfd", fionread(e));
  int n = 1; P("FIONBIO on eventfd", ioctl(e, FIONBIO, &n)); PX("  F_GETFL", fcntl(e, F_GETFL));
  P("F_SETFL O_DIRECT on eventfd", fcntl(e, F_SETFL, O_DIRECT));
  P("F_SETFL O_APPEND on eventfd", fcntl(e, F_SETFL, O_APPEND)); PX("  F_GETFL", fcntl(e, F_GETFL));
  P("shutdown on eventfd", shutdown(e, 0));
  close(e);
  // blocking
  e = eventfd(0, 0);
  pthread_create(&t, 0, rd, 0); msleep(50); PV("blocked read (777)", res);
  v = 7; write(e, &v, 8); pthread_join(t, 0); PV("  read result after write 7", res);
  v = 0xfffffffffffffffeULL; write(e, &v, 8);
  res = 777; pthread_create(&t, 0, wr, (void*)5); msleep(50); PV("blocked write 5 at max-1 (777)", res);
  read(e, &v, 8); pthread_join(t, 0); PV("  write result after read", res);
  read(e, &v, 8); PV("  counter now", v);
  close(e);
  e = eventfd(0, EFD_SEMAPHORE);
  long r1, r2;
  pthread_create(&t, 0, rd, 0); msleep(50);
  v = 1; write(e, &v, 8); pthread_join(t, 0); PV("sem blocked read after write 1", res);
  close(e);
  return 0;
}
