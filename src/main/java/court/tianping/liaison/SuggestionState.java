package court.tianping.liaison;

/** A judicial suggestion: issued, then replied by the unit, then adopted or not adopted. */
public enum SuggestionState { ISSUED, REPLIED, ADOPTED, NOT_ADOPTED }
