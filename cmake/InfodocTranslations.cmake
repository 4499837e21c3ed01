# One French translation for the core, the user interface and the programs,
# compiled into the core library so the CLI and the GUI both load it from
# ":/i18n/infodoc_fr.qm". `cmake --build build --target update_translations`
# refreshes the .ts file from the sources.
set(INFODOC_TS_FILES "${PROJECT_SOURCE_DIR}/translations/infodoc_fr.ts")

# lupdate scans the folders (headers with their sources): given a file list
# it loses the namespaces of Q_OBJECT classes and their strings would not be
# found at run time.
add_custom_target(update_translations
    COMMAND Qt6::lupdate -no-obsolete -locations none -I "${PROJECT_SOURCE_DIR}"
            "${PROJECT_SOURCE_DIR}/core" "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/app"
            -ts ${INFODOC_TS_FILES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Updating the translation sources"
    VERBATIM)

qt_add_lrelease(infodoc_common
    TS_FILES ${INFODOC_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE INFODOC_QM_FILES)
qt_add_resources(infodoc_common "translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${INFODOC_QM_FILES})
