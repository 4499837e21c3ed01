# Warnings and Qt string hygiene live on INTERFACE targets that each of our
# targets links PRIVATE-ly, so nothing leaks into global flags.
option(INFODOC_WERROR "Treat compiler warnings as errors" OFF)
option(INFODOC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(infodoc_warnings INTERFACE)
target_compile_options(infodoc_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2)
if(INFODOC_WERROR)
    target_compile_options(infodoc_warnings INTERFACE -Werror)
endif()

add_library(infodoc_qt_defines INTERFACE)
target_compile_definitions(infodoc_qt_defines INTERFACE
    QT_NO_KEYWORDS
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH)

add_library(infodoc_sanitizers INTERFACE)
if(INFODOC_SANITIZE)
    target_compile_options(infodoc_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(infodoc_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# One call gives a target our house settings.
function(infodoc_target_defaults target)
    target_link_libraries(${target} PRIVATE infodoc_warnings infodoc_qt_defines infodoc_sanitizers)
endfunction()
