#include "accounts/AccountService.h"
#include "subscribers/SubscriberModel.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rebound;
using console::SubscriberModel;

namespace {
accounts::AccountForm form(const QString& code)
{
    accounts::AccountForm f;
    f.accountCode = code;
    f.name = QStringLiteral("Name ") + code;
    f.callbackNumber = QStringLiteral("+12025550147");
    return f;
}
} // namespace

class TestSubscriberModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::TempDatabase>(); }
    void cleanup() { m_t.reset(); }

    void passesTheModelTesterThroughEdits()
    {
        SubscriberModel model(*m_t->db, m_t->clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SubscriberModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.add(form(QStringLiteral("300")));
        model.add(form(QStringLiteral("100")));
        model.add(form(QStringLiteral("200")));
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.rowAt(0).accountCode, QStringLiteral("100"));
        QCOMPARE(model.rowAt(1).accountCode, QStringLiteral("200"));
        QCOMPARE(inserted.at(2).at(1).toInt(), 1); // 200 went between 100 and 300

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto id = model.rowAt(1).id;
        auto f = model.service().formFor(model.rowAt(1));
        f.name = QStringLiteral("Changed");
        model.update(id, f);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1, SubscriberModel::Name)).toString(), QStringLiteral("Changed"));

        f.accountCode = QStringLiteral("400"); // moves to the end
        model.update(id, f);
        QCOMPARE(model.rowAt(2).accountCode, QStringLiteral("400"));
        QCOMPARE(model.rowOf(id), 2);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.remove(model.rowAt(0).id);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

    void displaysFormattedValues()
    {
        SubscriberModel model(*m_t->db, m_t->clock);
        auto f = form(QStringLiteral("100"));
        f.creditLimit = QStringLiteral("12.5");
        model.add(f);
        QCOMPARE(model.data(model.index(0, SubscriberModel::CallbackNumber)).toString(),
                 QStringLiteral("+12025550147"));
        QVERIFY(model.data(model.index(0, SubscriberModel::CreditLimit))
                    .toString()
                    .contains(QStringLiteral("12.50")));
        QCOMPARE(model.data(model.index(0, SubscriberModel::CreditLimit), Qt::UserRole).toLongLong(),
                 12'500'000);
        QCOMPARE(model.headerData(SubscriberModel::Balance, Qt::Horizontal).toString(),
                 QStringLiteral("Balance"));
    }

    void failedEditLeavesTheModelAlone()
    {
        SubscriberModel model(*m_t->db, m_t->clock);
        model.add(form(QStringLiteral("100")));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY_THROWS_EXCEPTION(accounts::ValidationError, model.add(form(QStringLiteral("100"))));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestSubscriberModel)
#include "TestSubscriberModel.moc"
