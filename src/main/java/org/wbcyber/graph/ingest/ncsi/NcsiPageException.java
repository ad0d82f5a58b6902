package org.wbcyber.graph.ingest.ncsi;

import java.util.List;

import org.wbcyber.graph.curation.Problem;

/** The page is not in the NCSI country page format; lists every problem found, in line order. */
public class NcsiPageException extends RuntimeException {

    private final List<Problem> problems;

    NcsiPageException(String file, List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the NCSI page " + file
                + ":\n  " + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
