#include "media/PromptSet.h"

#include "core/Languages.h"

#include <QDir>
#include <QFileInfo>
#include <sndfile.h>

namespace rebound::media {

PromptSet::FileResult PromptSet::loadFile(const QString& path)
{
    FileResult r;
    SF_INFO info{};
    const QByteArray native = QFile::encodeName(path);
    SNDFILE* file = sf_open(native.constData(), SFM_READ, &info);
    if (!file) {
        r.error = tr("Cannot read the prompt %1: %2").arg(path, QString::fromLocal8Bit(sf_strerror(nullptr)));
        return r;
    }
    const int major = info.format & SF_FORMAT_TYPEMASK;
    const int subtype = info.format & SF_FORMAT_SUBMASK;
    if (major != SF_FORMAT_WAV || subtype != SF_FORMAT_PCM_16 || info.samplerate != 8000 ||
        info.channels != 1) {
        sf_close(file);
        r.error = tr("The prompt %1 is %2 Hz, %3 channel(s); prompts must be 8000 Hz mono 16-bit PCM WAV. "
                     "Convert it, e.g. with: sox in.wav -r 8000 -c 1 -b 16 out.wav")
                      .arg(path)
                      .arg(info.samplerate)
                      .arg(info.channels);
        return r;
    }
    auto prompt = std::make_shared<Prompt>();
    prompt->name = QFileInfo(path).completeBaseName();
    prompt->samples.resize(static_cast<std::size_t>(info.frames));
    const sf_count_t got = sf_readf_short(file, prompt->samples.data(), info.frames);
    sf_close(file);
    if (got != info.frames) {
        r.error = tr("The prompt %1 is truncated: %2 of %3 samples read").arg(path).arg(got).arg(info.frames);
        return r;
    }
    r.prompt = std::move(prompt);
    return r;
}

PromptSet::LoadResult PromptSet::load(const QString& folder, const QString& language)
{
    LoadResult r;
    const QDir dir(folder);
    if (!dir.exists()) {
        r.error = tr("The prompt folder %1 does not exist").arg(folder);
        return r;
    }
    auto set = std::make_shared<PromptSet>();
    set->m_language = language;
    const QStringList files = dir.entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        r.error = tr("The prompt folder %1 holds no .wav files").arg(folder);
        return r;
    }
    for (const QString& name : files) {
        FileResult f = loadFile(dir.filePath(name));
        if (!f.prompt) {
            r.error = f.error; // one bad file refuses the set: a half set would fail mid-call
            return r;
        }
        set->m_prompts.insert(f.prompt->name, f.prompt);
    }
    r.set = std::move(set);
    return r;
}

PromptSet::LanguageSets PromptSet::loadLanguages()
{
    LanguageSets r;
    const QString en = QStringLiteral("en");
    LoadResult english = load(defaultFolder(en), en);
    if (!english.set) {
        r.error = english.error;
        return r;
    }
    r.english = std::move(english.set);
    for (const QString& language : core::Languages::supported()) {
        if (language == en)
            continue;
        const QString folder = defaultFolder(language);
        if (!QFileInfo::exists(folder)) {
            r.notes
                << tr("No %1 IVR prompts (%2): subscribers speaking %1 hear English").arg(language, folder);
            continue;
        }
        LoadResult set = load(folder, language);
        if (!set.set) {
            r.notes << tr("The %1 IVR prompts are not used (%2): subscribers speaking %1 hear English")
                           .arg(language, set.error);
            continue;
        }
        QStringList missing;
        for (const QString& name : r.english->names())
            if (!set.set->contains(name))
                missing << name;
        missing.sort();
        if (!missing.isEmpty())
            r.notes << tr("The %1 IVR prompts lack these, which are spoken in English: %2")
                           .arg(language, missing.join(QStringLiteral(", ")));
        r.others.insert(language, std::move(set.set));
    }
    return r;
}

QString PromptSet::defaultFolder(const QString& language)
{
    // The installed prompts come first, so an installed switch never depends
    // on (or hides a missing install behind) the tree it was built from.
    const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                              QStringLiteral("/../share/rebound/prompts/") + language);
    if (QFileInfo::exists(installed))
        return installed;
#ifdef REBOUND_PROMPTS_SOURCE_DIR
    const QString source = QStringLiteral(REBOUND_PROMPTS_SOURCE_DIR "/") + language;
    if (QFileInfo::exists(source))
        return source;
#endif
    return installed;
}

} // namespace rebound::media
