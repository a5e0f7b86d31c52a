#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QThread>

// Q_INIT_RESOURCE has to be used outside any namespace. The resource lives in a static library,
// where nothing else would make the linker keep it.
static void initSyntaxResource()
{
    Q_INIT_RESOURCE(readout_syntax);
}

namespace Readout {

namespace {

KSyntaxHighlighting::Repository *s_repository = nullptr;

void destroyRepository()
{
    delete s_repository;
    s_repository = nullptr;
}

} // namespace

KSyntaxHighlighting::Repository &SyntaxRepository::repository()
{
    Q_ASSERT_X(QCoreApplication::instance(), "SyntaxRepository::repository",
               "create the QApplication first");
    Q_ASSERT_X(QThread::currentThread() == QCoreApplication::instance()->thread(),
               "SyntaxRepository::repository", "the repository belongs to the GUI thread");
    if (!s_repository) {
        initSyntaxResource();
        s_repository = new KSyntaxHighlighting::Repository;
        s_repository->addCustomSearchPath(searchPath());
        // Runs in ~QCoreApplication, after main() has destroyed its windows and their
        // highlighters, and lets a later QApplication (as in tests) build a fresh one.
        qAddPostRoutine(destroyRepository);
    }
    return *s_repository;
}

KSyntaxHighlighting::Definition SyntaxRepository::summaryDefinition()
{
    return repository().definitionForName(summaryDefinitionName());
}

QString SyntaxRepository::summaryDefinitionName()
{
    return QStringLiteral("Readout Diplomatic Summary");
}

QString SyntaxRepository::searchPath()
{
    return QStringLiteral(":/readout");
}

} // namespace Readout
