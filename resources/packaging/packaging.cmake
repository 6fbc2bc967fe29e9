# How Selection Panel is installed and packaged; included from app/CMakeLists.txt.
#   Linux:   scripts/package builds the .deb (CPack DEB); the desktop entry, icons, MIME type and
#            translations are installed by ui/CMakeLists.txt.
#   Windows: cpack -G NSIS (or WIX) in a Release build; the Qt libraries and plugins are put beside
#            the program by Qt's deployment script (windeployqt). See README, "Installing".
set(SP_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/resources/packaging)

if(UNIX AND NOT APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/selection-panel.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

  set(SP_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/selection-panel)
  add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    COMMAND gzip -9n -c ${SP_PACKAGING_DIR}/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    DEPENDS ${SP_PACKAGING_DIR}/changelog)
  add_custom_target(sp_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
  install(FILES ${SP_PACKAGING_DIR}/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    DESTINATION ${SP_DOC_DIR})

  # The man page is the program's own --help, so it cannot fall behind it.
  # Not in sanitized or fuzzing builds: their program's exit reports would reach help2man, and
  # they are never packaged.
  find_program(SP_HELP2MAN help2man)
  if(SP_HELP2MAN AND NOT SELECTION_PANEL_SANITIZE AND NOT SELECTION_PANEL_FUZZ)
    set(SP_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/selection-panel.1.gz)
    add_custom_command(OUTPUT ${SP_MAN_PAGE}
      COMMAND ${SP_HELP2MAN} --no-info --section 1 --version-string ${PROJECT_VERSION}
        --name "screen, mark and rank the candidates of an EU selection procedure"
        --include ${SP_PACKAGING_DIR}/selection-panel.h2m
        --output ${CMAKE_CURRENT_BINARY_DIR}/selection-panel.1 $<TARGET_FILE:selection-panel>
      COMMAND gzip -9n -f ${CMAKE_CURRENT_BINARY_DIR}/selection-panel.1
      DEPENDS selection-panel ${SP_PACKAGING_DIR}/selection-panel.h2m
      VERBATIM)
    add_custom_target(sp_man_page ALL DEPENDS ${SP_MAN_PAGE})
    install(FILES ${SP_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  else()
    message(STATUS "No man page is installed (help2man missing, or a sanitized build)")
  endif()
endif()

if(WIN32 AND SELECTION_PANEL_GUI)
  # Qt's deployment script runs windeployqt on the installed program: Qt's DLLs, the platform,
  # style, SQL, image and icon plugins, and Qt's own translations, beside the .exe.
  qt_generate_deploy_app_script(TARGET selection-panel FILENAME_VARIABLE SP_DEPLOY_SCRIPT
    NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${SP_DEPLOY_SCRIPT})
  # The compiler's runtime (MSVC), for machines without the Visual C++ redistributable.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
endif()

set(CPACK_PACKAGE_NAME selection-panel)
set(CPACK_PACKAGE_VENDOR "Selection Panel")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Selection Panel maintainers <selection-panel@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "Screen, mark and rank the candidates of an EU selection procedure")
set(CPACK_PACKAGE_DESCRIPTION
  "The desktop application of an EU recruitment selection panel (chair,
members, secretary): it checks the applications' admissibility and
eligibility with reasons, respects the Article 29 priority order, collects
the members' independent marks, ranks the candidates and writes the
shortlist for HR. A whole procedure, application PDFs included, is kept in
one local case file (.selpanel) with a tamper-evident record of every
change. The selection-panel command does the same headless, for HR and
scripts.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Selection Panel")
set(CPACK_PACKAGE_EXECUTABLES selection-panel "Selection Panel")
set(CPACK_STRIP_FILES ON)
# The installers' licence page; without it NSIS and WiX would show CMake's own licence.
configure_file(${SP_PACKAGING_DIR}/copyright ${CMAKE_BINARY_DIR}/copyright.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/copyright.txt)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)

if(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_DISPLAY_NAME "Selection Panel")
  set(CPACK_NSIS_PACKAGE_NAME "Selection Panel ${PROJECT_VERSION}")
  set(CPACK_NSIS_MUI_ICON ${SP_PACKAGING_DIR}/selection-panel.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\selection-panel.exe)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH ON)
  # A double click on a case file opens it in the window.
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCR '.selpanel' '' 'SelectionPanel.CaseFile'
    WriteRegStr HKCR 'SelectionPanel.CaseFile' '' 'Selection panel case file'
    WriteRegStr HKCR 'SelectionPanel.CaseFile\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\selection-panel.exe,0'
    WriteRegStr HKCR 'SelectionPanel.CaseFile\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\selection-panel.exe\\\" \\\"%1\\\"'
  ")
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCR '.selpanel'
    DeleteRegKey HKCR 'SelectionPanel.CaseFile'
  ")
  # WiX (cpack -G WIX) needs a fixed upgrade code so that a newer version replaces an older one.
  set(CPACK_WIX_UPGRADE_GUID "6A3C8E2B-5D1F-4B7A-9C0E-2F4D6B8A1C3E")
  set(CPACK_WIX_PRODUCT_ICON ${SP_PACKAGING_DIR}/selection-panel.ico)
elseif(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # The libraries the program links are found by dpkg-shlibdeps; Qt's plugins are loaded at run
  # time, invisible to it: the SQLite driver (the case file) and the SVG icon engine (icons).
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
  # Qt's own strings (standard buttons) in French and German; Qt's PostgreSQL driver, for a case
  # on a server (server-init, server-add-member).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
endif()
include(CPack)
