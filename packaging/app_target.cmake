# Included from app/CMakeLists.txt, before Qt finalises the `stratos` target at
# the end of that directory: the executable's per-platform metadata.
#   Windows: a version resource carrying the icon (windows/stratos.rc.in).
#   macOS:   a Stratos.app bundle with Info.plist (macos/Info.plist.in, filled
#            from the MACOSX_BUNDLE_* properties) and an .icns made from the SVG.
# Linux needs nothing here: the desktop file and icons are installed by
# packaging/CMakeLists.txt.
set(STRATOS_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/${STRATOS_APP_ID}.svg")

if(WIN32)
  set(STRATOS_ICO "${CMAKE_CURRENT_LIST_DIR}/windows/stratos.ico")
  configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/stratos.rc.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/stratos.rc" @ONLY)
  target_sources(stratos PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/stratos.rc")
elseif(APPLE)
  # CFBundleIdentifier allows letters, digits, '-' and '.', so the bundle id
  # keeps the domain's hyphen where the freedesktop id (STRATOS_APP_ID) has '_'.
  set_target_properties(stratos PROPERTIES
    OUTPUT_NAME Stratos
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME Stratos
    MACOSX_BUNDLE_GUI_IDENTIFIER org.stratos-app.Stratos
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright © The Stratos authors. Apache License 2.0."
    MACOSX_BUNDLE_INFO_STRING "Stratos ${PROJECT_VERSION}: ${PROJECT_DESCRIPTION}"
    MACOSX_BUNDLE_ICON_FILE Stratos.icns)
  # rsvg-convert: `brew install librsvg`; iconutil ships with the Xcode command line tools.
  find_program(STRATOS_RSVG_CONVERT rsvg-convert)
  find_program(STRATOS_ICONUTIL iconutil)
  if(STRATOS_RSVG_CONVERT AND STRATOS_ICONUTIL)
    set(_iconset "${CMAKE_CURRENT_BINARY_DIR}/Stratos.iconset")
    set(_icns "${CMAKE_CURRENT_BINARY_DIR}/Stratos.icns")
    set(_render "")
    foreach(_size 16 32 128 256 512)
      math(EXPR _double "${_size} * 2")
      list(APPEND _render
        COMMAND "${STRATOS_RSVG_CONVERT}" -w ${_size} -h ${_size} -o "${_iconset}/icon_${_size}x${_size}.png" "${STRATOS_ICON_SVG}"
        COMMAND "${STRATOS_RSVG_CONVERT}" -w ${_double} -h ${_double} -o "${_iconset}/icon_${_size}x${_size}@2x.png" "${STRATOS_ICON_SVG}")
    endforeach()
    add_custom_command(OUTPUT "${_icns}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${_iconset}"
      ${_render}
      COMMAND "${STRATOS_ICONUTIL}" -c icns -o "${_icns}" "${_iconset}"
      DEPENDS "${STRATOS_ICON_SVG}"
      COMMENT "Rendering Stratos.icns"
      VERBATIM)
    target_sources(stratos PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  else()
    message(STATUS "Stratos.app gets no icon: rsvg-convert (brew install librsvg) or iconutil not found")
  endif()
endif()
