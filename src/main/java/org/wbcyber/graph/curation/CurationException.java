package org.wbcyber.graph.curation;

import java.util.List;

/** The curated data is invalid; nothing was written. Lists every problem found, in file and line order. */
public class CurationException extends RuntimeException {

    private final List<Problem> problems;

    public CurationException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in the curated data; nothing was written:\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
