// TLS for sonda-server (--tls-cert, --tls-key): a server context that offers
// TLS 1.2 and 1.3 only and asks no client certificate. Everything is checked
// before the server listens, so a wrong file stops it with a sentence naming
// the file and the reason rather than at the first phone's handshake.
#pragma once

#include <Poco/Net/Context.h>

#include <string>

namespace sonda::server {

// Throws UsageError naming the file: missing, unreadable, not PEM, or a key
// that does not belong to the certificate.
Poco::Net::Context::Ptr make_tls_context(const std::string& certificate_file,
                                         const std::string& key_file);

// Poco's SSL library for the life of the server.
class TlsLibrary {
  public:
    TlsLibrary();
    ~TlsLibrary();
    TlsLibrary(const TlsLibrary&) = delete;
    TlsLibrary& operator=(const TlsLibrary&) = delete;
};

}  // namespace sonda::server
