#include "admin/ApiTokensPage.h"

#include "admin/ApiTokenDialogs.h"
#include "admin/ApiTokensModel.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "store/AccountRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

ApiTokensPage::ApiTokensPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    // Tokens are used and changed elsewhere too: the API notes last use,
    // the command line adds and revokes.
    : RecordPage(db, clock, WhenShown::Reload, parent)
{
    m_tokens = new ApiTokensModel(this);

    auto* layout = pageLayout(this, tr("API tokens"));

    auto* toolBar = textToolBar();
    m_addAction = toolBar->addAction(tr("&Add token…"), this, &ApiTokensPage::addToken);
    m_revokeAction = toolBar->addAction(tr("Re&voke…"), this, &ApiTokensPage::revokeToken);
    m_revokeAction->setObjectName(QStringLiteral("revokeToken"));
    toolBar->addSeparator();
    toolBar->addAction(tr("&Refresh"), this, &ApiTokensPage::reload);
    layout->addWidget(toolBar);

    m_view = recordTable(QStringLiteral("apiTokens"), m_tokens);
    // The subscriber list takes the room; every other column is as wide as its contents.
    stretchColumn(m_view, ApiTokensModel::Scope);
    layout->addWidget(m_view, 1);

    m_help = new QLabel;
    m_help->setWordWrap(true);
    layout->addWidget(m_help);

    reload();
}

void ApiTokensPage::reload()
{
    const auto selected = selectedItem(m_view, *m_tokens);
    dialogs::attempt(this, tr("API tokens"), [&] {
        const web::ApiTokenService service(m_db, m_clock);
        QList<ApiTokensModel::Row> rows;
        for (const store::ApiToken& t : service.list())
            rows.append({t, service.state(t)});
        const QTimeZone zone = store::SettingsRepository(m_db).billingTimeZone();
        m_tokens->setTokens(rows, zone);
        m_help->setText(tr("The reseller's own systems, such as a web shop or a CRM, call the JSON API "
                           "(/api/v1 on the web server) with a token to ask for callbacks and read "
                           "balances. A token acts for all subscribers or only the ones chosen, and is "
                           "refused once it has expired or been revoked. Times are in %1, the billing "
                           "time zone.")
                            .arg(QString::fromUtf8(zone.id())));
    });
    selectRowOrFirst(m_view, m_tokens->rowOf(selected ? selected->token.id : 0));
    updateActions();
}

bool ApiTokensPage::selectToken(const QString& name)
{
    return selectListed(m_view,
                        m_tokens->rowWhere([&](const ApiTokenRow& r) { return r.token.name == name; }));
}

void ApiTokensPage::updateActions()
{
    const int row = selectedRow(m_view);
    m_revokeAction->setEnabled(row >= 0 && !m_tokens->rowAt(row).token.isRevoked());
}

void ApiTokensPage::addToken()
{
    web::ApiTokenService service(m_db, m_clock);
    QList<store::Account> accounts;
    QTimeZone zone;
    if (!dialogs::attempt(this, tr("Add API token"), [&] {
            accounts = store::AccountRepository(m_db, m_clock).list();
            zone = store::SettingsRepository(m_db).billingTimeZone();
        }))
        return;
    AddApiTokenDialog dialog(service, accounts, zone,
                             QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone).date(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted || !dialog.created())
        return;
    reload();
    selectToken(dialog.created()->token.name);
    ApiTokenSecretDialog secret(*dialog.created(), zone, this);
    dialogs::exec(secret);
}

void ApiTokensPage::revokeToken()
{
    const auto selected = selectedItem(m_view, *m_tokens);
    if (!selected || selected->token.isRevoked())
        return;
    const store::ApiToken& token = selected->token;
    if (!dialogs::confirm(this, tr("Revoke API token"),
                          tr("Revoke API token %1? Every request with it is refused from now on. This "
                             "cannot be undone; a new token can take the name.")
                              .arg(token.name)))
        return;
    dialogs::attempt(this, tr("Revoke API token"),
                     [&] { web::ApiTokenService(m_db, m_clock).revoke(token.name, ConsoleActor, token.id); });
    reload();
}

} // namespace rebound::console
