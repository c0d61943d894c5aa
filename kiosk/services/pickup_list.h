#pragma once
// Today's pick-up list: every message of today that changes who collects a child
// (topics marked pickup_list in assets/topics.tsv: someone else picks up, stays
// home), read from the unlocked inbox, in the order they came.
#include "domain/pictogram_table.h"
#include "domain/records.h"
#include "services/teacher_session.h"

#include <string>
#include <vector>

namespace kd {

struct PickupChange {
    Concern concern;                  // whose (child_id), when, its status
    std::vector<std::string> topics;  // its topics marked pickup_list
};

std::vector<PickupChange> PickupChanges(const TeacherInbox& inbox, const Pictograms& pictos);

}  // namespace kd
