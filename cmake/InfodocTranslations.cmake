# One French translation for the core, the user interface and the programs,
# compiled into the core library so the CLI and the GUI both load it from
# ":/i18n/infodoc_fr.qm". `cmake --build build --target update_translations`
# refreshes the .ts file from the sources.
set(INFODOC_TS_FILES "${PROJECT_SOURCE_DIR}/translations/infodoc_fr.ts")

set(_infodoc_lupdate_targets infodoc_core infodoc-cli)
if(INFODOC_BUILD_GUI)
    list(APPEND _infodoc_lupdate_targets infodoc_ui infodoc)
endif()
set(_infodoc_sources "")
foreach(_t IN LISTS _infodoc_lupdate_targets)
    get_target_property(_src ${_t} SOURCES)
    get_target_property(_dir ${_t} SOURCE_DIR)
    foreach(_s IN LISTS _src)
        if(NOT IS_ABSOLUTE "${_s}")
            set(_s "${_dir}/${_s}")
        endif()
        if(_s MATCHES "\\.(cpp|h)$" AND NOT _s MATCHES "/build")
            list(APPEND _infodoc_sources "${_s}")
        endif()
    endforeach()
endforeach()

qt_add_lupdate(infodoc_core
    TS_FILES ${INFODOC_TS_FILES}
    SOURCES ${_infodoc_sources}
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(infodoc_core
    TS_FILES ${INFODOC_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE INFODOC_QM_FILES)
qt_add_resources(infodoc_core "translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${INFODOC_QM_FILES})
