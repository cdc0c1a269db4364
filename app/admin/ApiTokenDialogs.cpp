#include "admin/ApiTokenDialogs.h"

#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PeriodPicker.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rebound::console {

namespace {
constexpr int MaxDays = 3650;
} // namespace

AddApiTokenDialog::AddApiTokenDialog(web::ApiTokenService& service, const QList<store::Account>& accounts,
                                     const QTimeZone& zone, QDate today, QWidget* parent)
    : FormDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("New API token"));
    setMinimumWidth(480);

    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("website"));
    m_name->setMaxLength(64);
    addRow(tr("&Name:"), m_name, web::apiTokenField::Name,
           tr("Who uses it, such as website or crm: letters, digits, '.', '_' or '-'. Callbacks it asks "
              "for show the source api:NAME."));

    auto* scope = new QWidget;
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_all = new QRadioButton(tr("&All subscribers, including ones added later"));
    m_all->setObjectName(QStringLiteral("allAccounts"));
    m_chosen = new QRadioButton(tr("&Only these subscribers:"));
    m_chosen->setObjectName(QStringLiteral("chosenAccounts"));
    m_accounts = new QListWidget;
    m_accounts->setObjectName(QStringLiteral("accountList"));
    for (const store::Account& a : accounts) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 – %2").arg(a.accountCode, a.name), m_accounts);
        item->setData(Qt::UserRole, a.accountCode);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_accounts->setMaximumHeight(m_accounts->sizeHintForRow(0) * 6 + 2 * m_accounts->frameWidth());
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_chosen);
    scopeLayout->addWidget(m_accounts);
    m_all->setChecked(true);
    addRow(tr("Subscribers:"), scope, web::apiTokenField::Accounts,
           tr("The API refuses any request about another subscriber, and lists only these."));

    auto* expiry = new QWidget;
    auto* expiryLayout = new QHBoxLayout(expiry);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_expires = new QCheckBox(tr("&Works through"));
    m_expires->setObjectName(QStringLiteral("expiresEnabled"));
    m_expiresOn = new QDateEdit(today.addDays(90));
    m_expiresOn->setObjectName(QStringLiteral("expiresOn"));
    m_expiresOn->setCalendarPopup(true);
    m_expiresOn->setDisplayFormat(format::dateEditFormat());
    m_expiresOn->setDateRange(today, today.addDays(MaxDays));
    expiryLayout->addWidget(m_expires);
    expiryLayout->addWidget(m_expiresOn);
    expiryLayout->addStretch(1);
    addRow(tr("Expiry:"), expiry, web::apiTokenField::Expires,
           tr("The last day the token works, in %1. Without one it works until it is revoked.")
               .arg(QString::fromUtf8(zone.id())));
    addButtons(tr("Create token"));

    connect(m_chosen, &QRadioButton::toggled, this, &AddApiTokenDialog::updateEnabled);
    connect(m_expires, &QCheckBox::toggled, this, &AddApiTokenDialog::updateEnabled);
    // Ticking a subscriber means "only these".
    connect(m_accounts, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (item->checkState() == Qt::Checked)
            m_chosen->setChecked(true);
    });
    updateEnabled();
}

void AddApiTokenDialog::updateEnabled()
{
    m_expiresOn->setEnabled(m_expires->isChecked());
}

web::ApiTokenForm AddApiTokenDialog::form() const
{
    web::ApiTokenForm form;
    form.name = m_name->text();
    form.allAccounts = m_all->isChecked();
    if (!form.allAccounts)
        for (int i = 0; i < m_accounts->count(); ++i)
            if (m_accounts->item(i)->checkState() == Qt::Checked)
                form.accountCodes.append(m_accounts->item(i)->data(Qt::UserRole).toString());
    if (m_expires->isChecked())
        form.expiresOn = m_expiresOn->date();
    return form;
}

void AddApiTokenDialog::accept()
{
    clearErrors();
    try {
        m_created = m_service.add(form(), ConsoleActor);
    } catch (const accounts::ValidationError& error) {
        for (const accounts::FieldError& e : error.errors())
            setFieldError(e.field, e.message);
    } catch (const store::StoreError& error) {
        if (error.kind() == store::StoreError::Kind::Duplicate)
            setFieldError(web::apiTokenField::Name,
                          tr("There is already a token called %1; revoke it first or pick another name.")
                              .arg(m_name->text().trimmed()));
        else
            setGeneralError(error.message());
    }
    if (hasErrors())
        return showErrors();
    QDialog::accept();
}

ApiTokenSecretDialog::ApiTokenSecretDialog(const web::NewApiToken& created, const QTimeZone& zone,
                                           QWidget* parent)
    : SecretDialog(tr("Token not copied"),
                   tr("You have not copied the token. It cannot be shown again: without it, "
                      "revoke the token and add a new one. Close anyway?"),
                   parent)
    , m_secret(created.secret)
{
    const store::ApiToken& t = created.token;
    setWindowTitle(tr("API token %1").arg(t.name));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(
        tr("<h3>API token %1</h3><p>For %2. %3</p>")
            .arg(t.name.toHtmlEscaped(),
                 t.allAccounts ? tr("all subscribers")
                               : tr("subscribers %1").arg(t.accountCodes.join(QStringLiteral(", "))),
                 t.expiresAt
                     ? tr("Expires: %1 (%2).")
                           .arg(web::ApiTokenService::expiryText(t, zone), QString::fromUtf8(zone.id()))
                     : tr("Works until it is revoked.")));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* secretRow = new QHBoxLayout;
    auto* secret = new QLineEdit(m_secret);
    secret->setObjectName(QStringLiteral("secret"));
    secret->setReadOnly(true);
    secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The whole token in view, with room for the frame and the cursor.
    secret->setMinimumWidth(secret->fontMetrics().horizontalAdvance(m_secret) +
                            4 * secret->fontMetrics().averageCharWidth());
    secret->selectAll();
    secretRow->addWidget(secret, 1);
    auto* copyButton = new QPushButton(tr("&Copy"));
    copyButton->setObjectName(QStringLiteral("copy"));
    connect(copyButton, &QPushButton::clicked, this, &ApiTokenSecretDialog::copy);
    secretRow->addWidget(copyButton);
    layout->addLayout(secretRow);

    auto* warning = new QLabel(tr("<b>This is the only time the token is shown.</b> Rebound keeps only a "
                                  "fingerprint of it and cannot show it again. Put it in the system that "
                                  "uses it now; if it is lost, revoke it and add a new one."));
    warning->setObjectName(QStringLiteral("warning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(warning);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("copyStatus"));
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox;
    auto* done = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApiTokenSecretDialog::accept);
    layout->addWidget(buttons);
    copyButton->setFocus();
}

void ApiTokenSecretDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_secret);
    m_copied = true;
    m_status->setText(tr("Copied to the clipboard."));
}

} // namespace rebound::console
