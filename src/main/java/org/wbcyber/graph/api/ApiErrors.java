package org.wbcyber.graph.api;

import java.net.URI;
import java.util.Collection;
import java.util.stream.Collectors;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.wbcyber.graph.query.BusyException;
import org.wbcyber.graph.query.QueryTimedOutException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Errors as RFC 9457 problem details that say what is wrong and where: the unknown id, or the parameter and the
 * values it accepts. No stack traces, no Cypher.
 */
@RestControllerAdvice(basePackages = "org.wbcyber.graph")
class ApiErrors {

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter",
                "Parameter '" + e.getParameterName() + "' is required.");
        problem.setProperty("parameter", e.getParameterName());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : switch (e.getRequiredType().getSimpleName()) {
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            default -> e.getRequiredType().getSimpleName();
        };
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter",
                "Parameter '" + e.getName() + "' is '" + e.getValue() + "'; expected " + expected + ".");
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    /** A request body that is missing, not JSON, or has a field of the wrong type (named when Jackson knows it). */
    @ExceptionHandler
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return problem(HttpStatus.BAD_REQUEST, "Bad request body",
                        "The request body should be " + expected(mismatch.getTargetType()) + ".");
            }
            String field = mismatch.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter",
                    "Field '" + field + "' of the request body should be " + expected(mismatch.getTargetType()) + ".");
            problem.setProperty("parameter", field);
            return problem;
        }
        if (e.getCause() instanceof JacksonException json) {
            return problem(HttpStatus.BAD_REQUEST, "Bad request body",
                    "The request body is not valid JSON: " + json.getOriginalMessage());
        }
        return problem(HttpStatus.BAD_REQUEST, "Bad request body",
                "The request body is missing or unreadable; send a JSON object.");
    }

    @ExceptionHandler
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Content-Type " + e.getContentType() + " is not accepted here; send " + e.getSupportedMediaTypes() + ".");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "a JSON array" : "a JSON object";
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ProblemDetail databaseUnavailable(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "Neo4j cannot be reached right now; try again shortly. (" + e.getMessage() + ")");
    }

    @ExceptionHandler
    ProblemDetail queryTimedOut(QueryTimedOutException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out", e.getMessage());
        problem.setProperty("query", e.query());
        problem.setProperty("limitMs", e.limit().toMillis());
        return problem;
    }

    /** Retry-After: a turn frees when a network is built, a second or two. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(BusyException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage());
        problem.setProperty("waitedMs", e.waited().toMillis());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
