#include "services/pickup_list.h"

#include <algorithm>

namespace kd {

std::vector<PickupChange> PickupChanges(const TeacherInbox& inbox, const Pictograms& pictos) {
    std::vector<PickupChange> out;
    for (const auto* list : {&inbox.before_pickup, &inbox.today})
        for (const Concern& c : *list) {
            PickupChange change{c, {}};
            for (const std::string& t : c.topics)
                if (const Pictogram* p = pictos.topics.Find(t); p && p->pickup_list) change.topics.push_back(t);
            if (!change.topics.empty()) out.push_back(std::move(change));
        }
    std::sort(out.begin(), out.end(), [](const PickupChange& a, const PickupChange& b) {
        return a.concern.created_at != b.concern.created_at ? a.concern.created_at < b.concern.created_at
                                                            : a.concern.id < b.concern.id;
    });
    return out;
}

}  // namespace kd
