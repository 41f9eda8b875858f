#include "common.h"
int main() {
  uint64_t v; char buf[64];
  int e = eventfd(0, EFD_NONBLOCK);
  v = 0xfffffffffffffffeULL; write(e, &v, 8);
  P("read", read(e, &v, 8)); printf("  value 0x%lx\n", v);
  *(uint64_t*)buf = 5; P("write 9 bytes", write(e, buf, 9));
  P("write 16 bytes", write(e, buf, 16));
  P("write 8", write(e, buf, 8));
  P("read 9", read(e, buf, 9)); printf("  value 0x%lx\n", *(uint64_t*)buf);
  v = 1; write(e, &v, 8);
  P("readv [4,4]", ({ struct iovec io[2] = {{buf,4},{buf+4,4}}; readv(e, io, 2); })); printf("  value 0x%lx\n", *(uint64_t*)buf);
  v = 1; P("writev [4,4]", ({ struct iovec io[2] = {{&v,4},{(char*)&v+4,4}}; writev(e, io, 2); }));
  P("read", read(e, &v, 8)); printf("  value 0x%lx\n", v);
  return 0;
}
