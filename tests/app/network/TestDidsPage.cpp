#include "common/Dialogs.h"
#include "network/DidDialog.h"
#include "network/DidService.h"
#include "network/DidsPage.h"
#include "network/GatewayModels.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/GatewayRepository.h"
#include "support/ConsoleFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace rebound;
using rebound::test::child;
using rebound::test::choose;
using rebound::test::fieldError;
namespace dialogs = rebound::console::dialogs;

class TestDidsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

    store::GatewayRepository repo() const { return store::GatewayRepository(*m_t->db, m_t->clock); }
    qlonglong accountId(const QString& code) const
    {
        return store::AccountRepository(*m_t->db, m_t->clock).findByCode(code)->id;
    }
    qlonglong gatewayId() const { return repo().findGatewayByName(QStringLiteral("Demo carrier"))->id; }
    store::AuditEntry lastAudit() const { return store::AuditLog(*m_t->db, m_t->clock).recent(1).first(); }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::ConsoleFixture>(); }
    void cleanup() { m_t.reset(); }

    void listsDids()
    {
        console::DidsPage page(*m_t->db, m_t->clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel* m = page.model();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(0, console::DidsModel::Number).data().toString(), QStringLiteral("+12125550101"));
        QCOMPARE(m->index(0, console::DidsModel::Subscriber).data().toString(), QStringLiteral("1001"));
        QCOMPARE(m->index(0, console::DidsModel::Mode).data().toString(), QStringLiteral("DID"));
        QCOMPARE(m->index(0, console::DidsModel::Gateway).data().toString(), QString());
        QCOMPARE(m->index(2, console::DidsModel::Mode).data().toString(), QStringLiteral("LGW"));
        QCOMPARE(m->index(2, console::DidsModel::Gateway).data().toString(), QStringLiteral("Demo carrier"));
        QVERIFY(!m->index(0, console::DidsModel::Subscriber).data(Qt::ToolTipRole).toString().isEmpty());
        page.reload();
        QCOMPARE(m->rowCount(), 3);
    }

    void addValidatesAndNormalises()
    {
        console::DidsPage page(*m_t->db, m_t->clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList seen;
        dialogs::setExecHook([&](QDialog& d) {
            auto* number = child<QLineEdit>(d, QStringLiteral("number"));
            number->setText(QStringLiteral("+1 (212) 555-0101")); // the demo's first DID
            choose(d, QStringLiteral("mode"), QStringLiteral("lgw"));
            d.accept();
            seen << fieldError(d, QStringLiteral("number")) << fieldError(d, QStringLiteral("gateway"));
            number->setText(QStringLiteral("12ab"));
            d.accept();
            seen << fieldError(d, QStringLiteral("number"));
            number->setText(QStringLiteral("0044 20 7946 0000"));
            d.accept();
            seen << fieldError(d, QStringLiteral("number"));
            seen << (d.isVisible() ? QStringLiteral("open") : QStringLiteral("closed"));

            number->setText(QStringLiteral("+1 212-555-0199"));
            choose(d, QStringLiteral("subscriber"), accountId(QStringLiteral("1003")));
            choose(d, QStringLiteral("gateway"), gatewayId());
            d.accept();
            return d.result();
        });
        page.addAction()->trigger();
        QVERIFY2(seen.value(0).contains(QStringLiteral("DID 12125550101 already exists (subscriber 1001)")),
                 qPrintable(seen.value(0)));
        QVERIFY2(seen.value(1).contains(QStringLiteral("LGW DID needs the gateway")),
                 qPrintable(seen.value(1)));
        QVERIFY2(seen.value(2).contains(QStringLiteral("'12ab' is not an international number")),
                 qPrintable(seen.value(2)));
        QVERIFY2(seen.value(3).contains(QStringLiteral("not an international number")),
                 qPrintable(seen.value(3)));
        QCOMPARE(seen.value(4), QStringLiteral("open"));

        const auto did = repo().findDid(QStringLiteral("12125550199"));
        QVERIFY(did);
        QCOMPARE(did->accountCode, QStringLiteral("1003"));
        QVERIFY(did->mode == store::DidMode::Lgw);
        QCOMPARE(did->gatewayId, gatewayId());
        QVERIFY(did->enabled);
        QCOMPARE(page.model()->rowCount(), 4);
        QCOMPARE(page.model()->rowAt(page.view()->currentIndex().row()).number,
                 QStringLiteral("12125550199"));
        const auto audit = lastAudit();
        QCOMPARE(audit.actor, QStringLiteral("console"));
        QCOMPARE(audit.action, QStringLiteral("did.add"));
        QCOMPARE(audit.objectId, QStringLiteral("12125550199"));
        QVERIFY(audit.details.contains(QStringLiteral("account=1003")));
    }

    void storeErrorsAreShownInTheDialog()
    {
        console::DidsPage page(*m_t->db, m_t->clock);
        QString error;
        dialogs::setExecHook([&](QDialog& d) {
            // Someone else (the command line, another console) adds it meanwhile.
            store::Did other;
            other.number = QStringLiteral("447700900555");
            repo().insertDid(other);
            child<QLineEdit>(d, QStringLiteral("number"))->setText(QStringLiteral("+44 7700 900555"));
            d.accept();
            error = fieldError(d, QStringLiteral("number"));
            d.reject();
            return d.result();
        });
        page.addAction()->trigger();
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(repo().dids().size(), 4);
    }

    void editChangesModeAndSubscriber()
    {
        console::DidsPage page(*m_t->db, m_t->clock);
        QVERIFY(page.selectDid(QStringLiteral("12125550102")));
        bool gatewayDisabledForDid = false;
        QString duplicate;
        dialogs::setExecHook([&](QDialog& d) {
            gatewayDisabledForDid = !child<QComboBox>(d, QStringLiteral("gateway"))->isEnabled();
            auto* number = child<QLineEdit>(d, QStringLiteral("number"));
            number->setText(QStringLiteral("12125550103"));
            d.accept();
            duplicate = fieldError(d, QStringLiteral("number"));
            number->setText(QStringLiteral("1 212 555 0102")); // its own number is fine
            choose(d, QStringLiteral("subscriber"), QVariant());
            choose(d, QStringLiteral("mode"), QStringLiteral("lgw"));
            choose(d, QStringLiteral("gateway"), gatewayId());
            child<QCheckBox>(d, QStringLiteral("enabled"))->setChecked(false);
            d.accept();
            return d.result();
        });
        page.editAction()->trigger();
        QVERIFY(gatewayDisabledForDid);
        QVERIFY2(duplicate.contains(QStringLiteral("already exists")), qPrintable(duplicate));
        const auto did = repo().findDid(QStringLiteral("12125550102"));
        QVERIFY(!did->accountId);
        QVERIFY(did->mode == store::DidMode::Lgw);
        QCOMPARE(did->gatewayId, gatewayId());
        QVERIFY(!did->enabled);
        QCOMPARE(lastAudit().action, QStringLiteral("did.update"));
        QCOMPARE(page.model()->index(1, console::DidsModel::Subscriber).data().toString(),
                 QStringLiteral("(unassigned)"));

        // Back to DID mode: the gateway is dropped, as the store wants.
        QVERIFY(page.selectDid(QStringLiteral("12125550102")));
        dialogs::setExecHook([&](QDialog& d) {
            choose(d, QStringLiteral("mode"), QStringLiteral("did"));
            d.accept();
            return d.result();
        });
        page.editAction()->trigger();
        QVERIFY(!repo().findDid(QStringLiteral("12125550102"))->gatewayId);
    }

    void deleteAfterConfirmation()
    {
        console::DidsPage page(*m_t->db, m_t->clock);
        QVERIFY(page.selectDid(QStringLiteral("12125550101")));
        m_t->confirmAnswer = false;
        page.deleteAction()->trigger();
        QVERIFY(m_t->confirmText.contains(QStringLiteral("1001")));
        QCOMPARE(repo().dids().size(), 3);
        m_t->confirmAnswer = true;
        page.deleteAction()->trigger();
        QVERIFY(!repo().findDid(QStringLiteral("12125550101")));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(lastAudit().action, QStringLiteral("did.delete"));
    }

    void normalisesWhatPeopleType()
    {
        QCOMPARE(network::DidService::normaliseNumber(QStringLiteral(" +1 (212) 555-0101 ")),
                 QStringLiteral("12125550101"));
        QCOMPARE(network::DidService::normaliseNumber(QStringLiteral("44.20.7946.0000")),
                 QStringLiteral("442079460000"));
        QCOMPARE(network::DidService::normaliseNumber(QStringLiteral("12x4")), QStringLiteral("12x4"));
    }
};

QTEST_MAIN(TestDidsPage)
#include "TestDidsPage.moc"
