# Included from app/CMakeLists.txt, before Qt finalises the `stratos` target at
# the end of that directory: the executable's per-platform metadata.
#   Windows: a version resource carrying the icon (windows/stratos.rc.in).
#   macOS:   a Stratos.app bundle with Info.plist (macos/Info.plist.in, filled
#            from the MACOSX_BUNDLE_* properties) and the committed macos/Stratos.icns.
#   Both:    STRATOS_CONSOLE_CLI (default on Windows) adds stratos-cli, the
#            console-subsystem copy of the program.
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
  # The .icns is committed (macos/make_icns.py renders it from the SVG), so a
  # macOS build needs neither librsvg nor iconutil.
  set(_icns "${CMAKE_CURRENT_LIST_DIR}/macos/Stratos.icns")
  target_sources(stratos PRIVATE "${_icns}")
  set_source_files_properties("${_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

# Windows: stratos.exe is a GUI-subsystem program, so cmd.exe neither shows its
# output nor waits for its exit code. stratos-cli.exe is the same program linked
# for the console subsystem: the one scripts and the command line use. (On
# other systems `stratos` is already both; the option builds it there too, to
# check this block.)
option(STRATOS_CONSOLE_CLI "Also build stratos-cli, a console-subsystem stratos" ${WIN32})
if(STRATOS_CONSOLE_CLI)
  get_target_property(_stratos_sources stratos SOURCES)
  get_target_property(_stratos_libs stratos LINK_LIBRARIES)
  qt_add_executable(stratos-cli ${_stratos_sources})
  target_link_libraries(stratos-cli PRIVATE ${_stratos_libs})
  set_target_properties(stratos-cli PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
  if(WIN32)
    install(TARGETS stratos-cli RUNTIME DESTINATION bin)
  endif()
endif()
