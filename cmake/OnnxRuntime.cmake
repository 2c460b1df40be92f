# Provides the imported target onnxruntime::onnxruntime.
# Order: ONNXRUNTIME_ROOT (a release or GPU build unpacked by the user), then an installed CMake package,
# then the npm-registry bootstrap under .deps/ (scripts/bootstrap-onnxruntime.sh).
set(ONNXRUNTIME_ROOT "$ENV{ONNXRUNTIME_ROOT}" CACHE PATH "ONNX Runtime install prefix (include/, lib/)")

if(NOT ONNXRUNTIME_ROOT)
  find_package(onnxruntime CONFIG QUIET)
  if(TARGET onnxruntime::onnxruntime)
    message(STATUS "ONNX Runtime: system package ${onnxruntime_VERSION}")
    return()
  endif()
  set(_ort_boot "${PROJECT_SOURCE_DIR}/.deps/onnxruntime-1.29.0")
  if(NOT EXISTS "${_ort_boot}/.installed")
    message(STATUS "ONNX Runtime: none on the system, running scripts/bootstrap-onnxruntime.sh")
    execute_process(COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/bootstrap-onnxruntime.sh" "${_ort_boot}"
                    RESULT_VARIABLE _ort_rc)
    if(NOT _ort_rc EQUAL 0)
      message(FATAL_ERROR "Could not obtain ONNX Runtime; set ONNXRUNTIME_ROOT to an install prefix")
    endif()
  endif()
  set(ONNXRUNTIME_ROOT "${_ort_boot}")
endif()

find_path(ONNXRUNTIME_INCLUDE_DIR onnxruntime_cxx_api.h
          PATHS "${ONNXRUNTIME_ROOT}/include" "${ONNXRUNTIME_ROOT}/include/onnxruntime"
                "${ONNXRUNTIME_ROOT}/include/onnxruntime/core/session" NO_DEFAULT_PATH)
find_library(ONNXRUNTIME_LIBRARY NAMES onnxruntime libonnxruntime.so.1
             PATHS "${ONNXRUNTIME_ROOT}/lib" "${ONNXRUNTIME_ROOT}/lib64" NO_DEFAULT_PATH)
if(NOT ONNXRUNTIME_INCLUDE_DIR OR NOT ONNXRUNTIME_LIBRARY)
  message(FATAL_ERROR "ONNX Runtime not found under ONNXRUNTIME_ROOT=${ONNXRUNTIME_ROOT}")
endif()
get_filename_component(_ort_real "${ONNXRUNTIME_LIBRARY}" REALPATH)
add_library(onnxruntime::onnxruntime SHARED IMPORTED GLOBAL)
set_target_properties(onnxruntime::onnxruntime PROPERTIES
  IMPORTED_LOCATION "${_ort_real}"
  INTERFACE_INCLUDE_DIRECTORIES "${ONNXRUNTIME_INCLUDE_DIR}")
if(UNIX AND NOT APPLE)
  set_target_properties(onnxruntime::onnxruntime PROPERTIES IMPORTED_SONAME "libonnxruntime.so.1")
endif()
message(STATUS "ONNX Runtime: ${_ort_real}")
