#include "common/Dialogs.h"
#include "common/MainWindow.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/LedgerRepository.h"
#include "subscribers/SubscriberDialog.h"
#include "subscribers/SubscriberModel.h"
#include "subscribers/SubscribersPage.h"
#include "support/ConsoleFixture.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace rebound;
namespace dialogs = rebound::console::dialogs;

namespace {
void type(QDialog& d, const QString& field, const QString& text)
{
    QLineEdit* e = test::child<QLineEdit>(d, field);
    e->clear();
    QTest::keyClicks(e, text);
}

void clickOk(QDialog& d)
{
    for (QPushButton* b : d.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Add subscriber") || b->text() == QStringLiteral("Save") ||
            b->text() == QStringLiteral("Record")) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    qFatal("no OK button");
}

// The registered phones the subscriber dialog lists.
QStringList listed(QDialog& d)
{
    QStringList items;
    if (auto* list = d.findChild<QListWidget*>(QStringLiteral("phones")))
        for (int i = 0; i < list->count(); ++i)
            items << list->item(i)->text();
    return items;
}

void select(QDialog& d, const QString& number)
{
    auto* list = d.findChild<QListWidget*>(QStringLiteral("phones"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == number) {
            list->setCurrentRow(i);
            return;
        }
    qFatal("no registered phone %s", qPrintable(number));
}

bool errorShown(QDialog& d, const QString& field)
{
    auto* label = d.findChild<QLabel*>(field + QStringLiteral("Error"));
    return label && label->isVisible() && !label->text().isEmpty();
}
} // namespace

class TestSubscribersPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    // Adds subscriber `code` through the page's model and selects it (the
    // only row on an empty database).
    static void addAndSelect(console::SubscribersPage& page, const QString& code,
                             const QString& callbackNumber = {})
    {
        accounts::AccountForm f;
        f.accountCode = code;
        f.callbackNumber = callbackNumber;
        page.model()->add(f);
        page.view()->selectRow(0);
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::TempDatabase>(); }
    void cleanup()
    {
        dialogs::clearHooks();
        m_t.reset();
    }

    void addSubscriberThroughTheDialog()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        console::SubscribersPage* page = window.subscribersPage();

        bool sawErrors = false;
        dialogs::setExecHook([&](QDialog& d) {
            // First try: bad code and number; the dialog must stay open.
            type(d, QStringLiteral("account-code"), QStringLiteral("12x"));
            type(d, QStringLiteral("callback"), QStringLiteral("555"));
            clickOk(d);
            sawErrors = d.isVisible() && errorShown(d, QStringLiteral("account-code")) &&
                        errorShown(d, QStringLiteral("callback"));
            // Then fix them.
            type(d, QStringLiteral("account-code"), QStringLiteral("4242"));
            type(d, QStringLiteral("name"), QStringLiteral("Grace Hopper"));
            type(d, QStringLiteral("callback"), QStringLiteral("+44 7700 900 321"));
            type(d, QStringLiteral("credit-limit"), QStringLiteral("3.50"));
            clickOk(d);
            return d.result();
        });
        page->addAction()->trigger();
        QVERIFY(sawErrors);

