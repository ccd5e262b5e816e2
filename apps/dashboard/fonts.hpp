// Fonts: a real TTF from Debian's fonts-dejavu-core (Italian accents
// included), sized for the monitor's content scale.
#pragma once

namespace sonda::dashboard {

// Loads DejaVu Sans (regular and bold) at `pixel_size * scale`; returns false
// and keeps ImGui's built-in font when the TTF files are missing.
bool load_fonts(float pixel_size, float scale);

}  // namespace sonda::dashboard
