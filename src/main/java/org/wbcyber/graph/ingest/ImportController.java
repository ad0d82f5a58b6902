package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wbcyber.graph.api.BadParameterException;
import org.wbcyber.graph.api.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/imports/{format}}: the {@code import} command over HTTP, for a file sent as multipart
 * ({@code file}) or as the raw body (its name in {@code name}, which decides a CSV template's kind). Guarded by
 * the bearer token {@code wbcg.imports.token}: unset, imports are disabled (403); a missing or wrong token is
 * 401. Invalid data is 422 with every problem; nothing is written. Any other query parameter is the reader's
 * ({@code ?country=RS} for an NCSI page), as {@code --param name=value} on the command line.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Import a file (CSV templates, GCI scores, NCSI country pages) after validating it in full.")
class ImportController {

    /** The body is read three times, so it is kept on disk rather than in memory. */
    private static final String TEMP_PREFIX = "wbcg-import-";
    private static final Set<String> OWN_PARAMETERS = Set.of("name", "dryRun", "skipInvalid", "batchSize");

    /** What an import did or would do; {@code plan} holds a dry run's record-by-record lines. */
    record Result(ImportReport report, List<String> plan) {
    }

    private final ImportService imports;
    private final ImportProperties properties;

    ImportController(ImportService imports, ImportProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @PostMapping(path = "/{format}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a file sent as multipart/form-data (part 'file')")
    ResponseEntity<?> importPart(@PathVariable String format, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean skipInvalid,
            @RequestParam(defaultValue = "" + ImportOptions.DEFAULT_BATCH_SIZE) int batchSize,
            @RequestParam Map<String, String> query,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization)
            throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? format + "-upload.csv" : Path.of(file.getOriginalFilename()).getFileName().toString();
        try (InputStream body = file.getInputStream()) {
            return run(format, name, body, dryRun, skipInvalid, batchSize, parameters(query), authorization);
        }
    }

    @PostMapping(path = "/{format}")
    @Operation(summary = "Import a file sent as the request body; 'name' is its file name")
    ResponseEntity<?> importBody(@PathVariable String format, HttpServletRequest request,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean skipInvalid,
            @RequestParam(defaultValue = "" + ImportOptions.DEFAULT_BATCH_SIZE) int batchSize,
            @RequestParam Map<String, String> query,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization)
            throws IOException {
        String fileName = name == null || name.isBlank() ? format + "-upload.csv" : Path.of(name).getFileName()
                .toString();
        try (InputStream body = request.getInputStream()) {
            return run(format, fileName, body, dryRun, skipInvalid, batchSize, parameters(query), authorization);
        }
    }

    private ResponseEntity<?> run(String format, String fileName, InputStream body, boolean dryRun,
            boolean skipInvalid, int batchSize, Map<String, String> parameters, String authorization)
            throws IOException {
        switch (ImportToken.check(properties.token(), authorization)) {
            case DISABLED -> {
                return problem(HttpStatus.FORBIDDEN, "Imports disabled",
                        "imports disabled: set wbcg.imports.token to enable them");
            }
            case UNAUTHORISED -> {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .body(problem(HttpStatus.UNAUTHORIZED, "Unauthorised",
                                "Send the import token: Authorization: Bearer <wbcg.imports.token>").getBody());
            }
            case ALLOWED -> {
            }
        }
        ImportReader reader = imports.reader(format).orElseThrow(() -> new NotFoundException(
                "No import format '" + format + "'; formats: " + String.join(", ",
                        imports.readers().stream().map(ImportReader::format).toList()) + "."));
        if (batchSize < 1) {
            throw new BadParameterException("batchSize", "must be at least 1.");
        }
        Path copy = Files.createTempFile(TEMP_PREFIX, ".upload");
        try {
            Files.copy(body, copy, StandardCopyOption.REPLACE_EXISTING);
            List<String> plan = new ArrayList<>();
            ImportOptions options = ImportOptions.defaults().withDryRun(dryRun).withSkipInvalid(skipInvalid)
                    .withBatchSize(batchSize).withParameters(parameters);
            ImportReport report = imports.run(reader, fileName, () -> Files.newInputStream(copy), options,
                    line -> {
                        if (dryRun) {
                            plan.add(line);
                        }
                    });
            if (report.rejected()) {
                ResponseEntity<ProblemDetail> rejected = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid data",
                        report.problems().size() + " problems in " + fileName + "; nothing was written.");
                rejected.getBody().setProperty("problems", report.problems());
                return rejected;
            }
            return ResponseEntity.ok(new Result(report, plan));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The reader's parameters: every query parameter but the endpoint's own. */
    private static Map<String, String> parameters(Map<String, String> query) {
        Map<String, String> parameters = new TreeMap<>(query);
        parameters.keySet().removeAll(OWN_PARAMETERS);
        return parameters;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
