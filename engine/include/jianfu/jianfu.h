/* jianfu.h — the whole public API of the jianfu engine.
 *
 * Reading order follows the pipeline a file goes through:
 *   source.h     bytes → decoded UTF-8, encodings, line/column
 *   normalize.h  text for matching, with a map back to the source
 *   doc.h        a document as clauses with spans and locators
 *   load.h       YAML schemes and text/Markdown into documents
 *   analyze.h    numbers, thresholds, frequencies, penalties, prohibitions,
 *                assessment links
 *   match.h      the one-pass multi-pattern prefilter
 *   rules.h      Lua rules in a sandbox
 *   result.h     findings and errors of one file
 *   engine.h     all of the above for one file
 *   report.h     text, json, sarif, junit, github
 *   config.h     .jianfu.yaml: rules on/off, severities, extra rules, fail level
 *   store.h      run history in SQLite */
#ifndef JIANFU_H
#define JIANFU_H

#include "common.h"
#include "source.h"
#include "normalize.h"
#include "doc.h"
#include "load.h"
#include "analyze.h"
#include "match.h"
#include "rules.h"
#include "result.h"
#include "engine.h"
#include "report.h"
#include "config.h"
#include "store.h"

#endif
