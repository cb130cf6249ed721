# The Debian package: `cpack` in a build directory writes medilock_<version>-1_<arch>.deb
# (scripts/package builds the release preset and runs it; tests/package/test-deb installs it).
# The version is the project's, the same one app/Version.h gives every --version.

if(MEDILOCK_GUI)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/medilock.desktop DESTINATION share/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/medilock.svg DESTINATION share/icons/hicolor/scalable/apps)
  foreach(size 16 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/medilock-${size}.png
            DESTINATION share/icons/hicolor/${size}x${size}/apps RENAME medilock.png)
  endforeach()
endif()
# medilockd@ACCOUNT.service: installed, not enabled (no maintainer scripts); see the file.
install(FILES ${PROJECT_SOURCE_DIR}/resources/systemd/medilockd@.service DESTINATION lib/systemd/system)

# Debian's documentation files: copyright, the changelog and the manual pages, compressed with
# gzip -9n (no name, no time stamp: the same bytes on every build).
find_program(MEDILOCK_GZIP gzip REQUIRED)
set(medilock_man_pages medilock-cli.1 medilockd.1)
if(MEDILOCK_GUI)
  list(APPEND medilock_man_pages medilock.1)
endif()
set(medilock_gzipped)
foreach(source IN ITEMS ${medilock_man_pages} changelog)
  if(source STREQUAL "changelog")
    set(input ${PROJECT_SOURCE_DIR}/resources/debian/changelog)
    set(output ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz)
  else()
    set(input ${PROJECT_SOURCE_DIR}/resources/man/${source})
    set(output ${PROJECT_BINARY_DIR}/man/${source}.gz)
  endif()
  get_filename_component(output_dir ${output} DIRECTORY)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${output_dir}
    COMMAND ${MEDILOCK_GZIP} -9nc ${input} > ${output}
    DEPENDS ${input} VERBATIM)
  list(APPEND medilock_gzipped ${output})
endforeach()
add_custom_target(medilock_package_docs ALL DEPENDS ${medilock_gzipped})
foreach(page IN LISTS medilock_man_pages)
  install(FILES ${PROJECT_BINARY_DIR}/man/${page}.gz DESTINATION share/man/man1)
endforeach()
install(FILES ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz ${PROJECT_SOURCE_DIR}/resources/debian/copyright
        DESTINATION share/doc/medilock)

set(MEDILOCK_PACKAGE_MAINTAINER "MediLock maintainers <maintainers@users.noreply.b-seed-199fe4dc.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME medilock)
set(CPACK_PACKAGE_VENDOR MediLock)
set(CPACK_PACKAGE_CONTACT "${MEDILOCK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian's extended description: lines of at most 79 characters, as written here.
set(CPACK_PACKAGE_DESCRIPTION
  "MediLock keeps a clinic's patient records on an embedded, encrypted\n\
(SQLCipher), append-only ledger: every record is signed with its author's\n\
own Ed25519 key and chained into blocks, and every opening of a chart is\n\
itself recorded. Nodes of a clinic network synchronise over mutually\n\
authenticated TLS.\n\
This package holds the desktop application (medilock), the command-line\n\
tool (medilock-cli) and the headless sync node (medilockd).")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Depends: computed by dpkg-shlibdeps from what the stripped executables link (Qt 6 Widgets,
# Charts, PrintSupport, Network, SQLCipher, OpenSSL 3, libqrencode, ...). The xcb and
# offscreen platform plugins and the OpenSSL TLS backend come with libqt6gui6 and
# libqt6network6. Recommended: a Devanagari font for Hindi and Qt's own German/Hindi texts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, qt6-translations-l10n")
include(CPack)
