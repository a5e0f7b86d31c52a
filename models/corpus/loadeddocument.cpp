#include "loadeddocument.h"

#include "textfolder.h"
#include "topicregistry.h"

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

std::vector<quint64> headingKeys(const Document &document)
{
    std::vector<quint64> keys(document.outline.size());
    for (size_t n = 0; n < keys.size(); ++n) {
        const OutlineNode &node = document.outline[n];
        if (node.isHeading)
            keys[n] = TopicRegistry::headingKey(document.headingText(node));
    }
    return keys;
}

} // namespace Readout
