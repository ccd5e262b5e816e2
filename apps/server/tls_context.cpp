#include "tls_context.hpp"

#include <Poco/Net/NetSSL.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <filesystem>
#include <fstream>

#include "sonda/error.hpp"

namespace sonda::server {

namespace {

void require_readable(const std::string& option, const std::string& file) {
    std::error_code error;
    if (!std::filesystem::exists(file, error))
        throw UsageError(option + " " + file + ": no such file");
    if (std::filesystem::is_directory(file, error))
        throw UsageError(option + " " + file + ": it is a folder, not a PEM file");
    if (!std::ifstream(file))
        throw UsageError(option + " " + file + ": cannot be read (check its permissions)");
}

}  // namespace

Poco::Net::Context::Ptr make_tls_context(const std::string& certificate_file,
                                         const std::string& key_file) {
    require_readable("--tls-cert", certificate_file);
    require_readable("--tls-key", key_file);
    Poco::Net::Context::Params params;
    params.certificateFile = certificate_file;
    params.privateKeyFile = key_file;
    params.verificationMode = Poco::Net::Context::VERIFY_NONE;  // no client certificates
    params.loadDefaultCAs = false;
    // OpenSSL 3's own choice at security level 2: forward secrecy, AEAD first.
    params.cipherList = "HIGH:!aNULL:!eNULL:!MD5:!RC4:!3DES:@SECLEVEL=2";
    Poco::Net::Context::Ptr context;
    try {
        context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    } catch (const Poco::Exception& error) {
        ERR_clear_error();
        throw UsageError("--tls-cert " + certificate_file + " / --tls-key " + key_file +
                         ": not a PEM certificate and private key that OpenSSL can read (" +
                         error.displayText() + ")");
    }
    SSL_CTX* ssl = context->sslContext();
    if (SSL_CTX_check_private_key(ssl) != 1) {
        ERR_clear_error();  // OpenSSL's own words here ("no private key assigned") mislead
        throw UsageError("--tls-key " + key_file + " does not belong to the certificate in " +
                         certificate_file);
    }
    context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                              Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
    SSL_CTX_set_min_proto_version(ssl, TLS1_2_VERSION);
    return context;
}

TlsLibrary::TlsLibrary() { Poco::Net::initializeSSL(); }
TlsLibrary::~TlsLibrary() { Poco::Net::uninitializeSSL(); }

}  // namespace sonda::server
