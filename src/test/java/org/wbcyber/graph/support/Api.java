package org.wbcyber.graph.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the application's REST API as a client would, over HTTP. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).build());
    }

    /** POSTs {@code body} as it is, declared as JSON. */
    public Response post(String path, String body) {
        return post(path, body, "application/json");
    }

    public Response post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POSTs {@code body} serialised as JSON. */
    public Response postJson(String path, Object body) {
        return post(path, json.writeValueAsString(body));
    }

    /** Any method, with request headers, e.g. a CORS preflight: OPTIONS with Origin. */
    public Response send(String method, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request.build());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") ? json.readTree(response.body()) : null;
            return new Response(response.statusCode(), type, response.body(), body, response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    /** JSON {@code json} must be 200; gives the body. */
    public JsonNode ok(String pathAndQuery) {
        Response response = get(pathAndQuery);
        if (response.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /**
     * The text values of {@code field} of every element of an array node; a dotted field ({@code actor.id}) goes
     * into nested objects, a null field takes the elements themselves.
     */
    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> {
            JsonNode value = node;
            if (field != null) {
                for (String part : field.split("\\.")) {
                    value = value.path(part);
                }
            }
            values.add(value.asString(null));
        });
        return values;
    }

    public record Response(int status, String contentType, String body, JsonNode json, HttpHeaders headers) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }
}
