#include "loadeddocument.h"

#include "textfolder.h"

namespace Readout {

std::string foldStatements(const Document &document)
{
    std::string folded;
    folded.reserve(size_t(document.text.size()) + document.statements.size());
    for (const Statement &s : document.statements) {
        TextFolder::appendFolded(document.statementText(s), folded);
        folded.push_back('\0');
    }
    return folded;
}

} // namespace Readout
