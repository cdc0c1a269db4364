#pragma once

#include <QString>

namespace rebound::core {

// Splits "host:port", "[v6]:port", or a bare host or IPv6 address (then
// *port = defaultPort). False when there is no host or the port is not a
// number from 0 to 65535; checking the host itself is the caller's job.
bool parseHostPort(const QString& text, QString* host, int* port, int defaultPort = 5060);

// Why a UDP socket cannot listen on host:port, in a reseller's words ("port
// 5060 is in use by another program", "192.168.1.20 is not an address of
// this computer"); empty when it can (the failure was elsewhere).
QString whyCannotListen(const QString& host, int port);

// The address others reach this machine at when a socket listens on every
// interface (0.0.0.0): the first IPv4 address of an interface that is up and
// not loopback, else 127.0.0.1. Never a wildcard, which in SDP means "hold".
QString primaryAddress();
// True for 0.0.0.0 and ::.
bool isWildcard(const QString& host);

} // namespace rebound::core