        const auto saved = store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("4242"));
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Grace Hopper"));
        QCOMPARE(saved->callbackNumber.digits(), QStringLiteral("447700900321"));
        QCOMPARE(saved->creditLimit, core::Money::fromCents(350));
        QCOMPARE(page->model()->rowCount(), 1);
        // The new row is selected, so Edit and Delete are available.
        QVERIFY(page->editAction()->isEnabled());
    }

    void cancelChangesNothing()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        dialogs::setExecHook([](QDialog& d) {
            type(d, QStringLiteral("account-code"), QStringLiteral("777"));
            d.reject();
            return d.result();
        });
        window.subscribersPage()->addAction()->trigger();
        QCOMPARE(store::AccountRepository(*m_t->db, m_t->clock).count(), 0);
    }

    void editAndDeleteTheSelectedSubscriber()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        console::SubscribersPage* page = window.subscribersPage();
        addAndSelect(*page, QStringLiteral("900"));

        dialogs::setExecHook([](QDialog& d) {
            type(d, QStringLiteral("name"), QStringLiteral("Edited"));
            clickOk(d);
            return d.result();
        });
        page->editAction()->trigger();
        QCOMPARE(store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("900"))->name,
                 QStringLiteral("Edited"));

        QString asked;
        dialogs::setConfirmHook([&](const QString& text) {
            asked = text;
            return false;
        });
        page->deleteAction()->trigger();
        QVERIFY(asked.contains(QStringLiteral("900")));
        QCOMPARE(page->model()->rowCount(), 1); // declined

        dialogs::setConfirmHook([](const QString&) { return true; });
        page->view()->selectRow(0);
        page->deleteAction()->trigger();
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(store::AccountRepository(*m_t->db, m_t->clock).count(), 0);
    }

    void adjustBalanceWritesTheLedger()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        console::SubscribersPage* page = window.subscribersPage();
        addAndSelect(*page, QStringLiteral("901"));
        dialogs::setExecHook([](QDialog& d) {
            auto* amount = d.findChild<QLineEdit*>(QStringLiteral("amount"));
            amount->setText(QStringLiteral("-1"));
            clickOk(d); // a negative top-up is refused
            if (!d.isVisible())
                return int(QDialog::Rejected);
            amount->setText(QStringLiteral("12.50"));
            clickOk(d);
            return d.result();
        });
        test::child<QAction>(*page, QStringLiteral("adjustBalance"))->trigger();
        QCOMPARE(page->model()->rowAt(0).balance, core::Money::fromCents(1250));
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
        QCOMPARE(store::LedgerRepository(*m_t->db, m_t->clock).entries(page->model()->rowAt(0).id).size(), 1);
    }

    void clearingTheCallbackNumberReallyClearsIt()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        console::SubscribersPage* page = window.subscribersPage();
        addAndSelect(*page, QStringLiteral("902"), QStringLiteral("+447700900123"));
        dialogs::setExecHook([](QDialog& d) {
            test::child<QLineEdit>(d, QStringLiteral("callback"))->clear();
            clickOk(d);
            return d.result();
        });
        page->editAction()->trigger();
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock)
                    .findByCode(QStringLiteral("902"))
                    ->callbackNumber.isEmpty());
        QVERIFY(page->model()->rowAt(0).callbackNumber.isEmpty());
        // Opened again, the field is empty and the old number is listed as a
        // registered phone, no longer the callback number.
        QString shown = QStringLiteral("unset");
        QStringList phones;
        dialogs::setExecHook([&](QDialog& d) {
            shown = test::child<QLineEdit>(d, QStringLiteral("callback"))->text();
            phones = listed(d);
            d.reject();
            return d.result();
        });
        page->editAction()->trigger();
        QCOMPARE(shown, QString());
        QCOMPARE(phones, QStringList{QStringLiteral("+447700900123")});
    }

    void registeredPhonesAreRemovedOnSaveAfterAConfirmation()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        console::SubscribersPage* page = window.subscribersPage();
        accounts::AccountForm f;
        f.accountCode = QStringLiteral("903");
        f.callbackNumber = QStringLiteral("+447700900123");
        const auto added = page->model()->add(f);
        f.callbackNumber = QStringLiteral("+447700900456");
        page->model()->update(added.id, f);
        page->view()->selectRow(0);
        const accounts::AccountService& service = page->model()->service();

        QStringList before;
        bool enabledOnlyWithASelection = false;
        bool untouchedBeforeSave = false;
        QString refusal;
        QStringList asked;
        bool declinedKeptIt = false;
        QStringList after;
        dialogs::setExecHook([&](QDialog& d) {
            before = listed(d);
            auto* remove = d.findChild<QPushButton*>(QStringLiteral("removePhone"));
            enabledOnlyWithASelection = !remove->isEnabled();
            // The callback number: refused at once, saying why.
            select(d, QStringLiteral("+447700900456"));
            enabledOnlyWithASelection = enabledOnlyWithASelection && remove->isEnabled();
            QTest::mouseClick(remove, Qt::LeftButton);
            if (errorShown(d, QStringLiteral("phones")))
                refusal = d.findChild<QLabel*>(QStringLiteral("phonesError"))->text();
            // The old one: declined, then confirmed.
            dialogs::setConfirmHook([&](const QString& text) {
                asked << text;
                return false;
            });
            select(d, QStringLiteral("+447700900123"));
            QTest::mouseClick(remove, Qt::LeftButton);
            declinedKeptIt = listed(d).size() == 2;
            dialogs::setConfirmHook([&](const QString& text) {
                asked << text;
                return true;
            });
            select(d, QStringLiteral("+447700900123"));
            QTest::mouseClick(remove, Qt::LeftButton);
            after = listed(d);
            // Nothing is removed before Save.
            untouchedBeforeSave = service.registeredPhones(added.id).size() == 2;
            clickOk(d);
            return d.result();
        });
        page->editAction()->trigger();
        QCOMPARE(before, (QStringList{QStringLiteral("+447700900456 (callback number)"),
                                      QStringLiteral("+447700900123")}));
        QVERIFY(enabledOnlyWithASelection);
        QVERIFY(untouchedBeforeSave);
        QVERIFY2(refusal.contains(QStringLiteral("callback number")), qPrintable(refusal));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.first().contains(QStringLiteral("+447700900123")) &&
                     asked.first().contains(QStringLiteral("903")),
                 qPrintable(asked.first()));
        QVERIFY(declinedKeptIt);
        QCOMPARE(after, QStringList{QStringLiteral("+447700900456 (callback number)")});

        const auto phones = service.registeredPhones(added.id);
        QCOMPARE(phones.size(), 1);
        QCOMPARE(phones.first().number.toPlus(), QStringLiteral("+447700900456"));
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent();
        QCOMPARE(audit.at(1).action, QStringLiteral("account.phone_remove"));
        QCOMPARE(audit.at(1).actor, QStringLiteral("console"));

        // Cleared in the form, the callback number can go in the same save;
        // Cancel keeps everything.
        dialogs::setConfirmHook([](const QString&) { return true; });
        dialogs::setExecHook([&](QDialog& d) {
            test::child<QLineEdit>(d, QStringLiteral("callback"))->clear();
            select(d, QStringLiteral("+447700900456"));
            QTest::mouseClick(d.findChild<QPushButton*>(QStringLiteral("removePhone")), Qt::LeftButton);
            d.reject();
            return d.result();
        });
        page->editAction()->trigger();
        QCOMPARE(service.registeredPhones(added.id).size(), 1);
        dialogs::setExecHook([&](QDialog& d) {
            test::child<QLineEdit>(d, QStringLiteral("callback"))->clear();
            select(d, QStringLiteral("+447700900456"));
            QTest::mouseClick(d.findChild<QPushButton*>(QStringLiteral("removePhone")), Qt::LeftButton);
            clickOk(d);
            return d.result();
        });
        page->editAction()->trigger();
        QVERIFY(service.registeredPhones(added.id).isEmpty());
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock).findById(added.id)->callbackNumber.isEmpty());
    }

    void importShowsEveryBadLineThenAddsTheGoodFile()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        console::SubscribersPage* page = window.subscribersPage();
        int counted = -1;
        connect(page, &console::SubscribersPage::countChanged, this, [&](int n) { counted = n; });
        const QString bad = m_t->dir.filePath(QStringLiteral("bad.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("account_code,name,pin\n1001,Amira,\n10x2,Bob,\n1003,Carla,99x999\n");
        file.close();

        QStringList messages;
        QString asked;
        dialogs::setErrorHook([&](const QString& text) { messages << text; });
        dialogs::setFileHook([&](const QString& caption) {
            asked = caption;
            return bad;
        });
        page->importAction()->trigger();
        QCOMPARE(asked, QStringLiteral("Import subscribers"));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QStringLiteral("nothing was imported")),
                 qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(QStringLiteral("line 3, account_code: ")),
                 qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(QStringLiteral("line 4, pin: ")), qPrintable(messages.first()));
        QVERIFY2(!messages.first().contains(QStringLiteral("99x999")), qPrintable(messages.first()));
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(store::AccountRepository(*m_t->db, m_t->clock).count(), 0);

        // Fixed, the file goes in whole and the list shows it at once.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("account_code,name,pin,balance\n1001,Amira,,5\n1002,Bob,,\n1003,Carla,998999,\n");
        file.close();
        messages.clear();
        page->importAction()->trigger();
        QCOMPARE(messages, QStringList{QStringLiteral("3 subscribers imported.")});
        QCOMPARE(page->model()->rowCount(), 3);
        QCOMPARE(counted, 3);
        QCOMPARE(page->model()->rowAt(0).balance, core::Money::fromUnits(5));
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().actor, QStringLiteral("console"));

        // Cancelling the file chooser does nothing.
        dialogs::setFileHook([](const QString&) { return QString(); });
        messages.clear();
        page->importAction()->trigger();
        QVERIFY(messages.isEmpty());
    }

    void exportWritesEverySubscriber()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        console::SubscribersPage* page = window.subscribersPage();
        accounts::AccountForm f;
        f.accountCode = QStringLiteral("904");
        f.name = QStringLiteral("=cmd|' /C calc'!A0");
        f.pin = QStringLiteral("456789");
        page->model()->add(f);
        const QString path = m_t->dir.filePath(QStringLiteral("subscribers.csv"));
        QStringList messages;
        dialogs::setErrorHook([&](const QString& text) { messages << text; });
        dialogs::setFileHook([&](const QString&) { return path; });
        page->exportAction()->trigger();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(QStringLiteral("Wrote 1 subscribers to")),
                 qPrintable(messages.first()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY2(csv.contains("\r\n904,'=cmd|' /C calc'!A0,"), csv.constData());
        QVERIFY(!csv.contains("456789"));
    }

    void demoWindowShowsDemoSubscribersAndDatabasePath()
    {
        demo::DemoData::seed(*m_t->db, m_t->clock);
        console::MainWindow window(*m_t->db, m_t->clock);
        QVERIFY(window.subscribersPage()->model()->rowCount() >= 5);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("demoBadge")));
        auto* path = window.findChild<QLabel*>(QStringLiteral("databasePath"));
        QVERIFY(path && path->text().contains(m_t->path()));

        // Deleting a subscriber with balance history is refused with advice.
        QString error;
        dialogs::setConfirmHook([](const QString&) { return true; });
        dialogs::setErrorHook([&](const QString& text) { error = text; });
        window.subscribersPage()->view()->selectRow(0);
        window.subscribersPage()->deleteAction()->trigger();
        QVERIFY2(error.contains(QStringLiteral("Closed")), qPrintable(error));
        QVERIFY(window.subscribersPage()->model()->rowCount() >= 5);
    }
};

QTEST_MAIN(TestSubscribersPage)
#include "TestSubscribersPage.moc"
