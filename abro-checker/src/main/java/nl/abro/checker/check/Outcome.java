package nl.abro.checker.check;

/** What a check concluded for one requirement of one document (see DESIGN.md). */
public enum Outcome {
    /** Rules decided it and found nothing wrong. */
    PASSED,
    /** A rule found an error-level problem. */
    FAILED,
    /** Not at this TBB level, or not selected by the tender profile. */
    NOT_APPLICABLE,
    /** No rule can decide it: a person must review it (a checklist item). */
    MANUAL_REVIEW,
    /** It failed, but a valid waiver accepts that. */
    WAIVED,
    /** The document could not be read. */
    ERROR
}
