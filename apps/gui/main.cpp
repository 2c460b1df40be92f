// swapcam-gui: the desktop application (everything is in the swapcam_gui library; see app.h).
#include "apps/gui/app.h"

int main(int argc, char** argv) { return swapcam::gui::run_gui(argc, argv); }
