#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace rebound::media {

// One recording, decoded to 8 kHz 16-bit linear samples in memory: the prompt
// set is small (a couple of MB) and the media thread must never touch disk.
struct Prompt
{
    QString name;
    std::vector<std::int16_t> samples;

    int durationMs() const { return static_cast<int>(samples.size() / 8); }
};

using PromptPtr = std::shared_ptr<const Prompt>;

// The IVR prompts of one language: every *.wav in a folder, named by file
// name without extension ("you-have.wav" is "you-have"). Only 8 kHz mono
// 16-bit PCM WAV is accepted; resources/prompts/make-prompts.sh writes
// exactly that, and anything else is refused with the file named, so a
// reseller's own recording in the wrong format is caught when loading, not
// heard as noise on a call. Immutable once loaded, so it is shared across
// threads freely.
class PromptSet
{
    Q_DECLARE_TR_FUNCTIONS(PromptSet)

public:
    struct LoadResult
    {
        std::shared_ptr<const PromptSet> set;
        QString error; // set when `set` is null
    };
    static LoadResult load(const QString& folder, const QString& language);

    struct FileResult
    {
        PromptPtr prompt;
        QString error;
    };
    // Reads one WAV with libsndfile, with the same format rules.
    static FileResult loadFile(const QString& path);

    // The folder the prompts of `language` live in: <prefix>/share/rebound/prompts
    // beside an installed binary, else the build's source tree.
    static QString defaultFolder(const QString& language);

    // The prompts of every language the switch speaks (core::Languages),
    // each from its defaultFolder(), loaded once when the switch starts.
    // English must load: it is what any other language falls back to, prompt
    // by prompt. Another language without a folder, or with a file refused,
    // is left out (its subscribers hear English), and `notes` says so; one
    // that loads notes which of the English prompts it lacks.
    struct LanguageSets
    {
        std::shared_ptr<const PromptSet> english; // null: `error` says why
        QHash<QString, std::shared_ptr<const PromptSet>> others;
        QStringList notes;
        QString error;
    };
    static LanguageSets loadLanguages();

    PromptPtr find(const QString& name) const { return m_prompts.value(name); }
    bool contains(const QString& name) const { return m_prompts.contains(name); }
    QStringList names() const { return m_prompts.keys(); }
    const QString& language() const { return m_language; }

private:
    QString m_language;
    QHash<QString, PromptPtr> m_prompts;
};

} // namespace rebound::media
