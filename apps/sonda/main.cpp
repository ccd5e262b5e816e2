// `sonda`: the command line host of the sonda engine. Everything happens in
// SondaApplication and the commands (command_*.cpp).
#include <Poco/AutoPtr.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "sonda_application.hpp"

namespace {

// A standard stream started closed (`sonda ... >&-`) would let the next file
// opened take its number, and what the command prints would go into that file
// (an output's temporary, the database). Each closed one gets /dev/null opened
// the wrong way round instead: the number stays taken, and writing standard
// output fails, so the command reports it (exit code 3) instead of printing
// into nothing.
void occupy_closed_standard_streams() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        const int opened = ::open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
        if (opened >= 0 && opened != fd) {
            ::dup2(opened, fd);
            ::close(opened);
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    occupy_closed_standard_streams();
    // Poco applications are reference counted, as in POCO_APP_MAIN.
    Poco::AutoPtr<sonda::cli::SondaApplication> application = new sonda::cli::SondaApplication;
    return application->run_command_line(argc, argv);
}
