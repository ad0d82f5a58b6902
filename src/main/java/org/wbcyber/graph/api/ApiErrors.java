package org.wbcyber.graph.api;

import java.net.URI;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ProblemDetail databaseUnavailable(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "Neo4j cannot be reached right now; try again shortly. (" + e.getMessage() + ")");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
