// The dashboard at 10k, 100k and 1M responses (issue targets: first frame
// under 1 s, a frame under 2 ms of CPU, under 150 MB resident at 1M), each
// beside a baseline of the same run:
//   BM_FirstFrame/N   opening the project, the model's first selection (the
//                     score table by territory) and one whole frame of the
//                     default view, from nothing; beside the bare SQL GROUP BY
//                     of bench_report (run it in the same session) and
//                     BM_ScoresOnlyReport/N, the report the frame waits for.
//   BM_Frame/N        one steady frame of the default view (ImGui NewFrame,
//                     the whole dashboard, Render: the CPU side of a frame;
//                     rasterising is the GPU's), beside BM_EmptyFrame, an
//                     empty window in the same context.
//   resident memory   printed at the end: each size again in a child process
//                     (this binary with --rss N), VmRSS after the first
//                     frame and after 100 frames, and VmHWM (the peak).
// The ImGui context has no window or GL backend: what is timed is the
// dashboard's own CPU work, the same code a real window runs.
//
//   build/bin/bench_dashboard
#include <benchmark/benchmark.h>
#include <imgui.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "bench_databases.hpp"
#include "dashboard_app.hpp"
#include "fonts.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/panel_host.hpp"
#include "sonda/gui/panel_registry.hpp"
#include "sonda/report/report.hpp"

extern char** environ;

namespace {

using namespace sonda;

// One ImGui context with the dashboard's real fonts, for the whole process.
struct Gui {
    gui::PanelRegistry panels;
    gui::PanelHost host{panels};
    Gui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1440, 900);
        io.DeltaTime = 1.0f / 60.0f;
        dashboard::load_fonts(16.0f, 1.0f);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        host.load_default();
    }
};

Gui& gui_context() {
    static Gui* instance = [] {
        bench::engine();  // instrument plugins before panel modules
        return new Gui;
    }();
    return *instance;
}

int frame(dashboard::DashboardApp* app) {
    ImGui::NewFrame();
    if (app) {
        app->draw(1.0f);
    } else {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("empty", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::Text("nothing");
        ImGui::End();
    }
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
}

void BM_FirstFrame(benchmark::State& state) {
    const std::string& path = bench::database(state.range(0));
    Gui& gui = gui_context();
    for (auto _ : state) {
        auto project = std::make_unique<Project>(bench::engine(), path);
        auto app = std::make_unique<dashboard::DashboardApp>(*project, gui.panels,
                                                             dashboard::DashboardOptions{});
        if (frame(app.get()) == 0) state.SkipWithError("the first frame drew nothing");
        state.PauseTiming();  // a worker computing full reports ends with the app
        app.reset();
        project.reset();
        state.ResumeTiming();
    }
    state.counters["responses"] = static_cast<double>(state.range(0));
}

void BM_ScoresOnlyReport(benchmark::State& state) {
    Project project(bench::engine(), bench::database(state.range(0)));
    ReportRequest request;
    request.form = "network-dimensions";
    request.by = GroupBy::Territory;
    request.scores_only = true;
    for (auto _ : state) benchmark::DoNotOptimize(build_report(project, request));
    state.counters["responses"] = static_cast<double>(state.range(0));
}

void BM_Frame(benchmark::State& state) {
    Gui& gui = gui_context();
    Project project(bench::engine(), bench::database(state.range(0)));
    dashboard::DashboardApp app(project, gui.panels, dashboard::DashboardOptions{});
    app.model().wait();
    for (int i = 0; i < 5; ++i) frame(&app);  // layout settles
    int vertices = 0;
    for (auto _ : state) vertices = frame(&app);
    state.counters["vertices"] = vertices;
    state.counters["responses"] = static_cast<double>(state.range(0));
}

void BM_EmptyFrame(benchmark::State& state) {
    gui_context();
    for (auto _ : state) frame(nullptr);
}

long long status_kb(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0) return std::atoll(line.c_str() + std::strlen(field));
    return -1;
}

// Child process: one dashboard, nothing else, so its memory is the dashboard's.
int rss_probe(long long responses) {
    const std::string& path = bench::database(responses);
    const long long before = status_kb("VmRSS:");
    Gui& gui = gui_context();
    Project project(bench::engine(), path);
    dashboard::DashboardApp app(project, gui.panels, dashboard::DashboardOptions{});
    frame(&app);
    const long long first = status_kb("VmRSS:");
    app.model().wait();
    for (int i = 0; i < 100; ++i) frame(&app);
    std::printf("%lld %lld %lld %lld\n", before, first, status_kb("VmRSS:"), status_kb("VmHWM:"));
    return 0;
}

}  // namespace

BENCHMARK(BM_EmptyFrame)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Frame)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ScoresOnlyReport)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_FirstFrame)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--rss") == 0) return rss_probe(std::atoll(argv[2]));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    std::printf(
        "\nresident memory (kB): size, before the project, after the first frame, "
        "after 100 frames, peak (VmHWM)\n");
    for (const char* size : {"10000", "100000", "1000000"}) {
        char self[4096];
        const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
        if (length <= 0) return 1;
        self[length] = '\0';
        char rss[] = "--rss";
        char* child_argv[] = {self, rss, const_cast<char*>(size), nullptr};
        std::fflush(stdout);
        pid_t child = 0;
        if (posix_spawn(&child, self, nullptr, nullptr, child_argv, environ) != 0) return 1;
        std::printf("%s: ", size);
        std::fflush(stdout);
        int status = 0;
        waitpid(child, &status, 0);
    }
    benchmark::Shutdown();
    return 0;
}
