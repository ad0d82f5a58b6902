package org.wbcyber.graph.model;

import java.util.Map;

public record RelationshipDefinition(String name, String description, Map<String, PropertyDefinition> properties) {
}
