# Test translations.complete: every user-visible string of the sources has a finished
# translation in every language. Run by ctest as
#     cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<project source> -DTS_DIR=<folder of the .ts files>
#           -DLANGUAGES=ja,ru,fr -DLUPDATE_OPTIONS=<options,...> -DSCAN_DIRS=app,views,models
#           -DWORK_DIR=<scratch folder in the build dir> -P check-translations.cmake
# (lists separated by commas, so that ctest passes each as one argument).
#
# It copies the .ts files to WORK_DIR, refreshes the copies from the sources with the same
# lupdate command as the update_translations target (the files in the source tree are never
# touched), and fails if a copy has
#   - an entry marked unfinished (a new string, or one lupdate only guessed from a similar one),
#   - an entry marked vanished or obsolete,
#   - an empty translation or plural form,
#   - a translation whose %1..%9 (and %L1..%L9) placeholders differ from those of its source.
cmake_minimum_required(VERSION 3.16)

foreach(var LUPDATE SOURCE_DIR TS_DIR LANGUAGES LUPDATE_OPTIONS SCAN_DIRS WORK_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check-translations.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT EXISTS "${LUPDATE}")
    message(FATAL_ERROR "check-translations.cmake: lupdate not found at ${LUPDATE}")
endif()
string(REPLACE "," ";" LANGUAGES "${LANGUAGES}")
string(REPLACE "," ";" LUPDATE_OPTIONS "${LUPDATE_OPTIONS}")
string(REPLACE "," ";" SCAN_DIRS "${SCAN_DIRS}")

# How many offending strings to name per language and kind of problem.
set(max_listed 8)

