// The API tokens page on the offscreen platform: add (with its validation),
// the secret shown once, revoke after a confirmation.
#include "admin/ApiTokenDialogs.h"
#include "admin/ApiTokensModel.h"
#include "admin/ApiTokensPage.h"
#include "common/Dialogs.h"
#include "common/MainWindow.h"
#include "core/SecretToken.h"
#include "store/ApiTokenRepository.h"
#include "store/AuditLog.h"
#include "store/SettingsRepository.h"
#include "support/ConsoleFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace rebound;
using rebound::test::child;
using rebound::test::fieldError;
namespace dialogs = rebound::console::dialogs;

namespace {
void tick(QDialog& d, const QString& accountCode)
{
    auto* list = child<QListWidget>(d, QStringLiteral("accountList"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == accountCode)
            return list->item(i)->setCheckState(Qt::Checked);
    qFatal("no subscriber %s", qPrintable(accountCode));
}
} // namespace

class TestApiTokensPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

    store::ApiTokenRepository tokens() const { return store::ApiTokenRepository(*m_t->db, m_t->clock); }
    store::AuditEntry lastAudit() const { return store::AuditLog(*m_t->db, m_t->clock).recent(1).first(); }
    QString cell(const console::ApiTokensPage& page, int row, int column) const
    {
        return page.model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::ConsoleFixture>(); // subscribers 1001-1005; now 2026-01-01 00:00 UTC
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("billing.timezone"),
                                                     QStringLiteral("UTC"));
    }
    void cleanup() { m_t.reset(); }

    void isAPageOfTheConsole()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        QVERIFY(window.showPage(QStringLiteral("API tokens")));
        QVERIFY(window.apiTokensPage()->isVisibleTo(&window));
    }

    void listsNameScopeTimesAndStatus()
    {
        store::ApiToken shop;
        shop.name = QStringLiteral("shop");
        shop.tokenHash = QStringLiteral("h1");
        shop.allAccounts = false;
        shop.accountIds = {2, 1};
        shop.expiresAt = m_t->clock.nowMs() + 3600'000;
        tokens().insert(shop);
        tokens().insert(QStringLiteral("crm"), QStringLiteral("h2"));
        tokens().markUsed(tokens().findLive(QStringLiteral("crm"))->id);
        tokens().insert(QStringLiteral("old"), QStringLiteral("h3"));
        tokens().revoke(tokens().findLive(QStringLiteral("old"))->id);
        m_t->clock.advance(2 * 3600'000); // shop has expired

        console::ApiTokensPage page(*m_t->db, m_t->clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        using M = console::ApiTokensModel;
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(cell(page, 0, M::Name), QStringLiteral("crm"));
        QCOMPARE(cell(page, 0, M::Scope), QStringLiteral("All subscribers"));
        QCOMPARE(cell(page, 0, M::Created), QStringLiteral("2026-01-01 00:00"));
        QCOMPARE(cell(page, 0, M::Expires), QStringLiteral("never"));
        QCOMPARE(cell(page, 0, M::LastUsed), QStringLiteral("2026-01-01 00:00"));
        QCOMPARE(cell(page, 0, M::Status), QStringLiteral("Live"));
        QCOMPARE(cell(page, 1, M::Name), QStringLiteral("shop"));
        QCOMPARE(cell(page, 1, M::Scope), QStringLiteral("1001, 1002"));
        QCOMPARE(cell(page, 1, M::Expires), QStringLiteral("2026-01-01 01:00"));
        QCOMPARE(cell(page, 1, M::LastUsed), QStringLiteral("never"));
        QCOMPARE(cell(page, 1, M::Status), QStringLiteral("Expired"));
        QVERIFY(page.model()->index(1, M::Name).data(Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(!page.model()->index(0, M::Name).data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(page, 2, M::Status), QStringLiteral("Revoked 2026-01-01 00:00"));
        // A revoked token cannot be revoked again; an expired one can (to free its name).
        QVERIFY(page.selectToken(QStringLiteral("old")));
        auto* revokeAction = child<QAction>(page, QStringLiteral("revokeToken"));
        QVERIFY(!revokeAction->isEnabled());
        QVERIFY(page.selectToken(QStringLiteral("shop")));
        QVERIFY(revokeAction->isEnabled());
    }

    void addValidatesThenShowsTheSecretOnce()
    {
        tokens().insert(QStringLiteral("website"), QStringLiteral("h1"));
        console::ApiTokensPage page(*m_t->db, m_t->clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList seen;
        QString secret;
        QString warning;
        bool copyThenDone = true;
        QList<bool> dateEnabled;
        bool secretReadOnly = false;
        dialogs::setExecHook([&](QDialog& d) {
            if (auto* add = qobject_cast<console::AddApiTokenDialog*>(&d)) {
                auto* name = child<QLineEdit>(d, QStringLiteral("name"));
                // Nothing typed; a name in use; a bad name; "only these" with none ticked.
                d.accept();
                seen << fieldError(d, QStringLiteral("name"));
                name->setText(QStringLiteral("website"));
                d.accept();
                seen << fieldError(d, QStringLiteral("name"));
                name->setText(QStringLiteral("web shop"));
                child<QRadioButton>(d, QStringLiteral("chosenAccounts"))->setChecked(true);
                d.accept();
                seen << fieldError(d, QStringLiteral("name")) << fieldError(d, QStringLiteral("accounts"));
                seen << (d.isVisible() ? QStringLiteral("open") : QStringLiteral("closed"));
                seen << QString::number(tokens().list().size());

                // The expiry date cannot be set before today.
                auto* expiresOn = child<QDateEdit>(d, QStringLiteral("expiresOn"));
                dateEnabled << expiresOn->isEnabled();
                child<QCheckBox>(d, QStringLiteral("expiresEnabled"))->setChecked(true);
                dateEnabled << expiresOn->isEnabled();
                expiresOn->setDate(QDate(2025, 12, 1));
                seen << expiresOn->date().toString(Qt::ISODate);
                expiresOn->setDate(QDate(2026, 6, 30));

                name->setText(QStringLiteral("shop"));
                tick(d, QStringLiteral("1003"));
                tick(d, QStringLiteral("1001"));
                d.accept();
                return d.result() == QDialog::Accepted && add->created() ? int(QDialog::Accepted)
                                                                         : int(QDialog::Rejected);
            }
            // The secret dialog: shown once, with a warning and a copy button.
            secret = child<QLineEdit>(d, QStringLiteral("secret"))->text();
            warning = child<QLabel>(d, QStringLiteral("warning"))->text();
            secretReadOnly = child<QLineEdit>(d, QStringLiteral("secret"))->isReadOnly();
            if (copyThenDone)
                child<QPushButton>(d, QStringLiteral("copy"))->click();
            child<QPushButton>(d, QStringLiteral("done"))->click();
            return d.result();
        });
        page.addAction()->trigger();

        QVERIFY2(seen.value(0).contains(QStringLiteral("Give the token a name")), qPrintable(seen.value(0)));
        QVERIFY2(seen.value(1).contains(QStringLiteral("already a live token called website")),
                 qPrintable(seen.value(1)));
        QVERIFY2(seen.value(2).contains(QStringLiteral("'web shop' is not a token name")),
                 qPrintable(seen.value(2)));
        QVERIFY2(seen.value(3).contains(QStringLiteral("Choose the subscribers")), qPrintable(seen.value(3)));
        QCOMPARE(seen.value(4), QStringLiteral("open"));
        QCOMPARE(seen.value(5), QStringLiteral("1")); // nothing saved on a bad value
        QCOMPARE(seen.value(6), QStringLiteral("2026-01-01"));
        QCOMPARE(dateEnabled, (QList<bool>{false, true}));
        QVERIFY(secretReadOnly);

        // Saved with its scope and expiry; the secret works and is nowhere kept.
        const auto shop = tokens().findLive(QStringLiteral("shop"));
        QVERIFY(shop);
        QVERIFY(!shop->allAccounts);
        QCOMPARE(shop->accountCodes, (QStringList{QStringLiteral("1001"), QStringLiteral("1003")}));
        QCOMPARE(shop->expiresAt, std::optional<std::int64_t>(
                                      QDate(2026, 7, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()));
        QVERIFY2(secret.startsWith(QStringLiteral("rbt_")), qPrintable(secret));
        QVERIFY(core::SecretToken::matches(secret, shop->tokenHash));
        QVERIFY2(warning.contains(QStringLiteral("only time the token is shown")), qPrintable(warning));
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QVERIFY(m_t->confirmations.isEmpty()); // copied: closing does not ask
        QCOMPARE(page.model()->rowCount(), 2);
        auto* view = child<QTableView>(page, QStringLiteral("apiTokens"));
        QCOMPARE(page.model()->rowAt(view->currentIndex().row()).token.name, QStringLiteral("shop"));
        QCOMPARE(cell(page, view->currentIndex().row(), console::ApiTokensModel::Scope),
                 QStringLiteral("1001, 1003"));
        // Stored as the next midnight, shown as the day that was chosen.
        QCOMPARE(cell(page, view->currentIndex().row(), console::ApiTokensModel::Expires),
                 QStringLiteral("end of 2026-06-30"));
        for (int row = 0; row < page.model()->rowCount(); ++row)
            for (int column = 0; column < console::ApiTokensModel::ColumnCount; ++column)
                QVERIFY(!cell(page, row, column).contains(secret));
        const auto audit = lastAudit();
        QCOMPARE(audit.actor, QStringLiteral("console"));
        QCOMPARE(audit.action, QStringLiteral("api_token.add"));
        QCOMPARE(audit.objectId, QStringLiteral("shop"));
        QVERIFY2(audit.details.startsWith(QStringLiteral("accounts=1001,1003 expires=2026-07-01")),
                 qPrintable(audit.details));
        QVERIFY(!audit.details.contains(secret));

        // Closing without copying asks first; "no" keeps the secret on screen.
        copyThenDone = false;
        m_t->confirmAnswer = false;
        bool stillOpen = false;
        dialogs::setExecHook([&](QDialog& d) {
            if (auto* add = qobject_cast<console::AddApiTokenDialog*>(&d)) {
                child<QLineEdit>(d, QStringLiteral("name"))->setText(QStringLiteral("crm"));
                d.accept();
                return add->created() ? int(QDialog::Accepted) : int(QDialog::Rejected);
            }
            child<QPushButton>(d, QStringLiteral("done"))->click();
            stillOpen = d.isVisible();
            m_t->confirmAnswer = true;
            d.reject();
            return d.result();
        });
        page.addAction()->trigger();
        QCOMPARE(m_t->confirmations.size(), 2);
        QVERIFY2(m_t->confirmations.first().contains(QStringLiteral("not copied")),
                 qPrintable(m_t->confirmations.first()));
        QVERIFY(stillOpen);
        QVERIFY(tokens().findLive(QStringLiteral("crm"))->allAccounts);
        QVERIFY(!tokens().findLive(QStringLiteral("crm"))->expiresAt);
    }

    void revokeAfterConfirmation()
    {
        tokens().insert(QStringLiteral("shop"), QStringLiteral("h1"));
        console::ApiTokensPage page(*m_t->db, m_t->clock);
        QVERIFY(page.selectToken(QStringLiteral("shop")));
        m_t->confirmAnswer = false;
        auto* revokeAction = child<QAction>(page, QStringLiteral("revokeToken"));
        revokeAction->trigger();
        QCOMPARE(m_t->confirmations.size(), 1);
        QVERIFY2(m_t->confirmations.first().contains(QStringLiteral("Revoke API token shop?")),
                 qPrintable(m_t->confirmations.first()));
        QVERIFY(tokens().findLive(QStringLiteral("shop")));

        m_t->confirmAnswer = true;
        revokeAction->trigger();
        QVERIFY(!tokens().findLive(QStringLiteral("shop")));
        QCOMPARE(cell(page, 0, console::ApiTokensModel::Status), QStringLiteral("Revoked 2026-01-01 00:00"));
        QVERIFY(!revokeAction->isEnabled());
        QCOMPARE(lastAudit().action, QStringLiteral("api_token.revoke"));
        QCOMPARE(lastAudit().actor, QStringLiteral("console"));

        // Someone revoked it and made a new one by the same name meanwhile:
        // the page leaves the new one alone.
        tokens().insert(QStringLiteral("crm"), QStringLiteral("h2"));
        page.reload();
        QVERIFY(page.selectToken(QStringLiteral("crm")));
        const auto first = tokens().findLive(QStringLiteral("crm"));
        tokens().revoke(first->id);
        tokens().insert(QStringLiteral("crm"), QStringLiteral("h3"));
        revokeAction->trigger();
        QVERIFY2(m_t->message.contains(QStringLiteral("no live API token called crm")),
                 qPrintable(m_t->message));
        QCOMPARE(tokens().findLive(QStringLiteral("crm"))->tokenHash, QStringLiteral("h3"));
    }
};

QTEST_MAIN(TestApiTokensPage)
#include "TestApiTokensPage.moc"
