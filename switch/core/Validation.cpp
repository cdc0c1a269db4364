#include "core/Validation.h"

#include <QStringList>

namespace rebound::core {

ValidationError::ValidationError(FieldErrors errors)
    : std::runtime_error("validation failed")
    , m_errors(std::move(errors))
{
}

QString ValidationError::message() const
{
    QStringList lines;
    for (const FieldError& e : m_errors)
        lines.append(e.message);
    return lines.join(QLatin1Char('\n'));
}

void throwIfAny(FieldErrors errors)
{
    if (!errors.isEmpty())
        throw ValidationError(std::move(errors));
}

} // namespace rebound::core
