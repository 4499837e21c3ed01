# Fails when the French translation has unfinished or missing strings: runs
# lupdate over the sources into a scratch copy of the .ts file and looks for
# entries that are not translated.
file(MAKE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/ts-check")
set(scratch "${CMAKE_CURRENT_BINARY_DIR}/ts-check/infodoc_fr.ts")
configure_file("${TS_FILE}" "${scratch}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_DIR}"
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${scratch}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ "${scratch}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\"" unfinished "${content}")
string(REGEX MATCHALL "type=\"unfinished\"" marks "${content}")
list(LENGTH marks count)
if(count GREATER 0)
    foreach(u IN LISTS unfinished)
        string(REGEX REPLACE "<translation.*" "" u "${u}")
        message("untranslated: ${u}")
    endforeach()
    message(FATAL_ERROR "${count} French string(s) untranslated; run the update_translations target and translate them")
endif()
message("French translation complete")
