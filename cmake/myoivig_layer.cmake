# myoivig_layer(NAME [DEPS layer...] [LIBS target...] [TEST_LIBS target...])
#
# Declares the library of one architecture layer from the folder it is called in: every
# .cpp below it except *_test.cpp goes into the library myoivig_NAME, which links the
# lower layers named in DEPS and the third-party targets in LIBS. The *_test.cpp files
# become one GoogleTest program myoivig_NAME_tests, registered with CTest.
function(myoivig_warnings target)
  # -Wno-restrict: GCC 12 reports false positives inside std::string at -O2/-O3
  # (GCC bug 105329); every other warning is an error on our own targets.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wno-restrict -Werror)
endfunction()

function(myoivig_layer name)
  cmake_parse_arguments(LAYER "" "" "DEPS;LIBS;TEST_LIBS" ${ARGN})
  file(GLOB_RECURSE all_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  set(sources "")
  set(tests "")
  foreach(file IN LISTS all_sources)
    if(file MATCHES "/main\\.cpp$")
      continue()  # a program's entry point, added by its own add_executable
    elseif(file MATCHES "_test\\.cpp$")
      list(APPEND tests ${file})
    else()
      list(APPEND sources ${file})
    endif()
  endforeach()

  set(target myoivig_${name})
  if(NOT sources)
    # A layer not written yet: an interface target keeps the layer graph whole.
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    foreach(dep IN LISTS LAYER_DEPS)
      target_link_libraries(${target} INTERFACE myoivig_${dep})
    endforeach()
    return()
  endif()
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  foreach(dep IN LISTS LAYER_DEPS)
    target_link_libraries(${target} PUBLIC myoivig_${dep})
  endforeach()
  target_link_libraries(${target} PRIVATE ${LAYER_LIBS})
  myoivig_warnings(${target})

  if(MYOIVIG_BUILD_TESTS AND tests)
    add_executable(${target}_tests ${tests})
    target_link_libraries(${target}_tests PRIVATE ${target} ${LAYER_LIBS} ${LAYER_TEST_LIBS}
                                                  GTest::gtest GTest::gtest_main)
    target_compile_definitions(${target}_tests
                               PRIVATE MYOIVIG_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    myoivig_warnings(${target}_tests)
    gtest_discover_tests(${target}_tests DISCOVERY_TIMEOUT 60
                         PROPERTIES ENVIRONMENT "MYOIVIG_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  endif()
endfunction()
