package org.wbcyber.graph.model;

import java.util.Locale;
import java.util.Map;

/**
 * Generates cypher/style.grass from the model's {@code style} section: a Graph Style Sheet (GraSS) for Neo4j
 * Browser, which the {@code :style <url>} command loads. Browser's GraSS parser knows no comments, so the file
 * holds rules only; each label's border is its colour darkened, and its caption is dark or white, whichever
 * reads better on that colour.
 */
public final class StyleSheet {

    private StyleSheet() {
    }

    public static String generate(GraphModel model) {
        StringBuilder grass = new StringBuilder("""
                node {
                  diameter: 50px;
                  color: #A5ABB6;
                  border-color: #9AA1AC;
                  border-width: 2px;
                  text-color-internal: #FFFFFF;
                  font-size: 10px;
                }
                relationship {
                  color: #A5ABB6;
                  shaft-width: 1px;
                  font-size: 8px;
                  padding: 3px;
                  text-color-external: #000000;
                  text-color-internal: #FFFFFF;
                  caption: '<type>';
                }
                """);
        for (Map.Entry<String, Style.LabelStyle> entry : model.style().labels().entrySet()) {
            Style.LabelStyle style = entry.getValue();
            String color = style.color().toUpperCase(Locale.ROOT);
            grass.append("node.").append(entry.getKey()).append(" {\n")
                    .append("  color: ").append(color).append(";\n")
                    .append("  border-color: ").append(darker(color)).append(";\n")
                    .append("  text-color-internal: ").append(textOn(color)).append(";\n")
                    .append("  diameter: ").append(style.size()).append("px;\n")
                    .append("  caption: '{").append(style.caption()).append("}';\n")
                    .append("}\n");
        }
        model.style().relationshipCaptions().forEach((type, caption) -> grass.append("relationship.").append(type)
                .append(" {\n  caption: '{").append(caption).append("}';\n}\n"));
        return grass.toString();
    }

    private static int[] rgb(String color) {
        int value = Integer.parseInt(color.substring(1), 16);
        return new int[] {value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF};
    }

    private static String darker(String color) {
        int[] rgb = rgb(color);
        return String.format("#%02X%02X%02X", rgb[0] * 85 / 100, rgb[1] * 85 / 100, rgb[2] * 85 / 100);
    }

    private static String textOn(String color) {
        int[] rgb = rgb(color);
        double brightness = (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255;
        return brightness > 0.6 ? "#2A2C34" : "#FFFFFF";
    }
}
