package org.wbcyber.graph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The SHA-256 of an input's bytes, which an import's {@code Dataset} node records as {@code inputHash}: taken
 * while a reader reads the input, so that checking a file reads it once.
 */
final class InputDigest {

    private InputDigest() {
    }

    /** Reads {@code input} into {@code sink} and returns the hex SHA-256 of all its bytes. */
    static String readThrough(ImportReader reader, String fileName, InputStream input, Map<String, String> parameters,
            ImportReader.Sink sink) throws IOException {
        try (DigestInputStream stream = new DigestInputStream(input, sha256())) {
            // Readers close what they read; the rest of the input, if any, must still reach the digest.
            reader.read(fileName, new FilterInputStream(stream) {
                @Override
                public void close() {
                }
            }, parameters, sink);
            stream.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(stream.getMessageDigest().digest());
        }
    }

    /** The hex SHA-256 of all of {@code input}'s bytes. */
    static String of(InputStream input) throws IOException {
        try (DigestInputStream stream = new DigestInputStream(input, sha256())) {
            stream.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(stream.getMessageDigest().digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
