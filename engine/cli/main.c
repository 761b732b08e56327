/* main.c — PLACEHOLDER until the CLI lands. */
#include <stdio.h>
#include "jianfu/jianfu.h"
int main(void) { puts("jianfu " JF_VERSION); return 0; }
