#pragma once

#include "admin/SetupWizard.h"
#include "settings/SettingsService.h"

#include <QWizardPage>
#include <functional>
#include <initializer_list>

class QCheckBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace rebound::console {

// What the assistant's pages share. Does not own the database, the clock
// or the switch (which may be null).
struct SetupWizard::State
{
    State(const store::Database& database, const core::Clock& c, Switch* s)
        : db(database)
        , clock(c)
        , sipSwitch(s)
    {
    }
    const store::Database& db;
    const core::Clock& clock;
    Switch* sipSwitch;
    bool settingsSaved = false;
    QString listening; // from Switch::started
    QString portalUrl; // from Switch::webStarted
    std::int64_t gatewayId = 0;
    bool pinged = false;           // an answer (or the lack of one) was seen
    bool reachable = false;        // that answer was 2xx
    QString pingText;              // what the gateway page says about it
    std::function<void()> changed; // the checklist redraws itself
    void notify() const
    {
        if (changed)
            changed();
    }
};

namespace setup {

// Names the widget, for the tests and for the wizard's fields.
template <typename W>
W* named(W* widget, const QString& name)
{
    widget->setObjectName(name);
    return widget;
}

// The help the settings catalog gives for a key; empty for an unknown key.
QString catalogHelp(const char* key);

// A page of the assistant that saves what it asks for: its title, a form of
// named fields (each a wizard field) with hints, the problems shown under
// the form, and for the pages that can be left for later a box that skips
// them.
class Step : public QWizardPage
{
protected:
    Step(SetupWizard::State& state, const QString& problemsName, const QString& title,
         const QString& subTitle);

    // Names the widget and registers it as the wizard field of that name.
    template <typename W>
    W* field(W* widget, const QString& name, const char* property = nullptr)
    {
        registerField(name, named(widget, name), property);
        return widget;
    }

    // The skip box (a field too); checked, it turns `form` off.
    QCheckBox* addSkip(const QString& text, const QString& name);
    void skipTurnsOff(std::initializer_list<QWidget*> form);
    bool skipped() const;

    // A row of the form, with `hint` in small print below the field when
    // there is one.
    void addRow(const QString& label, QWidget* field, const QString& hint = {});

    // The page from the top: the skip box and the form; what else the page
    // shows goes below them, then finishLayOut.
    QVBoxLayout* layOut();
    // The problems, then `below` them, at the top of the page's room.
    void finishLayOut(QVBoxLayout* layout, std::initializer_list<QWidget*> below = {});

    // Shows `problems` under the form; none hides the label.
    void showProblems(const QStringList& problems);

    // Runs a save through the services; what they refuse is shown under the
    // form. True when it went through; a save that returns false has shown
    // its own problems.
    bool trySave(const std::function<bool()>& save);

    // Saves settings through the settings service; false (with the problems
    // shown) when it refused them. A refusal saves nothing.
    bool applySettings(const settings::SettingsService::Changes& changes, bool* restartNeeded = nullptr);

    SetupWizard::State& m_state;

private:
    QLabel* m_problems = nullptr;
    QCheckBox* m_skip = nullptr;
    QFormLayout* m_form = nullptr; // the page's layout owns it once laid out
};

} // namespace setup
} // namespace rebound::console
