#include "sonda/model/response_id.hpp"

#include <Poco/Exception.h>
#include <Poco/SHA1Engine.h>
#include <Poco/UUID.h>
#include <Poco/UUIDGenerator.h>

#include "sonda/error.hpp"
#include "sonda/model/response.hpp"

namespace sonda {

std::string uuid_v5(const std::string& namespace_id, const std::string& name) {
    Poco::UUID space;
    if (!space.tryParse(namespace_id))
        throw InvalidInput(Location{}, "'" + namespace_id + "' is not a UUID");
    Poco::SHA1Engine sha1;
    // Poco's generator hashes the namespace's bytes in network order, then the
    // name, and sets the version and variant bits as RFC 4122 says.
    const Poco::UUID id = Poco::UUIDGenerator::defaultGenerator().createFromName(
        space, name, sha1, Poco::UUID::UUID_NAME_BASED_SHA1);
    return canonical_response_id(id.toString());
}

std::string response_id_name(const std::string& study, const std::string& form,
                             const std::string& wave, const std::string& territory,
                             const std::string& respondent) {
    std::string name;
    for (const std::string* part : {&study, &form, &wave, &territory, &respondent})
        name.append(std::to_string(part->size())).append(1, ':').append(*part);
    return name;
}

std::string derived_response_id(const std::string& study, const std::string& form,
                                const std::string& wave, const std::string& territory,
                                const std::string& respondent) {
    return uuid_v5(kResponseIdNamespace,
                   response_id_name(study, form, wave, territory, respondent));
}

}  // namespace sonda
