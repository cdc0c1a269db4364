#pragma once

#include <QDialog>

namespace rebound::console {

// A dialog shown once, right after a secret was made (a batch's PINs, an API
// token): the only moment it exists. Closing it, by either button or the
// window's close, before the secret was kept (saved, copied) asks first.
class SecretDialog : public QDialog
{
    Q_OBJECT
public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    // `leaveTitle` and `leaveQuestion`: what closing too early asks.
    SecretDialog(QString leaveTitle, QString leaveQuestion, QWidget* parent);

    // True once the secret has been kept somewhere.
    virtual bool secretKept() const = 0;

private:
    bool mayClose();

    QString m_leaveTitle;
    QString m_leaveQuestion;
};

} // namespace rebound::console
