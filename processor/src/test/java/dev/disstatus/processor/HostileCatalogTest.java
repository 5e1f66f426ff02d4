package dev.disstatus.processor;

import static dev.disstatus.catalog.CatalogMessages.alias;
import static dev.disstatus.catalog.CatalogMessages.codeOutOfRange;
import static dev.disstatus.catalog.CatalogMessages.tag;
import static dev.disstatus.catalog.CatalogMessages.tooDeep;
import static dev.disstatus.catalog.CatalogMessages.tooLarge;
import static dev.disstatus.processor.CatalogProblemsTest.ENTRY_404;
import static dev.disstatus.processor.CatalogProblemsTest.statuses;
import static dev.disstatus.processor.Fixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.disstatus.catalog.CatalogLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogs written to attack the compile that reads them: each is refused with one error at the construct
 * that gives it away, nothing is instantiated or fetched, and the compile neither hangs nor runs out of memory.
 */
class HostileCatalogTest {
  /** The classic SnakeYAML gadget: constructing it would fetch classes from a server and run them. */
  private static final String GADGET = "!!javax.script.ScriptEngineManager"
      + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]";

  private static final String GADGET_TAG = "tag:yaml.org,2002:javax.script.ScriptEngineManager";

  @TempDir
  Path root;

  @Test
  void aGlobalTagGadgetAsTheWholeFileIsRefused() {
    new Fixture(root).catalog(GADGET + "\n").assertErrors(at(1, 1, tag(GADGET_TAG)));
  }

  @Test
  void aGlobalTagGadgetAsAValueIsRefused() {
    new Fixture(root).catalog(statuses("  - code: 404\n    name: " + GADGET + "\n    description: x\n"))
        .assertErrors(at(4, 11, tag(GADGET_TAG)));
  }

  @Test
  void aGlobalTagGadgetFetchesNothing() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      new Fixture(root).catalog(GADGET.replace("http://localhost/", url) + "\n")
          .assertErrors(at(1, 1, tag(GADGET_TAG)));
    } finally {
      server.stop(0);
    }
    assertEquals(0, requests.get());
  }

  @Test
  void aTagNamingAClassOnTheProcessorsClassPathConstructsNothing() {
    String tripwire = Tripwire.class.getName();
    new Fixture(root).catalog("!!" + tripwire + " {}\n")
        .assertErrors(at(1, 1, tag("tag:yaml.org,2002:" + tripwire)));
    assertFalse(Tripwire.constructed);
  }

  @Test
  void evenAStandardTagIsRefused() {
    new Fixture(root).catalog(statuses("  - code: !!int 404\n    name: Not Found\n    description: x\n"))
        .assertErrors(at(3, 11, tag("tag:yaml.org,2002:int")));
  }

  @Test
  void anAliasBombIsRefusedAtItsFirstAlias() {
    new Fixture(root).catalog("""
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """).assertErrors(at(2, 8, alias()));
  }

  @Test
  void aMergeKeyIsAnAliasAndRefused() {
    new Fixture(root).catalog(statuses("""
          - &notFound
            code: 404
            name: Not Found
            description: Nothing is there.
          - <<: *notFound
            code: 410
        """)).assertErrors(at(7, 9, alias()));
  }

  @Test
  void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Fixture fixture = new Fixture(root).catalog("");
    try (BufferedWriter out = Files.newBufferedWriter(fixture.path(Fixture.CATALOG), StandardCharsets.UTF_8)) {
      out.write(statuses(ENTRY_404));
      String comment = "# " + "x".repeat(1021) + "\n";
      for (int i = 0; i < 50 * 1024; i++) {
        out.write(comment);
      }
    }
    assertTrue(Files.size(fixture.path(Fixture.CATALOG)) > 50L * 1024 * 1024);
    fixture.assertErrors(at(1, 1, tooLarge(CatalogLoader.MAX_BYTES)));
  }

  @Test
  void nestingDeeperThanACatalogNeedsIsRefused() {
    new Fixture(root).catalog(statuses("""
          - code: 404
            name: Not Found
            description: [[[[[[[[[[Nothing is there.]]]]]]]]]]
        """)).assertErrors(at(5, 23, tooDeep(CatalogLoader.MAX_DEPTH)));
  }

  @Test
  void nestingAHundredThousandDeepIsRefusedWithoutOverflowingTheStack() {
    new Fixture(root).catalog("[".repeat(100_000) + "]".repeat(100_000) + "\n")
        .assertErrors(at(1, CatalogLoader.MAX_DEPTH + 1, tooDeep(CatalogLoader.MAX_DEPTH)));
  }

  @Test
  void aCodeWithMoreDigitsThanAnIntHoldsIsOutOfRange() {
    String digits = "9".repeat(40);
    new Fixture(root).catalog(statuses("  - code: " + digits + "\n    name: Huge\n    description: x\n"))
        .assertErrors(at(3, 11, codeOutOfRange(digits)));
  }

  /** A class that records being constructed; a loader that honoured tags would construct it. */
  public static final class Tripwire {
    static volatile boolean constructed;

    public Tripwire() {
      constructed = true;
    }
  }
}
