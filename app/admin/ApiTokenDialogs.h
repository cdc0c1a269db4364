#pragma once

#include "common/FormDialog.h"
#include "common/SecretDialog.h"
#include "store/Account.h"
#include "web/ApiTokenService.h"

#include <QTimeZone>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace rebound::console {

// A new JSON API token: its name, the subscribers it may act for (all, or
// the ones ticked) and an optional last day. OK goes through ApiTokenService,
// so problems are shown under their field and nothing is saved until every
// value is right; created() then holds the token and its secret.
class AddApiTokenDialog : public FormDialog
{
    Q_OBJECT
public:
    // zone: the billing time zone, in which the expiry date is a whole day.
    AddApiTokenDialog(web::ApiTokenService& service, const QList<store::Account>& accounts,
                      const QTimeZone& zone, QDate today, QWidget* parent = nullptr);

    void accept() override;
    const std::optional<web::NewApiToken>& created() const { return m_created; }

private:
    void updateEnabled();
    web::ApiTokenForm form() const;

    web::ApiTokenService& m_service;
    QLineEdit* m_name = nullptr;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_chosen = nullptr;
    QListWidget* m_accounts = nullptr;
    QCheckBox* m_expires = nullptr;
    QDateEdit* m_expiresOn = nullptr;
    std::optional<web::NewApiToken> m_created;
};

// Shown once, right after a token was made: the only moment its secret
// exists. Copy puts it on the clipboard; closing without copying asks first.
class ApiTokenSecretDialog : public SecretDialog
{
    Q_OBJECT
public:
    // zone: the billing time zone, for the expiry.
    ApiTokenSecretDialog(const web::NewApiToken& created, const QTimeZone& zone, QWidget* parent = nullptr);

    bool copied() const { return m_copied; }

public Q_SLOTS:
    void copy();

protected:
    bool secretKept() const override { return m_copied; }

private:
    QString m_secret;
    QLabel* m_status = nullptr;
    bool m_copied = false;
};

} // namespace rebound::console
