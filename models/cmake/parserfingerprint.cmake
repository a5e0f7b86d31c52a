# Writes OUT: a header with the SHA-256 of the parser's sources (SOURCES, '|'-separated).
# The index cache keeps parsed documents under this fingerprint, so any change to the parser
# makes old cache rows stale instead of showing yesterday's parse.
set(all "")
string(REPLACE "|" ";" SOURCES "${SOURCES}")
foreach(source IN LISTS SOURCES)
    file(SHA256 "${source}" hash)
    string(APPEND all "${hash}")
endforeach()
string(SHA256 fingerprint "${all}")
set(content "#pragma once\n#define READOUT_PARSER_FINGERPRINT \"${fingerprint}\"\n")
if(EXISTS "${OUT}")
    file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL content)
    file(WRITE "${OUT}" "${content}")
endif()
