// `sonda`: the command line host of the sonda engine. Everything happens in
// SondaApplication and the commands (command_*.cpp).
#include <Poco/AutoPtr.h>

#include "sonda_application.hpp"

int main(int argc, char** argv) {
    // Poco applications are reference counted, as in POCO_APP_MAIN.
    Poco::AutoPtr<sonda::cli::SondaApplication> application = new sonda::cli::SondaApplication;
    return application->run_command_line(argc, argv);
}
