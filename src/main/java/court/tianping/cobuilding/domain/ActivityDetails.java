package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.CobuildingActivityType;

import java.time.LocalDate;

/** What an activity is recorded with, as typed; the activity checks it. */
public record ActivityDetails(LocalDate heldOn, CobuildingActivityType type, String title, String description,
                              Integer peopleReached) {
}
