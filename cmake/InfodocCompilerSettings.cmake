# Warnings and Qt string hygiene live on INTERFACE targets that each of our
# targets links PRIVATE-ly, so nothing leaks into global flags.
option(INFODOC_WERROR "Treat compiler warnings as errors" OFF)
option(INFODOC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The fuzz targets (clang's libFuzzer): every target is instrumented for
# coverage under ASan and UBSan; tests/fuzz/ links the fuzzer's main.
option(INFODOC_FUZZ "Build the fuzz targets with clang's libFuzzer" OFF)
# Poppler and Xapian allocate many small objects: with jemalloc, text
# extraction takes about a tenth less CPU and indexing about a fifth less
# than with glibc's allocator (measured on the real-PDF corpus). The
# sanitizers bring their own allocator.
option(INFODOC_JEMALLOC "Link the programs with jemalloc" ON)

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
if(INFODOC_FUZZ)
    target_compile_options(infodoc_sanitizers INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(infodoc_sanitizers INTERFACE -fsanitize=address,undefined)
elseif(INFODOC_SANITIZE)
    target_compile_options(infodoc_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(infodoc_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(infodoc_allocator INTERFACE)
if(INFODOC_JEMALLOC AND NOT INFODOC_SANITIZE AND NOT INFODOC_FUZZ)
    find_library(JEMALLOC_LIBRARY NAMES jemalloc REQUIRED)
    # Kept even though no symbol of ours names it: it replaces malloc for
    # the whole program, Qt, Poppler and Xapian included.
    target_link_libraries(infodoc_allocator INTERFACE
        "-Wl,--push-state,--no-as-needed" ${JEMALLOC_LIBRARY} "-Wl,--pop-state")
endif()

# One call gives a target our house settings; programs get the allocator.
function(infodoc_target_defaults target)
    target_link_libraries(${target} PRIVATE infodoc_warnings infodoc_qt_defines infodoc_sanitizers)
    get_target_property(_type ${target} TYPE)
    if(_type STREQUAL "EXECUTABLE")
        target_link_libraries(${target} PRIVATE infodoc_allocator)
    endif()
endfunction()
