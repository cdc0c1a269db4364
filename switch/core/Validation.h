#pragma once

#include <QList>
#include <QString>
#include <stdexcept>

namespace rebound::core {

// One problem with one field of an input (a form, a command's options, a
// request). `field` is the name the service gives the field; the front end
// shows the message under that field or names its option. An empty field
// means the input as a whole (two fields together, a clash with a row).
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// Thrown by a service when an input does not validate; nothing was written.
class ValidationError : public std::runtime_error
{
public:
    explicit ValidationError(FieldErrors errors);
    const FieldErrors& errors() const { return m_errors; }
    QString message() const; // all errors, one per line

private:
    FieldErrors m_errors;
};

// Throws ValidationError with `errors` when there are any: how a service
// refuses an input, naming every problem, before it writes anything.
void throwIfAny(FieldErrors errors);

} // namespace rebound::core
