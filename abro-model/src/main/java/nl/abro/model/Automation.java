package nl.abro.model;

/** Whether a rule can decide a requirement from what a supplier declares, or a person must review it. */
public enum Automation {
    RULE, MANUAL
}
