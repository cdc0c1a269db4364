#pragma once

// Races on one database file, as several switches sharing it would.

#include "core/Clock.h"
#include "store/Database.h"

#include <QAtomicInteger>
#include <QSemaphore>
#include <QThread>
#include <memory>
#include <vector>

namespace rebound::test {

// Runs body(db, clock, t) for t = 0 .. threads - 1, each on a thread of its
// own with its own connection to the database at `path` and its own clock.
// They start together once every connection is open. Waits up to two minutes
// for them all; how many threw, or -1 if one did not finish.
template <typename Body>
int raceOnConnections(const QString& path, int threads, Body body)
{
    QSemaphore ready;
    QSemaphore go;
    QAtomicInteger<int> threw = 0;
    std::vector<std::unique_ptr<QThread>> running;
    for (int t = 0; t < threads; ++t) {
        running.emplace_back(QThread::create([&, t] {
            bool waiting = false;
            try {
                const auto db = store::Database::open(path);
                core::MockClock clock;
                ready.release();
                waiting = true;
                go.acquire();
                body(*db, clock, t);
            } catch (...) {
                if (!waiting)
                    ready.release();
                ++threw;
            }
        }));
        running.back()->start();
    }
    ready.acquire(threads);
    go.release(threads);
    for (auto& thread : running)
        if (!thread->wait(120'000))
            return -1;
    return threw.loadRelaxed();
}

} // namespace rebound::test
