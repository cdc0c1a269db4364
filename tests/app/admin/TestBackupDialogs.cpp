// File → Back up… and Restore… on the offscreen platform, every file
// chooser and question answered through console::dialogs' test hooks.
#include "admin/BackupDialogs.h"
#include "cards/PinKey.h"
#include "common/Dialogs.h"
#include "store/AccountRepository.h"
#include "store/LedgerRepository.h"
#include "support/ConsoleFixture.h"

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
    std::unique_ptr<test::ConsoleFixture> m_t;
    QString m_chosen;       // the file choosers' answer
    QStringList m_captions; // what they asked

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
        m_t = std::make_unique<test::ConsoleFixture>();
        cards::PinKey::load(*m_t->db);
        m_chosen.clear();
        m_captions.clear();
        dialogs::setFileHook([this](const QString& caption) {
            m_captions << caption;
            return m_chosen;
        });
    }
    void cleanup() { m_t.reset(); }

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
        QCOMPARE(m_t->messages.size(), 1);
        QVERIFY2(m_t->messages.first().contains(QStringLiteral("console.sqlite")) &&
                     m_t->messages.first().contains(QStringLiteral("PIN key")),
                 qPrintable(m_t->messages.first()));
        QVERIFY(QFile::exists(m_chosen));

        const Money saved = balance1001();
        topUp1001(Money::fromCents(4200));

        // Declined: nothing changes.
        m_t->messages.clear();
        m_t->confirmAnswer = false;
        QVERIFY(!console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QCOMPARE(m_t->confirmations.size(), 1);
        QVERIFY2(m_t->confirmations.first().contains(QStringLiteral("Replace all data")) &&
                     m_t->confirmations.first().contains(QStringLiteral("Subscribers: 5")),
                 qPrintable(m_t->confirmations.first()));
        QCOMPARE(balance1001(), saved + Money::fromCents(4200));
        QVERIFY(m_t->messages.isEmpty());

        // Accepted: the backup's data, and where the replaced data went.
        m_t->confirmAnswer = true;
        QVERIFY(console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QCOMPARE(balance1001(), saved);
        QCOMPARE(m_t->messages.size(), 1);
        QVERIFY2(m_t->messages.first().contains(QStringLiteral("before-restore")),
                 qPrintable(m_t->messages.first()));
    }

    void cancelledChoosersDoNothing()
    {
        QWidget window;
        m_chosen.clear();
        QVERIFY(!console::backUpInteractively(&window, *m_t->db, m_t->clock));
        QVERIFY(!console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QVERIFY(m_t->messages.isEmpty());
        QVERIFY(m_t->confirmations.isEmpty());
    }

    void errorsAreShown()
    {
        QWidget window;
        m_chosen = m_t->path(); // the live database itself
        QVERIFY(!console::backUpInteractively(&window, *m_t->db, m_t->clock));
        QCOMPARE(m_t->messages.size(), 1);
        QVERIFY2(m_t->messages.first().contains(QStringLiteral("live database")),
                 qPrintable(m_t->messages.first()));

        m_t->messages.clear();
        m_chosen = m_t->dir.filePath(QStringLiteral("junk.sqlite"));
        QFile junk(m_chosen);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(500, 'j'));
        junk.close();
        const Money before = balance1001();
        QVERIFY(!console::restoreInteractively(&window, *m_t->db, m_t->clock));
        QVERIFY(m_t->confirmations.isEmpty()); // refused before asking
        QCOMPARE(m_t->messages.size(), 1);
        QVERIFY2(m_t->messages.first().contains(QStringLiteral("not an SQLite")),
                 qPrintable(m_t->messages.first()));
        QCOMPARE(balance1001(), before);
    }
};

QTEST_MAIN(TestBackupDialogs)
#include "TestBackupDialogs.moc"
