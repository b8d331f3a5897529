package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.ParseResult;
import io.claimwatch.model.RawRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads article files for ingestion: JSON (one object or an array), JSON Lines, or plain text (the
 * file name becomes the title, the file's time the publication time; no url, so the id is the hash of
 * the text). A file is read whole and checked before anything of it is sent.
 */
final class ArticleFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The records of one file, or why the file cannot be sent. */
    record FileRecords(Path path, List<String> records, String problem) {}

    private ArticleFiles() {}

    static List<Path> expand(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile).filter(ArticleFiles::isArticleFile).sorted().toList();
            }
        }
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("no such file or folder: " + root);
        }
        return List.of(root);
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".txt");
    }

    /** @param validator the job's own parser (its configured limits) to check each record with, or null to send unchecked */
    static FileRecords read(Path path, String source, ArticleParser validator) throws IOException {
        String name = path.getFileName().toString();
        byte[] bytes = Files.readAllBytes(path);
        return parse(path, name, new String(bytes, StandardCharsets.UTF_8), source,
                Files.getLastModifiedTime(path).toInstant(), validator);
    }

    static FileRecords readStdin(InputStream in, String source, ArticleParser validator) throws IOException {
        return parse(Path.of("-"), "stdin.jsonl", new String(in.readAllBytes(), StandardCharsets.UTF_8), source,
                Instant.now(), validator);
    }

    static FileRecords parse(Path path, String name, String content, String source, Instant modified, ArticleParser validator) {
        List<String> records = new ArrayList<>();
        String lower = name.toLowerCase();
        if (lower.endsWith(".txt")) {
            String title = name.substring(0, name.length() - 4).replace('_', ' ');
            // No url: a local path says where a file sat on someone's disk, which is nobody's business
            // downstream and no link a reader can follow. Without id and url the article's id is the
            // hash of its text (the input contract), so the same text ingested twice is one article.
            ObjectNode o = MAPPER.createObjectNode();
            o.put("source", source);
            o.put("title", title);
            o.put("published_at", modified.toString());
            o.put("text", content);
            records.add(o.toString());
        } else {
            String trimmed = content.strip();
            if (trimmed.isEmpty()) {
                return new FileRecords(path, List.of(), "the file is empty");
            }
            try {
                if (lower.endsWith(".json") && (trimmed.startsWith("[") || isSingleJson(trimmed))) {
                    JsonNode node = MAPPER.readTree(trimmed);
                    if (node.isArray()) {
                        node.forEach(n -> records.add(n.toString()));
                    } else {
                        records.add(node.toString());
                    }
                } else {
                    String[] lines = content.split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (lines[i].isBlank()) {
                            continue;
                        }
                        try {
                            records.add(MAPPER.readTree(lines[i]).toString());
                        } catch (IOException e) {
                            return new FileRecords(path, List.of(), "line " + (i + 1) + " is not JSON: " + firstLine(e));
                        }
                    }
                }
            } catch (IOException e) {
                return new FileRecords(path, List.of(), "not valid JSON: " + firstLine(e));
            }
        }
        if (validator != null) {
            ArticleParser parser = validator;
            for (int i = 0; i < records.size(); i++) {
                ParseResult r = parser.parse(RawRecord.ofValue(name, records.get(i).getBytes(StandardCharsets.UTF_8)));
                if (!r.isOk()) {
                    return new FileRecords(path, List.of(), "record " + (i + 1) + ": " + r.deadLetter().reason()
                            + " - " + r.deadLetter().message());
                }
            }
        }
        return new FileRecords(path, records, null);
    }

    private static boolean isSingleJson(String s) {
        try {
            MAPPER.readTree(s);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
