# A per-user NSIS installer: no UAC prompt, installed under
# %LOCALAPPDATA%\Programs\Stratos, Start-menu entry and uninstaller entry in the
# user's profile (HKCU). CMake's stock template (Modules/Internal/CPack/
# NSIS.template.in) always asks for elevation and switches administrators to
# an all-users install, and then "Run Stratos now" on the last page starts the
# app elevated too. So the template is taken from the running CMake and five
# statements changed; any that is not found (a newer CMake reworded it) stops
# the configure instead of silently producing an elevated installer.
# Included from packaging/CMakeLists.txt before include(CPack).

set(_stock "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
file(READ "${_stock}" _template)

function(_stratos_nsis_replace from to why)
  string(FIND "${_template}" "${from}" _at)
  if(_at EQUAL -1)
    message(FATAL_ERROR "packaging/windows/nsis_per_user.cmake: '${from}' not found in ${_stock} (${why}); "
                        "update this file for CMake ${CMAKE_VERSION}")
  endif()
  string(REPLACE "${from}" "${to}" _template "${_template}")
  set(_template "${_template}" PARENT_SCOPE)
endfunction()

_stratos_nsis_replace("RequestExecutionLevel admin" "RequestExecutionLevel user"
  "no elevation: the installer, and the app it starts at the end, run as the user")
_stratos_nsis_replace("SetShellVarContext all" "SetShellVarContext current"
  "shortcuts and the uninstaller entry in the user's profile, for administrators too")
_stratos_nsis_replace("StrCpy $SV_ALLUSERS \"AllUsers\"" "StrCpy $SV_ALLUSERS \"JustMe\""
  "the install mode the rest of the template reads")
_stratos_nsis_replace("StrCpy $INSTDIR \"$DOCUMENTS\\@CPACK_PACKAGE_INSTALL_DIRECTORY@\"" "; per-user default kept"
  "per-user installs go to %LOCALAPPDATA%\\Programs, not Documents")
_stratos_nsis_replace("ReadRegStr $0 HKLM \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
                      "ReadRegStr $0 SHCTX \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
  "finds a previous per-user install to uninstall first")

set(_dir "${CMAKE_CURRENT_BINARY_DIR}/nsis-template")
file(WRITE "${_dir}/NSIS.template.in" "${_template}")
# CPack looks for NSIS.template.in in CMAKE_MODULE_PATH before its own copy.
list(PREPEND CMAKE_MODULE_PATH "${_dir}")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
