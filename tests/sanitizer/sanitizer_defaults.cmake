# With SELECTION_PANEL_SANITIZE: builds the sanitizers' default options (sanitizer_defaults.cpp,
# with the LeakSanitizer suppressions of lsan.supp) into the given programs.
add_library(sp_sanitizer_defaults OBJECT ${CMAKE_CURRENT_LIST_DIR}/sanitizer_defaults.cpp)
target_compile_definitions(sp_sanitizer_defaults PRIVATE
  SP_LSAN_SUPPRESSIONS="${CMAKE_CURRENT_LIST_DIR}/lsan.supp")
target_compile_options(sp_sanitizer_defaults PRIVATE ${SP_WARNINGS})

function(sp_add_sanitizer_defaults)
  foreach(target ${ARGN})
    target_link_libraries(${target} PRIVATE sp_sanitizer_defaults)
  endforeach()
endfunction()
