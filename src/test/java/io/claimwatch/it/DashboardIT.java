package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.claims.ContestedClaimLinker;
import io.claimwatch.claims.StatementRefs;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.elasticsearch.IndexTemplates;
import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.EnrichedArticle;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.RawRecord;
import io.claimwatch.model.RecordJson;
import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementRef;
import io.claimwatch.nlp.ArticlePreparer;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.SentenceAnnotator;
import io.claimwatch.web.DashboardApi;
import io.claimwatch.web.DashboardServer;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard's API and page against a real Elasticsearch node holding analysed fixture articles. */
@ExtendWith(SharedStack.class)
@Timeout(value = 240)
class DashboardIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "dash-" + System.currentTimeMillis() % 100000 + "-";
    private static final String SCRIPT = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";
    private static EsConnection.Clients es;
    private static DashboardServer server;
    private static DashboardServer guarded;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void indexFixturesAndStart() throws Exception {
        es = EsConnection.local(SharedStack.elasticsearchUrl()).open();
        IndexCatalog indices = new IndexCatalog(PREFIX);
        IndexTemplates.apply(es.sync(), indices);
        List<String> articles = List.of(
                article("d1", "First Wire", "2026-04-01T08:00:00Z",
                        "Governor Petra Lind said shelling cut power to 40,000 homes in Kharkiv on Monday."),
                article("d2", "Second Daily", "2026-04-01T12:00:00Z",
                        "The Kestrian army denied that shelling had cut power to homes in Kharkiv, calling the report propaganda."),
                article("d3", "Third Post", "2026-04-02T09:00:00Z",
                        "Officials in Kharkiv said schools would reopen. A reader wrote " + SCRIPT + " in the comments."));
        ArticleParser parser = new ArticleParser(ArticleParser.DEFAULT_MAX_BYTES);
        ArticlePreparer preparer = ArticlePreparer.withDefaults();
        SentenceAnnotator annotator = new SentenceAnnotator(NlpModels.get());
        ContestedClaimLinker linker = new ContestedClaimLinker(Duration.ofDays(7));
        List<StatementRef> refs = new ArrayList<>();
        for (String json : articles) {
            Article a = parser.parse(RawRecord.ofValue("fixtures", json.getBytes(StandardCharsets.UTF_8))).article();
            PreparedArticle p = preparer.prepare(a);
            EnrichedArticle e = new EnrichedArticle(p, annotator.annotate(a.text(), p.cleaned()), null);
            index(indices.articles(), a.id(), RecordJson.enriched(e));
            for (Statement s : e.annotation().statements()) {
                index(indices.name(IndexCatalog.STATEMENTS), StatementRef.globalId(a.id(), s.start()), RecordJson.statementDocument(e, s));
            }
            refs.addAll(StatementRefs.of(a.id(), a.source(), a.url(), a.publishedAtMillis(), a.text(), e.annotation()));
        }
        for (StatementRef r : refs) {
            for (ContestedLink l : linker.add(r)) {
                index(indices.name(IndexCatalog.LINKS), l.id(), RecordJson.link(l));
            }
        }
        es.sync().indices().refresh(r -> r.index(PREFIX + "*"));
        DashboardApi api = new DashboardApi(es.sync(), indices);
        server = new DashboardServer(api, "127.0.0.1", 0, null, null);
        guarded = new DashboardServer(api, "127.0.0.1", 0, "editor", "s3cret");
    }

    private static String article(String id, String source, String published, String text) {
        return JSON.createObjectNode().put("id", id).put("url", "https://" + id + ".example/n").put("source", source)
                .put("title", "Story " + id).put("published_at", published).put("text", text).toString();
    }

    private static void index(String index, String id, ObjectNode doc) throws Exception {
        es.sync().index(i -> i.index(index).id(id).withJson(new StringReader(doc.toString())).refresh(Refresh.False));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
            guarded.close();
        }
        if (es != null) {
            es.close();
        }
    }

    private static HttpResponse<String> get(DashboardServer s, String path, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path));
        if (auth != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = get(server, path, null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void searchFiltersAndHighlights() throws Exception {
        JsonNode r = api("/api/search?q=propaganda&label=counterclaim");
        assertEquals(1, r.get("total").asInt(), r.toString());
        JsonNode hit = r.get("hits").get(0);
        assertEquals("d2", hit.get("source").get("article_id").asText());
        assertTrue(hit.get("highlight").get("text").asText().contains("\u0001propaganda\u0002"), hit.toString());
        assertEquals(0, api("/api/search?q=propaganda&outlet=First%20Wire").get("total").asInt());
        assertTrue(api("/api/search?entity=kharkiv&kind=articles").get("total").asInt() >= 3);
        assertEquals(0, api("/api/search?min_score=0.5&max_score=0.5&label=none&q=zzzz").get("total").asInt());
    }

    @Test
    void entityPageContestedClaimsAndTrends() throws Exception {
        JsonNode e = api("/api/entities/kharkiv");
        assertEquals("Kharkiv", e.get("name").get("name").asText());
        assertEquals(3, e.get("articles").asInt());
        assertTrue(e.get("mentions_per_day").size() >= 2, e.toString());
        assertTrue(e.get("claims_about").size() >= 1);
        JsonNode c = api("/api/contested?sort=contested");
        assertEquals(1, c.get("contested").size(), c.toString());
        JsonNode first = c.get("contested").get(0);
        assertEquals("d1", first.get("claim").get("article_id").asText());
        assertEquals("d2", first.get("counterclaims").get(0).get("article_id").asText());
        assertTrue(api("/api/trends?hours=24").has("rising"));
        assertTrue(api("/api/latest").get("hits").size() >= 3);
    }

    @Test
    void badParametersAre400sWithAMessage() throws Exception {
        for (String path : List.of("/api/search?min_score=2", "/api/search?label=rumour", "/api/search?from=yesterday",
                "/api/search?size=1000", "/api/search?colour=red", "/api/entities/%3Cscript%3E", "/api/contested?sort=loudest")) {
            HttpResponse<String> r = get(server, path, null);
            assertEquals(400, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).get("error").asText().length() > 10, r.body());
        }
        assertEquals(404, get(server, "/api/nothing", null).statusCode());
    }

    @Test
    void basicAuthenticationWhenConfiguredAndSafeHeaders() throws Exception {
        assertEquals(401, get(guarded, "/api/latest", null).statusCode());
        assertEquals(401, get(guarded, "/", "editor:wrong").statusCode());
        assertEquals(200, get(guarded, "/api/latest", "editor:s3cret").statusCode());
        HttpResponse<String> page = get(server, "/", null);
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(200, get(server, "/vendor/chart.js", null).statusCode(), "the chart library is served locally");
    }

    @Test
    void theBrowserSearchesOpensAnEntityAndAContestedClaimAndShowsScriptsAsText() throws Exception {
        String chromium = System.getenv().getOrDefault("CLAIMWATCH_CHROMIUM", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CLAIMWATCH_CHROMEDRIVER", "/usr/bin/chromedriver");
        boolean present = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(driver));
        if (!present && "1".equals(System.getenv("CLAIMWATCH_REQUIRE_BROWSER"))) {
            throw new AssertionError("CLAIMWATCH_REQUIRE_BROWSER=1 but " + chromium + " or " + driver + " is missing");
        }
        assumeTrue(present, "browser test skipped: Chromium (" + chromium + ") or ChromeDriver (" + driver + ") is not installed "
                + "(apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            String base = "http://127.0.0.1:" + server.port() + "/";
            browser.get(base + "#search");
            browser.findElement(By.id("q")).sendKeys("propaganda");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "found"));
            String results = browser.findElement(By.id("results")).getText();
            assertTrue(results.contains("propaganda") && results.contains("counterclaim"), results);
            assertFalse(browser.findElements(By.cssSelector("#results mark")).isEmpty(), "the match is highlighted");

            browser.get(base + "#entity/kharkiv");
            wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Kharkiv (LOC)"));
            assertTrue(browser.findElement(By.id("entity-meta")).getText().contains("3 article"));

            browser.get(base + "#contested");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contested .counter")));
            String contested = browser.findElement(By.id("contested")).getText();
            assertTrue(contested.contains("Petra Lind") && contested.contains("propaganda"), contested);

            browser.get(base + "#search");
            browser.findElement(By.id("q")).clear();
            browser.findElement(By.id("q")).sendKeys("comments");
            browser.findElement(By.id("kind")).sendKeys("articles");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "<script>"));
            assertTrue(browser.findElement(By.id("results")).getText().contains("onerror"), "shown as text");
            Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned;");
            assertNull(pwned, "the article's script did not run");
            assertTrue(browser.findElements(By.cssSelector("#results img")).isEmpty(), "no element was made from article text");
        } finally {
            browser.quit();
        }
    }
}
