#pragma once

#include "core/Clock.h"
#include "settings/SettingsService.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace rebound {
class Switch;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

// Every setting of the catalogue, one group at a time, with its help, its
// default and its rule. Apply checks all edits by the same service as
// `rebound-switch settings set`, saves all or none, and restarts the
// embedded switch when a saved setting is read at start (after warning
// about the calls in progress).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                 QWidget* parent = nullptr);

    enum class RestartChoice
    {
        Now,
        Later,
        Cancel
    };
    // Asked before a restart would end calls in progress; a message box by
    // default, replaced by tests.
    std::function<RestartChoice(int liveCalls)> askRestart;

    bool hasChanges() const;
    // The editor of a setting (named by its key), for tests.
    QWidget* editor(const QString& key) const;
    QString editedValue(const QString& key) const;
    void setEditedValue(const QString& key, const QString& value);
    // The problem shown under a setting, empty when none.
    QString problem(const QString& key) const;
    // The group shown (its row in the list), kept when the window is built again.
    int currentGroup() const;
    void setCurrentGroup(int row);

public Q_SLOTS:
    void reload(); // drops unsaved edits
    bool apply();  // false: refused (nothing saved) or cancelled

Q_SIGNALS:
    void applied(const QStringList& keys);

private:
    struct Field
    {
        const settings::Setting* setting = nullptr;
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
        QLabel* problem = nullptr;
        QString original; // as shown after reload()
    };

    QWidget* createGroupPage(const QString& group);
    void addSettingRow(QFormLayout* form, const settings::Setting& setting);
    QWidget* makeEditor(const settings::Setting& setting);
    void showProblems(const QList<settings::SettingProblem>& problems);
    void updateButtons();
    settings::SettingsService::Changes changes() const;

    const store::Database& m_db;
    const core::Clock& m_clock;
    Switch* m_switch;
    QListWidget* m_groups = nullptr;
    QStackedWidget* m_forms = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QHash<QString, Field> m_fields;
    QStringList m_order;
};

} // namespace rebound::console
