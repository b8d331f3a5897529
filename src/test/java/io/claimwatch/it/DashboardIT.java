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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.alerts.Alert;
import io.claimwatch.alerts.AlertRules;
import io.claimwatch.alerts.Subscription;
import io.claimwatch.alerts.SubscriptionParser;
import io.claimwatch.claims.ContestedClaimLinker;
import io.claimwatch.claims.StatementRefs;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.elasticsearch.IndexTemplates;
import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.EnrichedArticle;
import io.claimwatch.model.ParseResult;
import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.RawRecord;
import io.claimwatch.model.RecordJson;
import io.claimwatch.model.SeenStory;
import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementRef;
import io.claimwatch.nlp.ArticlePreparer;
import io.claimwatch.nlp.DuplicateMatcher;
import io.claimwatch.nlp.NlpModels;
import io.claimwatch.nlp.SentenceAnnotator;
import io.claimwatch.web.DashboardApi;
import io.claimwatch.web.DashboardServer;
import java.io.InputStream;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's API and page against a real Elasticsearch node: small fixture articles for the API's
 * answers and the hostile-text check, and the invented demo corpus (analysed, linked and matched
 * against the demo subscriptions by the job's own code) for the front page in a browser. Set
 * CLAIMWATCH_SCREENSHOTS=DIR to keep PNGs of the front page, an entity page and the contested view.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 300)
class DashboardIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "dash-" + System.currentTimeMillis() % 100000;
    private static final String SCRIPT = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";
    /** An entity id as the page must never show it: lower-case words joined by hyphens. */
    private static final Pattern ID_LOOK = Pattern.compile("\\b[a-z]+(?:-[a-z]+)+\\b");
    private static EsConnection.Clients es;
    private static DashboardServer server;
    private static DashboardServer demo;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void indexFixturesAndStart() throws Exception {
        es = EsConnection.local(SharedStack.elasticsearchUrl()).open();
        IndexCatalog fixtures = new IndexCatalog(RUN + "-fix-");
        index(fixtures, List.of(
                article("d1", "First Wire", "2026-04-01T08:00:00Z",
                        "Governor Petra Lind said shelling cut power to 40,000 homes in Kharkiv on Monday."),
                article("d2", "Second Daily", "2026-04-01T12:00:00Z",
                        "The Kestrian army denied that shelling had cut power to homes in Kharkiv, calling the report propaganda."),
                article("d3", "Third Post", "2026-04-02T09:00:00Z",
                        "Officials in Kharkiv said schools would reopen. A reader wrote " + SCRIPT + " in the comments.")), List.of());
        IndexCatalog corpus = new IndexCatalog(RUN + "-demo-");
        List<String> demoArticles = new ArrayList<>();
        try (InputStream in = DashboardIT.class.getResourceAsStream("/demo/articles.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    demoArticles.add(line);
                }
            }
        }
        index(corpus, demoArticles, demoSubscriptions());
        es.sync().indices().refresh(r -> r.index(RUN + "*"));
        server = new DashboardServer(new DashboardApi(es.sync(), fixtures), "127.0.0.1", 0, null, null);
        demo = new DashboardServer(new DashboardApi(es.sync(), corpus), "127.0.0.1", 0, null, null);
    }

    private static List<Subscription> demoSubscriptions() throws Exception {
        List<Subscription> subs = new ArrayList<>();
        for (String resource : List.of("/config/subscriptions.yaml", "/demo/subscriptions.yaml")) {
            try (InputStream in = DashboardIT.class.getResourceAsStream(resource)) {
                for (JsonNode n : new ObjectMapper(new YAMLFactory()).readTree(in)) {
                    subs.add(SubscriptionParser.parse(n).subscription());
                }
            }
        }
        return subs;
    }

    /** What the job writes for these articles: articles (repeats left out), statements, links and alerts. */
    private static void index(IndexCatalog indices, List<String> articles, List<Subscription> subscriptions) throws Exception {
        IndexTemplates.apply(es.sync(), indices);
        ArticleParser parser = new ArticleParser(ArticleParser.DEFAULT_MAX_BYTES);
        ArticlePreparer preparer = ArticlePreparer.withDefaults();
        SentenceAnnotator annotator = new SentenceAnnotator(NlpModels.get());
        DuplicateMatcher duplicates = new DuplicateMatcher(DuplicateMatcher.Key.CONTENT, 0.8);
        List<SeenStory> seen = new ArrayList<>();
        List<StatementRef> refs = new ArrayList<>();
        for (String json : articles) {
            ParseResult parsed = parser.parse(RawRecord.ofValue("fixtures", json.getBytes(StandardCharsets.UTF_8)));
            Article a = parsed.article();
            PreparedArticle p = preparer.prepare(a);
            if (duplicates.match(p, seen).isPresent()) {
                continue;
            }
            seen.add(SeenStory.of(p));
            EnrichedArticle e = new EnrichedArticle(p, annotator.annotate(a.text(), p.cleaned()), null);
            put(indices.articles(), a.id(), RecordJson.enriched(e));
            for (Statement s : e.annotation().statements()) {
                put(indices.name(IndexCatalog.STATEMENTS), StatementRef.globalId(a.id(), s.start()), RecordJson.statementDocument(e, s));
            }
            refs.addAll(StatementRefs.of(a.id(), a.source(), a.url(), a.publishedAtMillis(), a.text(), e.annotation()));
        }
        refs.sort(java.util.Comparator.comparingLong(StatementRef::publishedAt));
        ContestedClaimLinker linker = new ContestedClaimLinker(Duration.ofDays(7));
        List<Alert> alerts = new ArrayList<>();
        for (StatementRef r : refs) {
            for (Subscription sub : subscriptions) {
                alerts.addAll(AlertRules.forStatement(sub, r));
            }
            for (ContestedLink l : linker.add(r)) {
                put(indices.name(IndexCatalog.LINKS), l.id(), RecordJson.link(l));
                for (Subscription sub : subscriptions) {
                    alerts.addAll(AlertRules.forLink(sub, l));
                }
            }
        }
        for (Alert a : alerts) {
            put(indices.name(IndexCatalog.ALERTS), a.id(), RecordJson.alert(a));
        }
    }

    private static String article(String id, String source, String published, String text) {
        return JSON.createObjectNode().put("id", id).put("url", "https://" + id + ".example/n").put("source", source)
                .put("title", "Story " + id).put("published_at", published).put("text", text).toString();
    }

    private static void put(String index, String id, ObjectNode doc) throws Exception {
        es.sync().index(i -> i.index(index).id(id).withJson(new StringReader(doc.toString())).refresh(Refresh.False));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (demo != null) {
            demo.close();
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

    private static JsonNode api(DashboardServer s, String path) throws Exception {
        HttpResponse<String> r = get(s, path, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode api(String path) throws Exception {
        return api(server, path);
    }

    private static List<String> names(JsonNode entities) {
        List<String> out = new ArrayList<>();
        entities.forEach(e -> out.add(e.path("name").asText()));
        return out;
    }

    @Test
    void searchFiltersHighlightsAndNamesEveryEntity() throws Exception {
        JsonNode r = api("/api/search?q=propaganda&label=counterclaim");
        assertEquals(1, r.get("total").asInt(), r.toString());
        JsonNode hit = r.get("hits").get(0);
        assertEquals("d2", hit.get("source").get("article_id").asText());
        assertTrue(hit.get("highlight").get("text").asText().contains("\u0001propaganda\u0002"), hit.toString());
        assertTrue(names(hit.get("source").get("entities")).contains("Kharkiv"), "names beside the ids: " + hit);
        assertEquals(0, api("/api/search?q=propaganda&outlet=First%20Wire").get("total").asInt());
        JsonNode byName = api("/api/search?entity=Kharkiv&kind=articles");
        assertTrue(byName.get("total").asInt() >= 3, byName.toString());
        assertEquals("kharkiv", byName.get("entity").get("id").asText(), "a name in the entity filter is resolved");
        assertEquals(1, api("/api/search?claimer=petra%20lind&label=claim").get("total").asInt(), "claimer by name, any case");
        assertEquals(0, api("/api/search?min_score=0.5&max_score=0.5&label=none&q=zzzz").get("total").asInt());
    }

    @Test
    void entityPageNamesItsNeighboursAndAnUnknownOneIs404() throws Exception {
        JsonNode e = api("/api/entities/kharkiv");
        assertEquals("Kharkiv", e.get("name").asText());
        assertEquals("LOC", e.get("type").asText());
        assertEquals(3, e.get("articles").asInt());
        assertTrue(e.get("mentions_per_day").size() >= 2, e.toString());
        assertTrue(e.get("claims_about").size() >= 1);
        for (JsonNode c : e.get("co_occurring")) {
            assertFalse(c.get("name").asText().equals(c.get("id").asText()) && c.get("id").asText().contains("-"),
                    "a neighbour shown by its id: " + c);
        }
        assertTrue(names(e.get("co_occurring")).contains("Petra Lind"), e.get("co_occurring").toString());
        HttpResponse<String> missing = get(server, "/api/entities/no-such-entity", null);
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(JSON.readTree(missing.body()).get("error").asText().contains("no-such-entity"), missing.body());
        assertTrue(missing.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void articlePageContestedClaimsRisingEntitiesAndLatest() throws Exception {
        JsonNode a = api("/api/articles/d2");
        assertEquals("Story d2", a.get("title").asText());
        assertTrue(a.get("statements").size() >= 1 && a.get("statements").get(0).get("source").get("label").asText().equals("counterclaim"),
                a.toString());
        assertEquals(404, get(server, "/api/articles/no-such-article", null).statusCode());

        JsonNode c = api("/api/contested?sort=contested");
        assertEquals(1, c.get("contested").size(), c.toString());
        JsonNode first = c.get("contested").get(0);
        assertEquals("d1", first.get("claim").get("article_id").asText());
        assertEquals("d2", first.get("counterclaims").get(0).get("article_id").asText());
        assertTrue(names(first.get("entities")).contains("Kharkiv"), first.toString());

        // Newest article 2026-04-02T09:00: the last 24 h hold d2 and d3, the 24 h before d1.
        JsonNode t = api("/api/trends?hours=24");
        JsonNode kharkiv = null;
        for (JsonNode x : t.get("rising")) {
            assertTrue(x.get("recent").asInt() >= 2 && x.get("recent").asInt() >= 2 * x.get("earlier").asInt(), "not rising: " + x);
            if (x.get("id").asText().equals("kharkiv")) {
                kharkiv = x;
            }
        }
        assertTrue(kharkiv != null, t.toString());
        assertEquals("Kharkiv", kharkiv.get("name").asText());
        assertEquals(2, kharkiv.get("recent").asInt());
        assertEquals(1, kharkiv.get("earlier").asInt());

        JsonNode latest = api("/api/latest");
        assertEquals("d3", latest.get("hits").get(0).get("id").asText());
        assertTrue(names(latest.get("hits").get(0).get("source").get("entities")).contains("Kharkiv"));
        assertEquals(0, api("/api/alerts").get("total").asInt(), "the fixtures have no subscriptions");
        assertTrue(api(demo, "/api/alerts?size=5").get("total").asInt() > 0, "the demo subscriptions fired");
    }

    @Test
    void badParametersAre400sAndUnknownNames404sWithAMessage() throws Exception {
        for (String path : List.of("/api/search?min_score=2", "/api/search?label=rumour", "/api/search?from=yesterday",
                "/api/search?size=1000", "/api/search?colour=red", "/api/entities/%3Cscript%3E", "/api/contested?sort=loudest",
                "/api/search?min_score=0.8&max_score=0.2", "/api/search?from=2026-04-02&to=2026-04-01",
                "/api/search?from=%2B10000-01-01T00:00:00Z", "/api/search?q=%25&to=99999")) {
            HttpResponse<String> r = get(server, path, null);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            assertTrue(JSON.readTree(r.body()).get("error").asText().length() > 10, r.body());
        }
        HttpResponse<String> unknown = get(server, "/api/search?entity=Kharkivv", null);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(JSON.readTree(unknown.body()).get("error").asText().contains("closest: Kharkiv"), unknown.body());
        assertEquals(404, get(server, "/api/contested?entity=no-such-entity", null).statusCode());
        assertEquals(404, get(server, "/api/nothing", null).statusCode());
    }

    @Test
    void basicAuthenticationWhenConfigured() throws Exception {
        try (DashboardServer guarded = new DashboardServer(new DashboardApi(es.sync(), new IndexCatalog(RUN + "-fix-")), "127.0.0.1", 0,
                "editor", "s3cret")) {
            HttpResponse<String> refused = get(guarded, "/api/latest", null);
            assertEquals(401, refused.statusCode());
            assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent(), "headers on a 401 too");
            assertEquals(401, get(guarded, "/", "editor:wrong").statusCode());
            assertEquals(200, get(guarded, "/api/latest", "editor:s3cret").statusCode());
        }
    }

    private static WebDriver browser() {
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
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1100");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Keeps a PNG of the page when CLAIMWATCH_SCREENSHOTS names a folder. */
    private static void screenshot(WebDriver browser, String name) throws Exception {
        String dir = System.getenv("CLAIMWATCH_SCREENSHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(Math.max(height + 140, 900), 4000)));
        Thread.sleep(300); // charts redraw to the new size
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1100));
    }

    /** The texts of links to entity pages that show the entity's id instead of its name. */
    private static Object entityLinksShowingIds(WebDriver b) {
        return ((JavascriptExecutor) b).executeScript("return [...document.querySelectorAll('a[href^=\"#entity/\"]')]"
                + ".filter(a => a.offsetParent !== null && a.textContent === decodeURIComponent(a.getAttribute('href').substring(8)))"
                + ".map(a => a.textContent);");
    }

    private static String text(WebDriver b, String id) {
        return b.findElement(By.id(id)).getText();
    }

    @Test
    void theFrontPageOpensOnTheNewsWithNamesAndViewsHaveAddresses() throws Exception {
        WebDriver browser = browser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            String base = "http://127.0.0.1:" + demo.port() + "/";
            browser.get(base);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#front-contested .pair")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#front-rising a")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#front-alerts .meta")));
            String contested = text(browser, "front-contested");
            int pairs = browser.findElements(By.cssSelector("#front-contested .pair")).size();
            assertTrue(pairs >= 1 && browser.findElements(By.cssSelector("#front-contested .pair .claim")).size() == pairs
                    && browser.findElements(By.cssSelector("#front-contested .pair .counter")).size() >= pairs, contested);
            assertTrue(browser.findElements(By.cssSelector("#front-contested .claim .meta a[href^='#entity/']")).size() >= 1,
                    "claimers by name, linked: " + contested);
            String latest = text(browser, "front-latest");
            assertTrue(latest.contains("Kestrian drills near Velna end early"), "the newest article's title: " + latest);
            assertEquals(List.of(), entityLinksShowingIds(browser), "names everywhere, ids only in addresses");
            assertTrue(browser.findElements(By.cssSelector("#front-rising a")).stream().noneMatch(a -> ID_LOOK.matcher(a.getText()).matches()),
                    text(browser, "front-rising"));
            // The contested list counts 1, 2, 3: one <li> per contested claim, none nested inside it.
            List<WebElement> items = browser.findElements(By.cssSelector("#front-contested > li"));
            assertEquals(items.size(), browser.findElements(By.cssSelector("#front-contested li")).size(), "nested list items");
            assertTrue(browser.findElement(By.id("rising-window")).getText().startsWith("Named in more articles"),
                    text(browser, "rising-window"));
            screenshot(browser, "front-page");

            // A rising entity's page, by its link; back returns to the front page.
            WebElement first = browser.findElement(By.cssSelector("#front-rising a"));
            String entityName = first.getText();
            first.click();
            wait.until(ExpectedConditions.urlContains("#entity/"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-name"), entityName));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-meta"), "named in"));
            assertEquals(List.of(), entityLinksShowingIds(browser), "the entity page names its neighbours");
            browser.navigate().back();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-news")));

            browser.get(base + "#entity/karvisk");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-name"), "Karvisk (LOC)"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claims-about .meta")));
            Object fractional = ((JavascriptExecutor) browser).executeScript(
                    "const c = Chart.getChart('entity-chart'); return c.scales.y.ticks.map(t => t.value).filter(v => v % 1 !== 0);");
            assertEquals(List.of(), fractional, "article counts on the y axis are whole numbers");
            screenshot(browser, "entity-page");

            // A search reached by its address, then the contested view; back and forward move between them.
            browser.get(base + "#search?q=denied&label=counterclaim");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "found"));
            assertEquals("denied", browser.findElement(By.id("q")).getAttribute("value"), "the form shows the address's search");
            assertEquals("counterclaim", browser.findElement(By.id("f-label")).getAttribute("value"));
            assertFalse(browser.findElements(By.cssSelector("#results mark")).isEmpty(), "the match is highlighted");
            browser.findElement(By.id("nav-contested")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contested .counter")));
            List<WebElement> contestedItems = browser.findElements(By.cssSelector("#contested > li"));
            assertEquals(contestedItems.size(), browser.findElements(By.cssSelector("#contested li")).size(), "nested list items");
            screenshot(browser, "contested");
            browser.navigate().back();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-search")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "found"));
            assertEquals("denied", browser.findElement(By.id("q")).getAttribute("value"));
            browser.navigate().forward();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-contested")));

            // A new search from the form gets its own address.
            browser.findElement(By.id("nav-search")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-search")));
            browser.findElement(By.id("q")).clear();
            browser.findElement(By.id("q")).sendKeys("spill");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.urlContains("q=spill"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "found"));
            browser.findElement(By.cssSelector("#results a[href^='#article/']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-article")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-entities a")));
            screenshot(browser, "article-page");
        } finally {
            browser.quit();
        }
    }

    @Test
    void emptyStatesSayWhatToDo() throws Exception {
        IndexCatalog empty = new IndexCatalog(RUN + "-empty-");
        IndexTemplates.apply(es.sync(), empty);
        try (DashboardServer blank = new DashboardServer(new DashboardApi(es.sync(), empty), "127.0.0.1", 0, null, null)) {
            WebDriver browser = browser();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get("http://127.0.0.1:" + blank.port() + "/");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("news-empty")));
                assertTrue(text(browser, "news-empty").contains("./claimwatch ingest"), text(browser, "news-empty"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("front-alerts"), "claimwatch subscribe"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rising-window"), "Nothing is rising"));
                assertTrue(text(browser, "front-contested").contains("No contested claim yet"));
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void theBrowserShowsAnArticlesScriptAsText() throws Exception {
        WebDriver browser = browser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            String base = "http://127.0.0.1:" + server.port() + "/";
            browser.get(base + "#search?q=comments&kind=articles");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "<script>"));
            assertTrue(text(browser, "results").contains("onerror"), "shown as text");
            browser.get(base + "#article/d3");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), "Story d3"));
            Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned;");
            assertNull(pwned, "the article's script did not run");
            assertTrue(browser.findElements(By.cssSelector("#results img")).isEmpty(), "no element was made from article text");
        } finally {
            browser.quit();
        }
    }
}
