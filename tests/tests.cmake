# Tests that run the built command: CLI golden files, the rules' own
# examples, the JSON/SARIF contracts, the case fixtures and the accuracy
# scorer. Included from the top CMakeLists.txt.
if(TARGET jianfu_cli)
  set(JF_BIN $<TARGET_FILE:jianfu_cli>)
  file(GLOB JF_CLI_CASES LIST_DIRECTORIES true CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/tests/cli/cases/*)
  foreach(dir ${JF_CLI_CASES})
    if(IS_DIRECTORY ${dir})
      get_filename_component(name ${dir} NAME)
      add_test(NAME cli/${name} COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/run.sh ${JF_BIN} ${dir})
    endif()
  endforeach()
  add_test(NAME cli/big-file COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/big_file.sh ${JF_BIN})
  # JIANFU_RULE_STATS: the per-rule counts add up and match the report
  add_test(NAME cli/rule-stats COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/cli/rule_stats.py ${JF_BIN})
  add_test(NAME cli/history COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/history.sh ${JF_BIN})
  add_test(NAME cli/install COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/install.sh ${CMAKE_BINARY_DIR})
  add_test(NAME rules/examples COMMAND ${JF_BIN} rules test WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(rules/examples PROPERTIES ENVIRONMENT "JIANFU_RULES_DIR=rules")
  add_test(NAME contract/json COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/cli/check_contract.py
           ${JF_BIN} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME accuracy/spans COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/cli/check_spans.py
           ${JF_BIN} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(accuracy/spans PROPERTIES ENVIRONMENT "JIANFU_RULES_DIR=rules")
  if(EXISTS ${CMAKE_SOURCE_DIR}/tools/check_cases.py)
    add_test(NAME accuracy/cases COMMAND python3 ${CMAKE_SOURCE_DIR}/tools/check_cases.py
             --jianfu ${JF_BIN} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  endif()
  if(EXISTS ${CMAKE_SOURCE_DIR}/tools/score.py)
    # every case written down is handled: one miss or false alarm fails
    # (a merge that changed one twin of a C/Lua helper cost one false alarm
    # of thousands, which a 0.95 floor let through)
    add_test(NAME accuracy/corpus COMMAND python3 ${CMAKE_SOURCE_DIR}/tools/score.py
             --jianfu ${JF_BIN} --min-precision 1 --min-recall 1
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  endif()
  # The blind held-out set estimates how the rules generalize; it is never
  # tuned against, so its floors sit below the measured score and only catch
  # a regression (fixtures/heldout/README.md).
  if(EXISTS ${CMAKE_SOURCE_DIR}/fixtures/heldout/clauses.tsv)
    add_test(NAME accuracy/heldout COMMAND python3 ${CMAKE_SOURCE_DIR}/tools/score.py
             --jianfu ${JF_BIN} --corpus ${CMAKE_SOURCE_DIR}/fixtures/heldout
             --min-precision 0.90 --min-recall 0.90 WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  endif()
  set_tests_properties(contract/json PROPERTIES ENVIRONMENT "JIANFU_RULES_DIR=rules")
  # The rules' promises (skip_prohibited, needs, metric_check's dry run) made
  # and checked on every call they skip, over everything labeled, and a rule
  # file of broken promises that must be caught (rules/README.md).
  add_test(NAME promises/corpus COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/promises/check_promises.py
           ${JF_BIN} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME promises/broken COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/promises/check_promises.py
           ${JF_BIN} --broken WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
