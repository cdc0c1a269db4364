#pragma once

#include "store/CallbackRequestRepository.h"

#include <QByteArray>

namespace rebound::store {

// QCOMPARE on a request's state prints its stored word ("dialing_b"), found
// by argument-dependent lookup as QTest's own toString overloads are.
inline char* toString(RequestState state)
{
    return qstrdup(stateWord(state).toUtf8().constData());
}

} // namespace rebound::store
