package org.wbcyber.graph.curation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Invalid curated data at startup: list the problems and say how to go on. */
class CurationFailureAnalyzer extends AbstractFailureAnalyzer<CurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the data files (java -jar wb-cyber-graph.jar validate file:./cypher/ lists the problems), or "
                        + "start without loading them: --wbcg.curated.load-on-start=never.", cause);
    }
}
