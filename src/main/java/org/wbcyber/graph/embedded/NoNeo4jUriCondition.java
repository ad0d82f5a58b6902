package org.wbcyber.graph.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no Neo4j server address is configured: {@code spring.neo4j.uri} / {@code SPRING_NEO4J_URI}. */
class NoNeo4jUriCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
        return embedded(context.getEnvironment())
                ? ConditionOutcome.match("spring.neo4j.uri is not set: embedded mode")
                : ConditionOutcome.noMatch("spring.neo4j.uri is set to " + uri + ": server mode");
    }

    static boolean embedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
    }
}
