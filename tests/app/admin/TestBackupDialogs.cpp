// File → Back up… and Restore… on the offscreen platform, every file
// chooser and question answered through console::dialogs' test hooks.
#include "admin/BackupDialogs.h"
#include "cards/PinKey.h"
#include "common/Dialogs.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/LedgerRepository.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace rebound;
using core::Money;
namespace dialogs = rebound::console::dialogs;

class TestBackupDialogs : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    QString m_chosen;            // the file choosers' answer
    QStringList m_captions;      // what they asked
    bool m_answer = true;        // the confirmation's answer
    QStringList m_confirmations; // what it asked
    QStringList m_messages;      // information and errors shown

    Money balance1001() const
    {
        return store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"))->balance;
    }
    void topUp1001(Money amount)
    {
        store::Database::Transaction tx(*m_t->db);
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        store::LedgerRepository(*m_t->db, m_t->clock)
            .append(account->id, amount, store::LedgerReason::TopUp, QStringLiteral("t"),
                    QStringLiteral("t"));
        tx.commit();
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        demo::DemoData::seed(*m_t->db, m_t->clock);
        cards::PinKey::load(*m_t->db);
        m_chosen.clear();
        m_captions.clear();
        m_confirmations.clear();
        m_messages.clear();
        m_answer = true;
        dialogs::setFileHook([this](const QString& caption) {
            m_captions << caption;
            return m_chosen;
        });
        dialogs::setConfirmHook([this](const QString& text) {
            m_confirmations << text;
            return m_answer;
        });
        dialogs::setErrorHook([this](const QString& text) { m_messages << text; });
    }
    void cleanup()
    {
        dialogs::clearHooks();
        m_t.reset();
    }

    void suggestsADatedNameInTheHomeFolder()
    {
        m_t->clock.set(1'767'268'800'000); // 2026-01-01 12:00 UTC: that day in most zones
        const QString suggested = console::suggestedBackupPath(m_t->clock);
        QCOMPARE(QFileInfo(suggested).absolutePath(), QDir::homePath());
        QVERIFY2(QFileInfo(suggested).fileName().startsWith(QStringLiteral("rebound-2026-01-01-")),
                 qPrintable(suggested));
    }

    void backUpThenRestore()
    {
        QWidget window;
        m_chosen = m_t->dir.filePath(QStringLiteral("console.sqlite"));
        QVERIFY(console::backUpInteractively(&window, *m_t->db, m_t->clock));
        QCOMPARE(m_captions.size(), 1);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("console.sqlite")) &&
                     m_messages.first().contains(QStringLiteral("PIN key")),
                 qPrintable(m_messages.first()));
        QVERIFY(QFile::exists(m_chosen));

        const Money saved = balance1001();
        topUp1001(Money::fromCents(4200));

        // Declined: nothing changes.
        m_messages.clear();
        m_answer = false;
        QVERIFY(!console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QCOMPARE(m_confirmations.size(), 1);
        QVERIFY2(m_confirmations.first().contains(QStringLiteral("Replace all data")) &&
                     m_confirmations.first().contains(QStringLiteral("Subscribers: 5")),
                 qPrintable(m_confirmations.first()));
        QCOMPARE(balance1001(), saved + Money::fromCents(4200));
        QVERIFY(m_messages.isEmpty());

        // Accepted: the backup's data, and where the replaced data went.
        m_answer = true;
        QVERIFY(console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QCOMPARE(balance1001(), saved);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("before-restore")),
                 qPrintable(m_messages.first()));
    }

    void cancelledChoosersDoNothing()
    {
        QWidget window;
        m_chosen.clear();
        QVERIFY(!console::backUpInteractively(&window, *m_t->db, m_t->clock));
        QVERIFY(!console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QVERIFY(m_messages.isEmpty());
        QVERIFY(m_confirmations.isEmpty());
    }

    void errorsAreShown()
    {
        QWidget window;
        m_chosen = m_t->path(); // the live database itself
        QVERIFY(!console::backUpInteractively(&window, *m_t->db, m_t->clock));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("live database")),
                 qPrintable(m_messages.first()));

        m_messages.clear();
        m_chosen = m_t->dir.filePath(QStringLiteral("junk.sqlite"));
        QFile junk(m_chosen);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(500, 'j'));
        junk.close();
        const Money before = balance1001();
        QVERIFY(!console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QVERIFY(m_confirmations.isEmpty()); // refused before asking
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("not an SQLite")),
                 qPrintable(m_messages.first()));
        QCOMPARE(balance1001(), before);
    }
};

QTEST_MAIN(TestBackupDialogs)
#include "TestBackupDialogs.moc"
