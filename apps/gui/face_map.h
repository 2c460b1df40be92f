#pragma once
// Face mapping (the GUI side of --map-faces): the people of the settings' target and the map file the
// library reads, both through the facade (facade/face_maps.h) with the settings' models and runtime.
#include <atomic>
#include <filesystem>
#include <vector>

#include "apps/gui/gui_settings.h"
#include "facade/face_maps.h"

namespace swapcam::gui {

// The people of the settings' target (an image's faces, or a video's identity clusters over up to
// `max_frames` evenly spaced frames) at the settings' similarity threshold, largest group first; each
// cluster's `reference` is the picture shown and written. Stops early (returning what it has) when
// `cancel` is set. Throws Error on a missing model or an unreadable or unsuitable target.
pipeline::ClusterReport find_target_people(const GuiSettings& settings, int max_frames = 48,
                                           const std::atomic<bool>* cancel = nullptr);

// Writes `dir`/map.json and a reference picture per person (in `dir`/map_faces) for
// facade::write_face_map; sources[i] belongs to person i, empty ones are left unswapped. Returns the map
// file. Error(Usage) when no person has a source or a file it would write is one of the run's inputs.
std::filesystem::path write_face_map(const GuiSettings& settings, const pipeline::ClusterReport& people,
                                     const std::vector<std::filesystem::path>& sources,
                                     const std::filesystem::path& dir);

}  // namespace swapcam::gui
