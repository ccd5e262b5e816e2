// `sonda-server`: the HTTP host of the sonda engine. Everything happens in
// ServerApplication; the API is in router.cpp, routes.cpp and the handlers.
#include <Poco/AutoPtr.h>

#include "server_application.hpp"

int main(int argc, char** argv) {
    Poco::AutoPtr<sonda::server::ServerApplication> application =
        new sonda::server::ServerApplication;
    return application->run_command_line(argc, argv);
}
