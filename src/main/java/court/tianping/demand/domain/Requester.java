package court.tianping.demand.domain;

import court.tianping.demand.RequesterKind;

/** Who asked: a person or an organisation, with a phone to call back. */
public record Requester(RequesterKind kind, String name, String phone, String organisation) {
}
