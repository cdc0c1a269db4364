#include "admin/SettingsPage.h"

#include "Switch.h"
#include "common/ConsoleActor.h"
#include "common/PageParts.h"
#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace rebound::console {

namespace {
// An optional setting with a default of its own (the national prefix "1")
// shows the value in force, so that empty can mean "none".
bool showsValueInForce(const settings::Setting& s)
{
    return s.kind == settings::Kind::Choice || (s.optional && !s.defaultValue.isEmpty());
}

QString shownDefault(const settings::Setting& s)
{
    if (!s.defaultText.isEmpty() || s.defaultValue.isEmpty())
        return s.defaultText.isEmpty() ? SettingsPage::tr("none") : s.defaultText;
    return s.defaultValue;
}
} // namespace

SettingsPage::SettingsPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                           QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_switch(sipSwitch)
{
    askRestart = [this](int liveCalls) {
        QMessageBox box(QMessageBox::Warning, tr("Restart the switch?"),
                        tr("These settings are read when the switch starts. Restarting it now ends the %n "
                           "call(s) in progress; they are billed up to now.",
                           nullptr, liveCalls),
                        QMessageBox::NoButton, this);
        QPushButton* now = box.addButton(tr("Save and restart now"), QMessageBox::DestructiveRole);
        QPushButton* later = box.addButton(tr("Save, restart later"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(later);
        box.exec();
        if (box.clickedButton() == now)
            return RestartChoice::Now;
        return box.clickedButton() == later ? RestartChoice::Later : RestartChoice::Cancel;
    };

    auto* layout = pageLayout(this, tr("Settings"));
    auto* intro = new QLabel(tr("Empty fields use the default shown in grey. Settings marked ⟳ are read when "
                                "the switch starts: Apply restarts it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* body = new QHBoxLayout;
    m_groups = new QListWidget;
    m_groups->setObjectName(QStringLiteral("settingGroups"));
    m_groups->setFixedWidth(210);
    m_forms = new QStackedWidget;
    body->addWidget(m_groups);
    body->addWidget(m_forms, 1);
    layout->addLayout(body, 1);
    connect(m_groups, &QListWidget::currentRowChanged, m_forms, &QStackedWidget::setCurrentIndex);

    for (const QString& group : settings::Catalog::groups()) {
        m_groups->addItem(group);
        m_forms->addWidget(createGroupPage(group));
    }

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setObjectName(QStringLiteral("applySettings"));
    m_apply->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::reload);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);

    m_groups->setCurrentRow(0);
    reload();
}

// The settings of one group, one row each, in a scroll area.
QWidget* SettingsPage::createGroupPage(const QString& group)
{
    auto* form = new QWidget;
    auto* formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const settings::Setting& s : settings::Catalog::all())
        if (s.group == group)
            addSettingRow(formLayout, s);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    return scroll;
}

// A setting's row: its label, its editor (with Browse… for files and
// folders), its help with the default, and the line for a refused value.
void SettingsPage::addSettingRow(QFormLayout* form, const settings::Setting& s)
{
    Field field;
    field.setting = &s;
    field.editor = makeEditor(s);
    field.label = new QLabel(s.restart ? s.label + QStringLiteral(" ⟳") : s.label);
    field.label->setToolTip(s.key);
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 6);
    cellLayout->setSpacing(2);
    auto* editorRow = new QHBoxLayout;
    editorRow->addWidget(field.editor, 1);
    if (s.kind == settings::Kind::File || s.kind == settings::Kind::Folder) {
        auto* browse = new QToolButton;
        browse->setText(tr("Browse…"));
        auto* edit = qobject_cast<QLineEdit*>(field.editor);
        connect(browse, &QToolButton::clicked, this, [this, edit, kind = s.kind, label = s.label] {
            const QString path = kind == settings::Kind::Folder
                                     ? QFileDialog::getExistingDirectory(this, label, edit->text())
                                     : QFileDialog::getOpenFileName(this, label, edit->text());
            if (!path.isEmpty())
                edit->setText(path);
        });
        editorRow->addWidget(browse);
    }
    cellLayout->addLayout(editorRow);
    auto* help = new QLabel(tr("%1 Default: %2.").arg(s.help, shownDefault(s)));
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    cellLayout->addWidget(help);
    field.problem = new QLabel;
    field.problem->setObjectName(s.key + QStringLiteral(".problem"));
    field.problem->setWordWrap(true);
    field.problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    field.problem->hide();
    cellLayout->addWidget(field.problem);
    form->addRow(field.label, cell);
    m_fields.insert(s.key, field);
    m_order << s.key;
}

QWidget* SettingsPage::makeEditor(const settings::Setting& s)
{
    QWidget* editor = nullptr;
    if (s.kind == settings::Kind::Choice) {
        auto* combo = new QComboBox;
        // Each item holds the value as stored; it reads as its text when it has one.
        for (qsizetype i = 0; i < s.choices.size(); ++i)
            combo->addItem(s.choiceTexts.value(i, s.choices[i]), s.choices[i]);
        connect(combo, &QComboBox::currentTextChanged, this, &SettingsPage::updateButtons);
        editor = combo;
    } else if (s.kind == settings::Kind::TimeZone) {
        auto* combo = new QComboBox;
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString());
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
            combo->addItem(QString::fromUtf8(id));
        combo->lineEdit()->setPlaceholderText(shownDefault(s));
        connect(combo, &QComboBox::currentTextChanged, this, &SettingsPage::updateButtons);
        editor = combo;
    } else {
        auto* edit = new QLineEdit;
        edit->setPlaceholderText(showsValueInForce(s) ? tr("none") : shownDefault(s));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::updateButtons);
        // Each value is checked as it is typed; Apply checks them together.
        connect(edit, &QLineEdit::editingFinished, this, [this, key = s.key] {
            Field& f = m_fields[key];
            const QString problem = settings::Catalog::validate(*f.setting, editedValue(key));
            f.problem->setText(problem);
            f.problem->setVisible(!problem.isEmpty());
        });
        editor = edit;
    }
    editor->setObjectName(s.key);
    editor->setToolTip(s.key);
    return editor;
}

