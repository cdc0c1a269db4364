#include "common/SecretDialog.h"

#include "common/Dialogs.h"

namespace rebound::console {

SecretDialog::SecretDialog(QString leaveTitle, QString leaveQuestion, QWidget* parent)
    : QDialog(parent)
    , m_leaveTitle(std::move(leaveTitle))
    , m_leaveQuestion(std::move(leaveQuestion))
{
}

bool SecretDialog::mayClose()
{
    return secretKept() || dialogs::confirm(this, m_leaveTitle, m_leaveQuestion);
}

void SecretDialog::accept()
{
    if (mayClose())
        QDialog::accept();
}

void SecretDialog::reject()
{
    if (mayClose())
        QDialog::reject();
}

} // namespace rebound::console
