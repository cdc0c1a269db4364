#include "admin/setup/SetupStep.h"

#include "billing/RateService.h"
#include "common/ConsoleActor.h"
#include "common/FormDialog.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rebound::console::setup {

namespace {

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

// A field with its hint below it, for a form row.
QWidget* withHint(QWidget* field, const QString& text)
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint(text));
    return box;
}

} // namespace

QString catalogHelp(const char* key)
{
    const settings::Setting* setting = settings::Catalog::find(QString::fromLatin1(key));
    return setting ? setting->help : QString();
}

Step::Step(SetupWizard::State& state, const QString& problemsName, const QString& title,
           const QString& subTitle)
    : m_state(state)
    , m_problems(errorLabel(problemsName))
    , m_form(new QFormLayout)
{
    setTitle(title);
    setSubTitle(subTitle);
}

QCheckBox* Step::addSkip(const QString& text, const QString& name)
{
    m_skip = field(new QCheckBox(text), name);
    return m_skip;
}

void Step::skipTurnsOff(std::initializer_list<QWidget*> form)
{
    connect(m_skip, &QCheckBox::toggled, this, [widgets = QList<QWidget*>(form)](bool skip) {
        for (QWidget* w : widgets)
            w->setEnabled(!skip);
    });
}

bool Step::skipped() const
{
    return m_skip && m_skip->isChecked();
}

void Step::addRow(const QString& label, QWidget* field, const QString& hint)
{
    m_form->addRow(label, hint.isEmpty() ? field : withHint(field, hint));
}

QVBoxLayout* Step::layOut()
{
    auto* layout = new QVBoxLayout(this);
    if (m_skip)
        layout->addWidget(m_skip);
    layout->addLayout(m_form);
    return layout;
}

void Step::finishLayOut(QVBoxLayout* layout, std::initializer_list<QWidget*> below)
{
    layout->addWidget(m_problems);
    for (QWidget* w : below)
        layout->addWidget(w);
    layout->addStretch(1);
}

void Step::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

bool Step::trySave(const std::function<bool()>& save)
{
    QStringList problems;
    try {
        if (!save())
            return false;
    } catch (const core::ValidationError& error) {
        for (const core::FieldError& problem : error.errors())
            problems << problem.message;
    } catch (const billing::RateServiceError& error) {
        problems << error.message();
    } catch (const store::StoreError& error) {
        problems << error.message();
    }
    showProblems(problems);
    return problems.isEmpty();
}

bool Step::applySettings(const settings::SettingsService::Changes& changes, bool* restartNeeded)
{
    const auto outcome = settings::SettingsService(m_state.db, m_state.clock).apply(changes, ConsoleActor);
    QStringList lines;
    for (const settings::SettingProblem& problem : outcome.problems)
        lines << problem.message;
    showProblems(lines);
    if (restartNeeded)
        *restartNeeded = outcome.restartNeeded;
    return outcome.ok();
}

} // namespace rebound::console::setup
