#pragma once

#include "common/TableModel.h"
#include "core/Clock.h"
#include "store/CallbackRequestRepository.h"

#include <QList>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace rebound {
class Switch;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

// One leg of a callback in progress: its newest attempt.
struct LiveCallLeg
{
    bool exists = false;
    std::optional<std::int64_t> answeredAt;
    bool ended = false;
};

// A callback in progress.
struct LiveCall
{
    std::int64_t requestId = 0;
    QString accountCode;
    store::RequestState state = store::RequestState::Requested;
    QString callbackNumber;
    QString destination;
    std::int64_t createdAt = 0;
    LiveCallLeg legA;
    LiveCallLeg legB;
    std::optional<int> limitSeconds;
};

// The callbacks in progress (requests not completed or failed), one row
// each, newest request first, read from the database on every refresh().
// Finished requests leave the model on the next refresh. Times are computed
// with the given clock.
class LiveCallsModel : public RowsModel<LiveCall>
{
    Q_OBJECT
public:
    enum Column
    {
        Request,
        Subscriber,
        State,
        CallbackNumber,
        Destination,
        LegA,
        LegB,
        Elapsed,
        CreditLeft,
        ColumnCount
    };

    using Leg = LiveCallLeg;
    using Row = LiveCall;

    LiveCallsModel(const store::Database& db, const core::Clock& clock, QObject* parent = nullptr);

    int rowOfRequest(std::int64_t requestId) const; // -1 when not listed
    // Seconds of credit left on a bridged call, if there is one.
    std::optional<int> creditLeftSeconds(const Row& row) const;

    // Reloads from the database. Rows are kept, removed and inserted in
    // place (not reset), so views keep their selection. Throws StoreError.
    void refresh();

    static QString formatDuration(std::int64_t seconds); // "0:42", "1:02:03"

protected:
    Columns columns() const override;
    QVariant cell(const Row& row, int column, int role) const override;

private:
    QList<Row> load() const;
    QString legText(const Leg& leg) const;
    std::int64_t secondsSince(std::int64_t ms) const;

    const store::Database& m_db;
    const core::Clock& m_clock;
};

// The "Live calls" page: the model above in a table, refreshed when the
// switch reports a callback and every second while visible, and a Hang up
// action that asks the switch to end the selected callback. Does not own
// the switch; sipSwitch may be null (the action is then disabled).
class LiveCallsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 1000;

    LiveCallsPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                  QWidget* parent = nullptr);

    LiveCallsModel* model() const { return m_model; }
    // The request of the selected row, if any.
    std::optional<std::int64_t> selectedRequest() const;

public Q_SLOTS:
    void refresh();
    void hangUp();

private:
    void updateActions();

    Switch* m_switch = nullptr;
    LiveCallsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QAction* m_hangUpAction = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace rebound::console
