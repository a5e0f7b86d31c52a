# Installs a build into a scratch prefix and checks the installed layout.
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch dir> -DAPP_ID=org.readout.Readout
#         -DICON_SIZES=16;24;... -DBINDIR=bin -DDATADIR=share [-DCONFIG=<config>]
#         [-DAPPSTREAMCLI=<path>] -P check-install.cmake
# Every problem is reported; the script fails at the end if there was any.
cmake_minimum_required(VERSION 3.16)
foreach(var BUILD_DIR PREFIX APP_ID ICON_SIZES BINDIR DATADIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check-install.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
set(install_args --install "${BUILD_DIR}" --prefix "${PREFIX}")
if(CONFIG)
    list(APPEND install_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" ${install_args}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(problems "")
function(expect_file relpath)
    if(NOT EXISTS "${PREFIX}/${relpath}" OR IS_DIRECTORY "${PREFIX}/${relpath}")
        set(problems "${problems}\n  missing: ${relpath}" PARENT_SCOPE)
    endif()
endfunction()

set(desktop "${DATADIR}/applications/${APP_ID}.desktop")
expect_file("${BINDIR}/readout")
expect_file("${desktop}")
expect_file("${DATADIR}/metainfo/${APP_ID}.metainfo.xml")
expect_file("${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg")
foreach(size IN LISTS ICON_SIZES)
    set(png "${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    expect_file("${png}")
    if(EXISTS "${PREFIX}/${png}")
        # A PNG starts with an 8-byte signature and the IHDR chunk: width and height are the
        # big-endian 32-bit numbers at offsets 16 and 20.
        file(READ "${PREFIX}/${png}" header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 0 16 signature)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        if(NOT signature STREQUAL "89504e470d0a1a0a")
            set(problems "${problems}\n  not a PNG file: ${png}")
        elseif(NOT width EQUAL size OR NOT height EQUAL size)
            set(problems "${problems}\n  ${png} is ${width}x${height}, not ${size}x${size}")
        endif()
    endif()
endforeach()

# The .desktop file must start the program that was installed and name the installed icon.
if(EXISTS "${PREFIX}/${desktop}")
    file(STRINGS "${PREFIX}/${desktop}" exec_lines REGEX "^Exec=")
    file(STRINGS "${PREFIX}/${desktop}" icon_lines REGEX "^Icon=")
    if(NOT exec_lines MATCHES "^Exec=readout( |$)")
        set(problems "${problems}\n  ${desktop}: Exec does not start 'readout': ${exec_lines}")
    endif()
    if(NOT icon_lines STREQUAL "Icon=${APP_ID}")
        set(problems "${problems}\n  ${desktop}: expected Icon=${APP_ID}, found: ${icon_lines}")
    endif()
endif()

if(problems)
    message(FATAL_ERROR "installed tree ${PREFIX} is incomplete:${problems}")
endif()

# The installed tree as AppStream tools see it: metainfo, the .desktop file it launches, icons.
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${PREFIX}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree failed on ${PREFIX}:\n${output}")
    endif()
endif()
message(STATUS "installed tree ${PREFIX} is complete")
