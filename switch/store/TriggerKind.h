#pragma once

#include <QString>
#include <optional>

namespace rebound::store {

// What asked for a callback: callback_requests.trigger (and calls.trigger,
// copied from it). An LGW trigger is a DID call whose leg A goes out
// through the DID's gateway; Console is the console's own requests.
enum class TriggerKind
{
    Did,
    Lgw,
    Sms,
    Web,
    Api,
    Console
};
// Every kind, in the order the console lists them.
inline constexpr TriggerKind TriggerKinds[] = {TriggerKind::Did, TriggerKind::Lgw, TriggerKind::Sms,
                                               TriggerKind::Web, TriggerKind::Api, TriggerKind::Console};
// The one word of each kind: stored, audited as the actor, returned by the
// API as a request's "trigger" and named by the console
// (reports::BusinessReports::triggerName): "did", "lgw", "sms", ...
QString toString(TriggerKind kind);
std::optional<TriggerKind> triggerKindFromString(const QString& word);

} // namespace rebound::store
