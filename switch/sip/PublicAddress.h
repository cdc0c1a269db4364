#pragma once

#include <QString>
#include <optional>

namespace rebound::sip {

// sip.public_address: behind a router (NAT) the switch names the router's
// public address in Contact, Via and SDP, while its sockets stay bound to
// sip.listen and media.bind_address, where the router forwards to.
struct PublicAddress
{
    QString host; // IP address (IPv6 without brackets) or host name; empty: none
    int port = 0; // the SIP port the router forwards to the switch; 0: the port it listens on

    bool isEmpty() const { return host.isEmpty(); }
    // The host as a SIP URI writes it: IPv6 in brackets.
    QString uriHost() const;
};

// Reads the setting's value; empty text is no public address. nullopt when
// the value is not acceptable, with the reason in *error.
std::optional<PublicAddress> parsePublicAddress(const QString& text, QString* error = nullptr);

// The one rule for sip.public_address, for the settings catalogue: why
// `text` is not acceptable, or empty when it is.
QString validatePublicAddress(const QString& text);

} // namespace rebound::sip
