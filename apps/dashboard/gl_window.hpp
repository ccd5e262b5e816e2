// The dashboard's one window: GLFW with an OpenGL 3.3 core context (what Mesa
// offers under Xvfb too), and the ImGui GLFW + OpenGL3 backends bound to it.
#pragma once

#include <string>
#include <vector>

struct GLFWwindow;

namespace sonda::dashboard {

class GlWindow {
  public:
    // Throws std::runtime_error with GLFW's own message when no window can be made.
    GlWindow(int width, int height, const std::string& title, bool vsync);
    ~GlWindow();
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    bool should_close() const;
    // Polls events and starts an ImGui frame; pointer_away hides the pointer
    // from ImGui (screenshots show no hover state).
    void begin_frame(bool pointer_away = false);
    void end_frame();  // renders ImGui into the back buffer (not yet shown)
    void present();    // swaps buffers
    float content_scale() const;

    // The back buffer as RGBA rows from the top, after end_frame().
    std::vector<unsigned char> read_pixels(int& width, int& height) const;

  private:
    GLFWwindow* m_window = nullptr;
};

}  // namespace sonda::dashboard
