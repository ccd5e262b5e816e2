#include "qr_code.hpp"

#include <cairo.h>
#include <qrencode.h>

#include <memory>
#include <vector>

#include "sonda/error.hpp"

namespace sonda::cli {

namespace {

constexpr int kQuietZone = 4;  // modules of white around the code
constexpr int kPixelsPerModule = 8;

// The code's modules, row by row, true for dark.
struct Modules {
    int width = 0;
    std::vector<bool> dark;
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * width + x)]; }
};

Modules encode(const std::string& text) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        throw InvalidInput(Location{}, "the link (" + std::to_string(text.size()) +
                                           " characters) does not fit in a QR code");
    Modules modules;
    modules.width = code->width;
    modules.dark.resize(static_cast<std::size_t>(code->width * code->width));
    for (std::size_t i = 0; i < modules.dark.size(); ++i) modules.dark[i] = code->data[i] & 1;
    return modules;
}

void write_svg(std::ostream& out, const Modules& modules) {
    const int size = modules.width + 2 * kQuietZone;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << size << ' ' << size
        << "\" width=\"" << size * kPixelsPerModule << "\" height=\"" << size * kPixelsPerModule
        << "\" shape-rendering=\"crispEdges\">\n<rect width=\"" << size << "\" height=\"" << size
        << "\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"";
    for (int y = 0; y < modules.width; ++y)
        for (int x = 0; x < modules.width; ++x)
            if (modules.at(x, y))
                out << 'M' << x + kQuietZone << ' ' << y + kQuietZone << "h1v1h-1z";
    out << "\"/>\n</svg>\n";
}

cairo_status_t to_stream(void* closure, const unsigned char* data, unsigned int length) {
    auto& out = *static_cast<std::ostream*>(closure);
    out.write(reinterpret_cast<const char*>(data), length);
    return out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

void write_png(std::ostream& out, const Modules& modules) {
    const int size = (modules.width + 2 * kQuietZone) * kPixelsPerModule;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, size, size), &cairo_surface_destroy);
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cairo(cairo_create(surface.get()),
                                                             &cairo_destroy);
    cairo_set_source_rgb(cairo.get(), 1, 1, 1);
    cairo_paint(cairo.get());
    cairo_set_source_rgb(cairo.get(), 0, 0, 0);
    for (int y = 0; y < modules.width; ++y)
        for (int x = 0; x < modules.width; ++x)
            if (modules.at(x, y))
                cairo_rectangle(cairo.get(), (x + kQuietZone) * kPixelsPerModule,
                                (y + kQuietZone) * kPixelsPerModule, kPixelsPerModule,
                                kPixelsPerModule);
    cairo_fill(cairo.get());
    cairo_surface_flush(surface.get());
    if (cairo_surface_write_to_png_stream(surface.get(), to_stream, &out) != CAIRO_STATUS_SUCCESS)
        throw StorageError("the QR code could not be written as PNG");
}

}  // namespace

void write_qr_code(std::ostream& out, const std::string& text, QrFormat format) {
    const Modules modules = encode(text);
    if (format == QrFormat::Svg)
        write_svg(out, modules);
    else
        write_png(out, modules);
}

}  // namespace sonda::cli
