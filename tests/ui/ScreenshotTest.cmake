# Runs the real GUI binary in screenshot mode on a small demo catalogue and
# checks that a PNG image came out, and that a bad page name is refused.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CLI}" --db "${WORK}/c.sqlite" demo --records 200 RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "demo failed: ${rc}")
endif()
execute_process(COMMAND "${INFODOC}" --db "${WORK}/c.sqlite" --screenshot "${WORK}/loans.png" --page loans
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "screenshot failed: ${rc}")
endif()
file(READ "${WORK}/loans.png" header LIMIT 8 HEX)
if(NOT header STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "not a PNG file: ${header}")
endif()
execute_process(COMMAND "${INFODOC}" --db "${WORK}/c.sqlite" --screenshot "${WORK}/x.png" --page nowhere
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "nowhere")
    message(FATAL_ERROR "an unknown page was accepted: ${rc} ${err}")
endif()
execute_process(COMMAND "${INFODOC}" --db "${WORK}/missing.sqlite" --screenshot "${WORK}/y.png"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR EXISTS "${WORK}/missing.sqlite")
    message(FATAL_ERROR "a missing catalogue was created or accepted: ${rc} ${err}")
endif()
