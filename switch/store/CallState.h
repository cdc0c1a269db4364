#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::store {

// Where a call record (CDR) is: calls.state, a column of its own beside its
// request's state. Open until CallBilling bills it, then Completed (leg B
// talked or the call ended as asked) or Failed.
enum class CallState
{
    Open,
    Completed,
    Failed
};
// The one mapping to the stored word, which the CSV export, the command
// line's JSON and the call's timeline show too: "open" <-> Open. A word
// this build does not know is none.
std::optional<CallState> callStateFromString(const QString& word);
QString stateWord(CallState state);
// For the console's people, in their language: "In progress".
QString displayName(CallState state);
// The state of call #callId stored as `word`; throws StoreError (Invalid)
// naming the call and the word when this build does not know it, rather
// than guess one.
CallState storedCallState(std::int64_t callId, const QString& word);

} // namespace rebound::store
