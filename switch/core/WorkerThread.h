#pragma once

#include <QMetaObject>
#include <QString>
#include <QThread>
#include <utility>

namespace rebound::core {

// A worker object on a thread of its own, named for logs and debuggers. The
// worker is made by the owner and moved to the thread at once; everything it
// makes from then on lives there. When this goes, the worker is deleted on
// its own thread (waiting for what it is doing, dropping what is queued),
// and only then is the thread stopped: its database connection and sockets
// end on the thread that made them.
template <typename Worker>
class WorkerThread
{
public:
    WorkerThread(const QString& name, Worker* worker)
        : m_worker(worker)
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }

    ~WorkerThread()
    {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Runs `task` on the worker's thread and returns at once.
    template <typename Task>
    void post(Task&& task) const
    {
        QMetaObject::invokeMethod(m_worker, std::forward<Task>(task), Qt::QueuedConnection);
    }
    // Runs `task` on the worker's thread and waits for it.
    template <typename Task>
    void run(Task&& task) const
    {
        QMetaObject::invokeMethod(m_worker, std::forward<Task>(task), Qt::BlockingQueuedConnection);
    }

    Worker* worker() const { return m_worker; } // for tasks to capture; use it only on its thread

private:
    QThread m_thread;
    Worker* m_worker;
};

} // namespace rebound::core
