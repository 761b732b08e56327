/* gen_t2s.c — PLACEHOLDER: writes an empty table until the real generator lands. */
#include <stdio.h>
int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "w");
  if (!f) return 1;
  fprintf(f, "/* empty */\n");
  return fclose(f) != 0;
}
