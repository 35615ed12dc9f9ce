# One place for the build settings every target shares (as qBittorrent's CommonConfig.cmake):
# link `northstar_common` instead of setting flags on individual targets.
add_library(northstar_common INTERFACE)

target_compile_features(northstar_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(northstar_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    NORTHSTAR_VERSION="${PROJECT_VERSION}"
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(northstar_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
endif()

# The test build (scripts/test.sh): AddressSanitizer and UndefinedBehaviorSanitizer on every
# target, a report ends the process (so the test fails). Combine with CMAKE_BUILD_TYPE=Debug,
# which keeps assertions on: no NDEBUG, and no QT_NO_DEBUG, so Qt's inline checks fire too.
option(NORTHSTAR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The fuzz build (scripts/fuzz.sh, clang): every library instrumented for libFuzzer's
# coverage and sanitized; tests/fuzz links the targets with -fsanitize=fuzzer.
if(NORTHSTAR_BUILD_FUZZERS AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(northstar_fuzz_flags -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
    target_compile_options(northstar_common INTERFACE ${northstar_fuzz_flags})
    target_link_options(northstar_common INTERFACE -fsanitize=address,undefined)
endif()
if(NORTHSTAR_SANITIZE)
    # nonnull-attribute stays recoverable only so that tests/sanitizers/ubsan.supp can name
    # one report in Qt 6.4's own headers (QList::operator== of two empty lists passes a null
    # pointer to memcmp); UBSAN_OPTIONS=halt_on_error=1 still stops at any other.
    set(northstar_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all
        -fsanitize-recover=nonnull-attribute -fno-omit-frame-pointer)
    target_compile_options(northstar_common INTERFACE ${northstar_sanitize_flags})
    target_link_options(northstar_common INTERFACE ${northstar_sanitize_flags})
endif()
