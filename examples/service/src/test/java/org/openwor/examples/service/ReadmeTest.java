package org.openwor.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the curl examples of this module's README against a fresh service, in order, and checks the
 * status written in the first line of each ({@code # 201 Created}) and the responses shown after them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "openwor.today=2026-11-23")
class ReadmeTest {

    private static final Pattern BLOCK = Pattern.compile("```(sh|json)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("openwor.data-dir", () -> dataDir.toString());
    }

    /** One curl example: the status it promises, the request, and the JSON shown after it, if any. */
    record Example(int status, Curl curl, String shown) {}

    /** The parts of a curl command line that the README uses. */
    record Curl(String method, String url, Map<String, String> headers, String data) {}

    @Test
    void everyCurlExampleOfTheReadmeAnswersAsItSays() throws Exception {
        List<Example> examples = examples(Files.readString(Path.of("README.md")));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(11);
        assertThat(examples).filteredOn(e -> e.shown() != null).hasSizeGreaterThanOrEqualTo(7);
        assertThat(examples.stream().map(e -> e.curl().method() + " " + e.curl().url().replaceAll("\\?.*", "")))
                .contains("POST localhost:8080/referrals", "POST localhost:8080/cases/HA-2026-0042/events",
                        "GET localhost:8080/cases/HA-2026-0042", "GET localhost:8080/worklist",
                        "GET localhost:8080/report", "GET localhost:8080/actuator/health");
        HttpClient client = HttpClient.newHttpClient();
        for (Example example : examples) {
            Curl curl = example.curl();
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create(curl.url().replace("localhost:8080", "http://localhost:" + port)));
            curl.headers().forEach(request::header);
            request.method(curl.method(), curl.data() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(curl.data()));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", curl.method(), curl.url(), response.body())
                    .isEqualTo(example.status());
            if (example.shown() != null) {
                for (String part : example.shown().split("\\.\\.\\.")) {
                    String fixed = part.strip().replaceAll("^[,\\s]+|[,\\s]+$", "").replaceAll("\\n\\s*", "");
                    assertThat(response.body()).as("%s %s", curl.method(), curl.url()).contains(fixed);
                }
            }
        }
    }

    static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        Matcher blocks = BLOCK.matcher(readme);
        Example pending = null;
        while (blocks.find()) {
            String body = blocks.group(2);
            if (blocks.group(1).equals("json")) {
                if (pending != null) {
                    examples.set(examples.size() - 1, new Example(pending.status(), pending.curl(), body.strip()));
                    pending = null;
                }
                continue;
            }
            pending = null;
            if (!body.startsWith("# ") || !body.contains("curl ")) {
                continue;
            }
            int status = Integer.parseInt(body.substring(2, 5));
            pending = new Example(status, curl(body.substring(body.indexOf("curl "))), null);
            examples.add(pending);
        }
        return examples;
    }

    /** Parses a curl command as a POSIX shell would: single and double quotes, backslash-newline. */
    static Curl curl(String command) {
        List<String> words = words(command.strip());
        assertThat(words.get(0)).isEqualTo("curl");
        String method = null;
        String url = null;
        String data = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-i", "-s" -> { }
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String header = words.get(++i);
                    headers.put(header.substring(0, header.indexOf(':')).strip(),
                            header.substring(header.indexOf(':') + 1).strip());
                }
                case "-d" -> data = words.get(++i);
                default -> {
                    assertThat(word).as("an option this test does not know").doesNotStartWith("-");
                    url = word;
                }
            }
        }
        return new Curl(method != null ? method : data != null ? "POST" : "GET", url, headers, data);
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = command.indexOf(c, i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(command, i + 1, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void theCurlParserReadsQuotesAndContinuationLines() {
        Curl curl = curl("curl -i -X POST localhost:8080/x -H 'If-Match: \"2\"' \\\n  -d '{\"a\": \"b c\"}'");
        assertThat(curl).isEqualTo(new Curl("POST", "localhost:8080/x", Map.of("If-Match", "\"2\""), "{\"a\": \"b c\"}"));
    }
}