QWidget* SettingsPage::editor(const QString& key) const
{
    return m_fields.value(key).editor;
}

QString SettingsPage::editedValue(const QString& key) const
{
    const QWidget* editor = m_fields.value(key).editor;
    if (const auto* combo = qobject_cast<const QComboBox*>(editor))
        return combo->isEditable() ? combo->currentText() : combo->currentData().toString();
    if (const auto* edit = qobject_cast<const QLineEdit*>(editor))
        return edit->text();
    return {};
}

void SettingsPage::setEditedValue(const QString& key, const QString& value)
{
    QWidget* editor = m_fields.value(key).editor;
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->isEditable())
            combo->setEditText(value);
        else
            combo->setCurrentIndex(combo->findData(value));
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(value);
    }
}

QString SettingsPage::problem(const QString& key) const
{
    const QLabel* label = m_fields.value(key).problem;
    return label && !label->isHidden() ? label->text() : QString();
}

int SettingsPage::currentGroup() const
{
    return m_groups->currentRow();
}

void SettingsPage::setCurrentGroup(int row)
{
    if (row >= 0 && row < m_groups->count())
        m_groups->setCurrentRow(row);
}

void SettingsPage::reload()
{
    QMap<QString, QString> stored;
    try {
        stored = settings::SettingsService(m_db, m_clock).stored();
    } catch (const store::StoreError& error) {
        m_status->setText(tr("Settings could not be read: %1").arg(error.message()));
        return;
    }
    for (const QString& key : std::as_const(m_order)) {
        Field& f = m_fields[key];
        // A choice shows the choice in force; a text field is empty at the default.
        const QString shown =
            showsValueInForce(*f.setting) ? stored.value(key, f.setting->defaultValue) : stored.value(key);
        setEditedValue(key, shown);
        f.original = editedValue(key);
        f.problem->clear();
        f.problem->hide();
    }
    m_status->clear();
    updateButtons();
}

settings::SettingsService::Changes SettingsPage::changes() const
{
    settings::SettingsService::Changes result;
    for (const QString& key : m_order) {
        const Field& f = m_fields[key];
        const QString value = editedValue(key);
        if (value != f.original)
            result.insert(key, value);
    }
    return result;
}

bool SettingsPage::hasChanges() const
{
    return !changes().isEmpty();
}

void SettingsPage::updateButtons()
{
    const auto edits = changes();
    m_apply->setEnabled(!edits.isEmpty());
    m_revert->setEnabled(!edits.isEmpty());
    for (const QString& key : std::as_const(m_order)) {
        QFont font = m_fields[key].label->font();
        font.setBold(edits.contains(key));
        m_fields[key].label->setFont(font);
    }
}

void SettingsPage::showProblems(const QList<settings::SettingProblem>& problems)
{
    for (Field& f : m_fields) {
        f.problem->clear();
        f.problem->hide();
    }
    QStringList lines;
    for (const auto& p : problems) {
        lines << p.message;
        if (auto it = m_fields.find(p.field); it != m_fields.end()) {
            it->problem->setText(it->problem->text().isEmpty()
                                     ? p.message
                                     : it->problem->text() + QLatin1Char('\n') + p.message);
            it->problem->show();
        }
    }
    if (!problems.isEmpty()) {
        if (const auto it = m_fields.constFind(problems.first().field); it != m_fields.cend())
            m_groups->setCurrentRow(int(settings::Catalog::groups().indexOf(it->setting->group)));
        m_status->setText(tr("Nothing was saved: %1").arg(lines.join(QLatin1Char(' '))));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    }
}

bool SettingsPage::apply()
{
    const auto edits = changes();
    if (edits.isEmpty())
        return true;
    const settings::SettingsService service(m_db, m_clock);
    try {
        const auto check = service.apply(edits, ConsoleActor, true);
        if (!check.ok()) {
            showProblems(check.problems);
            return false;
        }
        // A switch that failed to start (a port in use) is started again on
        // the new values; one that was stopped on purpose stays stopped.
        const bool failed = m_switch && m_switch->state() == Switch::State::Failed;
        bool restart = check.restartNeeded && m_switch &&
                       (failed || m_switch->isRunning() || m_switch->state() == Switch::State::Starting);
        if (restart && !failed) {
            if (const int live = store::CallbackRequestRepository(m_db, m_clock).unfinishedCount();
                live > 0) {
                const RestartChoice choice = askRestart(live);
                if (choice == RestartChoice::Cancel) {
                    m_status->setStyleSheet(QString());
                    m_status->setText(tr("Not saved."));
                    return false;
                }
                restart = choice == RestartChoice::Now;
            }
        }
        const auto outcome = service.apply(edits, ConsoleActor);
        if (!outcome.ok()) {
            showProblems(outcome.problems);
            return false;
        }
        reload();
        m_status->setStyleSheet(QString());
        if (restart) {
            m_status->setText(tr("Saved; the switch is restarting to use the new settings."));
            m_switch->restart();
        } else if (outcome.restartNeeded && m_switch) {
            m_status->setText(tr("Saved. Restart the switch (Switch menu) to use the new settings."));
        } else {
            m_status->setText(tr("Saved."));
        }
        Q_EMIT applied(outcome.changed);
        return true;
    } catch (const store::StoreError& error) {
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        m_status->setText(tr("Nothing was saved: %1").arg(error.message()));
        return false;
    }
}

} // namespace rebound::console
