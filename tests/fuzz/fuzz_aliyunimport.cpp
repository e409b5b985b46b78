// libFuzzer target: the content of an aliyun CLI ~/.aliyun/config.json, a file `profile import-aliyun` reads
// from the user's home (hand-edited, half-written by another tool, or not a config at all). The content is
// parsed, then planned for import the three ways the command line asks (the current profile, --all, and by
// name) against a profile store that already holds a few names, as tst_aliyunimport does (QSettings in a
// temporary directory). Nothing is saved: planning is the whole of what the file's content decides.
//
// Beyond not crashing, the plan must keep its promises: every importable profile is valid, complete and new
// (never one the store holds, never one name twice), and with --all every profile of the file is either
// imported or skipped with a reason.
#include "credentials/aliyunimport.h"
#include "credentials/profilestore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace hbr::credentials;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_aliyunimport: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

const ProfileStore &store()
{
    static QTemporaryDir dir;
    static QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    static const std::unique_ptr<ProfileStore> existing = [] {
        if (!dir.isValid())
            fail("no temporary directory");
        auto s = std::make_unique<ProfileStore>(&settings);
        for (const QString &name : {u"taken"_s, u"default"_s, u"ak-main"_s, u"生产"_s}) {
            Profile p;
            p.name = name;
            p.accessKeyId = u"LTAIexisting"_s;
            if (!s->save(p))
                fail("cannot save a profile in", dir.path());
        }
        return s;
    }();
    return *existing;
}

void checkPlan(const AliyunImportPlan &plan, const ProfileStore &existing)
{
    QSet<QString> names;
    for (const AliyunImportItem &item : plan.importable) {
        const Profile &p = item.profile;
        if (const QString problem = profileProblem(p); !problem.isEmpty())
            fail("an importable profile is not valid:", problem);
        if (existing.contains(p.name))
            fail("an importable profile would overwrite", p.name);
        if (names.contains(p.name))
            fail("a profile is imported twice:", p.name);
        names.insert(p.name);
        if (p.accessKeyId.isEmpty() || item.secret.isEmpty())
            fail("an importable profile without keys:", p.name);
        if ((p.kind == CredentialKind::StsToken) == item.securityToken.isEmpty())
            fail("an STS token that does not go with the kind:", p.name);
    }
    for (const AliyunSkipped &s : plan.skipped) {
        if (s.reason.isEmpty())
            fail("a profile skipped without a reason:", s.name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_aliyunimport";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const ProfileStore &existing = store();

    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<AliyunConfig> config = parseAliyunConfig(json, &error);
    if (!config) {
        if (error.isEmpty() || !error.endsWith(u'.'))
            fail("a rejected file without a sentence saying why:", error);
        return 0;
    }

    // `profile import-aliyun`: the current profile.
    checkPlan(planAliyunImport(*config, {}, false, existing), existing);

    // --all: every profile is accounted for.
    const AliyunImportPlan all = planAliyunImport(*config, {}, true, existing);
    checkPlan(all, existing);
    if (all.importable.size() + all.skipped.size() != config->profiles.size())
        fail("--all lost or invented a profile");

    // --name, repeated: a few names of the file (one twice), one that is not in it, and the current one.
    QStringList names;
    for (qsizetype i = 0; i < config->profiles.size() && i < 4; ++i)
        names.append(config->profiles.at(i).name);
    if (!names.isEmpty())
        names.append(names.first());
    names.append(u"no-such-profile"_s);
    names.append(config->current);
    checkPlan(planAliyunImport(*config, names, false, existing), existing);
    checkPlan(planAliyunImport(*config, names, true, existing), existing);
    return 0;
}
