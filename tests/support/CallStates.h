#pragma once

#include "store/CallState.h"

#include <QByteArray>

namespace rebound::store {

// QCOMPARE on a call record's state prints its stored word ("completed"),
// found by argument-dependent lookup as QTest's own toString overloads are.
inline char* toString(CallState state)
{
    return qstrdup(stateWord(state).toUtf8().constData());
}

} // namespace rebound::store
