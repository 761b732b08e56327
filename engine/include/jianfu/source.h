/* jianfu/source.h — a file's bytes decoded to UTF-8, and positions in it.
 *
 * Everything downstream works on the decoded text. Decoding maps each
 * character of the original file to one character here (a BOM is dropped),
 * so a line and a column counted here are the line and the column of the
 * original file, whatever its encoding. */
#ifndef JIANFU_SOURCE_H
#define JIANFU_SOURCE_H

#include "common.h"

typedef struct jf_source jf_source;

/* Detect the encoding of `bytes` (UTF-8 with or without BOM, UTF-16LE/BE with
 * BOM, GB18030/GBK) and decode it. `path` is copied and used in errors.
 * Rejects NUL-heavy binaries (JF_EBINARY) and undecodable text
 * (JF_EENCODING, naming the first bad line). Borrows `bytes`. */
JF_API jf_status jf_source_decode(const char *bytes, size_t len, const char *path,
                                  jf_source **out, jf_error *err);
JF_API void jf_source_free(jf_source *src);

JF_API const char *jf_source_text(const jf_source *src); /* NUL-terminated UTF-8 */
JF_API size_t jf_source_len(const jf_source *src);
JF_API const char *jf_source_path(const jf_source *src);
/* "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "gb18030". */
JF_API const char *jf_source_encoding(const jf_source *src);

/* 1-based line and column (in Unicode code points) of byte offset `off`.
 * An offset inside a character counts as that character. O(log lines). */
JF_API void jf_source_position(const jf_source *src, size_t off, int *line, int *column);
/* Byte offset of the start of 1-based `line` (len if past the end). */
JF_API size_t jf_source_line_start(const jf_source *src, int line);
JF_API int jf_source_line_count(const jf_source *src);

#endif
