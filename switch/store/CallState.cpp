#include "store/CallState.h"

#include "store/SqlValues.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace rebound::store {

namespace {
// The words calls.state holds (Schema: 'open' until billed).
constexpr StoredWord<CallState> StateWords[] = {
    {CallState::Open, "open"}, {CallState::Completed, "completed"}, {CallState::Failed, "failed"}};
} // namespace

std::optional<CallState> callStateFromString(const QString& word)
{
    return valueOf(StateWords, word);
}

QString stateWord(CallState state)
{
    return wordOf(StateWords, state);
}

QString displayName(CallState state)
{
    switch (state) {
    case CallState::Open:
        return QCoreApplication::translate("CallState", "In progress");
    case CallState::Completed:
        return QCoreApplication::translate("CallState", "Completed");
    case CallState::Failed:
        break;
    }
    return QCoreApplication::translate("CallState", "Failed");
}

CallState storedCallState(std::int64_t callId, const QString& word)
{
    if (const auto known = callStateFromString(word))
        return *known;
    throw StoreError::unknownWord(
        QCoreApplication::translate("CallState", "Call #%1 is in the state \"%2\"").arg(callId).arg(word));
}

} // namespace rebound::store
