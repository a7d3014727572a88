# CPack pre- and post-build script (packaging/CMakeLists.txt): Authenticode
# signatures with signtool, when the environment names a certificate:
#   STRATOS_SIGNTOOL_PFX       path of the .pfx file
#   STRATOS_SIGNTOOL_PASSWORD  its password
#   STRATOS_TIMESTAMP_URL      RFC 3161 server (default http://timestamp.digicert.com)
# Before packing (CPACK_TEMPORARY_INSTALL_DIRECTORY set, no package yet) it
# signs our executables in the staged tree (Qt's DLLs come signed by The Qt
# Company); after packing (CPACK_PACKAGE_FILES set) it signs the installer.
if(NOT DEFINED ENV{STRATOS_SIGNTOOL_PFX} OR "$ENV{STRATOS_SIGNTOOL_PFX}" STREQUAL "")
  message(STATUS "Not signing: STRATOS_SIGNTOOL_PFX is not set")
  return()
endif()
find_program(SIGNTOOL signtool REQUIRED) # in the Windows SDK; on PATH in a Developer prompt
set(_ts "$ENV{STRATOS_TIMESTAMP_URL}")
if(_ts STREQUAL "")
  set(_ts http://timestamp.digicert.com)
endif()

if(CPACK_PACKAGE_FILES)
  set(_files ${CPACK_PACKAGE_FILES})
else()
  file(GLOB_RECURSE _files "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/stratos.exe"
                           "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/stratos-cli.exe")
endif()
foreach(_file IN LISTS _files)
  execute_process(COMMAND "${SIGNTOOL}" sign /f "$ENV{STRATOS_SIGNTOOL_PFX}" /p "$ENV{STRATOS_SIGNTOOL_PASSWORD}"
                          /fd sha256 /tr "${_ts}" /td sha256 "${_file}"
                  RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "signtool could not sign ${_file}")
  endif()
  message(STATUS "Signed ${_file}")
endforeach()
