package org.wbcyber.graph.cooperation;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A {@link Network} as GraphML, which Gephi, Cytoscape, yEd and NetworkX open as they are. */
final class GraphMl {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    static String of(Network network) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "string");
            key(xml, "name", "node", "string");
            key(xml, "acronym", "node", "string");
            key(xml, "kind", "node", "string");
            key(xml, "country", "node", "string");
            key(xml, "hop", "node", "int");
            key(xml, "weight", "edge", "long");
            key(xml, "contexts", "edge", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", network.focus());
            xml.writeAttribute("edgedefault", "undirected");
            for (Network.Node node : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                data(xml, "label", node.label());
                data(xml, "name", node.name());
                data(xml, "acronym", node.acronym());
                data(xml, "kind", node.kind());
                data(xml, "country", node.country());
                data(xml, "hop", Integer.toString(node.hop()));
                xml.writeEndElement();
            }
            for (Network.Edge edge : network.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", edge.id());
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                data(xml, "weight", Long.toString(edge.weight()));
                data(xml, "contexts", String.join(" ", edge.contexts()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GraphML", e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String name, String scope, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", scope);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }
}
