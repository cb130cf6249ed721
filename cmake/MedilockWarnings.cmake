# One place for compiler flags shared by every MediLock target.
add_library(medilock_flags INTERFACE)
target_compile_options(medilock_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wformat=2)
target_compile_definitions(medilock_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_KEYWORDS OPENSSL_API_COMPAT=30000 OPENSSL_NO_DEPRECATED)
# Debug information is written compressed (zlib), in objects and executables: each test links
# the static libraries whole, and uncompressed DWARF made a full dev + asan build about 9 GB.
# gdb and the sanitizers' symbolizer read compressed sections.
target_compile_options(medilock_flags INTERFACE -gz)
target_link_options(medilock_flags INTERFACE -gz)
if(MEDILOCK_WERROR)
  target_compile_options(medilock_flags INTERFACE -Werror)
endif()
if(MEDILOCK_SANITIZE)
  list(JOIN MEDILOCK_SANITIZE "," _medilock_san)
  target_compile_options(medilock_flags INTERFACE -fsanitize=${_medilock_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(medilock_flags INTERFACE -fsanitize=${_medilock_san})
endif()
if(MEDILOCK_FUZZ)
  target_compile_options(medilock_flags INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(medilock_flags INTERFACE -fsanitize=address,undefined)
endif()
