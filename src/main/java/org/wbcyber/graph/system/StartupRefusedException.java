package org.wbcyber.graph.system;

/**
 * Startup cannot go on, for a reason we can explain to the user: what happened and what to do about it.
 * {@link StartupFailureAnalyzer} prints the two as Boot's "APPLICATION FAILED TO START" report.
 */
public class StartupRefusedException extends RuntimeException {

    private final String action;

    public StartupRefusedException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public StartupRefusedException(String description, String action) {
        this(description, action, null);
    }

    public String action() {
        return action;
    }
}
