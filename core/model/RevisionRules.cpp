#include "RevisionRules.hpp"

namespace dtx {

const RevisionRules& revisionRules(Revision revision)
{
    return revision == Revision::Apr2026 ? revision_rules::kRevision2026_04
                                         : revision_rules::kRevision2026_02;
}

} // namespace dtx
