# `cmake --install` layout and the Debian package (cpack -G DEB), for a prefix such as /usr:
#   bin/swapcam, bin/swapcam-gui               the programs
#   lib/swapcam/libonnxruntime.so*             ONNX Runtime when it came from ONNXRUNTIME_ROOT or the npm
#                                              bootstrap (Debian has none); found through RUNPATH $ORIGIN
#   share/applications/swapcam.desktop         the desktop entry, share/icons/hicolor/scalable/apps/swapcam.svg
#   share/doc/swapcam/                         README, the docs, copyright
# The GUI's translations are compiled into swapcam-gui, so they need no files of their own.
include(GNUInstallDirs)

set(SWAPCAM_PRIVATE_LIBDIR "${CMAKE_INSTALL_LIBDIR}/swapcam")
set(_swapcam_programs swapcam)
if(TARGET swapcam-gui)
  list(APPEND _swapcam_programs swapcam-gui)
endif()
# Installed programs find the bundled ONNX Runtime beside them, wherever the prefix is.
set_target_properties(${_swapcam_programs} PROPERTIES INSTALL_RPATH "$ORIGIN/../${SWAPCAM_PRIVATE_LIBDIR}")
install(TARGETS ${_swapcam_programs} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# ONNX Runtime from a prefix (not a system package): ship the library under its soname, plus the
# shared-provider bridge that GPU builds load at run time.
if(DEFINED _ort_real AND EXISTS "${_ort_real}")
  get_filename_component(_ort_dir "${_ort_real}" DIRECTORY)
  file(GLOB _ort_libs "${_ort_dir}/libonnxruntime.so.1" "${_ort_dir}/libonnxruntime_providers_*.so")
  install(FILES ${_ort_libs} DESTINATION "${SWAPCAM_PRIVATE_LIBDIR}")
  if(EXISTS "${ONNXRUNTIME_ROOT}/LICENSE")
    install(FILES "${ONNXRUNTIME_ROOT}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}" RENAME onnxruntime-LICENSE)
  endif()
  set(SWAPCAM_ORT_LIBDIR "${_ort_dir}")
endif()

install(FILES packaging/swapcam.desktop DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES packaging/swapcam.svg DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES README.md packaging/copyright docs/ARCHITECTURE.md docs/MODELS.md docs/PERFORMANCE.md
              docs/RELIABILITY.md
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# The Debian package. Its dependencies are computed by dpkg-shlibdeps from the installed programs
# (the bundled ONNX Runtime is resolved from its own directory), so they follow what was linked.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "swapcam")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "the swapcam developers")
set(CPACK_PACKAGE_CONTACT "the swapcam developers <swapcam@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "real-time face swapping for images, videos and a live camera")
set(CPACK_PACKAGE_DESCRIPTION
    "swapcam swaps a face from one photo into images, videos and a live camera (virtual camera output), with a Qt desktop application. Model weights are downloaded separately (swapcam models fetch).")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "video")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(SWAPCAM_ORT_LIBDIR)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${SWAPCAM_ORT_LIBDIR}")
endif()
# v4l2loopback for --virtual-camera, ffmpeg for working with the outputs: useful, not required.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "v4l2loopback-dkms, ffmpeg")
set(CPACK_STRIP_FILES ON)
include(CPack)