# XML text as the user sees it, for the report.
function(unescape_xml out text)
    string(REPLACE "${semicolon}" ";" text "${text}")
    string(REPLACE "${open_bracket}" "[" text "${text}")
    string(REPLACE "${close_bracket}" "]" text "${text}")
    string(REPLACE "${backslash}" "\\" text "${text}")
    string(REPLACE "&lt;" "<" text "${text}")
    string(REPLACE "&gt;" ">" text "${text}")
    string(REPLACE "&quot;" "\"" text "${text}")
    string(REPLACE "&apos;" "'" text "${text}")
    string(REPLACE "&#xa0;" " " text "${text}")
    string(REPLACE "\n" "\\n" text "${text}")
    string(REPLACE "&amp;" "&" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The sorted placeholders of @p text (%1..%9, %L1..%L9; each once), "-" when there are none.
function(placeholders out text)
    # "%%" is not a placeholder; neither is the digit after it.
    string(REPLACE "%%" "" text "${text}")
    string(REGEX MATCHALL "%L?[1-9]" found "${text}")
    if(found)
        list(REMOVE_DUPLICATES found)
        list(SORT found)
        string(REPLACE ";" " " found "${found}")
    else()
        set(found "-")
    endif()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(lang IN LISTS LANGUAGES)
    set(ts "${TS_DIR}/readout_${lang}.ts")
    if(NOT EXISTS "${ts}")
        message(FATAL_ERROR "${ts} does not exist: run the update_translations target once")
    endif()
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/readout_${lang}.ts")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" ${LUPDATE_OPTIONS} ${SCAN_DIRS} -ts ${copies}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()

# Characters that CMake lists treat specially stand in for themselves while the file is cut
# into messages; unescape_xml() puts them back for the report.
string(ASCII 1 semicolon)
string(ASCII 2 open_bracket)
string(ASCII 3 close_bracket)
string(ASCII 4 backslash)

set(problems "")
foreach(lang IN LISTS LANGUAGES)
    set(copy "${WORK_DIR}/readout_${lang}.ts")
    file(READ "${copy}" content)
    string(REPLACE "\\" "${backslash}" content "${content}")
    string(REPLACE ";" "${semicolon}" content "${content}")
    string(REPLACE "[" "${open_bracket}" content "${content}")
    string(REPLACE "]" "${close_bracket}" content "${content}")
    string(REPLACE "</message>" ";" messages "${content}")
    # The text after the last message.
    list(REMOVE_AT messages -1)

    set(count 0)
    set(context "")
    foreach(kind unfinished vanished empty placeholders)
        set(${kind}_count 0)
        set(${kind}_text "")
    endforeach()
    foreach(message IN LISTS messages)
        string(FIND "${message}" "<message" start)
        if(start LESS 0)
            continue()
        endif()
        # A new context starts before the first message of each.
        string(SUBSTRING "${message}" 0 ${start} before)
        if(before MATCHES "<name>([^<]*)</name>")
            set(context "${CMAKE_MATCH_1}")
        endif()
        string(SUBSTRING "${message}" ${start} -1 message)
        math(EXPR count "${count} + 1")

        string(REGEX MATCH "<source>([^<]*)</source>" ignored "${message}")
        set(source "${CMAKE_MATCH_1}")
        unescape_xml(shown "${source}")
        set(shown "${context}: \"${shown}\"")

        # The translation element: its start tag and its content.
        set(tag "")
        set(translation "")
        if(message MATCHES "<translation[^>]*/>")
            set(tag "${CMAKE_MATCH_0}")
        elseif(message MATCHES "(<translation[^>]*>)(.*)</translation>")
            set(tag "${CMAKE_MATCH_1}")
            set(translation "${CMAKE_MATCH_2}")
        endif()

        set(kind "")
        if(tag STREQUAL "" OR tag MATCHES "type=\"unfinished\"")
            set(kind unfinished)
        elseif(tag MATCHES "type=\"(vanished|obsolete)\"")
            set(kind vanished)
        else()
            # The translation, or each of its plural forms, is not empty and keeps the
            # placeholders of the source.
            if(message MATCHES "numerus=\"yes\"")
                string(REGEX MATCHALL "<numerusform[^>]*/>|<numerusform[^>]*>[^<]*</numerusform>"
                       texts "${translation}")
                if(NOT texts)
                    set(kind empty)
                endif()
            else()
                set(texts "<numerusform>${translation}</numerusform>")
            endif()
            placeholders(wanted "${source}")
            foreach(text IN LISTS texts)
                if(kind)
                    break()
                endif()
                string(REGEX REPLACE "^<numerusform[^>]*/>$" "" text "${text}")
                string(REGEX REPLACE "^<numerusform[^>]*>|</numerusform>$" "" text "${text}")
                string(STRIP "${text}" stripped)
                if(stripped STREQUAL "")
                    set(kind empty)
                else()
                    placeholders(have "${text}")
                    if(NOT have STREQUAL wanted)
                        unescape_xml(text "${text}")
                        set(kind placeholders)
                        set(shown "${shown} has ${wanted}, \"${text}\" has ${have}")
                    endif()
                endif()
            endforeach()
        endif()

        if(kind)
            math(EXPR ${kind}_count "${${kind}_count} + 1")
            if(${kind}_count LESS_EQUAL max_listed)
                string(APPEND ${kind}_text "\n    ${shown}")
            endif()
        endif()
    endforeach()

    if(count EQUAL 0)
        message(FATAL_ERROR "${copy} holds no messages after lupdate; did it scan "
                            "${SCAN_DIRS} in ${SOURCE_DIR}?\n${output}")
    endif()

    set(what_unfinished "no finished translation")
    set(what_vanished "marked vanished or obsolete")
    set(what_empty "empty translation")
    set(what_placeholders "placeholders differ from the source's")
    foreach(kind unfinished vanished empty placeholders)
        if(${kind}_count GREATER 0)
            string(APPEND problems
                   "\n${lang}, ${what_${kind}} (${${kind}_count}):${${kind}_text}")
            if(${kind}_count GREATER max_listed)
                string(APPEND problems "\n    ...")
            endif()
        endif()
    endforeach()
    message(STATUS "${lang}: ${count} messages checked")
endforeach()

if(NOT problems STREQUAL "")
    message(FATAL_ERROR
        "Translations are incomplete in ${WORK_DIR} (copies of ${TS_DIR}/readout_*.ts "
        "refreshed with lupdate):${problems}\n"
        "Refresh the .ts files with the update_translations target and translate the new "
        "entries (Qt Linguist), then mark them finished. lupdate said:\n${output}")
endif()
string(REPLACE ";" ", " LANGUAGES "${LANGUAGES}")
message(STATUS "Translations complete: ${LANGUAGES}")
