package org.wbcyber.graph.model;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that knows the file and line it was written on, so that every error about the curated data can
 * say where to look. Scalars keep their text exactly as written: "2023-05-03" stays a string, never a date.
 */
public final class YamlNode {

    private final Node node;
    private final String file;

    private YamlNode(Node node, String file) {
        this.node = node;
        this.file = file;
    }

    /** Parses one YAML document; an empty document is an empty mapping. */
    public static YamlNode parse(String file, String content) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            Node root = new Yaml(options).compose(new StringReader(content));
            return new YamlNode(root, file);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new YamlSyntaxException(new Position(file, line), e.getProblem());
        }
    }

    public Position position() {
        return node == null ? new Position(file, 1) : new Position(file, node.getStartMark().getLine() + 1);
    }

    public String file() {
        return file;
    }

    public boolean isMissing() {
        return node == null || (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()));
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isMissing();
    }

    /** The scalar's text as written (folded and literal blocks already joined by YAML). */
    public String text() {
        return ((ScalarNode) node).getValue();
    }

    /** Entries of a mapping in written order, duplicates included (the caller reports them). */
    public List<Map.Entry<YamlNode, YamlNode>> entries() {
        List<Map.Entry<YamlNode, YamlNode>> entries = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            entries.add(Map.entry(new YamlNode(tuple.getKeyNode(), file), new YamlNode(tuple.getValueNode(), file)));
        }
        return entries;
    }

    public Optional<YamlNode> get(String key) {
        if (!isMapping()) {
            return Optional.empty();
        }
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return Optional.of(new YamlNode(tuple.getValueNode(), file));
            }
        }
        return Optional.empty();
    }

    public List<YamlNode> items() {
        return ((SequenceNode) node).getValue().stream().map(item -> new YamlNode(item, file)).toList();
    }

    /** A short description of what this node is, for messages such as "expected a list, found a mapping". */
    public String shape() {
        if (isMissing()) {
            return "nothing";
        }
        return isMapping() ? "a mapping" : isSequence() ? "a list" : "the value '" + text() + "'";
    }

    /** The YAML could not be parsed at all. */
    public static final class YamlSyntaxException extends RuntimeException {

        private final Position position;

        YamlSyntaxException(Position position, String problem) {
            super(position + ": YAML syntax error: " + problem);
            this.position = position;
        }

        public Position position() {
            return position;
        }
    }
}
